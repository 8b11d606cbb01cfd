"""Precision of the events stage on non-political news: Reuters-21578 earnings and commodity stories.

    python benchmarks/events_precision.py REUTERS.jsonl [--limit N] [--seed S] [--sample K] [--out FILE]

REUTERS.jsonl is the Reuters-21578 JSONL of ``../shared/gold/news_raw`` (fields ``newid``, ``date``,
``title``, ``body``, ``topics``). Selection rule: a story is used when it has a body and a date, and
its ``topics`` field is non-empty and holds ONLY earnings (``earn``) and commodity topics
(``COMMODITY_TOPICS``: the commodity category names of Reuters-21578, grains, softs, metals, energy,
livestock). Stories that also carry a policy topic (``trade``, ``money-fx``, ``interest``, ...) are
left out, so what remains is business news where a political event is rare. ``--limit`` takes a
seeded random sample of that many stories (all of them when omitted).

Every story is run through spaCy (in batches), the actors stage and the events stage exactly as the
pipeline calls them. Printed (JSON): stories, sentences, events, events per 100 sentences, events
by PLOVER type. ``--sample K`` events (seeded) are written to ``--out`` as JSONL with their evidence
sentence and an empty ``judgment`` field, for checking by hand (see
benchmarks/results/events_precision_check.md for the last check).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

COMMODITY_TOPICS = frozenset("""
alum barley carcass castor-oil castorseed citruspulp cocoa coconut coconut-oil coffee copper copra-cake
corn corn-oil cornglutenfeed cotton cotton-oil cottonseed cpu crude f-cattle fishmeal flaxseed fuel
gas gold grain groundnut groundnut-oil heat hog iron-steel jet l-cattle lead lin-meal lin-oil linseed
livestock lumber meal-feed naphtha nat-gas nickel oat oilseed orange palladium palm-meal palm-oil
palmkernel pet-chem platinum plywood pork-belly potato propane rape-meal rape-oil rapeseed red-bean
rice rubber rye saudriyal silk silver sorghum soy-meal soy-oil soybean strategic-metal sugar sun-meal
sun-oil sunseed tapioca tea tin tung tung-oil veg-oil wheat wool zinc
""".split())
SELECTED_TOPICS = COMMODITY_TOPICS | {"earn"}


def select(path: str | Path) -> list[dict]:
    """The stories of the selection rule (module docstring), in file order."""
    stories = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            topics = set(r.get("topics") or [])
            if r.get("body") and r.get("date") and topics and topics <= SELECTED_TOPICS:
                stories.append(r)
    return stories


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=None, help="seeded random sample of this many stories")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--sample", type=int, default=50, help="events written for hand checking")
    ap.add_argument("--out", default="events_precision_sample.jsonl")
    args = ap.parse_args(argv)

    from dateline import actors, nlp
    from dateline.api.python import default_pipeline
    from dateline.events import extract_events
    from dateline.model import Article

    stories = select(args.corpus)
    rng = random.Random(args.seed)
    if args.limit is not None and args.limit < len(stories):
        stories = sorted(rng.sample(stories, args.limit), key=lambda r: r["newid"])
    pipeline = default_pipeline()
    articles = [Article(doc_id=str(r["newid"]), date=r["date"][:10], text=r["body"], title=r.get("title")) for r in stories]
    n_sentences = 0
    found: list[dict] = []
    for article, doc in nlp.analyse(pipeline.language, articles, 64):
        n_sentences += sum(1 for _ in doc.sents)
        mentions = actors.resolve_actors(doc, article, pipeline.kb)
        events, _ = extract_events(doc, article, mentions, pipeline.kb)
        for e in events:
            found.append({
                "newid": article.doc_id, "title": article.title, "plover": e.plover.type, "cameo": e.cameo.code,
                "trigger": e.trigger.text, "factuality": e.factuality,
                "source": [a.name for a in e.source], "target": [a.name for a in e.target],
                "confidence": round(e.confidence, 3), "evidence": article.text[e.start:e.end].replace("\n", " "),
                "judgment": None, "reason": None,
            })
    summary = {
        "stories": len(stories),
        "sentences": n_sentences,
        "events": len(found),
        "events_per_100_sentences": round(100 * len(found) / n_sentences, 3) if n_sentences else 0.0,
        "by_type": dict(Counter(f["plover"] for f in found).most_common()),
        "selection": "topics non-empty and all in earn + commodity topics",
        "seed": args.seed,
    }
    sample = rng.sample(found, min(args.sample, len(found)))
    with open(args.out, "w", encoding="utf-8") as fh:
        for k, f in enumerate(sample, 1):
            fh.write(json.dumps({"n": k, **f}, ensure_ascii=False) + "\n")
    json.dump(summary, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
