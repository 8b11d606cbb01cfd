"""Toponym recognition and disambiguation: which spans name places, and which place each one is.

Recognition: spaCy GPE/LOC/FAC entities found in the gazetteer, plus PERSON/ORG entities that the
gazetteer knows and the grammar places ("in al-Bab", "Raqqa and al-Bab", "left Cucuta") or the
dateline names; spans the actors stage resolved as people or organisations are dropped.
Disambiguation: each reading's prior (population, feature, capital) and namesake adjustments, plus
the document's context (the dateline, countries and US states named, nearby unambiguous towns) and
the mention's own grammar ("Paris, Texas", "Atlanta, Georgia", "Washington state", lists).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dateline.actors.entity_fixer import PLACE_OBJECT_VERBS  # "left Goma": one list for both stages
from dateline.geo.folding import fold
from dateline.geo.gazetteer import Gazetteer
from dateline.geo.metonymy import is_metonymic, mark_metonymic
from dateline.model import ActorMention, Article, Place, PlaceMention

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAYBE_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP"})  # NER slips on transliterated names
# Prepositions after which a capitalised name is a place ("in al-Bab", "from Raqqa").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "into", "outside", "around", "towards", "toward", "across"})
# "the outskirts of X", "the town of X": X is a place whatever NER thought.
PLACE_OF_NOUNS = frozenset({
    "outskirts", "city", "town", "village", "province", "region", "capital", "district", "suburbs",
    "suburb", "governorate", "state", "county", "port", "area", "centre", "center", "streets", "heart",
})
_DIRECTION = re.compile(
    r"^(?:(?:north|south|east|west|central|upper|lower)(?:ern)?(?:[- ]?(?:north|south|east|west)(?:ern)?)?|"
    r"(?:north|south)-?(?:east|west)(?:ern)?)\s+",
    re.IGNORECASE,
)
# "Homs province": the name before a division noun (tried only when the whole span is unknown).
_DIVISION_SUFFIX = re.compile(
    r"\s+(?:province|governorate|region|prefecture|oblast|state)$",  # not "county": the seat is often another town
    re.IGNORECASE,
)
_DIVISION_AFTER = re.compile(r"\s+(?:state|province|governorate|oblast|prefecture)\b", re.IGNORECASE)
_LIST_JOINER = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_DATELINE_NOISE = re.compile(r"\(.*?\)|\b(?:reuters|afp|ap|xinhua)\b", re.IGNORECASE)

# Weights of the context evidence added to a reading's prior (see Gazetteer.prior).
QUALIFIER_BONUS = 8.0  # "Paris, Texas": the name is explicitly placed
DATELINE_COUNTRY_BONUS = 2.5
TEXT_COUNTRY_BONUS = 3.0
STATE_BONUS = 2.5
DIRECTION_MIN_TOWN = 20_000  # smallest town read from "western X" once the direction word is dropped
LIST_BONUS = 2.5  # the reading has the kind (state, country, town) most of its list-mates have
DIVISION_BONUS = 4.0  # "Washington state": a state/province reading
NEAR_KM, NEAR_BONUS = 150.0, 2.0  # a reading close to an unambiguous place of the same text
REGION_KM, REGION_BONUS = 400.0, 1.0


@dataclass
class _Candidate:
    start: int  # character offsets of the toponym as kept (without "the", possessive)
    end: int
    text: str
    ids: tuple[int, ...]
    span: Span
    qualifier: tuple[int, ...] = ()  # ids of the "Texas" in "Paris, Texas"
    listed_with: tuple[int, ...] = ()  # indexes of the candidates it is listed with ("A, B and C")
    qualifies: tuple[int, ...] = ()  # ids of the "Paris" that this "Texas" qualifies
    division: bool = False  # followed by "state", "province"...: "Washington state", "Homs province"


def _clean(doc_text: str, span: Span) -> tuple[int, int, str] | None:
    """Character offsets of ``span`` without a leading "the" and a trailing possessive.

    ``doc_text`` is ``doc.text`` computed once by the caller: spaCy rebuilds it from every token on
    each access, which made this function most of the stage's cost."""
    start, end = span.start_char, span.end_char
    text = doc_text[start:end]
    m = _LEADING_THE.match(text)
    if m:
        start += m.end()
    text = doc_text[start:end]
    m = _POSSESSIVE.search(text)
    if m and len(text) > m.end() - m.start() + 1:
        end -= m.end() - m.start()
    text = doc_text[start:end].rstrip()
    end = start + len(text)
    return (start, end, text) if text else None


def _lookup(gazetteer: Gazetteer, text: str) -> tuple[tuple[int, ...], int, int]:
    """Ids for ``text``, trying it without a direction word ("northern Syria") or a trailing
    division noun ("Homs province", "Helmand Province") if needed.

    Returns the ids and how many leading and trailing characters were dropped.
    """
    if text.endswith("."):  # "Paris, Tex.": an AP state abbreviation
        ids = gazetteer.abbreviation(text)
        if ids:
            return ids, 0, 0
    ids = gazetteer.ids(text)
    if ids:
        return ids, 0, 0
    head = 0
    m = _DIRECTION.match(text)
    if m:
        head = m.end()
        # "northern Syria" -> Syria, but "West Prince" is no "Prince" (a hamlet): after a dropped
        # direction word only areas and real towns count.
        ids = tuple(i for i in gazetteer.ids(text[head:])
                    if gazetteer.feature(i) != "city" or gazetteer.population(i) >= DIRECTION_MIN_TOWN)
        if ids:
            return ids, head, 0
    m = _DIVISION_SUFFIX.search(text, head)
    if m and m.start() > head:
        return gazetteer.ids(text[head:m.start()]), head, len(text) - m.start()
    return (), 0, 0


def _non_place_actor(start: int, end: int, text: str, actors: list[ActorMention]) -> bool:
    """True when the actors stage resolved this very span as a person, organisation or group."""
    for a in actors:
        if a.actor.type in ("country", "nominal"):
            continue
        # Same span (give or take "the"), or the actor's name lies inside this span.
        if a.start >= start - 4 and a.end <= end + 2 and (a.end - a.start) >= 0.6 * (end - start):
            return True
    return False


def _is_locative_context(span: Span) -> bool:
    """A PERSON/ORG span used as a place: after a place preposition or coordinated with a place."""
    root = span.root
    if root.dep_ == "poss" or span.doc[span.end - 1].tag_ == "POS" or (
        span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"
    ):
        return False  # "Pompeo's visit": a possessor is a person far more often than a place
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and (
        root.head.head.lower_ in PLACE_OF_NOUNS or root.head.head.lemma_.lower() in PLACE_OF_NOUNS
    ):
        return True
    if span.start > 0 and span.doc[span.start - 1].lower_ in PLACE_PREPOSITIONS:
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_OBJECT_VERBS:
        return True  # "the convoy left Cucuta": what one leaves or enters is a place
    if root.dep_ == "conj" and root.head.ent_type_ in ("GPE", "LOC"):
        return True
    return any(c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC") for c in root.children)


def _candidates(
    doc: Doc, doc_text: str, actors: list[ActorMention], gazetteer: Gazetteer, dateline_key: str = ""
) -> list[_Candidate]:
    """Toponym spans. ``dateline_key`` is the folded dateline name: the article has told us that
    name is a place, so a mention of it is one whatever NER thought ("CUCUTA: ... left Cucuta")."""
    found: list[_Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MAYBE_PLACE_LABELS:
            continue
        cleaned = _clean(doc_text, ent)
        if cleaned is None:
            continue
        start, end, text = cleaned
        if ent.label_ == "NORP":  # a demonym is never a place; a NORP tag on "Raqqa" is an NER slip
            if not ent.text[:1].isupper() or text.lower().endswith(("ian", "ish", "ese", "i", "an", "s")):
                continue
        if _non_place_actor(start, end, text, actors):
            continue
        ids, head, tail = _lookup(gazetteer, text)
        if not ids:
            continue
        if ent.label_ in MAYBE_PLACE_LABELS and not _is_locative_context(ent):
            if not dateline_key or fold(text) != dateline_key:
                continue
        division = bool(tail) or bool(_DIVISION_AFTER.match(doc_text, end))
        found.append(_Candidate(start + head, end - tail, text[head:len(text) - tail], ids, ent, division=division))
    _attach_qualifiers(doc_text, found)
    return found


def _attach_qualifiers(doc_text: str, found: list[_Candidate]) -> None:
    """"Paris, Texas" / "Tripoli, Lebanon": the second name qualifies the first. Neighbours joined
    only by a comma, "and" or "or" are a list ("Alaska, Alabama and Oregon"), whose items tend to be
    of one kind."""
    for k, (a, b) in enumerate(zip(found, found[1:])):
        between = doc_text[a.end:b.start]
        if between.strip() == ",":
            a.qualifier = b.ids
            b.qualifies = a.ids
        if _LIST_JOINER.match(between):
            a.listed_with += (k + 1,)
            b.listed_with += (k,)


def _parse_dateline(text: str) -> tuple[str, str | None]:
    """"BEIRUT, Lebanon (Reuters)" -> ("BEIRUT", "Lebanon")."""
    text = _DATELINE_NOISE.sub(" ", text).strip(" -—–:,")
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return "", None
    return parts[0], (parts[1] if len(parts) > 1 else None)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: exact enough under a few hundred km, and cheap."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


class _Context:
    """What the document says about where it is: dateline country, countries and states named."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer
        self.dateline_country: str | None = None
        self.countries: dict[str, int] = {}
        self.states: dict[str, int] = {}
        self.anchors: list[tuple[int, float, float]] = []  # unambiguous towns/states: (id, lat, lon)

    def add_reading(self, i: int, anchor: bool = False) -> None:
        if anchor and self.g.feature(i) in ("city", "admin1"):
            lat, lon = self.g.coords(i)
            self.anchors.append((i, lat, lon))
        iso3 = self.g.iso3(i)
        if iso3:
            self.countries[iso3] = self.countries.get(iso3, 0) + 1
        if iso3 == "USA" and self.g.feature(i) == "admin1" and self.g.admin1(i):
            self.states[self.g.admin1(i)] = self.states.get(self.g.admin1(i), 0) + 1  # type: ignore[index]

    def score(self, i: int, qualifier: tuple[int, ...] = (), own: int | None = None) -> float:
        g = self.g
        score = g.prior(i)
        iso3 = g.iso3(i)
        if qualifier:
            for q in qualifier:
                if (g.feature(q) == "country" and g.iso3(q) == iso3) or (
                    g.feature(q) == "admin1" and g.iso3(q) == iso3 and g.admin1(q) == g.admin1(i)
                ):
                    score += QUALIFIER_BONUS
                    break
        if iso3 and iso3 == self.dateline_country:
            score += DATELINE_COUNTRY_BONUS
        if iso3:
            # A mention never counts as evidence for itself.
            n = self.countries.get(iso3, 0) - (1 if own is not None and g.iso3(own) == iso3 else 0)
            if n > 0:
                score += TEXT_COUNTRY_BONUS + min(n - 1, 3) * 0.5
        feature = g.feature(i)
        if iso3 == "USA" and feature == "city":
            n = self.states.get(g.admin1(i) or "", 0)
            if n > 0:
                score += STATE_BONUS
        elif feature == "admin1":
            score += self._container_evidence(i)
        if self.anchors and feature == "city":
            lat, lon = g.coords(i)
            nearest = min((_km(lat, lon, a_lat, a_lon) for a, a_lat, a_lon in self.anchors if a != i), default=1e9)
            if nearest <= NEAR_KM:
                score += NEAR_BONUS
            elif nearest <= REGION_KM:
                score += REGION_BONUS
        return score

    def _container_evidence(self, i: int) -> float:
        """A state/province reading earns what a town near it would: unambiguous towns of the text
        inside it. Without this a namesake town with local evidence always beat the state."""
        g = self.g
        code, iso3 = g.admin1(i), g.iso3(i)
        if code and any(g.feature(a) == "city" and g.admin1(a) == code and g.iso3(a) == iso3 for a, _, _ in self.anchors):
            return NEAR_BONUS
        return 0.0

    def best(self, ids: tuple[int, ...], qualifier: tuple[int, ...] = (), own: int | None = None,
             mention: dict[int, float] | None = None) -> int:
        """The top reading; ``mention`` adds per-reading evidence from the mention's own grammar."""
        adjust = self.g.reading_bonus(ids)
        if mention:
            for i, bonus in mention.items():
                adjust[i] = adjust.get(i, 0.0) + bonus
        return max(ids, key=lambda i: self.score(i, qualifier, own) + adjust.get(i, 0.0))


def _resolve_dateline(article: Article, gazetteer: Gazetteer, ctx: _Context) -> Place | None:
    if not article.dateline:
        return None
    name, hint = _parse_dateline(article.dateline)
    ids = gazetteer.ids(name)
    if not ids:
        return None
    qualifier = gazetteer.ids(hint) if hint else ()
    best = ctx.best(ids, qualifier)
    ctx.dateline_country = gazetteer.iso3(best)
    return gazetteer.place(best)


def _mention_evidence(c: _Candidate, g: Gazetteer, first: list[int] | None = None) -> dict[int, float]:
    """Per-reading bonuses from the mention's grammar: "X state" wants a state; the "Georgia" of
    "Atlanta, Georgia" wants the area holding an Atlanta; a list item wants its list-mates' kind
    (``first``: the pass-1 readings)."""
    out: dict[int, float] = {}
    kind = None
    if first is not None and c.listed_with:
        kinds = Counter(g.feature(first[k]) for k in c.listed_with)
        kind, n = kinds.most_common(1)[0]
        if 2 * n < len(c.listed_with) + 1:
            kind = None
    for i in c.ids:
        f = g.feature(i)
        bonus = 0.0
        if c.division and f == "admin1":
            bonus += DIVISION_BONUS
        if kind is not None and f == kind:
            bonus += LIST_BONUS
        if c.qualifies and f in ("admin1", "country") and _contains_one(g, i, c.qualifies):
            bonus += QUALIFIER_BONUS
        if bonus:
            out[i] = bonus
    return out


def _contains_one(g: Gazetteer, area: int, ids: tuple[int, ...]) -> bool:
    iso3, code, is_state = g.iso3(area), g.admin1(area), g.feature(area) == "admin1"
    return any(j != area and g.iso3(j) == iso3 and (not is_state or g.admin1(j) == code) for j in ids[:50])


def _disambiguate(doc_text: str, candidates: list[_Candidate], ctx: _Context) -> list[PlaceMention]:
    g = ctx.g
    # Pass 1: context from readings that need no context (a single reading, or a country/state).
    first: list[int] = []
    for c in candidates:
        top = ctx.best(c.ids, c.qualifier, mention=_mention_evidence(c, g))
        first.append(top)
        if len(c.ids) == 1 or g.feature(top) in ("country", "admin1"):
            ctx.add_reading(top, anchor=True)
    # Pass 2: every mention, scored with that context; readings of one name agree within a text.
    chosen: dict[str, int] = {}
    mentions: list[PlaceMention] = []
    for c, top in zip(candidates, first):
        key = c.text.lower()
        if key in chosen and not c.qualifier:
            i = chosen[key]
        else:
            i = ctx.best(c.ids, c.qualifier, own=top, mention=_mention_evidence(c, g, first))
            chosen.setdefault(key, i)
        mentions.append(PlaceMention(c.start, c.end, doc_text[c.start:c.end], g.place(i)))
    return mentions


def find_places(
    doc: Doc, article: Article, actors: list[ActorMention], gazetteer: Gazetteer
) -> tuple[Place | None, list[PlaceMention]]:
    """The dateline's place and every toponym in the text, resolved (metonymic ones flagged on ``doc``)."""
    ctx = _Context(gazetteer)
    dateline_place = _resolve_dateline(article, gazetteer, ctx)
    dateline_key = fold(_parse_dateline(article.dateline)[0]) if dateline_place is not None and article.dateline else ""
    doc_text = doc.text  # once: spaCy rebuilds Doc.text from its tokens on every access
    candidates = _candidates(doc, doc_text, actors, gazetteer, dateline_key)
    mentions = _disambiguate(doc_text, candidates, ctx)
    mark_metonymic(doc, {(c.start, c.end) for c in candidates if is_metonymic(c.span)})
    return dateline_place, mentions


def resolve_spans(
    doc: Doc, article: Article, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[PlaceMention | None]:
    """Resolve given toponym spans (e.g. gold ones) with the same context model; None if unknown."""
    ctx = _Context(gazetteer)
    _resolve_dateline(article, gazetteer, ctx)
    doc_text = doc.text
    candidates: list[_Candidate] = []
    where: list[int] = []
    for k, (start, end) in enumerate(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        text = doc_text[start:end]
        ids, _, tail = _lookup(gazetteer, _LEADING_THE.sub("", text))
        if span is None or not ids:
            continue
        division = bool(tail) or bool(_DIVISION_AFTER.match(doc_text, end))
        candidates.append(_Candidate(start, end, text, ids, span, division=division))
        where.append(k)
    _attach_qualifiers(doc_text, candidates)
    out: list[PlaceMention | None] = [None] * len(spans)
    for k, mention in zip(where, _disambiguate(doc_text, candidates, ctx)):
        out[k] = mention
    return out
