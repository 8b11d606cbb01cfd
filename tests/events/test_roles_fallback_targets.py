"""Targets read from the object or an aim preposition when the trigger's own slots name no one,
and subjects listed as appositions."""

from __future__ import annotations

import pytest

import dateline

pytestmark = pytest.mark.model


def dyads(text: str) -> list[tuple[list[str | None], list[str | None]]]:
    art = dateline.extract(text, "2019-05-01")
    return [([a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def test_target_from_an_aim_preposition():
    found = dyads("Ghanaian rebels fired rockets at the Kenyan army on Monday.")
    assert any("KENMIL" in t for _, t in found), found


def test_target_never_repeats_the_source():
    for source, target in dyads("Kenya sent troops to help Kenya."):
        assert not set(source) & set(target)


def test_listed_subjects_all_take_part():
    found = dyads("Kenya, Uganda, and Tanzania met on Monday.")
    assert any({"KEN", "UGA"} <= set(s) for s, _ in found), found
