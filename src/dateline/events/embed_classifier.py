"""Event classifier over MiniLM sentence embeddings, optional (issue #4).

Two softmax heads (CAMEO root 01-20 or NONE; PLOVER type or NONE) over the 384-dimensional
all-MiniLM-L6-v2 vector of a sentence (``dateline.nlp.embeddings``). Trained only on our own
sentences (``events/training``) by ``python -m dateline.events.train_embed_classifier``, which writes
``data/embed_classifier.tsv``.

It answers with the same ``Prediction`` as the parse-feature classifier (``classifier.py``), so the
events stage's combination rule (``classifier.revise``) can use either:
``DATELINE_EVENTS_CLASSIFIER=embed`` selects this one (it needs ``pip install dateline[embeddings]``;
without it the stage falls back to the parse-feature classifier and logs a warning once). It is
off by default: on the dev sets it adds a little accuracy over the parse-feature classifier, but
the events stage then costs over twice bare spaCy time against a budget of 25 %
(docs/benchmarks.md, "Event classifier on MiniLM embeddings").
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.events.classifier import NONE, STATEMENT, Prediction
from dateline.events.data_files import read_text

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# Adding an event where the lexicon found none (documented in docs/pipeline.md): the sentence must
# not look non-political (P(NONE) below this) ...
ADD_NONE_MAX = 0.5
# ... and its best root (not NONE, not a plain statement) at least this probable.
ADD_MIN = 0.3


class EmbedClassifier:
    """Softmax heads over sentence vectors: ``scores = W @ x + b`` per head."""

    def __init__(self, roots: list[str], plovers: list[str], weights: np.ndarray, bias: np.ndarray) -> None:
        self.roots = roots
        self.plovers = plovers
        self.weights = weights  # (labels, dimension), roots first, then PLOVER types
        self.bias = bias

    def predict_vectors(self, vectors: np.ndarray) -> list[Prediction]:
        scores = vectors @ self.weights.T + self.bias
        n = len(self.roots)
        out = []
        for row in scores:
            root_probs = _softmax(self.roots, row[:n])
            plover_probs = _softmax(self.plovers, row[n:])
            root = max(root_probs, key=root_probs.__getitem__)
            plover = max(plover_probs, key=plover_probs.__getitem__)
            out.append(Prediction(root, root_probs[root], plover, plover_probs[plover], root_probs, plover_probs))
        return out

    def predict_texts(self, texts: list[str]) -> list[Prediction]:
        from dateline.nlp.embeddings import embed_texts

        return self.predict_vectors(embed_texts(texts))


def _softmax(labels: list[str], scores: np.ndarray) -> dict[str, float]:
    import numpy as np

    exp = np.exp(scores - scores.max())
    probs = exp / exp.sum()
    return {lab: float(p) for lab, p in zip(labels, probs)}


def parse_weights(text: str) -> EmbedClassifier:
    """Read the weight file: a ``#labels`` line (root labels ``|`` PLOVER labels), then one line per
    label in that order: ``label<TAB>bias<TAB>w1 w2 ... w384``."""
    import numpy as np

    from dateline.events.classifier import labelled_rows

    roots, plovers, data = labelled_rows(text)
    rows: list[list[float]] = []
    bias: list[float] = []
    for line in data:
        _label, b, ws = line.split("\t")
        bias.append(float(b))
        rows.append([float(w) for w in ws.split()])
    if not roots or len(rows) != len(roots) + len(plovers):
        raise ValueError("embedding classifier weight file: #labels line and label rows disagree")
    return EmbedClassifier(roots, plovers, np.array(rows, dtype=np.float32), np.array(bias, dtype=np.float32))


@lru_cache(maxsize=1)
def load_embed_classifier() -> EmbedClassifier:
    """The shipped weights (data/embed_classifier.tsv), loaded once."""
    return parse_weights(read_text("embed_classifier.tsv"))


class SentenceBatch:
    """The classifier over a document's sentences, embedded in one batch on first use; ``predict``
    has the parse-feature classifier's signature (the trigger is not used: the vector is the
    sentence's), so ``classifier.revise`` can take it in place of that model."""

    add_min = ADD_MIN

    def __init__(self, spans: list[Span], wanted: list[int]) -> None:
        self.spans = spans
        self.wanted = wanted  # sentence numbers worth embedding (the rest are never asked about)
        self.by_start: dict[int, Prediction] | None = None

    def predict(self, sent: Span, trigger: Token | None = None) -> Prediction:
        if self.by_start is None or sent.start not in self.by_start:
            numbers = sorted(set(self.wanted) | {self._number(sent)})
            preds = load_embed_classifier().predict_texts([self.spans[n].text for n in numbers])
            self.by_start = {**(self.by_start or {}), **{self.spans[n].start: p for n, p in zip(numbers, preds)}}
            self.wanted = []
        return self.by_start[sent.start]

    def predict_to_add(self, sent: Span) -> Prediction:
        """For a sentence without lexicon hits: the most probable root other than NONE and plain
        statements, when P(NONE) < ADD_NONE_MAX; otherwise NONE. (``classifier._added_event`` then
        asks that root's probability to reach ``add_min``.)"""
        pred = self.predict(sent)
        if pred.root_probs.get(NONE, 0.0) >= ADD_NONE_MAX:
            return replace(pred, root=NONE, root_prob=pred.root_probs.get(NONE, 0.0))
        root = max((r for r in pred.root_probs if r not in (NONE, STATEMENT)), key=pred.root_probs.__getitem__)
        return replace(pred, root=root, root_prob=pred.root_probs[root])

    def _number(self, sent: Span) -> int:
        return next(n for n, s in enumerate(self.spans) if s.start == sent.start)


@lru_cache(maxsize=1)
def embed_mode_usable() -> bool:
    """Whether DATELINE_EVENTS_CLASSIFIER=embed can run; warns once when it cannot."""
    from dateline.nlp.embeddings import embeddings_available

    if embeddings_available():
        return True
    log.warning("DATELINE_EVENTS_CLASSIFIER=embed needs `pip install dateline[embeddings]`; "
                "using the parse-feature event classifier")
    return False
