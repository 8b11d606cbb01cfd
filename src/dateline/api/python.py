"""The Python API: every CLI command calls one of these."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from dateline.errors import RecordRejected
from dateline.ingest.records import make_article
from dateline.model import AnnotatedArticle, Article
from dateline.pipeline import Pipeline


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


def ingest(*args, **kwargs):  # replaced by the store helper
    raise NotImplementedError


def open_store(*args, **kwargs):  # replaced by the store helper
    raise NotImplementedError


__all__ = ["extract", "extract_articles", "ingest", "open_store", "RecordRejected"]
