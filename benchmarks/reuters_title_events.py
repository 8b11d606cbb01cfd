"""Title events on Reuters-21578 headlines: business headlines must invent no event (events-headline7/8).

    PYTHONPATH=src python benchmarks/reuters_title_events.py REUTERS.jsonl [N]

Runs the pipeline over the first N (default 465) stories that have a title and a body, and prints
each headline event as ``TITLE | TRIGGER TYPE [sources]`` and a closing count, for checking by hand
(docs/benchmarks.md, "Session 8, events-headline7" and "Session 8, events-headline8").
"""

from __future__ import annotations

import json
import sys

from dateline.api.python import default_pipeline
from dateline.model import Article


def main(path: str, n: int = 465) -> None:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("title") and r.get("body"):
                rows.append(r)
            if len(rows) >= n:
                break
    articles = [Article(doc_id=str(r["newid"]), date=(r.get("date") or "1987-01-01")[:10], title=r["title"], text=r["body"]) for r in rows]
    total = 0
    for out in default_pipeline().annotate(articles):
        d = out.to_dict()
        for e in d["title_events"]:
            total += 1
            print(d["title"], "|", e["trigger"]["text"], e["plover"]["type"], [a["name"] for a in e["source"]])
    print("title events", total, "headlines", len(articles))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 465)
