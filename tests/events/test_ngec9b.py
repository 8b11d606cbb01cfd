"""Session 9, events-ngec9b (#4): headline "Name Verbs Object" read as one noun phrase, and lexicon
gaps (expelling observers, expressed disapproval or respect). Headlines and sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_checks import title_types

from dateline.model import Article


BODY = "Officials from both governments spoke to reporters in the capital on Tuesday."


@pytest.mark.model
@pytest.mark.parametrize("title,plover", [
    ("Honduras Denounces Moves By Guatemala", "ACCUSE"),  # a name compound on a plural-looking root
    ("New Zealand Denounces Threats By Samoa", "ACCUSE"),  # one noun phrase re-read as a clause
])
def test_a_verbless_headline_reads_name_verbs_object_as_a_clause(pipeline, title, plover):
    assert plover in [t for _, t in title_types(pipeline, title, BODY)]


@pytest.mark.model
@pytest.mark.parametrize("title,plover", [
    ("Ghana Leader Ejects European Election Monitors", "SANCTION"),
    ("Ghana and Togo Express Mutual Respect After Summit", "SUPPORT"),
])
def test_headline_lexicon_gaps(pipeline, title, plover):
    assert plover in [t for _, t in title_types(pipeline, title, BODY)]


@pytest.mark.model
def test_body_expressed_disapproval_is_an_accusation(pipeline):
    text = "The French foreign minister expressed his disapproval of the Italian government's decision on Monday."
    events = next(pipeline.annotate([Article(doc_id="n9b", date="2021-03-02", text=text)])).events
    assert [e.plover.type for e in events if "disapproval" in e.trigger.text] == ["ACCUSE"]


@pytest.mark.model
def test_a_headline_with_a_verb_is_left_as_parsed(pipeline):
    # "Japan Trade Surplus Widens": a verb already, no noun is re-read.
    assert title_types(pipeline, "Japan Trade Surplus Widens Sharply", BODY) == []
