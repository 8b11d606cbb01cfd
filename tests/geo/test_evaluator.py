import json

import pytest

from dateline.evaluate.geo import evaluate_geo, km, match_spans


def test_km_is_great_circle():
    assert km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.5)
    assert km(39.92, 32.85, 39.92, 32.85) == 0.0


def test_overlap_matching_is_one_to_one():
    assert match_spans([(0, 5), (3, 8)], [(2, 6)]) == [(0, 0)]
    assert match_spans([(10, 12)], [(0, 5)]) == []


def test_evaluate_geo_on_a_tiny_file(tmp_path, pipeline):
    text = "Protesters gathered in Paris on Saturday. Police in Lyon made arrests."
    record = {
        "doc_id": "1", "date": "2020-01-01", "text": text,
        "toponyms": [
            {"start": 23, "end": 28, "phrase": "Paris", "lat": 48.8534, "lon": 2.3488},
            {"start": 52, "end": 56, "phrase": "Lyon", "lat": 45.7485, "lon": 4.8467},
            {"start": 0, "end": 10, "phrase": "Protesters", "lat": 0.0, "lon": 0.0},  # not findable
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = evaluate_geo(path, pipeline=pipeline)
    rec = result["recognition"]
    assert rec["gold"] == 3 and rec["predicted"] == 2
    assert abs(rec["precision"] - 1.0) < 1e-9 and abs(rec["recall"] - 2 / 3) < 1e-9
    assert result["resolution"]["n"] == 2 and result["resolution"]["accuracy_161km"] == 1.0
    given = result["resolution_given_gold_spans"]
    assert given["n"] == 3 and abs(given["accuracy_161km"] - 2 / 3) < 1e-9
