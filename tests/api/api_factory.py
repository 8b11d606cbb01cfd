"""A small store for API and web tests, built by hand through the real ``Store.add_batch``.

Three articles (one with ``<script>`` in its text), events of several types, countries and dates, so
every filter, aggregate and view has something to find. No language model needed.
"""

from __future__ import annotations

from pathlib import Path

from dateline.model import (
    Actor, ActorMention, AnnotatedArticle, Article, CameoCode, Event, EventDate, EventLocation, EventMention,
    Place, PlaceMention, PloverCode, RecordError, SentenceSpan, Span, TimeExpr,
)
from dateline.store import open_store

ANKARA = Place("Ankara", 323786, "TUR", "68", 39.92, 32.85, "city")
ISTANBUL = Place("Istanbul", 745044, "TUR", "34", 41.01, 28.95, "city")
PARIS = Place("Paris", 2988507, "FRA", "11", 48.85, 2.35, "city")

TURGOV = Actor("Recep Tayyip Erdogan", "Q39723", "TURGOV", "TUR", "GOV", "person")
USAGOV = Actor("Donald Trump", "Q22686", "USAGOV", "USA", "GOV", "person")
IMGISL = Actor("Islamic State", "Q2429253", "IMGISL", None, "IMG", "group")
TURCVL = Actor("civilians", None, "TURCVL", "TUR", "CVL", "nominal")
FRACVL = Actor("protesters", None, "FRACVL", "FRA", "CVL", "nominal")
FRAGOV = Actor("French government", None, "FRAGOV", "FRA", "GOV", "organization")

SCRIPT_TEXT = 'Protesters in Paris chanted <script>alert("x")</script> and marched against the French government.'


def _span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def _event(doc_id: str, text: str, event_id: str, sentence: str, trigger: str, ptype: str,
           cameo: tuple[str, str, int, float], source: list[Actor], target: list[Actor], date: str | None,
           time_text: str | None, place: Place | None, extra_trigger: str | None = None) -> Event:
    begin = text.index(sentence)
    end = begin + len(sentence)
    t = _span(text, trigger, begin)
    event = Event(
        event_id=event_id, sentence=0, start=begin, end=end, trigger=t, source=source, target=target,
        plover=PloverCode(ptype, None, []), cameo=CameoCode(*cameo), factuality="asserted",
        date=(EventDate(date, "day", "text" if time_text else "publication", _span(text, time_text) if time_text else None)
              if date else None),
        location=EventLocation(place, "city", _span(text, place.name, begin)) if place else None,
        fatalities=39 if ptype == "ASSAULT" else None, confidence=0.8)
    event.mentions = [EventMention(doc_id, 0, begin, end, t, 0.8, "Wire")]
    if extra_trigger:
        event.mentions.append(EventMention(doc_id, 0, begin, end, _span(text, extra_trigger, begin), 0.6, "Wire"))
    return event


def _article(doc_id: str, date: str, title: str, text: str, events: list[Event],
             actors: list[tuple[str, Actor]], times: list[tuple[str, str]], places: list[tuple[str, Place]]) -> AnnotatedArticle:
    return AnnotatedArticle(
        article=Article(doc_id=doc_id, date=date, text=text, title=title, source="Wire", origin=f"test:{doc_id}"),
        sentences=[SentenceSpan(0, len(text))],
        actors=[ActorMention(s.start, s.end, s.text, a) for needle, a in actors for s in [_span(text, needle)]],
        times=[TimeExpr(s.start, s.end, s.text, "DATE", v) for needle, v in times for s in [_span(text, needle)]],
        places=[PlaceMention(s.start, s.end, s.text, p) for needle, p in places for s in [_span(text, needle)]],
        attributions=[], events=events, dateline_place=None, pipeline={"version": "test", "model": "none"})


def articles() -> list[AnnotatedArticle | RecordError]:
    t1 = ("Erdogan and Trump agreed on joint action on Tuesday. "
          "A gunman killed 39 people in an Istanbul nightclub on New Year's Day, an attack Ankara blamed on Daesh.")
    a1 = _article("a1", "2017-02-08", "Turkey and US agree", t1, [
        _event("a1", t1, "ev-agree", "Erdogan and Trump agreed on joint action on Tuesday.", "agreed", "AGREE",
               ("057", "05", 1, 8.0), [TURGOV], [USAGOV], "2017-02-07", "Tuesday", None),
        _event("a1", t1, "ev-attack", "A gunman killed 39 people in an Istanbul nightclub on New Year's Day, an attack Ankara blamed on Daesh.",
               "killed", "ASSAULT", ("190", "19", 4, -10.0), [IMGISL], [TURCVL], "2017-01-01", "New Year's Day",
               ISTANBUL, extra_trigger="attack"),
    ], actors=[("Erdogan", TURGOV), ("Trump", USAGOV), ("Daesh", IMGISL), ("people", TURCVL)],
        times=[("Tuesday", "2017-02-07"), ("New Year's Day", "2017-01-01")], places=[("Istanbul", ISTANBUL)])
    t2 = "Erdogan met Trump in Ankara on 3 March 2017 to discuss Syria."
    a2 = _article("a2", "2017-03-04", "Erdogan meets Trump", t2, [
        _event("a2", t2, "ev-meet", t2, "met", "CONSULT", ("040", "04", 1, 1.0), [TURGOV], [USAGOV], "2017-03-03",
               "3 March 2017", ANKARA)],
        actors=[("Erdogan", TURGOV), ("Trump", USAGOV)], times=[("3 March 2017", "2017-03-03")], places=[("Ankara", ANKARA)])
    a3 = _article("a3", "2018-05-01", "Protest in Paris", SCRIPT_TEXT, [
        _event("a3", SCRIPT_TEXT, "ev-protest", SCRIPT_TEXT, "marched", "PROTEST", ("141", "14", 3, -6.5), [FRACVL],
               [FRAGOV], "2018-05-01", None, PARIS)],
        actors=[("Protesters", FRACVL), ("French government", FRAGOV)], times=[], places=[("Paris", PARIS)])
    bad = RecordError("E104", "E104: Record has an empty body (no text to analyse).", "test:bad", "bad", "")
    return [a1, a2, a3, bad]


EVENT_IDS = {"ev-agree", "ev-attack", "ev-meet", "ev-protest"}


def build_store(path: Path) -> Path:
    with open_store(path) as store:
        report = store.add_batch(articles())
    assert report.events_added == len(EVENT_IDS), report
    return path


def undated_articles() -> list[AnnotatedArticle | RecordError]:
    """Two articles whose events have no date (they sort first ascending, last descending).

    Published four days apart: two undated reports of the same meeting published within a day are one
    event for cross-article clustering.
    """
    made: list[AnnotatedArticle | RecordError] = []
    for n in range(2):
        text = f"Officials met in Ankara, statement number {n}."
        made.append(_article(f"u{n}", f"2019-01-0{1 + 4 * n}", f"Undated {n}", text, [
            _event(f"u{n}", text, f"ev-undated-{n}", text, "met", "CONSULT", ("040", "04", 1, 1.0), [TURGOV], [USAGOV],
                   None, None, ANKARA)], actors=[], times=[], places=[]))
    return made
