"""Read endpoints: events, one event, articles, one article, actors, aggregates, places, network."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from dateline.api.rest import queries
from dateline.api.rest.envelopes import ApiError, success
from dateline.api.rest.envelopes import FastJSONResponse as JSONResponse
from dateline.api.rest.evidence import evidence_view
from dateline.api.rest.params import MAX_LIMIT, MAX_QUERY, MAX_TEXT, clean_text, event_filters, filters_meta
from dateline.api.rest.schemas import ERROR_RESPONSES, Envelope
from dateline.api.rest.state import state_of
from dateline.errors import DatelineError
from dateline.store import EventFilter

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
# The envelope is documented as the 200 schema, but answers are built as JSONResponse directly:
# validating tens of thousands of rows against `Any` per request cost more than the query.
OK: dict[int | str, dict[str, Any]] = {200: {"model": Envelope}}
Filters = Annotated[EventFilter, Depends(event_filters)]


@router.get("/events", responses=OK, summary="Search events")
async def list_events(
    request: Request, filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")] = 50,
    order: Annotated[queries.Order, Query(description="Sort by (date, event_id), ascending or descending.")] = "asc",
    cursor: Annotated[str | None, Query(max_length=1000, description="`meta.next_cursor` of the previous page.")] = None,
    with_total: Annotated[bool, Query(description="Also count every matching event (slower on big stores).")] = False,
) -> JSONResponse:
    """Tidy event rows (the CSV export's columns), keyset-paginated: follow `meta.next_cursor`."""
    state = state_of(request)

    def compute() -> JSONResponse:
        conn = state.conn()
        index = state.event_index()
        rows, next_cursor = queries.event_page(conn, filters, limit=limit, order=order, cursor=cursor, index=index)
        meta: dict[str, Any] = {"count": len(rows), "limit": limit, "order": order, "next_cursor": next_cursor,
                                "filters": filters_meta(filters)}
        if with_total:
            meta["total"] = (index.count(index.mask(conn, filters)) if index is not None
                             else state.cached("count", filters, lambda c: queries.count_events(c, filters)))
        return JSONResponse(success(rows, **meta))

    # With the index, a page is a mask, a sort of the matches and one read of <= limit rows by rowid.
    return await state.answer(compute, inline=state.index_answers(filters))


@router.get("/events/{event_id:path}", responses=OK, summary="One event with its mentions and evidence")
async def get_event(request: Request, event_id: str) -> JSONResponse:
    """The canonical event (contract JSON) with every mention, plus `evidence`: the representative
    sentence with source, target, trigger, time and place marked (offsets relative to `evidence.text`)."""
    state = state_of(request)

    def compute() -> JSONResponse:
        store = state.store()
        try:
            event = store.event(event_id)
            doc_id = event["mentions"][0]["doc_id"] if event.get("mentions") else None
            article = store.article(doc_id) if doc_id else {}
        except DatelineError as exc:
            raise ApiError.from_dateline(exc) from None
        context = queries.mention_context(state.conn(), event_id)
        for mention, extra in zip(event.get("mentions", []), context):
            mention["article"] = {k: extra[k] for k in ("title", "date", "source")}
            mention["evidence"] = extra["evidence"]
        event["evidence"] = evidence_view(event, article) if article else None
        return JSONResponse(success(event))

    # Primary-key reads only: fast whatever the store's size, so answered on the event loop.
    return await state.answer(compute, inline=True)


@router.get("/articles", responses=OK, summary="Search articles")
def list_articles(
    request: Request,
    q: Annotated[str | None, Query(max_length=MAX_QUERY, description="Full-text search (FTS5 syntax) over title and text.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    cursor: Annotated[str | None, Query(max_length=100, description="`meta.next_cursor` of the previous page.")] = None,
) -> JSONResponse:
    """Articles without their text, best match first (newest first without `q`). Snippets mark matches
    with the control characters U+0002 ... U+0003."""
    offset = _offset_cursor(cursor)
    query = clean_text("q", q)
    rows, next_offset = queries.article_page(state_of(request).conn(), query, limit=limit, offset=offset)
    return JSONResponse(success(rows, count=len(rows), limit=limit,
                   next_cursor=_encode_offset(next_offset) if next_offset is not None else None, q=query))


@router.get("/articles/{doc_id:path}", responses=OK, summary="One article with all its annotations")
def get_article(request: Request, doc_id: str) -> JSONResponse:
    """The stored `dateline extract` object (text, sentences, actors, times, places, attributions,
    events) and the canonical events it mentions."""
    state = state_of(request)
    try:
        article = state.store().article(doc_id)
    except DatelineError as exc:
        raise ApiError.from_dateline(exc) from None
    article["canonical_events"] = queries.events_of_article(state.conn(), doc_id)
    return JSONResponse(success(article))


@router.get("/actors", responses=OK, summary="Actor codes with event counts")
def list_actors(
    request: Request, filters: Filters,
    prefix: Annotated[str | None, Query(max_length=MAX_TEXT, description="Code prefix or part of a name.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
) -> JSONResponse:
    """Actor codes in the (filtered) events, most frequent first, with counts as source and target."""
    state = state_of(request)
    prefix = clean_text("prefix", prefix)
    key = (filters, prefix, limit)
    rows = state.cached("actors", key, lambda c: queries.actor_counts(c, filters, prefix or None, limit))
    return JSONResponse(success(rows, count=len(rows), filters=filters_meta(filters)))


@router.get("/actors/{code}", responses=OK, summary="One actor code: names and partners")
def get_actor(request: Request, code: Annotated[str, Path(max_length=MAX_TEXT)]) -> JSONResponse:
    """The names seen under an actor code, its event counts and its network of partners."""
    state = state_of(request)
    conn = state.conn()
    names = queries.actor_names(conn, code)
    if not names:
        raise ApiError("E341", path=f"/api/actors/{code}")
    filters = EventFilter(actor=code)
    counts = state.cached("actor-count", code, lambda c: queries.count_events(c, filters))
    return JSONResponse(success({"code": code, "names": names, "events": counts}))


@router.get("/aggregates", responses=OK, summary="Event counts over time")
async def aggregates(
    request: Request, filters: Filters,
    interval: Annotated[queries.Interval, Query(description="Time bucket.")] = "month",
    group_by: Annotated[queries.GroupBy, Query(description="Split counts by this field (country = event location).")] = "plover_type",
    top: Annotated[int, Query(ge=1, le=50, description="Groups kept; the rest fold into OTHER.")] = 10,
) -> JSONResponse:
    """Tidy rows `{period, group, count}`; periods are YYYY-MM-DD (day, and week by its Monday),
    YYYY-MM or YYYY. Undated events are not counted."""
    state = state_of(request)

    def compute() -> JSONResponse:
        index = state.event_index()
        if index is not None:
            conn = state.conn()
            rows, extra = index.aggregate_folded(index.mask(conn, filters), interval, group_by, top)
        else:
            rows, extra = state.cached("aggregates", (filters, interval, group_by, top),
                                       lambda c: queries.aggregate(c, filters, interval, group_by, top))
        return JSONResponse(success(rows, interval=interval, group_by=group_by, filters=filters_meta(filters), **extra))

    return await state.answer(compute, inline=state.index_answers(filters))


@router.get("/places", responses=OK, summary="Event locations with counts (map points)")
async def list_places(
    request: Request, filters: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
) -> JSONResponse:
    state = state_of(request)

    def compute() -> JSONResponse:
        index = state.event_index()
        if index is not None:
            rows = index.place_counts(index.mask(state.conn(), filters), limit)
        else:
            rows = state.cached("places", (filters, limit), lambda c: queries.places(c, filters, limit))
        return JSONResponse(success(rows, count=len(rows), filters=filters_meta(filters)))

    return await state.answer(compute, inline=state.index_answers(filters))


@router.get("/network", responses=OK, summary="Actor network: who acts on whom")
def actor_network(
    request: Request, filters: Filters,
    min_weight: Annotated[int, Query(ge=1, le=1_000_000, description="Drop edges with fewer events.")] = 1,
    limit: Annotated[int, Query(ge=1, le=1000, description="Heaviest edges kept.")] = 150,
) -> JSONResponse:
    """Directed edges source code -> target code weighted by event count, with counts per PLOVER type.
    With `actor`, the ego network of that actor."""
    state = state_of(request)
    graph = state.cached("network", (filters, min_weight, limit),
                         lambda c: queries.network(c, filters, min_weight, limit))
    return JSONResponse(success(graph, nodes=len(graph["nodes"]), edges=len(graph["edges"]), filters=filters_meta(filters)))


@router.get("/stats", responses=OK, summary="Store size")
def stats(request: Request) -> JSONResponse:
    state = state_of(request)

    def compute(c: Any) -> JSONResponse:
        counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "mentions")}
        first, last = c.execute("SELECT min(date_first), max(date_last) FROM events").fetchone()
        return {**counts, "first_date": first, "last_date": last}

    index = state.index.status(state.conn()) if state.index is not None else "off"
    return JSONResponse(success(state.cached("stats", None, compute), event_index=index))


def _offset_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    if not cursor.startswith("o") or not cursor[1:].isdigit() or len(cursor) > 12:
        raise ApiError("E345")
    return int(cursor[1:])


def _encode_offset(offset: int) -> str:
    return f"o{offset}"
