"""The actor knowledge base's load time (countries, organisations, people, sector lexicon), once per process.

Prints the entry counts and the median of several loads in this process (the first load, which also
imports code, is not counted). Compare two checkouts by running it with each one's ``src`` first on
PYTHONPATH.

Example: python benchmarks/actors_kb_load.py
"""

from __future__ import annotations

import json
import statistics
import time

from dateline.actors import load_knowledge_base


def main(repeats: int = 7) -> dict[str, object]:
    load_knowledge_base()  # imports and first-use caches
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        kb = load_knowledge_base()
        times.append(time.perf_counter() - start)
    kinds: dict[str, int] = {}
    for entry in kb.entries.values():
        kinds[entry.type] = kinds.get(entry.type, 0) + 1
    return {"entries": len(kb.entries), "by_type": kinds, "median_load_seconds": round(statistics.median(times), 3),
            "repeats": repeats}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
