"""The actors stage: names, titles, nominal phrases and metonyms resolved to codes on the article date.

Order of evidence (first wins for a span): knowledge-base people, organisations and groups (roles
as of ``article.date``), seats of power, capitals that act, person entities with a title or an
appositive, surname links, nominal sector phrases, country names, demonyms standing for their
country. See docs/pipeline.md ("Actors") for the rules and their limits.

This module reads the KB names, organisations not in the KB and demonyms, and runs the readers in
order (``resolve_actors``); people and titles are read by people.py, nominal phrases by nominals.py,
on the per-document state of resolver_state.py.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.actors.acronyms import absorb_acronyms
from dateline.actors.codes import join_code
from dateline.actors.entity_fixer import FACTORY, EntityFixer, PlaceLookup
from dateline.actors.folding import fold_token
from dateline.actors.kb import Entry, KnowledgeBase, by_date
from dateline.actors.names import NameMatch, names_of
from dateline.actors.nominals import NON_ACTOR_HEADS, measured_trade
from dateline.actors.organizations import candidate_spans, code_organization
from dateline.actors.people import PeopleReader
from dateline.actors.resolver_state import COUNTRY_NAME_PRIORITY, _Found
from dateline.model import Actor, ActorMention, Article

# A capital is the government when it does something or owns something, not where things happen.
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
ACTING_PREPOSITIONS = frozenset({"with", "from", "by", "between"})
# events-targets6 (#3): a capital is the government also when it is acted on: the object of a
# verb ("urged Washington", "warned Moscow") or the "to/against/on" object of a noun ("a visit to
# Paris", "an ultimatum to Damascus", "sanctions on Moscow"); it stays a place too (geo stage).
# Not after verbs of motion, whose object is where one goes ("reached Kabul", "left Moscow").
ACTED_ON_PREPOSITIONS = frozenset({"to", "against", "on"})
MOTION_VERBS = frozenset({"reach", "leave", "enter", "flee", "tour", "cross", "approach", "return"})
# session-9 actors-petr9: "pro-Russia rebels", "anti-American militants", "pro-Kremlin youth": a name
# after a stance prefix says whom a group sides with or against, not whose it is (PETRARCH codes
# "pro-Russia rebels" ---REB). The name is then no mention and gives the noun no country.
STANCE_PREFIX = re.compile(r"\b(?:pro|anti)\s*-\s*$", re.IGNORECASE)
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})
# Heads that are places, times or amounts, never an organisation a country owns ("Spain's Almaden" town).
NOT_ORGANIZATION_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL",
                                   "ORDINAL", "NORP", "PERSON", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})
# Sector words that make an owned phrase an organisation ("Bolivia's commercial bank steering committee").
ORGANIZATION_SECTORS = frozenset({"BUS", "GOV", "MED", "EDU", "HLH", "NGO", "LAB", "PTY", "JUD", "LEG"})


def add_entity_fixer(nlp: Language, kb: KnowledgeBase, places: PlaceLookup | None = None) -> None:
    """Add (or reconfigure) the KB-driven entity fixer right after ``ner``."""
    if FACTORY in nlp.pipe_names:
        fixer = nlp.get_pipe(FACTORY)
    elif "ner" in nlp.pipe_names:
        fixer = nlp.add_pipe(FACTORY, after="ner")
    else:
        fixer = nlp.add_pipe(FACTORY, last=True)
    assert isinstance(fixer, EntityFixer)
    fixer.configure(kb, places)


class _Resolver(PeopleReader):
    """The actors of one document: KB names, people (people.py), organisations not in the KB,
    nominals (nominals.py), demonyms and owned organisations, read in ``resolve_actors``' order."""

    # -- 1. knowledge-base names ------------------------------------------------------------------
    def kb_names(self, matches: list[NameMatch]) -> list[tuple[NameMatch, Entry]]:
        persons: list[tuple[NameMatch, Entry]] = []
        rivals: dict[int, list[Entry]] = {}  # persons index -> people in office who share the name
        for m in matches:
            if STANCE_PREFIX.search(self.doc.text[max(0, m.start - 8):m.start]):
                continue  # "pro-Russia rebels": a stance, not an owner
            tokens = range(m.first_token, m.last_token)
            entries = [self.kb.entries[r.key] for r in m.of_kind("entry")]
            entries = by_date([e for e in entries if e.valid_on(self.date)], self.date)
            if entries:
                entry = entries[0]
                if entry.type == "country":
                    for i in tokens:
                        self.country_at[i] = entry.country or ""
                    if m.whole_tokens:
                        actor = entry.actor_on(self.date)
                        self.found.append(_Found(m.start, m.end, actor, COUNTRY_NAME_PRIORITY, tokens))
                    continue
                if entry.type == "person":
                    if self._other_person(m) or self._someone_elses(m, entry):
                        continue
                    tied = [e for e in entries if e.type == "person" and e.date_rank(self.date) == entry.date_rank(self.date)]
                    if len(tied) > 1:
                        rivals[len(persons)] = tied
                    persons.append((m, entry))
                    continue
                if m.whole_tokens:
                    self.add(m.start, m.end, entry.actor_on(self.date), 2, tokens)
                else:  # "CIA-backed": the organisation qualifies the word, it is not a mention
                    for i in tokens:
                        self.actor_at.setdefault(i, entry.actor_on(self.date))
                continue
            metonyms = [self.kb.metonyms[r.key] for r in m.of_kind("metonym")]
            if metonyms and m.whole_tokens:
                met = metonyms[0]
                head = self.doc[m.last_token - 1]
                if met.seat or self._acts(head):
                    self.add(m.start, m.end, met.actor(), 3, tokens)
                continue
            for ref in m.of_kind("demonym"):
                for i in tokens:
                    self.country_at[i] = ref.key
                    self.demonym_at.add(i)
                break
        if rivals:
            named = self._countries_named()
            for i, tied in rivals.items():  # max keeps the first of equals: the file order
                first_word = fold_token(self.doc[persons[i][0].first_token].text)
                persons[i] = (persons[i][0], max(tied, key=lambda e: (named[e.country or ""],
                                                                      self._titled(e, first_word))))
        return persons

    def _titled(self, entry: Entry, word: str) -> bool:
        """The name's first word is the title of the role held on the date ("King Abdullah" in 2003
        is Jordan's king, not the Saudi crown prince)."""
        return any(r.holds_on(self.date) and word in r.title.lower().split() for r in entry.roles)

    def _countries_named(self) -> Counter[str]:
        """Countries the document names (country names, demonyms, KB actors) and the dateline's: the
        context that tells apart two people in office who share a name ("King Abdullah" of Jordan and
        of Saudi Arabia, 2005-2015)."""
        named: Counter[str] = Counter(c for c in self.country_at.values() if c)
        named.update(f.actor.country for f in self.found if f.actor.country)
        if self.dateline_country:
            named[self.dateline_country] += 1
        return named

    def _acts(self, tok: Token) -> bool:
        if tok.dep_ == "conj":
            tok = tok.head
        if tok.dep_ in ACTING_DEPS:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in ACTING_PREPOSITIONS:
            prep = tok.head
            return prep.dep_ == "agent" or prep.head.pos_ in ("NOUN", "PROPN")
        if tok.dep_ in ("dobj", "dative") and tok.head.pos_ == "VERB":
            return tok.head.lemma_.lower() not in MOTION_VERBS
        if tok.dep_ == "pobj" and tok.head.lower_ in ACTED_ON_PREPOSITIONS and tok.head.dep_ == "prep":
            return tok.head.head.pos_ == "NOUN"
        return tok.dep_ == "agent"

    # -- 5. organisations not in the KB ------------------------------------------------------------
    def unknown_organizations(self) -> None:
        """Before nominals, so "members of the X Front" belong to the Front, not to a sector word."""
        for start, end in candidate_spans(self.doc, self.lex):
            tokens = range(start, end)
            if any(self.covered_by_actor(i) or i in self.actor_at for i in tokens):
                continue  # a KB name, a person or a seat of power is (part of) it; a country name may be
            coded = code_organization(self.doc, start, end, self.lex, self.country_at.get)
            if coded is None:
                continue  # no word of the name tells what kind of organisation it is
            sector, country, reason = coded
            if country is None:  # the same fallback nominal actors use (not cached: nominals come later)
                country = self._count_focus()
                reason += f"; country {country} from document focus" if country else ""
            actor = Actor(self.doc[start:end].text, None, join_code(country, sector), country, sector,
                          "organization", reason)
            if start >= 2 and self.doc[start - 1].tag_ == "POS":
                self._drop_owner_country(start - 2)  # "Kenya's National Union of Teachers": Kenya owns it
            self.add(self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text), actor, 5, tokens)

    def demonym_modifiers(self) -> None:
        """A demonym that modifies a noun no other rule made an actor stands for its country:
        "Israeli shelling", "two Brazilian men", "a Ukrainian protestor" -> ISR, BRA, UKR. The
        mention is the demonym itself, so the noun keeps its own reading (an event, a victim). A
        demonym that is itself a noun argument ("Syrians fled") names the country's people."""
        for i in sorted(self.demonym_at):
            tok = self.doc[i]
            head = tok.head
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ARGUMENT_DEPS and not self.covered(i) and self.country_at[i] \
                    and i + 1 not in self.demonym_at:
                # "Syrians fled", "talks with the Palestinians": the people of the country.
                country = self.country_at[i]
                actor = Actor(tok.text, None, country, country, None, "nominal", f"people named by demonym '{tok.text}'")
                self.found.append(_Found(tok.idx, tok.idx + len(tok.text), actor, 7, range(i, i + 1)))
                continue
            if self.covered(i) or tok.dep_ not in ("amod", "compound", "nmod") or head.i == i \
                    or head.pos_ not in ("NOUN", "PROPN") or self.covered(head.i) or head.i in self.actor_at \
                    or (fold_token(head.text) in NON_ACTOR_HEADS and not measured_trade(head)) or self._names_actor(head):
                continue
            country = self.country_at[i]
            if not country:
                continue
            actor = Actor(tok.text, None, country, country, None, "country", f"demonym '{tok.text}' modifying '{head.text}'")
            self.found.append(_Found(tok.idx, tok.idx + len(tok.text), actor, 7, range(i, i + 1)))

    def _names_actor(self, head: Token) -> bool:
        """The noun phrase already names an actor ("the Somali militant group al-Shabab", "Syrian
        Observatory")."""
        near = [c for c in head.children if c.dep_ in ("appos", "compound")]
        if head.i + 1 < len(self.doc):  # "the militant group al-Shabaab": the name right after
            near.append(self.doc[head.i + 1])
        if head.dep_ in ("appos", "compound"):
            near.append(head.head)
        return any(self.covered(t.i) or t.i in self.actor_at for t in near)

    def possessed_organizations(self) -> None:
        """ "Algeria's ENOF", "Bolivia's commercial bank steering committee": a country that owns a
        name or an organisation phrase no other rule resolved is the modifier of an organisation not
        in the KB, not the actor. Sector from the phrase's words, else none (code null)."""
        for f in [f for f in self.found if f.priority == COUNTRY_NAME_PRIORITY]:
            last = f.tokens[-1]
            if last + 2 >= len(self.doc) or self.doc[last + 1].tag_ != "POS":
                continue
            head = self.doc[last].head
            if head.i <= last + 1 or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in NOT_ORGANIZATION_ENTS \
                    or fold_token(head.text) in NON_ACTOR_HEADS:
                continue
            tokens = range(last + 2, head.i + 1)
            if any(self.covered(i) or i in self.actor_at or i in self.country_at for i in tokens):
                continue
            words = tuple(w for w in (fold_token(t.text) for t in self.doc[tokens.start:tokens.stop]) if w)
            found = self.lex.org_sector(words)
            if found is None:
                found = next(((hit[0], f"word '{w}'") for w in words
                              for hit in [self.lex.noun_sector((w,))] if hit and hit[0] in ORGANIZATION_SECTORS), None)
            named = head.ent_type_ == "ORG" or (head.pos_ == "PROPN" and head.text.isupper() and len(head.text) > 1)
            if found is None and not named:
                continue
            country = f.actor.country
            sector, why = found if found else (None, "no sector word")
            reason = f"organisation not in KB; {why}" + (f" -> {sector}" if sector else "") + \
                f"; country {country} owns it ('{self.doc[f.tokens.start:last + 1].text}'s')"
            code = join_code(country, sector) if sector else None  # the state is not the actor: no bare "DZA"
            actor = Actor(self.doc[tokens.start:tokens.stop].text, None, code, country, sector, "organization", reason)
            self._drop_owner_country(last)
            self.add(self.doc[tokens.start].idx, head.idx + len(head.text), actor, 5, tokens)


def resolve_actors(doc: Doc, article: Article, kb: KnowledgeBase, places: PlaceLookup | None = None) -> list[ActorMention]:
    """Actor mentions of one parsed article, coded as of ``article.date``; offsets into ``article.text``.
    ``places`` (the gazetteer) gives civilians the country of a place that is no country."""
    resolver = _Resolver(doc, article, kb, places)
    persons = resolver.kb_names(names_of(doc, kb))
    resolver.people(persons)
    resolver.surnames()
    resolver.remaining_people()
    resolver.unknown_organizations()
    resolver.nominals()
    resolver.demonym_modifiers()
    resolver.possessed_organizations()
    return absorb_acronyms(doc, article.text, resolver.mentions(article.text))
