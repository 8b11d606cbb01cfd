"""Appeals for punitive measures against a named party (issue #4, events-cameo5).

"X called for sanctions against Y", "X urged tougher sanctions on Y", "X called on Z to impose an
embargo on Y": the appeal (CAMEO 02, a cooperative request) is hostile to Y. CAMEO's appeal codes
(020-028) are all requests for cooperation, aid, reform or talks; asking that a party be punished
is an expression of disapproval of that party, so it is coded CAMEO 110 (disapprove) with Y as the
target (QuadClass verbal conflict). The PLOVER type stays REQUEST (PLOVER codes the speech act).

Entry point ``punitive_appeals(events, doc)``, called by the events stage after the CAMEO
re-codings of stance.py. Measures are the cue list ``policy_measures`` (sanctions, embargo, ban,
tariff, boycott, ...): a punitive measure only counts when it is aimed at someone ("against",
"on"), so "called for an end to the embargo" or "called for a ban on smoking" (no actor) stay
appeals.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dateline.events.codes import cameo_code
from dateline.events.data_files import cues
from dateline.model import Actor, Event

DISAPPROVE = "110"
AIM_PREPS = ("against", "on", "upon")
# Verbs through which an appeal names the measure it asks for: "called on X to impose sanctions".
IMPOSING_VERBS = frozenset({"impose", "slap", "adopt", "introduce", "tighten", "toughen", "expand", "enact"})


ActorsOf = Callable[[Token], list[Actor]]


def punitive_appeals(events: list[Event], doc: Doc, actors_of: ActorsOf) -> None:
    """Re-code appeals (CAMEO 02x) for a punitive measure aimed at a resolved actor as CAMEO 110;
    ``actors_of(token)`` gives the resolved actors of a token (the events stage's ActorIndex)."""
    for e in events:
        if e.trigger_token is None or not e.cameo.code.startswith("02"):
            continue
        aimed = _measure_targets(doc[e.trigger_token], actors_of)
        aimed = list({a.name: a for a in aimed if a not in e.source}.values())
        if not aimed:
            continue
        e.cameo = cameo_code(DISAPPROVE)
        e.target = aimed
        e.notes.append(f"appeal for punitive measures against {aimed[0].name} coded as CAMEO {DISAPPROVE}")


def _measure_targets(trigger: Token, actors_of: ActorsOf) -> list[Actor]:
    measures = cues()["policy_measures"]
    found: list[Actor] = []
    for noun in _requested_nouns(trigger):
        if noun.lemma_.lower() not in measures:
            continue
        holders = [noun, noun.head] if noun.dep_ == "dobj" and noun.head.lemma_.lower() in IMPOSING_VERBS else [noun]
        # "impose sanctions on Iran": the parser hangs the aim on the imposing verb or on the noun
        for prep in (c for h in holders for c in h.children):
            if prep.dep_ == "prep" and prep.lower_ in AIM_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        for t in (obj, *obj.conjuncts):
                            found += actors_of(t)
    return found


def _requested_nouns(trigger: Token) -> list[Token]:
    """What the appeal asks for: the object of its "for" ("called for sanctions"), its direct
    object ("urged sanctions"), or the object of an imposing verb in its clause ("called on X to
    impose sanctions"), with their conjuncts."""
    nouns: list[Token] = []
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            nouns += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "dobj":
            nouns.append(c)
        elif c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in IMPOSING_VERBS:
            nouns += [g for g in c.children if g.dep_ == "dobj"]
    for p in [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]:
        for obj in p.children:  # "called on the UN to impose sanctions": xcomp hangs on the pobj or verb
            nouns += [g for v in obj.children if v.dep_ in ("xcomp", "acl", "relcl") and v.lemma_.lower() in IMPOSING_VERBS
                      for g in v.children if g.dep_ == "dobj"]
    return [t for n in nouns for t in (n, *n.conjuncts)]
