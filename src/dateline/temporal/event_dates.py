"""date_events: give each event the date of the time expression that governs its clause.

The governing expression is found by the dependency tree, not by string distance: first inside
the trigger's own subtree ("a New Year's Day shooting", "agreed in an overnight phone call"),
then in the clauses above it, never entering the branch of another event's trigger or a sibling
clause. Only calendar DATE/TIME values qualify (day, week, month, year); without one the event
takes the publication date.

Two clause types borrow the time of the clause they hang on: a subject-less gerund under a
temporal preposition ("hours after ordering an end", moved by a measure phrase: "two days
before leaving"), and a reported clause without a time of its own under a reporting verb that is
not itself an event ("said late on Tuesday he accepted"): what was reported in the past or present
tense had happened by the time it was said.

An event in a finite clause or noun phrase introduced by "after"/"before" ("a day after a bomb
killed 15", "in shock on Sunday after bombings killed 12") did not happen at the time of the clause
it hangs on. With a measure phrase ("four days after", "a day after") it takes that clause's time
moved by the measure (the publication date moved by it when no time governs that clause); without one, or when that clause is a plan or prediction ("would reopen on
Monday, three days after ..."), it keeps no date from that expression and falls back to the
publication date, so that it cannot contradict a report that gives the true day.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.model import Article, Event, EventDate, Span, TimeExpr, precision_of_value
from dateline.nlp.clauses import restates_its_head
from dateline.temporal.calendar_math import shift_value
from dateline.temporal.lexicon import load_lexicon
from dateline.temporal.tense import verb_tense

# Dependents that open a clause of their own: a time inside them dates that clause, not ours.
CLAUSAL_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "xcomp"})
# Prepositions whose gerund clause is timed by the clause it hangs on (lexicon.yaml), with the
# direction a measure phrase moves it ("two days after ordering": earlier).
SUBORDINATORS = load_lexicon().temporal_subordinators


@dataclass(frozen=True)
class Governing:
    """The time governing an event's clause, and how the climb reached it."""

    time: TimeExpr | None  # None: the measure counts back from the publication date
    measure: str | None = None  # "two days after ...": P2D ...
    sign: int = 0  # ... and which way it moves the time
    measure_span: TimeExpr | None = None  # the measure phrase, when it dates a finite clause


def date_events(events: list[Event], doc: Doc, times: list[TimeExpr], article: Article) -> None:
    """Set ``event.date`` for every event (in place)."""
    by_token = _times_by_token(doc, times)
    measures = _measures_by_root(doc, times)
    triggers = {e.trigger_token for e in events if e.trigger_token is not None}
    for event in events:
        found = None
        if event.trigger_token is not None and (by_token or measures) and 0 <= event.trigger_token < len(doc):
            found = governing_time(doc[event.trigger_token], by_token, triggers - {event.trigger_token}, measures)
        if (found is not None and found.time is not None
                and not _tense_agrees(doc[event.trigger_token], found.time, article.date[:10])):
            found = None
        if found is None:
            event.date = EventDate(article.date[:10], "day", "publication", None)
            continue
        if found.time is None:  # "four days after a car bomb killed 18", no other time: from the DCT
            assert found.measure is not None and found.measure_span is not None
            m = found.measure_span
            event.date = EventDate(shift_value(article.date[:10], found.measure, found.sign), "day", "text",
                                   Span(m.start, m.end, m.text))
            continue
        t = found.time
        value = shift_value(t.value, found.measure, found.sign) if found.measure else t.value
        # An event date is a calendar date at its precision (the contract's day|week|month|year): the
        # clock or part of day of a TIME value ("Wednesday evening", 2019-06-12TEV) stays on the time
        # expression that `date.time` points to.
        value = value.split("T", 1)[0]
        precision = precision_of_value(value)
        assert precision is not None  # only calendar values are indexed, and shifts keep them so
        event.date = EventDate(value, precision, "text", Span(t.start, t.end, t.text))


def _tense_agrees(trigger: Token, time: TimeExpr, dct: str) -> bool:
    """A simple-present trigger ("Erdogan blames ...") cannot happen in a period wholly before the
    article date: such a time belongs to something else in the clause (a mis-attached modifier).
    A past one ("killed", or "the bombing on Thursday, which killed 18") cannot happen wholly after
    it: a bare weekday read as the coming one belongs to an event already over."""
    if _is_past(trigger) and time.value[:4].isdigit() and "W" not in time.value:
        return time.value[:10] <= dct[: len(time.value[:10])]
    if trigger.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return True
    return time.value >= dct[: len(time.value)] if time.value[:4].isdigit() and "W" not in time.value else True


def _is_past(trigger: Token) -> bool:
    """A simple-past verb trigger, or a noun trigger described by a simple-past relative clause."""
    verbs = [trigger] if trigger.pos_ in ("VERB", "AUX") else [c for c in trigger.children if c.dep_ == "relcl"]
    return any(v.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) for v in verbs)


def _times_by_token(doc: Doc, times: list[TimeExpr]) -> dict[int, TimeExpr]:
    """Calendar-valued times keyed by the index of each of their tokens in the parse: a clause
    may hang on any of them ("late on Tuesday, where he said ...", a relative clause on "Tuesday")."""
    index: dict[int, TimeExpr] = {}
    for t in times:
        if t.type not in ("DATE", "TIME") or t.precision is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        for token in span:
            index.setdefault(token.i, t)
    return index


def _measures_by_root(doc: Doc, times: list[TimeExpr]) -> dict[int, TimeExpr]:
    """Durations keyed by their head token: the measure phrase of "two days after"."""
    index: dict[int, TimeExpr] = {}
    for t in times:
        if t.type == "DURATION":
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and len(span):
                index.setdefault(span.root.i, t)
    return index


def governing_time(
    trigger: Token, by_token: dict[int, TimeExpr], other_triggers: set[int], measures: dict[int, TimeExpr] | None = None
) -> Governing | None:
    """The time expression governing ``trigger``'s clause, or None."""
    found = _search_down(trigger, None, by_token, other_triggers, own=True)
    if found is not None:
        return Governing(found)
    measures = measures or {}
    node = trigger
    measure: str | None = None
    measure_span: TimeExpr | None = None  # set when a finite clause's measure phrase was met
    sign = 0
    reported = False  # one reporting level only: "said X claimed Y" is too far
    while node.head.i != node.i:
        parent = node.head
        displaced = _displacement(node, measures) if measure is None and _gerund_subordinator(node) is None else None
        if displaced is not None:
            # "a day after a bomb killed 15": not at the time of the clause above, but measured from it
            if displaced[0] is None or _is_plan(_clause_head(parent)):
                # "in shock on Sunday after bombings killed 12" says only "on or before Sunday";
                # "would reopen on Monday, three days after ..." measures from a planned time
                return None
            measure_span, sign = displaced
            measure = measure_span.value
        elif measure is None and parent.i in other_triggers and parent.pos_ in ("VERB", "AUX") and _is_finite(node):
            return None  # the parent clause is another event's: its date is not ours
        # (a non-finite clause, "to discuss" under "would be in Turkey on Thursday" or "after
        # ordering an end" under "agreed on Tuesday", has no time of its own and shares its governor's)
        if node.dep_ in ("ccomp", "parataxis") and parent.pos_ in ("VERB", "AUX"):
            # a reported clause: a reporting verb's date ("said on Wednesday") bounds what was
            # reported as done, but not what was announced or had happened before
            if reported or not _reported_as_done(node):
                return None
            reported = True
        if (sub := _gerund_subordinator(node)) is not None and measure is None:
            # "two days after": the measure phrase hangs on the preposition
            measure = next((measures[c.i].value for c in node.children if c.dep_ == "npadvmod" and c.i in measures), None)
            sign = SUBORDINATORS[sub]
        if parent.i in by_token:
            return Governing(by_token[parent.i], measure, sign, measure_span)
        found = _search_down(parent, node, by_token, other_triggers, own=False)
        if found is not None:
            return Governing(found, measure, sign, measure_span)
        node = parent
    if measure_span is not None and measure is not None:
        return Governing(None, measure, sign, measure_span)  # no time above: count from the article date
    return None


def _gerund_subordinator(token: Token) -> str | None:
    """"after" in "(hours) after ordering an end": a temporal preposition over a subject-less gerund."""
    if token.dep_ != "prep" or token.lower_ not in SUBORDINATORS:
        return None
    for c in token.children:
        if c.dep_ == "pcomp" and c.tag_ == "VBG" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return token.lower_
    return None


def _displacement(node: Token, measures: dict[int, TimeExpr]) -> tuple[TimeExpr | None, int] | None:
    """(measure, sign) when ``node`` opens a finite clause or a noun phrase under "after"/"before"
    ("four days after a car bomb killed 18", "a day after the bombing"); None for any other node.

    The measure hangs on the clause's verb ("four days" npadvmod of "killed") or is the phrase the
    preposition modifies ("a day" in "on Friday, a day after a bomb ..."); it is None when absent.
    """
    if node.dep_ == "advcl":
        marks = [c.lower_ for c in node.children if c.dep_ == "mark"]
        sub = next((m for m in marks if SUBORDINATORS.get(m, 0) != 0), None)
        if sub is None:
            return None
        measure = next((measures[c.i] for c in node.children if c.dep_ == "npadvmod" and c.i in measures), None)
        return measure, SUBORDINATORS[sub]
    if node.dep_ == "prep" and SUBORDINATORS.get(node.lower_, 0) != 0:
        measure = next((measures[c.i] for c in node.children if c.dep_ == "npadvmod" and c.i in measures), None)
        if measure is None and node.head.dep_ == "npadvmod" and node.head.i in measures:
            measure = measures[node.head.i]
        return measure, SUBORDINATORS[node.lower_]
    return None


def _clause_head(token: Token) -> Token:
    """The verb of the clause ``token`` belongs to ("day" in "on Friday, a day after" -> "buried")."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _is_plan(verb: Token) -> bool:
    """A clause that is planned or predicted ("would reopen", "will meet"): its time lies ahead."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


def _reported_as_done(clause: Token) -> bool:
    """A reported clause in the past or present ("said he accepted"), not a plan or a prediction
    ("said it would withdraw") nor a pluperfect ("said they had left"), which lies before the saying."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in auxes):
        return False
    if any(c.lemma_ == "have" and c.tag_ == "VBD" for c in auxes):
        return False
    return verb_tense(clause) in ("past", "present")


def _is_finite(token: Token) -> bool:
    """A verb with its own tense (or a noun): not an infinitive, participle or gerund clause."""
    if _gerund_subordinator(token) is not None:
        return False
    if token.pos_ not in ("VERB", "AUX"):
        return True
    if token.tag_ in ("VB", "VBG", "VBN"):
        return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in token.children)
    return True


def _search_down(
    top: Token, skip: Token | None, by_token: dict[int, TimeExpr], other_triggers: set[int], *, own: bool
) -> TimeExpr | None:
    """Breadth-first through the modifiers of ``top`` (nearest in the tree first), skipping
    ``skip``'s branch, other events' clauses and the event's theme ("blames X for a coup last year")."""
    if top.i in by_token and own:
        return by_token[top.i]
    queue: deque[Token] = deque(c for c in top.children if _may_enter(c, skip, other_triggers, own, own, by_token)
                                or (own and restates_its_head(top, c)))
    while queue:
        token = queue.popleft()
        if token.i in by_token:
            return by_token[token.i]
        queue.extend(c for c in token.children if _may_enter(c, skip, other_triggers, True, own, by_token))
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


def _part_of_time(token: Token, by_token: dict[int, TimeExpr]) -> bool:
    """"much of the day", "the rest of the week": a quantity whose "of" object is a time."""
    return token.dep_ == "pobj" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.i in by_token for g in c.children) for c in token.children
    )


def _may_enter(child: Token, skip: Token | None, other_triggers: set[int], own: bool, nominal_events: bool,
               by_token: dict[int, TimeExpr]) -> bool:
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
        # "on Thursday", "for much of the day" (a part of a time), not "on a plan ... last week"
        return any(g.i in by_token or _part_of_time(g, by_token) for g in child.children)
    if child.dep_ == "relcl":
        return False
    return own or child.dep_ not in CLAUSAL_DEPS
