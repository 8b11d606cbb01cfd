"""Actor mentions (character offsets) mapped onto the parse, and the actors an argument names."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from dateline.events.data_files import cues
from dateline.events.nonpolitical import private_possessed, senses
from dateline.events.sentences import SentenceIndex
from dateline.model import Actor, ActorMention

# Pronoun -> the actor types it may stand for. A pronoun takes the most recent earlier mention of
# a compatible type in its own or the two previous sentences (simple and predictable; no coreference
# model). Further back, it stays unresolved rather than guess.
PRONOUN_TYPES: dict[str, tuple[str, ...]] = {
    "he": ("person",), "him": ("person",), "his": ("person",), "she": ("person",),
    "her": ("person",),
    # "they" stands for people and groups far more often than for a country named before.
    "they": ("organization", "group", "nominal"), "them": ("organization", "group", "nominal"),
    "their": ("organization", "group", "nominal"),
    "it": ("organization", "group", "country"), "its": ("organization", "group", "country"),
}
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
AGENT_PREPOSITIONS = frozenset({"by", "with", "between", "among"})  # a coordination after these acts
MAX_BINDING_CLIMB = 6  # arcs from a possessive up to its clause's subject
SINGULAR_NEUTER = frozenset({"it", "its"})
PRONOUN_WINDOW = 2  # sentences back a pronoun may reach ("..." quotes often split in two)
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
# session-9 actors-petr9: actor types a neuter pronoun inside what a speaker says may stand for when
# it names the speaker ("The US claimed that they had attacked Iraq": they = the US).
SPEAKER_TYPES = frozenset({"country", "organization", "group"})
NEUTER_PRONOUNS = SINGULAR_NEUTER | PLURAL_PRONOUNS
# session-9 actors-petr9: a wire dateline left at the head of the body ("GAZA CITY, Palestinian
# Territories: ...", "BEIRUT, Lebanon (Reuters) - ...", "KABUL (AFP) - ..."): a place line in
# capitals with a region after a comma or an agency in brackets, ended by a colon or a dash. Its
# names say where the story was filed, not who acts in it.
TEXT_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'-]{1,40}"
    r"(?:,\s*[A-Z][a-z][\w .'-]{0,40}?(?:\s*\([^)\n]{1,40}\))?"  # ", Lebanon", ", Lebanon (Reuters)"
    r"|(?:,\s*[A-Z][A-Z .'-]{1,40})?\s*\([^)\n]{1,40}\))"  # " (AFP)", ", LEBANON (Reuters)"
    r"\s*(?::|--|[-\u2013\u2014])\s")
# Modifier relations through which a noun phrase names an actor ("Turkish troops", "Erdogan's
# spokesman", "the army of Syria" is handled through the "of" preposition).
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos"})
# Trade flows whose "of" phrase names goods of a country ("imports of British beef"): the flow is
# that country's trade (session 14 targets14a, #3).
TRADE_FLOWS = frozenset({"imports", "exports", "import", "export"})


def _names_a_thing(root: Token, actor: Actor) -> bool:
    """A name compounding a noun it names ("the Uruguay (trade) round", "the Kennedy round",
    cues.yaml `place_named_nouns`): whatever the actors stage made of it, it takes no part. So is a
    country inside a company's name ("Shell Canada Limited", "Cargill U.K. Ltd": `company_suffixes`),
    and a person-type name compounding a thing (nonpolitical.yaml `named_things`: "the Bulolo gold
    field", #4)."""
    head = root
    while head.dep_ in ("compound", "nmod") and head.head.i != head.i:
        head = head.head
    if head.i != root.i and (head.lemma_.lower() in cues()["place_named_nouns"] or (
            actor.type == "country" and head.lower_.rstrip(".") in cues()["company_suffixes"])):
        return True
    return actor.type == "person" and root.dep_ in ("compound", "nmod") and _compounds_a_named_thing(root)


def _compounds_a_named_thing(root: Token) -> bool:
    head = root
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in senses()["named_things"]


def _company_suffix_follows(doc: Doc, span: Span) -> bool:
    """ "Shell Canada Limited", "Mobil Oil Indonesia Inc": a country name followed directly by a
    company's legal form is part of the company's name, however the parser attached it (#4)."""
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.lower_.rstrip(".") in cues()["company_suffixes"] and not nxt.is_lower


def _named_before(span: Span, taken: set[int]) -> bool:
    """ "Petroleos de Venezuela", "Banco do Brasil": a country name after a Romance "of" (cues.yaml
    `name_particles`) that follows a capitalised name that is no actor mention of its own ends a
    company's or an institution's name; it is not the country acting (session-8, #4). (Only with
    the particle: "Israel Flying Aid", "Jamiat-i-Islami Afghanistan" name groups, where the
    country reading is the better guess.)"""
    doc = span.doc
    if span.start < 2:
        return False
    particle, name = doc[span.start - 1], doc[span.start - 2]
    return (particle.lower_ in cues()["name_particles"] and name.text[:1].isupper()
            and name.pos_ == "PROPN" and name.i not in taken)


def _names_a_thing_at(doc: Doc, m: ActorMention, taken: set[int] = frozenset()) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    return _names_a_thing(span.root, m.actor) or (m.actor.type == "country" and (
        _company_suffix_follows(doc, span) or _named_before(span, taken)))


def _mention_tokens(doc: Doc, mentions: list[ActorMention]) -> set[int]:
    taken: set[int] = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    return taken


class ActorIndex:
    def __init__(self, doc: Doc, mentions: list[ActorMention], sentences: SentenceIndex | None = None) -> None:
        self.doc = doc
        # "the Uruguay round", "Shell Canada Limited": the name names a thing, which takes no part
        # (nor does a later pronoun stand for it).
        taken = _mention_tokens(doc, mentions)
        dateline = TEXT_DATELINE.match(doc.text)
        filed = dateline.end() if dateline else 0
        self.mentions = sorted((m for m in mentions if m.end > filed and not _names_a_thing_at(doc, m, taken)),
                               key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        sents = sentences.spans if sentences is not None else list(doc.sents)
        self._sentence_starts = [s.start_char for s in sents]
        self.by_token: dict[int, ActorMention] = {}
        # Mentions headed by a singular noun ("the Defence Ministry"): "it/its" may stand for them.
        self._singular: set[int] = set()
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            if span.root.tag_ in ("NN", "NNP"):
                self._singular.add(m.start)
            for tok in span:
                self.by_token.setdefault(tok.i, m)

    def mention_at(self, token: Token) -> ActorMention | None:
        return self.by_token.get(token.i)

    def resolve_pronoun(self, token: Token) -> ActorMention | None:
        types = PRONOUN_TYPES.get(token.lower_)
        if not types:
            return None
        bound = self._clause_subject(token, types)
        if bound is not None:
            return bound
        if self._unnamed_plural_speaker(token):
            return None
        pos, sentence, window_start = self._window(token)
        for m in reversed(self.mentions[:pos]):
            if m.start < window_start:
                break
            if self._interviewer(m):
                continue  # "He told Reuters ...; ... they discussed nothing": the news agency is no antecedent (#4)
            if m.actor.type in types:
                return m
            if (m.actor.type == "nominal" and token.lower_ in SINGULAR_NEUTER and m.start in self._singular
                    and m.start >= self._sentence_starts[sentence]):
                # "the ministry said its aircraft ...": a singular organisation noun, same sentence
                # only (a common noun further back is too often the wrong antecedent).
                return m
        return self._speaker(token)

    def _unnamed_plural_speaker(self, token: Token) -> bool:
        """ "A number of farm groups have told Lugar they oppose the proposal": "they" as the subject
        of what a plural noun says is that noun; when it names no actor the pronoun names none
        either, rather than an actor of an earlier sentence (session-12 events-recall12b)."""
        if token.lower_ != "they" or token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
            return False
        verb = token.head.head
        if verb.lemma_.lower() not in cues()["speech_verbs"]:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i]
        if not subjects or self.actors_of(subjects[0]):
            return False
        subj = subjects[0]
        if subj.lemma_.lower() in cues()["container_nouns"] or subj.lemma_.lower() in cues()["partitive_words"]:
            # "a number of farm groups": the people counted speak
            subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), subj)
        return subj.tag_ == "NNS" and self.mention_at(subj) is None and not self.actors_of(subj)

    def _speaker(self, token: Token) -> ActorMention | None:
        """Last resort for "it/its/they/them/their" inside the complement of a saying verb: the
        speaker, when a state, organisation or group ("The US claimed that they had attacked Iraq",
        "the ministry said a shell hit it"). News often calls a state "they"; with no other
        antecedent in reach the one who speaks is the best guess (never a person: "they" is no
        single person)."""
        if token.lower_ not in NEUTER_PRONOUNS:
            return None
        node = token
        for _ in range(MAX_BINDING_CLIMB):
            head = node.head
            if head.i == node.i or node.dep_ in ("relcl", "advcl", "acl"):
                return None
            if node.dep_ == "ccomp" and head.lemma_.lower() in cues()["speech_verbs"]:
                for subj in (c for c in head.children if c.dep_ == "nsubj" and c.i < token.i):
                    m = self.mention_at(subj)
                    if m is not None and m.actor.type in SPEAKER_TYPES:
                        return m
                return None
            node = head
        return None

    def _window(self, token: Token) -> tuple[int, int, int]:
        """(mentions before ``token``, its sentence number, first character a pronoun may reach)."""
        pos = bisect_left(self._starts, token.idx)
        sentence = bisect_left(self._sentence_starts, token.idx + 1) - 1
        window_start = self._sentence_starts[max(sentence - PRONOUN_WINDOW, 0)] if self._sentence_starts else 0
        return pos, sentence, window_start

    def _clause_subject(self, token: Token, types: tuple[str, ...]) -> ActorMention | None:
        """A possessive pronoun is bound by the subject of its own clause when that fits, before
        recency: "Odinga rejected Kibaki's re-election and called on his supporters" -> Odinga."""
        if token.dep_ != "poss":
            return None
        node = token.head
        for _ in range(MAX_BINDING_CLIMB):
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
            if subjects:
                m = self.mention_at(subjects[0])
                return m if m is not None and m.actor.type in types else None
            if node.head.i == node.i or node.dep_ in ("ccomp", "relcl", "advcl"):
                return None  # a new clause: its subject does not bind the pronoun
            node = node.head
        return None

    def actors_of(self, token: Token | None) -> list[Actor]:
        """Actors named by the argument headed by ``token``, with its coordinated conjuncts."""
        if token is None:
            return []
        found: list[Actor] = []
        for head in (token, *token.conjuncts):
            group = self.resolve_plural(head) if head.pos_ == "PRON" else []
            for actor in group or [self._actor_of_head(head), *self._of_conjuncts(head), *self._coordinated_owners(head)]:
                if actor is not None and actor not in found:
                    found.append(actor)
        return found

    def _of_conjuncts(self, head: Token) -> list[Actor | None]:
        """The other actors of a list that an argument names through its "of" phrase ("a large
        number of Syrians, Iraqis and Afghans", "some of the Kenyan and Ugandan diplomats" named
        apart): the argument's actor came from the list's first item (actors-targets11, #3)."""
        if self.mention_at(head) is not None or head.pos_ in ("PUNCT", "SYM", "X"):
            return []  # a named actor, or markup the parser made a head ("<Co> of X and Y")
        of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is None or not of.conjuncts:
            return []
        if self._actor_of_head(head) != self._actor_of_head(of):
            return []  # "the Kenyan army of volunteers": the head's own modifier names it
        return [self._actor_of_head(c) for c in of.conjuncts]

    def _coordinated_owners(self, head: Token) -> list[Actor | None]:
        """The other actors of coordinated modifiers that share one head ("the Russian and US navies",
        "UK and EU negotiators", "Pakistan and Afghanistan's intelligence services"): the head's actor
        came from the first modifier (``_actor_of_head``), each conjunct of it names one more, as does
        a later modifier of the head when the parser hung the "and" on the first one instead of
        coordinating them (session 14, #3). Not for a head that is a named actor itself."""
        if self.mention_at(head) is not None or head.pos_ not in ("NOUN", "PROPN"):
            return []
        for child in head.children:
            if child.dep_ not in MODIFIER_DEPS or child.i > head.i or self.mention_at(child) is None:
                continue
            if child.conjuncts:
                return [self._named_at(c) for c in child.conjuncts if c.i < head.i]
            if any(c.dep_ == "cc" for c in child.children):  # "UK and EU negotiators": parsed as two modifiers
                return [self._named_at(m) for m in head.children
                        if m.dep_ in MODIFIER_DEPS and child.i < m.i < head.i]
        return []

    def resolve_plural(self, token: Token) -> list[Actor]:
        """ "Erdogan and Putin met; they agreed ...": a plural pronoun stands for the actors of the
        nearest earlier coordination ("X and Y") in its window when that comes after the nearest
        single antecedent; else [] (the single-antecedent rule applies)."""
        if token.lower_ not in PLURAL_PRONOUNS:
            return []
        single = self.resolve_pronoun(token)
        pos, _, window_start = self._window(token)
        for m in reversed(self.mentions[:pos]):
            if m.start < window_start or (single is not None and m.start < single.start):
                break
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ != "conj":
                continue
            first = span.root.head
            if first.dep_ == "pobj" and first.head.lower_ not in AGENT_PREPOSITIONS:
                continue  # "fighters in Iraq and Syria said they ...": places, not a group of actors
            heads = [first, *first.conjuncts]
            group = [a for h in sorted(heads, key=lambda t: t.i) if (a := self._named_at(h)) is not None]
            if len(group) >= 2:
                return group
        return []

    def _named_at(self, token: Token) -> Actor | None:
        mention = self.mention_at(token)
        return mention.actor if mention is not None else None

    def _actor_of_head(self, token: Token) -> Actor | None:
        mention = self.mention_at(token)
        if mention is not None:
            return mention.actor
        whole = self._partitive_whole(token)
        if whole is not None:
            return whole
        if token.pos_ == "PRON":
            if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                return self._actor_of_head(token.head.head)
            resolved = self.resolve_pronoun(token)
            return resolved.actor if resolved else None
        if token.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None
        for child in sorted(token.children, key=lambda c: (not self._apposed_country(c), c.i)):
            if child.dep_ == "poss" and private_possessed(token):
                continue  # "Bolivia's commercial bank steering committee" is no organ of Bolivia (#4)
            if child.dep_ == "poss" and self._country_at(child) and self._owned_name(token):
                continue  # "Spain's Almaden": a named company or place of the country, not the country
            if child.dep_ in MODIFIER_DEPS:
                mention = self.mention_at(child) or self._compound_chain_name(child)
                if mention is not None:
                    return mention.actor
                if child.dep_ == "poss" and child.pos_ == "PRON":
                    resolved = self.resolve_pronoun(child)
                    if resolved:
                        return resolved.actor
        holder = self._holder(token)
        if holder is not None:
            return holder
        for child in token.children:  # "the army of Syria", "forces loyal to X" stop here
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (mention := self.mention_at(pobj)) is not None:
                        return mention.actor
                    if pobj.dep_ == "pobj" and token.lower_ in TRADE_FLOWS and pobj.pos_ in ("NOUN", "PROPN"):
                        # "imports of British beef": the goods' country (session 14 targets14a, #3)
                        return self._actor_of_head(pobj)
        return None

    def _partitive_whole(self, token: Token) -> Actor | None:
        """The actor of the group a part or a count is taken from: "some of the U.N. peacekeepers",
        "three of the dozens of hostages" (cues.yaml `partitive_words`, numbers; actors-targets11, #3)."""
        if not (token.lower_ in cues()["partitive_words"] or token.like_num or token.pos_ == "NUM"):
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self._actor_of_head(pobj)
        return None

    def _holder(self, token: Token) -> Actor | None:
        """Who holds a place or thing named with a possession participle: "a rebel-held area",
        "the government-controlled town" (cues.yaml `possession_participles`; actors-targets11, #3)."""
        for part in token.children:
            if part.dep_ != "amod" or part.lower_ not in cues()["possession_participles"] \
                    and part.lemma_.lower() not in cues()["possession_participles"] or part.tag_ not in ("VBN", "VBD", "JJ"):
                continue
            for holder in part.children:
                if holder.dep_ in ("npadvmod", "compound", "nmod", "amod") and holder.i < part.i \
                        and (mention := self.mention_at(holder)) is not None:
                    return mention.actor
        return None

    def _compound_chain_name(self, child: Token) -> ActorMention | None:
        """A name one word further along a compound chain: "the ISIS group bastion" (ISIS -> group
        -> bastion), "the Hamas movement headquarters" (actors-roles7)."""
        if child.dep_ != "compound":
            return None
        return next((m for g in child.children if g.dep_ == "compound" and (m := self.mention_at(g)) is not None), None)
    def _country_at(self, token: Token) -> bool:
        mention = self.mention_at(token)
        return mention is not None and mention.actor.type == "country"

    def _owned_name(self, token: Token) -> bool:
        """A proper name the actors stage did not resolve, tagged as an organisation, place or
        facility ("Spain's Almaden", "Syria's Aleppo") or of several words naming no institution:
        a country's possessive on it places or owns it; the named thing does not act as the
        country (session-8, #4)."""
        if token.pos_ != "PROPN" or self.mention_at(token) is not None or token.ent_type_ in ("PERSON", "NORP"):
            return False
        # Never when its words name an institution ("Spain's Foreign Ministry", "Turkey's Workers
        # Party"): that is the country's organ or group.
        words = [token, *(c for c in token.children if c.dep_ in ("compound", "nmod", "amod") and c.pos_ in ("PROPN", "ADJ"))]
        institutions = cues()["speaker_nouns"] | cues()["institution_nouns"]
        if any(w.lemma_.lower() in institutions or w.lower_ in institutions for w in words):
            return False
        # Tagged as an organisation, place or facility, or a multi-word proper name with no entity
        # tag ("Algeria's Entreprise Nationale des Non-ferreux et Substances Utiles").
        return token.ent_type_ in ("ORG", "GPE", "LOC", "FAC") or (not token.ent_type_ and len(words) > 1)

    def _interviewer(self, m: ActorMention) -> bool:
        """A news medium the speaker talks to ("told Reuters", "in an interview with Reuters")."""
        if m.actor.sector != "MED":
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ == "compound":  # "He told Reuters Brazil was ...": parsed as a compound
            root = root.head
        if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell":
            return True
        return (root.dep_ == "pobj" and root.head.lower_ in ("with", "to")
                and root.head.head.lemma_.lower() in ("interview", "tell", "say", "speak"))

    def _apposed_country(self, child: Token) -> bool:
        """ "Norway's North Sea neighbour Britain": an apposed country is the actor, the possessive
        only relates it, so it is read first (#4)."""
        if child.dep_ != "appos":
            return False
        mention = self.mention_at(child)
        return mention is not None and mention.actor.type == "country"

    def actors_in(self, start: int, end: int) -> list[Actor]:
        """Actors of the mentions inside a character range, in text order."""
        found: list[Actor] = []
        for m in self.mentions[bisect_left(self._starts, start):]:
            if m.start >= end:
                break
            if m.end <= end and m.actor not in found:
                found.append(m.actor)
        return found
