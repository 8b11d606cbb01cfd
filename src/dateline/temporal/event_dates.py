"""date_events: give each event the date of the time expression that governs its clause.

The governing expression is found by the dependency tree, not by string distance: first inside
the trigger's own subtree ("a New Year's Day shooting", "agreed in an overnight phone call"),
then in the clauses above it, never entering the branch of another event's trigger or a sibling
clause. Only calendar DATE/TIME values qualify (day, week, month, year); without one the event
takes the publication date.
"""

from __future__ import annotations

from collections import deque

from spacy.tokens import Doc, Token

from dateline.model import Article, Event, EventDate, Span, TimeExpr

# Dependents that open a clause of their own: a time inside them dates that clause, not ours.
CLAUSAL_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "xcomp"})


def date_events(events: list[Event], doc: Doc, times: list[TimeExpr], article: Article) -> None:
    """Set ``event.date`` for every event (in place)."""
    by_root = _times_by_root_token(doc, times)
    triggers = {e.trigger_token for e in events if e.trigger_token is not None}
    for event in events:
        found = None
        if event.trigger_token is not None and by_root and 0 <= event.trigger_token < len(doc):
            found = governing_time(doc[event.trigger_token], by_root, triggers - {event.trigger_token})
        if found is not None and not _tense_agrees(doc[event.trigger_token], found, article.date[:10]):
            found = None
        if found is None:
            event.date = EventDate(article.date[:10], "day", "publication", None)
        else:
            precision = found.precision
            assert precision is not None  # only calendar values are indexed
            event.date = EventDate(found.value, precision, "text", Span(found.start, found.end, found.text))


def _tense_agrees(trigger: Token, time: TimeExpr, dct: str) -> bool:
    """A simple-present trigger ("Erdogan blames ...") cannot happen in a period wholly before the
    article date: such a time belongs to something else in the clause (a mis-attached modifier)."""
    if trigger.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return True
    return time.value >= dct[: len(time.value)] if time.value[:4].isdigit() and "W" not in time.value else True


def _times_by_root_token(doc: Doc, times: list[TimeExpr]) -> dict[int, TimeExpr]:
    """Calendar-valued times keyed by the index of their head token in the parse."""
    index: dict[int, TimeExpr] = {}
    for t in times:
        if t.type not in ("DATE", "TIME") or t.precision is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        index.setdefault(span.root.i, t)
    return index


def governing_time(trigger: Token, by_root: dict[int, TimeExpr], other_triggers: set[int]) -> TimeExpr | None:
    """The time expression governing ``trigger``'s clause, or None."""
    found = _search_down(trigger, None, by_root, other_triggers, own=True)
    if found is not None:
        return found
    node = trigger
    while node.head.i != node.i:
        parent = node.head
        if parent.i in other_triggers and parent.pos_ in ("VERB", "AUX") and _is_finite(node):
            return None  # the parent clause is another event's: its date is not ours
        # (a non-finite clause, "to discuss" under "would be in Turkey on Thursday", has no time
        # of its own and shares its governor's)
        if node.dep_ in ("ccomp", "parataxis") and parent.pos_ in ("VERB", "AUX"):
            # a reported clause: the reporting verb's date ("said on Wednesday") is when it was
            # said, not when it happened; stop here and let the publication date stand.
            return None
        if parent.i in by_root:
            return by_root[parent.i]
        found = _search_down(parent, node, by_root, other_triggers, own=False)
        if found is not None:
            return found
        node = parent
    return None


def _is_finite(token: Token) -> bool:
    """A verb with its own tense (or a noun): not an infinitive or participle clause."""
    if token.pos_ not in ("VERB", "AUX"):
        return True
    if token.tag_ in ("VB", "VBG", "VBN"):
        return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in token.children)
    return True


def _search_down(
    top: Token, skip: Token | None, by_root: dict[int, TimeExpr], other_triggers: set[int], *, own: bool
) -> TimeExpr | None:
    """Breadth-first through the modifiers of ``top`` (nearest in the tree first), skipping
    ``skip``'s branch, other events' clauses and the event's theme ("blames X for a coup last year")."""
    if top.i in by_root and own:
        return by_root[top.i]
    queue: deque[Token] = deque(c for c in top.children if _may_enter(c, skip, other_triggers, own, own, by_root))
    while queue:
        token = queue.popleft()
        if token.i in by_root:
            return by_root[token.i]
        queue.extend(c for c in token.children if _may_enter(c, skip, other_triggers, True, own, by_root))
    return None


# Prepositions that introduce the event's theme ("for a coup last year", "on a plan announced last
# week", "about the war"): entered only when their object is itself a time ("on Thursday"). Other
# prepositions frame the event ("in an overnight call", "during Tuesday's call") and are entered.
THEME_PREPS = frozenset({
    "for", "about", "against", "of", "with", "on", "over", "to", "toward", "towards", "into",
    "including", "like", "unlike", "besides", "except",  # examples of a plural event are not its time
})
# Dependents that are the event's participants or theme, not its circumstances.
THEME_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "appos", "cc", "punct", "mark", "agent"})


def _may_enter(child: Token, skip: Token | None, other_triggers: set[int], own: bool, nominal_events: bool,
               by_root: dict[int, TimeExpr]) -> bool:
    if skip is not None and child.i == skip.i:
        return False
    if child.i in other_triggers and (child.pos_ in ("VERB", "AUX") or not nominal_events):
        # another event's clause; a nominal event inside our own frame ("agreed in an overnight
        # phone call") is entered, one met while climbing ("the bombing on Monday was followed
        # by protests") is not
        return False
    if child.dep_ in THEME_DEPS:
        return False
    if child.dep_ == "prep" and child.lower_ in THEME_PREPS:
        return any(g.i in by_root for g in child.children)  # "on Thursday", not "on a plan ... last week"
    if child.dep_ == "relcl":
        return False
    return own or child.dep_ not in CLAUSAL_DEPS
