"""Negation beyond "not" (issue #4): "no longer" on the verb and a quantifier-negated subject.
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
