"""PLOVER lines among the cooperative types that the trigger's entry alone cannot draw (codebook
rules 14-16, session-10 events-codebook10, issue #4; word lists in data/codebook.yaml). Sources:
the PLOVER manual draft 0.8 and its CAMEO-to-PLOVER table (github.com/openeventdata/PLOVER,
PLOVER_MANUAL.tex and CAMEO2PLOVER-2021.txt).

14. A commitment to cooperate is AGREE: a COOPERATE or SUPPORT act governed by a word of
    commitment ("pledged to cooperate", "promised to back the plan") or coded on one ("X and Y
    committed to working together"). PLOVER AGREE: "agree to, offer, promise, or otherwise
    indicate willingness or commitment to cooperate"; the table maps CAMEO 030-032 to AGREE.
15. Non-material cooperation is SUPPORT: COOPERATE coded on cooperating "on" a policy topic
    ("cooperate on climate change") or on improving diplomatic ties, relations or cooperation
    ("expanded diplomatic ties", "improve diplomatic cooperation"). PLOVER SUPPORT: "initiate,
    resume, improve, or expand diplomatic, non-material cooperation"; COOPERATE is "mutual
    material cooperation or exchange" (economic, military, judicial, intelligence), which keeps
    "economic ties" and "security cooperation".
16. A truce the sides agree is RETREAT (mode ceasefire): "agree" or a signing verb whose subject
    names all the sides ("all sides", "the warring parties") or several coordinated actors, and
    whose verb complement carries out a ceasefire or ends the conflict ("all sides agreed to end
    the conflict", "agreed to implement a ceasefire"); so is the act so agreed. Agreeing on the
    ceasefire noun keeps the earlier line ("Israel and Hamas agreed on a ceasefire" AGREE, a
    signed ceasefire SUPPORT by rule 4): the table's 0871 would read those as RETREAT too, the
    manual's SUPPORT text ("sign ... an agreement") as SUPPORT. The table codes CAMEO 0871 "declare truce,
    ceasefire" as RETREAT; PLOVER RETREAT covers "observing a ceasefire or otherwise ending active
    conflicts". One party's declaration, promise or agreement (to a ceasefire, to withdraw, to
    disarm) stays CONCEDE: PLOVER CONCEDE "declarations (but not implementations) of ceasefires
    and withdrawals" (rules 1 and 2).
17. A ceasefire that begins, holds or takes effect is RETREAT (mode ceasefire), not an agreement:
    PLOVER RETREAT "observing a ceasefire", its mode "implement ceasefire".

Rules 14, 16 and 17 keep the CAMEO code (as rules 1, 2 and 4 do); rule 15 moves a material CAMEO
code (06) to 050 "engage in diplomatic cooperation", the CAMEO category of the PLOVER SUPPORT text.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.data_files import word_lists
from dateline.events.governors import governed_within

MAX_DEPTH = 3
# Up from an act to the word of commitment that governs it: "pledged to cooperate" (xcomp),
# "committed to working together" (pcomp under "to"), "its readiness to cooperate" (acl).
COMMIT_DEPS = frozenset({"xcomp", "pcomp", "pobj", "prep", "acl", "acomp"})
COMPLEMENT_DEPS = ("xcomp", "ccomp", "conj")
COOPERATION_LEMMAS = frozenset({"cooperate", "cooperation", "collaborate", "collaboration", "work"})
IMPROVING_LEMMAS = frozenset({"improve", "expand", "strengthen", "deepen", "boost", "enhance", "increase", "broaden"})
AGREEING_LEMMAS = frozenset({"agree", "sign", "ink", "conclude", "reach"})
ENDING_LEMMAS = frozenset({"end", "stop", "cease", "halt"})


def words() -> dict[str, frozenset[str]]:
    """The closed word lists of codebook.yaml."""
    return word_lists("codebook.yaml")


def committed(tok: Token) -> bool:
    """Rule 14: the trigger is a word of commitment, or one governs it within a few arcs."""
    return governed_within(tok, words()["commitment_words"], COMMIT_DEPS, MAX_DEPTH)


def diplomatic_cooperation(tok: Token) -> bool:
    """Rule 15: cooperation "on"/"over" a policy topic, or improving ties, relations or diplomatic
    cooperation, with no material modifier."""
    w = words()
    lemma = tok.lemma_.lower()
    if lemma in COOPERATION_LEMMAS:
        topics = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("on", "over") for g in ch.children
                  if g.dep_ == "pobj"]
        named = {t.lemma_.lower() for g in topics for t in g.subtree}
        if named & w["policy_topics"] and not named & w["material_modifiers"]:
            return True
        return lemma == "cooperation" and _diplomatic_phrase(tok)
    if lemma in IMPROVING_LEMMAS:
        return any(_diplomatic_phrase(ch) for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass"))
    return False


def _diplomatic_phrase(noun: Token) -> bool:
    """"diplomatic ties", "relations", "political cooperation"; not "economic ties" or "trade relations"."""
    w = words()
    mods = {ch.lemma_.lower() for ch in noun.children if ch.dep_ in ("amod", "compound", "nmod")}
    if mods & w["material_modifiers"]:
        return False
    if noun.lemma_.lower() in w["relation_nouns"]:
        return True
    return noun.lemma_.lower() == "cooperation" and bool(mods & w["diplomatic_modifiers"])


def agreed_truce(tok: Token, sources: int = 0) -> bool:
    """Rule 16: the sides agree (or sign) to carry out a ceasefire or to end their conflict: the
    act is the verb complement ("agree to implement a ceasefire", "agree to end the war").
    ``sources`` is the number of the event's source actors (two or more are sides of it). An
    agreement on the ceasefire noun ("agreed on a ceasefire", "signed a ceasefire") keeps the
    earlier line (AGREE, SUPPORT by rule 4)."""
    w = words()
    if tok.lemma_.lower() not in AGREEING_LEMMAS or not (sources >= 2 or _mutual_subject(tok)):
        return False
    frontier = [ch for ch in tok.children if ch.dep_ in COMPLEMENT_DEPS and ch.pos_ in ("VERB", "AUX")]
    for _ in range(MAX_DEPTH):
        for t in frontier:
            objects = [ch for ch in t.children if ch.dep_ in ("dobj", "nsubjpass")]
            if any(o.lemma_.lower() in w["truce_nouns"] or o.lower_ in w["truce_nouns"] for o in objects):
                return True
            if t.lemma_.lower() in ENDING_LEMMAS and any(o.lemma_.lower() in w["conflict_nouns"] for o in objects):
                return True
        frontier = [ch for t in frontier for ch in t.children if ch.dep_ in COMPLEMENT_DEPS and ch.pos_ in ("VERB", "AUX")]
    return False


def _mutual_subject(tok: Token) -> bool:
    """The subject names all the sides ("all sides", "the warring parties", plural) or several
    coordinated actors ("Sudan and South Sudan")."""
    subjects = [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")]
    for s in subjects:
        if any(ch.dep_ in ("conj", "appos", "npadvmod") and ch.pos_ == "PROPN" for ch in s.children):
            return True  # "Peru and Chile", a headline's "Peru, Chile, Sign ..."
        if s.lemma_.lower() in words()["mutual_subjects"] and s.tag_ in ("NNS", "NNPS"):
            return True
    return False


def truce_begun(tok: Token) -> bool:
    """Rule 17: the trigger, a ceasefire or truce noun, is the subject of a verb of its onset or
    observance ("the ceasefire began", "the truce held")."""
    w = words()
    return (tok.lemma_.lower() in w["truce_nouns"] or tok.lower_ in w["truce_nouns"]) and tok.dep_ == "nsubj" \
        and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in w["truce_onset_verbs"]


def within_agreed_truce(tok: Token, sources: int = 0) -> bool:
    """Rule 16 for the agreed act itself: a retreat ("observe a truce", "end the war") that the
    sides' agreement governs stays RETREAT instead of rule 2's declared CONCEDE."""
    node = tok
    for _ in range(MAX_DEPTH):
        if node.dep_ not in ("xcomp", "dobj", "pobj", "prep", "conj") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in AGREEING_LEMMAS:
            return agreed_truce(node, sources)
    return False
