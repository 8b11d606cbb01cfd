"""Event coding evaluation: ``dateline eval events`` on NGEC, cameo_class and PETR gold files.

Every gold text is run through the real pipeline front half (spaCy in batches, the actors stage)
and the events stage, exactly as ``Pipeline`` calls them. Each text then gets ONE predicted label
from the events dateline found there (``choose_event``): the story's main event, the one the
events stage flags ``is_root_event`` (``dateline.events.salience``: lead position, headline,
factuality, main clause, repeated type, recurring actors). NGEC stories carry a headline (the
first line of their prompt), given to the stage as the article title unless ``headlines=False``;
the headline is also coded as its own text, as ``Pipeline`` does (``events.extract_title_events``),
and the main event is chosen across body and headline (``events.choose_main_event``:
a body event of the headline event's type, else the headline event).
Events without the flag (another coder through ``events_fn``) fall back to the older rule:

1. the earliest sentence with an event (news writing states the main event in the lead; a
   single-sentence text has only one);
2. in it, events said to have happened or to be under way (asserted, reported) before planned
   ones, before negated and hypothetical ones;
3. then the higher confidence; then the earlier trigger.

A text with no event is predicted ``none`` and counts as wrong (for PETR sentences whose gold is
"no event", ``none`` is right; those sentences are scored apart from the root accuracy). In the
CAMEO-scored formats only, a text with no event where dateline found an attribution with a resolved
speaker ("X said ...") or a statement verb with an actor subject ("X expressed concern", "X declined to
comment", ``dateline.events.statements``) is coded as a statement, CAMEO 010 (CAMEO codes saying as "make
statement"; PLOVER has no statement type, so the events stage emits none and NGEC is not affected).

Scored per format (all in one JSON object):
- ``ngec`` (document level): PLOVER type accuracy;
- ``cameo_class``: five-class accuracy, CAMEO roots 01-02, 03-05, 06-08, 09-13, 14-20;
- ``petr``: CAMEO root accuracy and full-code accuracy over sentences with gold events (right when
  the chosen event's root/code is one of the gold codes), plus how often sentences coded "no event"
  stay empty.
Each also gets per-class precision/recall/F1, the confusion matrix (gold row -> predicted column)
and coverage (share of texts with any event).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.events.headline import TITLE_NOTE
from dateline.evaluate.events_gold import GoldItem, detect_format, five_class, read_gold
from dateline.model import Article, Event

NONE = "none"
FACTUALITY_RANK = {"asserted": 2, "reported": 2, "planned": 1, "negated": 0, "hypothetical": 0}

EventsFn = Callable[..., Sequence[Event]]


def choose_event(events: Sequence[Event]) -> Event | None:
    """The event that stands for the whole text (see the module docstring for the rule)."""
    if not events:
        return None
    root = next((e for e in events if e.is_root_event), None)
    if root is not None:
        return root
    return max(events, key=lambda e: (-e.sentence, FACTUALITY_RANK.get(e.factuality, 0), e.confidence, -e.trigger.start))


@dataclass
class Coded:
    """What dateline found in one gold text: its events, and whether a resolved actor said something."""
    events: list[Event]
    spoke: bool = False
    title_events: list[Event] = field(default_factory=list)  # the headline's own events (events-headline7)

    @property
    def all_events(self) -> list[Event]:
        return [*self.events, *self.title_events]


def label_of(event: Event | None, fmt: str, spoke: bool = False) -> str:
    if event is None:
        if spoke and fmt != "ngec":
            return five_class("01") if fmt == "cameo_class" else "01"
        return NONE
    if fmt == "ngec":
        return event.plover.type
    if fmt == "cameo_class":
        return five_class(event.cameo.root)
    return event.cameo.root


def predict(items: Sequence[GoldItem], *, pipeline: Any = None, events_fn: EventsFn | None = None,
            batch_size: int = 64, headlines: bool = True) -> list[Coded]:
    """The events of each gold text, in order. ``events_fn(doc, article, actors, kb)`` replaces the
    events stage (default ``dateline.events.extract_events``), e.g. to score a combined coder; it
    returns the events, or ``(events, attributions)`` as the events stage does. ``headlines=False``
    leaves out the gold files' headlines (the salience headline cue then has nothing to read)."""
    from dateline import actors, nlp
    from dateline.events import (choose_main_event, extract_events, extract_title_events, supported_title_events,
                                 title_article)
    from dateline.events.statements import states_something

    if pipeline is None:
        from dateline.api.python import default_pipeline

        pipeline = default_pipeline()
    events_fn = events_fn or extract_events
    articles = [Article(doc_id=it.item_id, date=it.date, text=it.text, title=it.title if headlines else None)
                for it in items]
    out: list[Coded] = []
    for article, doc, title_doc in nlp.analyse_with_titles(pipeline.language, articles, batch_size, pipeline.kb.lookup):
        mentions = actors.resolve_actors(doc, article, pipeline.kb, pipeline.gazetteer)
        found = events_fn(doc, article, mentions, pipeline.kb)
        events, attributions = found if isinstance(found, tuple) else (found, [])
        spoke = any(a.speaker is not None for a in attributions) or states_something(doc, mentions)
        title_events: list[Event] = []
        headline = title_article(article)
        if headline is not None and title_doc is not None:
            # The headline coded as its own text, as Pipeline.title_events does (events-headline7).
            title_events = extract_title_events(title_doc, article, actors.resolve_actors(title_doc, headline, pipeline.kb, pipeline.gazetteer),
                                                pipeline.kb, coder=events_fn)
            title_events = supported_title_events(title_events, list(events))
            choose_main_event(list(events), title_events, article.title)
        out.append(Coded(list(events), spoke, title_events))
    return out


def per_class(gold: list[str], pred: list[str]) -> dict[str, dict[str, float]]:
    labels = sorted(set(gold) | (set(pred) - {NONE}))
    table = {}
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        n_pred = sum(p == lab for p in pred)
        n_gold = sum(g == lab for g in gold)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table[lab] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": n_gold}
    return table


def confusion(gold: list[str], pred: list[str]) -> dict[str, dict[str, int]]:
    matrix: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred):
        row = matrix.setdefault(g, {})
        row[p] = row.get(p, 0) + 1
    return {g: dict(sorted(row.items())) for g, row in sorted(matrix.items())}


def score(items: Sequence[GoldItem], coded: Sequence[Coded], fmt: str) -> dict[str, Any]:
    """The scores of one gold file, given what was found in each of its texts."""
    predicted = [c.all_events for c in coded]
    chosen = [choose_event(evs) for evs in predicted]
    labels = [label_of(e, fmt, c.spoke) for e, c in zip(chosen, coded)]
    result: dict[str, Any] = {"format": fmt, "items": len(items)}
    if fmt == "petr":
        coded = [k for k, it in enumerate(items) if it.labels]
        empty = [k for k, it in enumerate(items) if not it.labels]
        # The gold label of a sentence with several codings is the one predicted, if any.
        gold = [labels[k] if labels[k] in items[k].labels else items[k].labels[0] for k in coded]
        pred = [labels[k] for k in coded]
        code_hits = sum(chosen[k] is not None and chosen[k].cameo.code in items[k].codes for k in coded)
        any_root = sum(any(e.cameo.root in items[k].labels for e in predicted[k]) for k in coded)
        result.update({
            "with_gold_events": len(coded),
            "root_accuracy": _ratio(sum(g == p for g, p in zip(gold, pred)), len(coded)),
            "code_accuracy": _ratio(code_hits, len(coded)),
            "any_event_root_recall": _ratio(any_root, len(coded)),
            "no_event_sentences": len(empty),
            "no_event_kept_empty": _ratio(sum(labels[k] == NONE for k in empty), len(empty)),
        })
    else:
        gold = [it.labels[0] for it in items]
        pred = labels
        result["accuracy"] = _ratio(sum(g == p for g, p in zip(gold, pred)), len(items))
    result["coverage"] = _ratio(sum(bool(evs) for evs in predicted), len(items))
    result["coded_as_statement_without_event"] = sum(not evs and lab != NONE for evs, lab in zip(predicted, labels))
    result["events_per_item"] = round(sum(len(evs) for evs in predicted) / len(items), 3) if items else 0.0
    result["per_class"] = per_class(gold, pred)
    result["confusion"] = confusion(gold, pred)
    return result


def evaluate_events(paths: Iterable[str | Path], *, limit: int | None = None, pipeline: Any = None,
                    events_fn: EventsFn | None = None, errors_out: str | Path | None = None,
                    headlines: bool = True) -> dict[str, Any]:
    """Scores for each gold file, keyed by its file name. ``errors_out`` writes every wrongly coded
    text (gold, predicted, the events found) as JSONL, for error analysis. ``headlines=False``
    scores the texts without their headlines (NGEC stories have one)."""
    results: dict[str, Any] = {}
    wrong: list[dict[str, Any]] = []
    for path in paths:
        fmt = detect_format(path)
        items = list(read_gold(path, fmt))[:limit]
        coded = predict(items, pipeline=pipeline, events_fn=events_fn, headlines=headlines)
        results[Path(path).name] = score(items, coded, fmt)
        for it, c in zip(items, coded):
            evs = c.all_events
            label = label_of(choose_event(evs), fmt, c.spoke)
            if (label not in it.labels) if it.labels else label != NONE:
                wrong.append({"file": Path(path).name, "id": it.item_id, "gold": list(it.labels), "predicted": label,
                              "title": it.title, "text": it.text[:600], "events": [_brief(e) for e in evs]})
    if errors_out is not None:
        with open(errors_out, "w", encoding="utf-8") as fh:
            for w in wrong:
                fh.write(json.dumps(w, ensure_ascii=False) + "\n")
    return results


def _brief(e: Event) -> dict[str, Any]:
    return {"trigger": e.trigger.text, "plover": e.plover.type, "cameo": e.cameo.code, "factuality": e.factuality,
            "confidence": round(e.confidence, 3), "source": [a.name for a in e.source],
            "target": [a.name for a in e.target], "sentence": e.sentence, "salience": e.salience,
            "root": e.is_root_event, "part": "title" if TITLE_NOTE in e.notes else "text"}


def _ratio(n: int, d: int) -> float:
    return round(n / d, 4) if d else 0.0


def to_markdown(results: dict[str, Any]) -> str:
    """The scores as Markdown tables, for docs/benchmarks.md."""
    lines: list[str] = []
    for name, r in results.items():
        lines.append(f"#### {name} ({r['format']}, {r['items']} texts)\n")
        headline = {k: v for k, v in r.items() if isinstance(v, (int, float)) and k != "items"}
        lines.append("| measure | value |\n|---|---|")
        lines += [f"| {k} | {v} |" for k, v in headline.items()]
        lines.append("\n| class | precision | recall | F1 | support |\n|---|---|---|---|---|")
        lines += [f"| {c} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |"
                  for c, s in r["per_class"].items()]
        cols = sorted({p for row in r["confusion"].values() for p in row} | set(r["confusion"]))
        lines.append("\nConfusion (rows gold, columns predicted):\n")
        lines.append("| gold \\ pred | " + " | ".join(cols) + " |")
        lines.append("|---" * (len(cols) + 1) + "|")
        for g, row in r["confusion"].items():
            lines.append(f"| {g} | " + " | ".join(str(row.get(c, 0)) for c in cols) + " |")
        lines.append("")
    return "\n".join(lines)

