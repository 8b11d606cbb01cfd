"""Headline events (events/headline.py, nlp/headlines.py) and the story's main event across body
and title (salience.choose_main_event), on headlines and stories we wrote (events-headline7, #4)."""

from __future__ import annotations

import pytest

from dateline.events.codes import cameo_code
from dateline.events.salience import choose_main_event
from dateline.events.headline import supported_title_events
from dateline.model import Actor, Article, Event, PloverCode, Span
from dateline.nlp.headlines import parse_text, repair_verbs

BODY = "Rights groups in Kabul said on Monday that the UN had failed Haitian teachers."


def test_title_case_is_lowered_for_parsing_but_names_and_acronyms_stay():
    title = "Activists Decry Kabul Bombings as UN Envoy Visits Haiti"
    text = parse_text(title, BODY)
    assert len(text) == len(title)
    assert text == "Activists decry Kabul bombings as UN envoy visits Haiti"  # "Haiti": the body's "Haitian"


def test_an_all_caps_wire_headline_keeps_capitals_only_where_the_body_writes_them():
    body = "Iran said OPEC and the U.S. would meet on Monday in Tehran."
    title = "IRAN SAYS OPEC MEETS IN TEHRAN, U.S. TALKS OFF"
    text = parse_text(title, body)
    assert len(text) == len(title) and text == "Iran says OPEC meets in Tehran, U.S. talks off"


def test_a_sentence_case_headline_is_parsed_as_written():
    title = "Police probe killing of activist in Kabul"
    assert parse_text(title, BODY) == title


def _event(plover: str, code: str, event_id: str, sentence: int = 0, salience: float = 0.5,
           root: bool = False) -> Event:
    e = Event(event_id=event_id, sentence=sentence, start=0, end=10, trigger=Span(0, 3, "xyz"), source=[],
              target=[], plover=PloverCode(plover), cameo=cameo_code(code), factuality="asserted")
    e.salience, e.is_root_event = salience, root
    return e


def test_the_headline_event_is_the_main_event_when_the_body_has_none_of_its_type():
    body = [_event("REQUEST", "020", "b1", root=True)]
    title = [_event("PROTEST", "141", "t1", root=True)]
    main = choose_main_event(body, title)
    assert main is not None and main.to_dict() == {"event_id": "t1", "part": "title"}
    assert [e.is_root_event for e in (*body, *title)] == [False, True]


def test_a_body_event_of_the_headline_type_is_the_main_event():
    body = [_event("CONSULT", "040", "b1", root=True, salience=0.8),
            _event("ASSAULT", "190", "b2", sentence=2, salience=0.3),
            _event("ASSAULT", "190", "b3", sentence=3, salience=0.2)]
    title = [_event("ASSAULT", "190", "t1", root=True)]
    main = choose_main_event(body, title)
    assert main is not None and (main.event_id, main.part) == ("b2", "text")
    assert [e.event_id for e in (*body, *title) if e.is_root_event] == ["b2"]


def test_without_headline_events_the_body_root_stays():
    body = [_event("CONSULT", "040", "b1", root=True), _event("ASSAULT", "190", "b2")]
    main = choose_main_event(body, [])
    assert main is not None and (main.event_id, main.part) == ("b1", "text")
    assert choose_main_event([], []) is None


@pytest.mark.model
def test_the_pipeline_codes_the_headline_with_offsets_into_the_title(pipeline):
    title = "Russia Expels Two British Diplomats"
    article = Article(doc_id="h1", date="2020-01-05", title=title,
                      text="Moscow said on Friday it would respond to London's measures.")
    out = next(pipeline.annotate([article])).to_dict()
    assert out["title"] == title
    (event,) = out["title_events"]
    assert event["plover"]["type"] == "SANCTION" and [a["name"] for a in event["source"]] == ["Russia"]
    trig = event["trigger"]
    assert title[trig["start"]:trig["end"]] == trig["text"] and trig["text"].startswith("Expels")
    assert out["main_event"] == {"event_id": event["event_id"], "part": "title"}
    assert not any(e["event_id"] == event["event_id"] for e in out["events"])  # body events stay the body's


@pytest.mark.model
def test_a_business_headline_invents_no_event(pipeline):
    article = Article(doc_id="h2", date="1987-03-02", title="Exxon Shares Rise After Strong Earnings",
                      text="Exxon Corp said on Tuesday its quarterly profit rose 20 pct to 1.2 billion dlrs.")
    out = next(pipeline.annotate([article])).to_dict()
    assert out["title_events"] == [] and out["main_event"] is None


@pytest.mark.model
def test_an_article_without_a_title_has_no_title_events(pipeline):
    article = Article(doc_id="h3", date="2020-01-05", text="Russia expelled two British diplomats on Friday.")
    out = next(pipeline.annotate([article])).to_dict()
    assert out["title"] is None and out["title_events"] == []
    assert out["main_event"]["part"] == "text"


@pytest.mark.model
def test_a_noun_the_parse_makes_a_clause_head_is_retagged_a_verb(nlp):
    doc = repair_verbs(nlp("Activists decry Dhaka bombings"))
    assert [(t.text, t.pos_) for t in doc if t.dep_ == "ROOT"] == [("decry", "VERB")]
    assert doc[0].pos_ == "NOUN" and doc[3].pos_ == "NOUN"  # subject and object stay nouns


@pytest.mark.model
def test_the_headline_first_event_word_is_its_main_event(pipeline):
    # "Decry" is the headline's event; the bombings are what it is about.
    article = Article(doc_id="h4", date="2020-01-05", title="Activists Decry Kabul Bombings",
                      text="The weather in the region was mild on Monday.")
    out = next(pipeline.annotate([article])).to_dict()
    roots = [e for e in out["title_events"] if e["is_root_event"]]
    assert [(e["trigger"]["text"], e["plover"]["type"]) for e in roots] == [("Decry", "ACCUSE")]
    assert out["main_event"]["part"] == "title"


def test_a_headline_event_told_as_background_does_not_name_the_story():
    # "Curfew Lifted Following Agreement ...": the agreement is the setting of the headline's event.
    title = "Curfew Lifted in Tehran Following Agreement Between Mayor and Protesters"
    at = title.index("Agreement")
    agreement = _event("AGREE", "057", "t1", root=True)
    agreement.trigger = Span(at, at + len("Agreement"), "Agreement")
    body = [_event("CONCEDE", "080", "b1", root=True)]
    main = choose_main_event(body, [agreement], title)
    assert main is not None and (main.event_id, main.part) == ("b1", "text")
    assert choose_main_event(body, [agreement]).event_id == "t1"  # without the title nothing is background


@pytest.mark.model
def test_a_headline_protest_with_no_resolved_actor_is_kept_there_only(pipeline):
    # Headlines are elliptical: violence, coercion and protest are political whoever acts, so the
    # headline keeps them with no actor; the same words as a body sentence keep nothing.
    words = "Protest Continues to Disrupt Traffic on Main Highway"
    article = Article(doc_id="h5", date="2020-01-05", title=words,
                      text="Protest continues to disrupt traffic on main highway.")
    out = next(pipeline.annotate([article])).to_dict()
    assert [(e["trigger"]["text"], e["plover"]["type"]) for e in out["title_events"]] == [("Protest", "PROTEST")]
    assert any("headline naming no resolved actor" in n for n in out["title_events"][0]["notes"])
    assert out["events"] == []


def _with(event: Event, *actors: Actor) -> Event:
    event.source = list(actors)
    return event


def test_headline_events_stand_alone_only_with_a_political_party_of_their_own():
    egypt = Actor("Egypt", "country:EGY", "EGY", "EGY", None, "country")
    ministry = Actor("Egyptian ministry", None, "EGYGOV", "EGY", "GOV", "nominal")
    firm = Actor("Cargill", None, "BUS", None, "BUS", "organization")
    trade = _with(_event("REJECT", "120", "t1"), egypt)
    state = _with(_event("REJECT", "120", "t2"), ministry)
    venture = _with(_event("COOPERATE", "061", "t3"), firm, egypt)
    # No body event: a bare country or a firm in a headline is no political party on its own.
    assert supported_title_events([trade, state, venture], []) == [state]
    # A body that reports a political event confirms the story: every headline event stays.
    assert supported_title_events([trade, venture], [_event("CONSULT", "040", "b1")]) == [trade, venture]


@pytest.mark.model
def test_a_trade_headline_with_no_body_event_keeps_no_headline_event(pipeline):
    article = Article(doc_id="h4", date="1987-03-02", title="Egypt Rejects Vegetable Oil Offers, To Retender",
                      text="Egypt rejected all offers at its tender for 20,000 tonnes of soyoil on Monday and will "
                           "retender next week, traders said.")
    out = next(pipeline.annotate([article])).to_dict()
    assert out["events"] == [] and out["title_events"] == [], out["title_events"]
