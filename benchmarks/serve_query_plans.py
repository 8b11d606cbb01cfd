"""The SQL path of the API, query by query: `EXPLAIN QUERY PLAN` and time for each filter the load
benchmark sends (``benchmarks/serve_load.py``), for event pages (both orders, first and next page),
aggregates, map places and counts.

The API answers through SQL until its in-memory event index is ready, after an ingest, and always
for actors, network and totals; this shows which index each query reads (``COVERING INDEX``: the
wide ``events`` rows are not touched) and what it costs on a big store.

    python benchmarks/make_big_store.py --events 1000000 --db /tmp/big.db
    python benchmarks/serve_query_plans.py --db /tmp/big.db                 # every query
    python benchmarks/serve_query_plans.py --db /tmp/big.db --only places   # one kind
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from serve_load import sample_values

from dateline.api.rest import queries
from dateline.api.rest.connections import ReadOnlyConnections
from dateline.store import EventFilter


def filter_cases(db: Path) -> dict[str, EventFilter]:
    """One filter of each shape the load benchmark draws, with values taken from the store."""
    values = sample_values(db)
    actor, country = sorted(values["codes"])[len(values["codes"]) // 2], sorted(values["countries"])[0]
    month = values["months"][len(values["months"]) // 2]
    return {
        "none": EventFilter(), "type": EventFilter(plover_type="PROTEST"), "dates": EventFilter(start=month, end=month),
        "type+dates": EventFilter(plover_type="ASSAULT", start=month[:4], end=month[:4]),
        "actor": EventFilter(actor=actor), "actor+type": EventFilter(actor=actor, plover_type="CONSULT"),
        "country": EventFilter(country=country), "country+dates": EventFilter(country=country, start=month, end=month),
        "event_country": EventFilter(event_country=country), "q": EventFilter(query="troops"),
        "q+type": EventFilter(query="deal", plover_type="AGREE"),
    }


def query_kinds(conn: sqlite3.Connection, f: EventFilter) -> dict[str, Callable[[], Any]]:
    return {
        "page": lambda: queries.event_page(conn, f, limit=50, order="asc", cursor=None),
        "page_desc": lambda: queries.event_page(conn, f, limit=50, order="desc", cursor=None),
        "agg_month_type": lambda: queries.aggregate(conn, f, "month", "plover_type", 10),
        "agg_week_country": lambda: queries.aggregate(conn, f, "week", "country", 10),
        "places": lambda: queries.places(conn, f, 1000),
        "count": lambda: queries.count_events(conn, f),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--only", action="append", help="Kinds to run (page, page_desc, agg_month_type, "
                                                        "agg_week_country, places, count); repeatable.")
    args = parser.parse_args(argv)
    conn = ReadOnlyConnections(args.db, query_seconds=None).get()  # the server's pragmas, no time limit
    seen: list[tuple[str, list[Any]]] = []
    run = queries.run

    def recording(c: sqlite3.Connection, sql: str, params: list[Any], query: str | None = None) -> Any:
        seen.append((sql, list(params)))
        return run(c, sql, params, query)

    queries.run = recording  # type: ignore[assignment]
    print(f"{'filter':14} {'query':17} {'ms':>9} {'next ms':>8}  plan")
    for name, f in filter_cases(args.db).items():
        for kind, call in query_kinds(conn, f).items():
            if args.only and kind not in args.only:
                continue
            seen.clear()
            began = time.perf_counter()
            answer = call()
            ms = (time.perf_counter() - began) * 1000
            next_ms = ""
            if kind.startswith("page") and answer[1]:
                began = time.perf_counter()
                queries.event_page(conn, f, limit=50, order="asc" if kind == "page" else "desc", cursor=answer[1])
                next_ms = f"{(time.perf_counter() - began) * 1000:.1f}"
            sql, params = seen[0]
            plan = " / ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
            print(f"{name:14} {kind:17} {ms:9.1f} {next_ms:>8}  {plan}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
