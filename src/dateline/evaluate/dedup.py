"""`dateline eval dedup`: cross-document event coreference on ECB+ (topics 1-35).

1. Every document is analysed by the full pipeline. ECB+ documents carry no publication date, so
   each gets the same placeholder date (``PLACEHOLDER_DATE``). Relative expressions ("on Tuesday",
   "yesterday", "June 30") are then resolved against a date that is not the article's, and would
   split reports of one event at random. With ``dates="anchored"`` (the default) an event keeps its
   date only when its time expression writes the year (four digits), the dates a reader could know
   without the publication date; other events count as undated (publication-date fallback, the same
   placeholder for all). ``dates="all"`` keeps every resolved date; both are reported in
   docs/benchmarks.md.
2. All documents are added, topic by topic in file order, to one fresh store (a temporary SQLite
   file) through ``Store.add_batch``: the clustering scored is exactly the one `dateline ingest` runs,
   across the whole corpus (not per topic).
3. Alignment: a dateline mention (its trigger span) aligns to the gold event mention (ACTION_* or
   NEG_* markable, in an annotated sentence) whose token span it overlaps, one to one, gold mentions
   in text order. Mentions outside the annotated sentences are not scored.
4. Scores over the aligned mentions: MUC, B-cubed, CEAF-e and their CoNLL average, with the gold
   cluster of each aligned mention (its CROSS_DOC_COREF instance) against the canonical event dateline
   put it in. Mention recall = aligned gold mentions / gold mentions. Two baselines on the same
   mentions put the scores in context: every mention alone, and one cluster per topic.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dateline.errors import UsageError
from dateline.evaluate.coref import conll
from dateline.evaluate.ecbplus import DEV_TOPICS, GoldDocument, read_corpus
from dateline.model import AnnotatedArticle, Article

PLACEHOLDER_DATE = "2000-01-01"
DATE_MODES = ("anchored", "all")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_BATCH = 32


def as_article(document: GoldDocument) -> Article:
    return Article(doc_id=document.doc_id, date=PLACEHOLDER_DATE, text=document.text, source=document.doc_id,
                   origin=f"ecbplus:{document.doc_id}")


def annotate(documents: list[GoldDocument]) -> list[AnnotatedArticle]:
    from dateline.pipeline import Pipeline

    return list(Pipeline().annotate(as_article(d) for d in documents))


def keep_anchored_dates(annotated: list[AnnotatedArticle]) -> list[AnnotatedArticle]:
    """Drop event dates whose time expression does not write a year (see the module docstring)."""
    for article in annotated:
        for event in article.events:
            date = event.date
            if date is not None and date.basis == "text" and not (date.time and _YEAR.search(date.time.text)):
                event.date = None
    return annotated


def cluster(annotated: Iterable[AnnotatedArticle]) -> list[tuple[str, int, int, str]]:
    """Store the articles in a fresh store; ``(doc_id, trigger start, trigger end, event_id)`` per mention."""
    from dateline.store import open_store

    with tempfile.TemporaryDirectory(prefix="dateline-eval-dedup-") as tmp:
        with open_store(Path(tmp) / "ecbplus.db") as store:
            batch: list[AnnotatedArticle] = []
            for article in annotated:
                batch.append(article)
                if len(batch) >= _BATCH:
                    store.add_batch(batch)
                    batch = []
            if batch:
                store.add_batch(batch)
            mentions = store.mentions()
    return [(str(r.doc_id), int(r.trigger_start), int(r.trigger_end), str(r.event_id))
            for r in mentions.itertuples(index=False)]


def align(documents: list[GoldDocument], mentions: list[tuple[str, int, int, str]]
          ) -> tuple[dict[tuple[str, int], str], dict[tuple[str, int], str]]:
    """Gold and system cluster of every aligned gold mention, keyed by (doc_id, gold start)."""
    by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for doc_id, start, end, event_id in sorted(mentions):
        by_doc.setdefault(doc_id, []).append((start, end, event_id))
    gold: dict[tuple[str, int], str] = {}
    system: dict[tuple[str, int], str] = {}
    for document in documents:
        free = list(by_doc.get(document.doc_id, []))
        for mention in document.mentions:
            hit = next((m for m in free if m[0] < mention.end and mention.start < m[1]), None)
            if hit is None:
                continue
            free.remove(hit)
            key = (document.doc_id, mention.start)
            gold[key] = mention.cluster
            system[key] = hit[2]
    return gold, system


def score(documents: list[GoldDocument], mentions: list[tuple[str, int, int, str]]) -> dict[str, Any]:
    gold, system = align(documents, mentions)
    total_gold = sum(len(d.mentions) for d in documents)
    topic = {d.doc_id: d.topic for d in documents}
    cross = _cross_document_links(gold, system)
    return {
        "documents": len(documents),
        "gold_mentions": total_gold,
        "system_mentions": len(mentions),
        "aligned_mentions": len(gold),
        "mention_recall": round(len(gold) / total_gold, 4) if total_gold else 0.0,
        "gold_clusters_aligned": len(set(gold.values())),
        "system_clusters_aligned": len(set(system.values())),
        "scores": conll(gold, system),
        "cross_document_links": cross,
        "baselines": {
            "singletons": conll(gold, {k: k for k in gold}),
            "one_per_topic": conll(gold, {k: topic[k[0]] for k in gold}),
        },
    }


def _cross_document_links(gold: dict[tuple[str, int], str], system: dict[tuple[str, int], str]) -> dict[str, Any]:
    """Pairwise precision/recall of the links between mentions of different documents only."""
    keys = sorted(gold)
    tp = fp = fn = 0
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a[0] == b[0]:
                continue
            same_gold, same_system = gold[a] == gold[b], system[a] == system[b]
            tp += same_gold and same_system
            fp += same_system and not same_gold
            fn += same_gold and not same_system
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold_links": tp + fn, "system_links": tp + fp}


def parse_topics(text: str) -> tuple[int, ...]:
    """``"1-35"`` -> (1, ..., 35); ``"3"`` -> (3,). E308 for anything else."""
    match = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+))?\s*", text)
    if not match or (match.group(2) and int(match.group(2)) < int(match.group(1))):
        raise UsageError("E308", value=text)
    first = int(match.group(1))
    return tuple(range(first, int(match.group(2) or first) + 1))


def evaluate_dedup(folder: str | Path, topics: tuple[int, ...] = DEV_TOPICS, dates: str = "anchored"
                   ) -> dict[str, Any]:
    documents = read_corpus(folder, topics)
    annotated = annotate(documents)
    if dates == "anchored":
        annotated = keep_anchored_dates(annotated)
    result = score(documents, cluster(annotated))
    result["topics"] = [t for t in topics if any(d.topic == t for d in documents)]
    result["placeholder_date"] = PLACEHOLDER_DATE
    result["dates"] = dates
    return result
