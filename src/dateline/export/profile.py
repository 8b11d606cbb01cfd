"""A column profile (GDELT, POLECAT, ACLED): a pinned column list, a row builder, a file dialect."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.export.formats import text_output
from dateline.export.source import ExportEvent, export_events
from dateline.store.filters import EventFilter
from dateline.store.store import Store

_TSV_BREAKS = re.compile(r"[\t\r\n]+")


@dataclass(frozen=True)
class Profile:
    name: str
    columns: tuple[str, ...]
    rows: Callable[[ExportEvent], Iterable[Sequence[Any]]]  # zero or more rows per canonical event
    tab_separated: bool  # TSV without quoting (GDELT, POLECAT) or RFC 4180 CSV (ACLED)
    header: bool  # whether the file starts with the column names by default


def cell(value: Any) -> str:
    """One TSV cell: NULL is empty, tabs and line breaks become one space (the files have no quoting)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return str(value)
    if "\t" in value or "\n" in value or "\r" in value:
        return _TSV_BREAKS.sub(" ", value)
    return value


def profile_lines(profile: Profile, events: Iterable[ExportEvent], header: bool | None = None) -> Iterator[str]:
    """The profile's file as text chunks, one line each (header first when asked): what the CLI
    writes to a file and the REST API streams."""
    with_header = profile.header if header is None else header
    if profile.tab_separated:
        if with_header:
            yield "\t".join(profile.columns) + "\n"
        for event in events:
            for row in profile.rows(event):
                yield "\t".join(cell(v) for v in row) + "\n"
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if with_header:
        writer.writerow(profile.columns)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    for event in events:
        for row in profile.rows(event):
            writer.writerow(["" if v is None else v for v in row])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()


def write_profile(store: Store, profile: Profile, out: str | Path, filters: EventFilter, limit: int | None,
                  header: bool | None = None) -> int:
    """Write ``profile``'s rows for the filtered events to ``out`` (path or ``-``); returns the row count."""
    with_header = profile.header if header is None else header
    count = 0
    with text_output(out) as handle:
        for line in profile_lines(profile, export_events(store, filters, limit), with_header):
            handle.write(line)
            count += 1
    return count - (1 if with_header else 0)
