"""Session 13 (lead, issue #3): Tajikistan's head of state and prime ministers, none of whom was in the KB."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("name, date, code", [
    ("Emomali Rahmon", "1996-05-01", "TJKGOV"),  # chairman of the Supreme Assembly, then president
    ("Rakhmonov", "2003-06-22", "TJKGOV"),  # his name before 2007
    ("Oqil Oqilov", "2005-01-01", "TJKGOV"),
    ("Akil Akilov", "2015-01-01", "TJKELI"),  # out of office from 2013-11-23
    ("Kokhir Rasulzoda", "2020-01-01", "TJKGOV"),
])
def test_tajik_heads(kb, name, date, code):
    assert kb.actor(name, date).code == code


def test_a_sentence_names_the_president(resolve):
    mentions = resolve("President Emomali Rahmon met Chinese officials in Dushanbe.", "2019-04-01")
    assert [m.actor.code for m in mentions if m.text.endswith("Emomali Rahmon")] == ["TJKGOV"]
