"""`dateline eval actors` on tiny files written here in each format (never the gold sets)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.errors import DatelineError
from dateline.evaluate.actors import codes_agree, evaluate_actors, phrase_extent, predicted_event, side_code
from dateline.evaluate.actors_formats import bio_spans, detect_format, petr_date, read_bio, read_petr2
from dateline.model import Actor

PETR = [
    {"id": "t1", "date": "20190304", "evaluate": "true",
     "text": "Kenyan police arrested two Ugandan traders in Nairobi on Monday.",
     "events": [{"eventcode": "173", "sourcecode": "KENCOP", "targetcode": "UGA"}]},
    {"id": "t2", "date": "190305", "evaluate": "true", "text": "The weather was fine in Lima.",
     "events": [{"eventcode": "010", "sourcecode": "PER", "targetcode": "PER"}]},
    {"id": "t3", "date": "20190306", "evaluate": "true", "text": "Nothing happened.", "events": [{"noevents": "True"}]},
    {"id": "t4", "date": "20190306", "evaluate": "false", "text": "Skipped.",
     "events": [{"eventcode": "010", "sourcecode": "USA", "targetcode": "USA"}]},
]
CAMEO_NER = """Kenyan B-S
police I-S
arrested O
two B-T
Ugandan I-T
traders I-T
. O

The O
weather O
was O
fine O
. O
"""
CONLL = """Kenyan JJ B-NP B-MISC
police NN I-NP O
met VBD B-VP O
Paul NNP B-NP B-PER
Ochieng NNP I-NP I-PER
in IN B-PP O
Nairobi NNP B-NP B-LOC
. . O O
"""


@pytest.fixture()
def files(tmp_path):
    petr = tmp_path / "petr.jsonl"
    petr.write_text("".join(json.dumps(r) + "\n" for r in PETR), encoding="utf-8")
    ner = tmp_path / "cameo.txt"
    ner.write_text(CAMEO_NER, encoding="utf-8")
    conll = tmp_path / "conll.txt"
    conll.write_text(CONLL, encoding="utf-8")
    return petr, ner, conll


def test_formats_are_recognised_by_content(files, tmp_path):
    petr, ner, conll = files
    assert [detect_format(p) for p in files] == ["petr2", "cameo_ner", "conll"]
    other = tmp_path / "other.txt"
    other.write_text("just some text\n", encoding="utf-8")
    with pytest.raises(DatelineError) as err:
        detect_format(other)
    assert err.value.code == "E300"


def test_petr2_reader_keeps_coded_sentences_and_reads_both_date_forms(files):
    sentences = list(read_petr2(files[0]))
    assert [s.sent_id for s in sentences] == ["t1", "t2"]  # noevents and evaluate=false are left out
    assert sentences[0].date == "2019-03-04" and sentences[1].date == "2019-03-05"
    assert sentences[0].dyads == [("KENCOP", "UGA")]
    assert petr_date("690101") == "1969-01-01" and petr_date("2019-3") is None


def test_bio_spans_handle_bio_and_iob1():
    assert bio_spans(["B-S", "I-S", "O", "B-T", "B-T", "I-T"]) == [(0, 2, "S"), (3, 4, "T"), (4, 6, "T")]
    assert bio_spans(["I-PER", "I-PER", "I-LOC", "O"]) == [(0, 2, "PER"), (2, 3, "LOC")]


def test_side_code_and_predicted_event_choice():
    rebels = Actor("rebels", None, "REB", None, "REB", "nominal")
    kenya = Actor("Kenya", None, "KEN", "KEN", None, "country")
    unnamed = Actor("Sam", None, None, None, None, "person")
    assert side_code([unnamed, rebels]) == "---REB"
    assert side_code([kenya]) == "KEN"
    assert side_code([]) == ""
    assert predicted_event([]) is None


def test_gold_null_actor_wants_no_actor():
    assert codes_agree("", "---", 3) and codes_agree("", "---", 6)  # PETRARCH's null actor
    assert not codes_agree("", "---REB", 3)  # a sector with no country is an actor
    assert codes_agree("---REB", "---REB", 6) and not codes_agree("", "USA", 3)
    assert codes_agree("USAGOV", "USA", 3) and not codes_agree("USAGOV", "USA", 6)


def test_phrase_extent_grows_a_mention_to_its_noun_phrase(nlp):
    from spacy.tokens import Doc

    doc = nlp(Doc(nlp.vocab, words="Soldiers hit the Ugandan border post .".split()))
    assert phrase_extent(doc, 3, 4) == (2, 6)  # "Ugandan" -> "the Ugandan border post"


def test_scores_of_the_three_formats(files, pipeline):
    result = evaluate_actors(files, pipeline=pipeline)
    petr = result["petr.jsonl"]
    assert petr["format"] == "petr2" and petr["sentences"] == 2
    assert petr["source"]["country_correct"] == 1  # Kenyan police -> KEN; the weather sentence has no event
    assert petr["source"]["country_sector_correct"] == 1
    assert petr["target"]["country_correct"] == 1  # "two Ugandan traders" -> UGA
    assert petr["no_event"] == 1 and len(petr["errors"]) == 1
    ner = result["cameo.txt"]
    assert ner["gold_spans"] == 2
    assert ner["phrase"]["exact"]["f1"] == 1.0
    assert ner["mention"]["overlap"]["f1"] == 1.0
    conll = result["conll.txt"]
    assert conll["gold_entities"] == 3
    assert set(conll) >= {"bare_spacy", "with_entity_fixer"}
    assert 0.0 <= conll["with_entity_fixer"]["f1"] <= 1.0


def test_cameo_ner_limit_reads_the_first_sentences(files):
    assert len(list(read_bio(files[1]))) == 2


def test_eval_actors_command_prints_json(files, pipeline):
    result = CliRunner().invoke(cli, ["eval", "actors", "--limit", "1", str(files[0])])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["petr.jsonl"]["sentences"] == 1


def test_a_bad_date_is_a_coded_usage_error(files):
    result = CliRunner().invoke(cli, ["eval", "actors", "--date", "2010-13-40", str(files[1])])
    assert result.exit_code != 0 and "E302" in result.output


def test_span_mismatches_list_missed_and_extra_spans_with_the_nearest_other_span():
    from dateline.evaluate.actors import span_mismatches

    tokens = "Kenyan police arrested two Ugandan traders .".split()
    gold = {(0, 2, "S"), (3, 6, "T")}
    pred = {(0, 2, "S"), (4, 6, "T")}
    rows = span_mismatches("7", tokens, pred, gold)
    text = " ".join(tokens)
    assert rows == [("7", "missed", "T", "two Ugandan traders", "T:Ugandan traders", text),
                    ("7", "extra", "T", "Ugandan traders", "T:two Ugandan traders", text)]


def test_eval_actors_errors_option_writes_a_tsv(files, pipeline, tmp_path):
    out = tmp_path / "errors.tsv"
    result = CliRunner().invoke(cli, ["eval", "actors", "--errors", str(out), str(files[1])])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "sentence\tkind\trole\tspan\tnearest\ttext"
    assert len(lines) == 1  # both gold spans of the tiny file are found exactly


def test_statement_adapter_makes_the_speaker_of_an_eventless_statement_a_source(pipeline):
    # actors-targets11 (#3): the CAMEO 010 adapter of the event formats, as its own cameo_ner line.
    from spacy.tokens import Doc

    from dateline.evaluate.actors import _token_offsets, statement_spans
    from dateline.model import Article

    nlp = pipeline.language
    for words, expected in (
        ("The Kenyan government declined to comment on the report .".split(), {(0, 3, "S")}),
        ("Kenyan police arrested two Ugandan traders .".split(), set()),  # an event: no adapter
    ):
        text, starts = _token_offsets(words)
        annotated = next(pipeline.annotate([Article(doc_id="s", date="2010-01-01", text=text)]))
        assert statement_spans(annotated, starts, nlp(Doc(nlp.vocab, words=words))) == expected


def test_cameo_ner_scores_the_statement_adapter_on_its_own_line(files, pipeline):
    ner = evaluate_actors([files[1]], pipeline=pipeline)["cameo.txt"]
    assert set(ner) >= {"phrase", "phrase_with_statements"}


def test_cameo_ner_scores_the_root_event_and_every_event_on_its_own_line(pipeline):
    """The cameo_ner gold marks one event per sentence: the headline scores the sentence's root event
    (session 14); ``phrase_all_events`` keeps every event's roles."""
    from spacy.tokens import Doc

    from dateline.evaluate.actors import _token_offsets, role_spans
    from dateline.model import Article

    nlp = pipeline.language
    words = ("Kenyan police arrested two Ugandan traders after rebels attacked a Kenyan border post "
             "in March .").split()
    text, starts = _token_offsets(words)
    annotated = next(pipeline.annotate([Article(doc_id="s", date="2010-01-01", text=text)]))
    doc = nlp(Doc(nlp.vocab, words=words))
    assert len(annotated.events) == 2
    root = role_spans(annotated, starts, doc, root_only=True)
    assert root == {(0, 2, "S"), (3, 6, "T")}  # the arrest, not the background attack
    assert root < role_spans(annotated, starts, doc)


def test_cameo_ner_reports_the_all_events_line(files, pipeline):
    ner = evaluate_actors([files[1]], pipeline=pipeline)["cameo.txt"]
    assert ner["phrase_all_events"]["predicted_spans"] >= ner["phrase"]["predicted_spans"]


def test_only_reciprocal_spans_merge_across_a_coordination(nlp):
    """Session 14: the annotators mark each coordinated source or target apart and the participants
    of a reciprocal act as one R span."""
    from spacy.tokens import Doc

    from dateline.evaluate.actors import merge_coordinated

    doc = nlp(Doc(nlp.vocab, words="Russia expelled diplomats from Poland , Germany and Sweden .".split()))
    targets = {(4, 5, "T"), (6, 7, "T"), (8, 9, "T")}
    assert merge_coordinated(doc, targets) == targets
    doc = nlp(Doc(nlp.vocab, words="Jordan and Britain agreed .".split()))
    assert merge_coordinated(doc, {(0, 1, "R"), (2, 3, "R")}) == {(0, 3, "R")}


def test_a_common_noun_phrase_keeps_its_in_place_phrase(nlp):
    # session 14: "displaced people in eastern Syria" is one phrase; a name keeps no "in" tail
    from spacy.tokens import Doc

    doc = nlp(Doc(nlp.vocab, words="The bombing killed 75 displaced people in eastern Syria .".split()))
    assert phrase_extent(doc, 4, 6) == (3, 9)
    doc = nlp(Doc(nlp.vocab, words="Rebels attacked Turkey in March .".split()))
    assert phrase_extent(doc, 2, 3) == (2, 3)


def test_a_second_coordinated_modifier_grows_to_the_shared_phrase(nlp):
    # session 14: "US" in "the Russian and US navies" names the same phrase as "Russian"
    from spacy.tokens import Doc

    doc = nlp(Doc(nlp.vocab, words="The Russian and US navies began an exercise .".split()))
    assert phrase_extent(doc, 3, 4) == phrase_extent(doc, 1, 2) == (0, 5)
