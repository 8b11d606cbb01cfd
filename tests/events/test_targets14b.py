"""targets14b (#3): places as targets of attacks, threats and aid. An act of force whose direct object
is a place ("shelled Haifa") targets the place's country, and so does the threat that governs it;
money or resources mobilised are aid, not forces."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_city_shelled_targets_its_country(dyads):
    assert dyads("Hezbollah fighters shelled Haifa .", "shelled") == [(["LBNREB"], ["ISR"])]


def test_a_threat_to_bomb_a_city_targets_its_country(dyads):
    assert dyads("Hamas threatened to bomb Tel Aviv .", "threatened") == [(["PSEREB"], ["ISR"])]


def test_money_mobilised_is_aid(dyads):
    found = dyads("The European Union is mobilising more money to support reconstruction in Colombia .",
                  "mobilising more money")
    assert found == [(["IGOEUR"], ["COL"])]


# Negative readings.

def test_troops_mobilised_stay_a_force_posture():
    import dateline

    art = dateline.extract("The army mobilised troops near the border .", "2019-05-01")
    assert [e.plover.type for e in art.events] == ["MOBILIZE"]


def test_a_city_bought_or_visited_by_a_company_is_no_attack_target(dyads):
    assert all(target != ["ISR"] for _, target in dyads("The company bought land in Haifa ."))


def test_a_mediation_ended_between_parties_targets_them(dyads):
    assert dyads("Norway ended mediation between the Sri Lankan government and the Tamil Tigers .",
                 "ended mediation") == [(["NOR"], ["LKAGOV", "LKAREB"])]


def test_talks_ended_between_a_union_and_a_company_make_no_event(dyads):
    assert dyads("The mediator ended talks between the union and the company .") == []
