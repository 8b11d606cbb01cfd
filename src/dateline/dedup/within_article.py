"""PLACEHOLDER."""

from __future__ import annotations

from dateline.model import Article, Event


def merge_article_events(events: list[Event], article: Article) -> list[Event]:
    return events
