"""Exports of the store's canonical events: CSV, JSONL, Parquet.

    from dateline import open_store
    from dateline.export import write_events
    with open_store("dateline.db", readonly=True) as store:
        write_events(store, "csv", "events.csv", plover_type="ASSAULT")
"""

from __future__ import annotations

from pathlib import Path

from dateline.errors import UsageError
from dateline.export.formats import write_csv, write_jsonl, write_parquet
from dateline.store.filters import EventFilter
from dateline.store.store import Store

WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}
FORMATS = tuple(WRITERS)


def write_events(store: Store, fmt: str, out: str | Path, *, limit: int | None = None, **filters: str | None) -> int:
    """Write the store's events (filtered like ``Store.events``) as ``fmt`` to ``out`` (path or ``-``).

    Returns the number of events written. ``filters``: start, end, actor, country, plover_type,
    cameo_root, event_country, query.
    """
    writer = WRITERS.get(str(fmt).lower())
    if writer is None:
        raise UsageError("E303", value=fmt, choices=", ".join(FORMATS))
    return writer(store, out, EventFilter(**filters), limit)


__all__ = ["FORMATS", "write_events"]
