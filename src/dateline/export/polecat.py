"""POLECAT-like profile: the 40 columns of the POLECAT weekly files (NGEC coder output), in their names
and order, tab-separated with a header; then dateline's own columns (story id, headline, evidence text,
fatalities, factuality, counts). Mapping in docs/exports.md."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from dateline.export.profile import Profile
from dateline.export.source import ExportEvent
from dateline.version import __version__

MULTI = "; "  # POLECAT's separator inside multi-valued cells

POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
)
DATELINE_COLUMNS: tuple[str, ...] = (
    "Story ID", "Headline", "Event Text", "Fatalities", "Injured", "Factuality", "Confidence",
    "Num Mentions", "Num Sources", "Num Articles",
)
COLUMNS = POLECAT_COLUMNS + DATELINE_COLUMNS


def joined(values: Sequence[Any]) -> str | None:
    kept = [str(v) for v in values if v not in (None, "")]
    return MULTI.join(kept) if kept else None


def aligned(values: Sequence[Any]) -> str | None:
    """One value per actor, in actor order, an empty slot where an actor has none (``; TUR``)."""
    if not any(v not in (None, "") for v in values):
        return None
    return MULTI.join("" if v is None else str(v) for v in values)


def side(actors: Sequence[dict[str, Any]]) -> list[Any]:
    """Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID for one side."""
    sectors = list(dict.fromkeys(a.get("sector") for a in actors if a.get("sector")))
    return [
        aligned([a.get("name") for a in actors]), aligned([a.get("country") for a in actors]), None,
        sectors[0] if sectors else None, joined(sectors), None, None, aligned([a.get("kb_id") for a in actors]),
    ]


def place_columns(event: ExportEvent) -> list[Any]:
    """Placename, City, District, Province, Country, Latitude, Longitude, GeoNames ID, Raw Placename, Feature Type."""
    place = event.place()
    if not place:
        return [None] * 10
    span = (event.body.get("location") or {}).get("span") or {}
    feature = place.get("feature")
    return [place.get("name"), place.get("name") if feature == "city" else None, None, place.get("admin1"),
            place.get("country"), place.get("lat"), place.get("lon"), place.get("geonameid"), span.get("text"),
            feature]


def row(event: ExportEvent) -> Iterator[list[Any]]:
    body = event.body
    plover = body.get("plover") or {}
    cameo = body.get("cameo") or {}
    article = event.article
    day, _ = event.date_bounds()
    yield [
        event.event_id, day.isoformat(), plover.get("type"), plover.get("mode"), None, cameo.get("quad_class"),
        joined(plover.get("context") or []),
        *side(body.get("source") or []),
        *side(body.get("target") or []),
        *place_columns(event),
        article.source, article.date, None, None, None, article.language, f"dateline {__version__}",
        article.doc_id, article.title, event.evidence, body.get("fatalities"), body.get("injured"),
        body.get("factuality"), body.get("confidence"), body.get("num_mentions"), body.get("num_sources"),
        body.get("num_articles"),
    ]


POLECAT = Profile("polecat", COLUMNS, row, tab_separated=True, header=True)
