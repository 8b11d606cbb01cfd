"""Issue #4 (events-firms6): firms named by a country are not the country. A nationality or a
country's possessive on a business noun ("Philippine distilleries", "Cuba's sugar refiners") gives a
BUS actor of that country, and an event whose only actors are such firms is not kept; the political
sense ("Philippine troops", "the Philippine government", "Cuba's foreign ministry") stays."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


ARTICLE_DATE = "1987-04-01"  # of every article resolved here (tests/actors/conftest.py `resolve`)


@pytest.fixture(scope="module")
def extract(events_1987):
    return events_1987


def codes(mentions):
    return {m.text: m.actor.code for m in mentions}


def test_nationality_on_a_business_noun_is_a_business_actor(resolve):
    got = codes(resolve("Three major Philippine distilleries were ready to start manufacturing ethanol."))
    assert "PHLBUS" in got.values(), got
    assert "PHL" not in got.values()
    got = codes(resolve("Japanese buyers agreed to postpone 200,000 tonnes of sugar."))
    assert "JPNBUS" in got.values(), got


def test_political_nouns_keep_their_sector(resolve):
    got = codes(resolve("Philippine troops attacked rebels while the Philippine government met envoys."))
    assert got.get("Philippine troops") == "PHLMIL", got
    assert "PHLGOV" in got.values(), got
    got = codes(resolve("Cuba's foreign ministry protested to the United States."))
    assert "CUBGOV" in got.values(), got


def test_event_of_firms_alone_is_dropped(extract):
    assert not extract("Three major Philippine distilleries were ready to start manufacturing ethanol.")
    assert not extract("Cuba's sugar refiners asked Japanese buyers to defer deliveries.")


def test_event_of_the_state_is_kept(extract):
    events = extract("Philippine troops attacked rebels in Mindanao.")
    assert [e.source[0].code for e in events if e.plover.type == "ASSAULT"] == ["PHLMIL"]
    events = extract("Cuba's foreign ministry protested to the United States.")
    assert any(a.code == "CUBGOV" for e in events for a in e.source)


def test_weak_trigger_with_firms_as_source_is_dropped(extract):
    text = ("Egypt rejected all offers at a vegetable oil import tender yesterday, brokers said. "
            "Exporters said they were not prepared to offer material on Egypt's new contract terms.")
    assert not [e for e in extract(text) if e.plover.type == "AGREE" and any(a.code == "EGY" for a in e.target)]
