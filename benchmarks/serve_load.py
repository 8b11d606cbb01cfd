"""Load test of `dateline serve`: N concurrent clients on loopback for a fixed time.

Each client loops over a mix of realistic requests (filtered event pages, next pages through the
cursor, one event, aggregates for the timeline, map places) with filter values drawn at random from
the store's own codes and months, so most requests are distinct (the server's aggregate cache only
helps when two clients ask the same thing, as dashboards do). Reports p50/p90/p99/max latency
overall and per kind, requests per second and the number of 5xx answers.

    python benchmarks/make_big_store.py --events 1000000 --db /tmp/big.db
    python benchmarks/serve_load.py --db /tmp/big.db --clients 50 --seconds 60 --workers 2

``--db`` starts `dateline serve --workers N` (uvicorn; ``--workers``, default 2, one per core of
the reference machine) on a free loopback port for the run, and waits until every worker's event
index is ready; ``--url`` targets a server already running. Client and server share the machine.
Exit status 1 when any request got a 5xx answer or a transport error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

PLOVER = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "PROTEST", "REJECT", "REQUEST",
          "SANCTION", "SUPPORT", "THREATEN"]
WORDS = ["attacked", "protested", "sanctions", "deal", "troops", "prisoners", "police", "government", "rebels"]


def sample_values(db: Path) -> dict[str, list[str]]:
    """Codes, countries and months that exist in the store, to draw filters from."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        codes = [r[0] for r in conn.execute("SELECT DISTINCT code FROM event_actors WHERE code IS NOT NULL LIMIT 2000")]
        countries = [r[0] for r in conn.execute("SELECT DISTINCT country FROM event_actors WHERE country IS NOT NULL LIMIT 300")]
        months = [r[0] for r in conn.execute("SELECT DISTINCT substr(date_first, 1, 7) FROM events WHERE date_first IS NOT NULL")]
        ids = [r[0] for r in conn.execute("SELECT event_id FROM events ORDER BY random() LIMIT 5000")]
    finally:
        conn.close()
    return {"codes": codes, "countries": countries, "months": sorted(months), "ids": ids}


def random_filters(rng: random.Random, v: dict[str, list[str]]) -> dict[str, str]:
    filters: dict[str, str] = {}
    choice = rng.random()
    if choice < 0.3:
        filters["country"] = rng.choice(v["countries"])
    elif choice < 0.5:
        filters["actor"] = rng.choice(v["codes"])
    elif choice < 0.65:
        filters["event_country"] = rng.choice(v["countries"])
    elif choice < 0.75:
        filters["q"] = rng.choice(WORDS)
    if rng.random() < 0.4:
        filters["type"] = rng.choice(PLOVER)
    if rng.random() < 0.4 and v["months"]:
        i = rng.randrange(len(v["months"]))
        filters["start"] = v["months"][i]
        filters["end"] = v["months"][min(len(v["months"]) - 1, i + rng.choice((0, 2, 11)))]
    return filters


class Connection:
    """One keep-alive HTTP/1.1 connection, written against asyncio streams.

    Why not httpx's AsyncClient: it costs the client process ~3 ms of CPU per request, more than the
    server spends answering, and client and server share the machine; this costs a tenth of that
    (the same reason load tools like wrk are written lean). A broken connection is reopened on the
    next request; the failed request counts as a transport error."""

    def __init__(self, url: str, timeout: float = 30) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.timeout = timeout
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, params: dict[str, str]) -> tuple[int, bytes]:
        try:
            return await asyncio.wait_for(self._get(path, params), self.timeout)
        except BaseException:
            self.close()
            raise

    async def _get(self, path: str, params: dict[str, str]) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        target = path + ("?" + urlencode(params) if params else "")
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split(" ", 2)[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:] if line)}
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            pieces = []
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                pieces.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            await self.reader.readuntil(b"\r\n")
            body = b"".join(pieces)
        else:
            body = await self.reader.read()
            headers["connection"] = "close"
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def client_loop(client: Connection, rng: random.Random, v: dict[str, list[str]], until: float,
                      results: list[tuple[str, float, int]], failures: list[str]) -> None:
    cursor: str | None = None
    cursor_filters: dict[str, str] = {}
    while time.monotonic() < until:
        roll = rng.random()
        if roll < 0.35:
            kind, path, params = "events", "/api/events", {**random_filters(rng, v), "order": rng.choice(("asc", "desc"))}
        elif roll < 0.45 and cursor:
            kind, path, params = "events_next_page", "/api/events", {**cursor_filters, "cursor": cursor}
        elif roll < 0.55:
            kind, path, params = "event", f"/api/events/{rng.choice(v['ids'])}", {}
        elif roll < 0.85:
            kind, path = "aggregates", "/api/aggregates"
            params = {**random_filters(rng, v), "interval": rng.choice(("day", "week", "month")),
                      "group_by": rng.choice(("plover_type", "quad_class", "country"))}
            if params["interval"] == "day" and "start" not in params:
                # As the UI does: daily counts for a window (here up to a year), not for ten years.
                i = rng.randrange(len(v["months"]))
                params["start"], params["end"] = v["months"][i], v["months"][min(len(v["months"]) - 1, i + 11)]
        else:
            kind, path, params = "places", "/api/places", random_filters(rng, v)
        started = time.perf_counter()
        try:
            status, body = await client.get(path, params)
            if status >= 500 and len(failures) < 5:
                failures.append(f"{status} {path} {params}: {body[:200]!r}")
            if kind == "events" and status == 200:
                cursor = json.loads(body)["meta"]["next_cursor"]
                cursor_filters = params
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ValueError) as exc:
            status = 599  # transport failure counts as a server failure
            if len(failures) < 5:
                failures.append(f"transport {path} {params}: {exc!r}")
        results.append((kind, (time.perf_counter() - started) * 1000, status))


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    q = statistics.quantiles(ordered, n=100, method="inclusive") if len(ordered) > 1 else ordered * 99
    return {"p50": round(q[49], 1), "p90": round(q[89], 1), "p99": round(q[98], 1), "max": round(ordered[-1], 1)}


async def run(url: str, v: dict[str, list[str]], clients: int, seconds: float, seed: int) -> dict[str, Any]:
    results: list[tuple[str, float, int]] = []
    failures: list[str] = []
    connections = [Connection(url) for _ in range(clients)]
    try:
        for connection in connections:  # warm: connections opened, first query planned
            await connection.get("/api/stats", {})
        until = time.monotonic() + seconds
        await asyncio.gather(*(client_loop(connection, random.Random(seed + i), v, until, results, failures)
                               for i, connection in enumerate(connections)))
    finally:
        for connection in connections:
            connection.close()
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, ms, _ in results:
        by_kind[kind].append(ms)
    return {
        "requests": len(results), "seconds": seconds, "clients": clients,
        "requests_per_second": round(len(results) / seconds, 1),
        "status_5xx": sum(1 for _, _, s in results if 500 <= s < 599),
        "transport_errors": sum(1 for _, _, s in results if s == 599),
        "status_4xx": sum(1 for _, _, s in results if 400 <= s < 500),
        "latency_ms": percentiles([ms for _, ms, _ in results]),
        "by_kind": {k: {"n": len(ms), **percentiles(ms)} for k, ms in sorted(by_kind.items())},
        "failures_sample": failures,
    }


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children (uvicorn's workers), from /proc."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, IndexError, ValueError):
            continue
        pending.extend(int(c) for c in children)
    return total


def start_server(db: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "dateline.api.rest.cli_serve", "--db", str(db), "--port", str(port),
                                "--workers", str(workers)])
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(url + "/api", timeout=1)
            return process, url
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="The store (filter values are drawn from it).")
    parser.add_argument("--url", help="A running server; without it one is started on --db.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="Server processes started with --db (default 2).")
    parser.add_argument("--index-timeout", type=float, default=900, help="Seconds to wait for the event index.")
    args = parser.parse_args(argv)
    values = sample_values(args.db)
    process = None
    url = args.url
    if url is None:
        process, url = start_server(args.db, args.workers)
    try:
        began = time.monotonic()
        ready_in_a_row = 0
        # Each new connection may reach another worker: ready means many answers in a row say so.
        while ready_in_a_row < 10 * args.workers:
            status = httpx.get(url + "/api/stats", timeout=30, headers={"Connection": "close"}).json()["meta"]
            if status.get("event_index") in ("ready", "off"):
                ready_in_a_row += 1
                continue
            ready_in_a_row = 0
            if time.monotonic() - began > args.index_timeout:
                raise SystemExit("the server's event index was not ready in time")
            time.sleep(2)
        print(f"event index ready after {time.monotonic() - began:.0f} s", file=sys.stderr)
        cpu_before = cpu_seconds(process.pid) if process is not None else None
        report = asyncio.run(run(url, values, args.clients, args.seconds, args.seed))
        report["server_workers"] = args.workers if process is not None else None
        if process is not None and cpu_before is not None and report["requests"]:
            # The server's CPU per answer: what decides capacity (and so queueing) on a given machine.
            spent = cpu_seconds(process.pid) - cpu_before
            report["server_cpu_ms_per_request"] = round(spent * 1000 / report["requests"], 2)
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
    print(json.dumps(report, indent=2))
    return 1 if report["status_5xx"] or report["transport_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
