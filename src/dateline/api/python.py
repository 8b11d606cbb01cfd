"""The Python API: every CLI command calls one of these."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from dateline.errors import RecordRejected
# The readers, by module path: the name `dateline.ingest` on the package is the `ingest` function.
from dateline.ingest.reader import DEFAULT_MAX_BYTES, read_records
from dateline.ingest.records import make_article
from dateline.model import AnnotatedArticle, Article
from dateline.pipeline import Pipeline
from dateline.store import IngestReport, Store, ingest_records
from dateline.store import open_store as _open_store


@lru_cache(maxsize=4)
def default_pipeline(actor_files: tuple[str, ...] = ()) -> Pipeline:
    """One pipeline per set of actor files, loaded on first use and kept."""
    return Pipeline(actor_files=actor_files)


def extract(text: str, date: str | None = None, *, dateline: str | None = None, doc_id: str | None = None,
            title: str | None = None, actor_files: Iterable[str | Path] = ()) -> AnnotatedArticle:
    """Annotate one article. ``text`` may start with a ``date YYYY-MM-DD PLACE:`` header.

    Raises ``RecordRejected`` (a ``DatelineError`` with a code) when the text has no usable date
    or no body.
    """
    fields: dict[str, object] = {"text": text, "date": date, "dateline": dateline, "id": doc_id, "title": title}
    article = make_article(fields)
    return extract_articles([article], actor_files=actor_files)[0]


def extract_articles(articles: Iterable[Article], *, actor_files: Iterable[str | Path] = ()) -> list[AnnotatedArticle]:
    pipeline = default_pipeline(tuple(str(p) for p in actor_files))
    return list(pipeline.annotate(articles))


def ingest(inputs: Sequence[str | Path], *, db: str | Path = "dateline.db", date: str | None = None,
           max_bytes: int | None = None, batch_size: int = 32, progress: bool = False,
           actor_files: Iterable[str | Path] = (), workers: int = 1) -> IngestReport:
    """Read ``inputs`` (files, folders, ``-``), annotate new articles, and add them to the store ``db``.

    Streams: memory stays bounded whatever the corpus size. Each batch of ``batch_size`` records is
    one transaction, so a killed run keeps every finished batch, and re-running the same command
    skips what is stored (by content hash, before any analysis) and finishes the rest.
    ``max_bytes=None`` means ``DEFAULT_MAX_BYTES`` (5 MB). ``workers`` > 1 annotates on
    that many processes (each loads the pipeline once); the store holds the same rows either way.
    """
    records = read_records(list(inputs), date=date, max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)
    files = tuple(str(p) for p in actor_files)
    with _open_store(db) as store:
        if workers > 1:
            from dateline.scale.local import ingest_parallel

            return ingest_parallel(store, records, workers=workers, batch_size=batch_size, actor_files=files,
                                   progress=progress)
        return ingest_records(store, records, lambda: default_pipeline(files).run,
                              batch_size=batch_size, progress=progress)


def open_store(path: str | Path = "dateline.db", readonly: bool = False) -> Store:
    """Open the store at ``path`` (created if missing, unless ``readonly``). Use it with ``with``."""
    return _open_store(path, readonly=readonly)


__all__ = ["extract", "extract_articles", "ingest", "open_store", "IngestReport", "RecordRejected"]
