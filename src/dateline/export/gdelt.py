"""GDELT 2.0 Events (61 columns) and Mentions (16 columns) tables, in the codebook's names and order.

Tab-separated, no header, no quoting, as GDELT ships its 15-minute files; every column's source is
documented in docs/exports.md. What dateline does not compute (tone, ethnic and religion codes,
actor geography, ADM2) is an empty cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from dateline.export.countries import country
from dateline.export.ids import numeric_event_id
from dateline.export.profile import Profile
from dateline.export.source import ActorSpan, ExportEvent

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

# Prefixes of CAMEO codes that name a known group (IGOUNO -> UNO, IMGSHB -> SHB).
KNOWN_GROUP_PREFIXES = ("IGO", "IMG", "NGO", "MNC")
# GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5
NO_GEO = (0, None, None, None, None, None, None, None)
MENTION_WEB, MENTION_CITATION_ONLY = 1, 2


def timestamp(value: dt.datetime) -> str:
    """YYYYMMDDHHMMSS, GDELT's DATEADDED / MentionTimeDate form."""
    return value.strftime("%Y%m%d%H%M%S")


def fraction_date(day: dt.date) -> float:
    """Year plus the share of the year completed before ``day`` (days before it / 365), 4 decimals."""
    return round(day.year + (day.timetuple().tm_yday - 1) / 365, 4)


def actor_fields(actors: Sequence[dict[str, Any]]) -> list[Any]:
    """The ten Actor1*/Actor2* columns from the first actor of one side (GDELT has one per side)."""
    if not actors:
        return [None] * len(ACTOR_FIELDS)
    a = actors[0]
    code = a.get("code")
    known = code[3:6] if code and code[:3] in KNOWN_GROUP_PREFIXES and len(code) >= 6 else None
    name = a.get("name")
    return [code, name.upper() if name else None, a.get("country"), known, None, None, None, a.get("sector"),
            None, None]


def action_geo(event: ExportEvent) -> tuple[Any, ...]:
    """The eight ActionGeo_* columns from the event's location."""
    place = event.place()
    if not place:
        return NO_GEO
    level = event.geo_precision() or place.get("feature")
    facts = country(place.get("country"))
    fips = facts.fips if facts else None
    us = place.get("country") == "USA"
    if level == "country":
        kind = GEO_COUNTRY
    elif level == "admin1":
        kind = GEO_US_STATE if us else GEO_WORLD_STATE
    else:
        kind = GEO_US_CITY if us else GEO_WORLD_CITY
    name = place.get("name")
    if kind != GEO_COUNTRY and facts and name and name != facts.name:
        name = f"{name}, {facts.name}"
    admin1 = place.get("admin1")
    adm1 = (fips + admin1) if fips and admin1 and kind != GEO_COUNTRY else fips
    feature = place.get("geonameid") if kind != GEO_COUNTRY else (fips or place.get("geonameid"))
    return (kind, name, fips, adm1, None, place.get("lat"), place.get("lon"), feature)


def is_root(event: ExportEvent) -> int:
    """1 when any mention is in its article's lead sentence (GDELT: the lead paragraph)."""
    return int(any(m.get("sentence") == 0 for m in event.body.get("mentions", [])))


def date_added(event: ExportEvent) -> str:
    return timestamp(event.added())


def event_row(event: ExportEvent) -> Iterator[list[Any]]:
    body = event.body
    day, _ = event.date_bounds()
    cameo = body.get("cameo") or {}
    code = cameo.get("code") or None
    yield [
        numeric_event_id(event.event_id), day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, fraction_date(day),
        *actor_fields(body.get("source") or []),
        *actor_fields(body.get("target") or []),
        is_root(event), code, code[:3] if code else None, cameo.get("root") or None, cameo.get("quad_class"),
        cameo.get("goldstein"), body.get("num_mentions"), body.get("num_sources"), body.get("num_articles"), None,
        *NO_GEO, *NO_GEO, *action_geo(event),
        date_added(event), event.article.url or event.article.doc_id,
    ]


def actor_offset(spans: Sequence[ActorSpan], actors: Sequence[dict[str, Any]], start: int, end: int,
                 anchor: int) -> int:
    """Offset of the side's first actor as named inside the mention's span ``[start, end)``, the
    naming nearest the trigger (``anchor``); -1 (GDELT's "not found") when it is not named there."""
    if not actors:
        return -1
    inside = [s for s in spans if start <= s.start < end and s.names(actors[0])]
    if not inside:
        return -1
    return min(inside, key=lambda s: (abs(s.start - anchor), s.start)).start


def mention_rows(event: ExportEvent) -> Iterator[list[Any]]:
    gid = numeric_event_id(event.event_id)
    added = date_added(event)
    source, target = event.body.get("source") or [], event.body.get("target") or []
    for m in event.body.get("mentions", []):
        article = event.lookup.get(m["doc_id"])
        outlet = m.get("source_outlet") or article.source or (urlsplit(article.url).hostname if article.url else None)
        trigger = m.get("trigger") or {}
        action = trigger.get("start", -1)
        confidence = m.get("confidence")
        spans = event.lookup.actor_spans(m["doc_id"]) if source or target else []
        start, end = m.get("start") or 0, m.get("end") or 0
        yield [
            gid, added, timestamp(article.published), MENTION_WEB if article.url else MENTION_CITATION_ONLY,
            outlet, article.url or article.doc_id, (m.get("sentence") or 0) + 1,
            actor_offset(spans, source, start, end, action), actor_offset(spans, target, start, end, action), action,
            1, round(confidence * 100) if confidence is not None else None, article.length, None, None, None,
        ]


EVENTS = Profile("gdelt-events", EVENT_COLUMNS, event_row, tab_separated=True, header=False)
MENTIONS = Profile("gdelt-mentions", MENTION_COLUMNS, mention_rows, tab_separated=True, header=False)
