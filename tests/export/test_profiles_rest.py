"""GET /api/export streams the same profiles as `dateline export` (byte for byte)."""

from __future__ import annotations

import warnings

import pytest

from dateline.export import write_events

pytest.importorskip("fastapi", reason="the REST API needs fastapi (pip install fastapi httpx)")


@pytest.fixture
def client(filled):
    from dateline.api.rest import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(create_app(filled.path), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize("fmt, media", [("gdelt-events", "text/tab-separated-values"),
                                        ("gdelt-mentions", "text/tab-separated-values"),
                                        ("polecat", "text/tab-separated-values"), ("acled", "text/csv")])
def test_rest_profile_matches_the_cli_file(client, filled, tmp_path, fmt, media):
    response = client.get("/api/export", params={"format": fmt, "country": "TUR"})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    out = tmp_path / "x"
    write_events(filled, fmt, out, country="TUR")
    assert response.text == out.read_text(encoding="utf-8") and response.text


def test_rest_profile_header_switch_and_bad_search(client):
    lines = client.get("/api/export", params={"format": "gdelt-mentions", "header": "true"}).text.splitlines()
    assert lines[0].startswith("GLOBALEVENTID\tEventTimeDate\t") and len(lines) == 5
    bad = client.get("/api/export", params={"format": "acled", "q": '"'})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "E207"
