"""The actors stage: names, titles, nominal phrases and metonyms resolved to codes on the article date.

Order of evidence (first wins for a span): knowledge-base people, organisations and groups (roles
as of ``article.date``), seats of power, capitals that act, person entities with a title or an
appositive, surname links, nominal sector phrases, country names, demonyms standing for their
country. See docs/pipeline.md ("Actors") for the rules and their limits.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.actors.acronyms import absorb_acronyms
from dateline.actors.codes import join_code
from dateline.actors.entity_fixer import FACTORY, EntityFixer, PlaceLookup
from dateline.actors.folding import fold_token, fold_words
from dateline.actors.kb import Entry, KnowledgeBase, by_date
from dateline.actors.lexicon import SectorLexicon
from dateline.actors.names import NameMatch, names_of
from dateline.actors.organizations import candidate_spans, code_organization
from dateline.model import Actor, ActorMention, Article

# Words that may stand between a title and the name it precedes ("former President", "new CIA Director").
TITLE_FILLERS = frozenset({"former", "new", "acting", "then", "late", "incoming", "outgoing", "deputy",
                           "interim", "ex", "current", "top", "senior", "chief", "head", "of", "the"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "appos"})
OWNER_PREPOSITIONS = frozenset({"of", "in", "from", "for", "at", "within", "to"})
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
# Nouns a demonym makes a place or a thing of a country, not an actor ("the Syrian capital").
NON_ACTOR_HEADS = frozenset({"capital", "city", "cities", "town", "towns", "village", "villages", "border", "borders",
                             "territory", "territories", "soil", "side", "waters", "airspace", "coast", "province",
                             "region", "language", "currency", "time", "history", "economy", "market", "markets",
                             "exports", "imports", "goods", "products", "stocks", "shares", "bonds", "oil", "gas"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})
# Verbs whose object (troops, tanks, warships) belongs to the subject that acts: "Russia sent troops".
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "order", "mobilize", "mobilise", "mass", "withdraw",
                           "pull", "station", "move", "rush", "commit"})

# Words for a firm's stock: "Arkla's shares", "shares of Arkla" make a one-word "person" a firm.
SHARE_WORDS = frozenset({"shares", "share", "stock", "stocks", "stockholders", "shareholders", "shareholder"})
# Nominal sectors of private people, who take the country of the place where things happen to them.
CIVILIAN_SECTORS = frozenset({"CVL"})
COUNTRY_NAME_PRIORITY = 9
PLACE_PREPOSITIONS = frozenset({"in", "inside", "across", "near", "at"})
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


@dataclass
class _Found:
    start: int
    end: int
    actor: Actor
    priority: int  # lower wins when spans overlap
    tokens: range


class _Resolver:
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

    # -- 1. knowledge-base names ------------------------------------------------------------------
    def kb_names(self, matches: list[NameMatch]) -> list[tuple[NameMatch, Entry]]:
        persons: list[tuple[NameMatch, Entry]] = []
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
        return persons

    def _other_person(self, m: NameMatch) -> bool:
        """A bare surname alias inside a longer person name is someone else ("Sam Harris")."""
        if m.last_token - m.first_token > 1:
            return False
        ent = self.person_ent.get(m.first_token)
        if ent is None or len(ent) == 1:
            return False
        rest = [t for t in ent if not m.first_token <= t.i < m.last_token]
        return any(t.text[:1].isupper() and (fold_token(t.text),) not in self.lex.titles and t.lower_ not in TITLE_FILLERS
                   for t in rest if t.is_alpha)

    def _someone_elses(self, m: NameMatch, entry: Entry) -> bool:
        """A bare surname owned by a name that is no state and no KB actor is someone of that
        company or club ("Compass's Gallant" is not Yoav Gallant), unless the full name came earlier."""
        if m.last_token - m.first_token > 1 or m.first_token < 2 or self.doc[m.first_token - 1].tag_ != "POS":
            return False
        owner = self.doc[m.first_token - 2]
        if not owner.text[:1].isupper() or owner.i in self.country_at or owner.i in self.actor_at:
            return False
        full = fold_words(entry.name)
        if len(full) < 2:
            return False
        text = fold_words(self.doc[:m.first_token].text)
        return not any(text[k:k + len(full)] == full for k in range(len(text) - len(full) + 1))

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

    # -- 2. people: KB roles, titles, appositives -------------------------------------------------
    def title_chain(self, first: int) -> int:
        """Index of the first token of the title words before a name ("Turkish President")."""
        j = first - 1
        while j >= 0:
            tok = self.doc[j]
            word = fold_token(tok.text)
            named = self.actor_at.get(j)
            if word in self.title_words or j in self.country_at \
                    or (named is not None and named.type in ("organization", "group")):
                j -= 1
                continue
            # "of" only inside a title: "Secretary of State X", never "Washington of X"
            if tok.lower_ == "of" and j > 0 and fold_token(self.doc[j - 1].text) in self.title_words \
                    and j + 1 < first and fold_token(self.doc[j + 1].text) in self.title_words:
                j -= 1
                continue
            break
        return j + 1

    def title_actor(self, first: int, last: int) -> tuple[str | None, str | None, str] | None:
        """(country, sector, reason) from the title words in ``doc[first:last]``."""
        words = tuple(fold_token(t.text) for t in self.doc[first:last] if fold_token(t.text))
        country = next((self.country_at[i] for i in range(first, last) if i in self.country_at), None)
        org = next((self.actor_at[i] for i in range(first, last) if i in self.actor_at and self.actor_at[i].type != "person"), None)
        found = None
        for size in range(len(words), 0, -1):  # the longest title anywhere in the chain
            for k in range(len(words) - size + 1):
                sector = self.lex.titles.get(words[k:k + size])
                if sector:
                    found = (sector, " ".join(words[k:k + size]))
                    break
            if found:
                break
        if org is not None:
            return org.country, org.sector, f"title with '{org.name}' in context"
        business = self.business_title(first, last)
        if business is not None:
            return country, "BUS", business
        if found is None:
            return None
        return country, found[0], f"title '{self.doc[first:last].text}' in context"

    def people(self, persons: list[tuple[NameMatch, Entry]]) -> None:
        for m, entry in persons:
            start_tok = self.title_chain(m.first_token)
            actor = entry.actor_on(self.date)
            self.add(self.doc[start_tok].idx, m.end, actor, 1, range(start_tok, m.last_token))
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or not ent.text[:1].isupper() or any(self.covered(t.i) for t in ent):
                continue
            if any(t.i in self.country_at for t in ent):  # a country or demonym tagged PERSON
                continue
            if ent[-1].dep_ == "compound" and ent[-1].head.tag_ == "NNS" and ent[-1].head.i >= ent.end:
                continue  # "Major Rubber producers": a name no KB knows, modifying a plural noun, is a kind
            if len(ent) > 1 and self.lex.org_heads.get((fold_token(ent[-1].text),)) == "BUS":
                # "Arkla Inc" tagged PERSON: a company suffix ends the name
                actor = Actor(ent.text, None, "BUS", None, "BUS", "organization",
                              f"name tagged PERSON is a firm: company word '{ent[-1].text}'")
                self.add(ent.start_char, ent.end_char, actor, 4, range(ent.start, ent.end))
                continue
            actor = self.unknown_person(ent)
            if actor.code is None and len(ent) == 1:
                self.pending.append(ent)  # may be the surname of someone named in full earlier
                continue
            start = self.title_chain(ent.start) if actor.code else ent.start
            self.add(self.doc[start].idx, ent.end_char, actor, 4, range(start, ent.end))

    def remaining_people(self) -> None:
        for ent in self.pending:
            if not self.covered(ent.start):
                actor = self.unknown_person(ent)
                if actor.code is None and self.dateline_words and fold_words(ent.text) == self.dateline_words:
                    continue  # "GOMA: Goma remained tense": NER's person is the dateline's town
                cue = self.company_cue(fold_token(ent.text)) if actor.code is None else None
                if cue is not None:  # "Arkla will support ..." after "Arkla Inc said": the firm
                    actor = Actor(ent.text, None, "BUS", None, "BUS", "organization",
                                  f"name tagged PERSON is a firm: {cue}")
                self.add(ent.start_char, ent.end_char, actor, 4, range(ent.start, ent.end))

    _company_words: dict[str, str] | None = None

    def company_cue(self, word: str) -> str | None:
        """Why the one-word name ``word`` (folded) is a firm in this article: it opens a company name
        ("Arkla Inc", "Arkla Energy Corp"), a ticker follows it ("Arkla <ALG>"), or shares are its
        ("Arkla's shares", "shares of Arkla", "Arkla stock"). None when nothing says so."""
        if self._company_words is None:
            self._company_words = self._find_company_words()
        return self._company_words.get(word)

    def _find_company_words(self) -> dict[str, str]:
        doc, found = self.doc, {}
        for start, end in candidate_spans(doc, self.lex):
            coded = code_organization(doc, start, end, self.lex, self.country_at.get)
            if end - start > 1 and coded is not None and coded[0] == "BUS":
                found.setdefault(fold_token(doc[start].text), f"opens the company name '{doc[start:end].text}'")
        for tok in doc:
            if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            after = [t for t in doc[tok.i + 1:tok.i + 5] if not t.is_space]
            if len(after) >= 3 and after[0].text == "<" and after[1].text.isupper() and after[2].text == ">":
                found.setdefault(fold_token(tok.text), f"ticker <{after[1].text}> follows it")
            elif len(after) >= 2 and after[0].tag_ == "POS" and after[1].lower_ in SHARE_WORDS:
                found.setdefault(fold_token(tok.text), f"'{tok.text}'s {after[1].text}'")
            elif after and after[0].lower_ in SHARE_WORDS and tok.dep_ == "compound":
                found.setdefault(fold_token(tok.text), f"'{tok.text} {after[0].text}'")
            elif tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].lower_ in SHARE_WORDS:
                found.setdefault(fold_token(tok.text), f"'{doc[tok.i - 2].text} of {tok.text}'")
        return found

    def unknown_person(self, ent: Span) -> Actor:
        name = ent.text
        start = self.title_chain(ent.start)
        titled = self.title_actor(start, ent.start) if start < ent.start else None
        if titled is None:
            titled = self.appositive(ent)
        if titled is not None:
            country, sector, reason = titled
            if country is None and start < ent.start:
                # "Iraq's foreign minister X", "the defence minister of Syria X": the title's own
                # owner before the document's focus, which is wrong when two countries are named.
                country = self.title_owner(start, ent.start)
                reason += f"; country {country} owns the title" if country else ""
            if country is None and sector in self.lex.state_sectors:
                country = self.focus_country()
                reason += "; country from document focus" if country else ""
            return Actor(name, None, join_code(country, sector), country, sector, "person", reason)
        return Actor(name, None, None, None, None, "person", "person not in KB; no title in context")

    def title_owner(self, first: int, last: int) -> str | None:
        """The country that owns the title words ``doc[first:last]``: a possessive right before them
        ("Iraq's", "Syria's") or a possessive or "of" phrase the parser hangs on a title word."""
        owners: list[Token] = []
        if first >= 2 and self.doc[first - 1].tag_ == "POS":
            owners.append(self.doc[first - 2])
        for tok in self.doc[first:last]:
            for child in tok.children:
                if child.dep_ == "poss" and not first <= child.i < last:
                    owners.append(child)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    owners += [g for g in child.children if g.dep_ == "pobj"]
        for owner in owners:
            if self.country_at.get(owner.i):
                return self.country_at[owner.i]
            actor = self.actor_at.get(owner.i)
            if actor is not None and actor.type == "country" and actor.country:
                return actor.country
        return None

    def business_title(self, first: int, last: int, owner: Token | None = None) -> str | None:
        """The reason when the title words ``doc[first:last]`` are a firm's office (``sectors.yaml``
        business_titles): "oil chairman Hartley", "Chairman Fred Hartley", "company president X",
        "chairman of Unocal Corp" (``owner``: the title's "of" object). None in a political context
        ("party chairman", "Senate committee chairman", "PLO chairman") or for a state's title."""
        words = tuple(w for w in (fold_token(t.text) for t in self.doc[first:last]) if w)
        company = next((" ".join(t) for t in self.lex.company_titles
                        for k in range(len(words) - len(t) + 1) if words[k:k + len(t)] == t), None)
        if company is None and not any(w in self.lex.shared_titles for w in words):
            return None
        context = [t for t in self.doc[first:last] if fold_token(t.text) not in self.title_words]
        j = first - 1  # the words in front of the title ("Senate Foreign Relations Committee chairman")
        while j >= 0 and first - j <= 5 and self.doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and not self.doc[j].is_space:
            context.append(self.doc[j])
            j -= 1
        if owner is not None:
            context += [t for t in owner.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")]
        cue = None
        for t in context:
            word = fold_token(t.text)
            actor = self.actor_at.get(t.i)
            if actor is not None and actor.type in ("organization", "group"):
                if actor.sector != "BUS":
                    return None  # "PLO chairman", "chairman of OPEC"
                cue = cue or f"'{t.text}'"
                continue
            noun = self.lex.noun_sector((word,))
            sector = noun[0] if noun else self.lex.org_heads.get((word,))
            if word in self.lex.political_words or (sector and sector != "BUS"):
                return None  # "party chairman", "union president", "committee chairman"
            if sector == "BUS" or word in self.lex.business_words \
                    or (t.ent_type_ == "ORG" and t.i not in self.country_at and t.i not in self.actor_at):
                cue = cue or f"'{t.text}'"
        if company is not None:
            return f"company title '{company}'" + (f" with {cue}" if cue else "")
        if cue is not None:
            return f"title '{self.doc[first:last].text}' with business word {cue}"
        return None

    def appositive(self, ent: Span) -> tuple[str | None, str | None, str] | None:
        root = ent.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        for noun in nouns:
            # "Fred Hartley, chairman of Unocal Corp": a firm's office, before the sector nouns
            owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None)
            business = self.business_title(noun.left_edge.i, noun.i + 1, owner)
            if business is not None:
                return None, "BUS", f"appositive '{noun.text}': {business}"
            resolved = self.noun_actor(noun, depth=0)
            if resolved is not None:
                country, sector, code, reason = resolved
                return country, sector, f"appositive '{noun.text}': {reason}"
        return None

    # -- 3. nominal actors ------------------------------------------------------------------------
    def noun_actor(self, head: Token, depth: int) -> tuple[str | None, str | None, str | None, str] | None:
        """(country, sector, code, reason) of a noun phrase headed by ``head``, or None."""
        lefts = [t for t in self.doc[head.left_edge.i:head.i] if t.dep_ in MODIFIER_DEPS or t.head.i != head.i]
        words = tuple(fold_token(t.text) for t in self.doc[head.left_edge.i:head.i + 1] if t.dep_ not in ("det", "case", "punct", "poss")
                      and fold_token(t.text) and t.i not in self.actor_at and t.i not in self.country_at)
        own = self.lex.noun_sector(words) or self.lex.title_sector(words)
        if own is not None and own[0] == "CRM" and self._work_crew(head):
            own = ("LAB", 1)  # "harvesting gangs", "gangs of labourers": workers, not criminals
        # Sector words among the modifiers ("presidency sources", "government forces").
        mod_sector = None
        for t in lefts:
            hit = self.lex.noun_sector((fold_token(t.text),))
            if hit and t.i not in self.actor_at:
                mod_sector = hit[0]
        owner: Actor | None = next((self.actor_at[t.i] for t in lefts if t.i in self.actor_at), None)
        country = next((self.country_at[t.i] for t in lefts if t.i in self.country_at), None)
        if owner is None and country is None:
            owner, country = self._owner_by_preposition(head, depth)
        affiliated = fold_token(head.text) in self.lex.affiliated
        if own is None and not affiliated and fold_token(head.text) in self.lex.sectorless:
            # "freed 37 prisoners", "Palestinian prisoners" (the bare country, as CAMEO codes them):
            # people an act is done to, with no sector of their own (actors-targets11, #3).
            c = country or (owner.country if owner else None)
            where = ""
            if c is None:  # "Forty prisoners released in Peru": the people of the place, as civilians
                c, where = self.civilian_country(head)
            return c, None, c, f"people word '{head.text}'" + (f" + country {c} {where}".rstrip() if c else "")
        if own is None and not affiliated and fold_token(head.text) in self.lex.group_heads:
            # "rebel groups" -> REB, "a group of Saudi hackers" -> SAU; never a government (actors-targets11)
            c = country or (owner.country if owner else None)
            if mod_sector:
                return c, mod_sector, join_code(c, mod_sector), f"'{head.text}' of {mod_sector}" + (f" ({c})" if c else "")
            if owner is not None and owner.code:
                return owner.country, owner.sector, owner.code, f"'{head.text}' of {owner.name}"
            return None
        if own is None and not affiliated:
            return None
        if affiliated and own is None:
            if mod_sector:
                c = country or (owner.country if owner else None)
                return c, mod_sector, join_code(c, mod_sector), f"'{head.text}' of {mod_sector}" + (f" ({c})" if c else "")
            if owner is not None and owner.code:
                return owner.country, owner.sector, owner.code, f"'{head.text}' of {owner.name}"
            if country:
                return country, "GOV", join_code(country, "GOV"), f"'{head.text}' of {country}"
            return None
        sector = own[0] if own else mod_sector
        if owner is not None and owner.type in ("organization", "group") and owner.code and owner.sector not in ("MED",):
            return owner.country, owner.sector, owner.code, f"'{head.text}' of {owner.name}"
        c = country or (owner.country if owner else None)
        reason = f"sector word '{head.text}'" + (f" + country {c}" if c else "")
        return c, sector, join_code(c, sector), reason

    def _owner_by_preposition(self, head: Token, depth: int) -> tuple[Actor | None, str | None]:
        children = list(head.children)
        clauses = [c for c in head.children if c.dep_ in ("acl", "relcl")]
        if head.dep_ == "conj":  # "militants or forces fighting for X": the clause may hang on the first
            clauses += [c for c in head.head.children if c.dep_ in ("acl", "relcl") and c.i > head.i]
        for acl in clauses:
            children.extend(acl.children)  # "forces fighting for X", "militia loyal to X"
        for prep in children:
            if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPOSITIONS:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.i in self.actor_at:
                    return self.actor_at[pobj.i], None
                if pobj.i in self.country_at:
                    return None, self.country_at[pobj.i]
                if depth < 2 and fold_token(pobj.text) in self.lex.heads:
                    inner = self.noun_actor(pobj, depth + 1)
                    if inner is not None and inner[2]:
                        c, s, code, reason = inner
                        return Actor(pobj.text, None, code, c, s, "nominal", reason), None
        return None, None

    def nominals(self) -> None:
        heads = self.lex.heads
        for tok in self.doc:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod"):
                continue
            word = fold_token(tok.text)
            if word not in heads or self.covered(tok.i) or (tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "GPE")
                                                              and not self._lone_institution(tok)):
                continue
            if tok.head.i > tok.i and tok.head.i in self.actor_at and tok.dep_ != "appos" and self.actor_at[tok.head.i].type == "person":
                continue  # a title in front of a named person
            if word in self.lex.group_heads and tok.i + 1 < len(self.doc) and tok.i + 1 in self.actor_at:
                continue  # "the militant group al-Shabab": the name is the actor, the group noun describes it
            resolved = self.noun_actor(tok, depth=0)
            if resolved is None:
                continue
            country, sector, code, reason = resolved
            if sector == "LEG" and self._other_body_name(tok):
                continue  # "World Petroleum Congress": a conference's name, not a legislature
            if country is None and sector in self.lex.state_sectors:
                sender = self.sender_country(tok)
                if sender:
                    code, reason, country = join_code(sender, sector), reason + f"; sent by {sender}", sender
            if country is None and sector in self.lex.state_sectors:
                country = self.focus_country()
                if country:
                    code, reason = join_code(country, sector), reason + f"; country {country} from document focus"
            if country is None and sector in CIVILIAN_SECTORS:
                country, where = self.civilian_country(tok)
                if country:
                    code, reason = join_code(country, sector), reason + f"; country {country} {where}"
            start = tok.i
            while start - 1 >= tok.left_edge.i and self._phrase_modifier(self.doc[start - 1]):
                start -= 1
            name = self.doc[start:tok.i + 1].text
            actor = Actor(name, None, code, country, sector, "nominal", reason)
            self.found.append(_Found(self.doc[start].idx, tok.idx + len(tok.text), actor, 6, range(start, tok.i + 1)))

    def civilian_country(self, tok: Token) -> tuple[str | None, str]:
        """Civilians the text gives no country ("Four children were killed ... in the Gaza Strip")
        are people of the place where it happens: a country named after "in" in the same sentence,
        else the dateline's country. Never the document focus: a story about one state often
        counts the victims of another."""
        for t in tok.sent:
            country = self.country_at.get(t.i)
            if not country or t.i in self.demonym_at:
                continue
            if _after_place_preposition(t):
                return country, f"of the place named ('{t.text}')"
            # "Syria's second city Aleppo": the country owns a place
            if t.dep_ == "poss" and (t.head.ent_type_ in ("GPE", "LOC", "FAC")
                                     or any(fold_token(w.text) in NON_ACTOR_HEADS for w in (t.head, *t.head.lefts))):
                return country, f"of the place named ('{t.text}'s {t.head.text}')"
        # "killed in Aleppo", "in the east of the Gaza Strip": a place that is no country, as the
        # gazetteer's most populous reading places it (actors-roles7).
        for ent in tok.sent.ents:
            if self.places is None or ent.label_ not in ("GPE", "LOC", "FAC") or not _after_place_preposition(ent.root):
                continue
            readings = self.places.lookup(re.sub(r"^(?i:the)\s+", "", ent.text))
            country = getattr(readings[0], "country", None) if readings else None
            if country:
                return country, f"of the place named ('{ent.text}', gazetteer)"
        if self.dateline_country:
            return self.dateline_country, "from the dateline"
        return None, ""

    def _drop_owner_country(self, last: int) -> None:
        """The country name ending at token ``last`` owns an organisation: its modifier, not an actor."""
        self.found = [f for f in self.found if not (f.priority == COUNTRY_NAME_PRIORITY and f.tokens[-1] == last)]

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
                    or fold_token(head.text) in NON_ACTOR_HEADS or self._names_actor(head):
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

    def _work_crew(self, head: Token) -> bool:
        """ "harvesting gangs", "road gangs", "gangs of labourers": a gang that is a crew of workers."""
        if fold_token(head.text) not in self.lex.work_crew_heads:
            return False
        if any(fold_token(t.text) in self.lex.work_crew_modifiers for t in self.doc[head.left_edge.i:head.i]):
            return True
        objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return any(fold_token(g.text) in self.lex.work_crew_modifiers
                   or ((hit := self.lex.noun_sector((fold_token(g.text),))) is not None and hit[0] == "LAB") for g in objects)

    def _other_body_name(self, tok: Token) -> bool:
        """A capitalised legislature head inside a longer proper name that is no legislature: a
        capitalised word before it that is no country, demonym, place or legislature word ("World
        Petroleum Congress", "Trades Union Congress"), or "Congress of X" where X is no country and
        no legislature noun ("National Congress of American Indians")."""
        if not tok.text[:1].isupper() or fold_token(tok.text) not in self.lex.legislature_heads:
            return False
        j = tok.i - 1
        while j >= 0 and (self.doc[j].is_space or self.doc[j].text[:1].isupper()) and self.doc[j].pos_ != "PUNCT":
            word = self.doc[j]
            if not word.is_space and word.pos_ in ("PROPN", "ADJ", "NOUN") and j not in self.country_at \
                    and j not in self.demonym_at and word.ent_type_ not in ("GPE", "NORP", "LOC") \
                    and fold_token(word.text) not in self.lex.legislature_name_words:
                return True
            j -= 1
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                legislators = self.lex.noun_sector((fold_token(obj.text),))
                country_name = obj.i in self.country_at and obj.i not in self.demonym_at  # not "of American Indians"
                if not country_name and obj.ent_type_ not in ("GPE", "LOC") \
                        and not (legislators and legislators[0] == "LEG"):
                    return True
        return False

    def _lone_institution(self, tok: Token) -> bool:
        """A one-word ORG entity that is a sector noun: "Congress", "Parliament", "the Senate"; also
        when the tagger took it for a place ("pressure from Congress" tagged GPE: a sector noun alone
        is no place; session-9 actors-petr9)."""
        ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
        return ent is not None and ent.label_ in ("ORG", "GPE") and len(ent) == 1

    def sender_country(self, tok: Token) -> str | None:
        """ "Russia sent tanks and troops", "Putin ordered troops into the region": forces a state
        actor sends, deploys or withdraws are its own."""
        obj = tok
        while obj.dep_ == "conj" and obj.head.i != obj.i:  # "tanks and troops": the first conjunct
            obj = obj.head
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lemma_.lower() not in SENDING_VERBS:
            return None
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "agreed ... and ordered troops": the subject of the first verb
        for subj in verb.children:
            if subj.dep_ != "nsubj":
                continue
            if subj.i in self.country_at and self.country_at[subj.i]:
                return self.country_at[subj.i]
            actor = self.actor_at.get(subj.i)
            if actor is not None and actor.country and actor.type in ("person", "country"):
                return actor.country
        return None

    def _phrase_modifier(self, tok: Token) -> bool:
        """Modifiers kept in a nominal mention: names, demonyms, sector words ("Turkish presidency")."""
        if tok.dep_ not in ("amod", "compound", "nmod", "npadvmod") or self.covered(tok.i) or tok.i in self.actor_at:
            return False
        return tok.text[:1].isupper() or tok.i in self.country_at or fold_token(tok.text) in self.lex.heads \
            or tok.dep_ == "compound"

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

    # -- 4. surnames --------------------------------------------------------------------------------
    def surnames(self) -> None:
        """A bare surname after a full name in the same article is that person."""
        by_surname: dict[str, tuple[int, Actor]] = {}
        for f in sorted(self.found, key=lambda f: f.start):
            if f.actor.type == "person":
                last = fold_words(self.doc.text[f.start:f.end])
                if len(last) > 1:
                    by_surname.setdefault(last[-1], (f.end, f.actor))
        if not by_surname:
            return
        for tok in self.doc:
            if not tok.text[:1].isupper() or tok.pos_ != "PROPN" or self.covered(tok.i):
                continue
            hit = by_surname.get(fold_token(tok.text))
            if hit and hit[0] <= tok.idx:
                actor = hit[1]
                linked = Actor(actor.name, actor.kb_id, actor.code, actor.country, actor.sector, "person",
                               f"surname of {actor.name} earlier in the article; {actor.reason}")
                self.add(tok.idx, tok.idx + len(tok.text), linked, 5, range(tok.i, tok.i + 1))

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


def _after_place_preposition(tok: Token) -> bool:
    """``tok`` is the object of a place preposition, also through "of" ("in the east of X")."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS


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
