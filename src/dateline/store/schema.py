"""The store's schema, as a list of numbered, transactional migrations.

``PRAGMA user_version`` records the last migration applied. Each migration is a function registered
with ``@migration(n)``; ``apply_migrations`` runs the missing ones in order, each inside its own
``BEGIN IMMEDIATE`` ... ``COMMIT`` (SQLite DDL is transactional), so a failed migration leaves the
store at the previous version with nothing half-created. ``docs/schema.md`` documents every table.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]

# dateline's mark in the SQLite header (PRAGMA application_id), so another program's database is
# recognised as "not a dateline store" instead of being altered. ASCII "dtln".
APPLICATION_ID = 0x64746C6E

MIGRATIONS: dict[int, Migration] = {}


def migration(version: int) -> Callable[[Migration], Migration]:
    """Register ``fn`` as the migration that brings the schema to ``version``."""

    def register(fn: Migration) -> Migration:
        if version in MIGRATIONS:
            raise ValueError(f"migration {version} registered twice ({MIGRATIONS[version].__name__}, {fn.__name__})")
        MIGRATIONS[version] = fn
        return fn

    return register


def latest_version(migrations: dict[int, Migration] | None = None) -> int:
    return max((migrations if migrations is not None else MIGRATIONS), default=0)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply_migrations(conn: sqlite3.Connection, migrations: dict[int, Migration] | None = None) -> int:
    """Bring the store up to the latest version; returns the version reached.

    The connection must be in autocommit mode (``isolation_level=None``) so that the transactions
    here are the only ones.
    """
    registry = MIGRATIONS if migrations is None else migrations
    for version in sorted(v for v in registry if v > schema_version(conn)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another process may have migrated meanwhile.
            if schema_version(conn) >= version:
                conn.execute("ROLLBACK")
                continue
            registry[version](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


def _run(conn: sqlite3.Connection, statements: str) -> None:
    # Not executescript(): it would COMMIT the migration's transaction half-way. Lines are gathered
    # until SQLite says the statement is complete, so trigger bodies (with inner `;`) stay whole.
    buffer = ""
    for line in statements.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        conn.execute(buffer)


@migration(1)
def create_initial_tables(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run(conn, """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,                 -- stable rowid, the key of the full-text index
    doc_id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,      -- sha256 of date, dateline, title, text: idempotent ingest
    date TEXT NOT NULL,                     -- publication date, YYYY-MM-DD
    datetime TEXT,                          -- full ISO 8601 creation time when the input had one
    dateline TEXT,
    title TEXT,
    source TEXT,
    url TEXT,
    language TEXT,
    origin TEXT,                            -- file[:line] the record came from
    text TEXT NOT NULL,
    annotations TEXT NOT NULL,              -- JSON: the whole `dateline extract` object
    pipeline_version TEXT,
    ingested_at TEXT NOT NULL               -- UTC, ISO 8601
);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,  -- article of the representative mention
    sentence INTEGER,
    start INTEGER,
    "end" INTEGER,
    date TEXT,                              -- TimeML value: 2017-02-07, 2017-02, 2017-W06, 2017
    date_first TEXT,                        -- first and last calendar day the date covers (filters)
    date_last TEXT,
    date_precision TEXT,
    date_basis TEXT,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    plover_context TEXT,                    -- ;-joined
    cameo_code TEXT,
    cameo_root TEXT,
    quad_class INTEGER,
    goldstein REAL,
    factuality TEXT,
    source_actor TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,
    target_actor TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,
    attributed_to TEXT,
    attributed_to_code TEXT,
    location_name TEXT,
    geonameid INTEGER,
    location_country TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    geo_precision TEXT,
    fatalities INTEGER,
    injured INTEGER,
    confidence REAL,
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    evidence TEXT,
    trigger TEXT,
    source_actors TEXT NOT NULL,            -- JSON list of Actor
    target_actors TEXT NOT NULL,            -- JSON list of Actor
    event_json TEXT NOT NULL,               -- JSON: Event.to_dict() without mentions
    created_at TEXT NOT NULL
);
CREATE INDEX events_date ON events(date_first, date_last);
CREATE INDEX events_date_order ON events(date, event_id);
CREATE INDEX events_plover ON events(plover_type);
CREATE INDEX events_cameo_root ON events(cameo_root);
CREATE INDEX events_location_country ON events(location_country);
CREATE INDEX events_doc ON events(doc_id);

CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    position INTEGER NOT NULL,
    name TEXT,
    kb_id TEXT,
    code TEXT,
    country TEXT,
    sector TEXT,
    type TEXT,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_code ON event_actors(code);
CREATE INDEX event_actors_kb_id ON event_actors(kb_id);
CREATE INDEX event_actors_country ON event_actors(country);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
    sentence INTEGER,
    start INTEGER,
    "end" INTEGER,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text TEXT,
    confidence REAL,
    source_outlet TEXT,
    UNIQUE (event_id, doc_id, start, "end", trigger_start)
);
CREATE INDEX mentions_doc ON mentions(doc_id);

CREATE TABLE quarantine (
    id TEXT PRIMARY KEY,                    -- sha256 of origin, code, raw: a record is kept once
    origin TEXT,
    doc_id TEXT,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    raw TEXT,
    first_seen TEXT NOT NULL
);
CREATE INDEX quarantine_code ON quarantine(code);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END
""")


@migration(2)
def add_cross_article_clustering(conn: sqlite3.Connection) -> None:
    """Reports (one event as extracted from one article) and the blocking index of canonical events.

    A store made before clustering keeps its events as they are: each becomes its own cluster of one
    report, indexed so that new articles can attach to it. The keys come from
    ``cross_article.index_keys``: a change of key format needs a migration that rebuilds event_keys.
    """
    _run(conn, """
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,  -- the canonical event
    doc_id TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
    published TEXT NOT NULL,                -- the article's publication date
    source_outlet TEXT,
    confidence REAL,
    evidence TEXT,
    event_json TEXT NOT NULL,               -- JSON: the event as extracted from this article
    decision TEXT NOT NULL,                 -- JSON: created or attached, with the matched features
    UNIQUE (event_id, doc_id)
);
CREATE INDEX reports_event ON reports(event_id);
CREATE INDEX reports_doc ON reports(doc_id);

CREATE TABLE event_keys (
    key TEXT NOT NULL,                      -- TYPE|anchor|bucket, see dateline.dedup.cross_article
    event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    PRIMARY KEY (key, event_id)
) WITHOUT ROWID;
CREATE INDEX event_keys_event ON event_keys(event_id)
""")
    from dateline.dedup.cross_article import index_keys

    rows = conn.execute(
        "SELECT e.event_id, e.doc_id, a.date, a.source, e.confidence, e.evidence, e.event_json"
        " FROM events e JOIN articles a ON a.doc_id = e.doc_id ORDER BY e.rowid").fetchall()
    for event_id, doc_id, published, outlet, confidence, evidence, event_json in rows:
        conn.execute("INSERT INTO reports (event_id, doc_id, published, source_outlet, confidence, evidence,"
                     " event_json, decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (event_id, doc_id, published, outlet, confidence, evidence, event_json,
                      '{"action":"created","note":"stored before cross-article clustering"}'))
        conn.executemany("INSERT OR IGNORE INTO event_keys (key, event_id) VALUES (?, ?)",
                         [(key, event_id) for key in index_keys(json.loads(event_json), published)])


@migration(3)
def add_serving_indexes(conn: sqlite3.Connection) -> None:
    """Covering indexes for the API's filtered reads (issue #8, docs/schema.md "Indexes").

    Each replaces a narrower index that is its prefix, so an ingest maintains as many indexes as
    before. Event filters and counts then read an index only (never the wide ``events`` rows):
    dates, type, QuadClass, location country, CAMEO root and factuality are all in each
    ``events_by_*`` index, led by the column a filter is most often on; ``events_page`` walks the
    keyset order with the filter columns beside it; ``events_by_country`` also holds the map's place
    columns, so map points are counted from it. Actor filters read ``(code|kb_id|country,
    event_id)`` only.
    """
    columns = "quad_class, location_country, cameo_root, factuality, event_id"
    _run(conn, f"""
DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_plover;
DROP INDEX IF EXISTS events_location_country;
DROP INDEX IF EXISTS events_date_order;
CREATE INDEX events_by_date ON events(date_first, date_last, plover_type, {columns});
CREATE INDEX events_by_type ON events(plover_type, date_first, date_last, {columns});
CREATE INDEX events_by_country ON events(location_country, date_first, date_last, plover_type, quad_class,
                                         cameo_root, factuality, event_id, lat, lon, location_name, geo_precision);
CREATE INDEX events_page ON events(date, event_id, date_first, date_last, plover_type, location_country, cameo_root);
DROP INDEX IF EXISTS event_actors_code;
DROP INDEX IF EXISTS event_actors_kb_id;
DROP INDEX IF EXISTS event_actors_country;
CREATE INDEX event_actors_code ON event_actors(code, event_id);
CREATE INDEX event_actors_kb_id ON event_actors(kb_id, event_id);
CREATE INDEX event_actors_country ON event_actors(country, event_id);
""")
