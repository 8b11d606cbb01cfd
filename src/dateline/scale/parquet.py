"""Partitioned Parquet output of a distributed run: one folder per table and publication month.

    OUT/articles/month=2017-02/part-<key>.parquet
    OUT/events/month=2017-02/part-<key>.parquet      (same key: the same articles)
    OUT/mentions/month=2017-02/part-<key>.parquet
    OUT/quarantine/month=undated/part-<key>.parquet

``<key>`` is derived from the content (the content hashes of the articles and the ids of the
quarantined records the file holds), so re-running the same input with the same partition size
rewrites the same files instead of adding copies. Each file is written under a temporary name and
renamed into place: a reader (or ``dateline load``) never sees half a file, whatever is killed.
Rows are the store's own rows (``dateline.store.rows``), so the columns match ``docs/schema.md``.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.model import AnnotatedArticle, Article, RecordError
from dateline.store.rows import EVENT_COLUMNS, article_row, event_row, mention_rows, quarantine_row, utc_now

Record = Article | RecordError
Result = AnnotatedArticle | RecordError
TABLES = ("articles", "events", "mentions", "quarantine")
UNDATED = "undated"  # month folder of quarantined records whose publication date is unknown

_ARROW = {"string": pa.string(), "int": pa.int64(), "float": pa.float64()}
_STR, _INT, _FLOAT = pa.string(), pa.int64(), pa.float64()
ARTICLE_SCHEMA = pa.schema([(name, _STR) for name in (
    "doc_id", "content_hash", "date", "datetime", "dateline", "title", "source", "url", "language", "origin",
    "text", "annotations", "pipeline_version",
)])
_EVENT_EXTRA = {"start": _INT, "end": _INT, "date_first": _STR, "date_last": _STR, "source_actors": _STR,
                "target_actors": _STR, "event_json": _STR}
MENTION_SCHEMA = pa.schema([
    ("event_id", _STR), ("doc_id", _STR), ("sentence", _INT), ("start", _INT), ("end", _INT),
    ("trigger_start", _INT), ("trigger_end", _INT), ("trigger_text", _STR), ("confidence", _FLOAT),
    ("source_outlet", _STR),
])
QUARANTINE_SCHEMA = pa.schema([(name, _STR) for name in
                               ("id", "origin", "doc_id", "code", "message", "raw", "first_seen")])


def _event_schema(names: Sequence[str]) -> pa.Schema:
    tidy = {name: _ARROW[kind] for name, kind in EVENT_COLUMNS}
    return pa.schema([(name, _EVENT_EXTRA.get(name) or tidy.get(name, _STR)) for name in names])


@dataclass
class PartitionReport:
    articles: int = 0
    events: int = 0
    quarantined: int = 0
    files: int = 0

    def add(self, other: "PartitionReport") -> None:
        self.articles += other.articles
        self.events += other.events
        self.quarantined += other.quarantined
        self.files += other.files


@dataclass
class _MonthRows:
    keys: list[str]
    articles: list[dict[str, Any]]
    events: list[dict[str, Any]]
    mentions: list[tuple[Any, ...]]
    quarantine: list[tuple[Any, ...]]


def month_of(date: str | None) -> str:
    return date[:7] if date and len(date) >= 7 else UNDATED


def _rows_by_month(pairs: Iterable[tuple[Record, Result]], now: str) -> dict[str, _MonthRows]:
    months: dict[str, _MonthRows] = defaultdict(lambda: _MonthRows([], [], [], [], []))
    for record, result in pairs:
        if isinstance(result, RecordError):
            # An article that failed analysis keeps its month; a record that never parsed has none.
            group = months[month_of(record.date if isinstance(record, Article) else None)]
            row = quarantine_row(result, now)
            group.keys.append(row[0])
            group.quarantine.append(row)
            continue
        group = months[month_of(result.article.date)]
        annotations = result.to_dict()
        digest = result.article.content_hash
        group.keys.append(digest)
        row = article_row(result, annotations, digest, now)
        row.pop("ingested_at")
        group.articles.append(row)
        for event, event_dict in zip(result.events, annotations["events"]):
            erow = event_row(event.event_id, event, event_dict, result, now)
            erow.pop("created_at")
            group.events.append(erow)
            group.mentions.extend(mention_rows(event.event_id, event, result))
    return months


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)  # atomic on one file system: the old file or the new one, never half
    finally:
        if tmp.exists():
            tmp.unlink()


def write_partition(pairs: Iterable[tuple[Record, Result]], out: Path) -> PartitionReport:
    """Write the results of one partition (``(input record, result)`` pairs) under ``out``."""
    report = PartitionReport()
    for month, rows in _rows_by_month(pairs, utc_now()).items():
        key = hashlib.sha256("\n".join(sorted(rows.keys)).encode("utf-8")).hexdigest()[:20]
        name = f"part-{key}.parquet"
        tables: list[tuple[str, pa.Table]] = []
        if rows.articles:
            tables.append(("articles", pa.Table.from_pylist(rows.articles, schema=ARTICLE_SCHEMA)))
        if rows.events:
            schema = _event_schema(list(rows.events[0]))
            tables.append(("events", pa.Table.from_pylist(rows.events, schema=schema)))
        if rows.mentions:
            columns = list(zip(*rows.mentions))
            tables.append(("mentions", pa.Table.from_arrays(
                [pa.array(list(c), type=f.type) for c, f in zip(columns, MENTION_SCHEMA)], schema=MENTION_SCHEMA)))
        if rows.quarantine:
            columns = list(zip(*rows.quarantine))
            tables.append(("quarantine", pa.Table.from_arrays(
                [pa.array(list(c), type=f.type) for c, f in zip(columns, QUARANTINE_SCHEMA)],
                schema=QUARANTINE_SCHEMA)))
        # Articles last: ``load`` reads articles, so a partition whose articles file exists is complete.
        tables.sort(key=lambda item: item[0] == "articles")
        for table_name, table in tables:
            _write_atomic(table, out / table_name / f"month={month}" / name)
            report.files += 1
        report.articles += len(rows.articles)
        report.events += len(rows.events)
        report.quarantined += len(rows.quarantine)
    return report


def table_files(out: Path, table: str) -> list[Path]:
    """The finished Parquet files of ``table`` under ``out``, in month then name order."""
    return sorted((out / table).glob("month=*/part-*.parquet"))


def iter_rows(path: Path, batch_rows: int) -> Iterator[list[dict[str, Any]]]:
    """Rows of one Parquet file, ``batch_rows`` at a time (bounded memory for big files)."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows):
        yield batch.to_pylist()
