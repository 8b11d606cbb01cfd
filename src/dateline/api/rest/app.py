"""The FastAPI application: routers, envelopes for every failure, limits, and the web UI at ``/``."""

from __future__ import annotations

import logging
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.api.rest import routes_export, routes_read
from dateline.api.rest.connections import QUERY_SECONDS, ReadOnlyConnections
from dateline.api.rest.event_index import IndexHolder
from dateline.api.rest.envelopes import ApiError, error_response, success
from dateline.api.rest.middleware import DEFAULT_MAX_BODY_BYTES, LimitsAndHeaders
from dateline.api.rest.routes_ingest import Annotator, default_annotator, ingest_router
from dateline.api.rest.state import ServerState
from dateline.api.rest.world_atlas import load_world_atlas
from dateline.errors import DatelineError
from dateline.version import __version__

log = logging.getLogger("dateline.serve")

DESCRIPTION = """Political event data from the dateline store: events with their evidence, articles,
actors, counts over time, the actor network, and streamed exports.

Every JSON answer is `{"data": ..., "meta": {...}}`; every failure is
`{"error": {"code": "E3xx", "message": "..."}}` with the HTTP status. Read-only unless the server
was started with an ingest token."""


def web_root() -> Path:
    return Path(str(resources.files("dateline.web"))) / "static"


def _validation_error(exc: RequestValidationError) -> ApiError:
    first: dict[str, Any] = exc.errors()[0] if exc.errors() else {}
    location = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
    return ApiError("E340", name=".".join(location) or "request", detail=str(first.get("msg", "invalid value")))


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def on_api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(DatelineError)
    async def on_dateline_error(_: Request, exc: DatelineError) -> JSONResponse:
        return error_response(ApiError.from_dateline(exc))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(_validation_error(exc))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 405:
            return error_response(ApiError("E344", method=request.method, path=request.url.path))
        if exc.status_code == 404:
            return error_response(ApiError("E341", path=request.url.path))
        return error_response(ApiError("E340", status=exc.status_code, name="request", detail=str(exc.detail)))

    @app.exception_handler(sqlite3.OperationalError)
    async def on_sqlite(request: Request, exc: sqlite3.OperationalError) -> JSONResponse:
        if "interrupted" in str(exc).lower():  # the per-request time limit (connections.py)
            seconds = app.state.dateline.connections.query_seconds or 0
            log.warning("query over the time limit on %s %s", request.method, request.url.path)
            return error_response(ApiError("E348", seconds=seconds), headers={"Retry-After": "5"})
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(ApiError("E346"))

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        # The cause goes to the server log only: a client never sees SQL, paths or tracebacks.
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(ApiError("E346"))


def create_app(db_path: str | Path, *, ingest_token: str | None = None,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES, annotator: Any = None,
               event_index: bool = True, query_timeout: float | None = QUERY_SECONDS) -> FastAPI:
    """The dateline API and web UI over the store at ``db_path`` (opened read-only).

    ``ingest_token``: when given, ``POST /api/articles`` exists and requires
    ``Authorization: Bearer <token>``. ``annotator`` (tests, custom pipelines): a zero-argument
    callable returning ``records -> results``; the default loads dateline's pipeline on first POST.
    ``event_index``: keep an in-memory columnar index of the events for aggregates, map places and
    pages (built in the background at start; SQL answers until it is ready). See event_index.py.
    ``query_timeout``: seconds one request's SQL may run before it is stopped with E348 (HTTP 503);
    None or 0 for no limit.
    """
    path = Path(db_path)
    # Swagger UI and ReDoc load their scripts from a CDN: switched off (the UI works offline);
    # /openapi.json documents the API and the web UI's "API" page lists it.
    app = FastAPI(title="dateline", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    connections = ReadOnlyConnections(path, query_timeout)
    holder = IndexHolder(connections.open_new) if event_index else None
    app.state.dateline = ServerState(db_path=path, connections=connections, world_atlas=load_world_atlas(),
                                     index=holder)
    if holder is not None:
        holder.start_build()
    _install_error_handlers(app)
    app.include_router(routes_read.router)
    app.include_router(routes_export.router)
    if ingest_token:
        app.include_router(ingest_router(ingest_token, annotator or default_annotator))

    @app.get("/api", summary="API index", tags=["meta"])
    def api_index() -> dict[str, Any]:
        return success({"name": "dateline", "version": __version__, "openapi": "/openapi.json",
                        "ingest": bool(ingest_token)})

    @app.get("/api/geo/countries", summary="Country outlines (TopoJSON) when world-atlas is installed", tags=["meta"])
    def countries() -> Response:
        atlas: bytes | None = app.state.dateline.world_atlas
        if atlas is None:
            return JSONResponse(success(None, available=False, hint="npm install --prefix ~/.local/share/dateline world-atlas@2"))
        # The file is inserted as it is into the envelope: no parse/serialise of 100 kB per request.
        body = b'{"data":' + atlas + b',"meta":{"api_version":1,"available":true,"source":"world-atlas (Natural Earth)"}}'
        return Response(body, media_type="application/json", headers={"Cache-Control": "max-age=86400"})

    root = web_root()
    app.mount("/static", StaticFiles(directory=root), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(root / "index.html", media_type="text/html; charset=utf-8")

    app.add_middleware(LimitsAndHeaders, max_body_bytes=max_body_bytes)
    return app
