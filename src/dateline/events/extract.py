"""PLACEHOLDER: the events helper replaces this module."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase
from dateline.model import ActorMention, Article, Attribution, Event


def extract_events(
    doc: Doc, article: Article, actors: list[ActorMention], kb: KnowledgeBase
) -> tuple[list[Event], list[Attribution]]:
    return [], []
