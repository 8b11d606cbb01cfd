"""Geoparsing evaluation on LGL/GeoVirus-style JSONL (one article per line, gold ``toponyms``).

Recognition: precision/recall/F1 with the usual overlap match (a predicted span matches an unused
gold span it overlaps). Resolution: accuracy@161 km (100 miles) and mean error over correctly
recognised toponyms that have gold coordinates; and, separately, the same given the gold spans.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.model import Article, PlaceMention

ACCURACY_KM = 161.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def match_spans(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one overlap matching, in text order: (pred index, gold index) pairs."""
    used: set[int] = set()
    pairs = []
    for pi, (ps, pe) in enumerate(pred):
        for gi, (gs, ge) in enumerate(gold):
            if gi not in used and ps < ge and gs < pe:
                used.add(gi)
                pairs.append((pi, gi))
                break
    return pairs


class _Tally:
    def __init__(self) -> None:
        self.errors: list[float] = []

    def add(self, place_lat: float, place_lon: float, gold: dict[str, Any]) -> None:
        self.errors.append(km(place_lat, place_lon, float(gold["lat"]), float(gold["lon"])))

    def miss(self) -> None:
        self.errors.append(20000.0)  # unresolved: counted as maximally wrong

    def summary(self) -> dict[str, float]:
        n = len(self.errors)
        return {
            "n": n,
            "accuracy_161km": sum(e <= ACCURACY_KM for e in self.errors) / n if n else 0.0,
            "mean_error_km": sum(self.errors) / n if n else 0.0,
        }


def evaluate_geo(jsonl_path: str | Path, *, limit: int | None = None, pipeline: Any = None) -> dict[str, Any]:
    """Recognition P/R/F1 and resolution accuracy@161 km on a gold JSONL file."""
    from dateline import actors, nlp
    from dateline.geo import find_places
    from dateline.geo.toponyms import resolve_spans

    if pipeline is None:
        from dateline.api.python import default_pipeline

        pipeline = default_pipeline()
    records = list(read_gold(jsonl_path))[:limit]
    articles = [
        Article(doc_id=str(r.get("doc_id", k)), date=(r.get("date") or "2000-01-01")[:10] or "2000-01-01", text=r["text"])
        for k, r in enumerate(records)
    ]
    n_pred = n_gold = n_match = 0
    end_to_end, given_spans = _Tally(), _Tally()
    for (article, doc), record in zip(nlp.analyse(pipeline.language, articles), records):
        gold = [t for t in record["toponyms"] if t.get("offset_ok", True)]
        mentions = actors.resolve_actors(doc, article, pipeline.kb)
        _, places = find_places(doc, article, mentions, pipeline.gazetteer)
        pred_spans = [(m.start, m.end) for m in places]
        gold_spans = [(int(t["start"]), int(t["end"])) for t in gold]
        pairs = match_spans(pred_spans, gold_spans)
        n_pred, n_gold, n_match = n_pred + len(pred_spans), n_gold + len(gold_spans), n_match + len(pairs)
        for pi, gi in pairs:
            if gold[gi].get("lat") is not None:
                end_to_end.add(places[pi].place.lat, places[pi].place.lon, gold[gi])
        with_coords = [t for t in gold if t.get("lat") is not None]
        resolved: list[PlaceMention | None] = resolve_spans(
            doc, article, [(int(t["start"]), int(t["end"])) for t in with_coords], pipeline.gazetteer
        )
        for t, m in zip(with_coords, resolved):
            if m is None:
                given_spans.miss()
            else:
                given_spans.add(m.place.lat, m.place.lon, t)
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "documents": len(records),
        "recognition": {"precision": precision, "recall": recall, "f1": f1, "predicted": n_pred, "gold": n_gold},
        "resolution": end_to_end.summary(),
        "resolution_given_gold_spans": given_spans.summary(),
    }


if __name__ == "__main__":  # python -m dateline.evaluate.geo FILE.jsonl [LIMIT]
    import sys

    print(json.dumps(evaluate_geo(sys.argv[1], limit=int(sys.argv[2]) if len(sys.argv) > 2 else None), indent=2))
