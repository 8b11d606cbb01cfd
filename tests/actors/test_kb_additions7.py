"""actors-roles7 (#3): knowledge-base names the error lists showed unresolved."""

from __future__ import annotations

import pytest

import dateline

pytestmark = pytest.mark.model


def codes(text: str, date: str = "2019-05-01") -> dict[str, str | None]:
    return {m.text: m.actor.code for m in dateline.extract(text, date).actors}


def test_idf_is_the_israeli_army():
    assert codes("The IDF said it had struck targets.")["IDF"] == "ISRMIL"


def test_unita_was_rebels_then_a_party():
    assert codes("UNITA attacked the town.", "1999-05-01")["UNITA"] == "AGOREB"
    assert codes("UNITA criticised the budget.", "2012-05-01")["UNITA"] == "AGOPTY"


def test_dr_congo_without_the_article():
    assert codes("The Democratic Republic of Congo expelled the envoy.")["Democratic Republic of Congo"] == "COD"
