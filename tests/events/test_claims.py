"""Claims and statements whose reported content carries the event (issue #4, events-cameo4):
declared intentions, demands, considered options, self-claims, wishes and undone acts (claims.py),
ceasefire violations, peacekeeping deployments and stated concerns (stance.py), institutional
subjects (institutions.py) and the events-cameo4 lexicon block. Our own sentences."""

from __future__ import annotations

import pytest

from dateline.events.statements import states_something
from dateline.model import Actor

pytestmark = pytest.mark.model


def _codes(run, text, names=None):
    events, _ = run(text, names)
    return {e.trigger.text.split()[0].lower(): e.cameo.code for e in events}


@pytest.mark.parametrize("text,word,code", [
    # declared intention (CAMEO 03): the speaker commits itself
    ("Russia said it will release the prisoners next week.", "release", "030"),
    ("Turkey announced it would send aid to Syria.", "send", "033"),
    # force declared is a threat (CAMEO 13)
    ("Erdogan said it will attack the YPG in Syria.", "attack", "138"),
    # demand (CAMEO 100): the speaker requires another's act; the demand stands on the speech verb
    ("Russia says Israel must end attacks on Syria.", "says", "100"),
    # a policy option considered (CAMEO 014)
    ("Turkey is considering sending aid to Syria.", "sending", "014"),
    # the actor's own claim (CAMEO 010)
    ("Hamas claimed that it had attacked Israel.", "attacked", "010"),
    # a hope or a doubt about an act is the speaker's comment (CAMEO 013 / 012)
    ("Turkey said it hoped for more talks with Russia.", "talks", "013"),
    ("Russia fears that Turkey will attack Syria.", "attack", "012"),
    # a wish for another's act is an appeal (CAMEO 020) on the wish verb; the act keeps its code
    ("Trump wants Putin to attack Ukraine.", "wants", "020"),
    ("Trump wants Putin to attack Ukraine.", "attack", "190"),
    # undone cooperation is a refusal (CAMEO 12)
    ("Erdogan cancelled a planned visit to Russia.", "visit", "125"),
    ("Turkey and Russia failed to reach a deal on Syria.", "reach", "120"),
])
def test_claim_codes(run, text, word, code):
    assert _codes(run, text).get(word) == code


@pytest.mark.parametrize("text,word,code", [
    ("Russia said Turkey will release the prisoners.", "release", "084"),  # another's act, not an intent
    ("Russia said it released the prisoners.", "released", "084"),  # done, not declared
    ("Israel said it must defend itself against Hamas.", "defend", None),  # own obligation: no demand
])
def test_claim_codes_left_alone(run, text, word, code):
    found = _codes(run, text)
    assert found.get(word) == code if code else found.get(word) != "100"


def test_demand_without_lexicon_event_is_coded_on_the_speech_verb(run):
    events, _ = run("Turkey said that Iran must ensure security for the pilgrims.")
    demand = [e for e in events if e.cameo.code == "100"]
    assert demand and demand[0].trigger.text == "said"
    assert [a.name for a in demand[0].source] == ["Turkey"] and [a.name for a in demand[0].target] == ["Iran"]


@pytest.mark.parametrize("text,source,target", [
    ("Russia says Israel must end attacks on Syria.", "Russia", "Israel"),
    ("Erdogan said Iran must release the prisoners.", "Recep Tayyip Erdogan", "Iran"),
])
def test_a_demand_of_a_lexicon_act_is_the_speakers_demand_of_the_actor(run, text, source, target):
    """The demanded act is the demand's content, not an event of its own re-coded 100 with the
    act's own actors (before session 14, "Israel must end attacks" gave ISR -> SYR, 100)."""
    events, _ = run(text)
    assert [(e.cameo.code, e.plover.type) for e in events] == [("100", "REQUEST")]
    assert [a.name for a in events[0].source] == [source] and [a.name for a in events[0].target] == [target]


def test_a_demand_with_an_unresolved_speaker_keeps_the_recoded_act(run):
    events, _ = run("Some say Israel must end attacks on Syria.")
    assert [(e.trigger.text.split()[0], e.cameo.code) for e in events] == [("end", "100")]


@pytest.mark.parametrize("text,source,target,plover", [
    ("Russia fears that Turkey will attack Syria.", "Russia", "Turkey", "ACCUSE"),
    ("Israel is skeptical of Iran's promise that it would release the sailors.", "Israel", "Iran", "ACCUSE"),
    ("Merkel said she hoped that Russia would withdraw its troops from Ukraine.", "Angela Merkel", "Russia", "SUPPORT"),
])
def test_a_hope_or_doubt_about_anothers_act_is_a_comment_on_that_actor(run, text, source, target, plover):
    events, _ = run(text)
    comment = [e for e in events if e.cameo.code in ("012", "013")]
    assert len(comment) == 1 and comment[0].plover.type == plover
    assert comment[0].factuality in ("asserted", "reported")  # "said she hoped": the comment is reported
    assert [a.name for a in comment[0].source] == [source] and [a.name for a in comment[0].target] == [target]


def test_a_hope_about_ones_own_act_keeps_the_act(run):
    events, _ = run("Turkey said it hoped for more talks with Russia.")
    assert [(e.cameo.code, e.plover.type) for e in events] == [("013", "CONSULT")]


@pytest.mark.parametrize("text", [
    "Rawl also said companies must find new ways of enhanced recovery.",  # no actor must act
    "All sales must be registered by September, the ministry said.",
])
def test_no_demand_event_without_an_actor_who_must_act(run, hand_actors, text):
    names = {**hand_actors, "Rawl": Actor("Lawrence Rawl", None, "USABUS", "USA", "BUS", "person"),
             "the ministry": Actor("ministry", None, "GOV", None, "GOV", "organization")}
    events, _ = run(text, names)
    assert not [e for e in events if e.cameo.code == "100"]


def test_declared_readiness_is_intent(run):
    assert _codes(run, "Turkey is ready to contribute to the reconstruction of Syria.").get("ready") == "030"


def test_declared_intent_keeps_a_one_sided_weak_match(run):
    events, _ = run("Hamas said it will release two guards on Monday.")
    assert [e.cameo.code for e in events if e.trigger.text == "release"] == ["030"]


@pytest.mark.parametrize("text,word,code", [
    ("Russia violated the ceasefire in Syria on Tuesday.", "violated", "196"),
    ("Russia violated the trade agreement with Turkey.", "violated", "128"),
    ("Turkey is sending troops to the UN peacekeeping mission in Syria.", "sending", "074"),
    ("Turkey is sending troops to the border with Syria.", "sending", "150"),
])
def test_document_recodes(run, text, word, code):
    assert _codes(run, text).get(word) == code


def test_stated_concern_is_a_statement_not_an_event(run, nlp, hand_mentions):
    text = "Turkey expressed concern about the escalation in Syria."
    events, _ = run(text)
    assert not [e for e in events if e.trigger.text.startswith("expressed")]
    assert states_something(nlp(text), hand_mentions(text))


@pytest.mark.parametrize("text", [
    "The agency said it is skeptical of the plan.",
    "The governor's office declined to comment on the bill.",
    "The GAO said it is skeptical of the program.",
])
def test_unresolved_institutional_speakers_state_something(nlp, text):
    assert states_something(nlp(text), [])


@pytest.mark.parametrize("text,word,code", [
    ("Turkey rejected the demands of Russia.", "rejected", "120"),  # plural demands: not commercial
    ("Russia seized the pumping stations in Syria.", "seized", "192"),
    ("The United States advised against travel to Iran.", "advised", "160"),
    ("Hamas freed the civilians on Sunday.", "freed", "084"),
    ("Russia launched a military operation against the YPG.", "launched", "190"),
    ("Turkey announced $30 million in aid to Syria.", "announced", "070"),
    ("Turkey gave $2 million to Syria.", "gave", "071"),
    ("Turkey gave Russia permission to use the base.", "gave", "080"),
    ("Putin said he would not give permission to Turkey to enter Syria.", "give", "120"),
    ("Protesters received assurances from Erdogan.", "received", "030"),
    ("Erdogan faces pressure from Putin to leave Syria.", "faces", "100"),
])
def test_lexicon_block(run, text, word, code):
    assert _codes(run, text).get(word) == code


def test_institution_subject_keeps_a_strong_verb_event(run):
    events, _ = run("The Syrian army attacked rebel positions near Aleppo on Tuesday.", {})
    assert [e.cameo.code for e in events if e.trigger.text == "attacked"] == ["190"]
    assert any("names no resolved actor" in n for e in events for n in e.notes)


def test_parties_named_together_violate_a_ceasefire_against_each_other(run):
    # session 14: "X and Y violated the ceasefire" is reciprocal (196, each the other's target)
    events, _ = run("Israel and Hamas violated the ceasefire on Monday.")
    violation = [e for e in events if e.cameo.code == "196"]
    assert violation and {a.code for a in violation[0].source} == {"ISR", "PSEREB"}
    assert {a.code for a in violation[0].target} == {"ISR", "PSEREB"}
    events, _ = run("Hamas violated the ceasefire on Monday.")
    assert [e.target for e in events if e.cameo.code == "196"] == [[]]
