"""What every request handler shares: the store path, its read-only connections, the result cache."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import Request

from dateline.api.rest.connections import ReadOnlyConnections
from dateline.api.rest.event_index import EventIndex, IndexHolder
from dateline.api.rest.queries import ResultCache, store_version
from dateline.store import Store


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

    def conn(self) -> sqlite3.Connection:
        return self.connections.get()

    def store(self) -> Store:
        return self.connections.store()

    def cached(self, name: str, params: Any, compute: Any) -> Any:
        conn = self.conn()
        return self.cache.get_or_compute((name, store_version(conn), params), lambda: compute(conn))


def state_of(request: Request) -> ServerState:
    return request.app.state.dateline
