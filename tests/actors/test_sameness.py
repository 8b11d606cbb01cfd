"""One actor per side: two readings of the same actor are named once in a dyad list."""

from __future__ import annotations

from dateline.actors.sameness import same_actor, unique_actors
from dateline.model import Actor


def _country(name, kb_id=None):
    return Actor(name, kb_id, "TUR", "TUR", None, "country", "test")


def _person(name, kb_id=None, code="USAGOV"):
    return Actor(name, kb_id, code, code[:3], code[3:], "person", "test")


def test_country_name_and_demonym_are_one_actor():
    assert unique_actors([_country("Turkey", "country:TUR"), _country("Turkish")]) == [_country("Turkey", "country:TUR")]


def test_two_people_with_one_code_stay_two():
    people = [_person("Donald Trump", "donald-trump"), _person("Mike Pence", "mike-pence")]
    assert unique_actors(people) == people


def test_same_person_by_kb_id_or_by_name():
    assert same_actor(_person("Trump", "donald-trump"), _person("Donald Trump", "donald-trump"))
    assert same_actor(_person("Jalal Homsi"), _person("Jalal Homsi"))
    assert not same_actor(_person("Jalal Homsi"), _person("Karim Alwan"))


def test_a_person_is_not_the_same_as_a_nominal_with_the_code():
    official = Actor("US officials", None, "USAGOV", "USA", "GOV", "nominal", "test")
    assert not same_actor(_person("Donald Trump", "donald-trump"), official)
    assert same_actor(official, Actor("Washington", "capital:USA:washington", "USAGOV", "USA", "GOV", "country", "t"))


def test_actors_without_code_are_not_merged():
    a = Actor("someone", None, None, None, None, "nominal", "t")
    b = Actor("somebody", None, None, None, None, "nominal", "t")
    assert unique_actors([a, b]) == [a, b]
