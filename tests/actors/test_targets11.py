"""actors-targets11 (issue #3): people an act is done to, with no sector of their own (cameo_ner
targets left empty because the undergoer was no actor: "freed 37 prisoners")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def by_text(mentions, text):
    found = [m.actor for m in mentions if m.text == text]
    assert found, [(m.text, m.actor.code) for m in mentions]
    return found[0]


@pytest.mark.parametrize("text, noun", [
    ("The rebels said they would release the detainees next week.", "detainees"),
    ("Guards beat an inmate at the prison on Monday.", "inmate"),
    ("The pirates freed their captives after a ransom was paid.", "captives"),
])
def test_people_without_sector_are_actors_with_no_code(resolve, text, noun):
    actor = by_text(resolve(text), noun)
    assert (actor.type, actor.code, actor.sector) == ("nominal", None, None)


def test_a_nationality_gives_them_its_bare_country(resolve):
    actor = by_text(resolve("Kenya will free 40 Ugandan detainees."), "Ugandan detainees")
    assert (actor.code, actor.country, actor.sector) == ("UGA", "UGA", None)


@pytest.mark.parametrize("text, noun, code", [
    ("Kenya signed a truce with the rebel groups on Monday.", "rebel groups", "REB"),
    ("The Islamist militant group claimed the attack.", "Islamist militant group", "INS"),
    ("A group of Ugandan soldiers crossed the border.", "group", "UGAMIL"),
])
def test_a_group_takes_the_sector_before_it_or_its_members_code(resolve, text, noun, code):
    assert by_text(resolve(text), noun).code == code


def test_a_group_with_neither_is_no_actor_and_never_a_government(resolve):
    assert not [m for m in resolve("Kenya-based groups attacked the border post.") if "group" in m.text]
    assert not [m for m in resolve("Armed groups attacked the village.") if "group" in m.text]


def test_a_group_noun_before_a_name_describes_the_name(resolve):
    mentions = resolve("The Somali militant group al-Shabab claimed the attack.")
    assert not [m for m in mentions if m.text.endswith("group")], [(m.text, m.actor.code) for m in mentions]
