"""Exports of the store's canonical events: CSV, JSONL, Parquet, and the GDELT 2.0 Events and
Mentions, POLECAT-like and ACLED-like column profiles (docs/exports.md).

    from dateline import open_store
    from dateline.export import write_events
    with open_store("dateline.db", readonly=True) as store:
        write_events(store, "csv", "events.csv", plover_type="ASSAULT")
        write_events(store, "gdelt-events", "events.export.tsv", header=True)
"""

from __future__ import annotations

from pathlib import Path

from dateline.errors import UsageError
from dateline.export import acled, gdelt, polecat
from dateline.export.formats import write_csv, write_jsonl, write_parquet
from dateline.export.profile import Profile, write_profile
from dateline.store.filters import EventFilter
from dateline.store.store import Store

WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}
# Column profiles of other datasets: pinned columns, one module each.
PROFILES: dict[str, Profile] = {p.name: p for p in (gdelt.EVENTS, gdelt.MENTIONS, polecat.POLECAT, acled.ACLED)}
FORMATS = tuple(WRITERS) + tuple(PROFILES)


def write_events(store: Store, fmt: str, out: str | Path, *, limit: int | None = None, header: bool | None = None,
                 **filters: str | None) -> int:
    """Write the store's events (filtered like ``Store.events``) as ``fmt`` to ``out`` (path or ``-``).

    Returns the number of rows written (events; mentions for ``gdelt-mentions``; the in-scope events
    for ``acled``). ``header``: force the column-name row on or off for the profiles (GDELT files
    have none by default, POLECAT and ACLED have one). ``filters``: start, end, actor, country,
    plover_type, cameo_root, event_country, query.
    """
    name = str(fmt).lower()
    profile = PROFILES.get(name)
    if profile is not None:
        return write_profile(store, profile, out, EventFilter(**filters), limit, header)
    writer = WRITERS.get(name)
    if writer is None:
        raise UsageError("E303", value=fmt, choices=", ".join(FORMATS))
    return writer(store, out, EventFilter(**filters), limit)


__all__ = ["FORMATS", "PROFILES", "write_events"]
