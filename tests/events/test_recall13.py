"""Session 13, events-recall13 (#3): CONSULT recall. Telephone calls the parser reads oddly (a lone
name after "called" taken for an object predicate, a description with the name in apposition, a
date phrase opening the sentence taken for the particle of "called on") and meals two officials
share. Sentences written for these tests (none from a gold set); each positive case failed before
the change."""

from __future__ import annotations

import pytest

from event_checks import body_events


def _coded(pipeline, text):
    return [(e.plover.type, e.cameo.code, sorted(a.code for a in e.source), sorted(a.code for a in e.target))
            for e in body_events(pipeline, text)]


def _consults(pipeline, text, source, target):
    found = _coded(pipeline, text)
    assert any(t == "CONSULT" and source in s and target in g for t, _, s, g in found), found


# --- 041 telephone calls --------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,source,target", [
    # a lone name after "called": the parser's object predicate (oprd) is whom was called
    ("German Foreign Minister Heiko Maas called Russian Foreign Minister Sergei Lavrov on Thursday.", "DEUGOV", "RUSGOV"),
    ("French President Emmanuel Macron called Turkish President Recep Tayyip Erdogan on Sunday.", "FRAGOV", "TURGOV"),
    # a description with the name in apposition stands for the person
    ("Turkish President Recep Tayyip Erdogan called his Russian counterpart, Vladimir Putin, on Friday.", "TURGOV", "RUSGOV"),
    # a date phrase opening the sentence is no particle of "called on"
    ("On Nov . 2 , German Foreign Minister Heiko Maas called Russian Foreign Minister Sergei Lavrov to discuss a "
     "number of Ukraine - related issues .", "DEUGOV", "RUSGOV"),
    ("On Oct . 9 , British Foreign Secretary Boris Johnson called US Secretary of State Mike Pompeo to discuss a "
     "number of trade - related topics .", "GBR", "USA"),
])
def test_a_call_between_leaders_is_a_phone_consultation(pipeline, text, source, target):
    found = _coded(pipeline, text)
    # a code or its country prefix (who held office on the test date is the actors stage's business)
    assert any(t == "CONSULT" and c == "041" and any(x.startswith(source) for x in s)
               and any(x.startswith(target) for x in g) for t, c, s, g in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Donald Trump called Hillary Clinton a liar on Monday.",  # naming: an object and its predicate
    "Angela Merkel was called a traitor by her critics.",  # naming in the passive
    "Vladimir Putin called it a provocation.",
])
def test_calling_someone_something_is_no_phone_call(pipeline, text):
    found = _coded(pipeline, text)
    assert not any(t == "CONSULT" for t, _, _, _ in found), found


@pytest.mark.model
def test_an_opening_date_phrase_leaves_an_appeal_an_appeal(pipeline):
    # "called on" after the date is still the appeal's particle
    found = _coded(pipeline, "On Monday , the Iraqi government called on Kurdish leaders to cancel the vote .")
    assert any(t == "REQUEST" for t, _, _, _ in found), found


# --- 040 meals two officials share ---------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,source,target", [
    ("German Chancellor Angela Merkel had dinner with Russian President Vladimir Putin in Berlin.", "DEUGOV", "RUSGOV"),
    ("Turkish President Recep Tayyip Erdogan had lunch with French President Emmanuel Macron on Tuesday.", "TURGOV", "FRAGOV"),
])
def test_a_meal_two_officials_share_is_a_meeting(pipeline, text, source, target):
    _consults(pipeline, text, source, target)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Angela Merkel had dinner with her husband on Sunday.",  # no official on the other side
    "The senator had breakfast with reporters.",
    "The workers had lunch with their families.",
])
def test_a_meal_without_officials_on_both_sides_is_no_meeting(pipeline, text):
    found = _coded(pipeline, text)
    assert not any(t == "CONSULT" for t, _, _, _ in found), found
