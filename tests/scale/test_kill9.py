"""kill -9 (the whole process group) at random moments, 20 times, during ingest and during load.

After every kill the store passes ``PRAGMA integrity_check`` and holds each article at most once and
complete; after the last restart it holds every article exactly once. A stand-in pipeline keeps the
2,000-article corpus fast; the ingest runs on two worker processes, as ``dateline ingest --workers 2``.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

import dateline  # noqa: F401  imported once here, so each forked child starts at once
import dateline.pipeline
from dateline.scale import load_parquet

from scale_helpers import StubPipeline, check_store, generated_corpus

N_ARTICLES, KILLS, SEED = 2_000, 20, 20170208

def ingest_child(corpus: str, db: str) -> None:
    """The forked child: ``dateline ingest --workers 2`` with a stand-in pipeline."""
    os.setsid()  # its own process group, so the kill takes its worker processes too
    dateline.pipeline.Pipeline = StubPipeline  # type: ignore[misc]  # the pool's workers build this one
    dateline.ingest([corpus], db=db, batch_size=8, workers=2)


def load_child(out: str, db: str) -> None:
    os.setsid()
    load_parquet(out, db, batch_size=8)


# Fork, not a new interpreter: importing spaCy costs seconds per start, forking costs nothing.
FORK = multiprocessing.get_context("fork")


def kill_and_restart(child: Callable[[str, str], None], source: Path, db: Path, rng: random.Random,
                     max_delay: float) -> list[int]:
    """Start the child ``KILLS`` times, SIGKILL it after a random delay; check the store each time.

    A kill that leaves the store where it was landed before the child's first commit: the next
    delay may then be twice as long (up to a whole uninterrupted run), so that a machine slower
    than during the timed run (CI under load) still gets kills mid-run instead of twenty at start-up."""
    stored_after_kill: list[int] = []
    longest = max_delay * 10
    for _ in range(KILLS):
        process = FORK.Process(target=child, args=(str(source), str(db)))
        process.start()
        time.sleep(rng.uniform(0, max_delay))
        try:
            os.killpg(process.pid, signal.SIGKILL)  # the child and its worker processes at once
        except (ProcessLookupError, PermissionError):
            # not yet its own group (killed at once) or already finished: kill the child alone
            if process.is_alive():
                os.kill(process.pid, signal.SIGKILL)
        process.join(timeout=30)
        stored = check_store(db)
        if stored == (stored_after_kill[-1] if stored_after_kill else 0):
            max_delay = min(max_delay * 2, longest)
        stored_after_kill.append(stored)
    return stored_after_kill


def finish(child: Callable[[str, str], None], source: Path, db: Path) -> None:
    process = FORK.Process(target=child, args=(str(source), str(db)))
    process.start()
    process.join(timeout=300)
    assert process.exitcode == 0


def kill_window(child: Callable[[str, str], None], source: Path, scratch: Path) -> float:
    """Longest delay before a kill: a tenth of an uninterrupted run, so most kills land mid-run
    whatever the machine's speed (20 kills of half that on average add up to about one run)."""
    start = time.perf_counter()
    finish(child, source, scratch)
    return (time.perf_counter() - start) / 10


def write_corpus(tmp_path: Path) -> tuple[Path, int, int]:
    lines, good, bad = generated_corpus(N_ARTICLES, SEED)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus, good, bad


def quarantined(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM quarantine").fetchone()[0])
    finally:
        conn.close()


def test_ingest_killed_twenty_times_stores_every_article_once(tmp_path):
    corpus, good, bad = write_corpus(tmp_path)
    db = tmp_path / "ingest.db"
    window = kill_window(ingest_child, corpus, tmp_path / "scratch.db")
    stored = kill_and_restart(ingest_child, corpus, db, random.Random(SEED), max_delay=window)
    assert stored == sorted(stored)  # resumed each time, never lost a committed batch
    assert sum(0 < n < good for n in stored) >= 5, stored  # the kills did land mid-run
    finish(ingest_child, corpus, db)
    assert check_store(db) == good
    assert quarantined(db) == bad


def test_load_killed_twenty_times_stores_every_article_once(tmp_path):
    from dateline.ingest import read_records
    from dateline.scale.parquet import write_partition
    from dateline.store.ingest import batched

    corpus, good, bad = write_corpus(tmp_path)
    out = tmp_path / "out"
    stub = StubPipeline()
    for part in batched(read_records([corpus]), 500):
        write_partition(zip(part, stub.run(part)), out)
    db = tmp_path / "load.db"
    window = kill_window(load_child, out, tmp_path / "scratch.db")
    stored = kill_and_restart(load_child, out, db, random.Random(SEED + 1), max_delay=window)
    assert stored == sorted(stored)
    assert sum(0 < n < good for n in stored) >= 5, stored
    finish(load_child, out, db)
    assert check_store(db) == good
    assert quarantined(db) == bad
