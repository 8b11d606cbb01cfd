"""Targets read through a governing event (session 14, #3).

"Ankara refuses to lift the ban on Cypriot ships", "Russia agreed to lift its ban on US poultry",
"the US is willing to provide aid to Turkey", "Islamic State claimed responsibility for the bombings
in Sri Lanka", "Trump accepted an invitation to meet with Kim": the governing verb is an event of its
own (a refusal, an intent, a claim of responsibility, an acceptance) whose trigger names no target;
the act it governs, an event in its complement, names whom it concerns. A coder codes the governing
act against that party (TUR 120 CYP, not TUR 120 with no target), so a target-less governing event
takes the targets of the event it governs when both have the same source (or the governed one has
none). When the governed event repeats the governing one (same CAMEO code and PLOVER type:
"refuses" and "lift the ban", both REJECT 120, stance.py and codebook rule 13) it is one fact told
twice and only the governing event stays; a refused act that keeps its own PLOVER type ("refused to
withdraw": RETREAT, negated, as stance.py leaves PLOVER types) stays beside the refusal.

Governed means the governed trigger is reached from the governing one through complement arcs only
(an infinitive or gerund complement, an object, a preposition's object, a noun's infinitive
clause: ``COMPLEMENT_DEPS``, or a purpose infinitive: "launched a hunger strike to protest the
policy"), at most ``MAX_STEPS`` arcs up, with no other verb with a subject of its own on the way: a
subordinate clause ("after troops shelled the town"), reported speech and a relative clause are not
complements. The nearest governed event that names a target gives it ("offered to send troops to
help the Philippine army": the help's target).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.model import Event

COMPLEMENT_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "acl", "acomp"})
MAX_STEPS = 4
GOVERNED_NOTE = "target: the party of the act it governs"


def inherit_governed_targets(events: list[Event], doc: Doc) -> list[Event]:
    """Give each sourced, target-less event the targets of the event it governs; drop a governed
    event that repeats its governor's CAMEO code. Returns the events kept, in order."""
    by_token = {e.trigger_token: e for e in events if e.trigger_token is not None}
    dropped: set[int] = set()
    for e in events:
        if e.target or not e.source or e.trigger_token is None:
            continue
        governed = _governed_event(doc[e.trigger_token], by_token, e)
        if governed is None or not governed.target:
            continue
        if governed.source and not any(a in e.source for a in governed.source):
            continue
        e.target = list(governed.target)
        e.notes.append(f"{GOVERNED_NOTE} ('{governed.trigger.text}')")
        if governed.cameo.code == e.cameo.code and governed.plover.type == e.plover.type:
            dropped.add(id(governed))
    return [e for e in events if id(e) not in dropped]


def _governed_event(governor: Token, by_token: dict[int, Event], event: Event) -> Event | None:
    """The nearest event with a target whose trigger ``governor`` governs through complement arcs."""
    best: tuple[int, Event] | None = None
    for i, other in by_token.items():
        if other is event or other.sentence != event.sentence or not other.target:
            continue
        steps = _steps_up(governor.doc[i], governor)
        if steps is not None and (best is None or steps < best[0]):
            best = (steps, other)
    return best[1] if best else None


def _purpose(tok: Token) -> bool:
    """A purpose infinitive ("launched a hunger strike to protest the policy", "mobilising funds to
    support peace building in Colombia"): an adverbial clause with "to" and no subject of its own."""
    return tok.dep_ == "advcl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)


def _steps_up(tok: Token, governor: Token) -> int | None:
    """Arcs from ``tok`` up to ``governor`` through complement arcs, None when it is not governed."""
    for steps in range(1, MAX_STEPS + 1):
        if (tok.dep_ not in COMPLEMENT_DEPS and not _purpose(tok)) or tok.head.i == tok.i:
            return None
        if tok.pos_ in ("VERB", "AUX") and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children):
            return None  # a clause with a subject of its own is no complement
        tok = tok.head
        if tok.i == governor.i:
            return steps
    return None
