"""ACLED-like profile: ACLED's 31 columns in their names and order, as CSV with a header.

Only events in ACLED's scope are written: a CAMEO/PLOVER code that maps to an ACLED category
(data/acled_types.yaml) and a factuality of ``asserted`` or ``reported`` (ACLED records events that
happened, not plans, denials or hypotheses). Mapping of every column in docs/exports.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from dateline.data_files import parse_yaml, read_data_text
from dateline.export.countries import country
from dateline.export.ids import numeric_event_id
from dateline.export.profile import Profile
from dateline.export.source import ExportEvent

COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

MULTI = "; "
IN_SCOPE_FACTUALITY = ("asserted", "reported")
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"city": 1, "admin1": 2, "country": 3}
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
ARMED_NON_STATE = frozenset({"REB", "INS"})
# ACLED actor types (inter1/inter2).
STATE_FORCES, REBEL_GROUPS, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL_FORCES = 1, 2, 5, 6, 7, 8

Category = tuple[str, str, str]


@lru_cache(maxsize=1)
def categories() -> dict[str, dict[str, Category]]:
    data = parse_yaml(read_data_text("dateline.export", "data/acled_types.yaml"))
    return {table: {str(k): tuple(v) for k, v in rows.items()} for table, rows in data.items()}  # type: ignore[misc]


def _longest(table: dict[str, Category], code: str) -> Category | None:
    for end in range(len(code), 0, -1):
        found = table.get(code[:end])
        if found:
            return found
    return None


def _is_civilian(actor: dict[str, Any]) -> bool:
    return actor.get("sector") == "CVL" or str(actor.get("code") or "").endswith("CVL")


def _is_state(actor: dict[str, Any]) -> bool:
    return actor.get("sector") in STATE_SECTORS


def _is_armed(actor: dict[str, Any]) -> bool:
    return _is_state(actor) or actor.get("sector") in ARMED_NON_STATE or str(actor.get("code") or "").startswith("IMG")


def category(body: dict[str, Any]) -> Category | None:
    """ACLED's (disorder_type, event_type, sub_event_type) for a canonical event, or None (out of scope).

    A battle needs an armed actor on the receiving side: force used against civilians, or against no
    armed actor the text names, is looked up in the ``civilians`` table first.
    """
    tables = categories()
    code = str((body.get("cameo") or {}).get("code") or "")
    if code:
        target = body.get("target") or []
        if any(_is_state(a) for a in body.get("source") or []):
            found = _longest(tables.get("state_source", {}), code)
            if found:
                return found
        if any(_is_civilian(a) for a in target) or not any(_is_armed(a) for a in target):
            found = _longest(tables.get("civilians", {}), code)
            if found:
                return found
        return _longest(tables.get("cameo", {}), code)
    return tables.get("plover", {}).get(str((body.get("plover") or {}).get("type")))


def inter(actor: dict[str, Any] | None, role: str, kind: Category, event_country: str | None) -> int | None:
    """ACLED's actor type code for the first actor of a side."""
    if actor is None:
        return None
    code = str(actor.get("code") or "")
    sector = actor.get("sector")
    if role == "source" and kind[1] == "Protests":
        return PROTESTERS
    if role == "source" and kind[1] == "Riots" and not _is_state(actor):
        return RIOTERS
    if _is_state(actor):
        foreign = actor.get("country") and event_country and actor.get("country") != event_country
        return EXTERNAL_FORCES if foreign else STATE_FORCES
    if sector in ARMED_NON_STATE or code.startswith("IMG"):
        return REBEL_GROUPS
    if code.startswith("IGO"):
        return EXTERNAL_FORCES
    if sector is not None or _is_civilian(actor):
        return CIVILIANS
    return None


def interaction(first: int | None, second: int | None) -> int | None:
    """Two actor types as one number, the lower digit first; a lone actor is its type times ten."""
    present = sorted(v for v in (first, second) if v is not None)
    if not present:
        return None
    return present[0] * 10 + (present[1] if len(present) > 1 else 0)


def event_date(event: ExportEvent) -> dt.date:
    """The day the date covers, or the middle day of a week, month or year."""
    first, last = event.date_bounds()
    return first + (last - first) // 2


def _names(actors: Sequence[dict[str, Any]]) -> str | None:
    kept = [str(a.get("name")) for a in actors if a.get("name")]
    return MULTI.join(kept) if kept else None


def row(event: ExportEvent) -> Iterator[list[Any]]:
    body = event.body
    if body.get("factuality") not in IN_SCOPE_FACTUALITY:
        return
    kind = category(body)
    if kind is None:
        return
    place = event.place() or {}
    iso3 = place.get("country")
    facts = country(iso3)
    source, target = body.get("source") or [], body.get("target") or []
    inter1 = inter(source[0] if source else None, "source", kind, iso3)
    inter2 = inter(target[0] if target else None, "target", kind, iso3)
    day = event_date(event)
    precision = event.precision()
    fatalities = body.get("fatalities")
    yield [
        f"{iso3 or 'XXX'}{numeric_event_id(event.event_id)}", day.isoformat(), day.year,
        TIME_PRECISION.get(precision or "", 3 if precision is None else 1), *kind,
        source[0].get("name") if source else None, _names(source[1:]), inter1,
        target[0].get("name") if target else None, _names(target[1:]), inter2, interaction(inter1, inter2),
        "Civilian targeting" if any(_is_civilian(a) for a in target) else None,
        facts.isonumeric if facts else None, None, facts.name if facts else iso3, place.get("admin1"), None, None,
        place.get("name"), place.get("lat"), place.get("lon"),
        GEO_PRECISION.get(event.geo_precision() or "", 3) if place else None,
        MULTI.join(event.outlets()) or None, None, event.evidence, fatalities if fatalities is not None else 0,
        f"factuality={body.get('factuality')}", int(event.added().replace(tzinfo=dt.timezone.utc).timestamp()),
    ]


ACLED = Profile("acled", COLUMNS, row, tab_separated=False, header=True)
