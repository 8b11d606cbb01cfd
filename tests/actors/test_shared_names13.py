"""Session 13 (issue #3): two people in office on the article date who share a name ("King Abdullah"
of Jordan, king since 1999, and of Saudi Arabia, king 2005-2015) are told apart by the countries the
article names; with none named, the file order decides, as before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes_of(mentions, name):
    """Codes of the mentions that end with ``name`` ("Prime Minister Soe Win" is a mention of Soe Win)."""
    return [m.actor.code for m in mentions if m.text.endswith(name)]


@pytest.mark.parametrize("text, date, code", [
    ("King Abdullah received the Saudi oil minister in Riyadh on Sunday.", "2010-03-01", "SAUGOV"),
    ("King Abdullah met Jordanian tribal leaders and Jordan's parliament speaker.", "2010-03-01", "JORGOV"),
    ("Egypt's president called King Abdullah to discuss the Saudi budget.", "2012-05-01", "SAUGOV"),
    # After 2015-01-23 only Jordan's king holds office: the date decides, whatever the article names.
    ("King Abdullah said Saudi investors were welcome.", "2019-06-01", "JORGOV"),
])
def test_a_shared_name_is_the_person_of_the_country_the_article_names(resolve, text, date, code):
    assert codes_of(resolve(text, date), "King Abdullah") == [code]


def test_with_no_country_named_the_title_of_the_office_decides(resolve):
    # 2003: Jordan's Abdullah was king, the Saudi Abdullah crown prince.
    assert codes_of(resolve("King Abdullah spoke to reporters on Tuesday.", "2003-04-01"), "King Abdullah") == ["JORGOV"]


@pytest.mark.parametrize("text, date, code", [
    ("Prime Minister Soe Win addressed the national convention.", "2006-01-10", "MMRGOV"),
    ("Soe Win inspected troops in Kachin State.", "2015-06-01", "MMRMIL"),  # the deputy commander-in-chief
    ("Sein Win called for a boycott of the referendum.", "2008-04-01", "MMROPP"),  # the exile prime minister
    ("Sein Win met the Chinese defence attache.", "2018-05-01", "MMRMIL"),  # the defence minister
])
def test_namesakes_are_told_apart_by_the_date(resolve, text, date, code):
    name = "Soe Win" if "Soe Win" in text else "Sein Win"
    assert codes_of(resolve(text, date), name) == [code]
