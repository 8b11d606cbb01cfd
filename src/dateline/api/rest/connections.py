"""Read-only SQLite connections for the API, one per worker thread.

FastAPI runs plain ``def`` endpoints in a thread pool; an SQLite connection must not be shared by
threads running at once, so each thread opens its own (``mode=ro`` URI: the server cannot write the
store, whatever a request says) and keeps it for the next request.

Each request's queries run under a time limit: an SQLite progress handler checks a per-thread
deadline (set when the request takes its connection) and interrupts a query that runs past it, which
the app answers with the coded error E348 (HTTP 503) instead of a worker stuck for minutes.
Connections also map the file into memory (``mmap_size``) and keep temporary B-trees in memory.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from dateline.errors import StoreError
from dateline.store import Store, open_store

BUSY_TIMEOUT_MS = 5_000  # an ingest holding the write lock: wait for it rather than fail
CACHE_PAGES_KIB = 65_536  # 64 MiB page cache per connection: aggregates over a big store stay in memory
MMAP_BYTES = 0x7FFF0000  # read pages straight from the OS cache (shared by all connections): SQLite's build limit, 2 GiB
QUERY_SECONDS = 10.0  # default time limit of one request's queries (`dateline serve --query-timeout`)
_CHECK_EVERY = 20_000  # SQLite VM steps between two deadline checks (well under a millisecond)


class ReadOnlyConnections:
    def __init__(self, path: str | Path, query_seconds: float | None = QUERY_SECONDS) -> None:
        self.path = Path(path)
        self.query_seconds = query_seconds  # None or 0: no limit
        # Checks the file once at start (exists, is a dateline store, schema not newer) with the
        # store's own rules and error codes.
        open_store(self.path, readonly=True).close()
        self._uri = f"{self.path.resolve().as_uri()}?mode=ro"
        self._local = threading.local()

    def open_new(self) -> sqlite3.Connection:
        """A connection of its own (the index builder's), closed by the caller."""
        conn = sqlite3.connect(self._uri, uri=True, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        return conn

    def get(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self._uri, uri=True, isolation_level=None, check_same_thread=False)
            except sqlite3.Error as exc:
                raise StoreError("E204", path=str(self.path)) from exc
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute(f"PRAGMA cache_size = -{CACHE_PAGES_KIB}")
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA query_only = ON")
            if self.query_seconds:
                conn.set_progress_handler(self._past_deadline, _CHECK_EVERY)
            self._local.conn = conn
        self._local.deadline = time.monotonic() + (self.query_seconds or 0)
        return conn

    def _past_deadline(self) -> int:
        """SQLite's progress callback: non-zero interrupts the running statement."""
        return int(time.monotonic() > getattr(self._local, "deadline", float("inf")))

    def store(self) -> Store:
        """The store's own reader (``event``, ``article``) over this thread's connection: no file
        checks or connection set-up per request."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.get(), self.path, readonly=True)
            self._local.store = store
        return store
