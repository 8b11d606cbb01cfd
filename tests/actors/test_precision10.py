"""Session 10 (lead, #3): a name no KB knows that modifies a plural common noun names a kind of thing,
not a person ("Major Rubber producers"). Sentences written for these tests (no gold text)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

ARTICLE_DATE = "1987-04-09"  # of every article resolved here (tests/actors/conftest.py `resolve`)


def people(mentions):
    return [(m.text, m.actor.code) for m in mentions if m.actor.type == "person"]


def test_a_name_modifying_a_plural_noun_is_no_person(resolve):
    got = resolve("Major Rubber producers will meet in Singapore next week.")
    assert people(got) == [], got
    assert [m.actor.code for m in got] == ["SGP"], got


def test_a_titled_person_still_is_one(resolve):
    got = resolve("Colonel Smith said the troops would leave.")
    assert ("Colonel Smith", "MIL") in people(got), got
