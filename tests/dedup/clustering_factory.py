"""Hand-built reports and articles for the cross-article clustering tests (no language model needed)."""

from __future__ import annotations

from typing import Any

from dateline.dedup.cross_article import Candidate, Report
from dateline.model import (
    Actor, AnnotatedArticle, Article, CameoCode, Event, EventDate, EventLocation, Place, PloverCode,
    SentenceSpan, Span,
)

KABUL = Place("Kabul", 1138958, "AFG", "13", 34.53, 69.17, "city")
BAGRAM = Place("Bagram", 1147290, "AFG", "23", 34.97, 69.27, "city")  # about 50 km from Kabul
KANDAHAR = Place("Kandahar", 1138336, "AFG", "23", 31.61, 65.71, "city")
AFGHANISTAN = Place("Afghanistan", 1149361, "AFG", None, 33.0, 66.0, "country")
GENEVA = Place("Geneva", 2660646, "CHE", "GE", 46.2, 6.15, "city")

TALIBAN = Actor("Taliban", "Q42934", "AFGINS", "AFG", "INS", "group")
CIVILIANS = Actor("civilians", None, "AFGCVL", "AFG", "CVL", "nominal")
POLICE = Actor("police", None, "COP", None, "COP", "nominal")
US_GOV = Actor("US government", "Q48525", "USAGOV", "USA", "GOV", "organization")
IRAN_GOV = Actor("Iranian government", "Q5", "IRNGOV", "IRN", "GOV", "organization")

ASSAULT = ("ASSAULT", CameoCode("183", "18", 4, -10.0))
CONSULT = ("CONSULT", CameoCode("040", "04", 1, 1.0))


def make_event(event_id: str = "e1", *, kind: tuple[str, CameoCode] = ASSAULT, source: list[Actor] | None = None,
               target: list[Actor] | None = None, date: str | None = "2021-05-03", precision: str = "day",
               basis: str = "text", place: Place | None = KABUL, place_precision: str | None = None,
               from_dateline: bool = False, fatalities: int | None = None, factuality: str = "asserted",
               confidence: float = 0.8, text: str = "A bomb killed people.", trigger: str = "killed") -> Event:
    start = text.index(trigger)
    location = None
    if place is not None:
        span = None if from_dateline else Span(0, len(place.name), place.name)
        location = EventLocation(place, place_precision or ("country" if place.feature == "country" else "city"),  # type: ignore[arg-type]
                                 span)
    return Event(
        event_id=event_id, sentence=0, start=0, end=len(text), trigger=Span(start, start + len(trigger), trigger),
        source=list(source or []), target=list(target or []), plover=PloverCode(kind[0]), cameo=kind[1],
        factuality=factuality,  # type: ignore[arg-type]
        date=EventDate(date, precision, basis, None) if date else None,  # type: ignore[arg-type]
        location=location, fatalities=fatalities, confidence=confidence,
    )


def report(event: Event, doc_id: str = "d1", published: str = "2021-05-03", outlet: str | None = "Outlet") -> Report:
    body: dict[str, Any] = event.to_dict()
    body.pop("mentions")
    return Report(body, doc_id, published, outlet, event.confidence)


def candidate(event: Event, doc_id: str = "d0", published: str = "2021-05-03", event_id: str = "c1") -> Candidate:
    body = event.to_dict()
    body.pop("mentions")
    return Candidate(event_id, body, {doc_id}, published)


def article(doc_id: str, events: list[Event], *, published: str = "2021-05-03", outlet: str | None = None,
            text: str = "A bomb killed people.") -> AnnotatedArticle:
    return AnnotatedArticle(
        article=Article(doc_id=doc_id, date=published, text=text, source=outlet or f"outlet-{doc_id}",
                        title=f"title {doc_id}", origin=f"test:{doc_id}"),
        sentences=[SentenceSpan(0, len(text))], actors=[], times=[], places=[], attributions=[],
        events=events, dateline_place=None, pipeline={"version": "test", "model": "none"},
    )
