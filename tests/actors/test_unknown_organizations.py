"""Organisations the knowledge base does not know, coded from the words of their own name."""

from __future__ import annotations

import pytest

from dateline.actors.lexicon import load_sector_lexicon


ARTICLE_DATE = "2019-06-13"  # of every article resolved here (tests/actors/conftest.py `resolve`)


def by_text(mentions, text):
    found = [m for m in mentions if m.text == text]
    assert found, [(m.text, m.actor.code) for m in mentions]
    return found[0].actor


@pytest.mark.parametrize("name,sector", [
    ("civil rights front", "OPP"),
    ("moro islamic liberation front", "REB"),  # an armed word turns a front into rebels
    ("kachin independence army", "REB"),
    ("national union of journalists", "LAB"),  # the head stands before 'of'
    ("legislative council", "LEG"),  # the longest suffix wins over 'council'
    ("acme mining corp", "BUS"),
    ("bank of nairobi", "BUS"),
    ("university of lagos", "EDU"),
    ("ogoni survival trust", "NGO"),
])
def test_sector_from_the_name(name, sector):
    found = load_sector_lexicon().org_sector(tuple(name.split()))
    assert found is not None and found[0] == sector


def test_name_without_an_organisation_word_has_no_sector():
    assert load_sector_lexicon().org_sector(("blue", "sky")) is None


@pytest.mark.model
def test_unknown_front_takes_the_document_country(resolve):
    mentions = resolve("The Sudanese Professionals Association and the Forces of Freedom and Change Alliance "
                       "called for a march.", "KHARTOUM")
    actor = by_text(mentions, "Forces of Freedom and Change Alliance")
    assert (actor.code, actor.type, actor.kb_id, actor.sector) == ("SDNOPP", "organization", None, "OPP")
    assert "head 'alliance'" in (actor.reason or "")


@pytest.mark.model
def test_members_belong_to_the_unknown_armed_group(resolve):
    mentions = resolve("Colombian police detained two members of the Popular Liberation Army near the border.",
                       "BOGOTA")
    assert by_text(mentions, "Popular Liberation Army").code == "COLREB"
    assert by_text(mentions, "members").code == "COLREB"


@pytest.mark.model
def test_country_before_the_name_and_companies_stay_business(resolve):
    mentions = resolve("Kenya's National Union of Teachers called a strike, while Safaricom Holdings Ltd "
                       "said profits fell.")
    assert by_text(mentions, "National Union of Teachers").code == "KENLAB"
    assert by_text(mentions, "Safaricom Holdings Ltd").sector == "BUS"
