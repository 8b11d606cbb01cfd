"""End-to-end acceptance on our own articles (tests/articles/*.txt + expectations *.yaml).

The sample article alone cannot keep the stages general, so these short wire-style articles on other
subjects (a protest, sanctions, air strikes, a ceasefire, a disputed election, aid; and two
non-political stories that must yield nothing) each list what a careful analyst would code. Every
expectation is its own test so a failure names exactly what is missing; the assertion message shows
what the pipeline produced instead. The file format is described in tests/articles/README.md.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ARTICLES = Path(__file__).resolve().parent / "articles"


# --- loading the expectations (at collection time: no model needed) -----------------------------

def _as_list(value: Any) -> list[str]:
    """A value or list of acceptable values, as strings (YAML reads 1997 as an int)."""
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [str(v) for v in values]


class _PlainLoader(yaml.SafeLoader):
    """SafeLoader that keeps 2019-06-12 a string (TimeML values are strings, not dates)."""


_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_expectations() -> list[dict[str, Any]]:
    specs = []
    for path in sorted(ARTICLES.glob("*.yaml")):
        spec = yaml.load(path.read_text(encoding="utf-8"), Loader=_PlainLoader)  # noqa: S506 - safe subclass
        spec["stem"] = path.stem
        specs.append(spec)
    return specs


SPECS = load_expectations()


def _params(kind: str) -> list[Any]:
    out = []
    for spec in SPECS:
        for i, item in enumerate(spec.get(kind) or []):
            label = item.get("id") or item.get("text") or str(i)
            out.append(pytest.param(spec["stem"], item, id=f"{spec['stem']}:{label}"))
    return out


# --- running the pipeline once per article -------------------------------------------------------

@lru_cache(maxsize=None)
def _annotate(stem: str):
    import dateline

    return dateline.extract((ARTICLES / f"{stem}.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def annotated(pipeline):
    """``annotated(stem)``: the article run through the (already loaded) session pipeline."""
    return _annotate


# --- matchers ------------------------------------------------------------------------------------

def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def actor_matches(actor, want: dict[str, Any]) -> bool:
    """One actor satisfies every key of the matcher (country, sector, code, code_prefix, name)."""
    if "country" in want and actor.country not in _as_list(want["country"]):
        return False
    if "sector" in want and actor.sector not in _as_list(want["sector"]):
        return False
    if "code" in want and actor.code not in _as_list(want["code"]):
        return False
    if "code_prefix" in want and not any((actor.code or "").startswith(p) for p in _as_list(want["code_prefix"])):
        return False
    if "name" in want and str(want["name"]).lower() not in (actor.name or "").lower():
        return False
    return True


def place_problem(place, want: dict[str, Any]) -> str | None:
    if place is None:
        return "no place"
    countries = _as_list(want.get("country"))
    if countries and place.country not in countries:
        return f"country {place.country} not in {countries}"
    if "lat" in want:
        dist = km(place.lat, place.lon, float(want["lat"]), float(want["lon"]))
        if dist > float(want.get("km", 25)):
            return f"{place.name} is {dist:.0f} km away (> {want.get('km', 25)})"
    return None


def event_problems(event, want: dict[str, Any], article_text: str, sentences) -> list[str]:
    """Every key of the expectation this event fails (empty list: it matches)."""
    problems = []
    if "plover" in want and event.plover.type not in _as_list(want["plover"]):
        problems.append(f"type {event.plover.type}")
    if "factuality" in want and event.factuality not in _as_list(want["factuality"]):
        problems.append(f"factuality {event.factuality}")
    if "date" in want:
        value = event.date.value if event.date else None
        if value not in _as_list(want["date"]):
            problems.append(f"date {value}")
    for key in ("fatalities", "injured"):
        if key in want and getattr(event, key) != want[key]:
            problems.append(f"{key} {getattr(event, key)}")
    for side, actors in (("source", event.source), ("target", event.target),
                         ("either", list(event.source) + list(event.target))):
        if side in want and not any(actor_matches(a, want[side]) for a in actors):
            problems.append(f"{side} {[(a.code, a.country, a.name) for a in actors]}")
    if "location" in want:
        problem = place_problem(event.location.place if event.location else None, want["location"])
        if problem:
            problems.append(f"location: {problem}")
    if "evidence_contains" in want:
        evidence = article_text[event.start:event.end]
        if 0 <= event.sentence < len(sentences):
            s = sentences[event.sentence]
            evidence += " " + article_text[s.start:s.end]
        if str(want["evidence_contains"]) not in evidence:
            problems.append("evidence lacks " + repr(want["evidence_contains"]))
    return problems


def describe(event) -> str:
    return (f"{event.plover.type} '{event.trigger.text}' {event.factuality} "
            f"date={event.date.value if event.date else None} "
            f"src={[a.code for a in event.source]} tgt={[a.code for a in event.target]} "
            f"loc={event.location.place.name if event.location else None} dead={event.fatalities}")


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Word-bounded occurrences of needle in text ("China" does not match "Chinese")."""
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def overlapping(mentions, span: tuple[int, int]) -> list:
    return [m for m in mentions if m.start < span[1] and span[0] < m.end]


# --- tests ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("spec", [pytest.param(s, id=s["stem"]) for s in SPECS])
def test_expectations_file_is_well_formed(spec):
    # Runs without the pipeline: catches typos in expectations before they hide as failures.
    known = {"id", "plover", "factuality", "date", "fatalities", "injured", "source", "target", "either",
             "location", "evidence_contains"}
    assert (ARTICLES / spec["article"]).exists()
    assert spec["article"] == f"{spec['stem']}.txt"
    from dateline.model import FACTUALITIES, PLOVER_TYPES

    for event in (spec.get("events") or []) + (spec.get("absent_events") or []):
        assert set(event) <= known, set(event) - known
        assert set(_as_list(event.get("plover"))) <= set(PLOVER_TYPES), event
        assert set(_as_list(event.get("factuality"))) <= set(FACTUALITIES), event
    assert bool(spec.get("no_events")) == (not spec.get("events")), "no_events and events disagree"
    text = (ARTICLES / spec["article"]).read_text(encoding="utf-8")
    for item in (spec.get("times") or []) + (spec.get("places") or []) + (spec.get("actors") or []):
        assert occurrences(text, str(item["text"])), f"{item['text']!r} is not in the article"


@pytest.mark.model
@pytest.mark.parametrize("stem,want", _params("events"))
def test_expected_event(annotated, stem, want):
    doc = annotated(stem)
    hits = [e for e in doc.events if not event_problems(e, want, doc.article.text, doc.sentences)]
    report = "\n".join(
        f"  {describe(e)}\n      fails: {'; '.join(event_problems(e, want, doc.article.text, doc.sentences))}"
        for e in doc.events
    ) or "  (no events)"
    assert hits, f"no event matches {want}\nevents:\n{report}"


@pytest.mark.model
@pytest.mark.parametrize("stem,want", _params("absent_events"))
def test_absent_event(annotated, stem, want):
    # Precision: what must not be coded (an alleged attack coded as a plain fact, a called-off
    # meeting coded as held, a natural disaster coded as an assault).
    doc = annotated(stem)
    hits = [e for e in doc.events if not event_problems(e, want, doc.article.text, doc.sentences)]
    assert not hits, f"these events match {want}, which must not be coded:\n" + "\n".join(describe(e) for e in hits)


@pytest.mark.model
@pytest.mark.parametrize("stem", [pytest.param(s["stem"], id=s["stem"]) for s in SPECS if s.get("no_events")])
def test_non_political_article_yields_no_events(annotated, stem):
    doc = annotated(stem)
    assert not doc.events, "\n".join(describe(e) for e in doc.events)


@pytest.mark.model
@pytest.mark.parametrize("stem,want", _params("times"))
def test_expected_time_expression(annotated, stem, want):
    doc = annotated(stem)
    spans = occurrences(doc.article.text, str(want["text"]))
    assert spans, f"{want['text']!r} not in the article body"
    span = spans[int(want.get("nth", 0))]
    found = overlapping(doc.times, span)
    assert any(t.value == str(want["value"]) for t in found), (
        f"{want['text']!r} at {span} should be {want['value']}; overlapping: "
        f"{[(t.text, t.value) for t in found]}; all times: {[(t.text, t.value) for t in doc.times]}"
    )


@pytest.mark.model
@pytest.mark.parametrize("stem,want", _params("places"))
def test_expected_place(annotated, stem, want):
    doc = annotated(stem)
    found = [m for span in occurrences(doc.article.text, str(want["text"])) for m in overlapping(doc.places, span)]
    assert found, f"{want['text']!r} is not a place mention; places: {[(m.text, m.place.name) for m in doc.places]}"
    problems = [(m.text, place_problem(m.place, want)) for m in found if place_problem(m.place, want)]
    assert not problems, problems


@pytest.mark.model
@pytest.mark.parametrize("stem", [pytest.param(s["stem"], id=s["stem"]) for s in SPECS if s.get("dateline")])
def test_dateline_place(annotated, stem):
    want = next(s for s in SPECS if s["stem"] == stem)["dateline"]
    doc = annotated(stem)
    assert place_problem(doc.dateline_place, want) is None, (doc.article.dateline, doc.dateline_place)


@pytest.mark.model
@pytest.mark.parametrize("stem,want", _params("actors"))
def test_expected_actor_code(annotated, stem, want):
    doc = annotated(stem)
    found = [m for span in occurrences(doc.article.text, str(want["text"])) for m in overlapping(doc.actors, span)]
    assert found, f"{want['text']!r} is not an actor mention; actors: {[(m.text, m.actor.code) for m in doc.actors]}"
    codes = _as_list(want["code"])
    wrong = [(m.text, m.actor.code, m.actor.reason) for m in found if m.actor.code not in codes]
    assert not wrong, f"expected one of {codes}: {wrong}"
