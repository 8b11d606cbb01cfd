"""False-positive causes found by the hand check of Reuters-21578 commodity news (issue #4,
benchmarks/results/events_precision_check.md). Our own sentences, with hand-made actors."""

from __future__ import annotations

import pytest

from dateline.model import Actor

pytestmark = pytest.mark.model


def codes(actors) -> set[str]:
    return {a.code for a in actors}


def of_type(events, plover):
    return [e for e in events if e.plover.type == plover]


def test_coordinated_subjects_agreeing_to_help_a_third_party_are_not_each_others_partners(run):
    events, _ = run("Turkey, Iran and Russia agreed to help the European Union by cutting exports.")
    agree = [e for e in of_type(events, "AGREE") if e.trigger.text.startswith("agreed")]
    assert agree and codes(agree[0].source) == {"TUR", "IRN", "RUS"}
    assert codes(agree[0].target) == {"EUR"}


def test_coordinated_subjects_agreeing_among_themselves_stay_reciprocal(run):
    events, _ = run("Israel and Hamas agreed to a ceasefire on Monday.")
    agree = of_type(events, "AGREE")
    assert agree and codes(agree[0].source) == {"ISR", "PSEREB"} == codes(agree[0].target)


def test_people_met_by_an_unknown_party_are_not_coded_as_meeting_each_other(run):
    events, _ = run("A farmers' group is scheduled to meet Putin and Erdogan next week to discuss grain.")
    for e in of_type(events, "CONSULT"):
        assert not e.source, "the two people met are not each other's hosts"


def test_a_place_that_names_a_trade_round_is_no_actor(run, hand_actors):
    names = {**hand_actors, "Uruguay": Actor("Uruguay", "Q77", "URY", "URY", None, "country")}
    events, _ = run("Japan is beginning to make progress on the Uruguay round of trade talks.", names)
    assert not any("URY" in codes([*e.source, *e.target]) for e in events)
    events, _ = run("Uruguay held talks with Turkey in Ankara.", names)  # the country itself still acts
    assert any("URY" in codes(e.source) for e in events)


def test_calling_something_a_name_is_no_phone_call(run):
    events, _ = run("Erdogan, the Turkish president, defended the policy, calling it \"one of the most respected programs in the world.")
    assert not of_type(events, "CONSULT")
    events, _ = run("Erdogan praised Turkey's police, calling it one of the strongest in the region.")
    assert not of_type(events, "CONSULT")
    events, _ = run("Putin called Erdogan on Monday.")  # the phone call itself stays
    assert of_type(events, "CONSULT")


def test_the_classifier_adds_no_event_to_a_sentence_of_state(run):
    events, _ = run("Turkey, Iran and Russia account for 90 pct of world rubber exports.")
    assert not events
    events, _ = run("The eleven-member group includes Turkey, Iran and Syria.")
    assert not events


def test_a_country_inside_a_company_name_is_no_actor(run, hand_actors):
    names = {**hand_actors, "Canada": Actor("Canada", "Q16", "CAN", "CAN", None, "country")}
    events, _ = run("Turkey signed an agreement with Shell Canada Limited on oil sands.", names)
    assert not any("CAN" in codes([*e.source, *e.target]) for e in events)
    events, _ = run("Turkey signed an agreement with Canada on oil sands.", names)
    assert any("CAN" in codes([*e.source, *e.target]) for e in events)
