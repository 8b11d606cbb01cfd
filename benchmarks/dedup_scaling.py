"""Cross-article clustering cost per event as the store grows: 1k, 10k, 100k canonical events.

    python benchmarks/dedup_scaling.py [--sizes 1000,10000,100000] [--probe 500] [--seed 7] [--out results.json]

No model: the articles are synthetic ``AnnotatedArticle`` objects from a seeded generator, stored
through ``Store.add_batch`` (the production path: blocking-index lookups, comparisons, canonical
refresh, inserts).

Generator (``synthetic_articles``), deterministic for a seed. Like a growing news archive, the store
gets longer, not denser: ``PER_DAY`` articles a day from 2020-01-01 on, one event each. An event
draws a PLOVER type (8 of them), a source and a target among ``ACTORS`` country-coded actors
(``C000GOV`` ...), a city among ``CITIES`` (a grid of coordinates), a day-precision date 0-2 days
before publication (25% give only the publication date) and a fatality count. A third of the articles
re-report one of the last ``RECENT`` events (same type, actors and place, the date or publication
shifted within the windows, another toll), so that attaching happens at the rate of real news.

Measure: the store is filled up to each size; then ``--probe`` new articles (the next days' news) are
added in batches of 50 and timed, inside a SAVEPOINT that is rolled back afterwards, so the store
that grows is only the filled one. Reported per size: milliseconds per event (median over batches),
candidates compared per event, share attached. The claim is the ratio of 100k to 1k: near 1.0 when
nothing grows with the store (all-pairs would be ~100x).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from dateline.model import (
    Actor, AnnotatedArticle, Article, CameoCode, Event, EventDate, EventLocation, Place, PloverCode,
    SentenceSpan, Span,
)
from dateline.store import BatchReport, open_store

PER_DAY = 300
ACTORS = 400
CITIES = 300
RECENT = 2000
TYPES = (("ASSAULT", "190", 4, -10.0), ("PROTEST", "141", 3, -6.5), ("CONSULT", "040", 1, 1.0),
         ("ACCUSE", "112", 3, -2.0), ("COERCE", "173", 4, -5.0), ("AID", "070", 2, 7.0),
         ("THREATEN", "138", 3, -7.0), ("AGREE", "057", 1, 8.0))
START = date(2020, 1, 1)
TEXT = "Synthetic report: an event happened, officials said."


ROLES = ("GOV", "MIL", "REB", "CVL")


def _actor(i: int) -> Actor:
    """Actor i: country C00..C99 (four actors each), one role each."""
    country = f"C{(i // 4) % 100:02d}"
    return Actor(f"actor {i}", f"K{i}", country + ROLES[i % 4], country, ROLES[i % 4], "organization")


def _city(i: int) -> Place:
    """City i on a 2-degree by 3-degree grid: never within 40 km of another."""
    return Place(f"city {i}", 10_000_000 + i, f"C{i % 100:02d}", f"A{i % 20}",
                 -40.0 + (i // 20) * 2.0, -100.0 + (i % 20) * 3.0, "city")


def _event(doc: int, kind: tuple, source: Actor, target: Actor, city: Place, day: date, basis: str,
           fatalities: int) -> Event:
    trigger = TEXT.index("happened")
    return Event(
        event_id=f"e{doc}", sentence=0, start=0, end=len(TEXT), trigger=Span(trigger, trigger + 8, "happened"),
        source=[source], target=[target], plover=PloverCode(kind[0]), cameo=CameoCode(kind[1], kind[1][:2], kind[2], kind[3]),
        factuality="asserted", date=EventDate(day.isoformat(), "day", basis, None),  # type: ignore[arg-type]
        location=EventLocation(city, "city", Span(0, 9, "Synthetic")), fatalities=fatalities, confidence=0.7,
    )


def synthetic_articles(seed: int, start_index: int = 0):  # noqa: ANN201 - generator of AnnotatedArticle
    """Endless seeded stream of one-event articles (see the module docstring)."""
    rng = random.Random(seed)
    recent: list[tuple] = []
    doc = start_index
    while True:
        published = START + timedelta(days=doc // PER_DAY)
        if recent and rng.random() < 1 / 3:
            kind, source, target, city, day = rng.choice(recent)
            day = max(day, published - timedelta(days=2))
        else:
            kind = rng.choice(TYPES)
            source, target = _actor(rng.randrange(ACTORS)), _actor(rng.randrange(ACTORS))
            city = _city(rng.randrange(CITIES))
            day = published - timedelta(days=rng.randrange(3))
            recent.append((kind, source, target, city, day))
            del recent[:-RECENT]
        basis = "publication" if rng.random() < 0.25 else "text"
        event_day = published if basis == "publication" else day
        event = _event(doc, kind, source, target, city, event_day, basis, rng.randrange(20))
        article = Article(doc_id=f"syn-{doc}", date=published.isoformat(), text=f"{TEXT} #{doc}",
                          source=f"outlet {rng.randrange(50)}", origin="synthetic")
        yield AnnotatedArticle(article, [SentenceSpan(0, len(TEXT))], [], [], [], [], [event], None,
                               {"version": "bench", "model": "none"})
        doc += 1


def probe(store, stream, count: int, batch: int = 50) -> dict[str, float]:
    conn = store._conn  # the benchmark's one look inside: a savepoint to roll the probe back
    timings, candidates, attached = [], [], 0
    conn.execute("SAVEPOINT probe")
    try:
        for _ in range(0, count, batch):
            articles = [next(stream) for _ in range(batch)]
            t0 = time.perf_counter()
            for article in articles:
                store._insert_article(article, "bench", BatchReport())  # add_batch minus its transaction
            timings.append((time.perf_counter() - t0) / batch)
        for (decision,) in conn.execute("SELECT decision FROM reports ORDER BY id DESC LIMIT ?", (count,)):
            body = json.loads(decision)
            candidates.append(body.get("candidates", 0))
            attached += body.get("action") == "attached"
    finally:
        conn.execute("ROLLBACK TO probe")
        conn.execute("RELEASE probe")
    return {"ms_per_event_median": round(statistics.median(timings) * 1000, 3),
            "ms_per_event_mean": round(statistics.fmean(timings) * 1000, 3),
            "candidates_per_event": round(statistics.fmean(candidates), 2),
            "attached_share": round(attached / count, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probe", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    results = {"seed": args.seed, "probe": args.probe, "per_day": PER_DAY, "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="dedup-scaling-") as tmp, open_store(Path(tmp) / "bench.db") as store:
        stream = synthetic_articles(args.seed)
        for size in sizes:
            t0 = time.perf_counter()
            while store.counts()["events"] < size:
                store.add_batch([next(stream) for _ in range(500)])
            fill = time.perf_counter() - t0
            events = store.counts()["events"]
            # The probe is the next days' news from the same stream; it is rolled back afterwards.
            measured = probe(store, stream, args.probe)
            measured.update({"canonical_events": events, "reports": store.counts()["mentions"],
                             "fill_seconds": round(fill, 1)})
            results["sizes"][str(size)] = measured
            print(json.dumps({str(size): measured}), file=sys.stderr)
    first, last = results["sizes"][str(sizes[0])], results["sizes"][str(sizes[-1])]
    results["ratio_largest_to_smallest"] = round(last["ms_per_event_median"] / first["ms_per_event_median"], 2)
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
