"""Hand-built annotated articles for store and export tests (no language model needed)."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.ingest.records import to_record
from dateline.model import (
    Actor, AnnotatedArticle, Article, CameoCode, Event, EventDate, EventLocation, EventMention, Place,
    PloverCode, RecordError, SentenceSpan, Span,
)

ANKARA = Place("Ankara", 323786, "TUR", "68", 39.92, 32.85, "city")
ISTANBUL = Place("Istanbul", 745044, "TUR", "34", 41.01, 28.95, "city")
FRANCE = Place("France", 3017382, "FRA", None, 46.0, 2.0, "country")

ERDOGAN = Actor("Recep Tayyip Erdogan", "Q39723", "TURGOV", "TUR", "GOV", "person")
TRUMP = Actor("Donald Trump", "Q22686", "USAGOV", "USA", "GOV", "person")
DAESH = Actor("Islamic State", "Q2429253", "IMGISL", None, "IMG", "group")
TURKS = Actor("civilians", None, "TURCVL", "TUR", "CVL", "nominal")
PROTESTERS = Actor("protesters", None, "FRACVL", "FRA", "CVL", "nominal")
PARIS_GOV = Actor("French government", "Q1", "FRAGOV", "FRA", "GOV", "organization")
NO_CODE = Actor("a spokesman", None, None, None, None, "nominal")


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


def make_event(event_id: str, text: str, trigger: str, *, plover: str = "ASSAULT",
               cameo: tuple[str, str, int, float] = ("190", "19", 4, -10.0), source: list[Actor] | None = None,
               target: list[Actor] | None = None, date: str | None = "2017-01-01", precision: str = "day",
               place: Place | None = None, fatalities: int | None = None, factuality: str = "asserted",
               extra_mentions: tuple[str, ...] = (), doc_id: str = "", context: tuple[str, ...] = ()) -> Event:
    t = span(text, trigger)
    event = Event(
        event_id=event_id, sentence=0, start=0, end=len(text), trigger=t,
        source=list(source or []), target=list(target or []),
        plover=PloverCode(plover, None, list(context)), cameo=CameoCode(*cameo),
        factuality=factuality,  # type: ignore[arg-type]
        date=EventDate(date, precision, "text", None) if date else None,  # type: ignore[arg-type]
        location=EventLocation(place, place.feature if place.feature != "other" else "city", span(text, place.name))  # type: ignore[arg-type]
        if place and place.name in text else (EventLocation(place, "country", None) if place else None),
        fatalities=fatalities, confidence=0.8,
    )
    mentions = [EventMention(doc_id, 0, 0, len(text), t, 0.8)]
    for other in extra_mentions:
        mentions.append(EventMention(doc_id, 0, 0, len(text), span(text, other), 0.6))
    event.mentions = mentions if doc_id else []
    return event


def make_article(doc_id: str, text: str, *, date: str = "2017-02-08", events: list[Event] | None = None,
                 source: str | None = "Reuters", title: str | None = None) -> AnnotatedArticle:
    return AnnotatedArticle(
        article=Article(doc_id=doc_id, date=date, text=text, dateline=None, title=title, source=source,
                        origin=f"test:{doc_id}"),
        sentences=[SentenceSpan(0, len(text))], actors=[], times=[], places=[], attributions=[],
        events=list(events or []), dateline_place=None, pipeline={"version": "test", "model": "none"},
    )


TEXT_A = "Erdogan and Trump agreed on joint action. A gunman killed 39 people in an Istanbul nightclub, an attack Ankara blamed on Daesh."
TEXT_B = 'Thousands of protesters marched in France against the "pension reform",\nthe government said.'
TEXT_C = "Markets were calm on Wednesday as traders awaited the central bank."


def corpus() -> list[AnnotatedArticle | RecordError]:
    """Three articles (two with events) and one bad record."""
    a = make_article("a1", TEXT_A, title="Turkey and US agree", events=[
        make_event("ev-agree", TEXT_A, "agreed", plover="AGREE", cameo=("057", "05", 1, 8.0), source=[ERDOGAN],
                   target=[TRUMP], date="2017-02-07", place=ANKARA, doc_id="a1", context=("military",)),
        make_event("ev-attack", TEXT_A, "killed", source=[DAESH], target=[TURKS, NO_CODE], date="2017-01-01",
                   place=ISTANBUL, fatalities=39, extra_mentions=("attack",), doc_id="a1"),
    ])
    b = make_article("b1", TEXT_B, date="2017-03-02", source=None, events=[
        make_event("ev-protest", TEXT_B, "marched", plover="PROTEST", cameo=("141", "14", 3, -6.5),
                   source=[PROTESTERS], target=[PARIS_GOV], date="2017-03", precision="month", place=FRANCE),
    ])
    c = make_article("c1", TEXT_C, date="2017-03-05")
    bad = RecordError("E102", "E102: Record has no publication date.", "input.jsonl:4", None, "no date here")
    return [a, b, c, bad]


def fake_annotate(records: list[Article | RecordError]) -> Iterable[AnnotatedArticle | RecordError]:
    """A stand-in for ``Pipeline.run``: one ASSAULT event per article that says 'attack'."""
    for record in records:
        if isinstance(record, RecordError):
            yield record
            continue
        events = [make_event(f"{record.doc_id}-e1", record.text, "attack", doc_id=record.doc_id)] if "attack" in record.text else []
        annotated = make_article(record.doc_id, record.text, date=record.date, events=events)
        annotated.article = record
        yield annotated


def raw_records(n: int, bad_every: int = 0) -> list[Article | RecordError]:
    """``n`` short input records built by the ingest stage's validator; every ``bad_every``-th has no date."""
    out: list[Article | RecordError] = []
    for i in range(n):
        date = None if bad_every and i % bad_every == 0 else "2020-05-01"
        body = f"Report {i}: an attack on village {i}." if i % 2 else f"Report {i}: talks in town {i}."
        out.append(to_record({"text": body, "date": date}, f"mem:{i}"))
    return out
