"""ingest_records: streaming, batching, resuming; driven by a stand-in annotator (no model)."""

from __future__ import annotations

from dateline.model import Article
from dateline.store import ingest_records
from store_factory import fake_annotate, raw_records as records


class CountingAnnotator:
    def __init__(self) -> None:
        self.loads = 0
        self.analysed = 0

    def __call__(self):
        self.loads += 1

        def run(batch):
            self.analysed += sum(isinstance(r, Article) for r in batch)
            return fake_annotate(batch)

        return run


def test_ingest_stores_everything_and_quarantines_bad_records(store):
    report = ingest_records(store, records(20, bad_every=7), CountingAnnotator(), batch_size=6)
    assert (report.articles_added, report.quarantined, report.events_added, report.articles_skipped) == (17, 3, 9, 0)
    assert store.counts()["articles"] == 17 and store.counts()["quarantine"] == 3
    assert set(store.quarantine()["code"]) == {"E102"}


def test_rerun_skips_stored_articles_before_any_analysis(store):
    ingest_records(store, records(20, bad_every=7), CountingAnnotator(), batch_size=6)
    before = store.counts()
    again = CountingAnnotator()
    report = ingest_records(store, records(20, bad_every=7), again, batch_size=6)
    assert (report.articles_added, report.articles_skipped, report.events_added) == (0, 17, 0)
    assert again.loads == 0 and again.analysed == 0  # the model is never even loaded
    assert store.counts() == before


def test_rerun_after_partial_run_analyses_only_the_rest(store):
    ingest_records(store, records(10), CountingAnnotator(), batch_size=4)
    rest = CountingAnnotator()
    report = ingest_records(store, records(25), rest, batch_size=4)
    assert report.articles_added == 15 and report.articles_skipped == 10 and rest.analysed == 15


def test_repeated_article_in_the_input_is_stored_once(store):
    twice = records(3) + records(3)
    report = ingest_records(store, twice, CountingAnnotator(), batch_size=2)
    assert report.articles_added == 3 and report.articles_skipped == 3


def test_ingest_streams_each_batch_is_committed_before_more_is_read(store):
    seen_counts = []

    def stream():
        for i, record in enumerate(records(12)):
            if i and i % 4 == 0:
                seen_counts.append(store.counts()["articles"])
            yield record

    ingest_records(store, stream(), CountingAnnotator(), batch_size=4)
    # Reading record 4 (the first of batch 2) happens after batch 1 is committed, and so on.
    assert seen_counts == [4, 8]


def test_progress_bar_goes_to_stderr(store, capsys):
    ingest_records(store, records(5), CountingAnnotator(), batch_size=2, progress=True)
    captured = capsys.readouterr()
    assert captured.out == "" and "5record" in captured.err.replace(" ", "")
