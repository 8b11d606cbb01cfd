"""actors-roles7: the role modules (roles.py and those split from it) compare tokens by position. The
eventive object a verb pattern consumed is no fallback target, but its named owner is; a noun's
consumed modifier is no source."""

from __future__ import annotations

import pytest

import dateline

pytestmark = pytest.mark.model


def test_the_consumed_object_is_no_fallback_target(dyads):
    # "send troops": the troops are what is sent, not whom the act is aimed at.
    found = dyads("Kenya offered to send troops to help the Somali army.", "send troops")
    assert found and "KENMIL" not in found[0][1], found


def test_named_owner_of_the_consumed_object_is_the_target(dyads):
    assert dyads("Saudi Arabia lifted its blockade of Yemen.") == [(["SAU"], ["YEM"])]


def test_consumed_modifier_of_a_noun_trigger_is_no_source(dyads):
    found = dyads("A suicide bomber attacked the Kenyan embassy.", "suicide bomber")
    assert all(not source for source, _ in found), found


def test_roles_compare_tokens_by_position():
    # Every doc[i] is a new Python object: `is` between tokens is always false.
    import pathlib

    events = pathlib.Path(dateline.__file__).parent / "events"
    for module in ("roles.py", "role_arcs.py", "subjects.py", "target_fallbacks.py", "noun_roles.py"):
        source = events.joinpath(module).read_text()
        for needle in (" is match.", " is not obj", " is not head", " is not noun", " is verb"):
            assert needle not in source, (module, needle)
