"""Cross-article clustering inside the store writer: each new report attaches to a canonical event or
starts one. The rules are in ``dateline.dedup.cross_article``; this module reads candidates through
the ``event_keys`` index, writes ``reports``, ``event_keys``, ``mentions`` and rewrites the canonical
``events`` / ``event_actors`` rows. It runs inside ``Store.add_batch``'s transaction, so a batch is
clustered completely or not at all, and only the single store writer ever runs it.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from dateline.dedup.cross_article import (
    Candidate, Match, Report, best_match, canonical, index_keys, probe_keys, representative,
)
from dateline.store.rows import actor_dict_rows, event_row_from_dict, to_json

_CHUNK = 500  # bound parameters per IN (...)
_MAX_REJECTED = 5  # rejected candidates recorded per decision (the explanation, not a log)
_EVENT_UPDATE_COLUMNS = (
    "doc_id", "sentence", "start", "end", "date", "date_first", "date_last", "date_precision",
    "date_basis", "plover_type", "plover_mode", "plover_context", "cameo_code", "cameo_root", "quad_class",
    "goldstein", "factuality", "source_actor", "source_code", "source_country", "source_sector",
    "target_actor", "target_code", "target_country", "target_sector", "attributed_to", "attributed_to_code",
    "location_name", "geonameid", "location_country", "admin1", "lat", "lon", "geo_precision", "fatalities",
    "injured", "confidence", "evidence", "trigger", "source_actors", "target_actors", "event_json",
)
_UPDATE_EVENT = ("UPDATE events SET " + ", ".join(f'"{c}" = ?' for c in _EVENT_UPDATE_COLUMNS)
                 + " WHERE event_id = ?")
_INSERT_REPORT = ("INSERT INTO reports (event_id, doc_id, published, source_outlet, confidence, evidence,"
                  " event_json, decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_KEY = "INSERT OR IGNORE INTO event_keys (key, event_id) VALUES (?, ?)"
_INSERT_ACTOR = ('INSERT INTO event_actors ("event_id", "role", "position", "name", "kb_id", "code", "country",'
                 ' "sector", "type") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')


def find_match(conn: sqlite3.Connection, report: Report) -> tuple[Match | None, dict[str, Any]]:
    """The canonical event ``report`` belongs to (or None) and the decision record explaining it."""
    ids = candidate_ids(conn, probe_keys(report.body, report.published))
    candidates = [load_candidate(conn, event_id) for event_id in ids]
    match, rejected = best_match(report, candidates)
    shown = dict(sorted(rejected.items())[:_MAX_REJECTED])
    if match is None:
        decision = {"action": "created", "candidates": len(candidates), "rejected": shown}
    else:
        decision = {"action": "attached", **match.to_dict(), "candidates": len(candidates), "rejected": shown}
    return match, decision


def candidate_ids(conn: sqlite3.Connection, keys: list[str]) -> list[str]:
    found: set[str] = set()
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i:i + _CHUNK]
        sql = f"SELECT event_id FROM event_keys WHERE key IN ({', '.join('?' * len(chunk))})"
        found.update(row[0] for row in conn.execute(sql, chunk))
    return sorted(found)


def load_candidate(conn: sqlite3.Connection, event_id: str) -> Candidate:
    body = json.loads(conn.execute("SELECT event_json FROM events WHERE event_id = ?", (event_id,)).fetchone()[0])
    docs = {row[0] for row in conn.execute("SELECT doc_id FROM reports WHERE event_id = ?", (event_id,))}
    first = conn.execute("SELECT min(published) FROM reports WHERE event_id = ?", (event_id,)).fetchone()[0]
    return Candidate(event_id, body, docs, first or "")


def record_report(conn: sqlite3.Connection, event_id: str, report: Report, evidence: str | None,
                  decision: dict[str, Any]) -> None:
    conn.execute(_INSERT_REPORT, (event_id, report.doc_id, report.published, report.outlet,
                                  round(report.confidence, 3), evidence, to_json(report.body), to_json(decision)))
    conn.executemany(_INSERT_KEY, [(key, event_id) for key in index_keys(report.body, report.published)])


def load_reports(conn: sqlite3.Connection, event_id: str) -> list[tuple[Report, str | None]]:
    rows = conn.execute("SELECT doc_id, published, source_outlet, confidence, evidence, event_json FROM reports"
                        " WHERE event_id = ? ORDER BY id", (event_id,))
    return [(Report(json.loads(body), doc_id, published, outlet, confidence if confidence is not None else 0.5),
             evidence) for doc_id, published, outlet, confidence, evidence, body in rows]


def refresh_canonical(conn: sqlite3.Connection, event_id: str, now: str) -> None:
    """Rewrite the canonical fields of ``event_id`` from all its reports (order-independent)."""
    loaded = load_reports(conn, event_id)
    reports = [r for r, _ in loaded]
    body, _ = canonical(reports)
    primary = representative(reports)
    evidence = next(e for r, e in loaded if r is primary)
    row = event_row_from_dict(event_id, body, primary.doc_id, evidence, now)
    conn.execute(_UPDATE_EVENT, [row[c] for c in _EVENT_UPDATE_COLUMNS] + [event_id])
    conn.execute("DELETE FROM event_actors WHERE event_id = ?", (event_id,))
    conn.executemany(_INSERT_ACTOR, actor_dict_rows(event_id, body))
    conn.executemany(_INSERT_KEY, [(key, event_id) for key in index_keys(body, min(r.published for r in reports))])



def explain(conn: sqlite3.Connection, event_id: str, event: dict[str, Any]) -> dict[str, Any]:
    """Why ``event_id`` is what it is: its canonical fields' reasons, and every report with its mentions,
    evidence sentences and the merge decision taken when it arrived."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'reports'").fetchone():
        return {"event": event, "fields": {}, "reports": []}  # a read-only store made before clustering
    loaded = load_reports(conn, event_id)
    _, fields = canonical([r for r, _ in loaded]) if loaded else ({}, {})
    mentions: dict[str, list[dict[str, Any]]] = {}
    for m in event.get("mentions", []):
        mentions.setdefault(m["doc_id"], []).append(m)
    reports = []
    rows = conn.execute(
        "SELECT r.doc_id, r.published, r.source_outlet, r.confidence, r.event_json, r.decision, a.title, a.text"
        " FROM reports r JOIN articles a ON a.doc_id = r.doc_id WHERE r.event_id = ? ORDER BY r.id", (event_id,))
    for doc_id, published, outlet, confidence, body_json, decision, title, text in rows:
        body = json.loads(body_json)
        reports.append({
            "doc_id": doc_id, "published": published, "source_outlet": outlet, "title": title,
            "confidence": confidence, "decision": json.loads(decision),
            "date": body.get("date"), "location": body.get("location"), "fatalities": body.get("fatalities"),
            "source": [a.get("code") or a.get("name") for a in body.get("source") or []],
            "target": [a.get("code") or a.get("name") for a in body.get("target") or []],
            "mentions": [{**m, "evidence": text[m["start"]:m["end"]]} for m in mentions.get(doc_id, [])],
        })
    return {"event": event, "fields": fields, "reports": reports}
