"""The extract object's headline fields (events-headline7, #4): `title`, `title_events` and
`main_event` are in the contract JSON and survive the Parquet round trip (scale/rebuild.py)."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.scale.rebuild import annotated_from_dict

pytestmark = pytest.mark.model


def test_title_events_and_main_event_are_in_the_extract_object_and_round_trip(pipeline):
    article = Article(doc_id="c1", date="2020-01-05", title="Russia Expels Two British Diplomats",
                      text="Moscow said on Friday it would respond to London's measures.")
    annotated = next(pipeline.annotate([article]))
    data = annotated.to_dict()
    assert {"title", "title_events", "main_event"} <= set(data)
    assert data["title_events"] and data["main_event"]["part"] == "title"
    roots = [e for e in (*data["events"], *data["title_events"]) if e["is_root_event"]]
    assert [e["event_id"] for e in roots] == [data["main_event"]["event_id"]]
    assert annotated_from_dict(data).to_dict() == data
