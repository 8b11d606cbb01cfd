"""Hostile input: SQL injection in every parameter, script in article text, writes without the token."""

from __future__ import annotations

import hashlib
import json

import pytest
from api_factory import EVENT_IDS, build_store
from api_client import client_class

from dateline.api.rest import create_app

INJECTIONS = [
    "' OR '1'='1",
    "TURGOV' OR 1=1 --",
    "x'; DROP TABLE events; --",
    "1) UNION SELECT sql, name, 1, 1, 1 FROM sqlite_master --",
    '" OR ""="',
    "%' OR 'a' LIKE '%",
    "\\",
    "\u0000",
    "NEAR(a b) OR events:*",
    "articles_fts MATCH 'x'",
    "<script>alert(1)</script>",
    "2017-01-01' OR '1'='1",
]
FILTERS = ["start", "end", "actor", "country", "type", "cameo_root", "event_country", "q"]
ENDPOINTS = ["/api/events", "/api/aggregates", "/api/places", "/api/network", "/api/actors", "/api/export"]
LEAKS = ("sqlite", "traceback", "select ", "operationalerror", "sqlite_master", "file \"")


def _assert_safe(response, *, allow_rows: bool, payload: str = "") -> None:
    assert response.status_code < 500, response.text
    text = response.text.lower()
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and body["error"]["code"].startswith("E")
        # The coded message may echo the user's own text; nothing of the server's internals.
        message = body["error"]["message"].lower().replace(payload.lower(), "")
        assert not any(leak in message for leak in ("traceback", "sqlite_master", "file \"", "operationalerror"))
    elif response.headers["content-type"].startswith("application/json"):
        data = response.json()["data"]
        rows = data["edges"] if isinstance(data, dict) else data
        if not allow_rows:
            assert rows == [] or rows is None, rows
    assert "create table" not in text


# Every payload on the two query builders (event pages, aggregates); the endpoints that share their
# filter code get the sharpest few, so the suite stays fast.
MATRIX = [(e, p) for e in ENDPOINTS[:2] for p in INJECTIONS] + [(e, p) for e in ENDPOINTS[2:] for p in INJECTIONS[:4]]


@pytest.mark.parametrize("endpoint, payload", MATRIX)
@pytest.mark.parametrize("name", FILTERS)
def test_injection_in_every_filter_is_harmless(client, endpoint, name, payload):
    response = client.get(endpoint, params={name: payload})
    # A payload never widens a filter: it matches nothing, or is refused with a code. (Full-text
    # search may legitimately match words of the payload, e.g. "script".)
    _assert_safe(response, allow_rows=(name == "q"), payload=payload)


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("path", ["/api/events/{}", "/api/articles/{}", "/api/actors/{}"])
def test_injection_in_path_ids_is_harmless(client, path, payload):
    if "\u0000" in payload:
        payload = "%00"
    response = client.get(path.format(payload))
    assert response.status_code in (404, 422), response.text
    assert response.json()["error"]["code"] in ("E205", "E209", "E341", "E340")


# Each non-filter parameter, with the endpoints that read it.
OTHER_PARAMETERS = {
    "prefix": ["/api/actors"], "cursor": ["/api/events", "/api/articles"], "order": ["/api/events"],
    "interval": ["/api/aggregates"], "group_by": ["/api/aggregates"], "limit": ["/api/events", "/api/actors"],
    "top": ["/api/aggregates"], "min_weight": ["/api/network"],
}


@pytest.mark.parametrize("name", sorted(OTHER_PARAMETERS))
@pytest.mark.parametrize("payload", INJECTIONS)
def test_injection_in_other_parameters_is_harmless(client, name, payload):
    for endpoint in OTHER_PARAMETERS[name]:
        # Only a name search (prefix) can return rows for text; the others are refused with E34x.
        response = client.get(endpoint, params={name: payload})
        _assert_safe(response, allow_rows=False, payload=payload)
        if name != "prefix":
            assert response.status_code == 422, (endpoint, response.text)


def test_store_is_unchanged_after_hostile_requests(client, store_path):
    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    for payload in INJECTIONS:
        client.get("/api/events", params={"q": payload})
        client.get("/api/events", params={"actor": payload})
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before
    assert {r["event_id"] for r in client.get("/api/events").json()["data"]} == EVENT_IDS


def test_security_headers_forbid_inline_script(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert client.get("/api/events").headers["x-content-type-options"] == "nosniff"


# -- writes --------------------------------------------------------------------------------------


def fake_annotator():
    """Stands in for the language pipeline: annotates every article with no events."""
    from dateline.model import AnnotatedArticle, Article, SentenceSpan

    def run(records):
        for record in records:
            if isinstance(record, Article):
                yield AnnotatedArticle(record, [SentenceSpan(0, len(record.text))], [], [], [], [], [], None,
                                       {"version": "fake", "model": "none"})
            else:
                yield record

    return run


@pytest.fixture
def writable(tmp_path):
    path = build_store(tmp_path / "w.db")
    with client_class()(create_app(path, ingest_token="s3cret", annotator=fake_annotator),
                        raise_server_exceptions=False) as c:
        yield c


ARTICLE = {"date": "2020-01-02", "text": "Officials met in Geneva.", "title": "Geneva talks", "id": "g1"}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"},
                                     {"Authorization": "Basic s3cret"}, {"Authorization": "Bearer s3cret2"}])
def test_post_without_the_right_token_is_refused(writable, headers):
    response = writable.post("/api/articles", json=ARTICLE, headers=headers)
    assert response.status_code == 401 and response.json()["error"]["code"] == "E343"
    assert writable.get("/api/articles/g1").status_code == 404


def test_post_with_the_token_ingests_idempotently(writable):
    auth = {"Authorization": "Bearer s3cret"}
    first = writable.post("/api/articles", json=[ARTICLE, {"date": "2020-01-02", "text": ""}], headers=auth).json()["data"]
    assert first["articles_added"] == 1 and first["quarantined"] == 1 and first["doc_ids"] == ["g1"]
    assert first["errors"][0]["error"]["code"] == "E104"
    again = writable.post("/api/articles", json={"articles": [ARTICLE]}, headers=auth).json()["data"]
    assert again["articles_added"] == 0 and again["articles_skipped"] == 1
    assert writable.get("/api/articles/g1").json()["data"]["title"] == "Geneva talks"


@pytest.mark.parametrize("body", [b"{not json", b"42", b'"text"'])
def test_post_of_non_articles_is_a_coded_400(writable, body):
    response = writable.post("/api/articles", content=body,
                             headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "E347"


def test_post_quarantines_non_object_items(writable):
    response = writable.post("/api/articles", content=json.dumps([1, "x"]).encode(),
                             headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"})
    assert response.json()["data"]["quarantined"] == 2
