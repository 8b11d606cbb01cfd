"""Session 11, events-ngec11 (#4): over-predicted AGREE and CONSULT. Headlines and sentences
written for these tests (none from a gold set)."""

from __future__ import annotations

import pytest

from event_checks import headline_plover_types, main_type

@pytest.mark.model
@pytest.mark.parametrize("title", [
    "Hostilities Halt in Border Region",
    "Hostilities Stop in Eastern Provinces After Weeks of Shelling",
])
def test_hostilities_that_stop_are_a_retreat(pipeline, title):
    # An ergative verb: the subject stops, as the object of "stopped the hostilities" would.
    assert "RETREAT" in headline_plover_types(pipeline, title)


@pytest.mark.model
def test_hostilities_that_stop_are_the_headline_event_before_talks_that_begin(pipeline):
    # The main clause is the retreat; the talks are its setting (PLOVER RETREAT: "observing a
    # ceasefire or otherwise ending active conflicts").
    assert main_type(pipeline, "Hostilities Briefly Stop as Negotiations Open in Quito") == "RETREAT"


@pytest.mark.model
@pytest.mark.parametrize("title", [
    "Talks End in Quito Without a Deal",  # not one of the entry's listed objects
    "Rain Stops in the Capital",
])
def test_an_ergative_subject_outside_the_listed_objects_codes_nothing(pipeline, title):
    assert "RETREAT" not in headline_plover_types(pipeline, title)


@pytest.mark.model
def test_defending_ones_own_call_is_no_support_and_the_call_to_a_leader_a_consultation(pipeline):
    # CAMEO 041 "discuss by telephone"; defending one's own act supports no other actor.
    assert headline_plover_types(pipeline, "Peru President Defends his Call to Chilean Leader Over Border Row") == ["CONSULT"]


@pytest.mark.model
def test_defending_another_actor_stays_support(pipeline):
    assert "SUPPORT" in headline_plover_types(pipeline, "Russia Defends its Ally Syria at the Council")


@pytest.mark.model
@pytest.mark.parametrize("title", [
    "Minister Issues Call to Government to Resign",
    "President Renews his Call to the United Nations to Send Troops",
    "President Renews his Call to the United Nations for Help",
])
def test_a_call_that_asks_for_an_act_is_no_telephone_call(pipeline, title):
    assert "CONSULT" not in headline_plover_types(pipeline, title)


@pytest.mark.model
def test_ceasing_hostilities_is_a_retreat(pipeline):
    # "cease" joins stop, end and halt for the words that name fighting (transitive and ergative).
    assert "RETREAT" in headline_plover_types(pipeline, "Rebels Cease Hostilities in the North")


@pytest.mark.model
def test_signing_read_through_a_chain_of_compounds_is_support(pipeline):
    # A headline parse: "Sign" the compound of "Trade", the compound of "Agreement" (rule 4: PLOVER
    # SUPPORT covers signing an agreement); a promise to sign stays AGREE.
    assert headline_plover_types(pipeline, "Somalia and Romania Sign Trade Agreement") == ["SUPPORT"]
    assert headline_plover_types(pipeline, "Samoa and Peru Promise to Sign Trade Agreement") == ["AGREE"]
