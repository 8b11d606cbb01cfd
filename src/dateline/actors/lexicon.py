"""The sector lexicon (``data/sectors.yaml``): nouns and titles that carry an actor sector."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.actors.folding import fold_words
from dateline.data_files import parse_yaml, read_data_text


@dataclass
class SectorLexicon:
    # Folded word tuples -> sector. Keys of up to three words; the last word is the head noun.
    nouns: dict[tuple[str, ...], str] = field(default_factory=dict)
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)
    affiliated: frozenset[str] = frozenset()
    # People an act is done to, with no sector ("prisoners", "victims"): the country of their modifiers only.
    sectorless: frozenset[str] = frozenset()
    # Bodies of people with the sector of the word before them ("rebel groups") or of their members.
    group_heads: frozenset[str] = frozenset()
    state_sectors: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()  # last words of every noun/title entry: a cheap first filter
    # Organisations the KB does not know, coded from the words of their own name.
    org_heads: dict[tuple[str, ...], str] = field(default_factory=dict)
    org_keywords: dict[tuple[str, ...], str] = field(default_factory=dict)
    org_head_words: frozenset[str] = frozenset()  # last words of org_heads: the cheap filter
    armed_heads: frozenset[str] = frozenset()
    armed_words: frozenset[str] = frozenset()
    state_forces: dict[tuple[str, ...], str] = field(default_factory=dict)
    # session-8 actors-precision8: senses of one noun told apart by the words around it.
    legislature_name_words: frozenset[str] = frozenset()  # may name a legislature with its head
    legislature_heads: frozenset[str] = frozenset()
    work_crew_heads: frozenset[str] = frozenset()  # "gang": workers with a crew word before it
    work_crew_modifiers: frozenset[str] = frozenset()
    company_titles: frozenset[tuple[str, ...]] = frozenset()  # a firm's office by itself ("chairman")
    shared_titles: frozenset[str] = frozenset()  # a firm's office with a business word ("company president")
    business_words: frozenset[str] = frozenset()
    political_words: frozenset[str] = frozenset()  # "party chairman", "committee chairman": no firm
    _title_words: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def title_word_set(self) -> frozenset[str]:
        """Every single word of every title ("president", "minister"), built once."""
        if self._title_words is None:
            self._title_words = frozenset(w for k in self.titles for w in k) - {"of", "the"}
        return self._title_words

    def noun_sector(self, words: tuple[str, ...]) -> tuple[str, int] | None:
        """Sector of the longest noun entry ending the word sequence, and how many words it used."""
        return _longest_suffix(self.nouns, words)

    def title_sector(self, words: tuple[str, ...]) -> tuple[str, int] | None:
        return _longest_suffix(self.titles, words)

    def org_sector(self, words: tuple[str, ...]) -> tuple[str, str] | None:
        """(sector, why) of an organisation from its own name words (folded, without 'the')."""
        hit = _longest_suffix(self.org_heads, words)
        cut = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
        if hit is None and cut:  # "Union of Journalists", "Department for International Development"
            words = words[:cut]
            hit = _longest_suffix(self.org_heads, words)
        if hit is not None:
            sector, size = hit
            head = " ".join(words[-size:])
            if words[-1] in self.armed_heads and self.armed_words.intersection(words):
                return "REB", f"head '{head}' with an armed word"
            return sector, f"head '{head}'"
        for size in (2, 1):  # a keyword anywhere in the name ("... for Human Rights Defenders")
            for k in range(len(words) - size + 1):
                sector = self.org_keywords.get(words[k:k + size])
                if sector:
                    return sector, f"keyword '{' '.join(words[k:k + size])}'"
        return None


def _longest_suffix(table: dict[tuple[str, ...], str], words: tuple[str, ...]) -> tuple[str, int] | None:
    for size in range(min(len(words), 4), 0, -1):
        sector = table.get(words[-size:])
        if sector:
            return sector, size
    return None


def load_sector_lexicon() -> SectorLexicon:
    data = parse_yaml(read_data_text("dateline.actors.data", "sectors.yaml"))
    lex = SectorLexicon()
    for table, key in ((lex.nouns, "sector_nouns"), (lex.titles, "titles")):
        for sector, words in data[key].items():
            for phrase in words:
                folded = fold_words(str(phrase))
                if folded:
                    table.setdefault(folded, str(sector))
    for phrase in data.get("business_nouns") or ():  # more BUS nouns, a block of their own in the file
        folded = fold_words(str(phrase))
        if folded:
            lex.nouns.setdefault(folded, "BUS")
    lex.affiliated = frozenset(w for a in data["affiliated"] for w in fold_words(str(a)))
    lex.state_sectors = frozenset(data["state_sectors"])
    for table, key in ((lex.org_heads, "organization_heads"), (lex.org_keywords, "organization_keywords"),
                       (lex.state_forces, "state_forces")):
        for sector, words in (data.get(key) or {}).items():
            for phrase in words:
                folded = fold_words(str(phrase))
                if folded:
                    table.setdefault(folded, str(sector))
    lex.org_head_words = frozenset(k[-1] for k in lex.org_heads)
    lex.armed_heads = frozenset(w for a in data.get("armed_heads", ()) for w in fold_words(str(a)))
    lex.armed_words = frozenset(w for a in data.get("armed_words", ()) for w in fold_words(str(a)))
    lex.sectorless = frozenset(w for a in data.get("people_without_sector", ()) for w in fold_words(str(a))[-1:])
    lex.group_heads = _word_set(data.get("group_heads"))
    lex.heads = frozenset(k[-1] for k in (*lex.nouns, *lex.titles)) | lex.affiliated | lex.sectorless | lex.group_heads
    lex.legislature_name_words = _word_set(data.get("legislature_name_words"))
    lex.legislature_heads = _word_set(data.get("legislature_heads"))
    crews = data.get("work_crews") or {}
    lex.work_crew_heads = _word_set(crews.get("heads"))
    lex.work_crew_modifiers = _word_set(crews.get("modifiers"))
    business = data.get("business_titles") or {}
    lex.company_titles = frozenset(t for t in (fold_words(str(a)) for a in business.get("company") or ()) if t)
    lex.shared_titles = _word_set(business.get("shared"))
    lex.business_words = _word_set(business.get("business_words"))
    lex.political_words = _word_set(business.get("political_words"))
    return lex


def _word_set(phrases: object) -> frozenset[str]:
    """Every folded word of a YAML list (absent -> empty)."""
    return frozenset(w for a in (phrases or ()) for w in fold_words(str(a)))  # type: ignore[union-attr]
