"""Factuality of an event from its trigger's grammar: negation, modality, governing predicates.

Precedence when several cues apply: negated > hypothetical > planned > reported > asserted.
``reported`` comes from attribution (extract.py); ``attributed_to`` is set whenever the event is
inside reported speech, whatever the final value ("would visit", reported -> planned + speaker).
"No confirmation of X's visit" does not negate the visit: it is left as it is, with a note.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.events.claims import wished_of
from dateline.events.data_files import cues

# Arcs climbed from the trigger to the predicates that govern its modality.
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "dobj", "pobj", "prep", "pcomp", "acomp", "oprd", "attr", "nsubjpass", "acl"})
RANK = {"negated": 4, "hypothetical": 3, "planned": 2}
MAX_CLIMB = 6


@dataclass
class Modality:
    value: str | None = None  # negated | hypothetical | planned | None (asserted)
    notes: list[str] = field(default_factory=list)
    alleged_by: Token | None = None  # the accusing predicate ("accused X of bombing"): reported

    def add(self, value: str) -> None:
        if self.value is None or RANK[value] > RANK[self.value]:
            self.value = value


def modality(trigger: Token) -> Modality:
    c = cues()
    result = Modality()
    _own_markers(trigger, result, c, is_trigger=True)
    _negated_subject(trigger, result, c)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "compound" and trigger.head.lemma_.lower() in c["proposal_nouns"]:
        result.add("planned")  # "Peru silver talks proposal": the talks are proposed, not held (session-9)
    token, came_by = trigger, None
    scheduled = False  # passed a participation verb: a governor's appeal makes it planned
    for _ in range(MAX_CLIMB):
        dep = token.dep_
        head = token.head
        if dep == "ccomp" and head.lemma_.lower() in c["negating_governors"]:
            result.add("negated")  # "X denied that it attacked Y"
            break
        if dep in ("ccomp", "acl") and head.pos_ == "NOUN" and any(
                ch.dep_ == "det" and ch.lower_ == "no" for ch in head.children):
            result.add("hypothetical")  # "no indications that they would push for ...": not in evidence
            break
        if dep == "ccomp" and head.lemma_.lower() in c["directive_governors"]:
            result.add("hypothetical")  # "to allow Erdogan to meet Putin": permitted, not done
            break
        if dep in ("ccomp", "xcomp") and wished_of(token) is not None:
            result.add("hypothetical")  # "wants Putin to attack X": wished of another, not done (claims.py)
            break
        if head.i == token.i or dep not in CLIMB_DEPS:
            break
        if dep == "conj" and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in token.children):
            break  # a coordinated clause with its own subject has its own modality
        if dep == "acl" and token.tag_ == "VBN" and token.i == trigger.i:
            break  # "to remember the 18 people killed": a past participle on a noun states a done fact
        if dep == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in c["hypothetical_marks"] for ch in token.children):
            result.add("hypothetical")
        if dep == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in c["infinitive_marks"] for ch in token.children) \
                and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in token.children):
            result.add("hypothetical")  # "called for Russia to withdraw": asked for, not done (events-cameo5)
        if dep == "advcl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in token.children) and not any(
                ch.dep_ in ("nsubj", "nsubjpass") for ch in token.children):
            result.add("hypothetical")  # a purpose: "met in Brussels to discuss ...", "held to allow X to meet"
        came_by, token = dep, head
        if token.pos_ in ("NOUN", "PROPN"):
            if token.lemma_.lower() in c["proposal_nouns"] and came_by in ("prep", "acl"):
                result.add("planned")  # "a proposal for talks", "an offer to hold talks" (session-9)
            if token.lemma_.lower() in c["unconfirmed_heads"] and any(ch.lower_ == "no" for ch in token.children):
                result.notes.append(f"unconfirmed: '{token.text}' governed by 'no'")
            continue
        lemma = token.lemma_.lower()
        if lemma in c["allegation_governors"] and came_by in ("dobj", "pcomp", "pobj", "prep", "xcomp"):
            if token.i != trigger.i and result.alleged_by is None:
                result.alleged_by = token
        if came_by in ("xcomp", "dobj", "pcomp", "acomp", "oprd"):
            if lemma in c["negating_governors"]:
                result.add("negated")
            elif lemma in c["hypothetical_governors"]:
                result.add("planned" if scheduled else "hypothetical")
            elif lemma in c["planned_governors"]:
                result.add("planned")
            if came_by == "dobj" and lemma in c["participation_verbs"]:
                scheduled = True
        _own_markers(token, result, c, is_trigger=False)
        if came_by in ("dobj", "xcomp"):
            _negated_subject(token, result, c)  # "None of the ministers attended the talks"
    if _headline_infinitive(token):
        result.add("planned")  # "Rubber producers to meet in Singapore": headlinese for a coming act
    return result


def _headline_infinitive(token: Token) -> bool:
    """A clause whose top verb is a bare "to" infinitive with no governor (headlinese: "X to meet
    Y", "X to hold talks"): the act is announced, not done (session-10)."""
    return token.dep_ == "ROOT" and token.tag_ == "VB" and any(
        ch.dep_ == "aux" and ch.lower_ == "to" for ch in token.children)


def _own_markers(token: Token, result: Modality, c: dict[str, frozenset[str]], is_trigger: bool) -> None:
    if is_trigger and token.pos_ in ("NOUN", "PROPN") and _no_before_noun_run(token):
        result.add("negated")  # "said no emergency OPEC meeting was planned", parsed "no emergency" apart
    for ch in token.children:
        low = ch.lower_
        if ch.dep_ == "neg" or (is_trigger and ch.dep_ in ("det", "nummod") and low == "no"):
            result.add("negated")  # "nummod": the parse of "virtually no phone calls" (#4)
        elif is_trigger and ch.dep_ == "dobj" and low == "nothing":
            result.add("negated")  # "they discussed nothing involving the market" (#4)
        elif ch.dep_ == "advmod" and low in c["cessation_adverbs"] and any(
                g.dep_ == "neg" or g.lower_ == "no" for g in ch.children):
            result.add("negated")  # "no longer supplies", "no more sends": the act has stopped
        elif is_trigger and ch.dep_ == "det" and low in ("any", "possible"):
            result.add("hypothetical")  # "any negotiations would ...": none has happened
        elif ch.dep_ in ("aux", "auxpass"):
            if low in c["planned_aux"]:
                result.add("planned")
            elif low in c["hypothetical_aux"]:
                result.add("hypothetical")
        elif ch.dep_ == "mark" and low in c["hypothetical_marks"]:
            result.add("hypothetical")
    # "is due to", "is set to", "is expected to": the trigger is the xcomp of the governor, handled
    # by the climb; "plans to" likewise.


def _no_before_noun_run(token: Token) -> bool:
    """A determiner "no" directly before the words that lead up to a noun trigger ("no emergency
    OPEC meeting"): the parser sometimes attaches it to the first of those words, which it makes a
    sibling of the trigger, so the trigger's own children do not show it (session 8, #4)."""
    j = token.i - 1
    while j > token.sent.start and token.doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
        j -= 1
    return j < token.i - 1 and token.doc[j].lower_ == "no" and token.doc[j].dep_ == "det"


def _negated_subject(verb: Token, result: Modality, c: dict[str, frozenset[str]]) -> None:
    """A quantifier-negated subject negates the act: "None of the ministers attended", "No country
    sent troops", "Neither side attacked"; the event did not happen for anyone named."""
    for ch in verb.children:
        if ch.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if ch.lower_ in c["negating_subjects"] or any(
                g.dep_ in ("det", "neg") and g.lower_ in c["negating_subject_dets"] for g in ch.children):
            result.add("negated")
