"""Targets read from the object or an aim preposition when the trigger's own slots name no one,
and subjects listed as appositions."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.model


def test_target_from_an_aim_preposition(dyads):
    found = dyads("The Kenyan army launched missiles at the Ugandan police.", "launched missiles")
    assert found == [(["KENMIL"], ["UGACOP"])], found


def test_target_never_repeats_the_source(dyads):
    for source, target in dyads("Kenya sent troops to help Kenya."):
        assert not set(source) & set(target)


def test_listed_subjects_all_take_part(dyads):
    found = dyads("The US, Russia, and Switzerland met yesterday.", "met")
    assert found == [(["USA", "RUS", "CHE"], ["RUS", "CHE", "USA"])], found


def test_agentless_passive_takes_the_owner_of_its_means(dyads):
    found = dyads("Three farmers were killed in a Kenyan air strike.", "killed")
    assert found and found[0][0] == ["KEN"], found


def test_statement_author_acts_in_its_participle(dyads):
    found = dyads("Kenya issued a statement urging Uganda to release the prisoners.")
    assert any("KEN" in s for s, _ in found), found


def test_meeting_is_reciprocal_with_the_first_dyad_first(dyads):
    found = dyads("Kenya met Uganda on Monday.")
    assert (["KEN", "UGA"], ["UGA", "KEN"]) in found, found


def test_reduced_passive_relative_names_the_target(dyads):
    found = dyads("There were ten Kenyan soldiers killed in Somalia on Monday.", "killed")
    assert found and found[0][1] == ["KENMIL"], found
