"""Attribution spans: who says what."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_said_that(run):
    text = "Erdogan said that Russia had attacked Ukraine."
    _, atts = run(text)
    a = atts[0]
    assert a.cue.text == "said" and a.source.text == "Erdogan"
    assert a.content.text == "Russia had attacked Ukraine" and a.speaker.code == "TURGOV"
    assert text[a.content.start:a.content.end] == a.content.text


def test_trailing_said(run):
    _, atts = run("Russia attacked Ukraine overnight, Erdogan said.")
    a = atts[0]
    assert a.content.text == "Russia attacked Ukraine overnight" and a.speaker.code == "TURGOV"


def test_told(run):
    _, atts = run("Putin told reporters that Russia would withdraw from Syria.")
    a = atts[0]
    assert a.cue.text == "told" and a.speaker.code == "RUSGOV"
    assert "withdraw from Syria" in a.content.text


def test_according_to(run):
    _, atts = run("Russia attacked Ukraine on Monday, according to the White House.")
    a = atts[0]
    assert a.cue.text == "according to" and a.source.text == "the White House"
    assert a.content.text.startswith("Russia attacked Ukraine") and a.speaker.code == "USAGOV"


def test_quote_then_pronoun_speaker(run):
    text = 'Putin arrived in Ankara on Monday. "We will not retreat," he told reporters.'
    _, atts = run(text)
    quoted = [a for a in atts if a.cue.text == "told"]
    assert quoted and "We will not retreat" in quoted[0].content.text
    assert quoted[0].speaker is not None and quoted[0].speaker.code == "RUSGOV"


def test_unresolved_speaker_is_none(run):
    _, atts = run("Officials said the talks would resume.")
    assert atts and atts[0].speaker is None and atts[0].source.text == "Officials"


def test_plain_sentence_has_no_attribution(run):
    _, atts = run("Russia attacked Ukraine on Monday.")
    assert atts == []
