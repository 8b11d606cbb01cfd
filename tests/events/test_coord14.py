"""Coordinated owners of one head and reciprocal ceasefires (session 14, #3): our own sentences
through the whole pipeline (dyads fixture, dated 2019-05-01)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,codes", [
    ("The Russian and US navies began a joint military exercise.", {"RUS", "USA"}),
    ("UK and EU negotiators have agreed a free trade agreement.", {"GBR", "IGOEUR"}),
    ("Pakistan and Afghanistan's intelligence services have agreed to share information.", {"PAK", "AFG"}),
])
def test_coordinated_owners_of_one_head_are_all_participants(dyads, text, codes):
    sources = {c[:3] if c and not c.startswith("IGO") else c for s, _ in dyads(text) for c in s}
    assert codes <= sources


def test_a_ceasefire_agreed_by_two_parties_is_reciprocal(dyads):
    # "cease-fire" is tokenized "cease - fire": the hyphenated compound is the mutual object
    found = dyads("India and Pakistan agreed to a cease-fire.", "agreed")
    assert found and set(found[0][0]) == {"IND", "PAK"} and set(found[0][1]) == {"IND", "PAK"}


def test_a_tax_agreed_to_stays_unpaired(dyads):
    found = dyads("Denmark and Portugal agreed to the tax.", "agreed")
    assert not found or not found[0][1]
