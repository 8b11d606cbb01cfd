"""Model objects flattened into table rows, and the tidy event columns shared with the exports."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from typing import Any, Literal

from dateline.model import AnnotatedArticle, Event, EventMention, RecordError

ColumnType = Literal["string", "int", "float"]

# The tidy, one-row-per-event columns: `Store.events()`, CSV and Parquet exports. Order is part of the
# contract (pinned by tests/export/test_columns.py); add columns at the end of a group, never rename.
EVENT_COLUMNS: tuple[tuple[str, ColumnType], ...] = (
    ("event_id", "string"),
    ("date", "string"),
    ("date_precision", "string"),
    ("date_basis", "string"),
    ("plover_type", "string"),
    ("plover_mode", "string"),
    ("plover_context", "string"),
    ("cameo_code", "string"),
    ("cameo_root", "string"),
    ("quad_class", "int"),
    ("goldstein", "float"),
    ("factuality", "string"),
    ("source_actor", "string"),
    ("source_code", "string"),
    ("source_country", "string"),
    ("source_sector", "string"),
    ("target_actor", "string"),
    ("target_code", "string"),
    ("target_country", "string"),
    ("target_sector", "string"),
    ("attributed_to", "string"),
    ("attributed_to_code", "string"),
    ("location_name", "string"),
    ("geonameid", "int"),
    ("location_country", "string"),
    ("admin1", "string"),
    ("lat", "float"),
    ("lon", "float"),
    ("geo_precision", "string"),
    ("fatalities", "int"),
    ("injured", "int"),
    ("confidence", "float"),
    ("num_mentions", "int"),
    ("num_articles", "int"),
    ("num_sources", "int"),
    ("doc_id", "string"),
    ("sentence", "int"),
    ("evidence", "string"),
    ("trigger", "string"),
)
EVENT_COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in EVENT_COLUMNS)

ARTICLE_COLUMNS: tuple[tuple[str, ColumnType], ...] = (
    ("doc_id", "string"),
    ("date", "string"),
    ("dateline", "string"),
    ("title", "string"),
    ("source", "string"),
    ("url", "string"),
    ("language", "string"),
    ("origin", "string"),
    ("content_hash", "string"),
    ("pipeline_version", "string"),
    ("ingested_at", "string"),
    ("num_events", "int"),
)

MENTION_COLUMNS: tuple[tuple[str, ColumnType], ...] = (
    ("id", "int"),
    ("event_id", "string"),
    ("doc_id", "string"),
    ("sentence", "int"),
    ("start", "int"),
    ("end", "int"),
    ("trigger_start", "int"),
    ("trigger_end", "int"),
    ("trigger_text", "string"),
    ("confidence", "float"),
    ("source_outlet", "string"),
)

QUARANTINE_COLUMNS: tuple[tuple[str, ColumnType], ...] = (
    ("id", "string"),
    ("origin", "string"),
    ("doc_id", "string"),
    ("code", "string"),
    ("message", "string"),
    ("raw", "string"),
    ("first_seen", "string"),
)

MULTI_SEPARATOR = ";"
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_YEAR_PART = re.compile(r"^(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|AU|WI))?$")


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def date_range(value: str | None) -> tuple[str | None, str | None]:
    """First and last calendar day a TimeML date value covers (``2017-02`` -> Feb 1..28).

    Used for date filters, so a month-precision event falls inside a query for any of its days.
    Values that are not calendar dates (``PRESENT_REF``, ``P3D``) give ``(None, None)``.
    """
    if not value:
        return None, None
    head = value.split("T", 1)[0]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", head):
            day = dt.date.fromisoformat(head).isoformat()
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", head):
            year, month = int(head[:4]), int(head[5:])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()
        week = _WEEK.match(head)
        if week:
            year, number = int(week.group(1)), int(week.group(2))
            return (dt.date.fromisocalendar(year, number, 1).isoformat(),
                    dt.date.fromisocalendar(year, number, 7).isoformat())
        year_part = _YEAR_PART.match(head)
        if year_part:  # seasons, quarters and halves are filtered at year level
            year = int(year_part.group(1))
            return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
    except ValueError:
        return None, None
    return None, None


def _joined(values: Sequence[str | None]) -> str | None:
    """``a;b`` for a multi-actor side; None when no actor has the value (a real NULL)."""
    if not any(values):
        return None
    return MULTI_SEPARATOR.join(v or "" for v in values)


def event_mentions(event: Event, annotated: AnnotatedArticle) -> list[EventMention]:
    """The event's mentions; an event the within-article merge left without any gets its own."""
    if event.mentions:
        return list(event.mentions)
    return [EventMention(annotated.doc_id, event.sentence, event.start, event.end, event.trigger,
                         event.confidence, annotated.article.source)]


def event_row(event_id: str, event: Event, event_dict: dict[str, Any], annotated: AnnotatedArticle,
              now: str) -> dict[str, Any]:
    """One `events` row: the tidy columns plus the JSON columns. Counts are filled from `mentions`.

    ``event_dict`` is ``event.to_dict()`` as already built for the article's annotations (built once:
    it is the costliest part of storing an article).
    """
    return event_row_from_dict(event_id, event_dict, annotated.doc_id,
                               annotated.article.text[event.start:event.end], now)


def event_row_from_dict(event_id: str, event_dict: dict[str, Any], doc_id: str, evidence: str | None,
                        now: str) -> dict[str, Any]:
    """One `events` row from an event's contract JSON (what cross-article clustering holds).

    ``doc_id`` and ``evidence`` are those of the representative report.
    """
    date = event_dict.get("date")
    first, last = date_range(date["value"] if date else None)
    location = event_dict.get("location")
    place = location["place"] if location else None
    plover, cameo = event_dict["plover"], event_dict["cameo"]
    attributed = event_dict.get("attributed_to")
    body = dict(event_dict)
    body["event_id"] = event_id
    body.pop("mentions", None)  # mentions live in their own table, joined back on read
    row: dict[str, Any] = {
        "event_id": event_id,
        "doc_id": doc_id,
        "sentence": event_dict["sentence"],
        "start": event_dict["start"],
        "end": event_dict["end"],
        "date": date["value"] if date else None,
        "date_first": first,
        "date_last": last,
        "date_precision": date["precision"] if date else None,
        "date_basis": date["basis"] if date else None,
        "plover_type": plover["type"],
        "plover_mode": plover.get("mode"),
        "plover_context": _joined(list(plover.get("context") or [])),
        "cameo_code": cameo["code"],
        "cameo_root": cameo["root"],
        "quad_class": cameo["quad_class"],
        "goldstein": cameo["goldstein"],
        "factuality": event_dict["factuality"],
        **_side_dicts("source", event_dict["source"]),
        **_side_dicts("target", event_dict["target"]),
        "attributed_to": attributed["name"] if attributed else None,
        "attributed_to_code": attributed.get("code") if attributed else None,
        "location_name": place["name"] if place else None,
        "geonameid": place.get("geonameid") if place else None,
        "location_country": place.get("country") if place else None,
        "admin1": place.get("admin1") if place else None,
        "lat": place.get("lat") if place else None,
        "lon": place.get("lon") if place else None,
        "geo_precision": location["precision"] if location else None,
        "fatalities": event_dict.get("fatalities"),
        "injured": event_dict.get("injured"),
        "confidence": round(event_dict["confidence"], 3),
        "evidence": evidence,
        "trigger": event_dict["trigger"]["text"],
        "source_actors": to_json(event_dict["source"]),
        "target_actors": to_json(event_dict["target"]),
        "event_json": to_json(body),
        "created_at": now,
    }
    return row


def _side_dicts(prefix: str, actors: Sequence[dict[str, Any]]) -> dict[str, str | None]:
    return {
        f"{prefix}_actor": _joined([a.get("name") for a in actors]),
        f"{prefix}_code": _joined([a.get("code") for a in actors]),
        f"{prefix}_country": _joined([a.get("country") for a in actors]),
        f"{prefix}_sector": _joined([a.get("sector") for a in actors]),
    }


def actor_dict_rows(event_id: str, body: dict[str, Any]) -> list[tuple[Any, ...]]:
    """`event_actors` rows from an event's contract JSON."""
    rows = []
    for role in ("source", "target"):
        for position, a in enumerate(body.get(role) or []):
            rows.append((event_id, role, position, a.get("name"), a.get("kb_id"), a.get("code"), a.get("country"),
                         a.get("sector"), a.get("type")))
    return rows


def actor_rows(event_id: str, event: Event) -> list[tuple[Any, ...]]:
    rows = []
    for role, actors in (("source", event.source), ("target", event.target)):
        for position, a in enumerate(actors):
            rows.append((event_id, role, position, a.name, a.kb_id, a.code, a.country, a.sector, a.type))
    return rows


def mention_rows(event_id: str, event: Event, annotated: AnnotatedArticle) -> list[tuple[Any, ...]]:
    # Within-article mentions belong to this article whatever doc_id the merge wrote.
    return [
        (event_id, annotated.doc_id, m.sentence, m.start, m.end, m.trigger.start, m.trigger.end, m.trigger.text,
         round(m.confidence, 3), m.source_outlet or annotated.article.source)
        for m in event_mentions(event, annotated)
    ]


def article_row(annotated: AnnotatedArticle, annotations: dict[str, Any], content_hash: str, now: str) -> dict[str, Any]:
    a = annotated.article
    return {
        "doc_id": a.doc_id,
        "content_hash": content_hash,
        "date": a.date,
        "datetime": a.datetime,
        "dateline": a.dateline,
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "language": a.language,
        "origin": a.origin,
        "text": a.text,
        "annotations": to_json(annotations),
        "pipeline_version": annotated.pipeline.get("version"),
        "ingested_at": now,
    }


def quarantine_id(error: RecordError) -> str:
    """Same origin, same reason, same raw text: the same quarantined record."""
    payload = to_json([error.origin, error.code, error.raw])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def quarantine_row(error: RecordError, now: str) -> tuple[Any, ...]:
    return (quarantine_id(error), error.origin, error.doc_id, error.code, error.message, error.raw, now)
