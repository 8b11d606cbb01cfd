"""``POST /api/articles``: add articles to the store. Mounted only when an ingest token is set.

The server is read-only by default; with a token, this one endpoint writes, and only for requests
that present it. Articles go through the same path as `dateline ingest`: validation into records,
known content hashes skipped, the pipeline, one ``add_batch`` transaction.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fastapi import APIRouter, Request

from dateline.api.rest.envelopes import ApiError, success
from dateline.api.rest.schemas import ERROR_RESPONSES, Envelope
from dateline.api.rest.state import state_of
from dateline.errors import DatelineError, message
from dateline.ingest.records import to_record
from dateline.model import AnnotatedArticle, Article, RecordError
from dateline.store import open_store

# records -> annotated articles or errors, in order: the pipeline's `run` by default.
Annotator = Callable[[Iterable[Article | RecordError]], Iterator[AnnotatedArticle | RecordError]]
MAX_ARTICLES_PER_REQUEST = 1_000


def default_annotator() -> Annotator:
    from dateline.api.python import default_pipeline  # loads spaCy: only when the first POST arrives

    return default_pipeline().run


def _articles_of(body: Any) -> list[Any]:
    if isinstance(body, dict) and isinstance(body.get("articles"), list):
        return body["articles"]
    if isinstance(body, dict):
        return [body]
    if isinstance(body, list):
        return body
    raise ApiError("E347", detail=f"got a JSON {type(body).__name__}")


def ingest_router(token: str, annotator: Callable[[], Annotator] = default_annotator) -> APIRouter:
    router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
    write_lock = threading.Lock()  # one batch at a time from this server; SQLite serialises the rest
    expected = f"Bearer {token}".encode()

    @router.post("/articles", response_model=Envelope, summary="Ingest articles (needs the token)",
                 openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                     "description": "One article object {date, text, id?, title?, source?, url?, dateline?}, "
                                    "a list of them, or {\"articles\": [...]}."}}}}})
    async def post_articles(request: Request) -> dict[str, Any]:
        """Annotate and store JSON articles. Needs `Authorization: Bearer <token>`. Bad records are
        quarantined with their code, as with `dateline ingest`; re-sending an article adds nothing."""
        given = request.headers.get("authorization", "").encode()
        if not hmac.compare_digest(given, expected):  # constant time: the token cannot be guessed by timing
            raise ApiError("E343")
        raw = await request.body()
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError("E347", detail=f"not valid JSON: {exc}") from None
        items = _articles_of(body)
        if len(items) > MAX_ARTICLES_PER_REQUEST:
            raise ApiError("E347", detail=f"{len(items)} articles, more than {MAX_ARTICLES_PER_REQUEST} in one request")
        records: list[Article | RecordError] = []
        for i, item in enumerate(items):
            origin = f"api:{i}"
            if isinstance(item, dict):
                records.append(to_record(dict(item), origin))
            else:
                records.append(RecordError("E108", message("E108", kind=type(item).__name__), origin, None,
                                           str(item)[:2000]))
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_store_records, state_of(request).db_path, records, annotator, write_lock)

    return router


def _store_records(db_path: Any, records: list[Article | RecordError], annotator: Callable[[], Annotator],
                   write_lock: threading.Lock) -> dict[str, Any]:
    with write_lock:
        try:
            with open_store(db_path) as store:
                known = store.known_hashes(r.content_hash for r in records if isinstance(r, Article))
                fresh = [r for r in records if not (isinstance(r, Article) and r.content_hash in known)]
                results = list(annotator()(fresh)) if fresh else []
                report = store.add_batch(results)
        except DatelineError as exc:
            raise ApiError.from_dateline(exc) from None
    errors = [r.to_dict() for r in results if isinstance(r, RecordError)]
    stored = [r.doc_id for r in results if isinstance(r, AnnotatedArticle)]
    return success({"articles_added": report.articles_added,
                    "articles_skipped": report.articles_skipped + (len(records) - len(fresh)),
                    "events_added": report.events_added, "quarantined": report.quarantined,
                    "doc_ids": stored, "errors": errors})
