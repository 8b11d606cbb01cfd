"""Helpers for the events tests: parse a sentence with the trained model and hand-made actors.

Actor mentions are built by hand (every occurrence of each given name), so these tests exercise
the events stage alone, whatever the actors stage resolves.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.model import Actor, ActorMention, Article

sys.path.insert(0, str(Path(__file__).resolve().parent))  # event_checks.py, the tests' plain helpers

ACTORS: dict[str, Actor] = {
    "Erdogan": Actor("Recep Tayyip Erdogan", "Q39723", "TURGOV", "TUR", "GOV", "person"),
    "Trump": Actor("Donald Trump", "Q22686", "USAGOV", "USA", "GOV", "person"),
    "Pompeo": Actor("Mike Pompeo", "Q473239", "USAGOV", "USA", "GOV", "person"),
    "Putin": Actor("Vladimir Putin", "Q7747", "RUSGOV", "RUS", "GOV", "person"),
    "Merkel": Actor("Angela Merkel", "Q567", "DEUGOV", "DEU", "GOV", "person"),
    "Turkey": Actor("Turkey", "Q43", "TUR", "TUR", None, "country"),
    "the United States": Actor("United States", "Q30", "USA", "USA", None, "country"),
    "Washington": Actor("United States", "Q30", "USA", "USA", None, "country"),
    "Russia": Actor("Russia", "Q159", "RUS", "RUS", None, "country"),
    "Ukraine": Actor("Ukraine", "Q212", "UKR", "UKR", None, "country"),
    "Israel": Actor("Israel", "Q801", "ISR", "ISR", None, "country"),
    "Iran": Actor("Iran", "Q794", "IRN", "IRN", None, "country"),
    "Syria": Actor("Syria", "Q858", "SYR", "SYR", None, "country"),
    "Hamas": Actor("Hamas", "Q38799", "PSEREB", "PSE", "REB", "group"),
    "Daesh": Actor("Islamic State", "Q2429253", "IMGSEPREB", None, "REB", "group"),
    "the YPG": Actor("People's Defense Units", "Q1285264", "SYRREB", "SYR", "REB", "group"),
    "police": Actor("police", None, "---COP", None, "COP", "nominal"),
    "protesters": Actor("protesters", None, "---OPP", None, "OPP", "nominal"),
    "rebels": Actor("rebels", None, "---REB", None, "REB", "nominal"),
    "the European Union": Actor("European Union", "Q458", "EUR", None, "IGO", "organization"),
    "the White House": Actor("White House", None, "USAGOV", "USA", "GOV", "organization"),
}


def mentions_in(text: str, names: dict[str, Actor] | None = None) -> list[ActorMention]:
    names = names or ACTORS
    found: list[ActorMention] = []
    taken: set[int] = set()
    for name in sorted(names, key=len, reverse=True):  # longest first: "the United States"
        for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.I):
            if taken & set(range(m.start(), m.end())):
                continue
            taken |= set(range(m.start(), m.end()))
            found.append(ActorMention(m.start(), m.end(), name, names[name]))
    return sorted(found, key=lambda m: m.start)


@pytest.fixture(scope="session")
def run(nlp) -> Callable:
    """run(text) -> (events, attributions) for ``text`` with the hand-made actors above."""
    from dateline.events import extract_events

    def _run(text: str, names: dict[str, Actor] | None = None):
        article = Article(doc_id="t", date="2017-02-08", text=text, source="Test Wire")
        doc = nlp(text)
        return extract_events(doc, article, mentions_in(text, names), None)

    return _run


@pytest.fixture(scope="session")
def hand_actors() -> dict[str, Actor]:
    return dict(ACTORS)


@pytest.fixture(scope="session")
def hand_mentions() -> Callable:
    return mentions_in


@pytest.fixture(scope="session")
def dyads() -> Callable:
    """dyads(text, trigger=None) -> [(source codes, target codes)] of the events the whole pipeline
    (actors stage included) finds in ``text`` dated 2019-05-01; only the events whose trigger text is
    ``trigger`` when it is given."""
    import dateline

    def _dyads(text: str, trigger: str | None = None) -> list[tuple[list[str | None], list[str | None]]]:
        art = dateline.extract(text, "2019-05-01")
        return [([a.code for a in e.source], [a.code for a in e.target]) for e in art.events
                if trigger is None or e.trigger.text == trigger]

    return _dyads
