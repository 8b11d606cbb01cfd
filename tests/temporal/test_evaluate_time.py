"""The TimeML evaluator, on a tiny TimeML file written here (never on the gold sets)."""

from __future__ import annotations

import spacy

from dateline.evaluate.time import evaluate_timeml, read_timeml, score
from dateline.model import TimeExpr

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-02-08" temporalFunction="false" functionInDocument="CREATION_TIME">2017-02-08</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">shelled</EVENT> the town <TIMEX3 tid="t1" type="DATE" value="2017-02-06" functionInDocument="NONE">Monday</TIMEX3> &amp; fled for <TIMEX3 tid="t2" type="DURATION" value="P3D" functionInDocument="NONE">three days</TIMEX3>. Talks start <TIMEX3 tid="t3" type="DATE" value="2017-03" functionInDocument="NONE">next month</TIMEX3> and in <TIMEX3 tid="t4" type="DATE" value="XXXX-SP" functionInDocument="NONE">spring</TIMEX3>.
</TEXT>
</TimeML>
"""


def write(tmp_path) -> None:
    (tmp_path / "tiny.tml").write_text(TML, encoding="utf-8")


def test_read_timeml_offsets_and_dct(tmp_path):
    write(tmp_path)
    doc = read_timeml(tmp_path / "tiny.tml")
    assert doc.dct == "2017-02-08" and doc.doc_id == "tiny-1"
    assert [(doc.text[t.start:t.end], t.type, t.value) for t in doc.timexes] == [
        ("Monday", "DATE", "2017-02-06"), ("three days", "DURATION", "P3D"),
        ("next month", "DATE", "2017-03"), ("spring", "DATE", "XXXX-SP"),
    ]
    assert "&" in doc.text and "<EVENT" not in doc.text


def test_evaluate_timeml_end_to_end(tmp_path):
    write(tmp_path)
    result = evaluate_timeml(tmp_path, nlp=spacy.blank("en"))
    assert result["documents"] == 1 and result["gold"] == 4
    # "spring" after "in" is found with the wrong (year-filled) value, the rest exactly
    assert result["relaxed"]["recall"] == 1.0
    assert result["value_accuracy"] == 0.75
    assert abs(result["value_f1"] - result["relaxed"]["f1"] * result["value_accuracy"]) < 1e-9


def test_score_strict_relaxed_and_value_f1():
    from dateline.evaluate.time import GoldTimex

    gold = [GoldTimex(0, 6, "Monday", "DATE", "2017-02-06"), GoldTimex(20, 30, "three days", "DURATION", "P3D")]
    system = [
        TimeExpr(0, 6, "Monday", "DATE", "2017-02-06"),  # exact, right value
        TimeExpr(16, 30, "for three days", "DURATION", "P2D"),  # overlap only, wrong value
        TimeExpr(40, 44, "2014", "DATE", "2014"),  # spurious
    ]
    r = score([(gold, system)])
    assert r["strict"]["precision"] == 1 / 3 and r["strict"]["recall"] == 1 / 2
    assert r["relaxed"]["precision"] == 2 / 3 and r["relaxed"]["recall"] == 1.0
    assert r["type_accuracy"] == 1.0 and r["value_accuracy"] == 0.5
    p, rec = 1 / 3, 1 / 2
    assert abs(r["value_f1"] - 2 * p * rec / (p + rec)) < 1e-9


def test_eval_time_command_prints_the_scores_as_json(tmp_path, pipeline):
    import json

    from click.testing import CliRunner

    from dateline.cli import cli

    write(tmp_path)
    result = CliRunner().invoke(cli, ["eval", "time", str(tmp_path)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 1 and scores["gold"] == 4
    assert 0.0 <= scores["value_f1"] <= scores["relaxed"]["f1"] <= 1.0


def test_errors_file_lists_each_mismatch_with_context(tmp_path):
    write(tmp_path)
    out = tmp_path / "errors.tsv"
    evaluate_timeml(tmp_path, nlp=spacy.blank("en"), errors_to=out)
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0][:6] == ["doc", "kind", "gold_text", "system_text", "gold", "system"]
    # only "spring" is wrong (its value); each row carries the surrounding text
    assert [(r[0], r[1], r[2], r[4]) for r in rows[1:]] == [("tiny-1", "value", "spring", "DATE:XXXX-SP")]
    assert "in spring" in rows[1][6]


def test_eval_time_command_writes_the_errors_file(tmp_path, pipeline):
    from click.testing import CliRunner

    from dateline.cli import cli

    write(tmp_path)
    out = tmp_path / "errors.tsv"
    result = CliRunner().invoke(cli, ["eval", "time", str(tmp_path), "--errors", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("doc\tkind\t")
