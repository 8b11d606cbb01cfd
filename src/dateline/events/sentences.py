"""Sentence lookup by token, computed once per document (``Token.sent`` re-scans the whole Doc on
every call, which made it the stage's main cost)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


class SentenceIndex:
    def __init__(self, doc: Doc) -> None:
        self.spans: list[Span] = list(doc.sents)
        self._number = [0] * len(doc)
        self._words: dict[int, frozenset[str]] = {}
        for n, sent in enumerate(self.spans):
            for i in range(sent.start, sent.end):
                self._number[i] = n

    def number(self, token: Token) -> int:
        return self._number[token.i]

    def of(self, token: Token) -> Span:
        return self.spans[self._number[token.i]]

    def words(self, n: int) -> frozenset[str]:
        """Lower-cased lemmas and forms of sentence ``n`` (cue lookups), computed once."""
        if n not in self._words:
            self._words[n] = frozenset(w for t in self.spans[n] for w in (t.lemma_.lower(), t.lower_))
        return self._words[n]
