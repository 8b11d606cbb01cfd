"""Model objects rebuilt from their contract JSON (``AnnotatedArticle.to_dict()``).

``dateline load`` stores what a Dask run wrote to Parquet through the store's own writer
(``Store.add_batch``), which takes ``AnnotatedArticle`` objects; the Parquet ``annotations`` column
holds their JSON. Keys this module does not know are ignored, so an older dateline reads newer files.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from dateline.model import (
    Actor, ActorMention, AnnotatedArticle, Article, Attribution, CameoCode, Event, EventDate, EventLocation,
    EventMention, MainEvent, Place, PlaceMention, PloverCode, SentenceSpan, Span, TimeExpr,
)

T = TypeVar("T")


def _known(cls: type[T], data: dict[str, Any], **nested: Any) -> T:
    """``cls`` from the keys of ``data`` it has as fields; ``nested`` overrides rebuilt sub-objects."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    values = {k: v for k, v in data.items() if k in names}
    values.update(nested)
    return cls(**values)


def _span(data: dict[str, Any] | None) -> Span | None:
    return _known(Span, data) if data else None


def _place(data: dict[str, Any] | None) -> Place | None:
    return _known(Place, data) if data else None


def _actor(data: dict[str, Any] | None) -> Actor | None:
    return _known(Actor, data) if data else None


def _event(data: dict[str, Any]) -> Event:
    date = data.get("date")
    location = data.get("location")
    return _known(
        Event, data,
        trigger=_span(data["trigger"]),
        source=[_actor(a) for a in data.get("source", [])],
        target=[_actor(a) for a in data.get("target", [])],
        plover=_known(PloverCode, data["plover"], context=list(data["plover"].get("context") or [])),
        cameo=_known(CameoCode, data["cameo"]),
        attributed_to=_actor(data.get("attributed_to")),
        date=_known(EventDate, date, time=_span(date.get("time"))) if date else None,
        location=_known(EventLocation, location, place=_place(location["place"]), span=_span(location.get("span")))
        if location else None,
        mentions=[_known(EventMention, m, trigger=_span(m["trigger"])) for m in data.get("mentions", [])],
        notes=list(data.get("notes", [])),
    )


def annotated_from_dict(data: dict[str, Any], **article_extra: Any) -> AnnotatedArticle:
    """The ``AnnotatedArticle`` whose ``to_dict()`` is ``data``.

    ``article_extra`` gives the Article fields the contract JSON leaves out (``origin``, ``language``,
    ``datetime``).
    """
    dateline = data.get("dateline") or {}
    article = Article(
        doc_id=data["doc_id"], date=data["date"], text=data["text"], dateline=dateline.get("text"),
        title=data.get("title"), source=data.get("source"), url=data.get("url"), **article_extra,
    )
    return AnnotatedArticle(
        article=article,
        sentences=[_known(SentenceSpan, s) for s in data.get("sentences", [])],
        actors=[_known(ActorMention, m, actor=_actor(m["actor"])) for m in data.get("actors", [])],
        times=[_known(TimeExpr, t) for t in data.get("times", [])],
        places=[_known(PlaceMention, p, place=_place(p["place"])) for p in data.get("places", [])],
        attributions=[
            _known(Attribution, a, source=_span(a["source"]), cue=_span(a["cue"]), content=_span(a["content"]),
                   speaker=_actor(a.get("speaker")))
            for a in data.get("attributions", [])
        ],
        events=[_event(e) for e in data.get("events", [])],
        dateline_place=_place(dateline.get("place")),
        pipeline=dict(data.get("pipeline", {})),
        title_events=[_event(e) for e in data.get("title_events", [])],
        main_event=MainEvent(**data["main_event"]) if data.get("main_event") else None,
    )
