"""actors-petr9 (issue #3): pronouns that stand for the speaker, and the country an aim
preposition's object lies in. Sentences are written for these tests (no gold text)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


# -- "it/they" inside what a state or an organisation says: the speaker --------------------------
def test_they_in_a_claim_stands_for_the_speaking_state(dyads):
    got = dyads("France insisted that they had bombed the rebel camps in Libya on Monday.")
    assert any("FRA" in src for src, _ in got), got


def test_they_in_a_report_stands_for_the_speaking_state(dyads):
    got = dyads("Turkey said they would shell the positions of the Syrian army.")
    assert any("TUR" in src for src, _ in got), got


def test_a_person_speaker_is_no_they(dyads):
    got = dyads("Erdogan said they had shelled the Syrian army positions.")
    assert not any("TURGOV" in src for src, _ in got), got


def test_a_nearer_group_still_wins(dyads):
    got = dyads("Hezbollah fighters crossed the border. Israel said they fired rockets at Haifa.", "fired rockets")
    assert got and not any("ISR" in src for src, _ in got), got


# -- an aim preposition's object that is no actor: the country its "in" phrase names ------------
def test_meeting_on_a_crisis_in_a_country_targets_the_country(dyads):
    got = dyads("Merkel will host a conference on the crisis in Syria next week.")
    assert (["DEUGOV"], ["SYR"]) in got, got


def test_event_in_a_place_of_its_own_keeps_the_place(dyads):
    got = dyads("Merkel will host a conference in France on the crisis in Syria next week.")
    assert (["DEUGOV"], ["FRA"]) in got, got


def test_topic_in_a_legislature_is_no_country(dyads):
    got = dyads("Obama lobbied for the health bill in Congress.")
    assert not any(t and t[0] == "USA" for _, t in got), got


def test_topic_country_of_an_agreement_is_no_party(dyads):
    got = dyads("Russia and Turkey agreed on a ceasefire in Syria.")
    assert (["RUS", "TUR"], ["SYR"]) in got, got


# -- the user of the weapon a passive's agent names ----------------------------------------------
def test_passive_agent_weapon_used_by_a_group(dyads):
    got = dyads("The bus was blown up by a rocket believed to be launched by Hamas.")
    assert any("PSEREB" in src for src, _ in got), got


def test_noun_trigger_with_a_planting_group(dyads):
    got = dyads("A roadside bomb planted by Taliban fighters hit the convoy near Kandahar.", "roadside bomb")
    assert got and got[0][0] and got[0][0][0].startswith("AFG"), got


# -- the place of an agentless act of force as its source (PETRARCH's convention) ----------------
def test_agentless_arrest_abroad_takes_the_place_as_source(dyads):
    got = dyads("Two French aid workers were detained in Sudan on Sunday.")
    assert any(src == ["SDN"] for src, _ in got), got


def test_agentless_killing_in_the_victims_own_country_has_no_source(dyads):
    got = dyads("Five Afghan civilians were killed in Afghanistan on Sunday.")
    assert got and not any(src for src, _ in got), got


def test_a_subject_that_is_no_state_keeps_the_place_out(dyads):
    got = dyads("A flood that killed dozens of Indian pilgrims in Nepal destroyed the bridge.")
    assert not any(src == ["NPL"] for src, _ in got), got


# -- a wire dateline left at the head of the body names no party ----------------------------------
def test_text_dateline_country_is_no_target(dyads):
    got = dyads("ADEN, Yemen (AFP) - Five fishermen and a boy were killed in a Saudi air raid on Monday.")
    assert got and not any("YEM" in tgt for _, tgt in got), got
    got = dyads("MOGADISHU, Somalia: Two women and a child were killed in a Kenyan air strike on Monday, elders said.")
    assert got and not any(t and t.startswith("SOMGOV") for _, tgt in got for t in tgt), got


def test_capitals_headline_is_no_dateline(dyads):
    got = dyads("RUSSIA ATTACKS UKRAINE: Russian troops attacked Ukraine on Sunday.")
    assert any(tgt == ["UKR"] for _, tgt in got), got


def test_at_a_venue_is_where_not_what_about(dyads):
    got = dyads("Two gunmen opened fire at a bus station in Peshawar, northwest Pakistan, on Friday.")
    assert not any(t == ["PAK"] for _, t in got), got
