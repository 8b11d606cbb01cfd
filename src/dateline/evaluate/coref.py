"""Coreference scores over one shared set of mentions: MUC, B-cubed, CEAF-e and their CoNLL average.

Each clustering is a mapping ``mention -> cluster id``; both must cover the same mentions (the
evaluation aligns system and gold mentions first). Definitions follow Pradhan et al. 2014
("Scoring coreference partitions of predicted mentions"), written from the formulas.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping

Clustering = Mapping[Hashable, Hashable]


def clusters(assignment: Clustering) -> list[frozenset[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for mention, cluster in assignment.items():
        groups[cluster].add(mention)
    return [frozenset(g) for g in groups.values()]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(p: float, r: float) -> dict[str, float]:
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4)}


def b_cubed(gold: Clustering, system: Clustering) -> dict[str, float]:
    if not gold:
        return _prf(0.0, 0.0)
    gold_of = {m: c for c in clusters(gold) for m in c}
    sys_of = {m: c for c in clusters(system) for m in c}
    p = sum(len(gold_of[m] & sys_of[m]) / len(sys_of[m]) for m in sys_of) / len(sys_of)
    r = sum(len(gold_of[m] & sys_of[m]) / len(gold_of[m]) for m in gold_of) / len(gold_of)
    return _prf(p, r)


def _muc_side(keys: list[frozenset[Hashable]], other: Clustering) -> float:
    num = den = 0
    for key in keys:
        parts = {other.get(m, ("missing", m)) for m in key}
        num += len(key) - len(parts)
        den += len(key) - 1
    return num / den if den else 0.0


def muc(gold: Clustering, system: Clustering) -> dict[str, float]:
    return _prf(_muc_side(clusters(system), gold), _muc_side(clusters(gold), system))


def ceaf_e(gold: Clustering, system: Clustering) -> dict[str, float]:
    g, s = clusters(gold), clusters(system)
    if not g or not s:
        return _prf(0.0, 0.0)
    total = sum(_best_alignment(g_part, s_part) for g_part, s_part in _components(g, s))
    return _prf(total / len(s), total / len(g))


def _phi4(a: frozenset[Hashable], b: frozenset[Hashable]) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


def _components(g: list[frozenset[Hashable]], s: list[frozenset[Hashable]]):  # noqa: ANN202
    """Groups of gold and system clusters linked by shared mentions: the assignment splits over them."""
    sys_of = {m: j for j, c in enumerate(s) for m in c}
    parent = list(range(len(g) + len(s)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, c in enumerate(g):
        for m in c:
            if m in sys_of:
                parent[find(i)] = find(len(g) + sys_of[m])
    groups: dict[int, tuple[list[frozenset[Hashable]], list[frozenset[Hashable]]]] = defaultdict(lambda: ([], []))
    for i, c in enumerate(g):
        groups[find(i)][0].append(c)
    for j, c in enumerate(s):
        groups[find(len(g) + j)][1].append(c)
    return [parts for parts in groups.values() if parts[0] and parts[1]]


def _best_alignment(g: list[frozenset[Hashable]], s: list[frozenset[Hashable]]) -> float:
    """Maximum total phi4 over one-to-one alignments (Hungarian algorithm, rows <= columns)."""
    rows, cols = (g, s) if len(g) <= len(s) else (s, g)
    n, m = len(rows), len(cols)
    cost = [[-_phi4(a, b) for b in cols] for a in rows]
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return sum(-cost[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


def conll(gold: Clustering, system: Clustering) -> dict[str, dict[str, float] | float]:
    scores: dict[str, dict[str, float] | float] = {
        "muc": muc(gold, system), "b3": b_cubed(gold, system), "ceaf_e": ceaf_e(gold, system),
    }
    scores["conll_f1"] = round(sum(scores[k]["f1"] for k in ("muc", "b3", "ceaf_e")) / 3, 4)  # type: ignore[index]
    return scores
