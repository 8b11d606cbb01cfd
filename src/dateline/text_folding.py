"""Accent stripping shared by every name matcher (actors' aliases, the gazetteer's names)."""

from __future__ import annotations

import unicodedata

# Letters NFKD does not decompose (Turkish dotless i, Nordic/Polish/Croatian/Icelandic letters),
# and typographic apostrophes, which should compare equal to the plain one.
_EXTRA_LETTERS = str.maketrans({"ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
                                "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "’": "'", "‘": "'"})


def strip_accents(text: str) -> str:
    """``"Erdoğan"`` -> ``"Erdogan"``, ``"Łódź"`` -> ``"Lodz"``: diacritics gone, case kept."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
