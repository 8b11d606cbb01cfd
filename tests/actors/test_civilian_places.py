"""actors-roles7 (#3): civilians the text gives no country are people of the place they are in,
also through "in the east of X" and for a place that is no country (the gazetteer's country)."""

from __future__ import annotations

import pytest

import dateline

pytestmark = pytest.mark.model


def codes(text: str) -> dict[str, str | None]:
    art = dateline.extract(text, "2019-05-01")
    return {m.text: m.actor.code for m in art.actors}


def test_country_named_through_an_of_phrase():
    assert codes("Four children were killed in the east of Syria.")["children"] == "SYRCVL"


def test_place_that_is_no_country_gives_its_country():
    assert codes("Four children were killed in Israeli shelling in the Gaza Strip.")["children"] == "PSECVL"
