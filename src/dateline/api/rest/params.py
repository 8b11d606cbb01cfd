"""Query parameters shared by the event endpoints, declared once (like sqlite-utils' option sets)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from dateline.api.rest.envelopes import ApiError
from dateline.store import EventFilter

MAX_TEXT = 200  # a code, a date or a country never needs more
MAX_QUERY = 500  # full-text search text
MAX_LIMIT = 500  # rows per page


async def event_filters(
    start: Annotated[str | None, Query(max_length=MAX_TEXT, description="First day: YYYY, YYYY-MM or YYYY-MM-DD (events overlapping it match).")] = None,
    end: Annotated[str | None, Query(max_length=MAX_TEXT, description="Last day: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    actor: Annotated[str | None, Query(max_length=MAX_TEXT, description="Actor code (TURGOV) or knowledge-base id, either side.")] = None,
    country: Annotated[str | None, Query(max_length=MAX_TEXT, description="ISO alpha-3 country of an actor, either side.")] = None,
    type: Annotated[str | None, Query(max_length=MAX_TEXT, description="PLOVER event type, e.g. ASSAULT.")] = None,
    cameo_root: Annotated[str | None, Query(max_length=MAX_TEXT, description="Two-digit CAMEO root, e.g. 19.")] = None,
    event_country: Annotated[str | None, Query(max_length=MAX_TEXT, description="ISO alpha-3 country of the event location.")] = None,
    q: Annotated[str | None, Query(max_length=MAX_QUERY, description="Full-text search (SQLite FTS5 syntax) over the articles behind the event.")] = None,
) -> EventFilter:
    return EventFilter(start=clean_text("start", start), end=clean_text("end", end),
                       actor=clean_text("actor", actor), country=clean_text("country", country),
                       plover_type=clean_text("type", type), cameo_root=clean_text("cameo_root", cameo_root),
                       event_country=clean_text("event_country", event_country), query=clean_text("q", q))


def clean_text(name: str, value: str | None) -> str | None:
    """Strip; an empty form field means "no filter". NUL is refused: SQLite's LIKE and C string
    functions stop at it, so "x\\0..." could match more than the user typed."""
    if value is None:
        return None
    if "\x00" in value:
        raise ApiError("E340", name=name, detail="contains a NUL character")
    return value.strip() or None


def filters_meta(filters: EventFilter) -> dict[str, str]:
    names = {"plover_type": "type", "query": "q"}
    return {names.get(k, k): v for k, v in vars(filters).items() if v is not None}
