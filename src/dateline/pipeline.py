"""Runs the stages in order. No stage logic lives here.

ingest -> nlp -> actors -> times -> places -> events (+ attributions) -> event dates ->
event locations -> place targets -> within-article dedup -> the headline's events (nlp, actors,
events, dates over the title) -> the story's main event. Each stage is one typed call over
``model.py`` types.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline import actors, dedup, events, geo, nlp, temporal
from dateline.errors import message
from dateline.model import AnnotatedArticle, Article, Event, RecordError, SentenceSpan
from dateline.version import __version__


class Pipeline:
    """The whole analysis, loaded once and reused for every article.

    ``actor_files`` are user dictionaries (YAML/CSV) merged over the shipped knowledge base.
    """

    def __init__(self, *, actor_files: Iterable[str | Path] = (), batch_size: int = 32) -> None:
        self.kb = actors.load_knowledge_base(extra_files=actor_files)
        self.gazetteer = geo.load_gazetteer()
        self.language = nlp.load_language()
        actors.add_entity_fixer(self.language, self.kb, places=self.gazetteer)
        self.batch_size = batch_size
        self.info = {"version": __version__, "model": nlp.model_name(self.language)}

    def annotate(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        """Annotate valid articles, in input order."""
        for article, doc, title_doc in nlp.analyse_with_titles(self.language, articles, self.batch_size,
                                                                   self.kb.lookup):
            yield self._annotate_doc(article, doc, title_doc)

    def run(self, records: Iterable[Article | RecordError]) -> Iterator[AnnotatedArticle | RecordError]:
        """Annotate a stream that mixes articles and ingest errors, keeping input order.

        A failure inside the analysis of one article becomes an E114 RecordError for that article;
        the run goes on.
        """
        pending: list[Article | RecordError] = []
        for record in records:
            pending.append(record)
            if len(pending) >= self.batch_size:
                yield from self._run_batch(pending)
                pending = []
        if pending:
            yield from self._run_batch(pending)

    def _run_batch(self, batch: list[Article | RecordError]) -> Iterator[AnnotatedArticle | RecordError]:
        articles = [r for r in batch if isinstance(r, Article)]
        try:
            done = {a.doc_id: a for a in self.annotate(articles)}
        except Exception:  # one article broke the batch: redo one by one to isolate it
            done = {}
            for article in articles:
                try:
                    done[article.doc_id] = next(self.annotate([article]))
                except Exception as exc:  # noqa: BLE001 - quarantined with its reason below
                    done[article.doc_id] = RecordError(
                        "E114", message("E114", detail=f"{type(exc).__name__}: {exc}"),
                        article.origin, article.doc_id, article.text[:2000],
                    )
        for record in batch:
            yield done[record.doc_id] if isinstance(record, Article) else record

    def _annotate_doc(self, article: Article, doc, title_doc=None) -> AnnotatedArticle:
        actor_mentions = actors.resolve_actors(doc, article, self.kb, self.gazetteer)
        times = temporal.find_times(doc, article)
        dateline_place, places = geo.find_places(doc, article, actor_mentions, self.gazetteer)
        found, attributions = events.extract_events(doc, article, actor_mentions, self.kb)
        temporal.date_events(found, doc, times, article)
        governed = geo.locate_events(found, doc, places, dateline_place)
        events.place_targets(found, doc, governed, self.kb, article.date, places)
        sourced = events.place_sources(found, doc, governed, self.kb, article.date)
        found += events.place_accusations(found, sourced, attributions, places, doc, self.kb, article)
        merged = dedup.merge_article_events(found, article)
        title_events = events.supported_title_events(self.title_events(article, title_doc), merged)
        main_event = events.choose_main_event(merged, title_events, article.title)
        return AnnotatedArticle(
            article=article,
            sentences=[SentenceSpan(s.start_char, s.end_char) for s in doc.sents],
            actors=actor_mentions,
            times=times,
            places=places,
            attributions=attributions,
            events=merged,
            dateline_place=dateline_place,
            pipeline=dict(self.info),
            title_events=title_events,
            main_event=main_event,
        )

    def title_events(self, article: Article, title_doc) -> list[Event]:
        """The events of the article's headline (``title_doc``: its parse from
        ``nlp.analyse_with_titles``), with actors and dates from the same stages; offsets index the
        title. Dated from the headline's own words or else the publication date; not located."""
        headline = events.title_article(article)
        if headline is None or title_doc is None:
            return []
        mentions = actors.resolve_actors(title_doc, headline, self.kb, self.gazetteer)
        found = events.extract_title_events(title_doc, article, mentions, self.kb)
        temporal.date_events(found, title_doc, temporal.find_times(title_doc, headline), headline)
        return dedup.merge_article_events(found, article)
