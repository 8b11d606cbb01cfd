"""TimeML values of the session-11 rules (time-values11b), on sentences of our own, without a parse."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.temporal import find_times

DCT = "2017-10-26"  # a Thursday, in the fourth calendar quarter


def times(text: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(None, Article("t", dct, text))]


def values(text: str, needle: str, dct: str = DCT) -> list[str]:
    found = [v for t, _, v in times(text, dct) if t == needle]
    assert found, times(text, dct)
    return found


# ---- a fiscal quarter named before is "the quarter" of the story (anchoring.py) ---------------------

def test_the_quarter_after_a_fiscal_quarter_is_that_quarter():
    text = ("The carrier earned $3 million in the fiscal first quarter. Revenue for the quarter ended "
            "Sept. 30 rose 8%. Traffic grew 5% during the quarter. In the 2016 period, it lost money.")
    assert values(text, "the quarter") == ["2017-Q1", "2017-Q1"]
    assert values(text, "the 2016 period") == ["2016-Q1"]


def test_the_latest_quarter_after_a_fiscal_quarter():
    text = "The chain posted a loss for its fiscal second quarter. Sales fell in the latest quarter."
    assert values(text, "the latest quarter") == ["2017-Q2"]


@pytest.mark.parametrize("text,needle,value", [
    ("Profit rose 9% in the quarter.", "the quarter", "2017-Q3"),  # no fiscal quarter: the last completed one
    ("The miner lost money in the third quarter. Costs rose in the quarter.", "the quarter", "2017-Q3"),
    ("Sales rose in the quarter ended July 31.", "the quarter", "2017-Q2"),
])
def test_the_quarter_without_a_fiscal_quarter_keeps_its_calendar_value(text, needle, value):
    assert values(text, needle) == [value]


def test_last_years_quarter_is_not_the_fiscal_quarter():
    text = "It earned $2 million in the fiscal first quarter, against $1 million in last year's quarter."
    assert values(text, "last year's quarter") == ["2016-Q3"]


# ---- "Monday and Tuesday nights": both weekdays recur (recurrence.py) -----------------------------

def test_weekday_with_a_plural_part_of_day_is_a_set():
    assert values("The show airs on Tuesday nights.", "Tuesday nights") == ["XXXX-WXX-2TNI"]
    assert ("Monday", "SET", "XXXX-WXX-1TNI") in times("Two flights will leave on Monday and Tuesday nights from March 30.")
    assert ("Tuesday nights", "SET", "XXXX-WXX-2TNI") in times("Two flights will leave on Monday and Tuesday nights from March 30.")


@pytest.mark.parametrize("text,needle", [
    ("The talks resumed on Monday and Tuesday night the rebels attacked.", "Monday"),
    ("He arrived Monday and left on Tuesday.", "Monday"),
])
def test_a_weekday_before_a_single_day_stays_a_date(text, needle):
    kinds = [k for t, k, _ in times(text) if t == needle]
    assert kinds == ["DATE"], times(text)


def test_a_quarter_named_without_fiscal_ends_the_fiscal_reference():
    text = ("Delta earned $9 million in the fiscal first quarter. Separately, Alaska Air reported "
            "third-quarter profit rose 5%. Costs rose during the quarter.")
    assert values(text, "the quarter") == ["2017-Q3"]
