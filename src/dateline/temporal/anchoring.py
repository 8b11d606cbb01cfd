"""Reference periods a later expression points back to, beyond the previous calendar expression.

Session 11 (time-values11b). ``resolve_anaphora`` (recognise.py) walks the expressions of an article in
text order; the helpers here keep one more kind of reference during that walk.

A fiscal quarter, once named ("earned $5 million in the fiscal first quarter"), is the quarter the
story reports: a later "the quarter", "the latest quarter" or "the quarter ended Sept. 30" is that
same quarter, with the same TimeML value (``1989-Q1``, the quarter's own label), not the calendar
quarter just completed, until a quarter is named without "fiscal" (another company's, in a round-up).
Without a fiscal quarter before it, "the quarter" keeps its calendar value.

Session 11 (time-values11c): "until then", "by then" point back to the last calendar time named
("the rights terminate on Nov. 30. Until then, ..." -> ``1989-11-30``); with none before them they
are dropped (a "then" with nothing to point to has no value). "During that time", "over that
period" right after a stretch ("the company's five-year restructuring effort. During that time, ...")
is that stretch (``P5Y``).
"""

from __future__ import annotations

import re

# ANAPHOR kind of "the quarter", "the latest quarter" (grammar._quarter): "@fiscal-quarter|0|<calendar value>".
FISCAL_QUARTER = "fiscal-quarter"

# ANAPHOR kind of "until then", "by then" (extents.vague_expressions): "@then|0|".
THEN = "then"
# ANAPHOR kind of "during that time", "over that period" (extents.vague_expressions).
THAT_STRETCH = "that-stretch"

_QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
_FISCAL = re.compile(r"(?i)\bfiscal\b")


def fiscal_quarter_after(current: str | None, extent: str, kind: str, value: str) -> str | None:
    """The fiscal quarter under report after an expression: the quarter it names when it says
    "fiscal" ("the fiscal first quarter", "fiscal second-quarter"); none after a quarter named
    without it ("Separately, America West reported third-quarter profit": another company's calendar
    quarter, so a later "the quarter" is that one's); else unchanged."""
    if kind != "DATE" or _QUARTER_VALUE.match(value) is None:
        return current
    return value if _FISCAL.search(extent) else None


def quarter_under_report(fiscal_quarter: str | None, fallback: str) -> str:
    """The value of "the quarter": the fiscal quarter named before it, else its calendar value."""
    return fiscal_quarter or fallback


# A calendar value "then" can point back to: a year, quarter, half, month, week or day (with a time).
_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-|$)")


def referent_of_then(before: list[tuple[int, int, str, str]]) -> tuple[str, str] | None:
    """The (type, value) "until then" points back to: the last date or time named before it, not a
    duration, a set or a vague ``PAST_REF``; None when there is none."""
    for _, _, kind, value in reversed(before):
        if kind in ("DATE", "TIME") and _CALENDAR_VALUE.match(value):
            return kind, value
    return None


# How far back (characters) "during that time" looks for the stretch it names: the sentence before.
_STRETCH_REACH = 200


def referent_of_that_stretch(before: list[tuple[int, int, str, str]], start: int) -> tuple[str, str] | None:
    """The (type, value) "during that time" points back to: the expression just before it, when it
    is a measured stretch (``P5Y``, not a vague ``PXY``) ending at most ``_STRETCH_REACH``
    characters before; None otherwise."""
    if not before or start - before[-1][1] > _STRETCH_REACH:
        return None
    _, _, kind, value = before[-1]
    return (kind, value) if kind == "DURATION" and "X" not in value else None
