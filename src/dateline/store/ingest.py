"""Streaming ingest: records in, batches stored, nothing accumulated.

Kept apart from ``dateline.api.python.ingest`` so that the loop can be driven by any annotator
(the real pipeline, or a cheap stand-in in tests) and any record stream.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from dateline.model import AnnotatedArticle, Article, RecordError
from dateline.store.store import Store

Record = Article | RecordError
Result = AnnotatedArticle | RecordError
# Annotates a list of records, yielding one result per record in order (``Pipeline.run``'s shape).
Annotator = Callable[[list[Record]], Iterable[Result]]
T = TypeVar("T")


@dataclass
class IngestReport:
    articles_added: int = 0
    articles_skipped: int = 0  # already stored (same content hash), or repeated in the input
    quarantined: int = 0  # bad records met in this run (each stored once in the quarantine table)
    events_added: int = 0
    events_merged: int = 0  # of events_added, those attached to an existing canonical event


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _progress_bar(enabled: bool):  # noqa: ANN202 - tqdm or None
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit="record", desc="ingest", file=sys.stderr, dynamic_ncols=True)


def ingest_records(store: Store, records: Iterable[Record], annotate: Callable[[], Annotator], *,
                   batch_size: int = 32, progress: bool = False) -> IngestReport:
    """Store ``records`` batch by batch; one transaction per batch.

    ``annotate`` is called lazily, the first time a batch has an article not yet stored, so that
    re-running an ingest that already completed never loads the language model. Articles whose
    content hash is stored are skipped before any analysis: a re-run resumes where a killed one
    stopped.
    """
    report = IngestReport()
    annotator: Annotator | None = None
    bar = _progress_bar(progress)
    try:
        for chunk in batched(records, max(1, batch_size)):
            digests = {id(r): r.content_hash for r in chunk if isinstance(r, Article)}
            known = store.known_hashes(digests.values())
            todo: list[Record] = []
            seen: set[str] = set()
            for record in chunk:
                if isinstance(record, Article):
                    digest = digests[id(record)]
                    if digest in known or digest in seen:
                        report.articles_skipped += 1
                        continue
                    seen.add(digest)
                todo.append(record)
            if any(isinstance(r, Article) for r in todo):
                annotator = annotator or annotate()
                results = list(annotator(todo))
            else:
                results = list(todo)  # only errors: nothing to analyse
            batch = store.add_batch(results)
            report.articles_added += batch.articles_added
            report.articles_skipped += batch.articles_skipped
            report.quarantined += batch.quarantined
            report.events_added += batch.events_added
            report.events_merged += batch.events_merged
            if bar is not None:
                bar.update(len(chunk))
                bar.set_postfix(added=report.articles_added, skipped=report.articles_skipped,
                                quarantined=report.quarantined, refresh=False)
    finally:
        if bar is not None:
            bar.close()
    return report
