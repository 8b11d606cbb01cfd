"""End-to-end throughput, peak memory and Dask scaling of dateline, against bare spaCy in the same run.

    python benchmarks/scale_throughput.py ../shared/gold/news_raw/reuters21578/reuters21578.jsonl \
        [--limit N] [--memory-sizes 1000,all] [--skip-dask] [--out results.json]

CORPUS is JSON lines with ``date`` and ``text`` (or ``body``, as in the Reuters-21578 JSONL); records
are rewritten to a temporary JSONL (``id``, ``date``, ``title``, ``text``) that every side reads.

1. throughput: bare ``nlp.pipe`` (one process, the same model, no dateline component) over the
   non-empty texts, then ``dateline.ingest`` (read, analyse, store) with 1 and with 2 workers into a
   fresh store. Reported as articles/s and as the ratio dateline / spaCy (goal: >= 0.8).
2. peak memory: ``dateline.ingest --workers 1`` in a child process on the first 1,000 and on all
   records; the peak RSS (``ru_maxrss``) of that child (goal: <= 1.5 GB whatever the size).
3. Dask: ``run_dask`` on a LocalCluster of 1 then 2 single-threaded worker processes; each worker
   loads its pipeline on a warm-up partition first, so only the run is timed (goal: >= 1.6x).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts from its parent's peak at fork time.
MEMORY_CHILD = """
import json, sys
import dateline
dateline.ingest([sys.argv[1]], db=sys.argv[2], batch_size=32)
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"maxrss_kb": int(peak.split()[1])}))
"""


def git_state() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True).stdout
        dirty = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True, check=True).stdout
        return head.strip() + (" (uncommitted changes)" if dirty.strip() else "")
    except (OSError, subprocess.CalledProcessError) as exc:
        return f"unknown ({exc})"


def prepare(corpus: Path, folder: Path, limit: int | None, name: str = "corpus.jsonl") -> tuple[Path, list[str]]:
    """The corpus as dateline JSONL (first ``limit`` records), and its non-empty texts."""
    out = folder / name
    texts: list[str] = []
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for n, line in enumerate(src):
            if limit is not None and n >= limit:
                break
            raw = json.loads(line)
            text = raw.get("text") or raw.get("body") or ""
            record = {"id": str(raw.get("newid", raw.get("id", n))), "date": raw.get("date"),
                      "title": raw.get("title"), "text": text}
            dst.write(json.dumps(record) + "\n")
            if text.strip():
                texts.append(text)
    return out, texts


def fresh_db(folder: Path, name: str) -> Path:
    db = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def throughput(data: Path, texts: list[str], folder: Path) -> dict:
    import dateline
    from dateline.nlp import load_language

    nlp = load_language()
    list(nlp.pipe(texts[:50]))  # warm-up
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    spacy_s = time.perf_counter() - start
    del nlp
    result: dict = {"articles": len(texts), "spacy_seconds": round(spacy_s, 2),
                    "spacy_articles_per_s": round(len(texts) / spacy_s, 1)}
    from dateline.api.python import default_pipeline

    default_pipeline()
    for workers in (1, 2):
        db = fresh_db(folder, f"w{workers}.db")
        start = time.perf_counter()
        report = dateline.ingest([data], db=db, workers=workers)
        seconds = time.perf_counter() - start
        result[f"dateline_w{workers}"] = {
            "seconds": round(seconds, 2), "articles_added": report.articles_added,
            "quarantined": report.quarantined, "events": report.events_added,
            "articles_per_s": round(report.articles_added / seconds, 1),
            "ratio_to_spacy": round((report.articles_added / seconds) / (len(texts) / spacy_s), 3),
        }
    return result


def peak_memory(corpus: Path, folder: Path, sizes: list[int | None]) -> dict:
    out = {}
    for size in sizes:
        data, _ = prepare(corpus, folder, size, name=f"memory-{size or 'all'}.jsonl")
        db = fresh_db(folder, "mem.db")
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(data), str(db)], capture_output=True,
                              text=True, check=True)
        rss_kb = json.loads(done.stdout.strip().splitlines()[-1])["maxrss_kb"]
        out[str(size or "all")] = {"peak_rss_mb": round(rss_kb / 1024, 1),
                                   "seconds": round(time.perf_counter() - start, 1)}
    return out


def dask_scaling(data: Path, folder: Path, partition_size: int) -> dict:
    from distributed import Client, LocalCluster

    from dateline.scale import run_dask
    from dateline.scale.dask_engine import process_partition

    out = {}
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            warm = folder / f"warm{workers}"
            # One tiny task per worker so each loads its pipeline before the clock starts.
            from dateline.model import Article

            probe = [Article(f"warm{i}", "2020-01-01", "Warm-up text.") for i in range(workers)]
            for address in client.scheduler_info()["workers"]:
                client.submit(process_partition, probe, str(warm), workers=[address], pure=False).result()
            start = time.perf_counter()
            report = run_dask([data], scheduler=cluster.scheduler_address, out=folder / f"dask{workers}",
                              partition_size=partition_size)
            seconds = time.perf_counter() - start
        out[f"workers_{workers}"] = {"seconds": round(seconds, 2), "articles": report.articles,
                                     "articles_per_s": round(report.articles / seconds, 1)}
    out["speedup"] = round(out["workers_1"]["seconds"] / out["workers_2"]["seconds"], 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N records for throughput and Dask")
    parser.add_argument("--memory-sizes", default="1000,all", help="comma-separated record counts, or 'all'")
    parser.add_argument("--partition-size", type=int, default=64)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    results: dict = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "git": git_state(),
                     "python": platform.python_version(), "cpus": os.cpu_count(),
                     "command": " ".join([Path(sys.executable).name, *sys.argv])}
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        folder = Path(tmp)
        data, texts = prepare(args.corpus, folder, args.limit)
        results["throughput"] = throughput(data, texts, folder)
        print(json.dumps(results["throughput"]), flush=True)
        if not args.skip_memory:
            sizes = [None if s.strip() == "all" else int(s) for s in args.memory_sizes.split(",")]
            results["peak_memory"] = peak_memory(args.corpus, folder, sizes)
            print(json.dumps(results["peak_memory"]), flush=True)
        if not args.skip_dask:
            results["dask"] = dask_scaling(data, folder, args.partition_size)
            print(json.dumps(results["dask"]), flush=True)
    results["self_maxrss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
