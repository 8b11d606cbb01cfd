"""Calendar arithmetic behind the TimeML values (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import calendar_math as cal


@pytest.mark.parametrize("anchor,weekday,direction,expected", [
    (date(2017, 2, 8), 3, -1, date(2017, 2, 8)),  # the article's own weekday is that day
    (date(2017, 2, 8), 2, -1, date(2017, 2, 7)),
    (date(2017, 2, 8), 4, 1, date(2017, 2, 9)),
    (date(2017, 2, 8), 4, -1, date(2017, 2, 2)),
    (date(2017, 3, 1), 2, -1, date(2017, 2, 28)),  # back across a month end
    (date(2017, 1, 2), 5, -1, date(2016, 12, 30)),  # back across a year end
    (date(2016, 12, 30), 1, 1, date(2017, 1, 2)),  # forward across a year end
    (date(2016, 2, 28), 1, 1, date(2016, 2, 29)),  # leap day
    (date(2017, 2, 8), 1, 0, date(2017, 2, 6)),  # nearest
    (date(2017, 2, 8), 5, 0, date(2017, 2, 10)),
])
def test_weekday_near(anchor, weekday, direction, expected):
    assert cal.weekday_near(anchor, weekday, direction) == expected


@pytest.mark.parametrize("year,expected", [(2000, date(2000, 4, 23)), (2017, date(2017, 4, 16)),
                                           (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31))])
def test_easter(year, expected):
    assert cal.easter(year) == expected


def test_nth_weekday_gives_us_holidays():
    assert cal.nth_weekday(1999, 11, 4, 4) == date(1999, 11, 25)  # Thanksgiving
    assert cal.nth_weekday(2017, 5, 1, -1) == date(2017, 5, 29)  # Memorial Day
    assert cal.nth_weekday(2017, 9, 1, 1) == date(2017, 9, 4)  # Labor Day


def test_iso_week_and_quarter():
    assert cal.iso_week(date(2017, 2, 8)) == "2017-W06"
    assert cal.iso_week(date(2017, 1, 1)) == "2016-W52"  # ISO years start on a Monday
    assert cal.quarter_of(date(2017, 2, 8)) == 1 and cal.quarter_of(date(2017, 12, 31)) == 4
    assert cal.add_months(2017, 1, -1) == (2016, 12) and cal.add_months(2017, 12, 1) == (2018, 1)


@pytest.mark.parametrize("month,day,direction,expected", [
    (12, 28, -1, 2016), (12, 28, 0, 2016), (3, 3, 1, 2017), (5, 3, -1, 2016), (2, 7, -1, 2017),
    (3, 3, -1, 2017),  # up to two months ahead in past tense stays in the year ("set March 3 as ...")
    (2, 1, 1, 2017),  # a few days back in future tense too
])
def test_pick_year_for_a_day(month, day, direction, expected):
    assert cal.pick_year(date(2017, 2, 8), month, day, direction) == expected


def test_pick_year_for_a_month():
    anchor = date(2017, 2, 8)
    assert cal.pick_year(anchor, 3, None, -1) == 2016
    assert cal.pick_year(anchor, 3, None, 1) == 2017
    assert cal.pick_year(anchor, 2, None, -1) == 2017
    assert cal.pick_year(anchor, 11, None, 0) == 2016


@pytest.mark.parametrize("value,measure,sign,expected", [
    ("2017-02-03", "P2D", -1, "2017-02-01"),  # "two days after": earlier
    ("2017-02-27", "P1W", 1, "2017-03-06"),  # "a week before": later, across a month end
    ("2017-02-03", "P3M", -1, "2016-11"),  # months leave a month
    ("2017-02", "P1Y", 1, "2018"),
    ("2017-02-03T10:00", "PT5H", -1, "2017-02-03"),  # "hours after": the same day
    ("2017-02-03", "PXD", -1, "2017-02-03"),  # unknown amount: unchanged
    ("2017-W05", "P2D", -1, "2017-W05"),
])
def test_shift_value(value, measure, sign, expected):
    assert cal.shift_value(value, measure, sign) == expected


@pytest.mark.parametrize("value,expected", [
    ("1989", "1988"), ("1989-01", "1988-12"), ("1989-07", "1989-06"), ("1989-Q1", "1988-Q4"),
    ("1989-Q3", "1989-Q2"), ("1989-H1", "1988-H2"), ("1989-W01", "1988-W52"), ("2016-W01", "2015-W53"),
    ("1989-10-31", None), ("1989-SU", None), ("PRESENT_REF", None),
])
def test_period_before(value, expected):
    assert cal.period_before(value) == expected
