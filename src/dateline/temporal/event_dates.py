"""PLACEHOLDER: the temporal helper replaces this module."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Article, Event, EventDate, TimeExpr


def date_events(events: list[Event], doc: Doc, times: list[TimeExpr], article: Article) -> None:
    for event in events:
        event.date = EventDate(article.date, "day", "publication", None)
