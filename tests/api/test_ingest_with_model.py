"""POST /api/articles through the real pipeline: the sample article becomes events with evidence."""

from __future__ import annotations

import pytest
from api_client import client_class

from dateline.api.rest import create_app
from dateline.store import open_store


@pytest.mark.model
def test_posted_sample_article_is_annotated_stored_and_served(tmp_path, pipeline, sample_text):
    db = tmp_path / "ingest.db"
    open_store(db).close()
    app = create_app(db, ingest_token="tok", annotator=lambda: pipeline.run)
    with client_class()(app) as client:
        auth = {"Authorization": "Bearer tok"}
        body = client.post("/api/articles", json={"text": sample_text, "id": "ankara"}, headers=auth).json()["data"]
        assert body["articles_added"] == 1 and body["events_added"] >= 1, body
        events = client.get("/api/events", params={"q": "Erdogan"}).json()["data"]
        assert events and all(e["doc_id"] == "ankara" for e in events)
        detail = client.get(f"/api/events/{events[0]['event_id']}").json()["data"]
        marks = detail["evidence"]["highlights"]
        assert any(m["role"] == "trigger" for m in marks)
        for m in marks:
            assert detail["evidence"]["text"][m["start"]:m["end"]] == m["text"]
        again = client.post("/api/articles", json={"text": sample_text, "id": "ankara"}, headers=auth).json()["data"]
        assert again["articles_added"] == 0 and again["articles_skipped"] == 1
