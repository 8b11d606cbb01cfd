"""Streamed exports of any filtered event query: CSV (tidy columns) and NDJSON (canonical events)."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from dateline.api.rest.envelopes import ApiError
from dateline.api.rest.params import event_filters
from dateline.api.rest.schemas import ERROR_RESPONSES
from dateline.api.rest.state import state_of
from dateline.errors import DatelineError
from dateline.export import PROFILES
from dateline.export.profile import Profile, profile_lines
from dateline.export.source import export_events
from dateline.store import EVENT_COLUMN_NAMES, EventFilter, Store, open_store

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
_ROWS_PER_CHUNK = 500  # rows per chunk written to the socket


def _csv_lines(store: Store, rows: Iterator[tuple[Any, ...]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_COLUMN_NAMES)
    try:
        for chunk in iter(lambda: list(itertools.islice(rows, _ROWS_PER_CHUNK)), []):
            # None -> empty cell (a real NULL for pandas/R), codes stay as written ("057").
            writer.writerows(["" if v is None else v for v in row] for row in chunk)
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        if buffer.tell():
            yield buffer.getvalue()
    finally:
        store.close()


def _ndjson_lines(store: Store, objects: Iterator[dict[str, Any]]) -> Iterator[str]:
    try:
        for chunk in iter(lambda: list(itertools.islice(objects, _ROWS_PER_CHUNK)), []):
            yield "".join(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n" for o in chunk)
    finally:
        store.close()


def _profile_lines(store: Store, profile: Profile, events: Iterator[Any], header: bool | None) -> Iterator[str]:
    try:
        lines = profile_lines(profile, events, header)
        for chunk in iter(lambda: list(itertools.islice(lines, _ROWS_PER_CHUNK)), []):
            yield "".join(chunk)
    finally:
        store.close()


# The column profiles of `dateline export` (docs/exports.md): media type and file suffix.
_PROFILE_MEDIA = {"gdelt-events": ("text/tab-separated-values; charset=utf-8", "export.tsv"),
                  "gdelt-mentions": ("text/tab-separated-values; charset=utf-8", "mentions.tsv"),
                  "polecat": ("text/tab-separated-values; charset=utf-8", "polecat.tsv"),
                  "acled": ("text/csv; charset=utf-8", "acled.csv")}


def _peeked(iterator: Iterator[Any]) -> Iterator[Any]:
    """Run the query up to its first row now, so a bad search becomes an error envelope rather than
    a broken stream after the 200 status has gone out."""
    try:
        first = next(iterator)
    except StopIteration:
        return iter(())
    except DatelineError as exc:
        raise ApiError.from_dateline(exc) from None
    return itertools.chain([first], iterator)


@router.get("/export", summary="Stream every matching event as CSV, NDJSON or a dataset profile",
            responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}, "text/tab-separated-values": {}},
                             "description": "The rows, streamed; not wrapped in the envelope."}})
def export(
    request: Request,
    filters: Annotated[EventFilter, Depends(event_filters)],
    format: Annotated[Literal["csv", "ndjson", "gdelt-events", "gdelt-mentions", "polecat", "acled"],
                      Query(description="csv: tidy columns; ndjson: canonical event objects; gdelt-events, "
                                        "gdelt-mentions, polecat, acled: those datasets' columns.")] = "csv",
    limit: Annotated[int | None, Query(ge=1, description="At most this many events.")] = None,
    header: Annotated[bool | None, Query(description="Column-name row for the profiles (default: none for "
                                                     "gdelt-*, one for polecat and acled).")] = None,
) -> StreamingResponse:
    """All matching events in (date, event_id) order, streamed: memory stays flat whatever the size.
    CSV has the columns of `dateline export --format csv`; NDJSON one canonical event per line; the
    profiles the columns of `dateline export --format PROFILE` (docs/exports.md)."""
    state = state_of(request)
    try:
        store = open_store(state.db_path, readonly=True)
    except DatelineError as exc:
        raise ApiError.from_dateline(exc) from None
    try:
        if format in _PROFILE_MEDIA:
            body: Iterator[str] = _profile_lines(store, PROFILES[format], _peeked(export_events(store, filters, limit)),
                                                 header)
            media, suffix = _PROFILE_MEDIA[format]
        elif format == "csv":
            body = _csv_lines(store, _peeked(store.iter_event_rows(filters, limit)))
            media, suffix = "text/csv; charset=utf-8", "csv"
        else:
            body = _ndjson_lines(store, _peeked(store.iter_event_objects(filters, limit)))
            media, suffix = "application/x-ndjson", "ndjson"
    except BaseException:
        store.close()
        raise
    return StreamingResponse(body, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="dateline-events.{suffix}"'})
