"""Document-level salience and the story's main event (events/salience.py), on stories we wrote."""

from __future__ import annotations

import pytest

from dateline.events.codes import cameo_code
from dateline.events.salience import headline_types, headline_words, rank_events
from dateline.model import Actor, Event, PloverCode, Span

pytestmark = pytest.mark.model


def _root(events):
    roots = [e for e in events if e.is_root_event]
    assert len(roots) == 1, [(e.plover.type, e.trigger.text, e.salience) for e in events]
    return roots[0]


def _run_titled(nlp, hand_mentions, text: str, title: str | None):
    from dateline.events import extract_events
    from dateline.model import Article

    article = Article(doc_id="t", date="2017-02-08", text=text, title=title)
    events, _ = extract_events(nlp(text), article, hand_mentions(text), None)
    return events


def test_every_event_gets_a_salience_and_one_is_the_root(run):
    events, _ = run("Russia attacked Ukraine on Monday. Putin will visit Turkey next week.")
    assert events and all(0.0 <= e.salience <= 1.0 for e in events)
    assert _root(events).plover.type == "ASSAULT"
    assert all("salience" in e.to_dict() and "is_root_event" in e.to_dict() for e in events)


def test_the_lead_sentence_outranks_background(run):
    text = ("Israel imposed sanctions on Iran on Tuesday. "
            "Last year Iran attacked Israel. Syria criticised Israel. Turkey hosted Erdogan.")
    assert _root(run(text)[0]).plover.type == "SANCTION"


def test_asserted_outranks_planned_and_negated_in_the_lead(run):
    events, _ = run("Putin will visit Turkey next week, and Russia did not attack Ukraine, but Israel attacked Syria.")
    assert _root(events).plover.type == "ASSAULT"


def test_main_clause_outranks_a_subordinate_clause(run):
    events, _ = run("Turkey expelled the Syrian ambassador after Syria attacked Turkey.")
    root = _root(events)
    assert root.trigger.text.startswith("expel"), [(e.plover.type, e.trigger.text) for e in events]


def test_the_type_the_story_repeats_counts(run):
    # Two sentences tie on position of their events less than on repetition: the protest story
    # mentions protests three times after a lead that also names a meeting.
    text = ("Protesters rallied against Israel as Erdogan met Putin. Protesters protested against Israel. "
            "Protesters demonstrated against Israel again.")
    events, _ = run(text)
    assert _root(events).plover.type == "PROTEST"


def test_the_headline_picks_the_event_it_names(nlp, hand_mentions):
    text = "Erdogan met Putin in Ankara on Monday, and Turkey imposed sanctions on Syria."
    plain = _run_titled(nlp, hand_mentions, text, None)
    titled = _run_titled(nlp, hand_mentions, text, "Turkey Imposes Sanctions On Syria")
    assert {e.plover.type for e in plain} >= {"CONSULT", "SANCTION"}
    assert _root(titled).plover.type == "SANCTION"


def test_headline_types_come_from_unambiguous_lexicon_words():
    assert "ASSAULT" in headline_types(["troops", "bombed", "the", "town"])
    assert headline_types(["weather", "mild", "today"]) == set()


def test_a_headline_verb_with_its_object_names_the_type_not_the_object_alone():
    # "end" + "strike" is calling off a strike (CONCEDE), not a strike (PROTEST).
    assert headline_types(headline_words("Dockers Will End Their Strike on Friday")) == {"CONCEDE"}
    assert "PROTEST" in headline_types(headline_words("Dockers Protest Again"))


def test_a_headline_promise_to_yield_is_concede_not_agree():
    assert headline_types(headline_words("Governor Promises to Lift Curfew Next Week")) == {"CONCEDE"}
    assert "CONCEDE" in headline_types(headline_words("Militia Declares a Ceasefire"))
    assert headline_types(headline_words("Parties Agree to Hold Talks")) >= {"AGREE"}
    assert "CONCEDE" not in headline_types(headline_words("Parties Agree to Hold Talks"))


def test_the_headline_promise_picks_the_concession(nlp, hand_mentions):
    text = "Erdogan met Putin in Ankara on Monday. Turkey promised to lift the curfew in Diyarbakir."
    titled = _run_titled(nlp, hand_mentions, text, "Turkey Promises to Lift Curfew")
    assert _root(titled).plover.type == "CONCEDE"


def _event(sentence: int, plover: str, actor: Actor, factuality: str = "asserted") -> Event:
    return Event(event_id=f"{plover}{sentence}", sentence=sentence, start=0, end=10, trigger=Span(0, 3, "xyz"),
                 source=[actor], target=[], plover=PloverCode(plover), cameo=cameo_code("190"),
                 factuality=factuality)  # type: ignore[arg-type]


def test_rank_events_without_a_parse_and_with_no_events():
    rank_events([])  # nothing to do
    a = Actor("Kenya", None, "KEN", "KEN", None, "country")
    early, late = _event(0, "ASSAULT", a), _event(4, "ASSAULT", a)
    rank_events([late, early])
    assert early.is_root_event and not late.is_root_event and early.salience > late.salience


def test_an_actor_without_mentions_weighs_like_no_actor():
    a = Actor("Kenya", None, "KEN", "KEN", None, "country")
    named, bare = _event(0, "ASSAULT", a), _event(0, "ASSAULT", a)
    bare.source = []
    rank_events([named], actors=[])  # the event's actor is not among the article's mentions
    rank_events([bare], actors=[])
    assert named.salience == bare.salience and 0.0 <= named.salience <= 1.0


def test_a_refusal_outranks_a_subordinate_clause_as_an_act_that_happened(run):
    # session 14: "cancelled a planned visit" is negated, but CAMEO codes the refusal (12x), which
    # happened; the accusation in the "after" clause is background.
    events, _ = run("Putin has cancelled a planned visit to Turkey, after Erdogan accused Russia of attacking Syria.")
    root = _root(events)
    assert root.cameo.code.startswith("12"), [(e.plover.type, e.cameo.code, e.trigger.text, e.salience) for e in events]
