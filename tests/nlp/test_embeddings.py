"""Sentence embeddings (issue #4): our WordPiece tokenizer on strings of our own, the vocabulary
readers, the clean "not installed" path, and (when dateline[embeddings] is installed) the model."""

from __future__ import annotations

import json

import pytest

from dateline.errors import UsageError
from dateline.nlp import embeddings as emb

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "minister", "##s", "met", "in", "gene", "##va", ".", ",",
         "cafe", "un", "##rest", "!", "中", "国", "talks", "'", "s"]


@pytest.fixture
def wp() -> emb.WordPiece:
    return emb.WordPiece(VOCAB, max_tokens=12)


def test_basic_tokenizer_lowercases_strips_accents_and_splits_punctuation(wp):
    assert wp.words("The Café, UNREST!") == ["the", "cafe", ",", "unrest", "!"]
    assert wp.words("Turkey's") == ["turkey", "'", "s"]


def test_basic_tokenizer_drops_control_characters_and_isolates_cjk(wp):
    assert wp.words("talks\u200b\x00 中国talks\tthe") == ["talks", "中", "国", "talks", "the"]


def test_wordpiece_takes_the_longest_piece_then_continuations(wp):
    assert wp.pieces("ministers") == ["minister", "##s"]
    assert wp.pieces("geneva") == ["gene", "##va"]
    assert wp.pieces("unrest") == ["un", "##rest"]


def test_a_word_that_cannot_be_split_is_unknown_whole(wp):
    assert wp.pieces("genex") == ["[UNK]"]
    assert wp.pieces("s" * 101) == ["[UNK]"]


def test_encode_adds_cls_sep_and_truncates(wp):
    assert wp.encode("The ministers met in Geneva.") == [2, 4, 5, 6, 7, 8, 9, 10, 11, 3]
    long = wp.encode("talks " * 50)
    assert len(long) == 12 and long[0] == 2 and long[-1] == 3


def test_vocab_reads_from_vocab_txt_and_tokenizer_json(tmp_path):
    txt = tmp_path / "vocab.txt"
    txt.write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    js = tmp_path / "tokenizer.json"
    js.write_text(json.dumps({"model": {"type": "WordPiece", "vocab": {p: i for i, p in enumerate(VOCAB)}}}),
                  encoding="utf-8")
    assert emb.read_vocab(txt) == VOCAB
    assert emb.read_vocab(js) == VOCAB


def test_missing_files_mean_not_available_and_a_coded_error(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_EMBEDDINGS_MODEL", str(tmp_path / "none.onnx"))
    monkeypatch.setenv("DATELINE_EMBEDDINGS_VOCAB", str(tmp_path / "none.txt"))
    emb.load_embedder.cache_clear()
    try:
        assert not emb.embeddings_available()
        with pytest.raises(UsageError, match="E319"):
            emb.load_embedder()
    finally:
        emb.load_embedder.cache_clear()


needs_model = pytest.mark.skipif(not emb.embeddings_available(), reason="pip install dateline[embeddings]")


@needs_model
def test_real_vocabulary_tokenizes_news_words():
    wp = emb.load_embedder().tokenizer
    assert wp.tokenize("The ministers met in Geneva.") == ["the", "ministers", "met", "in", "geneva", "."]
    assert len(wp.ids) == 30522


@needs_model
def test_paraphrases_are_closer_than_unrelated_sentences():
    v = emb.embed_texts([
        "Rebels attacked an army post near the border overnight.",
        "Insurgents raided a military checkpoint close to the frontier during the night.",
        "The two foreign ministers held talks on trade in the capital.",
        "Wheat futures closed higher on strong export demand.",
    ])
    assert v.shape == (4, emb.DIMENSION)
    assert abs(float(v[0] @ v[0]) - 1.0) < 1e-4
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.2
    assert float(v[0] @ v[1]) > float(v[0] @ v[3]) + 0.2


@needs_model
def test_a_text_gets_the_same_vector_alone_and_in_a_padded_batch():
    texts = ["Police fired tear gas at students.", "The president will visit Paris next week to discuss a new "
             "security agreement with his French counterpart."]
    together = emb.embed_texts(texts)
    alone = emb.embed_texts(texts[:1])
    assert float(together[0] @ alone[0]) > 0.9999
