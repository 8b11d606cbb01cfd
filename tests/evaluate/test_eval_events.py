"""`dateline eval events` on tiny gold files in each format, written here (never the gold sets)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.errors import UsageError
from dateline.evaluate.events import Coded, choose_event, score
from dateline.evaluate.events_gold import detect_format, five_class, read_gold
from dateline.events.codes import cameo_code
from dateline.model import Event, PloverCode, Span

NGEC = (
    "disclaimer,text,title,source,prompt,label,mode\n"
    'synthetic,"Troops of Kenya attacked rebels in Somalia on Monday, killing 12 fighters.",t,AP,p,ASSAULT,\n'
    'synthetic,"The weather was mild in the capital this week.",t,AP,p,PROTEST,demonstrate\n'
)
CAMEO_CLASS = (
    "Kenya sharply criticised Uganda over the border closure.\t3\r\n"
    "Kenyan troops attacked rebels in Somalia on Monday.\t4\r\n"
)
PETR = [
    {"id": "s1", "date": "20080806", "text": "Kenyan troops attacked rebels in Somalia on Monday.",
     "events": [{"eventcode": "190", "sourcecode": "KENMIL", "targetcode": "SOMREB"}]},
    {"id": "s2", "date": "20080806", "text": "The weather was mild in Nairobi this week.",
     "events": [{"noevents": "True"}]},
]


def _event(code: str, plover: str, factuality: str = "asserted", confidence: float = 0.7, start: int = 0) -> Event:
    return Event(event_id=f"{code}{start}", sentence=0, start=0, end=10, trigger=Span(start, start + 3, "xyz"),
                 source=[], target=[], plover=PloverCode(plover), cameo=cameo_code(code),
                 factuality=factuality, confidence=confidence)  # type: ignore[arg-type]


def test_formats_are_told_from_the_files(tmp_path):
    (tmp_path / "s.csv").write_text(NGEC, encoding="utf-8")
    (tmp_path / "c.tsv").write_text(CAMEO_CLASS, encoding="utf-8", newline="")
    (tmp_path / "p.jsonl").write_text("".join(json.dumps(r) + "\n" for r in PETR), encoding="utf-8")
    (tmp_path / "x.txt").write_text("just text\n", encoding="utf-8")
    assert [detect_format(tmp_path / n) for n in ("s.csv", "c.tsv", "p.jsonl")] == ["ngec", "cameo_class", "petr"]
    with pytest.raises(UsageError, match="E310"):
        detect_format(tmp_path / "x.txt")
    ngec = list(read_gold(tmp_path / "s.csv"))
    assert [i.labels for i in ngec] == [("ASSAULT",), ("PROTEST",)]
    cls = list(read_gold(tmp_path / "c.tsv"))
    assert [i.labels for i in cls] == [("verbal_conflict",), ("material_conflict",)]
    assert cls[0].text.endswith("closure.")
    petr = list(read_gold(tmp_path / "p.jsonl"))
    assert petr[0].labels == ("19",) and petr[0].codes == ("190",) and petr[0].date == "2008-08-06"
    assert petr[1].labels == ()


def test_five_classes_follow_the_cameo_roots():
    assert [five_class(r) for r in ("01", "02", "03", "05", "06", "08", "09", "13", "14", "20")] == [
        "statement", "statement", "verbal_coop", "verbal_coop", "material_coop", "material_coop",
        "verbal_conflict", "verbal_conflict", "material_conflict", "material_conflict"]


def test_the_chosen_event_prefers_the_lead_then_asserted_then_confidence_then_position():
    planned = _event("040", "CONSULT", "planned", 0.9)
    low, high = _event("111", "ACCUSE", confidence=0.6), _event("190", "ASSAULT", confidence=0.8, start=50)
    assert choose_event([planned, low, high]) is high
    first, later = _event("111", "ACCUSE", start=5), _event("190", "ASSAULT", start=40)
    assert choose_event([later, first]) is first
    lead = _event("040", "CONSULT", "planned", 0.5)
    body = _event("190", "ASSAULT", confidence=0.9, start=200)
    body.sentence = 3
    assert choose_event([body, lead]) is lead
    assert choose_event([]) is None


def test_scores_count_a_text_without_events_as_wrong(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(NGEC, encoding="utf-8")
    items = list(read_gold(path))
    result = score(items, [Coded([_event("190", "ASSAULT")]), Coded([], spoke=True)], "ngec")
    assert result["accuracy"] == 0.5 and result["coverage"] == 0.5
    assert result["per_class"]["ASSAULT"]["f1"] == 1.0 and result["per_class"]["PROTEST"]["recall"] == 0.0
    assert result["confusion"] == {"ASSAULT": {"ASSAULT": 1}, "PROTEST": {"none": 1}}


def test_petr_scores_roots_codes_and_empty_sentences(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in PETR), encoding="utf-8")
    items = list(read_gold(path))
    result = score(items, [Coded([_event("193", "ASSAULT")]), Coded([_event("010", "ACCUSE")])], "petr")
    assert result["root_accuracy"] == 1.0 and result["code_accuracy"] == 0.0
    assert result["no_event_kept_empty"] == 0.0 and result["with_gold_events"] == 1


def test_a_speaker_without_event_is_a_statement_in_cameo_formats_only(tmp_path):
    path = tmp_path / "c.tsv"
    path.write_text("Kenya's president said the talks went well.\t0\r\nNothing here.\t3\r\n", encoding="utf-8")
    items = list(read_gold(path))
    result = score(items, [Coded([], spoke=True), Coded([], spoke=False)], "cameo_class")
    assert result["accuracy"] == 0.5 and result["coverage"] == 0.0
    assert result["confusion"] == {"statement": {"statement": 1}, "verbal_conflict": {"none": 1}}
    assert result["coded_as_statement_without_event"] == 1


def test_eval_events_command_runs_the_pipeline_on_each_format(tmp_path, pipeline):
    (tmp_path / "s.csv").write_text(NGEC, encoding="utf-8")
    (tmp_path / "c.tsv").write_text(CAMEO_CLASS, encoding="utf-8", newline="")
    (tmp_path / "p.jsonl").write_text("".join(json.dumps(r) + "\n" for r in PETR), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(cli, ["eval", "events", str(tmp_path / "s.csv"), str(tmp_path / "c.tsv"),
                                      str(tmp_path / "p.jsonl"), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["s.csv"]["format"] == "ngec" and scores["s.csv"]["items"] == 2
    assert scores["s.csv"]["confusion"]["PROTEST"] == {"none": 1}  # no event: counted wrong
    assert scores["c.tsv"]["per_class"]["material_conflict"]["recall"] == 1.0
    assert scores["p.jsonl"]["root_accuracy"] == 1.0 and scores["p.jsonl"]["no_event_kept_empty"] == 1.0
    wrong = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert any(w["gold"] == ["PROTEST"] and w["predicted"] == "none" for w in wrong)
    limited = CliRunner().invoke(cli, ["eval", "events", str(tmp_path / "c.tsv"), "--limit", "1", "--markdown"])
    assert limited.exit_code == 0 and "c.tsv (cameo_class, 1 texts)" in limited.output
    assert "| gold \\ pred |" in limited.output


def test_eval_events_unknown_format_is_a_coded_error(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("just text\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "events", str(path)])
    assert result.exit_code != 0 and "E310" in result.output


def test_the_chosen_event_is_the_root_event_when_one_is_flagged(tmp_path):
    lead = _event("040", "CONSULT", "asserted", 0.9)
    main = _event("190", "ASSAULT", confidence=0.5, start=60)
    main.sentence, main.is_root_event = 2, True
    assert choose_event([lead, main]) is main


def test_ngec_headline_is_read_from_the_prompt(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("disclaimer,text,title,source,prompt,label,mode\n"
                    'x,"Body text here.",{country_1} Bans Rallies,AP,"Kenya Bans Rallies\n\n(AP) --",COERCE,\n',
                    encoding="utf-8")
    assert next(read_gold(path)).title == "Kenya Bans Rallies"
