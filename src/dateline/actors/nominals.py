"""Nominal actors: a noun phrase headed by a sector word ("security forces", "Sources in Erdogan's
office", "prisoners released in Peru") coded from its modifiers, its owner phrases and clauses, the
state that sends it, the document focus, or, for civilians, the place where things happen to them
(``NominalReader``, built on the per-document state of resolver_state.py)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.actors.codes import join_code
from dateline.actors.folding import fold_token
from dateline.actors.resolver_state import ResolverState, _Found
from dateline.model import Actor

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "appos"})
OWNER_PREPOSITIONS = frozenset({"of", "in", "from", "for", "at", "within", "to"})
# Nouns a demonym makes a place or a thing of a country, not an actor ("the Syrian capital").
NON_ACTOR_HEADS = frozenset({"capital", "city", "cities", "town", "towns", "village", "villages", "border", "borders",
                             "territory", "territories", "soil", "side", "waters", "airspace", "coast", "province",
                             "region", "language", "currency", "time", "history", "economy", "market", "markets",
                             "exports", "imports", "goods", "products", "stocks", "shares", "bonds", "oil", "gas"})
# session 14 targets14a (#3): the trade heads among them. Goods of a country are no actor, but what
# a measure is on ("tariffs on Chinese goods", "a ban on imports of Egyptian products") is aimed at
# the country they come from (``measured_trade``).
TRADE_HEADS = frozenset({"exports", "imports", "goods", "products"})
MEASURE_PREPOSITIONS = frozenset({"on", "against"})


def measured_trade(head: Token) -> bool:
    """ ``head`` is a trade noun ("goods", "products", "imports") that is, itself or through the "of"
    of an "imports"/"exports" noun, the object of "on"/"against" on a noun: what a ban, tariff or
    embargo is on ("tariffs on Chinese goods", "a ban on imports of British beef"), or on the verb of
    such an object ("imposed tariffs on Chinese goods"). Not on a verb with no object ("relied on
    Chinese goods") nor alone ("Chinese goods flooded the market")."""
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and fold_token(node.head.head.text) in ("imports", "exports"):
        node = node.head.head
    if fold_token(head.text) not in TRADE_HEADS and node is head:
        return False
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in MEASURE_PREPOSITIONS or prep.head.i > prep.i:
        return False
    if prep.head.pos_ in ("NOUN", "PROPN"):
        return True
    # "imposed tariffs on Chinese goods": the parser may hang "on" on the verb of the measure
    return prep.head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < prep.i and c.pos_ == "NOUN" and not c.like_num
                                            for c in prep.head.children)


# Verbs whose object (troops, tanks, warships) belongs to the subject that acts: "Russia sent troops".
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "order", "mobilize", "mobilise", "mass", "withdraw",
                           "pull", "station", "move", "rush", "commit"})
# Nominal sectors of private people, who take the country of the place where things happen to them.
CIVILIAN_SECTORS = frozenset({"CVL"})
PLACE_PREPOSITIONS = frozenset({"in", "inside", "across", "near", "at"})


class NominalReader(ResolverState):
    """The nominal-actor reader: ``nominals`` finds the phrases, ``noun_actor`` codes one."""

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
                if country and self._named_owner(tok) and not self._focus_beyond(country, tok):
                    country = None
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

    def _named_owner(self, tok: Token) -> bool:
        """A person's name that owns the phrase and that nothing resolved ("the Bush administration",
        "the Mugabe government" with no KB entry): the state is that person's, which the document's
        focus tells only when the story is about that country (``_focus_beyond``): in "The X
        administration imposed sanctions on Iran" the focus is the target (session 12, #3)."""
        return any((t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not t.ent_type_)) and t.dep_ in ("compound", "poss")
                   and t.i not in self.country_at
                   and (t.i not in self.actor_at or self.actor_at[t.i].code is None) for t in self.doc[tok.left_edge.i:tok.i])

    def _focus_beyond(self, country: str, tok: Token) -> bool:
        """The focus country is the dateline's, or is named outside the sentence of ``tok``."""
        if country == self.dateline_country:
            return True
        sent = tok.sent
        return any(c == country and not sent.start <= i < sent.end for i, c in self.country_at.items()) \
            or any(f.actor.country == country and not sent.start <= f.tokens.start < sent.end for f in self.found)

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
        if tok.dep_ not in ("amod", "compound", "nmod", "npadvmod") or self.covered(tok.i) or tok.i in self.actor_at \
                or tok.tag_ == "POS":  # a possessive "s" read as a compound ("Japan ’ s government")
            return False
        return tok.text[:1].isupper() or tok.i in self.country_at or fold_token(tok.text) in self.lex.heads \
            or tok.dep_ == "compound"


def _after_place_preposition(tok: Token) -> bool:
    """``tok`` is the object of a place preposition, also through "of" ("in the east of X")."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS
