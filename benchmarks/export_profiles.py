"""Cost of the export profiles, as ratios against the native CSV export of the same store in the same run.

    python benchmarks/make_big_store.py --events 20000 --db /tmp/big20k.db
    python benchmarks/export_profiles.py /tmp/big20k.db --repeat 3

Each format is written to a temporary file ``--repeat`` times, alternating formats round by round;
the median wall time per format is reported with its ratio to ``csv`` and rows per second.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from dateline.export import FORMATS, write_events
from dateline.store import open_store

MEASURED = ("csv", "jsonl", "gdelt-events", "gdelt-mentions", "polecat", "acled")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path, help="The store to export.")
    parser.add_argument("--repeat", type=int, default=3, help="Rounds (default 3).")
    args = parser.parse_args()
    assert set(MEASURED) <= set(FORMATS)
    times: dict[str, list[float]] = {f: [] for f in MEASURED}
    rows: dict[str, int] = {}
    with open_store(args.db, readonly=True) as store, tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeat):
            for fmt in MEASURED:
                start = time.perf_counter()
                rows[fmt] = write_events(store, fmt, Path(tmp) / f"out.{fmt}")
                times[fmt].append(time.perf_counter() - start)
    base = statistics.median(times["csv"])
    print(f"{'format':<16}{'rows':>10}{'median s':>10}{'x csv':>8}{'rows/s':>10}")
    for fmt in MEASURED:
        median = statistics.median(times[fmt])
        print(f"{fmt:<16}{rows[fmt]:>10,}{median:>10.2f}{median / base:>8.2f}{rows[fmt] / median:>10,.0f}")


if __name__ == "__main__":
    main()
