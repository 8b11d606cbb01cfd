"""Where each event happened: the place its clause governs, else one in its sentence, else the dateline.

Order of evidence (most to least direct):
1. a place reached from the trigger's clause through a locative preposition ("shooting in an Istanbul
   nightclub", "would be in Turkey", "on the outskirts of Raqqa"), walking up through xcomp/advcl/conj
   heads and into a relative clause's antecedent;
2. a non-metonymic, non-modifier place named in the same sentence, nearest to the trigger;
3. the dateline place (``span`` None).
A metonymic mention ("Ankara believes") is never used.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.geo.metonymy import metonymic_offsets
from dateline.model import Event, EventLocation, GeoPrecision, Place, PlaceMention, Span

LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "on", "into",
    "off", "along", "over", "from",
})
# Heads through which the locative of a governing clause applies to the trigger ("to discuss" <- "be").
_UP_DEPS = frozenset({"xcomp", "advcl", "conj", "ccomp", "acl", "relcl", "pcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass"})
_MAX_UP = 3
# Nouns between a locative preposition and the place: "on the outskirts of", "in the city of".
_OF_NOUNS = frozenset({
    "outskirts", "city", "town", "village", "province", "region", "capital", "area", "centre", "center",
    "district", "suburbs", "suburb", "heart", "north", "south", "east", "west", "streets", "border",
    "vicinity", "port", "part", "parts", "governorate", "state", "county",
})

DATELINE_CONFIDENCE_FACTOR = 0.9  # an event placed only by the dateline is a little less certain


def precision_of(place: Place) -> GeoPrecision | None:
    """ACLED-style geo precision of a place; None for a region with no country (not locatable)."""
    if place.feature == "city" or place.feature == "other":
        return "city"
    if place.feature == "admin1":
        return "admin1"
    if place.feature == "country":
        return "country"
    return "admin1" if place.country else None


class _Index:
    """Token -> place mention, for the mentions usable as event locations."""

    def __init__(self, doc: Doc, places: list[PlaceMention]) -> None:
        skip = metonymic_offsets(doc)
        self.by_token: dict[int, PlaceMention] = {}
        self.root_of: dict[int, int] = {}  # mention index -> its root token
        self.usable: list[tuple[PlaceMention, Token]] = []
        for m in places:
            if (m.start, m.end) in skip or precision_of(m.place) is None:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.by_token[t.i] = m
            self.usable.append((m, span.root))

    def place_under(self, token: Token) -> PlaceMention | None:
        """The place a preposition's object names: itself, a modifier of it, or "outskirts of X"."""
        stack, seen = [token], 0
        while stack and seen < 12:
            t = stack.pop(0)
            seen += 1
            if t.i in self.by_token:
                return self.by_token[t.i]
            for c in t.children:
                if c.dep_ in ("compound", "amod", "nmod", "poss", "appos", "conj"):
                    stack.append(c)
                elif c.dep_ == "prep" and c.lower_ == "of" and (t.lower_ in _OF_NOUNS or t.lemma_.lower() in _OF_NOUNS):
                    stack.extend(g for g in c.children if g.dep_ == "pobj")
        return None


def _governed_place(trigger: Token, index: _Index) -> PlaceMention | None:
    head, steps = trigger, 0
    while True:
        # The trigger noun itself may carry the place: "an Istanbul nightclub shooting".
        if head.pos_ in ("NOUN", "PROPN"):
            for c in head.children:
                if c.dep_ in ("compound", "nmod") and c.i in index.by_token:
                    return index.by_token[c.i]
        # Locative preps of the head, then of its object ("shelled positions on the outskirts of X").
        holders = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        for holder in holders:
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS:
                    for obj in c.children:
                        if obj.dep_ == "pobj":
                            found = index.place_under(obj)
                            if found is not None:
                                return found
        if head.dep_ == "relcl":  # "a shooting in an Istanbul nightclub that killed 39"
            ante = head.head
            if ante.i in index.by_token:
                return index.by_token[ante.i]
        if steps >= _MAX_UP or head.dep_ not in _UP_DEPS or head.head is head:
            return None
        head, steps = head.head, steps + 1


def _sentence_place(trigger: Token, index: _Index) -> PlaceMention | None:
    sent = trigger.sent
    best: tuple[int, PlaceMention] | None = None
    for m, root in index.usable:
        if not (sent.start <= root.i < sent.end):
            continue
        if root.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and root.head.i not in index.by_token:
            continue  # "U.S.-led campaign", "U.S. support": a modifier, not a location
        distance = abs(root.i - trigger.i)
        if best is None or distance < best[0]:
            best = (distance, m)
    return best[1] if best else None


def locate_events(events: list[Event], doc: Doc, places: list[PlaceMention], dateline_place: Place | None) -> None:
    """Set ``event.location`` for every event (in place)."""
    index = _Index(doc, places)
    for event in events:
        found: PlaceMention | None = None
        if event.trigger_token is not None and 0 <= event.trigger_token < len(doc):
            trigger = doc[event.trigger_token]
            found = _governed_place(trigger, index) or _sentence_place(trigger, index)
        if found is not None:
            precision = precision_of(found.place)
            if precision:
                event.location = EventLocation(found.place, precision, Span(found.start, found.end, found.text))
                continue
        if dateline_place is not None and (precision := precision_of(dateline_place)):
            event.location = EventLocation(dateline_place, precision, None)
            event.confidence *= DATELINE_CONFIDENCE_FACTOR
