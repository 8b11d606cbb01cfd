"""PLACEHOLDER: the actors helper replaces this module."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase
from dateline.model import ActorMention, Article


def add_entity_fixer(nlp: Language, kb: KnowledgeBase, places=None) -> None:
    return None


def resolve_actors(doc: Doc, article: Article, kb: KnowledgeBase) -> list[ActorMention]:
    return []
