"""``ingest(..., workers=N)``: the same store as one process, resumable, nothing loaded when done."""

from __future__ import annotations

import json
from pathlib import Path

import dateline
from dateline.model import AnnotatedArticle, Article, RecordError, SentenceSpan
from dateline.scale.local import ingest_parallel
from dateline.store import open_store
from scale_helpers import table_rows

TEXTS = [
    "Police fired tear gas at protesters in Nairobi on Monday.",
    "The European Union imposed new sanctions on Belarus on Friday.",
    "Rebels attacked an army base near Goma, killing five soldiers, officials said.",
    "The two sides signed a ceasefire agreement in Doha on Sunday.",
    "Aid trucks reached Gaza on Tuesday, the United Nations said.",
    "Turkish jets struck Kurdish militant targets in northern Iraq, the army said.",
    "Protesters marched in Caracas against President Nicolas Maduro on Saturday.",
]
def write_corpus(path: Path) -> Path:
    lines = [json.dumps({"id": f"d{i}", "date": f"2021-0{1 + i % 3}-1{i}", "text": t}) for i, t in enumerate(TEXTS)]
    lines.insert(3, json.dumps({"id": "bad", "text": "No date at all."}))
    lines.append(lines[0])  # a repeat: stored once
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_workers_store_the_same_rows_as_one(tmp_path, pipeline):
    corpus = write_corpus(tmp_path / "news.jsonl")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    report_one = dateline.ingest([corpus], db=one, batch_size=3)
    report_two = dateline.ingest([corpus], db=two, batch_size=3, workers=2)
    assert report_two == report_one
    assert (report_two.articles_added, report_two.articles_skipped, report_two.quarantined) == (7, 1, 1)
    for table in ("articles", "events", "event_actors", "mentions", "quarantine"):
        assert table_rows(two, table) == table_rows(one, table), table
    with open_store(two) as store:
        assert store.integrity_check() == "ok"


# -- without the language model: a stand-in annotator --------------------------------------------------

def stub_annotate(records):
    for record in records:
        if isinstance(record, RecordError):
            yield record
        else:
            yield AnnotatedArticle(record, [SentenceSpan(0, len(record.text))], [], [], [], [], [], None,
                                   {"version": "stub", "model": "none"})


def articles(n: int) -> list[Article | RecordError]:
    out: list[Article | RecordError] = [Article(f"s{i}", "2020-01-01", f"Story number {i}.") for i in range(n)]
    out.insert(5, RecordError("E104", "E104: empty", "mem:5"))
    return out


def test_resume_skips_stored_articles_and_never_annotates_a_finished_run(tmp_path):
    with open_store(tmp_path / "r.db") as store:
        first = ingest_parallel(store, articles(20)[:11], batch_size=4, annotate=stub_annotate)
        assert (first.articles_added, first.quarantined) == (10, 1)
        second = ingest_parallel(store, articles(20), batch_size=4, annotate=stub_annotate)
        assert (second.articles_added, second.articles_skipped) == (10, 10)

        def must_not_run(records):
            raise AssertionError("annotator started although everything is stored")

        third = ingest_parallel(store, articles(20), batch_size=4, annotate=must_not_run)
        assert (third.articles_added, third.articles_skipped) == (0, 20)
        assert store.counts()["articles"] == 20
        assert store.counts()["quarantine"] == 1


def test_repeats_across_batches_are_stored_once(tmp_path):
    records = articles(6) + articles(6)
    with open_store(tmp_path / "d.db") as store:
        report = ingest_parallel(store, records, batch_size=4, annotate=stub_annotate)
        assert report.articles_added == 6
        assert report.articles_skipped == 6
        assert store.counts()["articles"] == 6
