"""Targets named through goods, counts and things taken (session 14 targets14a, #3): what a ban or
tariff is on names the goods' country ("a ban on imports of Brazilian beef", "tariffs on Mexican
goods"), "a number of X" is X, and whom a thing was seized from is whom its return is aimed at. Our
own sentences, run through the whole pipeline (actors and events)."""

from __future__ import annotations

import pytest

from dateline.model import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def annotate(pipeline):
    def run(text: str):
        [out] = list(pipeline.run([Article(doc_id="t", date="2017-05-01", text=text, origin="test:t")]))
        return out
    return run


def _events(annotate, text):
    return [(e.trigger.text.split()[0], e.cameo.code, [a.code for a in e.source], [a.code for a in e.target])
            for e in annotate(text).events]


def _countries(actors):
    return [a.country for a in actors]


@pytest.mark.parametrize("text,trigger,target", [
    # the goods' country through "imports of"
    ("Japan agreed to lift its ban on imports of Brazilian beef.", "lift", ["BRA"]),
    # goods of a nationality as what the measure is on
    ("Canada imposed tariffs on Mexican goods.", "imposed", ["MEX"]),
    ("India imposed a ban on imports of Chinese products.", "imposed", ["CHN"]),
    # the measure in the infinitive of a reciprocal agreement: whom it is on, not each other
    ("Russia and Belarus agreed to lift duties on Ukrainian products.", "agreed", ["UKR"]),
])
def test_what_a_measure_is_on_names_the_goods_country(annotate, text, trigger, target):
    found = [e for e in _events(annotate, text) if e[0] == trigger]
    assert found and found[0][3] == target


def test_a_number_of_things_of_a_country_is_that_country(annotate):
    found = [e for e in annotate("Russian hackers launched attacks on a number of Estonian government websites.").events
             if e.plover.type == "ASSAULT"]
    assert found and _countries(found[0].target) == ["EST"]


@pytest.mark.parametrize("text,target", [
    ("Taliban fighters returned the weapons they had seized from Afghan police.", "AFGCOP"),
    ("The government will return the land and equipment confiscated from Kenyan farmers.", "KEN"),
])
def test_a_return_is_aimed_at_whom_the_thing_was_taken_from(annotate, text, target):
    found = [e for e in annotate(text).events if e.plover.type == "RETREAT"]
    assert found and [a.code for a in found[0].target] == [target]


@pytest.mark.parametrize("text", [
    "Chinese goods flooded the market in Kenya.",  # goods alone are no actor
    "Japan relied on Chinese goods.",  # "on" on a verb: no measure
    "Exports of Chinese products rose sharply.",
])
def test_goods_named_by_a_nationality_elsewhere_are_no_actor(annotate, text):
    assert "CHN" not in [m.actor.code for m in annotate(text).actors]


@pytest.mark.parametrize("text", [
    "British beef prices rose.",
    "Syrian food prices rose sharply last month.",
])
def test_prices_of_goods_are_no_event(annotate, text):
    assert annotate(text).events == []


def test_a_thing_bought_from_a_country_gives_no_target(annotate):
    found = [e for e in annotate("The army returned the weapons it bought from Russia.").events]
    assert all("RUS" not in [a.code for a in e.target] for e in found)


@pytest.mark.parametrize("text,target", [
    ("Egypt ended its mediation between Hamas and Israel.", ["PSEREB", "ISR"]),
])
def test_ending_a_mediation_is_aimed_at_the_parties_it_was_between(annotate, text, target):
    found = [e for e in annotate(text).events if e.cameo.code == "164"]
    assert found and [a.code for a in found[0].target] == target
