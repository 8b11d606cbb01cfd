"""The event classifier (issue #4): weight file, predictions on sentences of our own, the
combination rule inside the events stage, and the determinism of its training recipe."""

from __future__ import annotations

import pytest

from dateline.events import classifier as clf
from dateline.events.train_classifier import PLOVERS, ROOTS, corpus, hand_written, train
from dateline.events.training.generate import generate

TINY = """#labels\t01 19 NONE | ASSAULT NONE
bias\t2:0.5 4:0.5
w:bomb\t1:2.0 2:-1.0 3:2.0
"""


def test_weight_file_parses_and_scores_by_features():
    model = clf.parse_weights(TINY)
    assert model.roots == ["01", "19", "NONE"] and model.plovers == ["ASSAULT", "NONE"]
    assert model.weights["w:bomb"] == {1: 2.0, 2: -1.0, 3: 2.0}


def test_weight_file_without_labels_is_rejected():
    with pytest.raises(ValueError):
        clf.parse_weights("bias\t0:1.0\n")


def test_shipped_weights_load_with_every_label():
    model = clf.load_classifier()
    assert model.roots == ROOTS and model.plovers == PLOVERS
    assert len(model.weights) > 500


def test_training_data_covers_every_root_and_plover_type():
    rows = hand_written()
    assert len(rows) >= 400
    assert {r[0] for r in rows} == set(ROOTS)
    assert {r[1] for r in rows} - {"-"} == set(PLOVERS)


def test_generator_is_seeded():
    assert generate(seed=3, per_template=2) == generate(seed=3, per_template=2)
    assert generate(seed=3, per_template=2) != generate(seed=5, per_template=2)


@pytest.mark.model
@pytest.mark.parametrize("text,root,plover", [
    ("Rebel fighters stormed an army base and killed eleven soldiers.", {"18", "19"}, "ASSAULT"),
    ("Police detained forty demonstrators outside the court.", {"17"}, "COERCE"),
    ("The foreign ministers of both countries held talks in Vienna.", {"04"}, "CONSULT"),
    ("Oil prices rose sharply after the report.", {"NONE"}, "NONE"),
    ("The bank reported higher quarterly earnings and raised its dividend.", {"NONE"}, "NONE"),
    ("Thousands of nurses marched through the city demanding higher pay.", {"14", "10"}, "PROTEST"),
])
def test_simple_sentences_of_our_own(nlp, text, root, plover):
    pred = clf.classify_sentence(next(nlp(text).sents))
    assert pred.root in root
    assert pred.plover == plover
    assert abs(sum(pred.root_probs.values()) - 1.0) < 1e-6


@pytest.mark.model
def test_recipe_is_deterministic_on_a_small_subset():
    rows = corpus(per_template=1, seed=1)[::15]
    first = train(rows, steps=20, min_count=1)
    assert first == train(rows, steps=20, min_count=1)
    model = clf.parse_weights(first)
    assert model.roots == ROOTS and len(model.weights) > 50


@pytest.mark.model
def test_classifier_adds_an_event_the_lexicon_lacks(run, monkeypatch):
    text = "Protesters burned an effigy of Erdogan outside the embassy."
    monkeypatch.setenv("DATELINE_EVENTS_CLASSIFIER", "off")
    lexicon_only, _ = run(text)
    monkeypatch.setenv("DATELINE_EVENTS_CLASSIFIER", "on")
    events, _ = run(text)
    added = [e for e in events if "coded by the event classifier (no lexicon trigger)" in e.notes]
    if lexicon_only:
        pytest.skip("the lexicon now codes this sentence itself")
    assert added and added[0].plover.type == "PROTEST" and added[0].cameo.root == "14"
    assert {a.code for a in added[0].source} == {"---OPP"}


@pytest.mark.model
def test_plain_statement_gets_no_classifier_event(run):
    events, _ = run("Putin told reporters on Monday that the talks would continue.")
    assert not [e for e in events if "coded by the event classifier (no lexicon trigger)" in e.notes]


@pytest.mark.model
def test_business_sentence_gets_no_classifier_event(run):
    events, _ = run("The European Union said exports of steel rose four percent in the quarter.")
    assert not [e for e in events if "coded by the event classifier (no lexicon trigger)" in e.notes]


@pytest.mark.model
def test_switch_off_keeps_lexicon_events(run, monkeypatch):
    monkeypatch.setenv("DATELINE_EVENTS_CLASSIFIER", "off")
    events, _ = run("Turkey accused Russia of violating the ceasefire.")
    assert "ACCUSE" in [e.plover.type for e in events]
    assert not [e for e in events if "coded by the event classifier (no lexicon trigger)" in e.notes]
