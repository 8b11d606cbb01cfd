"""Shared fixtures of the actors tests: the shipped knowledge base (loaded once), and the actors of a
sentence parsed by the trained model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.actors import load_knowledge_base, resolve_actors
from dateline.actors.kb import KnowledgeBase
from dateline.model import ActorMention, Article

DEFAULT_ARTICLE_DATE = "2017-02-08"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once for all actors tests (no test changes it)."""
    return load_knowledge_base()


@pytest.fixture(scope="module")
def resolve(pipeline, request) -> Callable[..., list[ActorMention]]:
    """``resolve(text, date=None, dateline=None)``: the actor mentions of ``text`` in an article of
    ``date``; without one, the test module's ``ARTICLE_DATE`` (else 2017-02-08)."""
    default_date = getattr(request.module, "ARTICLE_DATE", DEFAULT_ARTICLE_DATE)

    def run(text: str, date: str | None = None, dateline: str | None = None) -> list[ActorMention]:
        article = Article("t", date or default_date, text, dateline)
        return resolve_actors(pipeline.language(text), article, pipeline.kb)
    return run
