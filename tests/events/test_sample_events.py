"""The events stage alone on the bundled sample, with hand-made actor mentions (so it checks this
stage whatever the actors stage resolves). The pipeline-level acceptance is tests/test_sample_article.py."""

from __future__ import annotations

import pytest

from dateline.dedup import merge_article_events
from dateline.model import Actor, Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def sample_events(nlp, sample_text, hand_actors, hand_mentions):
    from dateline.events import extract_events

    names = {
        **hand_actors,
        "Turkish": hand_actors["Turkey"],
        "U.S.": hand_actors["the United States"],
        "Kalin": Actor("Ibrahim Kalin", None, "TURGOV", "TUR", "GOV", "person"),
    }
    body = sample_text.split(":", 1)[1].strip()  # the header is ingest's business
    article = Article(doc_id="sample", date="2017-02-08", text=body, source="Reuters")
    events, attributions = extract_events(nlp(body), article, hand_mentions(body, names), None)
    return events, attributions, merge_article_events(list(events), article)


def codes(actors) -> set[str]:
    return {a.code for a in actors}


def test_agree_between_erdogan_and_trump(sample_events):
    events, _, _ = sample_events
    agree = [e for e in events if e.plover.type == "AGREE"]
    assert agree and {"TURGOV", "USAGOV"} <= codes(agree[0].source) & codes(agree[0].target)
    assert agree[0].trigger.text == "agreed" and agree[0].factuality == "reported"


def test_nightclub_shooting_with_39_dead(sample_events):
    events, _, _ = sample_events
    hits = [e for e in events if e.plover.type == "ASSAULT" and e.fatalities == 39]
    assert hits and hits[0].trigger.text == "shooting"


def test_pompeo_planned_visit_reported(sample_events):
    _, _, merged = sample_events
    hits = [e for e in merged if e.plover.type == "CONSULT" and e.plover.mode == "visit"]
    assert hits
    e = hits[0]
    assert e.factuality == "planned" and codes(e.source) == {"USAGOV"} and codes(e.target) == {"TUR"}
    assert any(a.name == "Mike Pompeo" for a in e.source)
    assert len(e.mentions) >= 2  # "would be in Turkey" and "Pompeo's visit"


def test_erdogan_request_to_united_states(sample_events):
    events, _, _ = sample_events
    hits = [e for e in events if e.plover.type == "REQUEST"]
    assert hits and codes(hits[0].source) == {"TURGOV"} and codes(hits[0].target) == {"USA"}


def test_attributions_found(sample_events):
    _, attributions, _ = sample_events
    cues = [a.cue.text for a in attributions]
    assert "according to" in cues and "told" in cues and cues.count("said") >= 4
    told = next(a for a in attributions if a.cue.text == "told")
    assert told.speaker is not None and told.speaker.name == "Ibrahim Kalin"


def test_every_merged_event_has_a_mention(sample_events):
    _, _, merged = sample_events
    assert merged and all(e.mentions and e.mentions[0].source_outlet == "Reuters" for e in merged)
