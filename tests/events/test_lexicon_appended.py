"""Lexicon entries appended by issue #4's NGEC work (refusals, praise, bans), on sentences we wrote."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _types(events):
    return [(e.plover.type, e.cameo.code, e.trigger.text) for e in events]


def _only(events, trigger_word):
    hits = [e for e in events if trigger_word in e.trigger.text]
    assert hits, _types(events)
    return hits[0]


def test_declining_an_offer_is_reject(run):
    events, _ = run("Iran declined the offer of aid from the United States.")
    assert _only(events, "declined").plover.type == "REJECT"


@pytest.mark.parametrize("text,plover", [
    ("Turkey applauded Russia for its handling of the crisis.", "SUPPORT"),
    ("Erdogan lauded Putin on Monday.", "SUPPORT"),
    ("Turkey outlawed the YPG on Monday.", "COERCE"),
])
def test_appended_lexicon_entries(run, text, plover):
    events, _ = run(text)
    assert plover in {e.plover.type for e in events}, _types(events)
