"""Content-derived identifiers: the same article always gets the same id."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.model import Article


def _digest(date: str, text: str, dateline: str | None, title: str | None) -> str:
    """SHA-256 over the fields that make an article what it is, as sorted-key JSON."""
    payload = json.dumps({"date": date, "dateline": dateline, "title": title, "text": text},
                         sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def content_hash(article: "Article") -> str:
    """SHA-256 over the fields that make an article what it is (date, dateline, title, text)."""
    return _digest(article.date, article.text, article.dateline, article.title)


def derived_doc_id(date: str, text: str, dateline: str | None = None, title: str | None = None) -> str:
    """The id of a record that gave none: 16 characters of its content digest, so re-reads agree."""
    return "d" + _digest(date, text, dateline, title)[:15]
