"""Helpers shared by the scale tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Columns that record when a row was written: they differ between any two runs.
CLOCK_COLUMNS = {"ingested_at", "created_at", "first_seen"}


def table_rows(db: Path, table: str, skip: set[str] = frozenset()) -> list[tuple]:
    """Every row of ``table`` without the clock columns, in a stable order."""
    conn = sqlite3.connect(db)
    try:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                   if row[1] not in CLOCK_COLUMNS | set(skip)]
        quoted = ", ".join(f'"{c}"' for c in columns)
        return sorted(conn.execute(f"SELECT {quoted} FROM {table}").fetchall(), key=repr)
    finally:
        conn.close()


# -- a stand-in for the pipeline (no language model): one ASSAULT event per article saying "attack" --

def stub_annotated(record):  # noqa: ANN001, ANN201 - Article -> AnnotatedArticle
    from dateline.model import AnnotatedArticle, CameoCode, Event, PloverCode, SentenceSpan, Span

    events = []
    at = record.text.find("attack")
    if at >= 0:
        events.append(Event("e1", 0, 0, len(record.text), Span(at, at + 6, "attack"), [], [],
                            PloverCode("ASSAULT"), CameoCode("190", "19", 4, -10.0), "asserted", confidence=0.8))
    return AnnotatedArticle(record, [SentenceSpan(0, len(record.text))], [], [], [], [], events, None,
                            {"version": "stub", "model": "none"})


class StubPipeline:
    """Has ``Pipeline``'s constructor and ``run``; annotates in microseconds."""

    def __init__(self, *, actor_files=(), batch_size: int = 32) -> None:  # noqa: ANN001
        self.batch_size = batch_size

    def run(self, records):  # noqa: ANN001, ANN201
        from dateline.model import Article

        for record in records:
            yield stub_annotated(record) if isinstance(record, Article) else record


# -- a varied generated corpus ---------------------------------------------------------------------

_SUBJECTS = ["Police", "Rebels", "The army", "Protesters", "Officials", "Villagers", "The ministry", "Gunmen"]
_VERBS = ["met", "attacked", "criticised", "visited", "praised", "warned", "blocked", "thanked"]
_OBJECTS = ["a convoy", "the governor", "local traders", "a border post", "the mission", "aid workers"]
_PLACES = ["near Goma", "in Kabul", "outside Lima", "in the capital", "north of Mosul", "at the port"]


def generated_corpus(n: int, seed: int, bad_every: int = 97) -> tuple[list[str], int, int]:
    """``n`` JSON lines of short varied articles (seeded); every ``bad_every``-th lacks a date.

    Returns the lines, the number of good and of bad records.
    """
    import json
    import random

    rng = random.Random(seed)
    lines, good, bad = [], 0, 0
    for i in range(n):
        sentences = [
            f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_PLACES)}."
            for _ in range(rng.randint(1, 4))
        ]
        record = {"id": f"g{i}", "text": f"Item {i}. " + " ".join(sentences)}
        if bad_every and i % bad_every == 0:
            bad += 1
        else:
            record["date"] = f"{rng.randint(2019, 2020)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            good += 1
        lines.append(json.dumps(record))
    return lines, good, bad


def check_store(db: Path) -> int:
    """Integrity ok, every article once and complete (its one event and mention iff it says "attack")."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone():
            return 0  # killed before the store's tables were created: a restart creates them
        total, distinct = conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone()
        assert total == distinct
        rows = conn.execute(
            "SELECT a.text, (SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id),"
            " (SELECT count(*) FROM mentions m WHERE m.doc_id = a.doc_id) FROM articles a").fetchall()
        for text, events, mentions in rows:
            expected = 1 if "attack" in text else 0
            assert events == mentions == expected, text
        return int(total)
    finally:
        conn.close()
