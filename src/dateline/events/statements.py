"""Statements without an event: a resolved actor who says, comments or expresses something.

CAMEO codes saying as roots 01-02 ("make statement", "make pessimistic comment", "express
sympathy", "decline comment"); PLOVER has no statement type, so the events stage emits no event for
them and the output contract is unchanged. The evaluator (``dateline eval events``) uses
``states_something`` to code a text with no event as a statement (CAMEO 010) in both CAMEO-scored
formats (cameo_class and PETR), as it already does for attributions with a resolved speaker.

A statement cue is a verb of cues.yaml ``statement_verbs`` ("expressed concern", "commented on",
"declined to comment", "reiterated its position") whose subject, or the subject of the verb that
governs it ("X declined to comment"), is a resolved actor mention or, where the actors stage
resolved none, a named organisation or person or an institution noun ("the agency said it is
skeptical", ``_speaker_like``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dateline.events.data_files import cues
from dateline.model import ActorMention

SPEAKER_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def statement_cues(doc: Doc, mentions: Sequence[ActorMention]) -> list[Token]:
    """The statement verbs of ``doc`` whose subject is one of the actor ``mentions``."""
    verbs = cues()["statement_verbs"]
    return [tok for tok in doc
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs and _actor_subject(tok, mentions)]


def states_something(doc: Doc, mentions: Sequence[ActorMention]) -> bool:
    return bool(statement_cues(doc, mentions))


def statement_speakers(doc: Doc, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The actor mentions that are the subject of a statement cue ("Turkey expressed concern", "The
    White House declined to comment"), in text order: who makes the statement a scorer codes for a
    text with no event (the cameo_ner adapter, ``evaluate.actors``; actors-targets11, #3)."""
    found: list[ActorMention] = []
    for verb in statement_cues(doc, mentions):
        subjects = _subjects(verb)
        found += [m for t in subjects for m in mentions
                  if m.start < t.idx + len(t.text) and t.idx < m.end and m not in found]
    return sorted(found, key=lambda m: m.start)


def _subjects(verb: Token) -> list[Token]:
    """The subjects (with their conjuncts) of a statement verb, or of the verb that governs it when
    it has none ("X declined to comment")."""
    token = verb
    for _ in range(2):  # the verb itself, then its governor
        subjects = [t for ch in token.children if ch.dep_ == "nsubj" for t in (ch, *ch.conjuncts)]
        if subjects or token.dep_ != "xcomp":
            return subjects
        token = token.head
    return []


def _actor_subject(verb: Token, mentions: Sequence[ActorMention]) -> bool:
    return any(_in_mention(t, mentions) or _speaker_like(t) for t in _subjects(verb))


def _speaker_like(token: Token) -> bool:
    """A subject the actors stage did not resolve but that names a speaker all the same (issue #4,
    events-cameo4): a named organisation, person or group ("The GAO said", "IMA said"), or an
    institution or office-holder noun of cues.yaml ``speaker_nouns`` ("the agency", "the governor's
    office", "Jewish leaders")."""
    if token.pos_ == "PROPN" and token.ent_type_ in SPEAKER_ENTITIES:
        return True
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in cues()["speaker_nouns"]


def _in_mention(token: Token, mentions: Sequence[ActorMention]) -> bool:
    """The subject's head word is inside a mention ("Turkey", "the Turkish foreign ministry"), not
    merely a word of its modifiers ("the report on Turkey")."""
    lo, hi = token.idx, token.idx + len(token.text)
    return any(m.start < hi and lo < m.end for m in mentions)
