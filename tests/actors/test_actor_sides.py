"""Actors as the events stage reads them: plural pronouns and one actor per code on a side."""

from __future__ import annotations

import pytest

import dateline

pytestmark = pytest.mark.model


def sides(text: str, trigger: str, date: str = "2019-05-01") -> list[tuple[list[str | None], list[str | None]]]:
    art = dateline.extract(text, date)
    return [([a.code for a in e.source], [a.code for a in e.target]) for e in art.events if e.trigger.text == trigger]


def test_they_stands_for_coordinated_people():
    found = sides("Erdogan and Putin met in Sochi on Monday. They condemned the attack on Idlib.", "condemned")
    assert found and found[0][0] == ["TURGOV", "RUSGOV"], found


def test_they_stands_for_coordinated_countries():
    found = sides("Russia and China signed a trade deal on Monday, and they said they would boost military ties.",
                  "boost military ties")
    assert found and set(found[0][0]) == {"RUS", "CHN"}, found


def test_they_keeps_a_later_single_antecedent():
    # The militants come after the coordination: "they" is the militants, not Kenya and Somalia.
    found = sides("Kenya and Somalia sent troops to the border. The militants said they attacked a convoy.",
                  "attacked")
    assert found and found[0][0] != ["KEN", "SOM"], found


def test_a_country_is_named_once_on_a_side():
    text = ("Erdogan said Trump had reiterated U.S. support for Turkey. "
            "Trump welcomed Turkish contributions to the fight, the White House said.")
    art = dateline.extract(text, "2017-02-08")
    for event in art.events:
        for side in (event.source, event.target):
            codes = [a.code for a in side if a.type != "person"]
            assert len(codes) == len(set(codes)), [(a.name, a.code) for a in side]


def test_they_is_not_a_coordination_of_places():
    art = dateline.extract("The militants launched attacks in Iraq and Syria on Monday, and they said they attacked "
                           "a convoy.", "2019-05-01")
    sources = {a.code for e in art.events for a in e.source}
    assert art.events and not {"IRQ", "SYR"} & sources, sources
