"""What every request handler shares: the store path, its read-only connections, the result cache."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from dateline.api.rest.connections import ReadOnlyConnections
from dateline.api.rest.event_index import EventIndex, IndexHolder
from dateline.api.rest.queries import ResultCache, store_version
from dateline.store import EventFilter, Store

T = TypeVar("T")


@dataclass
class ServerState:
    db_path: Path
    connections: ReadOnlyConnections
    cache: ResultCache = field(default_factory=ResultCache)
    world_atlas: bytes | None = None  # the TopoJSON of country outlines, when installed
    index: IndexHolder | None = None  # columnar index for aggregates and pages; None: SQL only

    def event_index(self) -> EventIndex | None:
        """The in-memory index when it matches the store as it is now, else None (use SQL)."""
        return self.index.current(self.conn()) if self.index is not None else None

    def index_answers(self, filters: EventFilter | None = None) -> bool:
        """True when the in-memory index can answer ``filters`` now without a slow query: it is
        ready for the store as it is, and a full-text filter's matches are already cached."""
        index = self.event_index()
        return index is not None and (filters is None or filters.query is None or index.has_text(filters.query))

    async def answer(self, compute: Callable[[], T], *, inline: bool) -> T:
        """Run ``compute`` on the event loop when it is known to be fast (``inline``: index answers,
        primary-key reads), else in the thread pool, so a slow SQL query never holds up the loop.

        Why: handing a request to the thread pool and back costs more CPU than the index's answer
        (a thread wake-up and a loop wake-up); under load that hop was about a fifth of the server's
        time per request (docs/api.md, "Performance notes")."""
        if inline:
            return compute()
        return await run_in_threadpool(compute)

    def conn(self) -> sqlite3.Connection:
        return self.connections.get()

    def store(self) -> Store:
        return self.connections.store()

    def cached(self, name: str, params: Any, compute: Any) -> Any:
        conn = self.conn()
        return self.cache.get_or_compute((name, store_version(conn), params), lambda: compute(conn))


def state_of(request: Request) -> ServerState:
    return request.app.state.dateline
