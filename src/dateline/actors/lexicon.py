"""The sector lexicon (``data/sectors.yaml``): nouns and titles that carry an actor sector."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

import yaml

from dateline.actors.folding import fold_words


@dataclass
class SectorLexicon:
    # Folded word tuples -> sector. Keys of up to three words; the last word is the head noun.
    nouns: dict[tuple[str, ...], str] = field(default_factory=dict)
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)
    affiliated: frozenset[str] = frozenset()
    state_sectors: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()  # last words of every noun/title entry: a cheap first filter

    def noun_sector(self, words: tuple[str, ...]) -> tuple[str, int] | None:
        """Sector of the longest noun entry ending the word sequence, and how many words it used."""
        return _longest_suffix(self.nouns, words)

    def title_sector(self, words: tuple[str, ...]) -> tuple[str, int] | None:
        return _longest_suffix(self.titles, words)


def _longest_suffix(table: dict[tuple[str, ...], str], words: tuple[str, ...]) -> tuple[str, int] | None:
    for size in range(min(len(words), 4), 0, -1):
        sector = table.get(words[-size:])
        if sector:
            return sector, size
    return None


def load_sector_lexicon() -> SectorLexicon:
    text = resources.files("dateline.actors.data").joinpath("sectors.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    lex = SectorLexicon()
    for table, key in ((lex.nouns, "sector_nouns"), (lex.titles, "titles")):
        for sector, words in data[key].items():
            for phrase in words:
                folded = fold_words(str(phrase))
                if folded:
                    table.setdefault(folded, str(sector))
    lex.affiliated = frozenset(w for a in data["affiliated"] for w in fold_words(str(a)))
    lex.state_sectors = frozenset(data["state_sectors"])
    lex.heads = frozenset(k[-1] for k in (*lex.nouns, *lex.titles)) | lex.affiliated
    return lex
