"""Folding names for matching: case, diacritics and punctuation do not distinguish actors.

"Erdoğan", "ERDOGAN" and "Erdogan" fold to ``erdogan``; "U.S." to ``us``; "al-Qaeda" to the two
tokens ``al qaeda``. The same function folds knowledge-base aliases and document tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.text_folding import strip_accents

_NOT_WORD = re.compile(r"[^0-9a-z]+")
# Apostrophes and dots inside a word join it ("Da'esh", "U.S."), every other mark splits words.
_JOINERS = re.compile(r"['.]")


@lru_cache(maxsize=200_000)
def fold_token(text: str) -> str:
    """One token folded to lower-case ASCII letters and digits ('' for pure punctuation)."""
    text = strip_accents(text).lower()
    return _NOT_WORD.sub("", _JOINERS.sub("", text))


# What separates words inside a name or a token ("U.S.-led" is the two words "U.S." and "led").
WORD = re.compile(r"[^\s\-–—/,;:()\[\]\"]+")


def fold_words(text: str) -> tuple[str, ...]:
    """A name folded into words: 'al-Qaeda' -> ('al', 'qaeda'); 'the U.S.' -> ('the', 'us')."""
    return tuple(w for w in (fold_token(m.group()) for m in WORD.finditer(text)) if w)


def is_capitals_only(alias: str) -> bool:
    """Short all-capital aliases (IS, US, WHO, MIT) must match in capitals, or they hit 'is', 'who'."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


def exact_case_form(alias: str) -> str:
    """A short one-word alias of mixed case ("JeM", "LeT", "AfD") matches in that case only: ``JeM``,
    not the all-capital "JEM" (Sudan's Justice and Equality Movement) or "Let" at a sentence start.
    Returns the alias's letters, or '' for every other alias (session 12, kb-groups12)."""
    letters = "".join(c for c in alias if c.isalpha())
    if len(letters) != len(alias) or not 0 < len(letters) <= 5 or not letters[0].isupper():
        return ""
    mixed = any(c.isupper() for c in letters[1:]) and any(c.islower() for c in letters)
    return letters if mixed else ""
