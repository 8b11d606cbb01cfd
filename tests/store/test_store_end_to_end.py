"""The bundled sample through the real pipeline into a store, twice, and back out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.ingest.records import to_record
from dateline.store import ingest_records, open_store
from dateline.export import write_events

pytestmark = pytest.mark.model


def sample_records(sample_text: str):
    return [
        to_record({"text": sample_text}, "examples/2017-02-08-ankara.txt"),
        to_record({"text": "A record without any date at all."}, "bad.txt"),
        to_record({"text": "Second article: protesters marched in Paris on Monday.", "date": "2017-03-01",
                   "source": "AFP"}, "mem:3"),
    ]


def test_sample_ingests_idempotently_and_exports(tmp_path, pipeline, sample, sample_text):
    db = tmp_path / "sample.db"
    with open_store(db) as store:
        first = ingest_records(store, sample_records(sample_text), lambda: pipeline.run, batch_size=2)
        assert (first.articles_added, first.quarantined, first.articles_skipped) == (2, 1, 0)
        counts = store.counts()
        second = ingest_records(store, sample_records(sample_text), lambda: pipeline.run, batch_size=2)
        assert (second.articles_added, second.articles_skipped, second.events_added) == (0, 2, 0)
        assert store.counts() == counts
        assert list(store.quarantine()["code"]) == ["E102"]

        stored = store.article(sample.doc_id)
        assert stored["text"] == sample.article.text and stored["dateline"]["text"] == "ANKARA"
        other = store.article(store.articles(query="protesters")["doc_id"][0])
        assert len(stored["events"]) == len(sample.events)
        assert counts["events"] == len(sample.events) + len(other["events"])
        assert list(store.articles(query="Erdogan")["doc_id"]) == [sample.doc_id]
        assert store.integrity_check() == "ok"

        # Whatever the event stage finds, every event is one row, one JSON object, with its mentions.
        out = tmp_path / "events.jsonl"
        assert write_events(store, "jsonl", out) == counts["events"] == len(store.events())
        for line in out.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            assert obj["num_mentions"] == len(obj["mentions"]) >= 1
            for mention in obj["mentions"]:
                text = store.article(mention["doc_id"])["text"]
                trigger = mention["trigger"]
                assert text[trigger["start"]:trigger["end"]] == trigger["text"]


def test_python_api_ingest_reads_files(tmp_path, pipeline):
    import dateline

    sample_file = Path(__file__).resolve().parents[2] / "examples" / "2017-02-08-ankara.txt"

    db = tmp_path / "api.db"
    report = dateline.ingest([sample_file], db=db)
    assert (report.articles_added, report.articles_skipped) == (1, 0)
    again = dateline.ingest([sample_file], db=db)
    assert (again.articles_added, again.articles_skipped, again.events_added) == (0, 1, 0)
    with dateline.open_store(db, readonly=True) as store:
        assert store.counts()["articles"] == 1
