"""actors-roles7 (#3): an event with a source and no target takes the country its own clause
places it in; never a place merely named elsewhere, never the dateline, never for statements."""

from __future__ import annotations

import pytest

import dateline
from dateline.events.place_targets import PLACE_TARGET_NOTE

pytestmark = pytest.mark.model


def test_country_of_the_governed_place_is_the_target(dyads):
    assert dyads("Russia is conducting military exercises in Alaska") == [(["RUS"], ["USA"])]
    art = dateline.extract("Russia is conducting military exercises in Alaska", "2019-05-01")
    assert PLACE_TARGET_NOTE in art.events[0].notes


def test_an_actor_target_is_kept(dyads):
    assert dyads("Kenyan troops attacked Ugandan rebels in Somalia.") == [(["KENMIL"], ["UGAREB"])]


def test_no_place_target_for_a_statement(dyads):
    for _, target in dyads("The Kenyan president said in Nairobi that the talks would continue."):
        assert target != ["KEN"]


def test_a_place_named_outside_the_clause_is_no_target(dyads):
    # Nairobi is where the speaker is, not where the exercises are.
    for _, target in dyads("Russia is conducting military exercises, officials in Nairobi said."):
        assert target != ["KEN"]


def test_a_visit_takes_the_country_it_goes_to(dyads):
    assert dyads("Turkish President Tayyip Erdogan flew to Moscow on Tuesday.") == [(["TURGOV"], ["RUS"])]


def test_paid_a_visit_has_the_payer_as_source(dyads):
    assert dyads("The Kenyan foreign minister paid a visit to Uganda.") == [(["KENGOV"], ["UGA"])]
