"""Parquet -> store goes through the contract JSON: rebuilding must give back the same object."""

from __future__ import annotations

from dateline.scale.rebuild import annotated_from_dict


def test_sample_round_trips_through_its_json(sample):
    data = sample.to_dict()
    rebuilt = annotated_from_dict(data, origin="x.txt", language="en", datetime=None)
    assert rebuilt.to_dict() == data
    assert rebuilt.article.content_hash == sample.article.content_hash
    assert len(rebuilt.events) == len(sample.events) > 0


def test_unknown_keys_are_ignored():
    data = {
        "doc_id": "a", "date": "2020-01-01", "text": "Hello.", "dateline": None, "added_later": 1,
        "sentences": [{"start": 0, "end": 6, "new": True}], "pipeline": {"version": "9"},
    }
    rebuilt = annotated_from_dict(data)
    assert rebuilt.article.text == "Hello." and rebuilt.sentences[0].end == 6
