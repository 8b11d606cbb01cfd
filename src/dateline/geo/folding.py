"""Name folding: the key under which a toponym and its gazetteer names meet.

Case, diacritics, punctuation, a leading English "the" or Arabic article ("al-Bab", "Ar Raqqah")
and a final "-ah"/"-a" spelling difference ("Raqqa"/"Raqqah") all fold away, so transliteration
variants of one name share a key.
"""

from __future__ import annotations

import re

from dateline.text_folding import strip_accents

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Arabic definite article in its assimilated forms, and English "the", when another word follows.
_ARTICLE = re.compile(r"^(?:the|al|el|ar|as|ash|ad|an|az|at|ath|adh|ath|ul)\s+(?=\S)")


def fold(name: str) -> str:
    """The lookup key of a place name: ``"al-Bāb"`` -> ``"bab"``, ``"Ar Raqqah"`` -> ``"raqqa"``."""
    text = strip_accents(name.lower())
    text = text.replace("'", "").replace("\u2019", "").replace("`", "")  # Dar'a -> dara
    text = _NON_WORD.sub(" ", text).strip()
    text = _ARTICLE.sub("", text)
    if text.endswith("ah") and len(text) > 4:  # Raqqah ~ Raqqa, Hamah ~ Hama
        text = text[:-1]
    return text
