"""Within-article merge: one real-world event restated in several places becomes one Event.

Runs after dating and locating. Two events merge when all of these hold:
- same PLOVER type and same CAMEO root (different roots never merge), and the same PLOVER mode
  when both have one (a phone call is not a visit);
- their participants are compatible: one side's source codes contain the other's (an event that
  names no one on a side is compatible there) and they share at least one actor; two events that
  name no actor merge only with the same non-null fatality count; an event naming no actor merges
  with one in the same sentence;
- their dates agree when both are dated from the text (two day-precision dates must be equal;
  otherwise one value must be a prefix of the other, "2017-02" ~ "2017-02-07"); a date that is
  only the publication-date fallback (basis "publication") does not count;
- their factuality is compatible: asserted/reported/planned merge with each other; negated and
  hypothetical only with the same value (a denial is not a restatement).
The most confident mention (the earliest on ties) keeps the fields; a publication-date fallback
gives way to another mention's text date; empty fields (date,
location, fatalities, injured, attributed_to) are filled from the others. Every returned event
has at least one EventMention, its own first.
"""

from __future__ import annotations

from dateline.actors.sameness import same_actor, unique_actors
from dateline.model import Actor, Article, Event, EventMention

FACTUALITY_GROUP = {"asserted": "fact", "reported": "fact", "planned": "fact",
                    "negated": "negated", "hypothetical": "hypothetical"}
FILLED_FIELDS = ("date", "location", "fatalities", "injured", "attributed_to")


def merge_article_events(events: list[Event], article: Article) -> list[Event]:
    clusters: list[list[Event]] = []
    for event in sorted(events, key=lambda e: (e.start, e.trigger.start)):
        home = next((c for c in clusters if all(_compatible(event, other) for other in c)), None)
        if home is None:
            clusters.append([event])
        else:
            home.append(event)
    return [_merge(cluster, article) for cluster in clusters]


def _merge(cluster: list[Event], article: Article) -> Event:
    # The most confident keeps the fields; on ties, a date read from the text beats a fallback.
    primary = max(cluster, key=lambda e: (e.confidence, e.date is not None and e.date.basis == "text",
                                          -e.start, -e.trigger.start))
    for field_name in FILLED_FIELDS:
        if getattr(primary, field_name) is None:
            donor = next((e for e in cluster if getattr(e, field_name) is not None), None)
            if donor is not None:
                setattr(primary, field_name, getattr(donor, field_name))
    if primary.date is not None and primary.date.basis != "text":
        # A publication-date fallback yields to a date another mention reads from the text
        # ("two were killed on Friday when soldiers opened fire": the date sits on "killed").
        dated = next((e for e in cluster if e.date is not None and e.date.basis == "text"), None)
        if dated is not None:
            primary.date = dated.date
    for other in cluster:
        if other is not primary:
            primary.source = unique_actors([*primary.source, *other.source])
            primary.target = unique_actors([*primary.target, *(a for a in other.target
                                                               if not any(same_actor(a, s) for s in primary.source))])
            primary.notes += [n for n in other.notes if n not in primary.notes]
    # The story's main event stays flagged when a restatement of it keeps the fields (#4).
    primary.is_root_event = any(e.is_root_event for e in cluster)
    primary.salience = max((e.salience for e in cluster if e.salience is not None), default=primary.salience)
    ordered = [primary] + [e for e in cluster if e is not primary]
    primary.mentions = [_mention(e, article) for e in ordered]
    return primary


def _mention(event: Event, article: Article) -> EventMention:
    return EventMention(
        doc_id=article.doc_id,
        sentence=event.sentence,
        start=event.start,
        end=event.end,
        trigger=event.trigger,
        confidence=event.confidence,
        source_outlet=article.source,
    )


def _compatible(a: Event, b: Event) -> bool:
    if a.plover.type != b.plover.type or a.cameo.root != b.cameo.root:
        return False
    if a.plover.mode and b.plover.mode and a.plover.mode != b.plover.mode:
        return False
    if FACTUALITY_GROUP[a.factuality] != FACTUALITY_GROUP[b.factuality]:
        return False
    if not _dates_agree(a, b):
        return False
    return _participants_agree(a, b)


def _dates_agree(a: Event, b: Event) -> bool:
    # A publication-date fallback is not evidence of when the event happened: only dates read
    # from the text can keep two mentions apart.
    if a.date is None or b.date is None or a.date.basis != "text" or b.date.basis != "text":
        return True
    if a.date.precision == "day" and b.date.precision == "day":
        return a.date.value == b.date.value
    return a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value)


def _key(actor: Actor) -> str:
    return actor.code or actor.kb_id or actor.name


def _participants_agree(a: Event, b: Event) -> bool:
    a_all = {_key(x) for x in (*a.source, *a.target)}
    b_all = {_key(x) for x in (*b.source, *b.target)}
    if not a_all and not b_all:
        return a.fatalities is not None and a.fatalities == b.fatalities
    if (not a_all or not b_all) and a.sentence == b.sentence:
        return True  # "12 were killed when X shelled Y": the actorless clause is the same event
    if not a_all & b_all:
        return False
    return _nested({_key(x) for x in a.source}, {_key(x) for x in b.source}) and _nested(
        {_key(x) for x in a.target}, {_key(x) for x in b.target}
    ) or _symmetric_same(a, b, a_all, b_all)


def _nested(x: set[str], y: set[str]) -> bool:
    return not x or not y or x <= y or y <= x


def _symmetric_same(a: Event, b: Event, a_all: set[str], b_all: set[str]) -> bool:
    """Symmetric events list participants on both sides; same participants = same event."""
    return a_all == b_all and {_key(x) for x in a.source} == {_key(x) for x in a.target}
