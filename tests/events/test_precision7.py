"""Precision on business and commodity news, session 8 (issue #4, events-precision7). Our own
sentences; each rule is paired with the political reading that must stay."""

from __future__ import annotations

import pytest

import dateline
from dateline.model import Actor

pytestmark = pytest.mark.model

NAMES = {
    "Turkey": Actor("Turkey", "Q43", "TUR", "TUR", None, "country"),
    "Russia": Actor("Russia", "Q159", "RUS", "RUS", None, "country"),
    "Libya": Actor("Libya", "Q1016", "LBY", "LBY", None, "country"),
    "Egypt": Actor("Egypt", "Q79", "EGY", "EGY", None, "country"),
    "Iran": Actor("Iran", "Q794", "IRN", "IRN", None, "country"),
    "the Arab League": Actor("Arab League", "Q7172", "IGOARL", None, "IGO", "organization"),
    "Erdogan": Actor("Recep Tayyip Erdogan", "Q39723", "TURGOV", "TUR", "GOV", "person"),
    "Putin": Actor("Vladimir Putin", "Q7747", "RUSGOV", "RUS", "GOV", "person"),
    "Lavrov": Actor("Sergei Lavrov", "Q150851", "RUSGOV", "RUS", "GOV", "person"),
    "the Foreign Ministry": Actor("Foreign Ministry", None, "TURGOV", "TUR", "GOV", "organization"),
    "Oil sources": Actor("Oil sources", None, "BUS", None, "BUS", "nominal"),
    "Acme Corp": Actor("Acme Corp", None, "BUS", None, "BUS", "organization"),
    "Korva": Actor("Korva", None, "BUS", None, "BUS", "organization"),
    "banks": Actor("banks", None, "BUS", None, "BUS", "nominal"),
}


def of_type(events, plover):
    return [e for e in events if e.plover.type == plover]


def names(actors):
    return [a.name for a in actors]


# --- roles -------------------------------------------------------------------------------------------

def test_the_party_represented_is_not_the_party_visited(run):
    events, _ = run("Libya and Egypt promised to back the Arab League after Erdogan visited them on the Arab League's behalf.", NAMES)
    visits = [e for e in events if e.trigger.text.startswith("visited")]
    assert visits and all("Arab League" not in names(e.target) for e in visits)
    events, _ = run("Erdogan visited the Arab League on Monday.", NAMES)
    assert [names(e.target) for e in events if e.trigger.text == "visited"] == [["Arab League"]]


def test_meeting_two_people_pairs_the_subject_with_each(run):
    events, _ = run("Erdogan is scheduled to meet Putin and Lavrov to discuss the issue.", NAMES)
    meet = of_type(events, "CONSULT")
    assert [(names(e.source), names(e.target)) for e in meet] == [(["Recep Tayyip Erdogan"], ["Vladimir Putin", "Sergei Lavrov"])]
    events, _ = run("Erdogan met Putin in Ankara.", NAMES)  # one partner: reciprocal as before
    assert [set(names(e.source)) for e in of_type(events, "CONSULT")] == [{"Recep Tayyip Erdogan", "Vladimir Putin"}]


def test_meeting_someone_to_discuss_is_no_object_control(run, nlp, hand_mentions):
    from dateline.events.actor_index import ActorIndex
    from dateline.events.subjects import subject_actors

    from spacy.tokens import Doc

    # The parse the tagger gives in some contexts: the infinitive as an xcomp of "meet" (built by
    # hand so the rule is tested whatever the model does with this sentence).
    words = ["Officials", "will", "meet", "Putin", "and", "Lavrov", "to", "discuss", "the", "crisis", "."]
    heads = [2, 2, 2, 2, 3, 3, 7, 2, 9, 7, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "cc", "conj", "aux", "xcomp", "det", "dobj", "punct"]
    pos = ["NOUN", "AUX", "VERB", "PROPN", "CCONJ", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["official", "will", "meet", "Putin", "and", "Lavrov", "to", "discuss", "the", "crisis", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    text = doc.text
    index = ActorIndex(doc, hand_mentions(text, NAMES))
    discuss = doc[7]
    assert subject_actors(discuss, index) == []  # the officials discuss; Putin and Lavrov are met
    events, _ = run("Erdogan urged Putin to discuss the issue.", NAMES)
    assert [names(e.source) for e in events if e.trigger.text.startswith("discuss")] == [["Vladimir Putin"]]


def test_a_shift_towards_supporting_is_the_shifting_party_s(run):
    text = ("Asked whether he sensed a shift in the Foreign Ministry towards supporting the plan for Russia, "
            "Erdogan said he saw no change.")
    events, _ = run(text, NAMES)
    support = of_type(events, "SUPPORT")
    assert support and all("Recep Tayyip Erdogan" not in names(e.source) for e in support)
    assert [names(e.source) for e in support] == [["Foreign Ministry"]]


# --- not an act -------------------------------------------------------------------------------------

def test_said_at_the_meeting_is_the_setting_of_a_remark(run):
    extra = {**NAMES, "Jan Smit": Actor("Jan Smit", None, None, None, None, "person")}
    events, _ = run("Prices will rise this year, Jan Smit said at the annual meeting.", extra)
    assert not of_type(events, "CONSULT")
    events, _ = run("Jan Smit said at a meeting with Putin that prices will rise.", extra)
    assert of_type(events, "CONSULT")
    events, _ = run("Turkey said during a meeting of tea producers that it would leave the group.", extra)
    assert of_type(events, "CONSULT")  # a state speaking at a meeting takes part in it


def test_a_study_that_discusses_options_is_no_consultation(run):
    events, _ = run("The Foreign Ministry study discusses the crisis with Russia.", NAMES)
    assert not of_type(events, "CONSULT")
    events, _ = run("The Foreign Ministry discusses the crisis with Russia.", NAMES)
    assert of_type(events, "CONSULT")


# --- business ---------------------------------------------------------------------------------------

def test_company_sources_in_talks_with_a_country_is_business(run):
    events, _ = run("Oil sources currently in talks with Iran say demand is weak.", NAMES)
    assert not of_type(events, "CONSULT")
    events, _ = run("Erdogan, currently in talks with Iran, said demand is weak.", NAMES)
    assert of_type(events, "CONSULT")


def test_a_company_speaking_of_its_own_talks_is_business(run):
    events, _ = run("Acme Corp said that any negotiations with Iran would emphasize flexible volumes.", NAMES)
    assert not of_type(events, "CONSULT")
    events, _ = run("Erdogan said that any negotiations with Iran would emphasize flexible volumes.", NAMES)
    assert of_type(events, "CONSULT")


def test_aid_to_a_company_is_no_aid(run):
    events, _ = run("Turkey said it will provide Korva with a loan guarantee.", NAMES)
    assert not of_type(events, "AID")
    events, _ = run("Turkey said it will provide Iran with humanitarian aid.", NAMES)
    assert of_type(events, "AID")


def test_a_request_that_buyers_answer_is_a_trade_request(run):
    events, _ = run("Iran made a similar request in March when Japanese buyers agreed to defer oil cargoes.", NAMES)
    assert not of_type(events, "REQUEST")
    events, _ = run("Iran made a similar request in March when Turkey agreed to release the prisoners.", NAMES)
    assert of_type(events, "REQUEST")


def test_a_country_asking_buyers_for_deliveries_is_a_trade_request(run):
    events, _ = run("Iran asked Japanese buyers for delays of sugar deliveries.", NAMES)
    assert not of_type(events, "REQUEST")
    events, _ = run("Iran asked Turkey to delay sugar deliveries.", NAMES)  # a state is asked
    assert of_type(events, "REQUEST")
    events, _ = run("Iran will ask banks for a roll-over of 9.5 billion dlrs of term debt.", NAMES)  # debt talks
    assert of_type(events, "REQUEST")
    events, _ = run("Erdogan asked Japanese buyers for delays of sugar deliveries.", NAMES)  # an office-holder asks
    assert of_type(events, "REQUEST")


def test_investing_in_a_joint_venture_is_no_cooperation(run):
    events, _ = run("Turkey will invest 200 mln dlrs in two joint ventures with Russia.", NAMES)
    assert not of_type(events, "COOPERATE")
    events, _ = run("Turkey will form two joint ventures with Russia.", NAMES)
    assert of_type(events, "COOPERATE")


def test_agreeing_not_to_seek_control_of_a_company_is_a_corporate_deal(run):
    events, _ = run("Erdogan agreed not to try to seek control of Acme Corp for ten years.", NAMES)
    assert not of_type(events, "AGREE")
    events, _ = run("Erdogan agreed not to try to seek control of the city for ten years.", NAMES)
    assert of_type(events, "AGREE")


# --- actors of business names (full pipeline: the actors stage resolves the country) ------------------

def _parties(text: str, date: str = "2019-05-01") -> list[list[str | None]]:
    art = dateline.extract(text, date)
    return [[a.code for a in (*e.source, *e.target)] for e in art.events]


def test_a_country_ending_a_company_name_is_the_company():
    found = _parties("Turkey signed an agreement with Petroleos de Venezuela on Monday.")
    assert found and all("VEN" not in codes for codes in found)
    assert any("VEN" in codes for codes in _parties("Turkey signed an agreement with Venezuela on Monday."))


def test_a_country_s_possessive_on_a_company_name_is_no_country():
    found = _parties("Officials said the deal was made during a meeting between Turkey's Botas and Spain's Almaden.")
    assert all("ESP" not in codes for codes in found)
    assert any("ESP" in codes for codes in _parties("The deal was made during a meeting between Turkey and Spain."))


# --- coding: accusations and comments ---------------------------------------------------------------

def test_a_third_party_s_reported_attack_is_no_accusation_by_the_speaker(run, hand_actors):
    events, _ = run("Turkey said Israel had attacked Syria.", hand_actors)
    assert not of_type(events, "ACCUSE")
    assert of_type(events, "ASSAULT")[0].factuality == "reported"  # the act stays, as reported
    events, _ = run("Syria said Israel had attacked it.", hand_actors)  # the speaker is the victim
    assert [(names(e.source), names(e.target)) for e in of_type(events, "ACCUSE")] == [(["Syria"], ["Israel"])]
    events, _ = run("Erdogan said Russia attacked Turkey.", hand_actors)  # the speaker's country
    assert of_type(events, "ACCUSE")
    events, _ = run("Turkey claimed that Israel had attacked Syria.", hand_actors)  # a verb that accuses
    assert of_type(events, "ACCUSE")


def _expressed_event(nlp, text: str):
    from dateline.model import Event, PloverCode, Span
    from dateline.events.codes import cameo_code

    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "express")
    return doc, Event(event_id="e", sentence=0, start=0, end=len(text), trigger=Span(verb.idx, verb.idx + len(verb.text), verb.text),
                      source=[NAMES["Turkey"]], target=[], plover=PloverCode("SUPPORT", None, []), cameo=cameo_code("051"),
                      factuality="asserted", trigger_token=verb.i)


@pytest.mark.parametrize("text,code,plover", [
    ("Turkey expressed concern about the fighting.", "012", "ACCUSE"),
    ("Turkey expressed deep alarm over the fighting.", "012", "ACCUSE"),
    ("Turkey expressed satisfaction with the talks.", "013", "SUPPORT"),
])
def test_an_expressed_concern_or_hope_is_a_comment(nlp, text, code, plover):
    from dateline.events.sentences import SentenceIndex
    from dateline.events.stance import recode_events

    doc, event = _expressed_event(nlp, text)
    kept = recode_events([event], doc, SentenceIndex(doc))
    assert [(e.cameo.code, e.plover.type) for e in kept] == [(code, plover)]


def test_an_expressed_view_is_still_no_event(nlp):
    from dateline.events.sentences import SentenceIndex
    from dateline.events.stance import recode_events

    doc, event = _expressed_event(nlp, "Turkey expressed its view on the fighting.")
    assert recode_events([event], doc, SentenceIndex(doc)) == []


# --- second pass over the full Reuters lists -----------------------------------------------------

@pytest.mark.parametrize("text,vetoed", [
    ("Four military men will return to the ministry of defence where they worked before.", True),
    ("Four military men will return to their barracks in Syria.", False),
])
def test_returning_to_a_ministry_is_no_retreat(nlp, text, vetoed):
    # The RETREAT 084 reading of "return" (as the event classifier gives it) is vetoed for a post.
    from dateline.events.actor_index import ActorIndex
    from dateline.events.lexicon import Match, Pattern
    from dateline.events.nonpolitical import business_sense

    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "return")
    match = Match(verb, Pattern(lemma="return", pos="verb", cameo="084", plover="RETREAT"), None)
    assert (business_sense(match, ActorIndex(doc, [])) is not None) == vetoed


def test_negotiating_with_customers_is_business(run):
    events, _ = run("Iran is currently negotiating with two of its former customers to resume gas exports.", NAMES)
    assert not of_type(events, "CONSULT")
    events, _ = run("Iran is currently negotiating with Turkey to resume gas exports.", NAMES)
    assert of_type(events, "CONSULT")
    events, _ = run("Erdogan will soon talk with corn refiners on the subject.", NAMES)  # a state actor talks to firms
    assert of_type(events, "CONSULT")


def test_partners_in_a_venture_are_market_participants(run):
    events, _ = run("The three Turkey participants in the gold mining venture met Iran on Monday.", NAMES)
    events_ok, _ = run("The three Turkey delegates met Iran on Monday.", NAMES)
    assert not of_type(events, "CONSULT") and of_type(events_ok, "CONSULT")


def test_an_observer_in_a_clause_does_not_make_attending_a_meeting_peacekeeping(run, hand_actors):
    text = "The meeting was attended by Turkey and Iran, the latter represented at the meeting merely as an observer."
    events, _ = run(text, hand_actors)
    assert not of_type(events, "AID")
    events, _ = run("Turkey deployed observers to Syria on Monday.", hand_actors)
    assert [e.cameo.code for e in of_type(events, "AID")] == ["074"]


def test_a_country_s_possessive_on_a_long_firm_name_is_no_country(run):
    text = "The deal was made during a meeting between Turkey's Societe Generale des Mines et Metaux Rares and Iran on Monday."
    events, _ = run(text, NAMES)
    assert not any("Turkey" in names([*e.source, *e.target]) for e in events)
    events, _ = run("Turkey's Foreign Ministry met Iran on Monday.", NAMES)  # an organ of the state stays
    assert any("Turkey" in names(e.source) for e in events)


def test_an_organisation_s_possessive_on_a_proper_name_still_names_it(run):
    # Only a country's possessive merely places a named thing; an organisation's names its own people.
    events, _ = run("Iran allowed back the Arab League's five Special Observers last week.", NAMES)
    assert [names(e.target) for e in of_type(events, "RETREAT")] == [["Arab League"]]
