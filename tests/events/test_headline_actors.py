"""Headline gaps of events-headline8 (#4): nominal actors of elliptical headlines ("Rebels Agree to
...", "Leader Quits"), intransitive "quit", "expressed the need for aid", "work stoppage". Headlines
and bodies written for these tests."""

from __future__ import annotations

import pytest
from event_checks import title_types

from dateline.model import Article


@pytest.mark.model
def test_a_headline_whose_subject_is_a_nominal_political_actor_keeps_its_event(pipeline):
    out = next(pipeline.annotate([Article(doc_id="h1", date="2021-03-02",
                                          title="Opposition Leaders Agree to Hold Talks on Monday",
                                          text="The talks are to be held on Monday.")])).to_dict()
    events = out["title_events"]
    assert [e["plover"]["type"] for e in events][:1] == ["AGREE"]
    assert any("names no resolved actor" in n for n in events[0]["notes"])


@pytest.mark.model
def test_a_leader_who_quits_resigns(pipeline):
    assert ("Quits", "RETREAT") in title_types(pipeline, "Provincial Leader Quits After Bribery Scandal",
                                                  "The leader left office on Tuesday.")


@pytest.mark.model
def test_expressing_the_need_for_assistance_is_a_request(pipeline):
    # (a bare country with no body event keeps no headline event: events.supported_title_events)
    found = title_types(pipeline, "Zambian Government Expresses Need for Food Assistance After Drought",
                         "The drought destroyed much of the harvest.")
    assert [t for _, t in found] == ["REQUEST"]


@pytest.mark.model
def test_a_jury_that_indicts_acts_in_a_headline(pipeline):
    # the agent of a passive is its subject: "Indicted by Grand Jury"
    assert ("Indicted", "ACCUSE") in title_types(pipeline, "Two Indicted by Grand Jury in Bribery Probe",
                                                   "The men will appear in court next week.")
    assert ("Indicts", "ACCUSE") in title_types(pipeline, "Jury Indicts Two in Bribery Case",
                                                 "The men will appear in court next week.")


@pytest.mark.model
def test_a_work_stoppage_is_a_strike(pipeline):
    found = title_types(pipeline, "Dock Workers in Chile Announce Work Stoppage",
                         "The stoppage begins on Friday.")
    assert [t for _, t in found][:1] == ["PROTEST"]


@pytest.mark.model
def test_a_business_headline_with_a_nominal_subject_stays_empty(pipeline):
    # Market actors are no nominal political actors: a firm's officials meeting analysts is no event.
    assert title_types(pipeline, "Company Officials Meet Analysts to Discuss Earnings",
                        "The company reported higher earnings.") == []


@pytest.mark.model
def test_a_headline_event_noun_that_begins_is_the_headline_event(pipeline):
    assert [t for _, t in title_types(pipeline, "Peace Talks Begin in Geneva Amid Fragile Truce",
                                       "Delegates arrived on Sunday.")][:1] == ["CONSULT"]
    assert ("Investigation", "ACCUSE") in title_types(pipeline, "Investigation Opens Into Prison Riot Deaths",
                                                       "Officials gave no details.")


@pytest.mark.model
def test_a_candidate_is_a_nominal_political_actor(pipeline):
    found = title_types(pipeline, "Candidate Promises to Lift Curfew if Elected", "The vote is due in May.")
    assert found and found[0] == ("Promises", "CONCEDE")  # a promise to yield (codebook rule 1)


@pytest.mark.model
def test_aid_that_arrives_is_the_headline_event_but_a_grain_shipment_is_none(pipeline):
    text = "The trucks crossed the border on Monday."
    assert [t for _, t in title_types(pipeline, "Emergency Food Aid Arrives in Flood-Hit Provinces", text)] == ["AID"]
    assert title_types(pipeline, "GRAIN SHIPMENT ARRIVES IN ROTTERDAM", text) == []
