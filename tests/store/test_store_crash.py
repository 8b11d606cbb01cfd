"""kill -9 in the middle of an ingest: nothing committed is lost, nothing half-stored remains."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_RECORDS, BAD_EVERY, BATCH = 36, 11, 5

# Run in a child process. With "hang", the child stops inside the transaction of its third batch
# (after writing part of it) and says so; the parent then kills it with SIGKILL.
CHILD = textwrap.dedent(f"""
    import sys, time
    sys.path.insert(0, {str(HERE)!r})
    import dateline.store.store as store_module
    from dateline.store import ingest_records, open_store
    from store_factory import fake_annotate, raw_records

    db, mode = sys.argv[1], sys.argv[2]
    inserted = 0
    original = store_module.Store._insert_article

    def insert_then_maybe_hang(self, annotated, now, report):
        global inserted
        original(self, annotated, now, report)
        inserted += 1
        if mode == "hang" and inserted == 2 * {BATCH} + 2:
            print("IN-TRANSACTION", flush=True)
            time.sleep(60)

    store_module.Store._insert_article = insert_then_maybe_hang
    with open_store(db) as store:
        report = ingest_records(store, raw_records({N_RECORDS}, {BAD_EVERY}), lambda: fake_annotate, batch_size={BATCH})
    print("DONE", report.articles_added, report.articles_skipped, flush=True)
""")


def run_child(db: Path, mode: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db), mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def expected_events(text: str) -> int:
    return 1 if "attack" in text else 0


def check_complete_articles(conn: sqlite3.Connection) -> None:
    for doc_id, text in conn.execute("SELECT doc_id, text FROM articles"):
        events = conn.execute("SELECT count(*) FROM events WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        mentions = conn.execute("SELECT count(*) FROM mentions WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        assert events == mentions == expected_events(text), doc_id


def test_sigkill_mid_batch_then_rerun_completes_without_duplicates(tmp_path):
    db = tmp_path / "crash.db"
    child = run_child(db, "hang")
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "IN-TRANSACTION"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    # Two whole batches were committed; the third, killed mid-transaction, left nothing behind.
    good_in_two_batches = sum(1 for i in range(2 * BATCH) if i % BAD_EVERY)
    assert stored == good_in_two_batches
    check_complete_articles(conn)
    conn.close()

    rerun = subprocess.run([sys.executable, "-c", CHILD, str(db), "complete"], capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    good = [i for i in range(N_RECORDS) if i % BAD_EVERY]
    assert rerun.stdout.split() == ["DONE", str(len(good) - good_in_two_batches), str(good_in_two_batches)]

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (len(good), len(good))
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == sum(1 for i in good if i % 2)
    assert conn.execute("SELECT count(*) FROM quarantine").fetchone()[0] == N_RECORDS - len(good)
    check_complete_articles(conn)
    conn.close()


def test_two_processes_ingesting_the_same_input_store_each_article_once(tmp_path):
    db = tmp_path / "shared.db"
    children = [run_child(db, "complete") for _ in range(2)]
    outputs = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    added = [int(out.split()[1]) for out, _ in outputs]
    good = [i for i in range(N_RECORDS) if i % BAD_EVERY]
    assert sum(added) == len(good)  # whichever process stored an article, the other skipped it
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (len(good), len(good))
    assert conn.execute("SELECT count(*) FROM quarantine").fetchone()[0] == N_RECORDS - len(good)
    check_complete_articles(conn)
    conn.close()
