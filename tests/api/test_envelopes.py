"""One success envelope and one error envelope, for every kind of answer."""

from __future__ import annotations

import pytest


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["message"].startswith(code + ": ")


def test_success_envelope_has_data_and_meta(client):
    body = client.get("/api/events").json()
    assert set(body) == {"data", "meta"}
    assert body["meta"]["api_version"] == 1
    assert isinstance(body["data"], list)


@pytest.mark.parametrize("path, status, code", [
    ("/api/no-such-thing", 404, "E341"),
    ("/api/events/no-such-event", 404, "E205"),
    ("/api/articles/no-such-article", 404, "E209"),
    ("/api/actors/NOSUCH", 404, "E341"),
    ("/api/events?limit=0", 422, "E340"),
    ("/api/events?limit=abc", 422, "E340"),
    ("/api/events?order=sideways", 422, "E340"),
    ("/api/events?start=yesterday", 422, "E208"),
    ("/api/events?q=%22unterminated", 422, "E207"),
    ("/api/events?cursor=not-a-cursor", 422, "E345"),
    ("/api/articles?cursor=o-1", 422, "E345"),
    ("/api/aggregates?interval=fortnight", 422, "E340"),
    ("/api/aggregates?group_by=password", 422, "E340"),
    ("/api/export?format=xlsx", 422, "E340"),
])
def test_failures_use_the_error_envelope(client, path, status, code):
    assert_error(client.get(path), status, code)


def test_method_not_allowed_is_enveloped(client):
    assert_error(client.delete("/api/events"), 405, "E344")


def test_post_is_absent_without_a_token(client):
    # No token configured: the ingest endpoint does not exist (GET /api/articles does, hence 405).
    assert_error(client.post("/api/articles", json={"date": "2017-02-08", "text": "x"}), 405, "E344")


def test_request_body_over_the_limit_is_413(store_path):
    from api_client import client_class

    from dateline.api.rest import create_app

    app = create_app(store_path, ingest_token="t", max_body_bytes=1_000)
    with client_class()(app) as small:
        response = small.post("/api/articles", content=b"x" * 5_000,
                              headers={"Authorization": "Bearer t", "Content-Type": "application/json"})
    assert_error(response, 413, "E342")


def test_overlong_parameter_is_422(client):
    assert_error(client.get("/api/events", params={"actor": "A" * 500}), 422, "E340")


def test_openapi_documents_endpoints_and_error_envelope(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{doc_id}", "/api/actors",
                 "/api/aggregates", "/api/export", "/api/network", "/api/places"):
        assert path in spec["paths"], path
    assert "ErrorEnvelope" in spec["components"]["schemas"]
    assert "/api/articles" in spec["paths"] and "post" not in spec["paths"]["/api/articles"]
