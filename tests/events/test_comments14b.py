"""Session 14, comments14b (#3): words of anxiety (concern, worry, fear ...) an expression verb takes,
aimed at an actor (events/comments.py ``_anxiety_aims``). Concern put to an addressee or about
another actor's stance or act is a pessimistic comment (CAMEO 012, PLOVER ACCUSE); concern for an
actor or its welfare is an empathetic comment (CAMEO 018, PLOVER SUPPORT, as condolences are).
Sentences written for these tests (none from a gold set); each positive case failed before."""

from __future__ import annotations

import pytest

from event_checks import coded_dyads


@pytest.mark.model
@pytest.mark.parametrize("text,code,plover,source,target", [
    # concern addressed to someone: 012 to the addressee
    ("Japan expressed concern to the United States about the new trade bill.", "012", "ACCUSE", "JPN", "USA"),
    ("Norway conveyed its concerns to the Chilean government.", "012", "ACCUSE", "NOR", "CHLGOV"),
    # concern or sympathy for an actor or its welfare: 018
    ("Egypt voiced concern for the safety of the Israeli hostages.", "018", "SUPPORT", "EGY", "ISRCVL"),
    ("The Kenyan president expressed concern for the health of the Ugandan president.", "018", "SUPPORT",
     "KENGOV", "UGAGOV"),
    ("Sweden expressed deep concern about the fate of the Iranian refugees.", "018", "SUPPORT", "SWE", "IRNREF"),
    # concern about another actor's stance or act: 012 to that actor
    ("Israel expressed concern over Iran's nuclear plan.", "012", "ACCUSE", "ISR", "IRN"),
    ("The Polish government voiced concern regarding the position of the Hungarian government.", "012",
     "ACCUSE", "POLGOV", "HUNGOV"),
    ("Germany voiced concern at Turkey's decision.", "012", "ACCUSE", "DEU", "TUR"),
])
def test_concern_aimed_at_an_actor_is_an_event(pipeline, text, code, plover, source, target):
    found = coded_dyads(pipeline, text)
    assert (plover, code, [source], [target]) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # business speakers
    "The company expressed concern to the Japanese government about the tariffs.",
    "Toyota expressed concern about the Mexican government's new rules.",
    # no aim: a statement, no event
    "Italy expressed concern about inflation.",
    "France voiced concern over the rising prices of oil.",
    # concern about an actor itself may be for it or about it: not coded
    "Germany expressed concern about the refugees.",
    # whose concern it is, not what it is about
    "Canada voiced the concerns of the Mexican farmers.",
    # the speaker's own country is no aim
    "Brazil expressed concern about Brazil's falling exports.",
])
def test_no_concern_event(pipeline, text):
    found = coded_dyads(pipeline, text)
    assert not any(c in ("012", "018") for _, c, _, _ in found), found
