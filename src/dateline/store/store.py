"""The embedded store: one SQLite file holding articles, canonical events, mentions and quarantine."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import pandas as pd

from dateline.dedup.cross_article import Report
from dateline.errors import StoreError, UsageError, message
from dateline.model import AnnotatedArticle, Event, RecordError
from dateline.store.clustering import explain, find_match, record_report, refresh_canonical
from dateline.store.connection import connect, translate
from dateline.store.filters import EventFilter
from dateline.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMN_NAMES,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    QUARANTINE_COLUMNS,
    ColumnType,
    actor_rows,
    article_row,
    event_row,
    mention_rows,
    quarantine_row,
    utc_now,
)
from dateline.store.schema import schema_version

_PANDAS_DTYPES: dict[ColumnType, str] = {"string": "string", "int": "Int64", "float": "float64"}
_FETCH_ROWS = 2_000  # rows per fetchmany: bounded memory when streaming exports
_HASH_CHUNK = 500  # below SQLite's bound-parameter limit


def _quoted(name: str) -> str:
    return f'"{name}"'


def _insert_sql(table: str, columns: Sequence[str], verb: str = "INSERT") -> str:
    return f"{verb} INTO {table} ({', '.join(map(_quoted, columns))}) VALUES ({', '.join('?' * len(columns))})"


_ARTICLE_INSERT_COLUMNS = (
    "doc_id", "content_hash", "date", "datetime", "dateline", "title", "source", "url", "language", "origin",
    "text", "annotations", "pipeline_version", "ingested_at",
)
_EVENT_INSERT_COLUMNS = (
    "event_id", "doc_id", "sentence", "start", "end", "date", "date_first", "date_last", "date_precision",
    "date_basis", "plover_type", "plover_mode", "plover_context", "cameo_code", "cameo_root", "quad_class",
    "goldstein", "factuality", "source_actor", "source_code", "source_country", "source_sector",
    "target_actor", "target_code", "target_country", "target_sector", "attributed_to", "attributed_to_code",
    "location_name", "geonameid", "location_country", "admin1", "lat", "lon", "geo_precision", "fatalities",
    "injured", "confidence", "evidence", "trigger", "source_actors", "target_actors", "event_json",
    "created_at",
)
_INSERT_ARTICLE = _insert_sql("articles", _ARTICLE_INSERT_COLUMNS)
_INSERT_EVENT = _insert_sql("events", _EVENT_INSERT_COLUMNS)
_INSERT_ACTOR = _insert_sql(
    "event_actors", ("event_id", "role", "position", "name", "kb_id", "code", "country", "sector", "type")
)
_INSERT_MENTION = _insert_sql(
    "mentions",
    ("event_id", "doc_id", "sentence", "start", "end", "trigger_start", "trigger_end", "trigger_text",
     "confidence", "source_outlet"),
    "INSERT OR IGNORE",
)
_INSERT_QUARANTINE = _insert_sql(
    "quarantine", ("id", "origin", "doc_id", "code", "message", "raw", "first_seen"), "INSERT OR IGNORE"
)
# Counts come from the mentions table, so a later cross-article clustering step that attaches new
# mentions to an existing event only has to run this again for that event.
_REFRESH_COUNTS = """
UPDATE events SET
    num_mentions = (SELECT count(*) FROM mentions m WHERE m.event_id = events.event_id),
    num_articles = (SELECT count(DISTINCT m.doc_id) FROM mentions m WHERE m.event_id = events.event_id),
    num_sources = (SELECT count(DISTINCT coalesce('outlet:' || m.source_outlet, 'doc:' || m.doc_id))
                   FROM mentions m WHERE m.event_id = events.event_id)
WHERE event_id = ?
"""
_EVENT_ORDER = "ORDER BY e.date IS NULL, e.date, e.event_id"
_EVENT_SELECT = ", ".join(f"e.{_quoted(c)}" for c in EVENT_COLUMN_NAMES)


@dataclass
class BatchReport:
    """What one ``add_batch`` did."""

    articles_added: int = 0
    articles_skipped: int = 0  # content hash already stored (or twice in the batch)
    events_added: int = 0  # events extracted from the new articles (reports)
    quarantined: int = 0  # bad records in the batch, whether or not already in quarantine
    quarantine_added: int = 0  # of those, the ones not stored before
    events_merged: int = 0  # of events_added, those attached to an existing canonical event


def frame(rows: Iterable[Sequence[Any]], columns: Sequence[tuple[str, ColumnType]]) -> pd.DataFrame:
    """A DataFrame with fixed dtypes: codes as strings, nullable ints, real NULLs."""
    materialised = list(rows)
    return pd.DataFrame({
        name: pd.Series([row[i] for row in materialised], dtype=_PANDAS_DTYPES[kind])
        for i, (name, kind) in enumerate(columns)
    })


def _mention_dict(row: Sequence[Any]) -> dict[str, Any]:
    doc_id, sentence, start, end, t_start, t_end, t_text, confidence, outlet = row
    return {
        "doc_id": doc_id, "sentence": sentence, "start": start, "end": end,
        "trigger": {"start": t_start, "end": t_end, "text": t_text},
        "confidence": confidence, "source_outlet": outlet,
    }


def _is_fts_syntax_error(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return any(hint in text for hint in ("fts5", "syntax error", "no such column", "unterminated", "unknown special query"))


class Store:
    """An open store. Use ``open_store()``; close it (or use ``with``) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly

    # -- lifecycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self._conn)

    # -- writing -----------------------------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` already stored: ingest skips them before any NLP."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        for i in range(0, len(wanted), _HASH_CHUNK):
            chunk = wanted[i:i + _HASH_CHUNK]
            sql = f"SELECT content_hash FROM articles WHERE content_hash IN ({', '.join('?' * len(chunk))})"
            found.update(row[0] for row in self._read(sql, chunk))
        return found

    def add_batch(self, results: Sequence[AnnotatedArticle | RecordError]) -> BatchReport:
        """Store one batch in ONE transaction: all of it is kept, or (on error) none of it.

        Idempotent: an article whose content hash is stored is skipped; a quarantined record already
        present is not duplicated.
        """
        if self.readonly:
            raise StoreError("E201", path=str(self.path))
        report = BatchReport()
        now = utc_now()
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for result in results:
                    if isinstance(result, RecordError):
                        self._quarantine(result, now, report)
                    else:
                        self._insert_article(result, now, report)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite may already have rolled back (disk full)
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise translate(exc, self.path, writing=True) from exc
        return report

    def _quarantine(self, error: RecordError, now: str, report: BatchReport) -> None:
        report.quarantined += 1
        report.quarantine_added += self._conn.execute(_INSERT_QUARANTINE, quarantine_row(error, now)).rowcount

    def _insert_article(self, annotated: AnnotatedArticle, now: str, report: BatchReport) -> None:
        conn = self._conn
        article = annotated.article
        content_hash = article.content_hash
        if conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone():
            report.articles_skipped += 1
            return
        if conn.execute("SELECT 1 FROM articles WHERE doc_id = ?", (article.doc_id,)).fetchone():
            # Same id, other content: keeping either silently would lose data; quarantine the newcomer.
            self._quarantine(RecordError("E206", message("E206", doc_id=article.doc_id), article.origin,
                                         article.doc_id, article.text[:2000]), now, report)
            return
        annotations = annotated.to_dict()
        row = article_row(annotated, annotations, content_hash, now)
        conn.execute(_INSERT_ARTICLE, [row[c] for c in _ARTICLE_INSERT_COLUMNS])
        for event, event_dict in zip(annotated.events, annotations["events"]):
            # Cross-article clustering (dateline.dedup.cross_article): attach to a canonical event
            # found through the blocking index, or start a new one.
            body = {k: v for k, v in event_dict.items() if k != "mentions"}
            found = Report(body, article.doc_id, article.date, article.source, event.confidence)
            match, decision = find_match(conn, found)
            evidence = article.text[event.start:event.end]
            if match is None:
                event_id = self._free_event_id(event, annotated.doc_id)
                erow = event_row(event_id, event, event_dict, annotated, now)
                conn.execute(_INSERT_EVENT, [erow[c] for c in _EVENT_INSERT_COLUMNS])
                conn.executemany(_INSERT_ACTOR, actor_rows(event_id, event))
            else:
                event_id = match.event_id
                report.events_merged += 1
            conn.executemany(_INSERT_MENTION, mention_rows(event_id, event, annotated))
            record_report(conn, event_id, found, evidence, decision)
            if match is not None:
                refresh_canonical(conn, event_id, now)
            conn.execute(_REFRESH_COUNTS, (event_id,))
            report.events_added += 1
        report.articles_added += 1

    def _free_event_id(self, event: Event, doc_id: str) -> str:
        """The event's own id, unless another article's event already has it (ids are per article)."""
        candidate = event.event_id
        counter = 1
        while self._conn.execute("SELECT 1 FROM events WHERE event_id = ?", (candidate,)).fetchone():
            candidate = f"{doc_id}:{event.event_id}" + (f":{counter}" if counter > 1 else "")
            counter += 1
        return candidate

    # -- reading -----------------------------------------------------------------------------------

    def _read(self, sql: str, params: Sequence[Any] = (), *, query: str | None = None) -> sqlite3.Cursor:
        """Run a read; an FTS5 syntax error in the user's ``query`` becomes E207, not a crash."""
        try:
            return self._conn.execute(sql, params)
        except sqlite3.OperationalError as exc:
            if query is not None and _is_fts_syntax_error(exc):
                raise UsageError("E207", query=query, detail=str(exc)) from None
            raise translate(exc, self.path) from exc

    def _stream(self, cursor: sqlite3.Cursor, query: str | None) -> Iterator[tuple[Any, ...]]:
        while True:
            try:
                rows = cursor.fetchmany(_FETCH_ROWS)
            except sqlite3.OperationalError as exc:
                if query is not None and _is_fts_syntax_error(exc):
                    raise UsageError("E207", query=query, detail=str(exc)) from None
                raise translate(exc, self.path) from exc
            if not rows:
                return
            yield from rows

    def iter_event_rows(self, filters: EventFilter = EventFilter(), limit: int | None = None) -> Iterator[tuple[Any, ...]]:
        """Tidy event rows (``EVENT_COLUMN_NAMES`` order), streamed in (date, event_id) order."""
        where, params = filters.where("e")
        sql = f"SELECT {_EVENT_SELECT} FROM events e {where} {_EVENT_ORDER}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._stream(self._read(sql, params, query=filters.query), filters.query)

    def iter_event_objects(self, filters: EventFilter = EventFilter(), limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Canonical event objects (contract JSON with mentions and counts), in (date, event_id) order."""
        where, params = filters.where("e")
        selected = f"SELECT e.event_id FROM events e {where} {_EVENT_ORDER}"
        if limit is not None:
            selected += " LIMIT ?"
            params.append(int(limit))
        # One ordered join, grouped on the fly: no query per event, no table held in memory.
        sql = f"""
            WITH chosen AS ({selected})
            SELECT e.event_id, e.event_json, e.num_mentions, e.num_articles, e.num_sources,
                   m.doc_id, m.sentence, m.start, m."end", m.trigger_start, m.trigger_end, m.trigger_text,
                   m.confidence, m.source_outlet
            FROM chosen c JOIN events e ON e.event_id = c.event_id
            LEFT JOIN mentions m ON m.event_id = e.event_id
            {_EVENT_ORDER}, m.id
        """
        current: dict[str, Any] | None = None
        for row in self._stream(self._read(sql, params, query=filters.query), filters.query):
            if current is None or current["event_id"] != row[0]:
                if current is not None:
                    yield current
                current = json.loads(row[1])
                current["mentions"] = []
                current["num_mentions"], current["num_articles"], current["num_sources"] = row[2], row[3], row[4]
            if row[5] is not None:
                current["mentions"].append(_mention_dict(row[5:]))
        if current is not None:
            yield current

    def events(self, *, start: str | None = None, end: str | None = None, actor: str | None = None,
               country: str | None = None, plover_type: str | None = None, cameo_root: str | None = None,
               event_country: str | None = None, query: str | None = None, limit: int | None = None) -> pd.DataFrame:
        """One row per canonical event, tidy columns (see docs/schema.md), (date, event_id) order.

        ``actor`` matches an actor code or kb_id on either side; ``country`` an actor country on either
        side; ``event_country`` the event location's country; ``query`` is full-text (SQLite FTS5
        syntax) over the articles behind the event. Dates accept YYYY, YYYY-MM or YYYY-MM-DD.
        """
        filters = EventFilter(start, end, actor, country, plover_type, cameo_root, event_country, query)
        return frame(self.iter_event_rows(filters, limit), EVENT_COLUMNS)

    def event(self, event_id: str) -> dict[str, Any]:
        """The canonical event JSON with its mentions; E205 when there is no such event."""
        row = self._read("SELECT event_json, num_mentions, num_articles, num_sources FROM events WHERE event_id = ?",
                         (event_id,)).fetchone()
        if row is None:
            raise StoreError("E205", event_id=event_id)
        body = json.loads(row[0])
        mentions = self._read(
            'SELECT doc_id, sentence, start, "end", trigger_start, trigger_end, trigger_text, confidence, source_outlet'
            " FROM mentions WHERE event_id = ? ORDER BY id", (event_id,))
        body["mentions"] = [_mention_dict(m) for m in mentions]
        body["num_mentions"], body["num_articles"], body["num_sources"] = row[1], row[2], row[3]
        return body

    def explain_event(self, event_id: str) -> dict[str, Any]:
        """Why a canonical event is what it is (``dateline events show ID``); E205 when there is none.

        ``{"event": <as event()>, "fields": {field: why it was chosen}, "reports": [one per article:
        doc_id, published, source_outlet, title, its own date/location/fatalities/actors, its mentions
        with their evidence text, and "decision": created or attached, with the matched features and
        scores]}``.
        """
        return explain(self._conn, event_id, self.event(event_id))

    def articles(self, query: str | None = None, limit: int | None = None) -> pd.DataFrame:
        """Stored articles (without their text), best full-text match first when ``query`` is given."""
        columns = ", ".join(f"a.{_quoted(c)}" for c, _ in ARTICLE_COLUMNS if c != "num_events")
        count = "(SELECT count(DISTINCT m.event_id) FROM mentions m WHERE m.doc_id = a.doc_id)"
        params: list[Any] = []
        if query is None:
            sql = f"SELECT {columns}, {count} FROM articles a ORDER BY a.date, a.doc_id"
        else:
            sql = (f"SELECT {columns}, {count} FROM articles_fts f JOIN articles a ON a.id = f.rowid"
                   " WHERE articles_fts MATCH ? ORDER BY f.rank, a.doc_id")
            params.append(query)
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return frame(self._stream(self._read(sql, params, query=query), query), ARTICLE_COLUMNS)

    def article(self, doc_id: str) -> dict[str, Any]:
        """The stored `dateline extract` object of one article, plus where and when it was stored."""
        row = self._read("SELECT annotations, content_hash, origin, ingested_at FROM articles WHERE doc_id = ?",
                         (doc_id,)).fetchone()
        if row is None:
            raise StoreError("E209", doc_id=doc_id)
        body = json.loads(row[0])
        body.update({"content_hash": row[1], "origin": row[2], "ingested_at": row[3]})
        return body

    def mentions(self, event_id: str | None = None, doc_id: str | None = None) -> pd.DataFrame:
        """The mentions table (one row per report of an event), optionally for one event or article."""
        clauses, params = [], []
        for column, value in (("event_id", event_id), ("doc_id", doc_id)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        cols = ", ".join(_quoted(c) for c, _ in MENTION_COLUMNS)
        return frame(self._read(f"SELECT {cols} FROM mentions {where} ORDER BY id", params), MENTION_COLUMNS)

    def quarantine(self) -> pd.DataFrame:
        """Every record that could not be analysed, with its code and reason, oldest first."""
        cols = ", ".join(c for c, _ in QUARANTINE_COLUMNS)
        return frame(self._read(f"SELECT {cols} FROM quarantine ORDER BY first_seen, rowid"), QUARANTINE_COLUMNS)

    def counts(self) -> dict[str, int]:
        tables = ("articles", "events", "mentions", "event_actors", "quarantine")
        return {t: int(self._read(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}

    def integrity_check(self) -> str:
        """SQLite's own check: ``"ok"`` when the file is sound."""
        return str(self._read("PRAGMA integrity_check").fetchone()[0])


def open_store(path: str | Path = "dateline.db", *, readonly: bool = False) -> Store:
    """Open (creating and migrating it unless ``readonly``) the store at ``path``."""
    path = Path(path)
    return Store(connect(path, readonly=readonly), path, readonly)
