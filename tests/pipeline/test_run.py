"""The pipeline runner: input order kept, one broken article isolated as E114, the rest annotated."""

from __future__ import annotations

import pytest

from dateline import events
from dateline.model import AnnotatedArticle, Article, RecordError

GOOD = "Police dispersed protesters in Nairobi on Monday, witnesses said."
BROKEN = "This article trips the events stage on purpose."


def _article(doc_id: str, text: str) -> Article:
    return Article(doc_id=doc_id, date="2021-06-02", text=text, origin=f"test:{doc_id}")


def test_mixed_stream_keeps_order(pipeline):
    bad = RecordError("E104", "empty body", "test:2")
    records = [_article("a1", GOOD), bad, _article("a3", GOOD + " Again.")]
    out = list(pipeline.run(records))
    assert [type(r) for r in out] == [AnnotatedArticle, RecordError, AnnotatedArticle]
    assert out[1] is bad
    assert [out[0].doc_id, out[2].doc_id] == ["a1", "a3"]


def test_failing_article_becomes_e114_and_run_goes_on(pipeline, monkeypatch):
    real = events.extract_events

    def flaky(doc, article, actors, kb):
        if article.text == BROKEN:
            raise ValueError("boom")
        return real(doc, article, actors, kb)

    monkeypatch.setattr(events, "extract_events", flaky)
    out = list(pipeline.run([_article("g1", GOOD), _article("b1", BROKEN), _article("g2", GOOD + " More.")]))
    assert isinstance(out[0], AnnotatedArticle) and isinstance(out[2], AnnotatedArticle)
    assert isinstance(out[1], RecordError)
    assert out[1].code == "E114" and "ValueError: boom" in out[1].message
    assert out[1].doc_id == "b1" and out[1].raw == BROKEN


@pytest.mark.parametrize("batch_size", [1, 2, 7])
def test_batch_size_does_not_change_results(pipeline, batch_size):
    records = [_article(f"d{i}", f"{GOOD} Report number {i}.") for i in range(5)]
    base = [r.to_dict() for r in pipeline.run(records)]
    saved = pipeline.batch_size
    pipeline.batch_size = batch_size
    try:
        again = [r.to_dict() for r in pipeline.run(records)]
    finally:
        pipeline.batch_size = saved
    assert again == base
