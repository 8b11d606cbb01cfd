"""The country an event happens in as its target, when no actor is (actors-roles7, #3).

"Obama is to attend a summit in Switzerland", "Russia is conducting military exercises in Alaska",
"the ELN declared a ceasefire in Colombia": an event with a source and no target is aimed at the
country where its own clause places it (PETRARCH's and the cameo_ner annotators' convention: the
place where an act is done, absent any other party, is what the act concerns). Only a place the
trigger's clause governs counts (geo.locate_events), never one merely named in the sentence nor
the dateline, and never for statements (CAMEO 01: where something is said is not what it is about).
A visit (PLOVER mode `visit`) also takes the country it goes to ("flew to Moscow" -> RUS): the
lexicon's visit entries name the place as their target, which is no actor. Since session 14
(events-places14, #3): aid sent or cut off goes to the place its phrase names after "to" ("dispatched
a team to Mombasa" -> KEN); a withdrawal takes the place it leaves ("withdrew from Abyei"), the one
exception to "from"; peacekeeping aimed at the mission's organisation takes the mission's country
instead (CAMEO 074: "troops to the UN peacekeeping force in South Sudan" -> SSD); countries
coordinated with the place are targets too. Since targets14b: an act of force done to a place
("shelled Haifa": the place is its direct object, no preposition) is placed there and aimed at its
country, and so is the threat that governs it ("threatened to shell Haifa" -> ISR).

``place_sources`` is the mirror for agentless acts of force: the country of the place they are done
in or from is their source (session-9 actors-petr9). Both read the place's country through
``_place_country``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase
from dateline.events.role_arcs import reduced_relative_as_root
from dateline.geo.event_location import precision_of
from dateline.model import Actor, Event, EventLocation, PlaceMention, Span

PLACE_TARGET_NOTE = "target: the country of the place the event is in or goes to"
NOT_AIMED_ROOTS = frozenset({"01"})  # statements
# "fired rockets from Somalia": where an act comes from is not what it is aimed at.
ORIGIN_PREPOSITIONS = frozenset({"from"})
AID_ROOT = "07"
DESTINATION_PREPOSITIONS = frozenset({"to", "into"})
PEACEKEEPING_CODE = "074"
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peace-keeping", "peacekeeper"})
PEACEKEEPING_MODE = "peacekeeping"  # also when coded as an intent (033 "ready to contribute troops")
IGO_PREFIX = "IGO"
AID_CUT_CODE = "162"  # reduce or stop material aid
# A retreat leaves the place ("withdrew from X": X is what it concerns, not where it comes from):
# CAMEO 087x de-escalation and 166 withdrawal of a presence; the verbs for the same act coded as intent.
RETREAT_CODES = ("087", "166")
RETREAT_LEMMAS = frozenset({"withdraw", "withdrawal", "pull", "retreat", "evacuate"})


def place_targets(events: list[Event], doc: Doc, governed_ids: set[str], kb: KnowledgeBase, date: str,
                  places: Sequence[PlaceMention] = ()) -> None:
    """Give each sourced, target-less event located by its own clause its place's country (in place),
    and the countries of the ``places`` coordinated with that place ("in Afghanistan and Iraq")."""
    attacked = _attacked_places(events, doc, places)
    for event in events:
        if not event.source:
            continue
        country = _place_country(event, kb, date)
        if country is None:
            continue
        location = event.location
        mission = bool(event.target) and _mission_target(doc, event, location.span)
        if event.target and not mission:
            continue
        goes_there = (_goes_to_place(event) and _destination(doc, event, location.span,
                                                             by_to=event.plover.mode != "visit")) or (
            mission and _destination(doc, event, location.span))
        if event.event_id not in governed_ids and not goes_there and event.event_id not in attacked:
            continue
        if event.cameo is not None and event.cameo.root in NOT_AIMED_ROOTS:
            continue
        if _origin(doc, location.span) and not _leaves_place(doc, event):
            continue
        if any(a.code == country.code for a in event.source):
            continue
        event.target = [country]
        for other in _coordinated_countries(doc, location.span, places, kb, date):
            if all(a.code != other.code for a in event.target + event.source):
                event.target.append(other)
        event.notes.append(PLACE_TARGET_NOTE)
    _threatened_places(events, doc, attacked)


ATTACK_QUAD = 4  # material conflict: "shelled Haifa", "blockaded Gaza City"
THREAT_ROOT = "13"


def _attacked_places(events: list[Event], doc: Doc, places: Sequence[PlaceMention]) -> set[str]:
    """An act of material conflict with a source and no target whose direct object is a place
    ("shelled Haifa", "will bomb Gaza City"): the place is what it is done to, so it becomes the
    event's place (geo places it by a preposition only) and ``place_targets`` gives it the place's
    country (session 14, targets14b). Returns the ids of the events so placed (in place)."""
    by_root: dict[int, PlaceMention] = {}
    for m in places:
        found = doc.char_span(m.start, m.end, alignment_mode="expand")
        if found is not None and m.place.country:
            by_root[found.root.i] = m
    placed: set[str] = set()
    for event in events:
        if not event.source or event.target or event.trigger_token is None:
            continue
        if event.cameo is None or event.cameo.quad_class != ATTACK_QUAD:
            continue
        trigger = doc[event.trigger_token]
        if trigger.pos_ not in ("VERB", "AUX"):
            continue
        # The parser also labels a bare toponym object npadvmod ("shelled Haifa"): one right after the verb.
        mention = next((by_root[c.i] for c in trigger.children if c.i in by_root and (
            c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.left_edge.i == trigger.i + 1))), None)
        if mention is None:
            continue
        precision = precision_of(mention.place)
        if precision is None:
            continue
        event.location = EventLocation(mention.place, precision, Span(mention.start, mention.end, mention.text))
        placed.add(event.event_id)
    return placed


def _threatened_places(events: list[Event], doc: Doc, attacked: set[str]) -> None:
    """A threat with no target whose verb governs an act that took a place target ("threatened to
    shell Haifa"): the threat is aimed where the act would be (CAMEO 13x), as roles give a threat the
    party of the act it governs (in place)."""
    by_trigger = {e.trigger_token: e for e in events if e.event_id in attacked and PLACE_TARGET_NOTE in e.notes}
    for event in events:
        if not event.source or event.target or event.trigger_token is None:
            continue
        if event.cameo is None or event.cameo.root != THREAT_ROOT:
            continue
        act = next((by_trigger[c.i] for c in doc[event.trigger_token].children
                    if c.dep_ == "xcomp" and c.i in by_trigger), None)
        if act is None or act.location is None:
            continue
        event.target = list(act.target)
        event.location = act.location
        event.notes.append(PLACE_TARGET_NOTE)


def _coordinated_countries(doc: Doc, span: Span, places: Sequence[PlaceMention], kb: KnowledgeBase,
                           date: str) -> list[Actor]:
    """The countries named in coordination with the toponym ``span`` ("peacekeeping operations in
    Afghanistan and Iraq"); a coordinated town or province is left out, as its country is often a guess
    among namesakes ("Punjab")."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    if found is None:
        return []
    conjuncts = {t.i for t in found.root.conjuncts}
    out = []
    for m in places:
        other = doc.char_span(m.start, m.end, alignment_mode="expand")
        if other is None or other.root.i not in conjuncts or m.place.feature != "country" or not m.place.country:
            continue
        entry = kb.entries.get(f"country:{m.place.country}")
        actor = entry.actor_on(date) if entry is not None else None
        if actor is not None:
            out.append(actor)
    return out


def _mission_target(doc: Doc, event: Event, span: Span) -> bool:
    """Peacekeeping aimed at an international organisation, the mission's ("sent troops to the UN
    peacekeeping force in South Sudan", "ready to contribute to UN peacekeeping operations in
    Syria"): CAMEO 074 codes the country where protection is given as the target, so the place in
    the event's phrase replaces the organisation. Peacekeeping is the event's mode (074), or for
    other aid the place hangs from a noun a peacekeeping word modifies."""
    if not event.target or not all(a.code is not None and a.code.startswith(IGO_PREFIX) for a in event.target):
        return False
    if event.plover.mode == PEACEKEEPING_MODE or (
            event.cameo is not None and event.cameo.code.startswith(PEACEKEEPING_CODE)):
        return True
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    if event.plover.type != "AID" or found is None:
        return False
    prep = found.root.head
    holder = prep.head if found.root.dep_ == "pobj" and prep.dep_ == "prep" else None
    return holder is not None and any(c.lemma_.lower() in PEACEKEEPING_WORDS for c in holder.children
                                      if c.dep_ in ("compound", "amod", "nmod"))


def _goes_to_place(event: Event) -> bool:
    """A visit, or aid sent (CAMEO 07) or cut off (162): the place its phrase goes to is what it
    concerns ("flew to Moscow", "dispatched a team to Detroit", "suspended aid deliveries to Gaza")."""
    return event.plover.mode == "visit" or (event.cameo is not None and (
        event.cameo.root == AID_ROOT or event.cameo.code.startswith(AID_CUT_CODE)))


def _leaves_place(doc: Doc, event: Event) -> bool:
    """A retreat or a withdrawal: the place it leaves is its target, CAMEO 0874/166 practice
    ("withdrew its troops from Abyei" -> SDN; "pulled its peacekeepers out of the Golan Heights")."""
    if event.cameo is not None and event.cameo.code.startswith(RETREAT_CODES):
        return True
    return event.trigger_token is not None and doc[event.trigger_token].lemma_.lower() in RETREAT_LEMMAS


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


def _destination(doc: Doc, event: Event, span: Span, by_to: bool = False) -> bool:
    """The place is where a visit goes: inside the trigger's own phrase ("flew to Moscow", "a visit
    to Beijing"; geo places a visit by "to" only through the sentence, as "to" is no locative).
    ``by_to`` (aid): the place is reached from the trigger through "to" with no other verb between
    ("sent a team to Mombasa", "aid deliveries to Gaza"; not "assistance for distribution in Mexico")."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    if found is None or event.trigger_token is None:
        return False
    trigger = doc[event.trigger_token]
    if not (trigger.left_edge.i <= found.root.i <= trigger.right_edge.i):
        return False
    path = []
    for t in found.root.ancestors:
        if t.i == trigger.i:
            through_to = any(p.lower_ in DESTINATION_PREPOSITIONS and p.dep_ in ("prep", "dative") for p in path)
            return not by_to or (through_to and not any(p.pos_ in ("VERB", "AUX") for p in path))
        path.append(t)
    return False


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
