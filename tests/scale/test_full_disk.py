"""A full disk (SQLite's page limit) or a read-only store during a parallel ingest or a load.

The run stops with a coded error, the store stays sound with only whole batches, and re-running once
there is room finishes the job with every article stored once. (Read-only files at open time are
covered in tests/store; here it is the parallel path that must not start work it cannot store.)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import dateline
import dateline.pipeline
import dateline.store.store as store_module
from dateline.errors import StoreError
from dateline.ingest import read_records
from dateline.scale import load_parquet
from dateline.scale.parquet import write_partition
from dateline.store.connection import connect
from scale_helpers import StubPipeline, check_store, generated_corpus

PAGE_LIMIT = 60  # pages of 4 KiB: room for the schema and a few hundred short articles, not all


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, int]:
    lines, good, _ = generated_corpus(1_500, seed=7)
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, good


@pytest.fixture
def small_disk(monkeypatch):
    """Every store opened from now on can grow to ``PAGE_LIMIT`` pages only."""

    def limited(path, *, readonly=False):  # noqa: ANN001, ANN202
        conn = connect(path, readonly=readonly)
        conn.execute(f"PRAGMA max_page_count = {PAGE_LIMIT}")
        return conn

    monkeypatch.setattr(store_module, "connect", limited)
    return monkeypatch


def test_full_disk_during_parallel_ingest_is_e202_and_resumable(tmp_path, corpus, small_disk, monkeypatch):
    monkeypatch.setattr(dateline.pipeline, "Pipeline", StubPipeline)  # the forked workers build this one
    path, good = corpus
    db = tmp_path / "full.db"
    with pytest.raises(StoreError) as err:
        dateline.ingest([path], db=db, batch_size=16, workers=2)
    assert err.value.code == "E202"
    assert "full" in str(err.value)
    partial = check_store(db)
    assert 0 < partial < good
    small_disk.undo()  # room again
    monkeypatch.setattr(dateline.pipeline, "Pipeline", StubPipeline)
    report = dateline.ingest([path], db=db, batch_size=16, workers=2)
    assert report.articles_added == good - partial
    assert check_store(db) == good


def test_full_disk_during_load_is_e202_and_resumable(tmp_path, corpus, small_disk):
    path, good = corpus
    out = tmp_path / "out"
    records = list(read_records([path]))
    write_partition(zip(records, StubPipeline().run(records)), out)
    db = tmp_path / "load.db"
    with pytest.raises(StoreError) as err:
        load_parquet(out, db, batch_size=16)
    assert err.value.code == "E202"
    partial = check_store(db)
    assert 0 < partial < good
    small_disk.undo()
    assert load_parquet(out, db).articles_added == good - partial
    assert check_store(db) == good


def test_read_only_store_stops_a_parallel_ingest_before_any_work(tmp_path, corpus, monkeypatch):
    class MustNotLoad:
        def __init__(self, **_: object) -> None:
            raise AssertionError("a worker started although nothing can be stored")

    monkeypatch.setattr(dateline.pipeline, "Pipeline", MustNotLoad)
    path, _ = corpus
    db = tmp_path / "ro.db"
    with dateline.open_store(db):
        pass
    db.chmod(0o444)
    try:
        with pytest.raises(StoreError) as err:
            dateline.ingest([path], db=db, workers=2)
    finally:
        db.chmod(0o644)
    assert err.value.code == "E201"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    conn.close()
