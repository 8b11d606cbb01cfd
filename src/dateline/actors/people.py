"""People not coded by a KB name alone: the title chain before a name and the mention it spans, people
not in the KB coded from a title, its owner or an appositive (a firm's office is BUS), one-word names
that are firms, the KB-name checks for someone else of the same surname, and bare surnames linked to
a full name earlier in the article (``PeopleReader``, built on nominals.py for appositive nouns)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.actors.codes import join_code
from dateline.actors.folding import fold_token, fold_words
from dateline.actors.kb import Entry
from dateline.actors.names import NameMatch
from dateline.actors.nominals import NominalReader
from dateline.actors.organizations import candidate_spans, code_organization
from dateline.actors.resolver_state import TITLE_FILLERS
from dateline.model import Actor

# Words for a firm's stock: "Arkla's shares", "shares of Arkla" make a one-word "person" a firm.
SHARE_WORDS = frozenset({"shares", "share", "stock", "stocks", "stockholders", "shareholders", "shareholder"})
# Title words that put the office in the past ("former President X", "ex-minister X").
FORMER_WORDS = frozenset({"former", "ex"})


class PeopleReader(NominalReader):
    """The people reader: titles, unknown persons, appositives and surname links."""

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
            if sector in self.lex.state_sectors and self._former(start, ent.start):
                # "former President X": out of office, the elite/former code as for a KB person
                # whose roles have ended (PETRARCH's ELI; session 12, #3)
                sector, reason = "ELI", reason + "; 'former' title: elite/former code"
            return Actor(name, None, join_code(country, sector), country, sector, "person", reason)
        return Actor(name, None, None, None, None, "person", "person not in KB; no title in context")

    def _former(self, first: int, last: int) -> bool:
        """The title words ``doc[first:last]`` say the office is over ("former", "ex-")."""
        return any(t.lower_ in FORMER_WORDS or t.lower_.startswith("ex-") for t in self.doc[first:last])

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
