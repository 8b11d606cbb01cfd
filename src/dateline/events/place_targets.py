"""The country an event happens in as its target, when no actor is (actors-roles7, #3).

"Obama is to attend a summit in Switzerland", "Russia is conducting military exercises in Alaska",
"the ELN declared a ceasefire in Colombia": an event with a source and no target is aimed at the
country where its own clause places it (PETRARCH's and the cameo_ner annotators' convention: the
place where an act is done, absent any other party, is what the act concerns). Only a place the
trigger's clause governs counts (geo.locate_events), never one merely named in the sentence nor
the dateline, and never for statements (CAMEO 01: where something is said is not what it is about).
A visit (PLOVER mode `visit`) also takes the country it goes to ("flew to Moscow" -> RUS): the
lexicon's visit entries name the place as their target, which is no actor.

``place_sources`` is the mirror for agentless acts of force: the country of the place they are done
in or from is their source (session-9 actors-petr9). Both read the place's country through
``_place_country``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase
from dateline.events.role_arcs import reduced_relative_as_root
from dateline.model import Actor, Event, Span

PLACE_TARGET_NOTE = "target: the country of the place the event is in or goes to"
NOT_AIMED_ROOTS = frozenset({"01"})  # statements
# "fired rockets from Somalia": where an act comes from is not what it is aimed at.
ORIGIN_PREPOSITIONS = frozenset({"from"})


def place_targets(events: list[Event], doc: Doc, governed_ids: set[str], kb: KnowledgeBase, date: str) -> None:
    """Give each sourced, target-less event located by its own clause its place's country (in place)."""
    for event in events:
        if event.target or not event.source:
            continue
        country = _place_country(event, kb, date)
        if country is None:
            continue
        location = event.location
        visit_goes_there = event.plover.mode == "visit" and _destination(doc, event, location.span)
        if event.event_id not in governed_ids and not visit_goes_there:
            continue
        if (event.cameo is not None and event.cameo.root in NOT_AIMED_ROOTS) or _origin(doc, location.span):
            continue
        if any(a.code == country.code for a in event.source):
            continue
        event.target = [country]
        event.notes.append(PLACE_TARGET_NOTE)


def _place_country(event: Event, kb: KnowledgeBase, date: str) -> Actor | None:
    """The knowledge base's actor, on ``date``, for the country of the place the event is located
    at by a span of the text; None when there is no such place or the country is not in the KB."""
    location = event.location
    if location is None or location.span is None or not location.place.country:
        return None
    entry = kb.entries.get(f"country:{location.place.country}")
    return entry.actor_on(date) if entry is not None else None


def _origin(doc: Doc, span: Span) -> bool:
    """The place is the object of an origin preposition ("from Somalia", "from the town of X")."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    if found is None:
        return False
    root = found.root
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i:
        root = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ in ORIGIN_PREPOSITIONS


def _destination(doc: Doc, event: Event, span: Span) -> bool:
    """The place is where a visit goes: inside the trigger's own phrase ("flew to Moscow", "a visit
    to Beijing"; geo places a visit by "to" only through the sentence, as "to" is no locative)."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    if found is None or event.trigger_token is None:
        return False
    trigger = doc[event.trigger_token]
    return trigger.left_edge.i <= found.root.i <= trigger.right_edge.i and any(
        t.i == trigger.i for t in found.root.ancestors)


PLACE_SOURCE_NOTE = "source: the country of the place the act against the target is done in or from"
PLACE_SOURCE_QUAD = 4  # material conflict only: "killed in X", "arrested in X", "fired from X"


def place_sources(events: list[Event], doc: Doc, governed_ids: set[str], kb: KnowledgeBase, date: str) -> list[Event]:
    """The mirror of ``place_targets`` (session-9 actors-petr9, #3): an act of material conflict
    with a target and no source, placed by its own clause in or from a country other than the
    target's, takes that country as its source ("ten Russian soldiers were killed in Ukraine" ->
    UKR > RUSMIL; "a rocket fired from Gaza hit Israel" -> PSE > ISR), PETRARCH's convention for
    agentless attacks. Only for a verb with no subject (a passive, a reduced relative: "a fire that
    killed 100 people in Dhaka" has its subject, which is no state); not when the place is the
    target's own country ("Syrian civilians were killed in Syria": who did it is unknown), nor for
    any other kind of event. Returns the events given a source (in place); the report of one that came
    from that country (``launched_from``) is read as an accusation of it (``accusation.accusations``:
    "Israel said a mortar bomb was fired at it from Gaza" -> ISR accuses PSE; session-10 actors-petr10)."""
    sourced: list[Event] = []
    for event in events:
        if event.source or not event.target or event.event_id not in governed_ids:
            continue
        if event.cameo is None or event.cameo.quad_class != PLACE_SOURCE_QUAD or not _agentless(doc, event):
            continue
        country = _place_country(event, kb, date)
        if country is None or any(a.country == event.location.place.country for a in event.target):
            continue
        event.source = [country]
        event.notes.append(PLACE_SOURCE_NOTE)
        sourced.append(event)
    return sourced


def launched_from(events: list[Event], doc: Doc) -> list[Event]:
    """Of the events ``place_sources`` gave a source, those placed by an origin preposition: the act
    came from the country's territory ("a rocket was fired at it from Lebanon"), which a speaker's
    report accuses that country of; not an act merely done somewhere ("two of its soldiers were
    killed in Turkey" says where, not by whom) (session-10 actors-petr10)."""
    return [e for e in events if e.location is not None and e.location.span is not None
            and PLACE_SOURCE_NOTE in e.notes and _origin(doc, e.location.span)]


def _agentless(doc: Doc, event: Event) -> bool:
    """The trigger is a verb with no subject of its own ("were killed", "soldiers killed in X")."""
    if event.trigger_token is None:
        return False
    trigger = doc[event.trigger_token]
    return trigger.pos_ in ("VERB", "AUX") and (
        not any(c.dep_ in ("nsubj", "csubj", "expl") for c in trigger.children)
        or reduced_relative_as_root(trigger))  # "the journalists detained in X were freed" (role_arcs.py)
