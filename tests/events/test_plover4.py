"""events-plover4 (#4): PLOVER types per the codebook, dates as no targets, the headline's own
event word, and whole-word headline matching. Stories and headlines written by us."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.events.salience import base_forms, headline_head, headline_score, headline_types, headline_words


def _types(events):
    return {e.plover.type for e in events}


def _by_trigger(events, word):
    found = [e for e in events if word in e.trigger.text]
    assert found, [(e.trigger.text, e.plover.type) for e in events]
    return found[0]


def _ev(trigger: str, plover: str):
    return SimpleNamespace(trigger=SimpleNamespace(text=trigger), plover=SimpleNamespace(type=plover))


# --- headline words: whole lemmas and their inflections, never a shared prefix -----------------

def test_headline_words_match_inflections_not_prefixes():
    assert "strike" in base_forms("struck") and "attack" in base_forms("attacks")
    assert "ban" in base_forms("banned") and "deploy" in base_forms("deployed")
    assert "deplore" not in base_forms("deploys") and "protest" not in base_forms("protects")
    # "deploys" used to share its first five letters with "deplore" (ACCUSE).
    assert "ACCUSE" not in headline_types(headline_words("Navy Deploys Two Frigates"))
    assert "ACCUSE" in headline_types(headline_words("Minister Deplores Attack"))


def test_a_function_word_in_a_trigger_span_is_no_headline_match():
    words = headline_words("Turkey Worried Over Air Quality")
    assert headline_score(_ev("launched over 800 air strikes", "ASSAULT"), words) == 0.0


# --- the headline's first event word is its event ----------------------------------------------

def test_the_headline_event_is_its_first_event_word():
    words = headline_words("Activists Decry Kabul Bombings")
    assert headline_head(words) == 1
    decry = headline_score(_ev("condemned", "ACCUSE"), words)
    bombing = headline_score(_ev("bombings", "ASSAULT"), words)
    assert decry > bombing, (decry, bombing)
    # A headline that names the violence first keeps it first.
    words = headline_words("Bombings in Kabul Decried by Activists")
    assert headline_score(_ev("bombings", "ASSAULT"), words) == 1.0


@pytest.mark.model
def test_the_headline_verb_picks_the_accusation_over_the_violence_it_names(nlp, hand_mentions):
    from dateline.events import extract_events
    from dateline.model import Article

    text = "Israel bombed Syria on Monday. Turkey condemned Israel over the bombing."
    article = Article(doc_id="t", date="2017-02-08", text=text, title="Turkey Decries Bombing of Syria")
    events, _ = extract_events(nlp(text), article, hand_mentions(text), None)
    root = [e for e in events if e.is_root_event][0]
    assert root.plover.type == "ACCUSE", [(e.trigger.text, e.plover.type, e.salience) for e in events]


# --- PLOVER codebook mappings -------------------------------------------------------------------


@pytest.mark.model
def test_establishing_ties_is_support(run):
    events, _ = run("Israel and Turkey established diplomatic relations on Monday.")
    assert _by_trigger(events, "established").plover.type == "SUPPORT"


@pytest.mark.model
def test_halting_talks_is_sanction(run):
    events, _ = run("Turkey halted talks with Syria.")
    e = _by_trigger(events, "halted")
    assert e.plover.type == "SANCTION" and e.cameo.code == "164"


@pytest.mark.model
def test_charging_and_indicting_are_accuse(run):
    events, _ = run("Turkey charged the rebels with treason.")
    assert _by_trigger(events, "charged").plover.type == "ACCUSE"
    events, _ = run("Iran indicted six rebels.")
    assert _by_trigger(events, "indicted").plover.type == "ACCUSE"


@pytest.mark.model
def test_new_type_vocabulary(run):
    assert "MOBILIZE" in _types(run("Turkey put its troops on high alert.")[0])
    assert "COERCE" in _types(run("Turkey tightened restrictions on the media.")[0])
    assert "CONCEDE" in _types(run("Turkey met the demands of the protesters.")[0])
    assert "SUPPORT" in _types(run("Israel and Turkey upgraded ties.")[0])


@pytest.mark.model
def test_raising_the_likelihood_of_sanctions_is_a_threat(run):
    events, _ = run("Russia raised the likelihood of sanctions against Turkey.")
    assert "THREATEN" in _types(events) and "SANCTION" not in _types(events)


# --- a date is no party to the event ------------------------------------------------------------

@pytest.mark.model
def test_a_date_phrase_is_no_target(run):
    events, _ = run("Russia threatened on Turkey's national day to cut gas.")
    e = _by_trigger(events, "threatened")
    assert not any(a.name == "Turkey" for a in e.target), [a.name for a in e.target]


@pytest.mark.model
def test_round_two_vocabulary(run):
    assert "CONCEDE" in _types(run("Turkey agreed to the demands of the protesters.")[0])
    assert "COERCE" in _types(run("Turkey suspended social media platforms.")[0])
    assert "RETREAT" in _types(run("The rebels formally disbanded.")[0])
    assert "PROTEST" in _types(run("Russia shunned the summit.")[0])
    assert "ACCUSE" in _types(run("Turkey brought a complaint against Russia.")[0])
