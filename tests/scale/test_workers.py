"""Parallel annotation: same results as one process, input order kept, a dying worker isolated."""

from __future__ import annotations

import os

from dateline import events
from dateline.model import AnnotatedArticle, Article, RecordError
from dateline.scale import annotate_stream

TEXTS = [
    "Police fired tear gas at protesters in Nairobi on Monday.",
    "The European Union imposed new sanctions on Belarus on Friday.",
    "Rebels attacked an army base near Goma, killing five soldiers, officials said.",
    "The two sides signed a ceasefire agreement in Doha on Sunday.",
    "Aid trucks reached Gaza on Tuesday, the United Nations said.",
]


def _records() -> list[Article | RecordError]:
    records: list[Article | RecordError] = [
        Article(doc_id=f"w{i}", date="2022-03-09", text=t, origin=f"test:{i}") for i, t in enumerate(TEXTS)
    ]
    records.insert(2, RecordError("E104", "empty body", "test:bad"))
    return records


def test_two_workers_match_one_process(pipeline):
    one = [r.to_dict() for r in annotate_stream(_records(), workers=1)]
    two = [r.to_dict() for r in annotate_stream(_records(), workers=2, batch_size=2)]
    assert two == one
    assert [r.get("doc_id") for r in two] == ["w0", "w1", None, "w2", "w3", "w4"]


def test_dying_worker_quarantines_only_its_article(monkeypatch):
    real = events.extract_events

    def fatal(doc, article, actors, kb):
        if article.doc_id == "w3":
            os._exit(3)  # a crash no try/except can catch, as an out-of-memory kill would be
        return real(doc, article, actors, kb)

    monkeypatch.setattr(events, "extract_events", fatal)  # forked workers inherit the patch
    out = list(annotate_stream(_records(), workers=2, batch_size=2))
    assert len(out) == 6
    failed = [r for r in out if isinstance(r, RecordError) and r.code == "E114"]
    assert [r.doc_id for r in failed] == ["w3"]
    assert sum(isinstance(r, AnnotatedArticle) for r in out) == 4
