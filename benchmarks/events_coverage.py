"""Why a gold text gets no event: each text without an event, put in ONE category (the first
step of the events stage that lost it), with counts (issue #4).

    python benchmarks/events_coverage.py GOLD [GOLD ...] [--limit N] [--examples K] [--out FILE]

GOLD is any file ``dateline eval events`` reads. Every text is run through spaCy, the actors stage
and the events stage; for a text with no event, the stage's steps are replayed token by token
(same functions as ``dateline.events.extract``) and the text is put in the first category that
applies, in pipeline order:

- ``no_trigger``: no token's lemma is in the lexicon (``pos_mismatch`` when a lemma is in the
  lexicon under the other part of speech: likely a tagging/parse error);
- ``constraints_unmet``: a lexicon lemma is there but its preposition/object/modifier is not
  ("impose" without "sanctions");
- ``classifier_dropped``: the event classifier dropped a weak hit;
- ``filter:<name>``: a trigger dropped by extract.py (consumed) or match_filters.py (restates, commercial,
  not_an_act);
- ``needs_unmet``: every matching entry asks for an actor type the roles do not give;
- ``kept:<reason>``: an event was built but ``event_keeping._worth_keeping`` refused it (no_actor, weak_one_side,
  business, unknown_org).

Printed: JSON with the counts per file and category, and up to ``--examples`` texts per category
(stderr never holds gold text; ``--out`` writes every no-event text with its category as JSONL, for
reading, never for the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path


def diagnose(doc, article, mentions) -> tuple[str, str]:
    """The category (and the trigger word it concerns) of a document in which no event was kept."""
    from dateline.events import extract as ex
    from dateline.events import match_filters
    from dateline.events.actor_index import ActorIndex
    from dateline.events.attribution import find_attributions
    from dateline.events.classifier import revise
    from dateline.events.lexicon import load_lexicon
    from dateline.events.sentences import SentenceIndex

    sentences = SentenceIndex(doc)
    index = ActorIndex(doc, mentions, sentences)
    attributions = find_attributions(doc, index, sentences)
    lexicon = load_lexicon()
    lemmas_by_pos: dict[str, set[str]] = defaultdict(set)
    for pos, lemma in lexicon.index:
        lemmas_by_pos[pos].add(lemma)
    consumed: set[int] = set()
    candidates = []
    known, other_pos = [], []
    for tok in doc:
        if lexicon.candidates(tok):
            known.append(tok)
        else:
            lem = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX", "NOUN", "PROPN") and (lem in lemmas_by_pos["verb"] | lemmas_by_pos["noun"]):
                other_pos.append(tok)
        found = lexicon.match(tok)
        if found:
            candidates.append(found)
            consumed.update(m.object_token.i for m in found[:1] if m.object_token is not None)
    if not candidates:
        if known:
            return "constraints_unmet", known[0].lemma_
        if other_pos:
            return "pos_mismatch", f"{other_pos[0].text}/{other_pos[0].pos_}"
        return "no_trigger", ""
    revised, _ = revise(sentences, candidates)
    if not revised:
        return "classifier_dropped", candidates[0][0].trigger.text
    trigger_types = {f[0].trigger.i: f[0].pattern.plover for f in revised}
    reasons: list[tuple[str, str]] = []
    for found in revised:
        tok = found[0].trigger
        if tok.i in consumed:
            reasons.append(("filter:consumed", tok.text))
            continue
        if match_filters._restates_noun_trigger(tok, found[0], trigger_types):
            reasons.append(("filter:restates", tok.text))
            continue
        if match_filters._commercial(tok, found[0].pattern.objects, found[0].object_token):
            reasons.append(("filter:commercial", tok.text))
            continue
        if match_filters._not_an_act(tok, found[0], index):
            reasons.append(("filter:not_an_act", tok.text))
            continue
        built = None
        for match in found:
            built = ex._build_event(match, doc, article, index, attributions, sentences)
            if built is not None:
                break
        if built is None:
            reasons.append(("needs_unmet", tok.text))
            continue
        weak = match.pattern.weak
        actors = [*built.source, *built.target]
        if actors and all(a.sector in ("BUS", "LAB") for a in actors):
            reasons.append(("kept:business", tok.text))
        elif actors and not any(a.code or a.country or a.type == "person" for a in actors):
            reasons.append(("kept:unknown_org", tok.text))
        elif weak:
            reasons.append(("kept:weak_one_side", tok.text))
        else:
            reasons.append(("kept:no_actor", tok.text))
    # The reason of the most advanced candidate (the one that came closest to an event).
    order = ["kept:no_actor", "kept:weak_one_side", "kept:unknown_org", "kept:business", "needs_unmet",
             "filter:not_an_act", "filter:commercial", "filter:restates", "filter:consumed"]
    return min(reasons, key=lambda r: order.index(r[0])) if reasons else ("classifier_dropped", "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--examples", type=int, default=0, help="texts shown per category")
    ap.add_argument("--out", default=None, help="JSONL of every no-event text with its category")
    args = ap.parse_args(argv)

    from dateline import actors, nlp
    from dateline.api.python import default_pipeline
    from dateline.evaluate.events_gold import detect_format, read_gold
    from dateline.events import extract_events
    from dateline.model import Article

    pipeline = default_pipeline()
    report: dict[str, dict] = {}
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    for path in args.gold:
        fmt = detect_format(path)
        items = list(read_gold(path, fmt))[: args.limit]
        if fmt == "petr":
            items = [it for it in items if it.labels]  # sentences whose gold has events
        counts: Counter[str] = Counter()
        words: dict[str, Counter[str]] = defaultdict(Counter)
        examples: dict[str, list[str]] = defaultdict(list)
        arts = [Article(doc_id=it.item_id, date=it.date, text=it.text) for it in items]
        n_empty = 0
        for it, (article, doc) in zip(items, nlp.analyse(pipeline.language, arts, 64)):
            mentions = actors.resolve_actors(doc, article, pipeline.kb)
            events, _ = extract_events(doc, article, mentions, pipeline.kb)
            if events:
                continue
            n_empty += 1
            cat, word = diagnose(doc, article, mentions)
            counts[cat] += 1
            if word:
                words[cat][word.lower()] += 1
            if len(examples[cat]) < args.examples:
                examples[cat].append(it.text[:200])
            if out is not None:
                out.write(json.dumps({"file": Path(path).name, "id": it.item_id, "gold": list(it.labels),
                                      "category": cat, "word": word, "text": it.text}, ensure_ascii=False) + "\n")
        report[Path(path).name] = {
            "texts": len(items), "no_event": n_empty, "categories": dict(counts.most_common()),
            "top_words": {c: dict(w.most_common(12)) for c, w in words.items()},
            **({"examples": examples} if args.examples else {}),
        }
    if out is not None:
        out.close()
    json.dump(report, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
