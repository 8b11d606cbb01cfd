"""Coverage, round two (issue #4): negation beyond "not" ("no longer", a quantifier-negated subject)
and any-object lexicon entries.
Our own sentences, with hand-made actors."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Russia no longer sends weapons to Syria.",
    "None of the rebels attacked Turkey.",
    "None of the protesters attacked police.",
    "No country sent troops to Syria after the election.",
])
def test_negated_acts(run, text):
    events, _ = run(text)
    assert events, text
    assert {e.factuality for e in events} == {"negated"}, [(e.trigger.text, e.factuality) for e in events]


@pytest.mark.parametrize("text", [
    "Russia sent more weapons to Syria.",  # "more" alone is no cessation
    "Rebels attacked Turkey for longer than a week.",
])
def test_asserted_acts_stay_asserted(run, text):
    events, _ = run(text)
    assert events, text
    assert "negated" not in {e.factuality for e in events}


# --- any-object lexicon entries (object: ["*"]): returning anything is CAMEO 084 -----------------

@pytest.mark.parametrize("text,plover,cameo", [
    ("Iran returned the seized tanker to Turkey.", "RETREAT", "084"),
    ("Russia returned the fishing boats to Ukraine on Friday.", "RETREAT", "084"),
    ("Russia returned fire on Ukraine's troops.", "ASSAULT", "193"),  # listed before the "*" entry
])
def test_return_takes_any_noun_object(run, text, plover, cameo):
    events, _ = run(text)
    assert [(e.plover.type, e.cameo.code) for e in events][:1] == [(plover, cameo)]


def test_any_object_needs_a_noun(run):
    events, _ = run("Russia returned it to Ukraine.")
    assert not [e for e in events if e.cameo.code == "084"]
