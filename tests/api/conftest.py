from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

fastapi = pytest.importorskip("fastapi", reason="the REST API needs fastapi (pip install fastapi httpx)")

from api_client import client_class  # noqa: E402
from api_factory import build_store  # noqa: E402


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "api.db")


@pytest.fixture(scope="session", params=["sql", "index"])
def client(request, store_path):
    """The API over the test store, answering through SQL only, or through the in-memory event
    index (built before the first request): every read test runs on both paths."""
    from dateline.api.rest import create_app

    app = create_app(store_path, event_index=request.param == "index")
    if request.param == "index":
        app.state.dateline.index.build_now()
    with client_class()(app, raise_server_exceptions=False) as test_client:
        yield test_client
