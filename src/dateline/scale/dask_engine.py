"""Run the pipeline on a Dask cluster: partitions of records in, partitioned Parquet out.

The client reads the inputs (any format ``dateline ingest`` reads, stdin too) and sends partitions
of ``partition_size`` records to the workers, keeping at most ``2 * workers`` partitions in flight
so the client's memory stays bounded. Each worker process loads the pipeline once (a module-level
cache) and writes its partition's Parquet files straight to ``out``, which must therefore be a
folder every worker can write (shared file system). ``load_parquet`` then merges ``out`` into a store.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.errors import message
from dateline.model import Article, RecordError
from dateline.scale.parquet import PartitionReport, write_partition
from dateline.store.ingest import batched

Record = Article | RecordError

_PIPELINES: dict[tuple[str, ...], Any] = {}  # per worker process: loaded on its first partition


def _pipeline(actor_files: tuple[str, ...]) -> Any:
    if actor_files not in _PIPELINES:
        from dateline.pipeline import Pipeline

        _PIPELINES[actor_files] = Pipeline(actor_files=actor_files)
    return _PIPELINES[actor_files]


def process_partition(records: list[Record], out: str, actor_files: tuple[str, ...] = ()) -> PartitionReport:
    """Annotate one partition on this worker and write its Parquet files (the Dask task)."""
    results = list(_pipeline(actor_files).run(records))
    return write_partition(zip(records, results), Path(out))


def quarantine_partition(records: list[Record], out: str, detail: str) -> PartitionReport:
    """Write ``records`` as quarantined (E114) when their analysis kept killing workers."""
    failed: list[RecordError] = []
    for record in records:
        if isinstance(record, RecordError):
            failed.append(record)
        else:
            failed.append(RecordError("E114", message("E114", detail=detail), record.origin, record.doc_id,
                                      record.text[:2000]))
    return write_partition(zip(records, failed), Path(out))


@dataclass
class RunReport(PartitionReport):
    partitions: int = 0
    failed_partitions: int = 0  # partitions whose tasks died; their records were redone one by one


def _client(scheduler: str | None, workers: int | None):  # noqa: ANN202 - (Client, cluster or None)
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    # No scheduler given: a local cluster of one single-threaded process per core (spaCy holds the GIL).
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    return Client(cluster), cluster


def run_dask(inputs: Sequence[str | Path], *, scheduler: str | None = None, out: str | Path,
             date: str | None = None, partition_size: int = 256, actor_files: Iterable[str | Path] = (),
             max_bytes: int | None = None, workers: int | None = None, progress: bool = False) -> RunReport:
    """Annotate ``inputs`` on the Dask cluster at ``scheduler`` and write Parquet under ``out``.

    ``scheduler=None`` starts a local cluster of ``workers`` processes (default: one per core).
    Re-running the same command rewrites the same files (content-derived names); ``load_parquet``
    is idempotent in any case.
    """
    from distributed import as_completed

    from dateline.ingest.reader import DEFAULT_MAX_BYTES, read_records

    records = read_records(list(inputs), date=date, max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)
    files = tuple(str(Path(f).resolve()) for f in actor_files)
    target = str(Path(out).resolve())
    Path(target).mkdir(parents=True, exist_ok=True)
    report = RunReport()
    client, cluster = _client(scheduler, workers)
    bar = None
    if progress:
        import sys

        from tqdm import tqdm

        bar = tqdm(unit="record", desc="run", file=sys.stderr, dynamic_ncols=True)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending = as_completed()
        parts: dict[str, list[Record]] = {}

        def collect_one() -> None:
            future = next(pending)
            part = parts.pop(future.key)
            try:
                done = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker died or the task failed: isolate the record
                report.failed_partitions += 1
                done = _one_by_one(client, part, target, files, f"{type(exc).__name__}: {exc}")
            report.add(done)
            if bar is not None:
                bar.update(len(part))

        for part in batched(records, max(1, partition_size)):
            future = client.submit(process_partition, part, target, files, pure=False)
            parts[future.key] = part
            pending.add(future)
            report.partitions += 1
            while pending.count() >= 2 * n_workers:
                collect_one()
        while pending.count():
            collect_one()
    finally:
        if bar is not None:
            bar.close()
        client.close()
        if cluster is not None:
            cluster.close()
    return report


def _one_by_one(client: Any, part: list[Record], out: str, files: tuple[str, ...], detail: str) -> PartitionReport:
    """Redo a failed partition one record per task; a record that fails again is quarantined."""
    report = PartitionReport()
    for record in part:
        try:
            report.add(client.submit(process_partition, [record], out, files, pure=False).result())
        except Exception as exc:  # noqa: BLE001 - quarantined with its reason
            report.add(quarantine_partition([record], out, f"{detail}; alone: {type(exc).__name__}: {exc}"))
    return report
