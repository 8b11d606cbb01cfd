"""The event lexicon: predicate patterns (data/lexicon.yaml) matched against parsed tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from dateline.events.codes import goldstein_table
from dateline.events.data_files import cues, read_yaml
from dateline.events.object_readers import (
    MONEY_OBJECT,
    PERSON_OBJECT,
    money_amount,
    mistagged_noun,
    person_object,
    predicate_adjective,
    predicate_subjects,
    resultative_of,
    shifted_objects,
    verb_tagged_noun,
)
from dateline.model import PLOVER_TYPES

# Where a target is read when an entry does not say (only resolved actors count, so these are
# permissive): a verb's direct/indirect object or a contrastive preposition; a noun's "on/against".
DEFAULT_VERB_TARGETS = ("dobj", "dative", "prep:against", "prep:with", "prep:toward", "prep:towards")
DEFAULT_NOUN_TARGETS = ("prep:on", "prep:against", "prep:with")


@dataclass(frozen=True)
class Pattern:
    lemma: str
    pos: str  # verb | noun
    cameo: str
    plover: str
    mode: str | None = None
    prep: str | None = None
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    targets: tuple[str, ...] = ()
    needs: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    weak: bool = False
    symmetric: bool = False
    reverse: bool = False  # the subject receives: source from "from", target = subject ("received aid from X")
    # the intransitive subject undergoes the act, as the object would ("Hostilities Stop": hostilities
    # stopped), for the entries that say so (session-11 events-ngec11)
    ergative: bool = False

    @property
    def specificity(self) -> int:
        return int(self.prep is not None) + int(bool(self.objects)) + int(bool(self.modifiers)) + len(self.needs)


@dataclass(frozen=True)
class Match:
    trigger: Token
    pattern: Pattern
    object_token: Token | None  # the object/modifier the pattern required, consumed by it


class Lexicon:
    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        index: dict[tuple[str, str], list[Pattern]] = {}
        for p in patterns:
            index.setdefault((p.pos, p.lemma), []).append(p)
        # Most specific first, so "sign agreement" beats a bare "sign" and "call for" beats "call".
        # The words the pattern asks for (preposition, object, modifier) outrank the actor types it
        # needs: "called on Putin to end the war" is an appeal (call on), not a phone call between
        # two persons (events-plover5); the actor types break ties.
        self.index = {k: sorted(v, key=lambda p: (-(p.specificity - len(p.needs)), -len(p.needs)))
                      for k, v in index.items()}

    def candidates(self, token: Token) -> list[Pattern]:
        pos = "verb" if token.pos_ in ("VERB", "AUX") or verb_tagged_noun(token) else \
            "noun" if token.pos_ in ("NOUN", "PROPN") else None
        if pos is None:
            return []
        for lemma in candidate_lemmas(token):
            found = self.index.get((pos, lemma))
            if found:
                return found + self._resultative(token, pos)
        return self._resultative(token, pos)

    def _resultative(self, token: Token, pos: str) -> list[Pattern]:
        """ "set the hostages free", "let the detainees go free": the verb with a resultative
        adjective that is a lexicon verb of its own (cues.yaml `resultative_verbs`,
        `resultative_adjectives`) is that verb, with its entries and their object and actor
        constraints (session-12 events-recall12b)."""
        if pos != "verb" or token.lemma_.lower() not in cues()["resultative_verbs"]:
            return []
        return [p for adj in sorted(cues()["resultative_adjectives"])
                if predicate_adjective(token, adj) is not None for p in self.index.get(("verb", adj), [])]

    def match(self, token: Token) -> list[Match]:
        """Every pattern whose grammatical constraints the token meets, most specific first."""
        if resultative_of(token) is not None:
            return []  # "let free the activist": the act is read on "let" (_resultative)
        found = []
        for p in self.candidates(token):
            ok, consumed = _constraints_met(p, token)
            if ok:
                found.append(Match(token, p, consumed))
        return found


# Particles the parser sometimes attaches as adverbs ("stepped down", "backed down").
PARTICLES = frozenset({"down", "up", "out", "off", "back", "over", "in", "away"})


# Prefixes the tokenizer splits off at a hyphen ("re-examine", "re-impose"; events-cameo5).
HYPHEN_PREFIXES = frozenset({"re", "co"})


# Irregular past forms the small model leaves as their own lemma ("overran": events-recall12c).
IRREGULAR_PAST = {"overran": "overrun"}


def candidate_lemmas(token: Token) -> list[str]:
    """The tagger's lemma, then the word itself and its regular stems: the small model sometimes
    lemmatises a rarer verb wrongly ("staged" -> "stag")."""
    lemma, text = token.lemma_.lower(), token.text.lower()
    out = [lemma, text, *([IRREGULAR_PAST[text]] if text in IRREGULAR_PAST else [])]
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ in HYPHEN_PREFIXES:
        # the tokenizer splits "re-examine" into "re", "-", "examine": the prefixed verb first
        out = [f"{token.nbor(-2).lower_}-{lemma}", f"{token.nbor(-2).lower_}{lemma}", *out]
    if text.endswith("ed"):
        out += [text[:-1], text[:-2], text[:-3] if len(text) > 4 and text[-3] == text[-4] else text[:-2]]
    elif text.endswith("ing"):
        out += [text[:-3], text[:-3] + "e"]
    elif text.endswith("s"):
        out += [text[:-1], text[:-2] if text.endswith("es") else text[:-1]]
    return list(dict.fromkeys(out))


# object: ["*"] in the lexicon: any noun object ("returned the seized tankers"), after the entries
# that list their objects (same specificity, earlier in the file wins).
ANY_OBJECT = "*"


def _particle(c: Token, prep: str) -> bool:
    if c.lemma_.lower() != prep or _temporal(c):
        return False
    if c.i < c.head.i and c.dep_ == "prep" and c.i == c.sent.start:
        # "On Nov. 2, X called Y": a phrase opening the sentence is an adjunct, never the verb's
        # particle ("called on Y"; events-recall13)
        return False
    return c.dep_ in ("prep", "prt", "agent", "dative") or (c.dep_ == "advmod" and prep in PARTICLES)


def _constraints_met(p: Pattern, token: Token) -> tuple[bool, Token | None]:
    consumed = None
    if p.prep is not None:
        if not any(_particle(c, p.prep) or _marked_clause(c, p.prep) for c in token.children):
            return False, None
    if p.objects:
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        objs += shifted_objects(token)  # "returned to Brazil 21 frogs" (session-12)
        if p.lemma != token.lemma_.lower() and predicate_adjective(token, p.lemma) is not None:
            objs += predicate_subjects(token, p.lemma)  # "let the detainees free" (session-12)
        if p.pos == "noun":  # a noun's object is its "of" complement: "a suspension of aid" (session-12)
            objs += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
        if p.prep is not None:  # "carry out attacks": the object may hang off the particle;
            # "went on strike", "took to the streets": or be the object of the required preposition.
            objs += [g for c in token.children if c.dep_ == "prt" for g in c.children]
            objs += [g for c in token.children if c.dep_ == "prep" and c.lemma_.lower() == p.prep
                     for g in c.children if g.dep_ == "pobj"]
        if token.dep_ == "amod" and token.tag_ == "VBG" and token.head.i > token.i and token.head.lemma_.lower() in p.objects:
            # a headline parse: "Raises Potential of Suspending Talks", the gerund made the noun's
            # modifier; only for the entry's own listed objects, never "*" (session-9 events-ngec9)
            objs.append(token.head)
        if (token.dep_ == "acl" and token.tag_ == "VBN" and fragment_head(token.head)
                and (p.objects & set(candidate_lemmas(token.head)) or token.head.lemma_.lower() in cues()["container_nouns"])):
            # a headline fragment: a participle on its noun is a passive, "Concessions Made By
            # Morocco" (session-9; in running text the noun's own clause codes it); also after a
            # headline's kicker, "Lima: Two Newspapers Banned" (session-10)
            objs.append(token.head)
        objs += _ergative_subjects(p, token)
        objs += [g for o in list(objs) for g in o.conjuncts]
        # "released journalist Mahmoud Hussein": a name's title noun says what it is (events-cameo5)
        objs += [g for o in list(objs) if o.pos_ == "PROPN" for g in o.children if g.dep_ == "compound" and g.pos_ == "NOUN"]
        objs += _contained(objs)  # "declared a state of siege", "held a new round of talks"
        # candidate_lemmas: the tagger leaves some plural proper nouns unlemmatised ("released 19
        # Christians": lemma "Christians"), so the object's regular stems count too (events-cameo5).
        hit = [o for o in objs if o.lemma_.lower() in p.objects
               or (o.tag_ in ("NNPS", "NNS") and any(lem in p.objects for lem in candidate_lemmas(o)))
               or (ANY_OBJECT in p.objects and (o.pos_ in ("NOUN", "PROPN") or mistagged_noun(o)))
               or (PERSON_OBJECT in p.objects and person_object(o))
               or (MONEY_OBJECT in p.objects and money_amount(o))]
        if not hit:
            return False, None
        consumed = hit[0]
    if p.modifiers:
        mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in p.modifiers]
        if not mods:
            return False, None
        consumed = mods[0]
    return True, consumed


def _ergative_subjects(p: Pattern, token: Token) -> list[Token]:
    """An ergative entry's verb used without an object: its subject is what stops ("Hostilities
    Temporarily Stop", "the hostilities ended"), the object of the transitive use ("stopped the
    hostilities"). A subject that is an event word of its own ("the attacks stopped") is left to that
    word's event (codebook rule 10), so no noun event is consumed here (session-11 events-ngec11)."""
    if not p.ergative or token.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return []
    return [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
            and not any(("noun", lem) in load_lexicon().index for lem in candidate_lemmas(c))]


def fragment_head(noun: Token) -> bool:
    """The noun heads a headline fragment: the ROOT, or the noun set beside a kicker before a colon
    ("Lima: Two Newspapers Banned for ...", the parser makes it the kicker's apposition), or the noun
    such a head counts ("Dozens of Captives Freed"; session-10)."""
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.i
            and noun.head.head.lemma_.lower() in cues()["container_nouns"]):
        noun = noun.head.head
    if noun.dep_ == "ROOT":
        return True
    kicker = noun.head
    return (noun.dep_ in ("appos", "dep") and kicker.dep_ == "ROOT" and kicker.i < noun.i
            and any(t.text == ":" for t in noun.doc[kicker.i:noun.i]))


def _marked_clause(c: Token, prep: str) -> bool:
    """"called for Russia to withdraw", "pushed for the law to be revised": the parser makes the
    preposition the mark of an infinitive clause with its own subject (events-cameo5)."""
    return c.dep_ in ("advcl", "ccomp", "xcomp") and any(
        g.dep_ == "mark" and g.lower_ == prep for g in c.children) and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def _contained(objs: list[Token]) -> list[Token]:
    """The noun after "of" of an object that only counts or frames it ("a round of talks"), and the
    noun compounded on a noun of trying, which names the act tried ("ended mediation efforts":
    cues.yaml `attempt_nouns`; not the things of `effort_nouns` such as "an aid programme", which
    are what is delivered; session-12 events-recall12b), and the measure compounded on a noun of
    its rules or hours ("eased curfew hours", "lifted the emergency law": `measure_heads`)."""
    c = cues()
    containers, efforts, heads = c["container_nouns"], c["attempt_nouns"], c["measure_heads"]
    return [g for o in objs if o.lemma_.lower() in containers for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"] + [
        g for o in objs if o.lemma_.lower() in efforts for g in o.children if g.dep_ == "compound" and g.pos_ == "NOUN"] + [
        # "eased curfew hours", "lifted the emergency law": the measure compounded on its rules
        g for o in objs if o.lemma_.lower() in heads for g in o.children
        if g.dep_ == "compound" and g.pos_ == "NOUN" and g.lemma_.lower() not in containers]


def _temporal(prep: Token) -> bool:
    """'called on Tuesday': a preposition whose object is a date is not the pattern's particle."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _pattern(entry: dict, pos: str) -> Pattern:
    plover = entry["plover"]
    cameo = str(entry["cameo"])
    if plover not in PLOVER_TYPES:
        raise ValueError(f"lexicon entry {entry!r}: unknown PLOVER type {plover!r}")
    if cameo not in goldstein_table():
        raise ValueError(f"lexicon entry {entry!r}: CAMEO code {cameo!r} missing from cameo.tsv")
    if "prep" in entry and not isinstance(entry["prep"], str):
        # YAML 1.1 reads a bare on/off as a boolean: the file must quote them ("on").
        raise ValueError(f"lexicon entry {entry!r}: quote the preposition (prep: \"on\")")
    default_targets = DEFAULT_VERB_TARGETS if pos == "verb" else DEFAULT_NOUN_TARGETS
    return Pattern(
        lemma=str(entry["lemma"]).lower(),
        pos=pos,
        cameo=cameo,
        plover=plover,
        mode=entry.get("mode"),
        prep=entry.get("prep"),
        objects=frozenset(str(x).lower() for x in entry.get("object", ())),
        modifiers=frozenset(str(x).lower() for x in entry.get("modifier", ())),
        targets=tuple(entry.get("target", default_targets)),
        needs=dict(entry.get("needs", {})),
        weak=bool(entry.get("weak", False)),
        symmetric=bool(entry.get("symmetric", False)),
        reverse=bool(entry.get("reverse", False)),
        ergative=bool(entry.get("ergative", False)),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = read_yaml("lexicon.yaml")
    patterns = [_pattern(e, "verb") for e in data.get("verbs", [])]
    patterns += [_pattern(e, "noun") for e in data.get("nouns", [])]
    return Lexicon(patterns)
