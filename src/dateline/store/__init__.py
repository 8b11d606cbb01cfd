"""The embedded store: one SQLite file with articles, canonical events, mentions and quarantine.

    from dateline.store import open_store
    with open_store("dateline.db") as store:
        store.events(plover_type="ASSAULT", country="TUR")
"""

from dateline.store.filters import EventFilter
from dateline.store.ingest import IngestReport, ingest_records
from dateline.store.rows import EVENT_COLUMN_NAMES, EVENT_COLUMNS
from dateline.store.store import BatchReport, Store, open_store

__all__ = [
    "BatchReport", "EVENT_COLUMNS", "EVENT_COLUMN_NAMES", "EventFilter", "IngestReport", "Store",
    "ingest_records", "open_store",
]
