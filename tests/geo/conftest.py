"""Fixtures of the geo tests: the pipeline's gazetteer and a helper that runs the geo stage alone."""

from __future__ import annotations

import pytest

from dateline.model import Article


@pytest.fixture(scope="session")
def gazetteer(pipeline):
    return pipeline.gazetteer


@pytest.fixture(scope="session")
def geoparse(pipeline):
    """Run nlp + actors + find_places on a text: returns (doc, dateline_place, places)."""
    from dateline import actors
    from dateline.geo import find_places

    def run(text: str, dateline: str | None = None):
        article = Article(doc_id="t", date="2020-01-01", text=text, dateline=dateline)
        doc = pipeline.language(text)
        mentions = actors.resolve_actors(doc, article, pipeline.kb)
        place, places = find_places(doc, article, mentions, pipeline.gazetteer)
        return doc, place, places

    return run
