"""Casualty counts: unit tests on the regex reader, then on whole sentences."""

from __future__ import annotations

import pytest

from dateline.events.casualties import find_counts


@pytest.mark.parametrize("text,kind,value", [
    ("a shooting that killed 39 people", "fatalities", 39),
    ("at least 12 dead after the blast", "fatalities", 12),
    ("wounding 5 others", "injured", 5),
    ("three soldiers were killed", "fatalities", 3),
    ("killing at least 1,200 civilians", "fatalities", 1200),
    ("twenty people were injured", "injured", 20),
    ("the death toll rose to 40", "fatalities", 40),
    ("dozens wounded", "injured", None),
])
def test_counts(text, kind, value):
    counts = [c for c in find_counts(text) if c.kind == kind]
    assert counts and counts[0].value == value, find_counts(text)


def test_years_are_not_counts():
    assert find_counts("In 2014 killed in action were") == []


def test_the_subject_number_is_not_the_toll():
    counts = find_counts("three armed men killed 14 villagers and wounded 20 others")
    assert [(c.kind, c.value) for c in counts] == [("fatalities", 14), ("injured", 20)]


def test_a_passive_subject_is_the_toll():
    counts = find_counts("five soldiers were killed 3 km from the border")
    assert [(c.kind, c.value) for c in counts][:1] == [("fatalities", 5)]


def test_toll_with_its_verb_further_on():
    counts = find_counts("The death toll from Monday's attack on the port has risen to 23, officials said.")
    assert [(c.kind, c.value) for c in counts] == [("fatalities", 23)]


def test_no_counts_in_plain_text():
    assert find_counts("Profit fell 3 percent in the quarter.") == []


@pytest.mark.model
def test_assault_with_victims_only_is_kept_with_counts(run):
    events, _ = run("A bombing in the market killed 12 people and wounded 30 on Friday.")
    e = next(e for e in events if e.plover.type == "ASSAULT")
    assert (e.fatalities, e.injured) == (12, 30)
    assert e.plover.mode == "explosives"


@pytest.mark.model
def test_relative_clause_count_goes_to_the_noun_event(run):
    events, _ = run("Daesh attacks, including a shooting in a nightclub that killed 39 people, continued.")
    shooting = [e for e in events if e.trigger.text == "shooting"]
    assert shooting and shooting[0].fatalities == 39
    assert not [e for e in events if e.trigger.text == "killed"]


@pytest.mark.model
def test_vague_count_is_noted_not_coded(run):
    events, _ = run("Rebels attacked the police, wounding dozens.")
    e = next(e for e in events if e.plover.type == "ASSAULT")
    assert e.injured is None and any("dozens" in n for n in e.notes)


@pytest.mark.model
def test_assault_without_actors_or_victims_is_dropped(run):
    events, _ = run("The attack happened at night.")
    assert events == []
