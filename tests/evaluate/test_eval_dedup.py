"""`dateline eval dedup`: the ECB+ reader, the coreference scores and the alignment, on data we wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.errors import UsageError
from dateline.evaluate.coref import b_cubed, ceaf_e, conll, muc
from dateline.evaluate.dedup import align, parse_topics, score
from dateline.evaluate.ecbplus import read_corpus

MINI = Path(__file__).resolve().parent / "data" / "ecbplus_mini"


def test_reader_builds_text_offsets_and_gold_clusters_of_annotated_sentences():
    docs = {d.doc_id: d for d in read_corpus(MINI)}
    assert sorted(docs) == ["1_1ecb", "1_1ecbplus", "1_2ecb"]
    first = docs["1_1ecb"]
    assert first.text.split("\n")[1] == "The attack killed five soldiers ."
    assert [(m.text, m.cluster) for m in first.mentions] == [("attacked", "ACT1"), ("attack", "ACT1"), ("killed", "ACT2")]
    assert all(first.text[m.start:m.end] == m.text for m in first.mentions)
    assert [m.text for m in docs["1_2ecb"].mentions] == ["died", "attacked"]  # sentence 1 is not annotated
    assert docs["1_1ecbplus"].url_date == "2012-11-20" and docs["1_1ecb"].url_date is None


def test_scores_match_hand_computed_values():
    gold = {1: "a", 2: "a", 3: "b", 4: "b", 5: "c"}
    system = {1: "x", 2: "y", 3: "x", 4: "y", 5: "x"}
    assert b_cubed(gold, system) == {"precision": 0.4, "recall": 0.6, "f1": 0.48}
    assert muc(gold, system)["f1"] == 0.0
    assert ceaf_e(gold, system) == {"precision": 0.5, "recall": 0.3333, "f1": 0.4}
    perfect = conll(gold, gold)
    assert perfect["conll_f1"] == 1.0 and perfect["b3"]["f1"] == 1.0
    singletons = conll(gold, {k: k for k in gold})
    assert singletons["b3"]["precision"] == 1.0 and singletons["b3"]["recall"] == 0.6
    assert singletons["ceaf_e"] == {"precision": 0.4667, "recall": 0.7778, "f1": 0.5833}


def test_alignment_is_one_to_one_by_overlap_and_scores_only_aligned_mentions():
    docs = read_corpus(MINI)
    text = {d.doc_id: d.text for d in docs}

    def at(doc_id: str, word: str, event_id: str) -> tuple[str, int, int, str]:
        start = text[doc_id].index(word)
        return (doc_id, start, start + len(word), event_id)

    system = [at("1_1ecb", "attacked", "E1"), at("1_1ecb", "killed", "E2"), at("1_2ecb", "attacked", "E1"),
              at("1_2ecb", "died", "E2"), at("1_2ecb", "condemned", "E9"), at("1_1ecbplus", "seized", "E1")]
    gold, predicted = align(docs, system)
    assert len(gold) == 5  # "condemned" is outside the annotated sentences; "attack" was not found
    result = score(docs, system)
    assert result["aligned_mentions"] == 5 and result["gold_mentions"] == 6
    assert result["mention_recall"] == round(5 / 6, 4)
    assert result["scores"]["b3"]["recall"] == 1.0 and result["scores"]["b3"]["precision"] < 1.0  # seized joined E1
    assert result["cross_document_links"]["gold_links"] == 2
    assert result["baselines"]["singletons"]["b3"]["precision"] == 1.0


def test_topics_option_parses_ranges_and_refuses_the_rest():
    assert parse_topics("1-3") == (1, 2, 3) and parse_topics("7") == (7,)
    for bad in ("3-1", "a", "1-"):
        with pytest.raises(UsageError) as caught:
            parse_topics(bad)
        assert caught.value.code == "E308"


@pytest.mark.model
def test_eval_dedup_command_runs_the_pipeline_and_prints_scores(pipeline):
    from dateline.cli import cli

    result = CliRunner().invoke(cli, ["eval", "dedup", str(MINI), "--topics", "1"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 3 and scores["gold_mentions"] == 6 and scores["dates"] == "anchored"
    assert set(scores["scores"]) == {"muc", "b3", "ceaf_e", "conll_f1"}
    assert 0 <= scores["mention_recall"] <= 1
