"""An in-memory columnar index of the store's events, for the dashboard's heavy reads.

Why: the ``events`` table is wide (evidence, JSON of the event and its actors), so a count over a
million events reads a gigabyte from disk, seconds per request. The API's aggregates, map places,
totals and event pages only need a dozen small columns. This index holds those columns as NumPy
arrays (about 50 bytes per event), built once from the store by a background thread; a filter is
a boolean mask, a count a ``bincount``: milliseconds for a million events.

Correctness rules:
- Filters mean exactly what ``dateline.store.EventFilter`` means (same date bounds, case rules and
  either-side actor matching); ``tests/api/test_event_index.py`` checks both paths agree.
- The index knows the store version it was built from; when the store has grown (an ingest), the
  API answers through SQL until a rebuild has caught up, so an answer is never stale.
- Full-text filters (``q``) ask SQLite's FTS index for the matching events, then mask.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from dateline.api.rest.envelopes import ApiError
from dateline.errors import UsageError
from dateline.store import EventFilter
from dateline.store.filters import bound_date

log = logging.getLogger("dateline.serve")

_EPOCH = dt.date(1, 1, 1).toordinal()
_NO_DAY_LOW = np.iinfo(np.int32).min  # a NULL date_last never satisfies date_last >= start
_NO_DAY_HIGH = np.iinfo(np.int32).max  # a NULL date_first never satisfies date_first <= end
_CHUNK = 50_000
_PAGE_CHUNK = 8_192  # first slice of the (date, event_id) order read for a page; grows 4x per step
_TEXT_CACHE = 64  # full-text searches whose matches are kept (a boolean per event each)
_SPARSE = 16  # a filter matching under 1/16 of the events pages by sorting its matches' ranks


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _distinct(ascending: np.ndarray) -> np.ndarray:
    """The distinct values of an ascending array (no sort needed)."""
    if len(ascending) < 2:
        return ascending
    return ascending[np.concatenate(([True], ascending[1:] != ascending[:-1]))]


def _compare(column: np.ndarray, comparison: str, value: int) -> np.ndarray:
    # The value in the column's own type: a Python int would make NumPy convert the whole column.
    typed = column.dtype.type(value) if np.can_cast(np.min_scalar_type(value), column.dtype) else value
    if comparison == ">=":
        return column >= typed
    if comparison == "<=":
        return column <= typed
    return column == typed


class _Codes:
    """Strings to small integers (0 = NULL), so columns are compact arrays."""

    def __init__(self) -> None:
        self.values: list[str | None] = [None]
        self.index: dict[str | None, int] = {None: 0}

    def code(self, value: str | None) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.values)
            self.values.append(value)
        return found

    def lookup(self, value: str | None) -> int:
        """The code of ``value``, or -1 when it never occurs (a filter that matches nothing)."""
        return self.index.get(value, -1)


class _Lookup:
    """Keys sorted once, with the event position of each: all positions of a key by binary search."""

    def __init__(self, keys: np.ndarray, positions: np.ndarray) -> None:
        order = np.lexsort((positions, keys))  # by key, then position: a key's positions ascend
        self.keys = keys[order]
        self.positions = positions[order]

    def find(self, key: int) -> np.ndarray:
        if key < 0:
            return self.positions[:0]
        # The key in the keys' own type: a Python int would make NumPy convert the whole array.
        typed = self.keys.dtype.type(key)
        lo, hi = np.searchsorted(self.keys, typed, "left"), np.searchsorted(self.keys, typed, "right")
        return self.positions[lo:hi]

    def find_many(self, keys: np.ndarray) -> np.ndarray:
        keys = keys.astype(self.keys.dtype, copy=False)
        lo, hi = np.searchsorted(self.keys, keys, "left"), np.searchsorted(self.keys, keys, "right")
        lengths = hi - lo
        total = int(lengths.sum())
        if not total:
            return self.positions[:0]
        # Every index in [lo, hi) of every key, without a Python loop over the keys.
        before = np.cumsum(lengths) - lengths
        return self.positions[np.repeat(lo - before, lengths) + np.arange(total)]


@dataclass
class Places:
    names: list[str | None]
    countries: list[str | None]
    precisions: list[str | None]
    lats: list[float]
    lons: list[float]


class EventIndex:
    """Columns of every event, in store rowid order, plus the (date, event_id) order."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.version = _version(conn)
        types, roots, countries, facts, actors, kbs = _Codes(), _Codes(), _Codes(), _Codes(), _Codes(), _Codes()
        rid, first, last, ptype, quad, root, loc, fact, place = ([] for _ in range(9))
        place_ids: dict[tuple[float, float, str | None], int] = {}
        places = Places([], [], [], [], [])
        cursor = conn.execute(
            "SELECT rowid, date_first, date_last, plover_type, quad_class, cameo_root, location_country, factuality,"
            " round(lat, 3), round(lon, 3), location_name, geo_precision FROM events ORDER BY rowid")
        while rows := cursor.fetchmany(_CHUNK):
            for r in rows:
                rid.append(r[0])
                d1, d2 = _day(r[1]), _day(r[2])
                first.append(_NO_DAY_HIGH if d1 is None else d1)
                last.append(_NO_DAY_LOW if d2 is None else d2)
                ptype.append(types.code(r[3]))
                quad.append(-1 if r[4] is None else r[4])
                root.append(roots.code(r[5]))
                loc.append(countries.code(r[6]))
                fact.append(facts.code(r[7]))
                if r[8] is None or r[9] is None:
                    place.append(-1)
                else:
                    key = (r[8], r[9], r[10])
                    pid = place_ids.get(key)
                    if pid is None:
                        pid = place_ids[key] = len(places.names)
                        places.names.append(r[10])
                        places.countries.append(r[6])
                        places.precisions.append(r[11])
                        places.lats.append(r[8])
                        places.lons.append(r[9])
                    place.append(pid)
        self.rid = np.asarray(rid, dtype=np.int64)
        self.first = np.asarray(first, dtype=np.int32)
        self.last = np.asarray(last, dtype=np.int32)
        self.ptype = np.asarray(ptype, dtype=np.int16)
        self.quad = np.asarray(quad, dtype=np.int8)
        self.root = np.asarray(root, dtype=np.int16)
        self.loc = np.asarray(loc, dtype=np.int32)
        self.fact = np.asarray(fact, dtype=np.int16)
        self.place = np.asarray(place, dtype=np.int32)
        self.places = places
        self.types, self.roots, self.countries, self.facts = types, roots, countries, facts
        # Actor entries: one per (event, side, position), pointing at the event's position.
        a_pos, a_role, a_code, a_kb, a_country = ([] for _ in range(5))
        position = {int(r): i for i, r in enumerate(rid)}
        cursor = conn.execute("SELECT e.rowid, a.role, a.code, a.kb_id, a.country FROM event_actors a"
                              " JOIN events e ON e.event_id = a.event_id")
        while rows := cursor.fetchmany(_CHUNK):
            for r in rows:
                pos = position.get(r[0])
                if pos is None:  # an event added after the first scan: the version check handles it
                    continue
                a_pos.append(pos)
                a_role.append(0 if r[1] == "source" else 1)
                a_code.append(actors.code(r[2]))
                a_kb.append(kbs.code(r[3]))
                a_country.append(countries.code(r[4]))
        self.a_pos = np.asarray(a_pos, dtype=np.int32)
        self.a_role = np.asarray(a_role, dtype=np.int8)
        self.a_code = np.asarray(a_code, dtype=np.int32)
        self.a_kb = np.asarray(a_kb, dtype=np.int32)
        self.a_country = np.asarray(a_country, dtype=np.int32)
        self.actors, self.kbs = actors, kbs
        # Each (event, code) once: "events per actor" counts an event once even when the code is
        # on both sides (TURGOV meets TURGOV) or twice on one side.
        width = len(actors.values) + 1
        pairs_key = np.unique(self.a_pos.astype(np.int64) * width + self.a_code)
        self.u_pos, self.u_code = (pairs_key // width).astype(np.int32), (pairs_key % width).astype(np.int32)
        # Sorted views of the actor columns: a filter on one code is a binary search, not a scan.
        self._by_code = _Lookup(self.a_code, self.a_pos)
        self._by_kb = _Lookup(self.a_kb, self.a_pos)
        self._by_country = _Lookup(self.a_country, self.a_pos)
        # Article (full-text rowid) -> event positions, so a search costs one FTS query.
        pairs = np.array([(r[0], r[1]) for r in conn.execute(
            "SELECT a.id, e.rowid FROM mentions m JOIN articles a ON a.doc_id = m.doc_id"
            " JOIN events e ON e.event_id = m.event_id")], dtype=np.int64).reshape(-1, 2)
        positions = np.searchsorted(self.rid, pairs[:, 1])
        valid = (positions < len(self.rid)) & (self.rid[np.minimum(positions, len(self.rid) - 1)] == pairs[:, 1])
        self._by_article = _Lookup(pairs[valid, 0], positions[valid].astype(np.int32))
        # The (date, event_id) order of the API's pages, read from the store's own index.
        order_rid = np.fromiter((r[0] for r in conn.execute("SELECT rowid FROM events ORDER BY date, event_id")),
                                dtype=np.int64)
        order = np.searchsorted(self.rid, order_rid)  # rid is sorted: rowid order
        # Built inside one read transaction, so both scans see the same rows; the check keeps the
        # index consistent even when a caller did not open one.
        known = (order < len(self.rid)) & (self.rid[np.minimum(order, len(self.rid) - 1)] == order_rid)
        self.order = order[known].astype(np.int32)
        self.rank = np.empty(len(self.rid), dtype=np.int32)
        self.rank[self.order] = np.arange(len(self.order), dtype=np.int32)
        self.size = len(self.rid)
        self._periods = _PeriodTables(self.first)
        self._dated = self.first != _NO_DAY_HIGH
        self._place_key = ((self.place.astype(np.int64) + 1) * 2 + (self.quad >= 3)).astype(np.int32)
        self._text_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._text_lock = threading.Lock()
        by_name = sorted(range(len(places.names)), key=lambda i: (places.names[i] is not None, places.names[i] or "",
                                                                  places.lats[i], places.lons[i]))
        self._place_rank = np.empty(len(by_name), dtype=np.int64)
        self._place_rank[by_name] = np.arange(len(by_name))

    # -- filters ---------------------------------------------------------------------------------

    def mask(self, conn: sqlite3.Connection, filters: EventFilter) -> np.ndarray:
        """Events matching ``filters``, as a boolean array in rowid order.

        An actor or actor-country filter names its events by binary search; the other conditions
        are then checked at those positions only (cost ~ the matches). Without one, each condition
        is a pass over its column (cost ~ the store)."""
        try:
            start = _day(bound_date(filters.start, last=False)) if filters.start is not None else None
            end = _day(bound_date(filters.end, last=True)) if filters.end is not None else None
        except UsageError as exc:
            raise ApiError.from_dateline(exc) from None
        columns: list[tuple[np.ndarray, str, int]] = []  # (column, comparison, value): all must hold
        if start is not None:
            columns.append((self.last, ">=", start))
        if end is not None:
            columns.append((self.first, "<=", end))
        if filters.plover_type is not None:
            columns.append((self.ptype, "==", self.types.lookup(filters.plover_type.upper())))
        if filters.cameo_root is not None:
            root = str(filters.cameo_root).strip()
            columns.append((self.root, "==", self.roots.lookup(root.zfill(2) if root.isdigit() else root)))
        if filters.event_country is not None:
            columns.append((self.loc, "==", self.countries.lookup(filters.event_country.upper())))
        named = self._actor_entries(filters)  # each actor filter's event positions (may repeat)
        fewest = min(named, key=len) if named else None
        if fewest is not None and len(fewest) * _SPARSE < self.size:
            # Few events named: check the other conditions at their positions only.
            candidates = _distinct(fewest)
            for found in named:
                if len(candidates) and found is not fewest:
                    candidates = candidates[self._events_of(found)[candidates]]
            for column, comparison, value in columns:
                if len(candidates):
                    candidates = candidates[_compare(column[candidates], comparison, value)]
            if filters.query is not None and len(candidates):
                candidates = candidates[self._text_matches(conn, filters.query)[candidates]]
            return self._events_of(candidates)
        keep: np.ndarray | None = None
        for column, comparison, value in columns:
            matched = _compare(column, comparison, value)
            keep = matched if keep is None else np.logical_and(keep, matched, out=keep)
        for found in named:
            keep = self._events_of(found) if keep is None else np.logical_and(keep, self._events_of(found), out=keep)
        if filters.query is not None:
            text = self._text_matches(conn, filters.query)
            keep = text.copy() if keep is None else np.logical_and(keep, text, out=keep)
        return np.ones(self.size, dtype=bool) if keep is None else keep

    def _actor_entries(self, filters: EventFilter) -> list[np.ndarray]:
        """For each actor filter (actor code or id; actor country), the positions of its events,
        one per actor entry (an event may repeat)."""
        named: list[np.ndarray] = []
        if filters.actor is not None:
            by_code = self._by_code.find(self.actors.lookup(filters.actor))
            by_kb = self._by_kb.find(self.kbs.lookup(filters.actor))
            named.append(np.union1d(by_code, by_kb) if len(by_code) and len(by_kb) else by_code if len(by_code) else by_kb)
        if filters.country is not None:
            named.append(self._by_country.find(self.countries.lookup(filters.country.upper())))
        return named

    def _events_of(self, positions: np.ndarray) -> np.ndarray:
        events = np.zeros(self.size, dtype=bool)
        events[positions] = True
        return events

    def has_text(self, query: str) -> bool:
        """Whether the matches of this full-text search are cached (no FTS query needed)."""
        with self._text_lock:
            return query in self._text_cache

    def _text_matches(self, conn: sqlite3.Connection, query: str) -> np.ndarray:
        from dateline.api.rest.queries import run

        with self._text_lock:
            cached = self._text_cache.get(query)
            if cached is not None:
                self._text_cache.move_to_end(query)
                return cached
        rows = run(conn, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [query], query)
        articles = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        matches = self._events_of(self._by_article.find_many(articles))
        matches.flags.writeable = False  # shared by requests: callers combine it, never change it
        with self._text_lock:
            # The index is one snapshot of the store, so a search's matches stay right for its life.
            self._text_cache[query] = matches
            while len(self._text_cache) > _TEXT_CACHE:
                self._text_cache.popitem(last=False)
        return matches

    # -- answers ---------------------------------------------------------------------------------

    def count(self, keep: np.ndarray) -> int:
        return int(keep.sum())

    def _count_table(self, keep: np.ndarray, interval: str, group_by: str
                     ) -> tuple[list[str], np.ndarray, list[Any]] | None:
        """Period names, a periods x groups count matrix, and the label of each group column."""
        keep = keep & self._dated
        if group_by == "actor":
            entries = keep[self.u_pos]
            chosen, groups = self.u_pos[entries], self.u_code[entries]
            labels: Callable[[int], Any] = lambda g: self.actors.values[g]
            # SQL's join keeps entries with a NULL code as the group None, as here (code 0 -> None).
        else:
            chosen = np.flatnonzero(keep)  # positions: one pass over the mask, then cheap gathers
            if group_by == "plover_type":
                groups, labels = self.ptype[chosen], (lambda g: self.types.values[g])
            elif group_by == "quad_class":
                groups, labels = self.quad[chosen], (lambda g: None if g < 0 else int(g))
            elif group_by == "country":
                groups, labels = self.loc[chosen], (lambda g: self.countries.values[g])
            elif group_by == "factuality":
                groups, labels = self.fact[chosen], (lambda g: self.facts.values[g])
            else:
                groups, labels = np.zeros(len(chosen), dtype=np.int8), (lambda g: "all")
        if not len(chosen):
            return None
        # Each event's period, from per-interval columns built with the index (no per-day Python).
        names, period_of = self._periods.periods(chosen, interval)
        groups = groups.astype(np.int64)
        offset = int(groups.min())
        width = int(groups.max()) - offset + 1
        counts = np.bincount(period_of.astype(np.int64) * width + (groups - offset), minlength=len(names) * width)
        return names, counts.reshape(len(names), width), [labels(g + offset) for g in range(width)]

    def aggregate(self, keep: np.ndarray, interval: str, group_by: str) -> list[tuple[str, Any, int]]:
        """``(period, group, count)`` rows like the SQL ``GROUP BY period, group`` (dated events only)."""
        table = self._count_table(keep, interval, group_by)
        if table is None:
            return []
        names, counts, labels = table
        periods, columns = np.nonzero(counts)
        return [(names[p], labels[c], int(counts[p, c])) for p, c in zip(periods.tolist(), columns.tolist())]

    def aggregate_folded(self, keep: np.ndarray, interval: str, group_by: str, top: int
                         ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """``queries.fold_groups(self.aggregate(...), top)``, folded in NumPy: Python only touches the
        rows of the answer."""
        table = self._count_table(keep, interval, group_by)
        if table is None:
            return [], {"groups": [], "total": 0}
        names, counts, labels = table
        totals = counts.sum(axis=0)
        present = [g for g in range(len(labels)) if totals[g]]
        ranked = sorted(present, key=lambda g: (-int(totals[g]), str(labels[g])))
        kept = ranked[:top]
        columns = [(None if labels[g] is None else str(labels[g]), counts[:, g]) for g in kept]
        if len(ranked) > top:
            columns.append(("OTHER", counts[:, ranked[top:]].sum(axis=1)))
        columns.sort(key=lambda c: str(c[0]))
        data: list[dict[str, Any]] = []
        if columns:
            # Non-zero cells, period by period, groups in label order: one NumPy pass, then the rows.
            matrix = np.stack([column for _, column in columns], axis=1)
            rows, cols = np.nonzero(matrix)
            column_labels = [label for label, _ in columns]
            data = [{"period": names[r], "group": column_labels[c], "count": n}
                    for r, c, n in zip(rows.tolist(), cols.tolist(), matrix[rows, cols].tolist())]
        groups = [None if labels[g] is None else str(labels[g]) for g in kept] + (["OTHER"] if len(ranked) > top else [])
        return data, {"groups": groups, "total": int(totals.sum())}

    def place_counts(self, keep: np.ndarray, limit: int) -> list[dict[str, Any]]:
        # One bincount over (place + 1) * 2 + conflict: cells 0 and 1 are the events with no place.
        cells = np.bincount(self._place_key[keep], minlength=2 * (len(self.places.names) + 1)).reshape(-1, 2)[1:]
        counts, conflict = cells.sum(axis=1), cells[:, 1]
        if not counts.any():
            return []
        nonzero = np.flatnonzero(counts)
        p = self.places
        # The SQL path's order: most events first, then name (NULL first), latitude, longitude; the
        # tie-break rank is computed once per index.
        top = nonzero[np.lexsort((self._place_rank[nonzero], -counts[nonzero]))][:limit].tolist()
        return [{"name": p.names[i], "country": p.countries[i], "precision": p.precisions[i], "lat": p.lats[i],
                 "lon": p.lons[i], "count": int(counts[i]), "conflict": int(conflict[i])} for i in top]

    def page(self, keep: np.ndarray, order: str, after_rid: int | None, limit: int) -> list[int] | None:
        """Rowids of the next ``limit`` + 1 matching events in (date, event_id) order, after the
        event ``after_rid``; None when that event is unknown to the index (the caller uses SQL).

        Few matches: their ranks are sorted (cost ~ the matches). Many: the order is walked in
        chunks from the cursor until the page is full (cost ~ the rows before the page's end)."""
        start = 0  # first rank (in the page's direction) that may be on the page
        if after_rid is not None:
            pos = int(np.searchsorted(self.rid, after_rid))
            if pos >= self.size or self.rid[pos] != after_rid:
                return None
            rank = int(self.rank[pos])
            start = (rank if order == "asc" else self.size - 1 - rank) + 1
        matches = int(np.count_nonzero(keep))
        if matches * _SPARSE < self.size:
            ranks = np.sort(self.rank[np.flatnonzero(keep)])
            if order == "desc":
                ranks = self.size - 1 - ranks[::-1]
            hits = ranks[np.searchsorted(ranks, start):][: limit + 1]
        else:
            found: list[np.ndarray] = []
            wanted, chunk = limit + 1, _PAGE_CHUNK
            while start < self.size and wanted > 0:
                stop = min(self.size, start + chunk)
                if order == "asc":
                    part = np.flatnonzero(keep[self.order[start:stop]]) + start
                else:
                    sl = self.order[self.size - stop:self.size - start][::-1]
                    part = np.flatnonzero(keep[sl]) + start
                found.append(part[:wanted])
                wanted -= len(found[-1])
                start, chunk = stop, chunk * 4
            hits = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
        if order == "desc":
            hits = self.size - 1 - hits
        return [int(r) for r in self.rid[self.order[hits]]]


class _PeriodTables:
    """For each interval, the period number of every day from the first to the last dated event."""

    def __init__(self, first: np.ndarray) -> None:
        dated = first[first != _NO_DAY_HIGH]
        self.low = int(dated.min()) if len(dated) else 0
        high = int(dated.max()) if len(dated) else -1
        self.names: dict[str, list[str]] = {}
        self.of_day: dict[str, np.ndarray] = {}
        self.of_event: dict[str, np.ndarray] = {}
        # Each event's day as an offset into the tables (undated events: 0, never asked for).
        self._day_offsets = np.where(first != _NO_DAY_HIGH, first.astype(np.int64) - self.low, 0)
        for interval in ("day", "week", "month", "year"):
            names: list[str] = []
            of_day = np.empty(max(0, high - self.low + 1), dtype=np.int64)
            for i, day in enumerate(range(self.low, high + 1)):  # days ascend, so periods do too
                name = _period(day, interval)
                if not names or names[-1] != name:
                    names.append(name)
                of_day[i] = len(names) - 1
            self.names[interval], self.of_day[interval] = names, of_day

    def periods(self, positions: np.ndarray, interval: str) -> tuple[list[str], np.ndarray]:
        """The names of the periods from the earliest to the latest of the (dated) events at
        ``positions`` (not empty), and the period of each event numbered from the first of those."""
        of_event = self.of_event.get(interval)
        if of_event is None:  # first use of this interval: one column for every event, kept
            of_event = self.of_event[interval] = self.of_day[interval][self._day_offsets].astype(np.int32)
        period = of_event[positions]
        first, last = int(period.min()), int(period.max())
        return self.names[interval][first:last + 1], period - first


def _period(day: int, interval: str) -> str:
    date = dt.date.fromordinal(day)
    if interval == "day":
        return date.isoformat()
    if interval == "week":
        return (date - dt.timedelta(days=date.weekday())).isoformat()
    if interval == "month":
        return date.isoformat()[:7]
    return date.isoformat()[:4]


def _version(conn: sqlite3.Connection) -> tuple[int, int]:
    from dateline.api.rest.queries import store_version

    return store_version(conn)


class IndexHolder:
    """Builds the index in a background thread and hands it out only while it matches the store."""

    def __init__(self, connect: Callable[[], sqlite3.Connection], *, enabled: bool = True) -> None:
        self._connect = connect
        self._index: EventIndex | None = None
        self._building = False
        self._lock = threading.Lock()
        self.enabled = enabled

    def current(self, conn: sqlite3.Connection) -> EventIndex | None:
        """The index if it was built from the store as it is now; else None (and a rebuild starts)."""
        if not self.enabled:
            return None
        index = self._index
        if index is not None and index.version == _version(conn):
            return index
        self.start_build()
        return None

    def status(self, conn: sqlite3.Connection) -> str:
        """ready | building | stale | off: for /api/stats and the load benchmark."""
        if not self.enabled:
            return "off"
        if self._index is not None and self._index.version == _version(conn):
            return "ready"
        return "building" if self._building else "stale"

    def start_build(self) -> None:
        with self._lock:
            if self._building:
                return
            self._building = True
        threading.Thread(target=self._build, name="dateline-event-index", daemon=True).start()

    def build_now(self) -> EventIndex:
        """Build in this thread (tests, benchmarks)."""
        self._build()
        assert self._index is not None
        return self._index

    def _build(self) -> None:
        try:
            conn = self._connect()
            try:
                # One read transaction: the columns, actors and order all come from one snapshot.
                conn.execute("BEGIN")
                index = EventIndex(conn)
                conn.execute("COMMIT")
            finally:
                conn.close()
            self._index = index
            log.info("event index ready: %d events", index.size)
        except Exception:  # the API keeps answering through SQL; the cause is logged, not hidden
            log.exception("event index build failed; answering through SQL")
        finally:
            with self._lock:
                self._building = False
