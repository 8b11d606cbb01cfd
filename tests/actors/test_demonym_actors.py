"""A demonym that modifies a noun no other rule resolves names that noun's country."""

from __future__ import annotations

import pytest

from dateline.actors import resolve_actors
from dateline.model import Article

pytestmark = pytest.mark.model


def codes(pipeline, text: str, date: str = "2019-05-01") -> dict[str, str | None]:
    doc = pipeline.language(text)
    return {m.text: m.actor.code for m in resolve_actors(doc, Article("t", date, text), pipeline.kb)}


def test_demonym_before_a_plain_noun_is_its_country(pipeline):
    found = codes(pipeline, "Police detained two Ghanaian traders near the market.")
    assert found.get("Ghanaian") == "GHA"


def test_demonym_before_a_place_noun_is_no_actor(pipeline):
    found = codes(pipeline, "Shops reopened in the Ghanaian capital on Tuesday.")
    assert "Ghanaian" not in found


def test_demonym_inside_a_sector_phrase_keeps_the_phrase(pipeline):
    found = codes(pipeline, "Ghanaian soldiers patrolled the streets.")
    assert found.get("Ghanaian soldiers") == "GHAMIL" and "Ghanaian" not in found


def test_one_word_institution_entity_is_a_nominal(pipeline):
    found = codes(pipeline, "Congress is asking Obama to help Iran.", "2015-06-09")
    assert found.get("Congress") == "USALEG"  # an ORG entity of one sector word; USA named first


def test_focus_ties_go_to_the_country_named_first(pipeline):
    found = codes(pipeline, "Obama spoke with Iran, and officials met on Monday.", "2015-06-09")
    assert found.get("officials") == "USAGOV"


def test_demonym_noun_names_the_people_of_its_country(pipeline):
    doc = pipeline.language("Israel held talks with the Palestinians on Monday.")
    mentions = resolve_actors(doc, Article("t", "2019-05-01", doc.text), pipeline.kb)
    people = [m.actor for m in mentions if m.text == "Palestinians"]
    assert people and (people[0].code, people[0].type) == ("PSE", "nominal")
