"""A query that runs past the server's time limit is stopped and answered with E348 (HTTP 503)."""

from __future__ import annotations

import sqlite3

import pytest
from api_client import client_class

from dateline.api.rest import create_app, queries
from dateline.api.rest.connections import ReadOnlyConnections

# A statement that keeps SQLite busy for seconds (ten million rows counted), whatever the store holds.
SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000) SELECT count(*) FROM c"


def test_a_connection_interrupts_a_statement_past_its_deadline(store_path):
    conn = ReadOnlyConnections(store_path, query_seconds=0.05).get()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(SLOW).fetchall()
    # The next request gets a fresh deadline: quick statements still run.
    assert ReadOnlyConnections(store_path, query_seconds=0.05).get().execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_no_limit_lets_a_long_statement_finish(store_path):
    conn = ReadOnlyConnections(store_path, query_seconds=None).get()
    assert conn.execute(SLOW.replace("10000000", "300000")).fetchone()[0] == 300000


def test_the_api_answers_a_slow_query_with_the_coded_503(store_path, monkeypatch):
    def slow_actor_counts(conn, *args):
        return conn.execute(SLOW).fetchall()

    monkeypatch.setattr(queries, "actor_counts", slow_actor_counts)
    app = create_app(store_path, event_index=False, query_timeout=0.05)
    with client_class()(app, raise_server_exceptions=False) as client:
        response = client.get("/api/actors")
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "E348"
        assert response.headers["retry-after"]
        assert "select" not in response.text.lower()  # no SQL leaks into the message
        assert client.get("/api/events?limit=1").status_code == 200  # the server keeps serving
