"""Merge the Parquet output of a distributed run into a store, idempotently.

Articles are rebuilt from their ``annotations`` JSON and stored through ``Store.add_batch``, the same
writer ``dateline ingest`` uses: one transaction per batch, articles already stored (same content
hash) skipped, event-id clashes and reused doc ids handled exactly as in an ingest. So loading the same
folder twice, or after a kill, stores every article once. The events and mentions files are for
reading the output directly (pandas, DuckDB, Spark); the store rebuilds them from the articles.
"""

from __future__ import annotations

import json
from pathlib import Path

from dateline.model import AnnotatedArticle, RecordError
from dateline.scale.parquet import iter_rows, table_files
from dateline.scale.rebuild import annotated_from_dict
from dateline.store import IngestReport, Store, open_store

_EXTRA_ARTICLE_FIELDS = ("origin", "language", "datetime")  # not in the contract JSON


def _add(store: Store, results: list[AnnotatedArticle | RecordError], report: IngestReport) -> None:
    batch = store.add_batch(results)
    report.articles_added += batch.articles_added
    report.articles_skipped += batch.articles_skipped
    report.quarantined += batch.quarantined
    report.events_added += batch.events_added
    report.events_merged += batch.events_merged


def load_into(store: Store, folder: Path, *, batch_size: int = 64) -> IngestReport:
    report = IngestReport()
    for path in table_files(folder, "articles"):
        for rows in iter_rows(path, batch_size):
            known = store.known_hashes(row["content_hash"] for row in rows)
            todo: list[AnnotatedArticle | RecordError] = []
            for row in rows:
                if row["content_hash"] in known:
                    report.articles_skipped += 1  # skipped before the JSON is even parsed
                    continue
                extra = {name: row.get(name) for name in _EXTRA_ARTICLE_FIELDS}
                todo.append(annotated_from_dict(json.loads(row["annotations"]), **extra))
            if todo:
                _add(store, todo, report)
    for path in table_files(folder, "quarantine"):
        for rows in iter_rows(path, batch_size):
            _add(store, [RecordError(r["code"], r["message"], r["origin"], r["doc_id"], r["raw"]) for r in rows],
                 report)
    return report


def load_parquet(folder: str | Path, db: str | Path = "dateline.db", *, batch_size: int = 64) -> IngestReport:
    """Add the articles and quarantined records of a ``run_dask`` output folder to the store ``db``."""
    with open_store(db) as store:
        return load_into(store, Path(folder), batch_size=batch_size)
