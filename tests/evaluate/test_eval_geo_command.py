"""`dateline eval geo` on a tiny JSONL written here (never on the gold sets)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dateline.cli import cli


def test_eval_geo_command_prints_the_scores_as_json(tmp_path, pipeline):
    text = "Soldiers were deployed in Nairobi on Monday."
    start = text.index("Nairobi")
    record = {"doc_id": "k1", "date": "2021-05-03", "text": text,
              "toponyms": [{"start": start, "end": start + 7, "lat": -1.2833, "lon": 36.8167}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "geo", str(path)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 1
    assert scores["recognition"]["f1"] == 1.0
    assert scores["resolution"]["accuracy_161km"] == 1.0


def test_eval_geo_missing_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "geo", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "does not exist" in result.output
