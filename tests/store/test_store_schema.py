"""Opening stores: pragmas, migrations, and the coded errors E201, E203, E204."""

from __future__ import annotations

import sqlite3

import pytest

from dateline.errors import StoreError
from dateline.store import open_store
from dateline.store.schema import MIGRATIONS, apply_migrations, latest_version, migration, schema_version
from store_factory import corpus, make_article


def test_new_store_is_wal_with_foreign_keys_and_latest_schema(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert store.schema_version == latest_version() >= 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        assert {"articles", "events", "event_actors", "mentions", "quarantine", "articles_fts"} <= tables


def test_reopening_keeps_data_and_version(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.add_batch(corpus())
    with open_store(tmp_path / "s.db") as store:
        assert store.counts()["articles"] == 3 and store.schema_version == latest_version()


def test_migrations_run_in_order_each_in_a_transaction(tmp_path):
    conn = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    registry = dict(MIGRATIONS)
    apply_migrations(conn, registry)
    v1 = latest_version(registry)

    def add_notes(c):
        c.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")

    registry[v1 + 1] = add_notes
    assert apply_migrations(conn, registry) == v1 + 1
    conn.execute("INSERT INTO notes (body) VALUES ('kept')")

    def broken(c):
        c.execute("CREATE TABLE half_made (id INTEGER)")
        raise RuntimeError("migration bug")

    registry[v1 + 2] = broken
    with pytest.raises(RuntimeError):
        apply_migrations(conn, registry)
    assert schema_version(conn) == v1 + 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_made'").fetchone()[0] == 0
    assert conn.execute("SELECT body FROM notes").fetchone()[0] == "kept"


def test_migration_decorator_refuses_a_version_twice():
    with pytest.raises(ValueError):
        migration(1)(lambda conn: None)


def test_newer_schema_is_refused_with_e203(tmp_path):
    path = tmp_path / "new.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.close()
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert err.value.code == "E203" and f"schema version {latest_version() + 5}" in str(err.value)


def test_text_file_is_not_a_store_e204(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not a database\n" * 10)
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert str(err.value) == f"E204: {path} is not a dateline store (not an SQLite database)."
    assert path.read_text().startswith("just some notes")  # untouched


def test_other_programs_sqlite_database_is_refused_e204(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert err.value.code == "E204"


def test_directory_is_not_a_store_e204(tmp_path):
    with pytest.raises(StoreError) as err:
        open_store(tmp_path)
    assert err.value.code == "E204"


def test_read_only_file_is_e201(tmp_path):
    path = tmp_path / "ro.db"
    open_store(path).close()
    path.chmod(0o444)
    try:
        with pytest.raises(StoreError) as err:
            open_store(path)
        assert str(err.value) == f"E201: Store {path} is read-only; choose a writable --db path or fix its permissions."
    finally:
        path.chmod(0o644)


def test_read_only_directory_is_e201(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError) as err:
            open_store(folder / "new.db")
        assert err.value.code == "E201"
        assert not (folder / "new.db").exists()
    finally:
        folder.chmod(0o755)


def test_readonly_handle_reads_but_refuses_writes(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.add_batch(corpus())
    with open_store(path, readonly=True) as store:
        assert store.counts()["events"] == 3
        with pytest.raises(StoreError) as err:
            store.add_batch(corpus())
        assert err.value.code == "E201"
        with pytest.raises(StoreError) as err:  # even bypassing the flag, SQLite itself refuses
            store.readonly = False
            store.add_batch([make_article("new", "A new article body.")])
        assert err.value.code == "E201"


def test_readonly_open_of_missing_file_does_not_create_it(tmp_path):
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "absent.db", readonly=True)
    assert err.value.code == "E204"
    assert not (tmp_path / "absent.db").exists()


def test_python_api_open_store(tmp_path):
    import dateline

    with dateline.open_store(tmp_path / "api.db") as store:
        assert store.counts()["articles"] == 0


def test_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "touched.db"
    path.touch()
    with open_store(path) as store:
        assert store.schema_version == latest_version()


def test_damaged_sqlite_file_is_a_coded_error(tmp_path):
    path = tmp_path / "damaged.db"
    with open_store(path) as store:
        store.add_batch(corpus())
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the SQLite header
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert err.value.code == "E204"
