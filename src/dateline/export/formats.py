"""The export writers: one row (CSV, Parquet) or one object (JSONL) per canonical event, streamed."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from dateline.errors import UsageError
from dateline.store.filters import EventFilter
from dateline.store.rows import EVENT_COLUMN_NAMES, EVENT_COLUMNS
from dateline.store.store import Store

PARQUET_ROW_GROUP = 50_000  # rows held in memory at once while writing Parquet


@contextmanager
def text_output(out: str | Path) -> Iterator[IO[str]]:
    """``out`` opened for UTF-8 text, or stdout for ``-`` (left open)."""
    if str(out) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(out, "w", encoding="utf-8", newline="") as handle:
        yield handle


def write_csv(store: Store, out: str | Path, filters: EventFilter, limit: int | None) -> int:
    """Tidy CSV: header row, codes as written ("057"), NULL as an empty cell."""
    count = 0
    with text_output(out) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(EVENT_COLUMN_NAMES)
        for row in store.iter_event_rows(filters, limit):
            writer.writerow(["" if value is None else value for value in row])
            count += 1
    return count


def write_jsonl(store: Store, out: str | Path, filters: EventFilter, limit: int | None) -> int:
    """One canonical event object per line (the contract's "Canonical events" form)."""
    count = 0
    with text_output(out) as handle:
        for event in store.iter_event_objects(filters, limit):
            handle.write(json.dumps(event, ensure_ascii=False))
            handle.write("\n")
            count += 1
    return count


def parquet_schema() -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64()}
    return pa.schema([pa.field(name, types[kind], nullable=True) for name, kind in EVENT_COLUMNS])


def write_parquet(store: Store, out: str | Path, filters: EventFilter, limit: int | None) -> int:
    """Tidy Parquet with a fixed schema (strings, int64, float64; nulls as nulls), in row groups."""
    if str(out) == "-":
        raise UsageError("E210")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError("E306") from None
    schema = parquet_schema()
    count = 0
    rows: list[tuple[Any, ...]] = []

    def flush(writer: Any) -> None:
        columns = list(zip(*rows)) if rows else [[] for _ in EVENT_COLUMN_NAMES]
        writer.write_table(pa.Table.from_arrays([pa.array(list(col), type=f.type) for col, f in zip(columns, schema)],
                                                schema=schema))
        rows.clear()

    with pq.ParquetWriter(str(out), schema) as writer:
        for row in store.iter_event_rows(filters, limit):
            rows.append(row)
            count += 1
            if len(rows) >= PARQUET_ROW_GROUP:
                flush(writer)
        if rows or count == 0:  # an empty export is still a valid file with the schema
            flush(writer)
    return count
