"""Event filters as parameterised SQL: user text only ever travels as a bound parameter."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from dateline.errors import UsageError

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def bound_date(value: str, *, last: bool) -> str:
    """``2017`` / ``2017-02`` / ``2017-02-08`` as the first (or last) day it covers."""
    text = str(value).strip()
    m = _PARTIAL_DATE.match(text)
    if not m:
        raise UsageError("E208", value=value)
    try:
        year = int(m.group(1))
        if m.group(3):
            return dt.date(year, int(m.group(2)), int(m.group(3))).isoformat()
        if m.group(2):
            month = int(m.group(2))
            day = calendar.monthrange(year, month)[1] if last else 1
            return dt.date(year, month, day).isoformat()
        return dt.date(year, 12, 31).isoformat() if last else dt.date(year, 1, 1).isoformat()
    except ValueError:
        raise UsageError("E208", value=value) from None


@dataclass(frozen=True)
class EventFilter:
    """The filters every event query and export accepts. ``None`` means "no filter"."""

    start: str | None = None
    end: str | None = None
    actor: str | None = None
    country: str | None = None
    plover_type: str | None = None
    cameo_root: str | None = None
    event_country: str | None = None
    query: str | None = None

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """``(WHERE clause or "", parameters)`` over ``events AS alias``."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.start is not None:
            # Overlap: an event dated 2017-02 (month) matches a query starting 2017-02-15.
            clauses.append(f"{alias}.date_last >= ?")
            params.append(bound_date(self.start, last=False))
        if self.end is not None:
            clauses.append(f"{alias}.date_first <= ?")
            params.append(bound_date(self.end, last=True))
        if self.actor is not None:
            # A UNION, not `code = ? OR kb_id = ?`: each half reads its own (column, event_id) index.
            clauses.append(
                f"{alias}.event_id IN (SELECT event_id FROM event_actors WHERE code = ?"
                " UNION SELECT event_id FROM event_actors WHERE kb_id = ?)"
            )
            params += [self.actor, self.actor]
        if self.country is not None:
            clauses.append(f"{alias}.event_id IN (SELECT event_id FROM event_actors WHERE country = ?)")
            params.append(self.country.upper())
        if self.plover_type is not None:
            clauses.append(f"{alias}.plover_type = ?")
            params.append(self.plover_type.upper())
        if self.cameo_root is not None:
            # Roots are two-digit strings; a user typing 5 means "05".
            root = str(self.cameo_root).strip()
            clauses.append(f"{alias}.cameo_root = ?")
            params.append(root.zfill(2) if root.isdigit() else root)
        if self.event_country is not None:
            clauses.append(f"{alias}.location_country = ?")
            params.append(self.event_country.upper())
        if self.query is not None:
            clauses.append(
                f"{alias}.event_id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.doc_id = m.doc_id"
                " WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))"
            )
            params.append(self.query)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params
