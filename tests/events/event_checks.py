"""Plain helpers of the events tests (put on the path by tests/events/conftest.py): how a test reads
the events of a text or of a headline through the whole pipeline, and picks one by its trigger."""

from __future__ import annotations

from dateline.model import Article, Event

DATE = "2021-03-02"  # the article date of these helpers' texts


def types_of(events) -> list[tuple[str, str, str]]:
    """(PLOVER type, CAMEO code, trigger text) of each event: what an assertion message shows."""
    return [(e.plover.type, e.cameo.code, e.trigger.text) for e in events]


def only(events, word: str):
    """The first event whose trigger holds ``word``; fails the test when there is none."""
    hits = [e for e in events if word in e.trigger.text]
    assert hits, types_of(events)
    return hits[0]


def body_events(pipeline, text: str) -> list[Event]:
    """The body events of ``text`` through the whole pipeline (actors stage included)."""
    return next(pipeline.annotate([Article(doc_id="ev", date=DATE, text=text)])).events


def coded_dyads(pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(PLOVER type, CAMEO code, sorted source codes, sorted target codes) of each body event."""
    return [(e.plover.type, e.cameo.code, sorted(a.code for a in e.source), sorted(a.code for a in e.target))
            for e in body_events(pipeline, text)]


def title_types(pipeline, title: str, text: str) -> list[tuple[str, str]]:
    """(trigger text, PLOVER type) of each headline event of an article with ``title`` and ``text``."""
    out = next(pipeline.annotate([Article(doc_id="ev", date=DATE, title=title, text=text)])).to_dict()
    return [(e["trigger"]["text"], e["plover"]["type"]) for e in out["title_events"]]


QUIET_BODY = "Officials from both governments spoke to reporters in the capital on Tuesday."  # codes no event


def headline_article(pipeline, title: str, text: str = QUIET_BODY):
    """The annotated article of ``title`` over ``text`` (by default a body that codes no event)."""
    return next(pipeline.annotate([Article(doc_id="ev", date=DATE, title=title, text=text)]))


def headline_plover_types(pipeline, title: str, text: str = QUIET_BODY) -> list[str]:
    """The PLOVER type of each headline event of ``title``."""
    return [e["plover"]["type"] for e in headline_article(pipeline, title, text).to_dict()["title_events"]]


def main_type(pipeline, title: str, text: str = QUIET_BODY) -> str | None:
    """The PLOVER type of the story's main event, from the headline or the body (None without one)."""
    out = headline_article(pipeline, title, text).to_dict()
    main = [e for e in out["title_events"] + out["events"] if e.get("is_root_event")]
    return main[0]["plover"]["type"] if main else None
