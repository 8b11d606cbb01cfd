"""PLACEHOLDER: the geo helper replaces this module."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Event, Place, PlaceMention


def locate_events(events: list[Event], doc: Doc, places: list[PlaceMention], dateline_place: Place | None) -> None:
    return None
