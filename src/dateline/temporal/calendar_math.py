"""Calendar arithmetic that produces TimeML values (ISO weeks, quarters, Easter)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

Direction = Literal[-1, 0, 1]  # most recent past / nearest / next future


def iso_day(d: date) -> str:
    return d.isoformat()


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_near(anchor: date, weekday: int, direction: Direction) -> date:
    """The given ISO weekday relative to anchor: the anchor itself when it is that weekday.

    Past narrative (-1) takes the most recent one; future (+1) the coming one; 0 the nearest.
    """
    delta = weekday - anchor.isoweekday()
    if delta == 0:
        return anchor
    back = anchor - timedelta(days=(-delta) % 7)
    ahead = anchor + timedelta(days=delta % 7)
    if direction < 0:
        return back
    if direction > 0:
        return ahead
    return back if (anchor - back) <= (ahead - anchor) else ahead


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def pick_year(anchor: date, month: int, day: int | None, direction: Direction) -> int:
    """Year of a month (and day) given without one: same year unless tense/distance says otherwise."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(year, month, day or 15) if day else date(year, month, 15)
        if d is not None:
            candidates.append((year, d))
    if day is None:  # a whole month: the current month counts as both past and future
        def rel(d: date) -> int:
            return (d.year - anchor.year) * 12 + d.month - anchor.month
        if direction < 0:
            return max(y for y, d in candidates if rel(d) <= 0)
        if direction > 0:
            return min(y for y, d in candidates if rel(d) >= 0)
        return min(candidates, key=lambda c: abs(rel(c[1])))[0]
    # Slack: a past-tense verb often governs a coming date ("has set Nov. 10 as the deadline",
    # "announced a vote on March 3"), so a date up to two months ahead stays in the same year.
    if direction < 0:
        past = [y for y, d in candidates if d <= anchor + timedelta(days=60)]
        return max(past) if past else anchor.year
    if direction > 0:
        ahead = [y for y, d in candidates if d >= anchor - timedelta(days=7)]
        return min(ahead) if ahead else anchor.year
    return min(candidates, key=lambda c: abs((c[1] - anchor).days))[0]


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The nth (1-based; -1 = last) ISO weekday of a month: US Thanksgiving, Memorial Day."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    y, m = add_months(year, month, 1)
    last = date(y, m, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


_MEASURE = re.compile(r"^P(\d+)([DWMY])$")


def shift_value(value: str, measure: str, sign: int) -> str:
    """Move a calendar value by a TimeML duration ("two days after ..." -> P2D, sign -1).

    The result is no finer than both inputs: a day moved by days or weeks stays a day, anything
    moved by months becomes a month, by years a year. A measure finer than a day (hours) or
    unknown (``PXD``) leaves the day itself: "hours after" happened the same day.
    """
    day_part = value.split("T", 1)[0]
    m = _MEASURE.match(measure)
    if m is None or sign == 0:
        return day_part if "T" in value and measure.startswith("PT") else value
    n, unit = int(m.group(1)) * sign, m.group(2)
    parts = day_part.split("-")
    if not parts[0].isdigit():
        return value
    year = int(parts[0])
    if unit == "Y":
        return str(year + n)
    if len(parts) < 2 or not parts[1].isdigit():
        return value  # weeks, quarters, seasons: left as they are
    if unit == "M":
        y, mo = add_months(year, int(parts[1]), n)
        return f"{y}-{mo:02d}"
    if len(parts) < 3 or not parts[2].isdigit():
        return value
    days = n * (7 if unit == "W" else 1)
    return (date(year, int(parts[1]), int(parts[2])) + timedelta(days=days)).isoformat()


_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d\d)|Q([1-4])|H([12])|W(\d\d)))?$")


def period_before(value: str) -> str | None:
    """The calendar period just before a year, month, quarter, half or ISO week value ("1989" ->
    "1988", "1989-01" -> "1988-12", "1989-Q1" -> "1988-Q4", "1989-W01" -> "1988-W52"); None for
    other values (a day, a season, a reference such as ``PRESENT_REF``)."""
    m = _PERIOD.match(value)
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(2):
        y, mo = add_months(year, int(m.group(2)), -1)
        return f"{y}-{mo:02d}"
    if m.group(3):
        q = int(m.group(3))
        return f"{year}-Q{q - 1}" if q > 1 else f"{year - 1}-Q4"
    if m.group(4):
        return f"{year}-H1" if m.group(4) == "2" else f"{year - 1}-H2"
    if m.group(5):
        return iso_week(date.fromisocalendar(year, int(m.group(5)), 1) - timedelta(days=7))
    return str(year - 1)
