"""Content-derived identifiers: the same article always gets the same id."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.model import Article


def content_hash(article: "Article") -> str:
    """SHA-256 over the fields that make an article what it is (date, dateline, title, text)."""
    payload = json.dumps(
        {"date": article.date, "dateline": article.dateline, "title": article.title, "text": article.text},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def derived_doc_id(date: str, text: str, dateline: str | None = None, title: str | None = None) -> str:
    payload = json.dumps({"date": date, "dateline": dateline, "title": title, "text": text}, sort_keys=True, ensure_ascii=False)
    return "d" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:15]
