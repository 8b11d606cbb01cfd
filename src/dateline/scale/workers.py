"""Annotate a record stream on several processes, in input order, with bounded memory.

Each worker process loads its own ``Pipeline`` once. The parent reads records lazily and keeps at
most ``2 * workers`` batches in flight, so memory does not grow with the corpus. A worker that dies
(out of memory, a crash in native code) does not stop the run: its batch is redone one article at a
time on a fresh pool, and an article that kills a worker again is quarantined as E114.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from dateline.errors import message
from dateline.model import AnnotatedArticle, Article, RecordError

Record = Article | RecordError
Result = AnnotatedArticle | RecordError

_worker_pipeline = None  # one per worker process, set by _start_worker


def _start_worker(actor_files: tuple[str, ...], batch_size: int) -> None:
    global _worker_pipeline
    from dateline.pipeline import Pipeline

    _worker_pipeline = Pipeline(actor_files=actor_files, batch_size=batch_size)


def _run_batch(batch: list[Record]) -> list[Result]:
    assert _worker_pipeline is not None, "worker started without its pipeline"
    return list(_worker_pipeline.run(batch))


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(records)
    while batch := list(islice(it, size)):
        yield batch


def annotate_stream(records: Iterable[Record], *, workers: int = 1, batch_size: int = 32,
                    actor_files: Iterable[str] = ()) -> Iterator[Result]:
    """Annotate ``records`` (articles and ingest errors mixed), yielding results in input order."""
    files = tuple(str(f) for f in actor_files)
    if workers <= 1:
        from dateline.api.python import default_pipeline

        pipeline = default_pipeline(files)
        yield from pipeline.run(records)
        return
    yield from _ParallelRun(files, workers, batch_size).run(records)


class _ParallelRun:
    def __init__(self, actor_files: tuple[str, ...], workers: int, batch_size: int) -> None:
        self.actor_files = actor_files
        self.workers = workers
        self.batch_size = batch_size
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # fork shares the parent's loaded modules copy-on-write and starts fast; spawn elsewhere
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(method),
                                   initializer=_start_worker, initargs=(self.actor_files, self.batch_size))

    def run(self, records: Iterable[Record]) -> Iterator[Result]:
        in_flight: deque[tuple[list[Record], Future]] = deque()
        try:
            for batch in _batches(records, self.batch_size):
                in_flight.append((batch, self._submit(batch)))
                if len(in_flight) >= 2 * self.workers:
                    yield from self._collect(in_flight)
            while in_flight:
                yield from self._collect(in_flight)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, batch: list[Record]) -> Future:
        try:
            return self.pool.submit(_run_batch, batch)
        except BrokenProcessPool:
            self._restart()
            return self.pool.submit(_run_batch, batch)

    def _collect(self, in_flight: deque[tuple[list[Record], Future]]) -> list[Result]:
        batch, future = in_flight.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart()
            # every batch still queued died with the pool: send them again
            for i, (queued, _) in enumerate(in_flight):
                in_flight[i] = (queued, self._submit(queued))
            return [self._one_by_one(record) for record in batch]

    def _one_by_one(self, record: Record) -> Result:
        if isinstance(record, RecordError):
            return record
        try:
            return self.pool.submit(_run_batch, [record]).result()[0]
        except BrokenProcessPool as exc:
            self._restart()
            detail = f"worker process died: {exc}"
            return RecordError("E114", message("E114", detail=detail), record.origin, record.doc_id,
                               record.text[:2000])

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()
