"""Recipe for the event classifier's weights (issue #4): ``python -m dateline.events.train_classifier``.

Reads the hand-written sentences (training/sentences.tsv) and the seeded template sentences
(training/generate.py), parses them with dateline's own spaCy pipeline, and fits two softmax
regressions (CAMEO root with NONE; PLOVER type with NONE) by full-batch gradient descent with a
fixed number of steps and no random state, so the same inputs give the same file. Features seen
fewer than ``--min-count`` times are left out; weights are rounded to 3 decimals and near-zero ones
dropped, which keeps data/classifier.tsv small and readable.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

from dateline.data_files import read_data_text
from dateline.events.classifier import NONE, features
from dateline.model import PLOVER_TYPES

ROOTS = [f"{n:02d}" for n in range(1, 21)] + [NONE]
PLOVERS = [*PLOVER_TYPES, NONE]
OUT = Path(__file__).parent / "data" / "classifier.tsv"
HAND_WEIGHT = 2.0  # a hand-written sentence counts twice as much as a template sentence


def hand_written() -> list[tuple[str, str, str]]:
    rows = []
    for line in read_data_text("dateline.events", "training/sentences.tsv").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("root\t"):
            continue
        root, plover, sentence = line.split("\t")
        if root not in ROOTS or (plover != "-" and plover not in PLOVERS):
            raise ValueError(f"training/sentences.tsv: bad labels in {line!r}")
        rows.append((root, plover, sentence))
    return rows


def corpus(per_template: int, seed: int) -> list[tuple[str, str, str, float]]:
    from dateline.events.training.generate import generate

    rows = [(*r, HAND_WEIGHT) for r in hand_written()]
    rows += [(*r, 1.0) for r in generate(seed=seed, per_template=per_template)]
    return rows


def featurize(sentences: list[str]) -> list[list[str]]:
    from dateline import nlp

    language = nlp.load_language()
    out = []
    for doc in language.pipe(sentences, batch_size=64):
        sents = list(doc.sents)
        # A training row is one sentence; a parse that splits it keeps all its features.
        out.append([f for s in sents for f in features(s)] if len(sents) > 1 else features(sents[0]))
    return out


def probabilities(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    scores = scores - scores.max(axis=1, keepdims=True)
    P = np.exp(scores)
    P /= P.sum(axis=1, keepdims=True)
    return P


def adam(W: np.ndarray, gradient: Callable[[np.ndarray], np.ndarray], steps: int, lr: float) -> np.ndarray:
    """Full-batch Adam (beta 0.9 / 0.999) on ``W`` in place, ``gradient(W)`` at each step."""
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    for t in range(1, steps + 1):
        grad = gradient(W)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        W -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return W


def fit(rows: list[list[int]], labels: np.ndarray, weights: np.ndarray, n_feats: int, n_classes: int,
        steps: int, l2: float, lr: float) -> np.ndarray:
    """Softmax regression by full-batch Adam on sparse rows (lists of feature ids)."""
    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    row_of = np.repeat(np.arange(len(rows)), np.diff(indptr))
    Y = np.zeros((len(rows), n_classes))
    Y[np.arange(len(rows)), labels] = 1.0
    total = weights.sum()

    def gradient(W: np.ndarray) -> np.ndarray:
        scores = np.zeros((len(rows), n_classes))
        np.add.at(scores, row_of, W[indices])
        G = (probabilities(scores) - Y) * weights[:, None] / total
        grad = np.zeros_like(W)
        np.add.at(grad, indices, G[row_of])
        return grad + l2 * W

    return adam(np.zeros((n_feats, n_classes)), gradient, steps, lr)


def train(rows: list[tuple[str, str, str, float]], *, steps: int = 300, l2: float = 1e-4,
          lr: float = 0.05, min_count: int = 2) -> str:
    """The weight file's text for the given labelled rows."""
    feats = featurize([r[2] for r in rows])
    counts = Counter(f for fs in feats for f in set(fs))
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    ids = {f: i for i, f in enumerate(vocab)}
    X = [[ids[f] for f in fs if f in ids] for fs in feats]
    w = np.array([r[3] for r in rows])
    root_y = np.array([ROOTS.index(r[0]) for r in rows])
    W_root = fit(X, root_y, w, len(vocab), len(ROOTS), steps, l2, lr)
    # Plain statements ("-") have no PLOVER type: the PLOVER head does not learn from them.
    keep = [i for i, r in enumerate(rows) if r[1] != "-"]
    W_plover = fit([X[i] for i in keep], np.array([PLOVERS.index(rows[i][1]) for i in keep]), w[keep],
                   len(vocab), len(PLOVERS), steps, l2, lr)
    W = np.hstack([W_root, W_plover])
    lines = [
        "# dateline event classifier weights: written by `python -m dateline.events.train_classifier`;",
        "# do not edit by hand. Trained only on events/training (our own sentences), issue #4.",
        f"# rows={len(rows)} features={len(vocab)} steps={steps} l2={l2} lr={lr} min_count={min_count}",
        "#labels\t" + " ".join(ROOTS) + " | " + " ".join(PLOVERS),
    ]
    for f, i in ids.items():
        cells = [f"{j}:{W[i, j]:.3f}" for j in range(W.shape[1]) if abs(W[i, j]) >= 0.01]
        if cells:
            lines.append(f + "\t" + " ".join(cells))
    return "\n".join(lines) + "\n"


def recipe_arguments(description: str, out: Path) -> argparse.ArgumentParser:
    """The options both classifier recipes share: output file, templated sentences, training run."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--per-template", type=int, default=10)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--l2", type=float, default=1e-4)
    return ap


def main(argv: list[str] | None = None) -> None:
    args = recipe_arguments(__doc__.splitlines()[0], OUT).parse_args(argv)
    rows = corpus(args.per_template, args.seed)
    args.out.write_text(train(rows, steps=args.steps, l2=args.l2), encoding="utf-8")
    print(f"{len(rows)} sentences -> {args.out}")


if __name__ == "__main__":
    main()
