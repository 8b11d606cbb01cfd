"""The `serve` click command: options, help with an example, coded errors before binding a port."""

from __future__ import annotations

from click.testing import CliRunner

from dateline.api.rest.cli_serve import serve


def test_help_lists_options_and_ends_with_an_example():
    result = CliRunner().invoke(serve, ["--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token", "DATELINE_INGEST_TOKEN", "--workers", "--query-timeout"):
        assert option in result.output
    assert "127.0.0.1" in result.output
    tail = result.output.rstrip().splitlines()
    assert tail[-3].strip() == "Example:" and tail[-2].strip().startswith("dateline serve --db")


def test_missing_store_is_a_one_line_coded_error(tmp_path):
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert "Error: E204" in result.output and "Traceback" not in result.output


def test_not_a_store_is_refused(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("hello")
    result = CliRunner().invoke(serve, ["--db", str(bogus)])
    assert result.exit_code == 1 and "E204" in result.output


def test_worker_processes_build_their_app_from_the_environment(store_path, monkeypatch):
    # `--workers N` cannot hand uvicorn an app object: each worker builds it from these variables.
    from dateline.api.rest.cli_serve import DB_ENV, TIMEOUT_ENV, app_from_environment

    monkeypatch.setenv(DB_ENV, str(store_path))
    monkeypatch.setenv(TIMEOUT_ENV, "2.5")
    monkeypatch.delenv("DATELINE_INGEST_TOKEN", raising=False)
    app = app_from_environment()
    state = app.state.dateline
    assert state.db_path == store_path and state.connections.query_seconds == 2.5
    assert not any(getattr(r, "path", "") == "/api/articles" and "POST" in getattr(r, "methods", ()) for r in app.routes)


def test_workers_refuse_a_missing_store_before_starting(tmp_path):
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "missing.db"), "--workers", "2"])
    assert result.exit_code == 1 and "E204" in result.output
