"""The gazetteer's load time (cold build and warm start from the disk cache) and its memory.

Each measurement runs in a fresh child process with its own empty cache folder, so nothing is shared
with this process: RSS is read from /proc before and after `load_gazetteer()`.

Example: python benchmarks/geo_gazetteer.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

CHILD = r"""
import json, os, sys, time

def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")

from dateline.geo import load_gazetteer  # code imports (spaCy types, numpy) are not the gazetteer
before = rss_mb()
start = time.perf_counter()
gazetteer = load_gazetteer()
seconds = time.perf_counter() - start
places = gazetteer.lookup("Raqqa")
print(json.dumps({"seconds": seconds, "rss_added_mb": rss_mb() - before, "raqqa_found": bool(places)}))
"""


def measure(cache: str) -> dict:
    env = {"DATELINE_CACHE_DIR": cache, "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        cold = measure(cache)   # builds the index and writes the cache
        warm = [measure(cache) for _ in range(3)]
    best_warm = min(warm, key=lambda r: r["seconds"])
    print("| start | seconds | RSS added (MB) |")
    print("|---|---:|---:|")
    print(f"| cold (build + write cache) | {cold['seconds']:.2f} | {cold['rss_added_mb']:.0f} |")
    print(f"| warm (best of 3) | {best_warm['seconds']:.2f} | {best_warm['rss_added_mb']:.0f} |")
    assert cold["raqqa_found"] and best_warm["raqqa_found"], "the gazetteer does not know Raqqa"


if __name__ == "__main__":
    main()
