"""A demonym that modifies a noun no other rule resolves names that noun's country."""

from __future__ import annotations

import pytest

from dateline.actors import resolve_actors
from dateline.model import Article

pytestmark = pytest.mark.model


def codes(pipeline, text: str) -> dict[str, str | None]:
    doc = pipeline.language(text)
    return {m.text: m.actor.code for m in resolve_actors(doc, Article("t", "2019-05-01", text), pipeline.kb)}


def test_demonym_before_a_plain_noun_is_its_country(pipeline):
    found = codes(pipeline, "Police detained two Ghanaian traders near the market.")
    assert found.get("Ghanaian") == "GHA"


def test_demonym_before_a_place_noun_is_no_actor(pipeline):
    found = codes(pipeline, "Shops reopened in the Ghanaian capital on Tuesday.")
    assert "Ghanaian" not in found


def test_demonym_inside_a_sector_phrase_keeps_the_phrase(pipeline):
    found = codes(pipeline, "Ghanaian soldiers patrolled the streets.")
    assert found.get("Ghanaian soldiers") == "GHAMIL" and "Ghanaian" not in found
