"""The KB-driven entity fixer: labels from the knowledge base, places from the gazetteer."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.actors.entity_fixer import FACTORY, fix_entities
from dateline.actors.names import find_names
from dateline.model import Place

pytestmark = pytest.mark.model


class FakePlaces:
    """The gazetteer interface (``lookup``) with a handful of towns."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def lookup(self, name: str) -> list[Place]:
        return [Place(name, None, "SYR", None, 0.0, 0.0, "city")] if name in self.names else []


def ents(doc):
    return {(e.text, e.label_) for e in doc.ents}


def test_fixer_runs_right_after_ner(nlp):
    names = nlp.pipe_names
    assert names.index(FACTORY) == names.index("ner") + 1


def test_kb_actors_get_their_labels(nlp):
    doc = nlp("Trump and Erdogan agreed on joint action against Daesh, and Pompeo will visit.")
    labels = ents(doc)
    assert ("Daesh", "ORG") in labels
    assert ("Trump", "PERSON") in labels and ("Erdogan", "PERSON") in labels and ("Pompeo", "PERSON") in labels


def test_coordinated_places_are_split_and_relabelled(nlp, pipeline):
    doc = nlp("Attacks have been steered from the towns of al-Bab and Raqqa, officials said.")
    start = [t.i for t in doc if t.text == "al"][0]
    end = [t.i for t in doc if t.text == "Raqqa"][0] + 1
    doc.ents = [Span(doc, start, end, label="ORG")]  # what the small model does on the sample
    fixed = fix_entities(doc, find_names(doc, pipeline.kb), pipeline.kb, FakePlaces({"al-Bab", "Raqqa"}))
    assert {(s.text, s.label_) for s in fixed} == {("al-Bab", "GPE"), ("Raqqa", "GPE")}


def test_person_tagged_place_after_preposition_becomes_gpe(nlp, pipeline):
    doc = nlp("Turkish troops advanced on positions near al-Bab on Sunday.")
    start = [t.i for t in doc if t.text == "al"][0]
    doc.ents = [Span(doc, start, start + 3, label="PERSON")]
    fixed = fix_entities(doc, find_names(doc, pipeline.kb), pipeline.kb, FakePlaces({"al-Bab"}))
    assert ("al-Bab", "GPE") in {(s.text, s.label_) for s in fixed}


def test_unknown_place_or_non_place_context_is_left_alone(nlp, pipeline):
    doc = nlp("Karim Bab said the plan would work.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    fixed = fix_entities(doc, find_names(doc, pipeline.kb), pipeline.kb, FakePlaces({"Karim Bab"}))
    assert ("Karim Bab", "PERSON") in {(s.text, s.label_) for s in fixed}


def test_kb_actor_is_never_relabelled_as_a_place(nlp, pipeline):
    doc = nlp("Civilians fled from Daesh in northern Syria.")
    fixed = fix_entities(doc, find_names(doc, pipeline.kb), pipeline.kb, FakePlaces({"Daesh"}))
    assert ("Daesh", "ORG") in {(s.text, s.label_) for s in fixed}


def test_short_capital_aliases_need_capitals(nlp, pipeline):
    doc = nlp("Let us see who is coming, said the IS commander in the US.")
    found = {doc.text[m.start:m.end] for m in find_names(doc, pipeline.kb)}
    assert {"IS", "US"} <= found and not {"us", "who", "is"} & found


def test_object_of_leave_becomes_gpe(nlp, pipeline):
    doc = nlp("Witnesses watched the convoy leave Beni under escort.")
    i = [t.i for t in doc if t.text == "Beni"][0]
    doc.ents = [Span(doc, i, i + 1, label="PERSON")]
    fixed = fix_entities(doc, find_names(doc, pipeline.kb), pipeline.kb, FakePlaces({"Beni"}))
    assert ("Beni", "GPE") in {(s.text, s.label_) for s in fixed}
