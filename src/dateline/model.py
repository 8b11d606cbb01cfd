"""The data contract: every stage reads and writes these types.

The JSON form of each type is fixed by ``docs/schema.md`` (and ``../shared/docs/output-contract.md``):
``to_dict`` produces exactly the contract's field names; extra fields may be added, none renamed.
Offsets are Python string indices into ``Article.text`` (the body as analysed, header removed),
half-open ``[start, end)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

Factuality = Literal["asserted", "reported", "planned", "negated", "hypothetical"]
Precision = Literal["day", "week", "month", "year"]
GeoPrecision = Literal["city", "admin1", "country"]
ActorType = Literal["person", "organization", "country", "group", "nominal"]
FeatureType = Literal["city", "admin1", "country", "region", "other"]

PLOVER_TYPES = (
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
)
FACTUALITIES = ("asserted", "reported", "planned", "negated", "hypothetical")


def _flat_fields(obj: Any) -> dict[str, Any]:
    """Field dict of a dataclass whose fields are plain values (no deep copy, unlike ``asdict``)."""
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Place:
    name: str
    geonameid: int | None
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    lat: float
    lon: float
    feature: FeatureType

    def to_dict(self) -> dict[str, Any]:
        return _flat_fields(self)


@dataclass(frozen=True)
class Actor:
    name: str
    kb_id: str | None
    code: str | None  # CAMEO-style: country + role, e.g. TURGOV, or IMGISL...
    country: str | None  # ISO 3166-1 alpha-3
    sector: str | None  # GOV, MIL, REB, ...
    type: ActorType
    # Why this code was chosen (KB role on the date, title in context, modifier, ...): the
    # `*_reason` habit of NGEC, kept so a user can see how a code came about.
    reason: str | None = None

    def __post_init__(self) -> None:
        # A name read from the text keeps no line break or run of spaces from the article's
        # layout ("Frans\nAndriessen" is "Frans Andriessen"), so one actor has one name.
        if self.name != (flat := " ".join(self.name.split())):
            object.__setattr__(self, "name", flat)

    def to_dict(self) -> dict[str, Any]:
        return _flat_fields(self)


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "actor": self.actor.to_dict()}


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TimeML value: 2017-02-07, 2016, 2017-02, 2017-W06, PRESENT_REF, P3D, ...

    @property
    def precision(self) -> Precision | None:
        """day/week/month/year for calendar DATE values; None for durations, sets and refs."""
        return precision_of_value(self.value) if self.type in ("DATE", "TIME") else None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}


def precision_of_value(value: str) -> Precision | None:
    """Precision of a TimeML calendar value (``2017-02-07T10:00`` -> day, ``2017-W06`` -> week)."""
    head = value.split("T", 1)[0]
    parts = head.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return None
    if len(parts) == 1:
        return "year"
    if parts[1].startswith("W"):
        return "week"
    if len(parts) == 2:
        return "month" if parts[1].isdigit() else "year"  # 2017-Q1, 2017-SU -> year-level
    return "day" if parts[2].isdigit() else "month"


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "place": self.place.to_dict()}


@dataclass(frozen=True)
class Attribution:
    source: Span  # who says it
    cue: Span  # said, told, according to
    content: Span  # what is said
    speaker: Actor | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict(),
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
            "speaker": self.speaker.to_dict() if self.speaker else None,
        }


@dataclass
class EventDate:
    value: str
    precision: Precision
    basis: Literal["text", "publication"]
    time: Span | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "precision": self.precision,
            "basis": self.basis,
            "time": self.time.to_dict() if self.time else None,
        }


@dataclass
class EventLocation:
    place: Place
    precision: GeoPrecision
    span: Span | None  # the toponym in the text; None when taken from the dateline header

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place.to_dict(),
            "precision": self.precision,
            "span": self.span.to_dict() if self.span else None,
        }


@dataclass
class PloverCode:
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "mode": self.mode, "context": list(self.context)}


@dataclass
class CameoCode:
    code: str  # string, keeps leading zeros: "057"
    root: str  # "05"
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float

    def to_dict(self) -> dict[str, Any]:
        return _flat_fields(self)


@dataclass
class Event:
    event_id: str
    sentence: int
    start: int  # evidence span (the clause or sentence)
    end: int
    trigger: Span
    source: list[Actor]
    target: list[Actor]
    plover: PloverCode
    cameo: CameoCode
    factuality: Factuality
    attributed_to: Actor | None = None
    date: EventDate | None = None
    location: EventLocation | None = None
    fatalities: int | None = None
    injured: int | None = None
    confidence: float = 0.5
    # Every place in the text that reports this same event (within one article: the first is the
    # event's own evidence). Filled by dedup's within-document merge; never empty after it.
    mentions: list["EventMention"] = field(default_factory=list)
    # Free-text notes a stage left when it could not decide ("dozens wounded": count not coded).
    notes: list[str] = field(default_factory=list)
    # Token index of the trigger inside the spaCy Doc, for the stages that walk the parse
    # (temporal, geo). Not serialised.
    trigger_token: int | None = field(default=None, repr=False, compare=False)
    # Document-level salience in [0, 1] and the story's main event (events/salience.py, #4).
    salience: float | None = None
    is_root_event: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger.to_dict(),
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "plover": self.plover.to_dict(),
            "cameo": self.cameo.to_dict(),
            "factuality": self.factuality,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "confidence": round(self.confidence, 3),
            "mentions": [m.to_dict() for m in self.mentions],
            "notes": list(self.notes),
            "salience": self.salience,
            "is_root_event": self.is_root_event,
        }


@dataclass(frozen=True)
class EventMention:
    """One place in one article that reports an event."""

    doc_id: str
    sentence: int
    start: int
    end: int
    trigger: Span
    confidence: float
    source_outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger.to_dict(),
            "confidence": round(self.confidence, 3),
            "source_outlet": self.source_outlet,
        }


@dataclass(frozen=True)
class Article:
    """One input article, validated by ingest: it has a real date and a non-empty body."""

    doc_id: str
    date: str  # publication date, YYYY-MM-DD
    text: str  # body exactly as analysed (header removed)
    dateline: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    datetime: str | None = None  # the full ISO 8601 creation time when the input gave one
    origin: str | None = None  # file[:line] the record came from

    @property
    def content_hash(self) -> str:
        from dateline.ingest.ids import content_hash

        return content_hash(self)


@dataclass(frozen=True)
class RecordError:
    """A record that could not be analysed: kept, with a coded reason, never dropped."""

    code: str  # E101, ...
    message: str
    origin: str | None  # file[:line] or "<stdin>:3"
    doc_id: str | None = None
    raw: str | None = None  # the start of the record as read, for the quarantine table

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "origin": self.origin,
            "error": {"code": self.code, "message": self.message},
        }


@dataclass(frozen=True)
class SentenceSpan:
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class MainEvent:
    """Which event is the story's main one: its id, and whether it is coded from the body
    (``"text"``, in ``events``) or the headline (``"title"``, in ``title_events``)."""

    event_id: str
    part: Literal["text", "title"]

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "part": self.part}


@dataclass
class AnnotatedArticle:
    """The result of running the pipeline on one article: the `dateline extract` object."""

    article: Article
    sentences: list[SentenceSpan]
    actors: list[ActorMention]
    times: list[TimeExpr]
    places: list[PlaceMention]
    attributions: list[Attribution]
    events: list[Event]
    dateline_place: Place | None
    pipeline: dict[str, str]
    # The headline coded as its own text (offsets into ``article.title``) and the story's main
    # event across both (events/headline.py, events/salience.py; events-headline7, #4).
    title_events: list[Event] = field(default_factory=list)
    main_event: MainEvent | None = None

    @property
    def doc_id(self) -> str:
        return self.article.doc_id

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "doc_id": a.doc_id,
            "date": a.date,
            "text": a.text,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "dateline": (
                {"text": a.dateline, "place": self.dateline_place.to_dict() if self.dateline_place else None}
                if a.dateline
                else None
            ),
            "sentences": [s.to_dict() for s in self.sentences],
            "actors": [m.to_dict() for m in self.actors],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
            "attributions": [x.to_dict() for x in self.attributions],
            "events": [e.to_dict() for e in self.events],
            "title_events": [e.to_dict() for e in self.title_events],
            "main_event": self.main_event.to_dict() if self.main_event else None,
            "pipeline": dict(self.pipeline),
        }
