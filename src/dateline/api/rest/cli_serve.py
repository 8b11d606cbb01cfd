"""``dateline serve``: the REST API and web UI over a store. Registered in ``dateline.cli``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from dateline.cli_help import example
from dateline.errors import DatelineError

TOKEN_ENV = "DATELINE_INGEST_TOKEN"
# How `--workers N` hands the settings to each worker process (uvicorn imports the app by name there).
DB_ENV = "DATELINE_SERVE_DB"
TIMEOUT_ENV = "DATELINE_SERVE_QUERY_TIMEOUT"


@click.command("serve", context_settings={"help_option_names": ["-h", "--help"]},
               epilog=example("dateline serve --db events.db --port 8000",
                              "dateline serve --db events.db --token s3cret"))
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default="dateline.db", show_default=True,
              help="The store to serve (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default keeps the server on this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--token", envvar=TOKEN_ENV, default=None, show_envvar=True,
              help="Enable POST /api/articles, for requests sending `Authorization: Bearer TOKEN`.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes sharing the port (about one per core); each keeps its own event index.")
@click.option("--query-timeout", default=10.0, show_default=True, type=click.FloatRange(0),
              help="Seconds one request's SQL may run before it is stopped with E348 (HTTP 503); 0: no limit.")
def serve(db: Path, host: str, port: int, token: str | None, workers: int, query_timeout: float) -> None:
    """Serve the store as a REST API (/api, /openapi.json) and a web UI (/).

    Read-only unless a token is given. Works offline; country outlines on the map come from the
    `world-atlas` npm package when installed (see docs/web.md).
    """
    try:
        import uvicorn
    except ImportError:
        raise click.ClickException("`dateline serve` needs uvicorn and fastapi; run `pip install fastapi uvicorn`.") from None
    from dateline.api.rest import create_app

    try:
        if token and not db.exists():
            # A server that ingests may start from nothing: create the empty store.
            from dateline.store import open_store

            open_store(db).close()
        if workers == 1:
            app = create_app(db, ingest_token=token or None, query_timeout=query_timeout or None)
        else:
            from dateline.api.rest.connections import ReadOnlyConnections

            ReadOnlyConnections(db)  # the store's checks, once, before any worker starts
    except DatelineError as exc:
        raise click.ClickException(str(exc)) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"Warning: serving on {host}: anyone who can reach this address can read the store.", err=True)
    click.echo(f"dateline serving {db} on http://{host}:{port}/ (read-only{', ingest with token' if token else ''})",
               err=True)
    # Keep-alive longer than uvicorn's 5 s: under load a client may reuse a connection the server
    # would otherwise have just closed (a reset, not an answer).
    options = {"host": host, "port": port, "log_level": "warning", "access_log": False, "timeout_keep_alive": 30}
    if workers == 1:
        uvicorn.run(app, **options)
        return
    os.environ[DB_ENV] = str(db.resolve())
    os.environ[TIMEOUT_ENV] = str(query_timeout)
    if token:
        os.environ[TOKEN_ENV] = token
    uvicorn.run("dateline.api.rest.cli_serve:app_from_environment", factory=True, workers=workers, **options)


def app_from_environment() -> object:
    """The app of one `--workers` process, from the settings `serve` put in the environment."""
    from dateline.api.rest import create_app

    timeout = float(os.environ.get(TIMEOUT_ENV) or 0)
    return create_app(os.environ[DB_ENV], ingest_token=os.environ.get(TOKEN_ENV) or None,
                      query_timeout=timeout or None)


if __name__ == "__main__":  # python -m dateline.api.rest.cli_serve
    sys.exit(serve())  # type: ignore[func-returns-value]
