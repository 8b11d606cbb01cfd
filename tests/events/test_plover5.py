"""events-plover5 (#4): the story's root event is told in a main clause, not in the occasion or the
earlier history around it; a headline's background phrase and opening participle are not its
event; an appeal ("called on") is no phone call. Stories and headlines written by us."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.events.salience import (HEADLINE_HEAD_TYPE, HEADLINE_LATER, SUBORDINATE, clause_score, headline_head,
                                      headline_score, headline_words)


def _ev(trigger: str, plover: str):
    return SimpleNamespace(trigger=SimpleNamespace(text=trigger), plover=SimpleNamespace(type=plover))


def _root(events):
    roots = [e for e in events if e.is_root_event]
    assert len(roots) == 1, [(e.trigger.text, e.plover.type, e.salience) for e in events]
    return roots[0]


def _token(doc, word):
    return next(t for t in doc if t.text == word)


# --- a meeting that is the occasion of another act is background -------------------------------

@pytest.mark.model
def test_the_occasion_of_an_act_is_background(nlp):
    doc = nlp("At a meeting with Putin on Monday, Erdogan condemned Israel.")
    assert clause_score(_token(doc, "meeting")) == SUBORDINATE
    assert clause_score(_token(doc, "condemned")) == 1.0
    doc = nlp("During talks with Putin, Erdogan accused Israel of war crimes.")
    assert clause_score(_token(doc, "talks")) == SUBORDINATE
    # "held talks" is the sentence's own act, not an occasion.
    doc = nlp("Erdogan held talks with Putin on Monday.")
    assert clause_score(_token(doc, "talks")) > SUBORDINATE


@pytest.mark.model
def test_a_meeting_told_in_the_past_perfect_is_not_the_story(run):
    events, _ = run("Turkey and Israel had met in May. Turkey condemned Israel on Monday.")
    assert _root(events).plover.type == "ACCUSE"


@pytest.mark.model
def test_the_past_perfect_of_reported_speech_is_the_event_itself(nlp):
    # "said ... had withdrawn": the reported event's own tense, not background.
    doc = nlp("Officials said the rebels had withdrawn from the town.")
    assert clause_score(_token(doc, "withdrawn")) == 1.0
    doc = nlp("The rebels had withdrawn from the town in May.")
    assert clause_score(_token(doc, "withdrawn")) == SUBORDINATE


# --- the headline: its background phrase and an opening participle ------------------------------

def test_a_headline_event_after_following_is_background():
    words = headline_words("Leader Quits Following Corruption Accusations")
    assert headline_score(_ev("accused", "ACCUSE"), words) == HEADLINE_LATER
    assert headline_score(_ev("accusations", "ACCUSE"), words) == HEADLINE_LATER
    # "Quits" is the headline's own event word since events-headline8 (intransitive "quit": RETREAT).
    assert headline_score(_ev("resigned", "RETREAT"), words) == HEADLINE_HEAD_TYPE
    # Where the event comes first, the phrase after it changes nothing.
    words = headline_words("Turkey Condemns Israel Over Bombing")
    assert headline_score(_ev("condemned", "ACCUSE"), words) == 1.0
    assert headline_score(_ev("bombing", "ASSAULT"), words) == HEADLINE_LATER


def test_an_opening_participle_is_no_headline_event():
    words = headline_words("Aruba: Imprisoned Regime Critic Announces Hunger Strike")
    assert "imprisoned" not in words and "strike" in words
    assert headline_score(_ev("imprisoned", "COERCE"), words) == 0.0
    assert headline_head(headline_words("Jailed Activist Begins Hunger Strike")) is not None
    # A verb in the headline keeps its place ("Troops Shelled Town" has no opening participle).
    assert "shelled" in headline_words("Troops Shelled Town")
    assert headline_words("Bombings in Kabul Decried by Activists")[0] == "bombings"


# --- an appeal is no phone call -------------------------------------------------------------------

@pytest.mark.model
def test_calling_on_someone_is_an_appeal_not_a_phone_call(run):
    events, _ = run("Erdogan called on Putin to end the war.")
    assert {e.plover.type for e in events if e.trigger.text == "called"} == {"REQUEST"}
    events, _ = run("Erdogan called Putin on Monday.")
    assert {e.plover.type for e in events if e.trigger.text == "called"} == {"CONSULT"}


# --- codebook rule 10: attacks that stop --------------------------------------------------------

@pytest.mark.model
def test_attacks_that_stop_are_a_retreat_or_its_declaration(run):
    events, _ = run("The rebels said their attacks against Turkey will stop from today.")
    assert {e.plover.type for e in events if e.trigger.text == "attacks"} == {"RETREAT"}
    events, _ = run("Hamas announced an end to its rocket attacks.")
    e = next(e for e in events if e.trigger.text == "attacks")
    assert e.plover.type == "CONCEDE" and e.cameo.code == "087"
    # "the end of the war" dates the story's event; the attack stays an attack.
    events, _ = run("Israel attacked Syria after the end of the war.")
    assert "ASSAULT" in {e.plover.type for e in events}


# --- mass expulsion is ASSAULT (CAMEO 201 in the PLOVER table) -----------------------------------

@pytest.mark.model
def test_mass_deportation_is_assault_a_deportation_is_coerce(run):
    events, _ = run("Turkey carried out mass deportations of Syrians.")
    e = next(e for e in events if "deportations" in e.trigger.text)
    assert e.plover.type == "ASSAULT" and e.cameo.code == "201"
    events, _ = run("Turkey deported two Syrians.")
    assert {e.plover.type for e in events} == {"COERCE"}


# --- codebook rule 4 on the agreement noun ------------------------------------------------------

@pytest.mark.model
def test_the_signing_of_an_agreement_is_support(run):
    events, _ = run("The signing of the agreement between Turkey and Russia came after years of talks.")
    assert {e.plover.type for e in events if e.trigger.text == "agreement"} == {"SUPPORT"}
    events, _ = run("Turkey welcomed the ratification of the treaty with Russia.")
    assert {e.plover.type for e in events if e.trigger.text == "treaty"} == {"SUPPORT"}


# --- starting patrols is MOBILIZE ----------------------------------------------------------------

@pytest.mark.model
def test_starting_or_stepping_up_patrols_is_mobilize(run):
    events, _ = run("Turkey ordered its police to begin patrols.")
    assert "MOBILIZE" in {e.plover.type for e in events}
    events, _ = run("Turkish police stepped up patrols in Ankara.", {"Turkish police": _police()})
    assert {e.plover.type for e in events} == {"MOBILIZE"}


def _police():
    from dateline.model import Actor
    return Actor("Turkish police", None, "TURCOP", "TUR", "COP", "nominal")
