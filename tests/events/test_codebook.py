"""PLOVER codebook refinements (events/codebook.py), one rule per test, and the lexicon entries
appended with them, on sentences we wrote."""

from __future__ import annotations

import pytest
from event_checks import only, types_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,word", [
    ("Turkey promised on Saturday to lift restrictions on Syrian traders.", "promised"),
    ("The government of Iran agreed to release the detained sailors.", "agreed"),
    ("Putin offered concessions to protesters.", "offered"),
])
def test_a_promise_to_yield_is_concede(run, text, word):
    assert only(run(text)[0], word).plover.type == "CONCEDE"


def test_a_promise_to_cooperate_stays_agree(run):
    events, _ = run("Turkey promised to work with Russia on trade.")
    assert only(events, "promised").plover.type == "AGREE"


def test_a_declared_ceasefire_is_concede_and_an_observed_withdrawal_retreat(run):
    declared, _ = run("The rebels announced their intention to lay down their arms.")
    assert only(declared, "lay").plover.type == "CONCEDE", types_of(declared)
    done, _ = run("Russia withdrew its troops from Syria.")
    assert only(done, "withdrew").plover.type == "RETREAT"
    reported, _ = run("Turkey announced that its troops had withdrawn from Syria.")
    assert only(reported, "withdrawn").plover.type == "RETREAT"
    planned, _ = run("Russia will withdraw its troops from Syria next month.")
    e = only(planned, "withdraw")
    assert e.plover.type == "RETREAT" and e.factuality == "planned"


def test_withdrawing_a_presence_is_sanction(run, hand_actors):
    from dateline.model import Actor

    names = dict(hand_actors)
    names["the United Nations"] = Actor("United Nations", "Q1065", "IGOUNO", None, "IGO", "organization")
    names["Amnesty International"] = Actor("Amnesty International", "Q42970", "NGO", None, "NGO", "organization")
    observers, _ = run("The United Nations withdrew its observers from Syria on Monday.", names)
    e = only(observers, "withdrew")
    assert e.plover.type == "SANCTION" and e.cameo.code == "166"
    ngo, _ = run("Amnesty International withdrew from Iran, citing security concerns.", names)
    assert only(ngo, "withdrew").plover.type == "SANCTION"
    troops, _ = run("Russia withdrew its troops from Syria.", names)
    assert only(troops, "withdrew").plover.type == "RETREAT"


def test_signing_an_agreement_is_support(run):
    events, _ = run("Russia signed a trade agreement with Ukraine.")
    e = only(events, "signed")
    assert e.plover.type == "SUPPORT" and e.cameo.code == "057"
    assert any("SUPPORT (PLOVER)" in n for n in e.notes)


def test_troops_of_an_organisation_retreat(run, hand_actors):
    from dateline.model import Actor

    names = dict(hand_actors)
    names["UN"] = Actor("United Nations", "Q1065", "IGOUNO", None, "IGO", "organization")
    events, _ = run("Hundreds of UN troops withdrew from Syria on Monday.", names)
    assert only(events, "withdrew").plover.type == "RETREAT", types_of(events)


@pytest.mark.parametrize("text", [
    "Turkey expelled dozens of Russian diplomats on Friday.",
    "Israel expelled the Iranian ambassador.",
])
def test_expelling_diplomats_is_sanction(run, text):
    e = only(run(text)[0], "expel")
    assert e.plover.type == "SANCTION" and e.cameo.root == "16", types_of([e])


def test_expelling_people_stays_coerce(run):
    events, _ = run("Turkey expelled 40 Syrian migrants on Friday.")
    assert only(events, "expel").plover.type == "COERCE"


def test_a_labour_strike_is_protest_not_an_attack(run):
    events, _ = run("Teachers in Ukraine launched a wildcat general strike against Russia on Tuesday.")
    hits = [e for e in events if "strike" in e.trigger.text]
    assert hits and all(e.plover.type == "PROTEST" for e in hits), types_of(events)
    air, _ = run("Israel launched a strike on Syria on Tuesday.")
    assert only(air, "strike").plover.type == "ASSAULT"



def test_a_conflict_act_under_a_threat_word_is_threaten(run):
    events, _ = run("Turkey raised the possibility of sanctions against Syria.")
    e = only(events, "sanction")
    assert e.plover.type == "THREATEN" and e.cameo.root == "13", types_of(events)


def test_a_threat_verb_keeps_its_own_event_and_the_threatened_act(run):
    events, _ = run("Iran threatened to attack Israel.")
    assert {"THREATEN", "ASSAULT"} <= {e.plover.type for e in events}, types_of(events)


def test_the_state_ending_protests_is_repression_or_threat(run, hand_actors):
    from dateline.model import Actor

    names = dict(hand_actors)
    names["the government"] = Actor("government", None, "---GOV", None, "GOV", "nominal")
    vowed, _ = run("Erdogan vowed to end the protests with force.", names)
    assert only(vowed, "end").plover.type == "THREATEN", types_of(vowed)
    yielded, _ = run("Protesters ended the protests against Erdogan on Sunday.", names)
    assert only(yielded, "end").plover.type == "CONCEDE", types_of(yielded)


def test_peacekeepers_are_aid_when_sent_and_retreat_when_let_in(run, hand_actors):
    from dateline.model import Actor

    names = dict(hand_actors)
    names["the United Nations"] = Actor("United Nations", "Q1065", "IGOUNO", None, "IGO", "organization")
    sent, _ = run("The United Nations deployed 3,000 peacekeepers to Syria on Monday.", names)
    e = only(sent, "deployed")
    assert e.plover.type == "AID" and e.plover.mode == "peacekeeping" and e.cameo.code == "074", types_of(sent)
    troops, _ = run("Russia deployed 3,000 troops to Syria on Monday.", names)
    assert only(troops, "deployed").plover.type == "MOBILIZE"


def test_a_pledged_ceasefire_is_concede_an_agreed_one_agree(run):
    pledged, _ = run("Hamas pledged a ceasefire with Israel on Sunday.")
    hits = [e for e in pledged if e.plover.type in ("AGREE", "CONCEDE")]
    assert hits and all(e.plover.type == "CONCEDE" for e in hits), types_of(pledged)
    agreed, _ = run("Israel and Hamas agreed on a ceasefire on Sunday.")
    assert "AGREE" in {e.plover.type for e in agreed}, types_of(agreed)


def test_no_concession_in_reopening_talks_or_announcing_a_resignation(run):
    talks, _ = run("Turkey and Russia agreed to reopen talks on trade next week.")
    assert "CONCEDE" not in {e.plover.type for e in talks}, types_of(talks)
    resign, _ = run("Erdogan said he would announce his resignation next week.")
    assert "CONCEDE" not in {e.plover.type for e in resign}, types_of(resign)


@pytest.mark.parametrize("text", [
    "Turkey agreed to make concessions to Russia on trade.",
    "Turkey agreed to allow opposition parties to register.",
])
def test_agreeing_to_concessions_or_to_allow_is_concede(run, text):
    events, _ = run(text)
    assert only(events, "agreed").plover.type == "CONCEDE", types_of(events)


# Lexicon entries appended by the same work (refusals, praise, bans).

def test_declining_an_offer_is_reject(run):
    events, _ = run("Iran declined the offer of aid from the United States.")
    assert only(events, "declined").plover.type == "REJECT"


@pytest.mark.parametrize("text,plover", [
    ("Turkey applauded Russia for its handling of the crisis.", "SUPPORT"),
    ("Erdogan lauded Putin on Monday.", "SUPPORT"),
    ("Turkey outlawed the YPG on Monday.", "COERCE"),
    ("Turkey ended the curfew on Monday.", "CONCEDE"),
    ("Turkey removed the restrictions on Syrian traders.", "CONCEDE"),
    ("Turkey relaxed the restrictions on Syrian traders.", "CONCEDE"),
    ("Turkey shut down all internet traffic in Diyarbakir.", "COERCE"),
    ("Turkey ordered an internet shutdown in Diyarbakir.", "COERCE"),
])
def test_appended_lexicon_entries(run, text, plover):
    events, _ = run(text)
    assert plover in {e.plover.type for e in events}, types_of(events)
