"""find_times on short sentences of our own, without a parse (tense defaults to the past)."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.temporal import find_times


def times(text: str, dct: str = "2017-02-08") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(None, Article("t", dct, text))]


def value_of(text: str, needle: str, dct: str = "2017-02-08") -> str:
    found = [v for t, _, v in times(text, dct) if t == needle]
    assert found, times(text, dct)
    return found[0]


@pytest.mark.parametrize("text,needle,value", [
    ("It happened on Feb. 7, 2017 in Ankara.", "Feb. 7, 2017", "2017-02-07"),
    ("It happened on 7 February 2017 in Ankara.", "7 February 2017", "2017-02-07"),
    ("It happened on February 7th, 2016.", "February 7th, 2016", "2016-02-07"),
    ("The log says 2017-02-07 was quiet.", "2017-02-07", "2017-02-07"),
    ("The form is dated 02/07/2017.", "02/07/2017", "2017-02-07"),  # US order by default
    ("The form is dated 25/12/2016.", "25/12/2016", "2016-12-25"),  # only D/M possible
    ("Talks resumed on Dec. 28 in Geneva.", "Dec. 28", "2016-12-28"),  # back across the year
    ("The truce began in March 2015.", "March 2015", "2015-03"),
    ("The truce began in March.", "March", "2016-03"),  # nearest past March
    ("Elections were held in 2014.", "2014", "2014"),
    ("It was built in the 1990s.", "the 1990s", "199"),
    ("Profits fell in fiscal 1989.", "fiscal 1989", "1989"),
])
def test_explicit_dates(text, needle, value):
    assert value_of(text, needle) == value


@pytest.mark.parametrize("text,needle,value", [
    ("Fighting broke out yesterday.", "yesterday", "2017-02-07"),
    ("Talks continue today.", "today", "2017-02-08"),
    ("Talks resume tomorrow.", "tomorrow", "2017-02-09"),
    ("They agreed overnight.", "overnight", "2017-02-07"),
    ("They met last week.", "last week", "2017-W05"),
    ("They meet this week.", "this week", "2017-W06"),
    ("They met earlier this month.", "earlier this month", "2017-02"),
    ("They met late last year.", "late last year", "2016"),
    ("They met last year.", "last year", "2016"),
    ("They meet next month.", "next month", "2017-03"),
    ("They met last month.", "last month", "2017-01"),
    ("They meet this year.", "this year", "2017"),
    ("They met two days ago.", "two days ago", "2017-02-06"),
    ("They met three weeks ago.", "three weeks ago", "2017-W03"),
    ("They met 10 years ago.", "10 years ago", "2007"),
    ("They met recently.", "recently", "PAST_REF"),
    ("They are now talking.", "now", "PRESENT_REF"),
    ("They met last weekend.", "last weekend", "2017-W05-WE"),
])
def test_relative_expressions(text, needle, value):
    assert value_of(text, needle) == value


def test_relative_day_across_a_year_end():
    assert value_of("Fighting broke out yesterday.", "yesterday", dct="2017-01-01") == "2016-12-31"
    assert value_of("They met last week.", "last week", dct="2017-01-03") == "2016-W52"
    assert value_of("They met last month.", "last month", dct="2017-01-03") == "2016-12"


@pytest.mark.parametrize("text,needle,value", [
    ("Sales rose in the first quarter.", "the first quarter", "2017-Q1"),
    ("Sales rose in the third quarter.", "the third quarter", "2016-Q3"),  # not yet begun: last year's
    ("Sales rose in the fourth quarter of 2015.", "the fourth quarter of 2015", "2015-Q4"),
    ("Snow fell last winter.", "last winter", "2016-WI"),
    ("Talks resume in the spring of 2018.", "the spring of 2018", "2018-SP"),
    ("The offensive stalled in winter.", "winter", "2017-WI"),
])
def test_quarters_and_seasons(text, needle, value):
    assert value_of(text, needle) == value


@pytest.mark.parametrize("text,needle,kind,value", [
    ("They met at 10 a.m.", "10 a.m.", "TIME", "2017-02-08T10:00"),
    ("They met at 3:30 p.m. GMT.", "3:30 p.m. GMT", "TIME", "2017-02-08T15:30"),
    ("They met at noon.", "noon", "TIME", "2017-02-08T12:00"),
    ("The siege lasted for three days.", "three days", "DURATION", "P3D"),
    ("He served two years in prison.", "two years", "DURATION", "P2Y"),
    ("A 16-hour curfew was imposed.", "16-hour", "DURATION", "PT16H"),
    ("The talks took about five hours.", "five hours", "DURATION", "PT5H"),
    ("Over the past two months prices rose.", "the past two months", "DURATION", "P2M"),
    ("Protesters gather every Friday.", "every Friday", "SET", "XXXX-WXX-5"),
    ("Protesters gather on Fridays.", "Fridays", "SET", "XXXX-WXX-5"),
    ("The council meets weekly.", "weekly", "SET", "P1W"),
    ("They meet twice a month.", "twice a month", "SET", "P1M"),
    ("Inspections happen every day.", "every day", "SET", "P1D"),
])
def test_times_durations_and_sets(text, needle, kind, value):
    found = [(k, v) for t, k, v in times(text) if t == needle]
    assert found == [(kind, value)], times(text)


@pytest.mark.parametrize("text,needle,dct,value", [
    ("a New Year's Day shooting", "New Year's Day", "2017-02-08", "2017-01-01"),
    ("clashes on Christmas Eve", "Christmas Eve", "2017-02-08", "2016-12-24"),
    ("clashes on Christmas 2015", "Christmas 2015", "2017-02-08", "2015-12-25"),
    ("prayers at Easter", "Easter", "2017-05-01", "2017-04-16"),
    ("prayers at Easter", "Easter", "2017-02-08", "2016-03-27"),
    ("a Good Friday attack", "Good Friday", "2017-05-01", "2017-04-14"),
    ("shops closed for Eid al-Fitr", "Eid al-Fitr", "2017-07-10", "2017-06-25"),
    ("a truce over Eid al-Adha", "Eid al-Adha", "2016-10-01", "2016-09-12"),
    ("Thanksgiving traffic", "Thanksgiving", "1999-12-01", "1999-11-25"),
])
def test_holidays(text, needle, dct, value):
    assert value_of(text, needle, dct) == value


def test_weekday_defaults_to_the_past_and_keeps_the_article_day():
    text = "Clashes erupted on Monday and officials spoke on Wednesday."
    assert value_of(text, "Monday") == "2017-02-06"
    assert value_of(text, "Wednesday") == "2017-02-08"
    assert value_of("Clashes erupted on Saturday.", "Saturday", dct="2017-01-02") == "2016-12-31"


def test_weekday_with_last_and_next():
    assert value_of("They met last Wednesday.", "last Wednesday") == "2017-02-01"
    assert value_of("They meet next Monday.", "next Monday") == "2017-02-13"


def test_possessive_is_left_out_of_the_extent():
    found = find_times(None, Article("t", "2017-02-08", "during Tuesday's phone call"))
    assert [(t.text, t.value) for t in found] == [("Tuesday", "2017-02-07")]
    assert (found[0].start, found[0].end) == (7, 14)


def test_offsets_index_the_text_and_do_not_overlap():
    text = "On Monday, Feb. 6, 2017, at 10 a.m., two years after the war, talks began."
    found = find_times(None, Article("t", "2017-02-08", text))
    assert found
    for t in found:
        assert text[t.start:t.end] == t.text
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    assert ("Monday, Feb. 6, 2017", "2017-02-06") in [(t.text, t.value) for t in found]


@pytest.mark.parametrize("text", [
    "The 6-year-old boy was found.",
    "A second attack followed.",
    "They may march again.",
    "Prices fall in winter storms.",
    "About three-quarters of voters agreed.",
    "Tickets cost $5 a year.",
])
def test_non_times_are_left_alone(text):
    found = times(text)
    assert found == [], found


def test_a_year_earlier_takes_the_period_under_discussion():
    text = "Profit rose in the third quarter of 2016 from a year earlier."
    assert [(t, v) for t, _, v in times(text)] == [("the third quarter of 2016", "2016-Q3"), ("a year earlier", "2015-Q3")]
    assert value_of("Profit rose from a year earlier.", "a year earlier") == "2016"
    text = "Third-quarter profit rose 5% from a year ago."
    assert value_of(text, "a year ago") == "2015-Q3"  # last year's third quarter, a year back
    assert value_of("In March 2015 they met; a year ago they split.", "a year ago") == "2016"


def test_numbers_that_are_not_years():
    assert times("It cost $2014, or 1999.5 units, or 2010 percent.") == []
    assert times("Spending fell in 2016.") == [("2016", "DATE", "2016")]
    assert times("Spending will double by 2090.") == []  # far beyond the article date


def test_the_day_refers_back_to_the_last_day_named():
    text = "The strike began on Monday. Dockers picketed the port for most of the day, and later that day police came."
    assert [(t, v) for t, _, v in times(text)] == [
        ("Monday", "2017-02-06"), ("the day", "2017-02-06"), ("later that day", "2017-02-06")]
    text = "The vote was on Jan. 30, 2017. The following day the count began; the same day it ended."
    assert [v for _, _, v in times(text)] == ["2017-01-30", "2017-01-31", "2017-01-31"]
    assert value_of("Nobody knew what happened that day.", "that day") == "2017-02-08"  # nothing before
    text = "The dam failed in March 2015, and the valley was evacuated that same day."
    assert value_of(text, "that same day") == "2015-03-XX"  # some day of that month


@pytest.mark.parametrize("text", [
    "They spent the day talking.",
    "On the day he died, it rained.",
    "The day before the vote was quiet.",
])
def test_the_day_that_is_not_a_time(text):
    assert times(text) == [], times(text)
