"""Where each event happened: the place its clause governs, else one in its sentence, else the dateline.

Order of evidence (most to least direct):
1. a place reached from the trigger's clause through a locative preposition ("shooting in an Istanbul
   nightclub", "would be in Turkey", "on the outskirts of Raqqa"), walking up through xcomp/advcl/conj
   heads and into a relative clause's antecedent;
2. a non-metonymic, non-modifier place named in the same sentence, nearest to the trigger (not what
   something is for, nor a goal/origin inside a clause about a noun, nor a place inside another
   clause with its own subject: "..., while rebels clashed with troops in X");
3. the dateline place (``span`` None).
A country found by 1. or 2. is refined to a place inside it named deeper in the event's clause.
A metonymic mention ("Ankara believes") is never used.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.geo.metonymy import metonymic_offsets
from dateline.model import Event, EventLocation, GeoPrecision, Place, PlaceMention, Span
from dateline.nlp.clauses import restates_its_head

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

# Nouns that make the place next to them a first-level division: "Homs province", "the province of
# Homs" (ACLED: an event known only to a province gets admin1 precision, at the province's town).
_DIVISION_NOUNS = frozenset({"province", "governorate", "state", "region", "oblast", "prefecture"})
# Prepositions of a motion's goal or origin: "extraditions to mainland China", "aid from Colombia".
_DIRECTIONAL = frozenset({"to", "toward", "towards", "from", "into"})
# Prepositions whose object is what something is for or about, never where: "a peace plan for
# Georgia", "talks about Syria" (sentence fallback only).
_ABOUT = frozenset({"for", "about", "regarding", "concerning"})
# Prepositions that name what talk is about: "agreed on joint action against Daesh in Raqqa", "a call
# about Syria". For a verbal event (QuadClass 1 or 3: talks, agreements, accusations) a place inside
# such a phrase is the subject matter, not where the actors were.
_TOPIC = frozenset({"on", "about", "over", "regarding", "concerning", "for", "against"})
# Clause relations that hang a clause on a noun: what happens there describes the noun, not the event.
_NOUN_CLAUSES = frozenset({"relcl", "acl"})

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
        self.divisions: set[tuple[int, int]] = set()  # mentions named as a province ("Homs province")
        for m in places:
            if (m.start, m.end) in skip or precision_of(m.place) is None:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.by_token[t.i] = m
            self.usable.append((m, span.root))
            if _names_division(span):
                self.divisions.add((m.start, m.end))

    def precision(self, m: PlaceMention) -> GeoPrecision | None:
        p = precision_of(m.place)
        if p == "city" and (m.start, m.end) in self.divisions:
            return "admin1"  # "Homs province" resolved to its same-named capital town
        return p

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


def _names_division(span: SpacySpan) -> bool:
    """ "Homs province", "Homs Province", "the province of Homs": the name is a province's."""
    doc, root = span.doc, span.root
    if span.end < len(doc) and doc[span.end].lower_ in _DIVISION_NOUNS:
        return True
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _DIVISION_NOUNS


def _clause_head(trigger: Token) -> Token:
    """The verb whose clause the trigger belongs to ("strikes" -> "carried"), the trigger if none."""
    t = trigger
    for _ in range(_MAX_UP):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else trigger


def _finer_place(trigger: Token, found: PlaceMention, index: _Index) -> PlaceMention | None:
    """A place inside ``found``'s country, named deeper in the event's own clause: "air strikes in
    Syria, hitting towns in the province of Homs" is located at Homs, not Syria."""
    head = _clause_head(trigger)
    best: tuple[int, PlaceMention] | None = None
    for m, root in index.usable:
        if m is found or m.place.country != found.place.country or index.precision(m) in (None, "country"):
            continue
        if not (head.left_edge.i <= root.i <= head.right_edge.i) or not _descends(root, head):
            continue
        if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i not in index.by_token:
            continue  # "a Homs-based group": a modifier, not where it happened
        distance = abs(root.i - trigger.i)
        if best is None or distance < best[0]:
            best = (distance, m)
    return best[1] if best else None


def _descends(token: Token, ancestor: Token) -> bool:
    # Token objects are made afresh on each access: compare positions, not identity.
    return token.i == ancestor.i or any(a.i == ancestor.i for a in token.ancestors)


def _elsewhere(root: Token, trigger: Token) -> bool:
    """A goal or origin inside a clause about a noun, away from the trigger: "protesters who
    oppose extraditions to mainland China", "supporters trying to bring food from Colombia"."""
    if not (root.dep_ == "pobj" and root.head.lower_ in _DIRECTIONAL):
        return False
    for a in root.ancestors:
        if a.dep_ in _NOUN_CLAUSES and not (a.left_edge.i <= trigger.i <= a.right_edge.i):
            return True
    return False


# Clauses with a subject of their own: a place inside one that does not hold the trigger is where
# something else happened ("killed nine at the market, while rebels clashed with troops in X").
_OWN_CLAUSES = frozenset({"advcl", "conj", "parataxis", "ccomp", "relcl"})


def _other_clause(root: Token, trigger: Token) -> bool:
    """The place lies in a finite clause with its own subject that neither holds the trigger nor
    hangs on it (a reporting clause, "police in X said ...", holds it and is kept; so is a relative
    clause on a noun trigger, "a bombing that killed 15 at a market in X")."""
    for a in root.ancestors:
        if a.dep_ in _OWN_CLAUSES and a.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in a.children
        ):
            return not (_descends(trigger, a) or (a.dep_ in _NOUN_CLAUSES and a.head.i == trigger.i))
    return False


def _after_topic(prep: Token, holder: Token) -> bool:
    """A locative phrase right after a topic phrase of the same word that itself ends in a
    prepositional phrase ("a call on joint action against Daesh | in the towns of Raqqa"): the parser
    hangs it on the word, but the nearest noun is the usual reading (right association), so a
    verbal event is not placed by it. A short topic ("agreed on the plan in Geneva") keeps it."""
    for c in holder.children:
        if c.dep_ == "prep" and c.lower_ in _TOPIC and c.i < prep.i and c.right_edge.i == prep.i - 1:
            return any(t.dep_ == "prep" and t.i != c.i for t in c.subtree)
    return False


def _in_topic(root: Token, trigger: Token) -> bool:
    """The place sits inside a topic phrase ("on ...", "about ...") under the trigger or its clause's
    verb, or its own locative phrase directly follows a long topic phrase (see _after_topic)."""
    heads = {trigger.i, _clause_head(trigger).i}
    first_locative = True
    for a in root.ancestors:
        if a.i in heads:
            return False
        if a.dep_ != "prep":
            continue
        if a.lower_ in _TOPIC:
            return True
        if first_locative and a.lower_ != "of":
            first_locative = False
            if _after_topic(a, a.head):
                return True
    return False


def _governed_place(trigger: Token, index: _Index, verbal: bool = False) -> PlaceMention | None:
    head, steps = trigger, 0
    while True:
        # The trigger noun itself may carry the place: "an Istanbul nightclub shooting".
        if head.pos_ in ("NOUN", "PROPN"):
            for c in head.children:
                if c.dep_ in ("compound", "nmod") and c.i in index.by_token:
                    return index.by_token[c.i]
        # Locative preps of the head, then of its object ("shelled positions on the outskirts of X").
        holders = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        if steps == 0:  # "the car bomb that killed 17 at a market in X": the clause restating the event
            for clause in (c for c in head.children if restates_its_head(head, c)):
                holders += [clause] + [c for c in clause.children if c.dep_ == "dobj"]
        for holder in holders:
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS:
                    if verbal and _after_topic(c, holder):
                        continue
                    for obj in c.children:
                        if obj.dep_ == "pobj":
                            found = index.place_under(obj)
                            if found is not None:
                                return found
        if head.dep_ == "relcl":  # "a shooting in an Istanbul nightclub that killed 39"
            ante = head.head
            if ante.i in index.by_token:
                return index.by_token[ante.i]
        if steps >= _MAX_UP or head.dep_ not in _UP_DEPS or head.head.i == head.i:
            return None
        head, steps = head.head, steps + 1


def _sentence_place(trigger: Token, index: _Index, verbal: bool = False) -> PlaceMention | None:
    sent = trigger.sent
    best: tuple[int, PlaceMention] | None = None
    for m, root in index.usable:
        if not (sent.start <= root.i < sent.end):
            continue
        if root.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and root.head.i not in index.by_token:
            continue  # "U.S.-led campaign", "U.S. support": a modifier, not a location
        if _elsewhere(root, trigger) or (root.dep_ == "pobj" and root.head.lower_ in _ABOUT):
            continue
        if _other_clause(root, trigger) or (verbal and _in_topic(root, trigger)):
            continue
        distance = abs(root.i - trigger.i)
        if best is None or distance < best[0]:
            best = (distance, m)
    return best[1] if best else None


def locate_events(events: list[Event], doc: Doc, places: list[PlaceMention], dateline_place: Place | None) -> set[str]:
    """Set ``event.location`` for every event (in place). Returns the ids of the events whose place
    the trigger's own clause names (evidence 1 above), which the events stage may read as the
    target (``events.place_targets``)."""
    index = _Index(doc, places)
    governed_ids: set[str] = set()
    for event in events:
        found: PlaceMention | None = None
        if event.trigger_token is not None and 0 <= event.trigger_token < len(doc):
            trigger = doc[event.trigger_token]
            verbal = event.cameo is not None and event.cameo.quad_class in (1, 3)
            found = _governed_place(trigger, index, verbal)
            if found is not None:
                governed_ids.add(event.event_id)
            found = found or _sentence_place(trigger, index, verbal)
            if found is not None and index.precision(found) == "country":
                found = _finer_place(trigger, found, index) or found
        if found is not None:
            precision = index.precision(found)
            if precision:
                event.location = EventLocation(found.place, precision, Span(found.start, found.end, found.text))
                continue
        if dateline_place is not None and (precision := precision_of(dateline_place)):
            event.location = EventLocation(dateline_place, precision, None)
            event.confidence *= DATELINE_CONFIDENCE_FACTOR
    return governed_ids
