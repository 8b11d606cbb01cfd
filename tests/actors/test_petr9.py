"""actors-petr9 (issue #3): general causes of PETR-2 actor-code errors, on sentences written for
these tests (no gold text)."""

from __future__ import annotations

import pytest

from dateline.actors import resolve_actors
from dateline.model import Article

pytestmark = pytest.mark.model


ARTICLE_DATE = "2014-08-01"  # of every article resolved here (tests/actors/conftest.py `resolve`)


def codes(mentions):
    return {m.text: m.actor.code for m in mentions}


# -- "pro-X" / "anti-X": a stance, not an owner ------------------------------------------------------
@pytest.mark.parametrize("text, bad", [
    ("Separatist fighters loyal to no one and pro-Moscow rebels shelled the airport.", "RUS"),
    ("Pro-Russia gunmen seized the town hall on Sunday.", "RUS"),
    ("Anti-American militants stormed the compound.", "USA"),
    ("The anti-Israel protesters marched through the capital.", "ISR"),
])
def test_stance_prefix_gives_no_country(resolve, text, bad):
    got = codes(resolve(text))
    assert not any(c and c.startswith(bad) for c in got.values()), got


def test_a_plain_demonym_still_gives_the_country(resolve):
    got = codes(resolve("Russian gunmen seized the town hall, and Ukraine's pro-Western government protested."))
    assert "RUS" in {c[:3] for c in got.values() if c}, got
    assert any(c == "UKRGOV" for c in got.values()), got


# -- a lone sector noun the tagger took for a place ------------------------------------------------
def test_lone_legislature_tagged_as_a_place_is_the_legislature(resolve, pipeline):
    text = "The president faces pressure from Congress over the budget."
    doc = pipeline.language(text)
    got = codes(resolve_actors(doc, Article("t", "2014-08-01", text), pipeline.kb))
    assert any(k == "Congress" and c and c.endswith("LEG") for k, c in got.items()), got
