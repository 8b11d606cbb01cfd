"""Acceptance on the bundled sample (issue #2): the events, times, places and actors it must yield.

Every expectation here must come from general mechanisms (lexicons, grammar, knowledge base); the
articles in tests/articles/ keep those mechanisms honest on other subjects.
"""

from __future__ import annotations

import math

import pytest

pytestmark = pytest.mark.model


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def codes(actors) -> set[str]:
    return {a.code for a in actors if a.code}


def countries(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def test_header_is_removed_and_dateline_kept(sample):
    assert sample.article.date == "2017-02-08"
    assert sample.article.dateline == "ANKARA"
    assert sample.article.text.startswith("Turkish President Tayyip Erdogan")


def test_erdogan_trump_call_is_agree_or_consult_on_feb_7(sample):
    hits = [
        e for e in sample.events
        if e.plover.type in ("AGREE", "CONSULT")
        and {"TURGOV", "USAGOV"} <= codes(e.source) | codes(e.target)
        and e.date and e.date.value == "2017-02-07"
    ]
    assert hits, [(e.plover.type, codes(e.source), codes(e.target), e.date) for e in sample.events]


def test_istanbul_nightclub_assault_on_new_years_day_with_39_dead(sample):
    hits = [
        e for e in sample.events
        if e.plover.type == "ASSAULT" and e.fatalities == 39
        and e.date and e.date.value == "2017-01-01"
        and e.location and e.location.place.country == "TUR"
        and km(e.location.place.lat, e.location.place.lon, 41.01, 28.95) < 25
    ]
    assert hits, [(e.plover.type, e.fatalities, e.date, e.location) for e in sample.events]


def test_pompeo_visit_is_planned_consult_on_feb_9(sample):
    hits = [
        e for e in sample.events
        if e.plover.type == "CONSULT" and e.factuality == "planned"
        and "USA" in countries(e.source) and "TUR" in countries(e.target)
        and any("Pompeo" in a.name for a in e.source)
        and e.date and e.date.value == "2017-02-09"
    ]
    assert hits, [(e.plover.type, e.factuality, e.source, e.target, e.date) for e in sample.events]


def test_erdogan_requests_united_states(sample):
    hits = [
        e for e in sample.events
        if e.plover.type == "REQUEST" and "TURGOV" in codes(e.source) and "USA" in countries(e.target)
    ]
    assert hits, [(e.plover.type, codes(e.source), codes(e.target)) for e in sample.events]


@pytest.mark.parametrize("text,value", [
    ("Wednesday", "2017-02-08"),
    ("Tuesday's", "2017-02-07"),
    ("Thursday", "2017-02-09"),
    ("last year", "2016"),
    ("2014", "2014"),
    ("New Year's Day", "2017-01-01"),
])
def test_time_expressions(sample, text, value):
    found = [t for t in sample.times if text in t.text or t.text in text and len(t.text) >= 4]
    assert any(t.value == value for t in found), [(t.text, t.value) for t in sample.times]


@pytest.mark.parametrize("name,country,lat,lon", [
    ("Raqqa", "SYR", 35.95, 39.01),
    ("al-Bab", "SYR", 36.37, 37.52),
    ("Ankara", "TUR", 39.92, 32.85),
    ("Istanbul", "TUR", 41.01, 28.95),
    ("Washington", "USA", 38.90, -77.04),
])
def test_places_resolve_near_geonames(sample, name, country, lat, lon):
    # Toponyms used as metonyms ("Ankara believes", "confirmation from Washington") are still
    # place mentions (as in LGL and GeoVirus); they are actors too, and never an event's location.
    candidates = [m.place for m in sample.places if m.text == name]
    assert candidates, [(m.text, m.place.name) for m in sample.places]
    for place in candidates:
        assert place.country == country
        assert km(place.lat, place.lon, lat, lon) < 25


def test_dateline_place_is_ankara(sample):
    place = sample.dateline_place
    assert place is not None and place.country == "TUR" and km(place.lat, place.lon, 39.92, 32.85) < 25


def test_daesh_is_an_actor_not_a_place(sample):
    assert not [m for m in sample.places if m.text == "Daesh"]
    daesh = [m for m in sample.actors if m.text == "Daesh"]
    assert daesh and all("Islamic State" in m.actor.name for m in daesh)


def test_al_bab_is_a_place_not_a_person(sample):
    assert [m for m in sample.places if m.text == "al-Bab"]
    assert not [m for m in sample.actors if m.text == "al-Bab" or m.text.startswith("al-Bab")]


def test_obama_is_former_and_trump_is_current_head_of_state(sample):
    obama = [m.actor for m in sample.actors if "Obama" in m.text]
    trump = [m.actor for m in sample.actors if "Trump" in m.text]
    assert obama and all(a.code != "USAGOV" and a.country == "USA" for a in obama)
    assert trump and all(a.code == "USAGOV" for a in trump if a.type == "person")
