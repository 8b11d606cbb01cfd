"""What the profile exports read: each canonical event with its mentions, articles and store times.

Counts (num_mentions, num_sources, num_articles) and mentions come from the store as the dedup stage
left them; the profiles never re-cluster. Article metadata is looked up through a second read-only
connection, one indexed query per article, cached (an article is usually behind many mentions).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dateline.store.connection import connect, translate
from dateline.store.filters import EventFilter
from dateline.store.rows import date_range
from dateline.store.store import Store

ARTICLE_CACHE = 20_000  # articles kept in memory at once (bounded: exports stream)
ACTOR_CACHE = 2_000  # articles whose actor mentions are kept (only gdelt-mentions reads them)


@dataclass(frozen=True)
class ActorSpan:
    """Where an actor is named in an article: offsets and the identity it was resolved to."""

    start: int
    end: int
    code: str | None
    kb_id: str | None
    name: str | None

    def names(self, actor: dict[str, Any]) -> bool:
        """Whether this mention names ``actor`` (same knowledge-base id, else same code, else same name)."""
        if actor.get("kb_id") and self.kb_id:
            return bool(actor["kb_id"] == self.kb_id)
        if actor.get("code") and self.code:
            return bool(actor["code"] == self.code)
        return bool(actor.get("name")) and actor.get("name") == self.name


def utc_time(iso: str | None) -> dt.datetime | None:
    """An ISO 8601 time as a naive UTC datetime (times without a zone are taken as UTC); None when
    absent or unreadable."""
    if not iso:
        return None
    try:
        value = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None) if value.tzinfo is not None else value


@dataclass(frozen=True)
class ArticleMeta:
    """The stored facts about one article that the profiles cite."""

    doc_id: str
    date: str  # publication date, YYYY-MM-DD
    datetime: str | None  # full ISO creation time when the input had one
    source: str | None  # outlet
    url: str | None
    title: str | None
    language: str | None
    length: int  # characters of the body as analysed

    @property
    def published(self) -> dt.datetime:
        """Publication time in UTC (midnight when only the day is known)."""
        return utc_time(self.datetime) or dt.datetime.fromisoformat(self.date)


@dataclass(frozen=True)
class ExportEvent:
    """One canonical event as the profiles see it."""

    body: dict[str, Any]  # the contract's canonical event object: mentions and counts included
    article: ArticleMeta  # the article of the representative mention (events.doc_id)
    evidence: str | None  # the representative evidence span
    created_at: str | None  # when the store first recorded the event (UTC, ISO 8601)
    lookup: "ArticleLookup"

    @property
    def event_id(self) -> str:
        return str(self.body["event_id"])

    def added(self) -> dt.datetime:
        """When the store first recorded the event (UTC); the publication time if unknown."""
        return utc_time(self.created_at) or self.article.published

    def date_bounds(self) -> tuple[dt.date, dt.date]:
        """First and last day the event date covers; the publication day when it has no calendar date."""
        value = (self.body.get("date") or {}).get("value")
        first, last = date_range(value)
        if first is None or last is None:
            day = dt.date.fromisoformat(self.article.date)
            return day, day
        return dt.date.fromisoformat(first), dt.date.fromisoformat(last)

    def precision(self) -> str | None:
        date = self.body.get("date")
        if not date or date_range(date.get("value"))[0] is None:
            return None
        return date.get("precision")

    def place(self) -> dict[str, Any] | None:
        location = self.body.get("location")
        return location.get("place") if location else None

    def geo_precision(self) -> str | None:
        location = self.body.get("location")
        return location.get("precision") if location else None

    def outlets(self) -> list[str]:
        """Distinct outlets behind the event, in mention order (an article's outlet when a mention has none)."""
        seen: dict[str, None] = {}
        for m in self.body.get("mentions", []):
            name = m.get("source_outlet") or self.lookup.get(m["doc_id"]).source
            if name:
                seen.setdefault(name, None)
        return list(seen)


class ArticleLookup:
    """Article metadata by doc_id through a read-only connection of its own, LRU-cached."""

    def __init__(self, store: Store) -> None:
        self._path = store.path
        self._conn = connect(store.path, readonly=True)
        self._cache: OrderedDict[str, ArticleMeta] = OrderedDict()
        self._actors: OrderedDict[str, list[ActorSpan]] = OrderedDict()

    def close(self) -> None:
        self._conn.close()

    def _query(self, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
        try:
            row = self._conn.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise translate(exc, self._path) from exc
        return tuple(row) if row is not None else None

    def get(self, doc_id: str) -> ArticleMeta:
        meta = self._cache.get(doc_id)
        if meta is not None:
            self._cache.move_to_end(doc_id)
            return meta
        row = self._query("SELECT doc_id, date, datetime, source, url, title, language, length(text)"
                          " FROM articles WHERE doc_id = ?", (doc_id,))
        meta = ArticleMeta(*row) if row else ArticleMeta(doc_id, "1970-01-01", None, None, None, None, None, 0)
        self._cache[doc_id] = meta
        if len(self._cache) > ARTICLE_CACHE:
            self._cache.popitem(last=False)
        return meta

    def actor_spans(self, doc_id: str) -> list[ActorSpan]:
        """The actor mentions of one article, from its stored annotations (SQLite extracts just them)."""
        spans = self._actors.get(doc_id)
        if spans is not None:
            self._actors.move_to_end(doc_id)
            return spans
        row = self._query("SELECT json_extract(annotations, '$.actors') FROM articles WHERE doc_id = ?", (doc_id,))
        spans = []
        for m in json.loads(row[0]) if row and row[0] else []:
            actor = m.get("actor") or {}
            spans.append(ActorSpan(m["start"], m["end"], actor.get("code"), actor.get("kb_id"), actor.get("name")))
        self._actors[doc_id] = spans
        if len(self._actors) > ACTOR_CACHE:
            self._actors.popitem(last=False)
        return spans

    def event_facts(self, event_id: str) -> tuple[str | None, str | None, str | None]:
        """``(doc_id, evidence, created_at)`` of one stored event."""
        row = self._query("SELECT doc_id, evidence, created_at FROM events WHERE event_id = ?", (event_id,))
        return (row[0], row[1], row[2]) if row else (None, None, None)


def export_events(store: Store, filters: EventFilter, limit: int | None) -> Iterator[ExportEvent]:
    """The filtered canonical events in (date, event_id) order, streamed, with what the profiles cite."""
    lookup = ArticleLookup(store)
    try:
        for body in store.iter_event_objects(filters, limit):
            doc_id, evidence, created_at = lookup.event_facts(str(body["event_id"]))
            if doc_id is None:
                mentions = body.get("mentions") or []
                doc_id = mentions[0]["doc_id"] if mentions else ""
            yield ExportEvent(body, lookup.get(doc_id), evidence.strip() if evidence else evidence, created_at, lookup)
    finally:
        lookup.close()
