"""Sets a weekday takes from the words after it (session 11, time-values11b).

"flights leave on Monday and Tuesday nights": the plural part of day after the second weekday makes
both weekdays recurring (TimeML ``SET`` ``XXXX-WXX-1TNI``, ``XXXX-WXX-2TNI``), not two coming days.
"""

from __future__ import annotations

import re


def recurring_part_of_day(m: re.Match[str], weekday_and_parts: re.Pattern[str]) -> str | None:
    """"flights leave on Monday and Tuesday nights": the first weekday shares the plural part of day
    of the second, so both are sets (``XXXX-WXX-1TNI``); the part of day (lower case), else None.
    ``m`` is a bare weekday match, ``weekday_and_parts`` the grammar's pattern for the rest."""
    if m["pod"] or m["rel"] or m.group(0).endswith(("'s", "’s")):
        return None
    rest = weekday_and_parts.match(m.string, m.end())
    return rest["pod"].lower() if rest else None
