"""Tense of the clause a time expression sits in, read cheaply from the parse.

Only the direction matters: -1 past (the most recent such day), +1 future (the coming one),
0 unknown. News narrates in the past, so callers treat 0 as past unless they know better.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from dateline.temporal.lexicon import load_lexicon

# Verbs whose infinitive complement is planned, not done, and participles that schedule (lexicon.yaml).
PLANNING_HEADS = load_lexicon().future_governors
SCHEDULING_PARTICIPLES = load_lexicon().scheduling_participles

# Active verbs of planning: what they govern lies ahead ("scheduled a news conference Thursday").
SCHEDULING_VERBS = load_lexicon().planning_verbs
# Verbs whose past is spelt as the present ("hurt", "cut"): a VBP reading with a singular subject is past.
INVARIANT_PAST = load_lexicon().invariant_past_verbs
# A "verb" in a noun's slot is a mis-tagged noun ("fired tear gas and bean bag rounds/VBZ on Friday").
_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos", "compound"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
MAX_HOPS = 4


class TenseReader:
    """Maps a character span to the tense of its governing verb; built once per Doc."""

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc if doc is not None and doc.has_annotation("DEP") else None
        self.starts = [t.idx for t in doc] if self.doc is not None else []

    def token_at(self, char: int) -> Token | None:
        if self.doc is None or not self.starts:
            return None
        i = bisect_right(self.starts, char) - 1
        return self.doc[max(i, 0)]

    def governing_verb(self, start: int, end: int) -> Token | None:
        token = self.token_at(start)
        if token is None:
            return None
        # climb out of the expression itself, then to the nearest verb
        for _ in range(MAX_HOPS + 4):
            if token.pos_ in ("VERB", "AUX") and not (start <= token.idx < end) and token.dep_ not in _NOMINAL_DEPS:
                return token
            if token.head.i == token.i:
                return token if token.pos_ in ("VERB", "AUX") else None
            token = token.head
        return None

    def direction(self, start: int, end: int) -> int:
        """-1 past, +1 explicit future, 0 present or unknown."""
        return {"past": -1, "future": 1}.get(self.tense(start, end) or "", 0)

    def past_perfect(self, start: int, end: int) -> bool:
        """The span's governing verb is in the past perfect ("Until Thursday, they had not called")."""
        verb = self.governing_verb(start, end)
        return verb is not None and _past_perfect(verb)

    def tense(self, start: int, end: int) -> str | None:
        """past / future / present / None (no parse or no governing verb) for the span's clause."""
        verb = self.governing_verb(start, end)
        return verb_tense(verb) if verb is not None else None



def verb_tense(verb: Token) -> str | None:
    """past / future / present / None for the clause of ``verb``, climbing out of participles.

    A verb of planning with an object ("has scheduled a news conference Thursday", "planned a
    rally on Saturday") puts its date ahead whatever its own tense, as does "be to" ("is to resume
    trading Tuesday"). A conjunct verb without auxiliaries takes the first conjunct's tense.
    """
    for _ in range(4):
        children = list(verb.children)
        auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
        if verb.lemma_.lower() in SCHEDULING_VERBS and any(c.dep_ == "dobj" for c in children):
            return "future"
        if any(c.lower_ in FUTURE_AUX for c in auxes) or any(c.lower_ == "going" for c in auxes):
            return "future"
        if (
            verb.tag_ == "VBN" and verb.lemma_.lower() in SCHEDULING_PARTICIPLES
            and any(c.dep_ == "auxpass" for c in auxes) and not _past_perfect(verb)
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
        ):
            return "future"  # "the accession was planned for early March": the date set is ahead
        if any("Past" in c.morph.get("Tense") for c in auxes):
            return "past"
        if any(c.lemma_ == "have" for c in auxes) and verb.tag_ == "VBN":
            return "past"  # present perfect reports the past
        if verb.tag_ in ("VBD",):
            return "past"
        passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in auxes)
        if (verb.tag_ == "VB" or passive) and any(c.lower_ == "to" for c in auxes):
            head = verb.head
            if head.i == verb.i:
                return None
            if head.lemma_.lower() in PLANNING_HEADS or head.lower_ in PLANNING_HEADS:
                # "had been due to expire Friday": a plan told in the past perfect is over
                return "past" if _past_perfect(head) else "future"
            if head.pos_ in ("NOUN", "PROPN"):
                return "future"  # "an agreement to acquire it in January": not yet done
            if head.lemma_ == "be" and verb.dep_ == "xcomp":
                return "future"  # "is to resume trading Tuesday": arranged, not done
            verb = head
            continue
        if verb.tag_ == "VBN" and not auxes:
            if verb.lemma_.lower() in SCHEDULING_PARTICIPLES and (
                verb.lemma_.lower() != "set" or any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
            ):
                return "future"  # "a summit set for April", "talks scheduled for Monday"; not "a record set on May 6"
            return "past"  # "the decision, announced Wednesday": a reduced passive reports the past
        if verb.tag_ == "VBG" and not auxes:
            if verb.head.i == verb.i:
                return None
            verb = verb.head  # participial modifier: the tense is its head's
            if verb.pos_ == "ADP" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head  # "would leave ..., with the third departing each Thursday": the clause's verb
            continue
        if verb.dep_ == "conj" and not auxes and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "fired ... and rounds (mis-tagged VBZ) ...": a conjunct shares the first verb's tense
            continue
        if verb.tag_ == "VBP" and not auxes and verb.lower_ in INVARIANT_PAST and _singular_subject(verb):
            return "past"  # "Weakness hurt the index on Friday": a verb with one form for both tenses
        if verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" or any("Pres" in c.morph.get("Tense") for c in auxes):
            return "present"
        if verb.tag_ == "VB" and auxes:  # modal other than will/would: "could meet Friday"
            return "future" if any(c.lower_ in ("may", "might", "could", "should", "must", "can") for c in auxes) else None
        return None
    return None


def _past_perfect(token: Token) -> bool:
    """"had scheduled", "had been due": the token or the copula it hangs on has the auxiliary "had"."""
    for t in (token, token.head):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in t.children):
            return True
    return False


def _singular_subject(verb: Token) -> bool:
    """The verb's subject is a singular noun ("Weakness", "the company"), not a pronoun or a
    coordination: with it a present tense would be tagged VBZ, so a VBP reading of a verb whose
    past and present look alike (lexicon.yaml ``invariant_past_verbs``) is its past."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c.tag_ in ("NN", "NNP") and not any(g.dep_ == "conj" for g in c.children)
    return False
