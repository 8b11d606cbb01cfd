"""Opening the SQLite file: checks, pragmas, migrations, and SQLite errors turned into coded ones.

Durability choice: WAL journal with ``synchronous=NORMAL``. In WAL mode NORMAL never corrupts the
database and never loses a committed transaction when the *process* dies (kill -9, crash, Ctrl-C):
the WAL is in the OS cache and is replayed on next open. Only an OS crash or power cut can lose the
last few commits, and ingest is idempotent and resumable, so re-running the command restores them.
FULL would add one fsync per batch for that case alone.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

from dateline.errors import StoreError
from dateline.store.schema import APPLICATION_ID, apply_migrations, latest_version, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000  # another process writing: wait for its batch rather than fail


def _denies_writing(path: Path) -> bool:
    """True when ``path``'s permissions forbid writing.

    The mode bits are read as well as ``os.access``: root passes every access check, yet a file a
    user made read-only (chmod a-w) should stay untouched whoever runs dateline.
    """
    if not os.access(path, os.W_OK):
        return True
    return not (path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _check_is_sqlite(path: Path) -> None:
    if path.is_dir():
        raise StoreError("E204", path=str(path))
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise StoreError("E204", path=str(path))


def _check_writable(path: Path) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    # WAL needs to create the -wal and -shm files next to the database.
    if path.exists() and _denies_writing(path):
        raise StoreError("E201", path=str(path))
    if not directory.exists() or _denies_writing(directory):
        raise StoreError("E201", path=str(path))


def _check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Another program's SQLite database is refused, never migrated."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id not in (0, APPLICATION_ID):
        raise StoreError("E204", path=str(path))
    if app_id == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if tables:
            raise StoreError("E204", path=str(path))


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """An autocommit connection to an up-to-date store (created and migrated unless ``readonly``)."""
    path = Path(path)
    _check_is_sqlite(path)
    if readonly:
        if not path.exists():
            raise StoreError("E204", path=str(path))
        uri = f"{path.resolve().as_uri()}?mode=ro"
    else:
        _check_writable(path)
        uri = f"{path.resolve().as_uri()}?mode=rwc"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.OperationalError as exc:
        raise StoreError("E201" if not readonly else "E204", path=str(path)) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        found = schema_version(conn)
        supported = latest_version()
        if found > supported:
            raise StoreError("E203", path=str(path), found=found, supported=supported)
        _check_ours(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            if not _switch_to_wal(conn):
                raise StoreError("E202", path=str(path), detail="cannot switch the journal to WAL mode")
            conn.execute("PRAGMA synchronous = NORMAL")
            apply_migrations(conn)
        elif found < supported:
            # A read-only handle cannot migrate; an older store is read as long as its tables exist.
            if found == 0:
                raise StoreError("E204", path=str(path))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise translate(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def translate(exc: sqlite3.Error, path: str | Path, *, writing: bool = False) -> StoreError:
    """The coded error for a failure SQLite reported."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return StoreError("E201", path=str(path))
    if "not a database" in text or ("malformed" in text and not writing):
        return StoreError("E204", path=str(path))
    return StoreError("E202", path=str(path), detail=str(exc))


def _switch_to_wal(conn: sqlite3.Connection) -> bool:
    """``PRAGMA journal_mode = WAL``, retried while another process holds the lock: two processes
    opening a new store at once both try to switch, and SQLite answers the loser "database is
    locked" at once, without its busy handler."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() == "wal"
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
