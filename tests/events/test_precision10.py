"""Session 10 (lead, #4): "demand" as a mass noun is market demand, a countable demand is political;
a headline's bare "to" infinitive announces a coming act (planned). Sentences and headlines written
for these tests (no gold text)."""

from __future__ import annotations

import pytest

from dateline.model import Article

pytestmark = pytest.mark.model


def _events(pipeline, text: str, title: str | None = None, date: str = "1987-03-03"):
    out = next(pipeline.annotate([Article(doc_id="p10", date=date, title=title, text=text)])).to_dict()
    return [(e["trigger"]["text"], e["plover"]["type"], e["factuality"]) for e in out["events"]], \
        [(e["trigger"]["text"], e["plover"]["type"], e["factuality"]) for e in out["title_events"]]


@pytest.mark.parametrize("text", [
    "British and U.S. securities houses have been expanding inventories of gilts to meet demand from "
    "investors seeking capital gains, dealers said.",
    "Exporters said Japanese demand for Australian coal was rising.",
])
def test_market_demand_is_no_event(pipeline, text):
    body, _ = _events(pipeline, text)
    assert body == [], body


def test_market_demand_in_a_headline_is_no_event(pipeline):
    _, title = _events(pipeline, "Japanese investor interest in British gilts is growing, dealers said. "
                                 "Britain said it would hold talks with Japan.",
                       title="JAPANESE DEMAND FOR U.K. GILTS SEEN RISING")
    assert title == [], title


@pytest.mark.parametrize("text", [
    "Iran rejected a demand that it halt enrichment.",
    "Israel rejected the Palestinian demand for a settlement freeze.",
])
def test_a_countable_demand_is_political(pipeline, text):
    body, _ = _events(pipeline, text, date="2021-03-02")
    assert ("rejected", "REJECT", "asserted") in body, body


def test_the_demands_of_strikers_stay_political(pipeline):
    body, _ = _events(pipeline, "The government agreed to meet the demands of the strikers.", date="2021-03-02")
    assert [t for _, t, _ in body] == ["CONCEDE"], body


def test_a_headline_infinitive_is_planned(pipeline):
    _, title = _events(pipeline, "Iran said it would hold talks with Iraq next week.",
                       title="Iran to hold talks with Iraq", date="2021-03-02")
    assert [(t, f) for _, t, f in title] == [("CONSULT", "planned")], title


def test_a_headline_finite_verb_stays_asserted(pipeline):
    _, title = _events(pipeline, "Iran held talks with Iraq on Monday.",
                       title="Iran and Iraq hold talks", date="2021-03-02")
    assert [(t, f) for _, t, f in title] == [("CONSULT", "asserted")], title
