"""dateline.ingest / dateline.open_store wiring, with a stand-in reader and annotator (no model)."""

from __future__ import annotations

import dateline
import dateline.api.python as api
from store_factory import fake_annotate, raw_records


class FakePipeline:
    loads = 0

    def __init__(self) -> None:
        FakePipeline.loads += 1
        self.run = fake_annotate


def test_ingest_reads_annotates_and_stores(tmp_path, monkeypatch):
    calls = []

    def read_records(inputs, *, date=None, max_bytes=None):
        calls.append((list(inputs), date, max_bytes))
        return iter(raw_records(12, bad_every=5))

    monkeypatch.setattr(api, "read_records", read_records)
    monkeypatch.setattr(api, "DEFAULT_MAX_BYTES", 1234)
    monkeypatch.setattr(api, "default_pipeline", lambda files: FakePipeline())
    FakePipeline.loads = 0
    db = tmp_path / "api.db"

    report = dateline.ingest(["a.jsonl", tmp_path], db=db, date="2020-05-01", batch_size=4)
    assert calls == [(["a.jsonl", tmp_path], "2020-05-01", 1234)]  # the stage's default size limit
    assert report == api.IngestReport(articles_added=9, articles_skipped=0, quarantined=3, events_added=5)
    assert FakePipeline.loads == 1

    again = dateline.ingest(["a.jsonl"], db=db, max_bytes=10)
    assert calls[-1][2] == 10
    assert (again.articles_added, again.articles_skipped, again.quarantined) == (0, 9, 3)
    assert FakePipeline.loads == 1  # everything was stored: no pipeline built on the re-run

    with dateline.open_store(db, readonly=True) as store:
        assert store.counts()["articles"] == 9 and store.counts()["quarantine"] == 3
