"""The API's reads: parameterised SQL over the store's tables, with the store's own event filters.

User text only ever travels as a bound parameter; the few names put into SQL text (group-by column,
sort direction, time bucket) are chosen from fixed tables here, never taken from the request.
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from dateline.api.rest.envelopes import ApiError
from dateline.errors import UsageError
from dateline.store import EVENT_COLUMN_NAMES, EventFilter

Order = Literal["asc", "desc"]
Interval = Literal["day", "week", "month", "year"]
GroupBy = Literal["none", "plover_type", "quad_class", "country", "actor", "factuality"]

# Columns of an event row in lists: the tidy export columns (docs/schema.md), in that order.
_LIST_COLUMNS = ", ".join(f'e."{c}"' for c in EVENT_COLUMN_NAMES)

# The time bucket of an event, by its first calendar day. Weeks are named by their Monday.
_BUCKETS: dict[str, str] = {
    "day": "e.date_first",
    "week": "date(e.date_first, '-' || ((CAST(strftime('%w', e.date_first) AS INTEGER) + 6) % 7) || ' days')",
    "month": "substr(e.date_first, 1, 7)",
    "year": "substr(e.date_first, 1, 4)",
}
# What a group-by key is for each choice. `actor` joins the actors table (either side).
_GROUPS: dict[str, str] = {
    "none": "'all'",
    "plover_type": "e.plover_type",
    "quad_class": "e.quad_class",
    "country": "e.location_country",
    "factuality": "e.factuality",
    "actor": "a.code",
}


def _fts_errors(query: str | None) -> Callable[[sqlite3.OperationalError], Exception]:
    def convert(exc: sqlite3.OperationalError) -> Exception:
        text = str(exc).lower()
        if query is not None and any(h in text for h in ("fts5", "syntax error", "no such column", "unterminated",
                                                           "unknown special query")):
            return ApiError("E207", query=query, detail=str(exc))
        return exc

    return convert


def run(conn: sqlite3.Connection, sql: str, params: list[Any], query: str | None = None) -> list[tuple[Any, ...]]:
    """Execute a read; FTS5 syntax errors in the user's search text become E207, not a 500."""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        converted = _fts_errors(query)(exc)
        if converted is exc:
            raise
        raise converted from None


def where_of(filters: EventFilter, extra: list[str] | None = None, extra_params: list[Any] | None = None
             ) -> tuple[str, list[Any]]:
    """The store's WHERE clause for ``filters`` plus ``extra`` conditions (all ANDed)."""
    try:
        clause, params = filters.where("e")
    except UsageError as exc:  # a date filter that is not a date
        raise ApiError.from_dateline(exc) from None
    conditions = [clause[len("WHERE "):]] if clause else []
    conditions += extra or []
    params += extra_params or []
    return (("WHERE " + " AND ".join(f"({c})" for c in conditions)) if conditions else ""), params


# -- cursors -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended: the (date, event_id) of its last row, and the order."""

    order: Order
    date: str | None
    event_id: str

    def encode(self) -> str:
        raw = json.dumps([self.order, self.date, self.event_id], separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str, order: Order) -> "Cursor":
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            value = json.loads(raw)
        except (binascii.Error, ValueError, UnicodeDecodeError):
            raise ApiError("E345") from None
        if (not isinstance(value, list) or len(value) != 3 or value[0] != order
                or not (value[1] is None or isinstance(value[1], str)) or not isinstance(value[2], str)):
            raise ApiError("E345")
        return cls(order, value[1], value[2])


def _after(cursor: Cursor) -> tuple[str, list[Any]]:
    """Rows strictly after ``cursor`` in (date, event_id) order; NULL dates sort first ascending."""
    if cursor.order == "asc":
        if cursor.date is None:
            return "(e.date IS NULL AND e.event_id > ?) OR e.date IS NOT NULL", [cursor.event_id]
        return "(e.date, e.event_id) > (?, ?)", [cursor.date, cursor.event_id]
    if cursor.date is None:
        return "e.date IS NULL AND e.event_id < ?", [cursor.event_id]
    return "(e.date, e.event_id) < (?, ?) OR e.date IS NULL", [cursor.date, cursor.event_id]


# -- events --------------------------------------------------------------------------------------


def event_page(conn: sqlite3.Connection, filters: EventFilter, *, limit: int, order: Order,
               cursor: str | None, index: Any = None) -> tuple[list[dict[str, Any]], str | None]:
    """One page of tidy event rows and the cursor of the next page (None on the last page).

    With an ``EventIndex``, the page's rowids come from the index and only those rows are read."""
    decoded = Cursor.decode(cursor, order) if cursor else None
    if index is not None:
        page = _indexed_page(conn, index, filters, limit, order, decoded)
        if page is not None:
            return page
    extra, extra_params = ([], [])
    if decoded:
        condition, values = _after(decoded)
        extra, extra_params = [condition], values
    where, params = where_of(filters, extra, extra_params)
    direction = "ASC" if order == "asc" else "DESC"  # from a Literal, never from request text
    sql = (f"SELECT {_LIST_COLUMNS} FROM events e {where} "
           f"ORDER BY e.date {direction}, e.event_id {direction} LIMIT ?")
    rows = run(conn, sql, params + [limit + 1], filters.query)
    page = [dict(zip(EVENT_COLUMN_NAMES, row)) for row in rows[:limit]]
    next_cursor = None
    if len(rows) > limit and page:
        last = page[-1]
        next_cursor = Cursor(order, last["date"], last["event_id"]).encode()
    return page, next_cursor


def _indexed_page(conn: sqlite3.Connection, index: Any, filters: EventFilter, limit: int, order: Order,
                  cursor: Cursor | None) -> tuple[list[dict[str, Any]], str | None] | None:
    after = None
    if cursor is not None:
        found = conn.execute("SELECT rowid FROM events WHERE event_id = ?", (cursor.event_id,)).fetchone()
        if found is None:
            return None
        after = found[0]
    rids = index.page(index.mask(conn, filters), order, after, limit)
    if rids is None:
        return None
    chosen = rids[:limit]
    rows: dict[int, tuple[Any, ...]] = {}
    for i in range(0, len(chosen), 500):
        part = chosen[i:i + 500]
        for row in conn.execute(f"SELECT e.rowid, {_LIST_COLUMNS} FROM events e WHERE e.rowid IN "
                                f"({', '.join('?' * len(part))})", part):
            rows[row[0]] = row[1:]
    page = [dict(zip(EVENT_COLUMN_NAMES, rows[r])) for r in chosen if r in rows]
    next_cursor = None
    if len(rids) > limit and page:
        last = page[-1]
        next_cursor = Cursor(order, last["date"], last["event_id"]).encode()
    return page, next_cursor


def count_events(conn: sqlite3.Connection, filters: EventFilter) -> int:
    where, params = where_of(filters)
    return int(run(conn, f"SELECT count(*) FROM events e {where}", params, filters.query)[0][0])


def mention_context(conn: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    """Each mention's article (title, date, outlet) and evidence text, in mention order."""
    rows = run(conn, """
        SELECT m.doc_id, a.title, a.date, a.source, substr(a.text, m.start + 1, m."end" - m.start)
        FROM mentions m JOIN articles a ON a.doc_id = m.doc_id
        WHERE m.event_id = ? ORDER BY m.id""", [event_id])
    return [{"doc_id": r[0], "title": r[1], "date": r[2], "source": r[3], "evidence": r[4]} for r in rows]


def events_of_article(conn: sqlite3.Connection, doc_id: str) -> list[dict[str, Any]]:
    rows = run(conn, f"""
        SELECT {_LIST_COLUMNS} FROM events e
        WHERE e.event_id IN (SELECT event_id FROM mentions WHERE doc_id = ?)
        ORDER BY e.date, e.event_id""", [doc_id])
    return [dict(zip(EVENT_COLUMN_NAMES, row)) for row in rows]


# -- articles ------------------------------------------------------------------------------------

_ARTICLE_LIST = ("doc_id", "date", "dateline", "title", "source", "url", "language")


def article_page(conn: sqlite3.Connection, query: str | None, *, limit: int, offset: int
                 ) -> tuple[list[dict[str, Any]], int | None]:
    """Articles without their text: best full-text match first, else newest first."""
    columns = ", ".join(f"a.{c}" for c in _ARTICLE_LIST)
    if query is None:
        sql = f"SELECT {columns}, NULL FROM articles a ORDER BY a.date DESC, a.doc_id LIMIT ? OFFSET ?"
        params: list[Any] = [limit + 1, offset]
    else:
        sql = (f"SELECT {columns}, snippet(articles_fts, 1, char(2), char(3), ' … ', 16) FROM articles_fts f "
               "JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank, a.doc_id LIMIT ? OFFSET ?")
        params = [query, limit + 1, offset]
    rows = run(conn, sql, params, query)
    page = []
    for row in rows[:limit]:
        item = dict(zip(_ARTICLE_LIST, row))
        if query is not None:
            # The match marks are control characters, so the client can split on them and render
            # every piece as text (no HTML travels in the data).
            item["snippet"] = row[-1]
        page.append(item)
    return page, (offset + limit if len(rows) > limit else None)


# -- actors, aggregates, places, network -------------------------------------------------------------


def actor_counts(conn: sqlite3.Connection, filters: EventFilter, prefix: str | None, limit: int) -> list[dict[str, Any]]:
    """Actor codes with the number of events they take part in (either side), most frequent first."""
    conditions = ["a.code IS NOT NULL"]
    params: list[Any] = []
    if prefix:
        # LIKE with an escape character: the user's % and _ are literal.
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append("(a.code LIKE ? ESCAPE '\\' OR a.name LIKE ? ESCAPE '\\')")
        params += [escaped + "%", "%" + escaped + "%"]
    where, filter_params = where_of(filters)
    if where:
        conditions.append(f"a.event_id IN (SELECT e.event_id FROM events e {where})")
        params += filter_params
    sql = f"""
        SELECT a.code, count(DISTINCT a.event_id) AS n,
               sum(a.role = 'source'), sum(a.role = 'target'), max(a.country), max(a.sector), max(a.name)
        FROM event_actors a WHERE {' AND '.join(conditions)}
        GROUP BY a.code ORDER BY n DESC, a.code LIMIT ?"""
    rows = run(conn, sql, params + [limit], filters.query)
    return [{"code": r[0], "events": r[1], "as_source": r[2], "as_target": r[3], "country": r[4], "sector": r[5],
             "name": r[6]} for r in rows]


def actor_names(conn: sqlite3.Connection, code: str, limit: int = 10) -> list[dict[str, Any]]:
    rows = run(conn, """SELECT name, kb_id, country, sector, type, count(*) AS n FROM event_actors
                        WHERE code = ? GROUP BY name, kb_id ORDER BY n DESC, name LIMIT ?""", [code, limit])
    return [{"name": r[0], "kb_id": r[1], "country": r[2], "sector": r[3], "type": r[4], "mentions": r[5]} for r in rows]


def aggregate(conn: sqlite3.Connection, filters: EventFilter, interval: Interval, group_by: GroupBy, top: int
              ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Tidy counts: one row per (period, group) with the number of events; small groups fold into OTHER."""
    bucket, group = _BUCKETS[interval], _GROUPS[group_by]
    where, params = where_of(filters, ["e.date_first IS NOT NULL"])
    source = "events e JOIN event_actors a ON a.event_id = e.event_id" if group_by == "actor" else "events e"
    counted = "count(DISTINCT e.event_id)" if group_by == "actor" else "count(*)"
    sql = f"SELECT {bucket} AS period, {group} AS grp, {counted} FROM {source} {where} GROUP BY period, grp"
    return fold_groups(run(conn, sql, params, filters.query), top)


def fold_groups(rows: Sequence[Sequence[Any]], top: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """``(period, group, count)`` rows as tidy dicts, the ``top`` largest groups kept, the rest OTHER."""
    totals: dict[Any, int] = {}
    for _, grp, n in rows:
        totals[grp] = totals.get(grp, 0) + n
    ranked = [g for g, _ in sorted(totals.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    kept = set(ranked[:top])
    merged: dict[tuple[str, Any], int] = {}
    for period, grp, n in rows:
        key = (period, grp if grp in kept else "OTHER")
        merged[key] = merged.get(key, 0) + n
    data = [{"period": p, "group": (None if g is None else str(g)), "count": n}
            for (p, g), n in sorted(merged.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))]
    groups = [None if g is None else str(g) for g in ranked[:top]] + (["OTHER"] if len(ranked) > top else [])
    return data, {"groups": groups, "total": sum(totals.values())}


def places(conn: sqlite3.Connection, filters: EventFilter, limit: int) -> list[dict[str, Any]]:
    """Event locations with their event counts, most frequent first (the map's points)."""
    where, params = where_of(filters, ["e.lat IS NOT NULL", "e.lon IS NOT NULL"])
    sql = f"""SELECT e.location_name, e.location_country, e.geo_precision, round(e.lat, 3), round(e.lon, 3), count(*) AS n,
                     sum(e.quad_class >= 3)
              FROM events e {where} GROUP BY round(e.lat, 3), round(e.lon, 3), e.location_name
              ORDER BY n DESC, e.location_name, round(e.lat, 3), round(e.lon, 3) LIMIT ?"""
    rows = run(conn, sql, params + [limit], filters.query)
    return [{"name": r[0], "country": r[1], "precision": r[2], "lat": r[3], "lon": r[4], "count": r[5],
             "conflict": r[6] or 0} for r in rows]


def network(conn: sqlite3.Connection, filters: EventFilter, min_weight: int, limit: int
            ) -> dict[str, list[dict[str, Any]]]:
    """Who acts on whom: directed, weighted edges source code -> target code, with PLOVER type counts."""
    where, params = where_of(filters, ["s.code IS NOT NULL", "t.code IS NOT NULL"])
    sql = f"""
        SELECT s.code, t.code, e.plover_type, count(DISTINCT e.event_id)
        FROM events e
        JOIN event_actors s ON s.event_id = e.event_id AND s.role = 'source'
        JOIN event_actors t ON t.event_id = e.event_id AND t.role = 'target'
        {where} GROUP BY s.code, t.code, e.plover_type"""
    rows = run(conn, sql, params, filters.query)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for source, target, ptype, n in rows:
        edge = edges.setdefault((source, target), {"source": source, "target": target, "weight": 0, "types": {}})
        edge["weight"] += n
        edge["types"][ptype] = edge["types"].get(ptype, 0) + n
    kept = sorted((e for e in edges.values() if e["weight"] >= min_weight),
                  key=lambda e: (-e["weight"], e["source"], e["target"]))[:limit]
    weights: dict[str, int] = {}
    for edge in kept:
        for side in ("source", "target"):
            weights[edge[side]] = weights.get(edge[side], 0) + edge["weight"]
    nodes = []
    if weights:
        marks = ", ".join("?" * len(weights))
        info = {r[0]: r[1:] for r in run(conn, f"""SELECT code, max(name), max(country), max(sector) FROM event_actors
                                                   WHERE code IN ({marks}) GROUP BY code""", list(weights))}
        nodes = [{"id": code, "name": info.get(code, (None,))[0], "country": info.get(code, (None, None))[1],
                  "sector": info.get(code, (None, None, None))[2], "weight": w}
                 for code, w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": kept}


# -- cache ---------------------------------------------------------------------------------------


def store_version(conn: sqlite3.Connection) -> tuple[int, int]:
    """Changes whenever rows are added: the key that invalidates cached aggregates."""
    row = conn.execute("SELECT (SELECT max(rowid) FROM events), (SELECT max(id) FROM articles)").fetchone()
    return (row[0] or 0, row[1] or 0)


class ResultCache:
    """A small LRU of aggregate answers keyed by (store version, request): safe because the server
    only reads and any ingest changes the version, and it turns repeated dashboard loads into look-ups."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get_or_compute(self, key: Any, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        with self._lock:
            self._items[key] = value
            if len(self._items) > self._size:
                self._items.popitem(last=False)
        return value
