"""Per-document state of the actors stage, shared by its readers (resolve.py, people.py, nominals.py): which
token names which actor or country, the mentions found so far with their priorities (the lowest wins
where spans overlap), the dateline's country, the document's focus country, and the choice of the
mentions to emit."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dateline.actors.entity_fixer import PlaceLookup
from dateline.actors.folding import fold_words
from dateline.actors.kb import KnowledgeBase
from dateline.actors.lexicon import SectorLexicon
from dateline.model import Actor, ActorMention, Article

# Words that may stand between a title and the name it precedes ("former President", "new CIA Director").
TITLE_FILLERS = frozenset({"former", "new", "acting", "then", "late", "incoming", "outgoing", "deputy",
                           "interim", "ex", "current", "top", "senior", "chief", "head", "of", "the"})
COUNTRY_NAME_PRIORITY = 9


@dataclass
class _Found:
    start: int
    end: int
    actor: Actor
    priority: int  # lower wins when spans overlap
    tokens: range


class ResolverState:
    """Per-document state: which token names which actor or country."""

    def __init__(self, doc: Doc, article: Article, kb: KnowledgeBase, places: PlaceLookup | None = None) -> None:
        self.doc, self.kb, self.date = doc, kb, article.date[:10]
        self.places = places  # the gazetteer: the country of a place civilians are in (civilian_country)
        assert kb.sectors is not None
        self.lex: SectorLexicon = kb.sectors
        self.found: list[_Found] = []
        self.actor_at: dict[int, Actor] = {}  # token -> KB/metonym actor named there
        self.country_at: dict[int, str] = {}  # token -> country named there (names, demonyms)
        self.demonym_at: set[int] = set()  # tokens of demonyms ("Israeli", "Filipino")
        self.person_ent: dict[int, Span] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                for tok in ent:
                    self.person_ent[tok.i] = ent
        self.dateline_country = self._dateline_country(article.dateline)
        # The dateline's place name ("GOMA" -> ("goma",)): an untitled "person" of that name is the place.
        self.dateline_words = fold_words(re.split(r"[,(]", article.dateline)[0]) if article.dateline else ()
        self.title_words = _title_words(self.lex)
        self.pending: list[Span] = []

    # -- helpers --------------------------------------------------------------------------------
    def _dateline_country(self, dateline: str | None) -> str | None:
        if not dateline:
            return None
        # The whole line, then its parts from the last: "GAZA CITY, Palestinian Territories" -> PSE.
        parts = [p.strip() for p in dateline.split(",") if p.strip()]
        for name in [dateline, *reversed(parts)] if len(parts) > 1 else [dateline]:
            for ref in self.kb.lookup(name):
                if ref.kind == "metonym":
                    return self.kb.metonyms[ref.key].country
                if ref.kind == "entry" and self.kb.entries[ref.key].type == "country":
                    return self.kb.entries[ref.key].country
        return None

    def add(self, start: int, end: int, actor: Actor, priority: int, tokens: range) -> None:
        self.found.append(_Found(start, end, actor, priority, tokens))
        for i in tokens:
            self.actor_at.setdefault(i, actor)

    def covered(self, i: int) -> bool:
        return any(i in f.tokens for f in self.found)

    def covered_by_actor(self, i: int) -> bool:
        """Covered by a mention other than a bare country name ("Malaysia" in "Malaysia Airlines")."""
        return any(i in f.tokens for f in self.found if f.priority != COUNTRY_NAME_PRIORITY)

    def _drop_owner_country(self, last: int) -> None:
        """The country name ending at token ``last`` owns an organisation: its modifier, not an actor."""
        self.found = [f for f in self.found if not (f.priority == COUNTRY_NAME_PRIORITY and f.tokens[-1] == last)]

    _focus: str | None = None
    _focus_done = False

    def focus_country(self) -> str | None:
        """The country the article is most about (names, demonyms, actors), dateline breaking ties."""
        if not self._focus_done:
            self._focus = self._count_focus()
            self._focus_done = True
        return self._focus

    def _count_focus(self) -> str | None:
        """Mentions per country (a multi-word name counts once; country names are counted from the
        tokens, other actors by their country), the dateline adding half; ties go to the country
        named first, as a story leads with what it is about."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}

        def note(country: str, token: int) -> None:
            counts[country] += 1
            first[country] = min(first.get(country, token), token)

        previous = (-2, "")
        for i in sorted(self.country_at):
            country = self.country_at[i]
            if country and previous != (i - 1, country):
                note(country, i)
            previous = (i, country)
        for f in self.found:
            # News agencies ("AFP", "Reuters reports") are named in every kind of story: not a focus.
            if f.actor.country and f.actor.sector != "MED" and f.actor.type != "country":
                note(f.actor.country, f.tokens.start)
        if self.dateline_country:
            counts[self.dateline_country] += 0.5  # type: ignore[assignment]
            first.setdefault(self.dateline_country, len(self.doc))
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], -first[c]))

    # -- output -----------------------------------------------------------------------------------
    def mentions(self, text: str) -> list[ActorMention]:
        chosen: list[_Found] = []
        taken: set[int] = set()
        for f in sorted(self.found, key=lambda f: (f.priority, f.start)):
            if any(i in taken for i in f.tokens):
                continue
            chosen.append(f)
            taken.update(f.tokens)
        chosen.sort(key=lambda f: f.start)
        return [ActorMention(f.start, f.end, text[f.start:f.end], f.actor) for f in chosen]


_TITLE_WORDS: dict[int, frozenset[str]] = {}


def _title_words(lex: SectorLexicon) -> frozenset[str]:
    """Every word of every title, plus fillers ("former", "new"): built once per lexicon."""
    words = _TITLE_WORDS.get(id(lex))
    if words is None:
        words = (frozenset(w for k in (*lex.titles, *lex.company_titles) for w in k) | lex.shared_titles
                 | TITLE_FILLERS) - {"of", "the"}
        _TITLE_WORDS[id(lex)] = words
    return words
