"""Which requests are answered on the event loop and which go to the thread pool (issue #8).

The index's answers are cheaper than the hop to a worker thread and back, so they stay on the loop;
anything that may run a slow SQL query (no index yet, a new full-text search) must not."""

from __future__ import annotations

import pytest
from api_client import client_class

from dateline.api.rest import create_app
from dateline.api.rest import state as state_module

READS = ["/api/events?type=ASSAULT", "/api/aggregates?interval=month", "/api/places", "/api/events?country=TUR"]


@pytest.fixture()
def hops(monkeypatch):
    calls: list[str] = []
    real = state_module.run_in_threadpool

    async def counting(fn, *args, **kwargs):
        calls.append(getattr(fn, "__qualname__", "?"))
        return await real(fn, *args, **kwargs)

    monkeypatch.setattr(state_module, "run_in_threadpool", counting)
    return calls


def _client(store_path, *, index: bool):
    app = create_app(store_path, event_index=index)
    if index:
        app.state.dateline.index.build_now()
    return client_class()(app, raise_server_exceptions=False)


def test_index_answers_stay_on_the_event_loop(store_path, hops):
    with _client(store_path, index=True) as client:
        for url in READS + ["/api/events/ev-attack"]:
            assert client.get(url).status_code == 200, url
    assert hops == []


def test_sql_answers_go_to_the_thread_pool(store_path, hops):
    with _client(store_path, index=False) as client:
        for url in READS:
            assert client.get(url).status_code == 200, url
    assert len(hops) == len(READS)


def test_a_new_full_text_search_goes_to_the_thread_pool_then_is_cached(store_path, hops):
    with _client(store_path, index=True) as client:
        assert client.get("/api/aggregates?q=nightclub").status_code == 200
        assert len(hops) == 1  # the FTS query may be slow: off the loop
        assert client.get("/api/places?q=nightclub").status_code == 200
        assert len(hops) == 1  # its matches are cached in the index now
