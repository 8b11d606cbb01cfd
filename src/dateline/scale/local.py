"""Local parallel ingest: read, skip what is stored, annotate on N processes, store in batches.

``store.ingest_records`` annotates one batch at a time, which leaves every core but one idle. Here the
three steps are a pipeline of generators instead: new records flow into ``annotate_stream`` (which
keeps ``2 * workers`` batches in flight on a process pool), and results are stored ``batch_size`` at a
time, one transaction per batch. Memory stays bounded by the batches in flight, whatever the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from dateline.model import AnnotatedArticle, Article, RecordError
from dateline.scale.workers import annotate_stream
from dateline.store import IngestReport, Store
from dateline.store.ingest import batched

Record = Article | RecordError
Result = AnnotatedArticle | RecordError
# Turns a record stream into a result stream, one result per record, in order.
StreamAnnotator = Callable[[Iterable[Record]], Iterator[Result]]


def new_records(store: Store, records: Iterable[Record], batch_size: int, report: IngestReport,
                on_read: Callable[[int], None] | None = None) -> Iterator[Record]:
    """``records`` without the articles whose content hash is stored (checked one batch at a time).

    A repeat inside one batch is dropped here; a repeat across batches is caught by ``add_batch``
    (it checks the hash again inside its transaction), so no set of hashes grows with the corpus.
    """
    for chunk in batched(records, max(1, batch_size)):
        known = store.known_hashes(r.content_hash for r in chunk if isinstance(r, Article))
        seen: set[str] = set()
        for record in chunk:
            if isinstance(record, Article):
                digest = record.content_hash
                if digest in known or digest in seen:
                    report.articles_skipped += 1
                    continue
                seen.add(digest)
            yield record
        if on_read is not None:
            on_read(len(chunk))


def _add(store: Store, results: list[Result], report: IngestReport) -> None:
    batch = store.add_batch(results)
    report.articles_added += batch.articles_added
    report.articles_skipped += batch.articles_skipped
    report.quarantined += batch.quarantined
    report.events_added += batch.events_added
    report.events_merged += batch.events_merged


def _until_first_article(store: Store, records: Iterator[Record], batch_size: int,
                         report: IngestReport) -> Iterator[Record] | None:
    """``records`` from its first article on, or None when none is left.

    Ingest errors met before it are stored directly: a re-run of a finished ingest, or a file of
    bad records only, never starts the worker processes (each would load the language model).
    """
    errors: list[Result] = []
    for record in records:
        if isinstance(record, Article):
            if errors:
                _add(store, errors, report)
            return chain([record], records)
        errors.append(record)
        if len(errors) >= batch_size:
            _add(store, errors, report)
            errors = []
    if errors:
        _add(store, errors, report)
    return None


def ingest_parallel(store: Store, records: Iterable[Record], *, workers: int = 2, batch_size: int = 32,
                    actor_files: Iterable[str] = (), progress: bool = False,
                    annotate: StreamAnnotator | None = None) -> IngestReport:
    """Store ``records`` annotated on ``workers`` processes; same rows as a one-process ingest.

    Resumable like ``ingest_records``: stored articles are skipped before any analysis, and a run
    with nothing new never starts the worker processes. ``annotate`` replaces the process pool (tests).
    """
    from dateline.store.ingest import _progress_bar  # the same bar as the one-process ingest

    report = IngestReport()
    bar = _progress_bar(progress)
    files = tuple(str(f) for f in actor_files)
    stream = annotate or (lambda recs: annotate_stream(recs, workers=workers, batch_size=batch_size,
                                                       actor_files=files))
    try:
        size = max(1, batch_size)
        fresh = new_records(store, records, size, report, bar.update if bar is not None else None)
        todo = _until_first_article(store, fresh, size, report)
        if todo is None:
            return report
        results = stream(todo)
        try:
            for chunk in batched(results, size):
                _add(store, chunk, report)
                if bar is not None:
                    bar.set_postfix(added=report.articles_added, skipped=report.articles_skipped,
                                    quarantined=report.quarantined, refresh=False)
        finally:
            close = getattr(results, "close", None)
            if close is not None:  # a store error: stop the worker processes now, not at garbage collection
                close()
    finally:
        if bar is not None:
            bar.close()
    return report
