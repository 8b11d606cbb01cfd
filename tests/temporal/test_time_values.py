"""TimeML values of the rules added for issue #5, on sentences of our own, without a parse."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.temporal import find_times

DCT = "2017-02-08"  # a Wednesday


def times(text: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(None, Article("t", dct, text))]


def found(text: str, needle: str, dct: str = DCT) -> tuple[str, str]:
    hits = [(k, v) for t, k, v in times(text, dct) if t == needle]
    assert hits, times(text, dct)
    return hits[0]


@pytest.mark.parametrize("text,needle,value", [
    ("The games came in nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ("It was January nineteen ninety-seven in Atlanta.", "January nineteen ninety-seven", "1997-01"),
    ("It snowed in the winter of nineteen eighty-four.", "the winter of nineteen eighty-four", "1984-WI"),
    ("Computers had to be ready by the year two thousand.", "the year two thousand", "2000"),
    ("The law passed in two thousand and three.", "two thousand and three", "2003"),
])
def test_spelled_out_years(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_two_thousand_people_is_not_a_year():
    assert times("About two thousand people marched.") == []


@pytest.mark.parametrize("text,needle,kind,value", [
    ("Exports for the year rose 4%.", "the year", "DATE", "2017"),
    ("Sales for the full year fell.", "the full year", "DATE", "2017"),
    ("Net income in the year ended June 30 fell.", "the year", "DURATION", "P1Y"),
    ("In the fiscal year ending March 31 it lost money.", "the fiscal year", "DURATION", "P1Y"),
    ("Profit for the latest fiscal year was flat.", "the latest fiscal year", "DATE", "2016"),
    ("Over the weekend, the rebels regrouped.", "the weekend", "DATE", "2017-W05-WE"),
    ("Traders sold ahead of the weekend.", "the weekend", "DATE", "2017-W06-WE"),
    ("No change is expected in the near future.", "the near future", "DATE", "FUTURE_REF"),
])
def test_period_nouns(text, needle, kind, value):
    assert found(text, needle) == (kind, value)


@pytest.mark.parametrize("text", [
    "The year he was born, it rained.",
    "The weekend that followed was calm.",
])
def test_period_nouns_that_are_not_times(text):
    assert times(text) == [], times(text)


@pytest.mark.parametrize("text,needle", [
    ("For the week, the index dropped 3.8%.", "the week"),
    ("Volume was the week's heaviest.", "the week"),
    ("It was a result of the week's buying fever.", "the week"),
    ("Outflows doubled the level of the week following the crash.", "the week"),
])
def test_the_week_is_an_unnamed_week_of_the_article_year(text, needle):
    # session-9 time-values9 (#5): TimeBank gives such a "the week" DATE 1989-WXX (4 of 4)
    assert found(text, needle) == ("DATE", "2017-WXX")


@pytest.mark.parametrize("text", [
    "He spent the week in Paris.",
    "In the week before the vote, prices rose.",
    "During the week ended Feb. 3, shares fell.",
    "For the week he was away, nothing happened.",
    "Markets open on five days of the week.",
    "It will rain for the rest of the week.",
])
def test_the_week_left_alone(text):
    assert not [t for t in times(text) if "week" in t[0]], times(text)


def test_the_weekend_on_a_sunday_is_that_weekend():
    assert found("Over the weekend, the rebels regrouped.", "the weekend", dct="2017-02-12") == ("DATE", "2017-W06-WE")


@pytest.mark.parametrize("text,needle,kind,value", [
    ("They lived in camps for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("The talks took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
    ("The siege lasted three and a half days.", "three and a half days", "DURATION", "P3DT12H"),
    ("The base stays for at least 20 more years.", "at least 20 more years", "DURATION", "P20Y"),
    ("The strike lasted nearly two months.", "nearly two months", "DURATION", "P2M"),
    ("Talks went on for more than four hours.", "more than four hours", "DURATION", "PT4H"),
    ("The siege lasted about three weeks.", "three weeks", "DURATION", "P3W"),
    ("Shares fell for eight trading days.", "eight trading days", "DURATION", "P8D"),
    ("It ran 1,000 days.", "1,000 days", "DURATION", "P1000D"),
])
def test_durations(text, needle, kind, value):
    assert found(text, needle) == (kind, value)


@pytest.mark.parametrize("text", [
    "Mr. Ames, 52 years old, retired.",
    "Up from four flights a week.",
    "The funds hold more than a quarter of the market.",
])
def test_ages_rates_and_fractions_are_not_durations(text):
    assert times(text) == [], times(text)


@pytest.mark.parametrize("text,needle,value", [
    ("The offer runs until 5 p.m. EST Feb. 20.", "5 p.m. EST Feb. 20", "2017-02-20T17:00"),
    ("Talks broke off at noon Monday.", "noon Monday", "2017-02-06T12:00"),
    ("The deal expired at midnight Sunday.", "midnight Sunday", "2017-02-05T24:00"),
    ("The father will leave at 4 in the morning.", "4 in the morning", "2017-02-08T04:00"),
    ("The vote was counted at 9 in the evening.", "9 in the evening", "2017-02-08T21:00"),
])
def test_clock_times_with_their_day(text, needle, value):
    assert found(text, needle) == ("TIME", value)


@pytest.mark.parametrize("text,needle,value", [
    ("It was the bloodiest war of the 20th century.", "the 20th century", "19"),
    ("They visited an 11th-century temple.", "11th-century", "10"),
    ("The group fell apart in mid-1996.", "mid-1996", "1996"),
    ("Prices soared in the '80s.", "the '80s", "198"),
    ("The campaign runs from now to Election Day.", "Election Day", "2016-11-08"),
])
def test_centuries_decades_and_election_day(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_decade_names_take_the_nearest_century():
    assert found("Prices soared in the '90s.", "the '90s", dct="1989-10-30") == ("DATE", "199")
    assert found("Prices soared in the '20s.", "the '20s", dct="2017-02-08") == ("DATE", "202")


def test_that_year_and_that_quarter_take_the_previous_period():
    text = "He fled to Florida in June 1998 and returned to Cuba later that year."
    assert found(text, "later that year") == ("DATE", "1998")
    text = "Profit fell in the second quarter of 2015. Results for that quarter included a charge."
    assert found(text, "that quarter") == ("DATE", "2015-Q2")
    assert found("Imports fell that year.", "that year") == ("DATE", "2017")  # nothing before


@pytest.mark.parametrize("text,needle,kind,value", [
    # session-9 time-values9 (#5): plural quarters with a modifier
    ("Loss carry-forwards will cut tax payments in future quarters.", "future quarters", "DATE", "FUTURE_REF"),
    ("It doesn't bode well for coming quarters.", "coming quarters", "DATE", "FUTURE_REF"),
    ("Insurance has been a tough business in recent quarters.", "recent quarters", "DURATION", "PXM"),
])
def test_plural_quarters_with_a_modifier(text, needle, kind, value):
    assert found(text, needle) == (kind, value)


@pytest.mark.parametrize("text", [
    "Iraq imports about three-quarters of its food.",
    "Inspectors were kept out of such quarters.",
])
def test_quarters_without_a_modifier_are_no_time(text):
    assert times(text) == [], times(text)


def test_a_year_earlier_after_a_span_of_months_is_that_year():
    # session-9 time-values9 (#5): the nine months a year back are the year's, not the quarter's
    text = ("Net rose in the third quarter. In the nine months, net rose to $9 million from "
            "$7 million a year earlier.")
    assert found(text, "a year earlier", dct="1989-10-26") == ("DATE", "1988")
    text = ("Net rose in the third quarter. For the first six months, sales fell from "
            "year-earlier levels.")
    assert found(text, "year-earlier", dct="1989-10-26") == ("DATE", "1988")
    # the span in an earlier sentence does not count: the quarter stays the reference
    text = ("Sales rose in the nine months. Third-quarter net rose to $9 million from "
            "$7 million a year earlier.")
    assert found(text, "a year earlier", dct="1989-10-26") == ("DATE", "1988-Q3")


def test_a_day_closing_a_quarter_keeps_the_quarter_as_reference():
    text = "Net income for the third quarter ended Sept. 30 rose from $3 million a year earlier."
    assert found(text, "a year earlier") == ("DATE", "2015-Q3")
    text = "The strike began on Sept. 30, 2016; a year earlier it had failed."
    assert found(text, "a year earlier") == ("DATE", "2015-09-30")  # a plain day is shifted itself


def test_year_ago_quarter_refers_to_the_quarter_discussed():
    text = "Net rose in the second quarter of 2016 from the year-ago quarter. The year-ago results had a charge."
    values = [(t, v) for t, _, v in times(text)]
    assert ("the year-ago quarter", "2015-Q2") in values
    assert ("year-ago", "2015-Q2") in values  # not shifted twice; the article is the noun's (time-values7)
    text = "The company moved to a calendar year in December. In the year-ago quarter it lost money."
    # after a month, not "December a year back": the last completed quarter (2016-Q4) a year back
    assert found(text, "the year-ago quarter") == ("DATE", "2015-Q4")


@pytest.mark.parametrize("text,needle,value", [
    ("It earned $5 million in the 2015 quarter.", "the 2015 quarter", "2015-Q4"),
    ("A charge in the 2015 second quarter hurt.", "the 2015 second quarter", "2015-Q2"),
    ("Sales rose in the last half of 2015.", "the last half of 2015", "2015-H2"),
])
def test_quarters_with_a_year(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_possessive_weekday_is_past_unless_ahead():
    assert found("They would appeal Monday's ruling.", "Monday")[1] == "2017-02-06"
    assert found("Markets were calm ahead of Friday's vote.", "Friday")[1] == "2017-02-10"


def test_the_following_year_and_month_follow_the_previous_period():
    text = "On May 22, 1995, she was promoted, and the following year she moved to Paris."
    assert found(text, "the following year") == ("DATE", "1996")
    text = "Prices fell in March 2015. The following month they rose."
    assert found(text, "The following month") == ("DATE", "2015-04")
    assert found("The following year was calm.", "The following year") == ("DATE", "2018")  # nothing before


def test_a_bare_clock_time_is_on_the_last_day_named():
    text = "The doctor was shot on Oct. 23, 2016. A neighbour heard the shot at 10 p.m. from his garden."
    assert found(text, "10 p.m.") == ("TIME", "2016-10-23T22:00")
    assert found("The polls closed at 10 p.m. in the capital.", "10 p.m.") == ("TIME", "2017-02-08T22:00")


@pytest.mark.parametrize("text,needle,kind,value", [
    ("The house approved it in early October this year.", "early October this year", "DATE", "2017-10"),
    ("They join the alliance in April next year.", "April next year", "DATE", "2018-04"),
    ("He fled in July last year.", "July last year", "DATE", "2016-07"),
    ("Marchers parade each July.", "each July", "SET", "XXXX-07"),
    ("The plant closed this past summer.", "this past summer", "DATE", "2016-SU"),
])
def test_months_with_a_year_word_sets_of_months_and_this_past_season(text, needle, kind, value):
    assert found(text, needle) == (kind, value)


@pytest.mark.parametrize("text,needle,value", [
    ("Prices have doubled over the past year.", "the past year", "2016"),
    ("He has been in hospital for the last week.", "the last week", "2017-W05"),
    ("Sales fell in the last month.", "the last month", "2017-01"),
    ("The plant will close over the next year or so.", "the next year or so", "2018"),
])
def test_the_past_or_next_unit_is_the_calendar_unit(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_the_past_two_years_stays_a_duration():
    assert found("Prices have doubled over the past two years.", "the past two years") == ("DURATION", "P2Y")


@pytest.mark.parametrize("text,needle,value", [
    ("The group said it was ready to leave as soon as Friday.", "Friday", "2017-02-10"),
    ("Officials said the talks were to resume as early as June.", "June", "2017-06"),
])
def test_as_soon_as_looks_ahead(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_the_latest_period_is_the_quarter_just_named():
    text = "Acme reported a loss for the second quarter. Revenue in the latest period rose 4%."
    assert found(text, "the latest period", dct="2017-11-02") == ("DATE", "2017-Q2")


def test_the_latest_period_without_a_quarter_is_the_last_completed_one():
    assert found("Revenue in the latest period rose 4%.", "the latest period", dct="2017-11-02") == ("DATE", "2017-Q3")
    assert found("Revenue in the latest period rose 4%.", "the latest period", dct="2017-02-08") == ("DATE", "2016-Q4")


@pytest.mark.parametrize("text,expected", [
    ("The talks failed. Now, the envoy says, both sides must wait.", []),
    ("Now, the envoy says, both sides must wait.", []),
    ("The talks failed. Now the two sides are waiting.", [("Now", "DATE", "PRESENT_REF")]),
    ("The sides are now waiting, the envoy said.", [("now", "DATE", "PRESENT_REF")]),
])
def test_now_comma_opening_a_sentence_is_a_discourse_marker(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text,needle,value", [
    ("The party ruled through the nineties.", "the nineties", "199"),
    ("He was jailed in the late sixties.", "the late sixties", "196"),
    ("Rents rose in the tens.", None, None),
])
def test_decades_in_words(text, needle, value):
    if needle is None:
        assert times(text) == []
    else:
        assert found(text, needle) == ("DATE", value)


def test_temperatures_are_not_decades():
    assert times("Highs will be in the forties degrees range.") == []


@pytest.mark.parametrize("text,expected", [
    ("The poll was published by USA Today on Monday.", [("Monday", "DATE", "2017-02-06")]),
    ("Officials met. Today the talks resume.", [("Today", "DATE", "2017-02-08")]),
    ("Talks resume Today, officials said.", [("Today", "DATE", "2017-02-08")]),
])
def test_today_ending_a_name_is_not_a_time(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text,needle,value", [
    ("The board gave the bidder until mid-November to improve its offer.", "mid-November", "2017-11"),
    ("The new contract, effective June 1, raises wages.", "June 1", "2017-06-01"),
    ("Shareholders must respond by Jan. 20, the company said.", "Jan. 20", "2018-01-20"),
    ("The dividend goes to holders of record Jan. 15.", "Jan. 15", "2018-01-15"),
])
def test_deadlines_and_effective_dates_look_ahead(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_a_plain_past_date_stays_past():
    assert found("The mill closed on Jan. 20.", "Jan. 20") == ("DATE", "2017-01-20")


@pytest.mark.parametrize("text,needle,kind,value", [
    ("Rebels attacked the town on Monday evening.", "Monday evening", "TIME", "2017-02-06TEV"),
    ("The talks ended yesterday afternoon.", "yesterday afternoon", "TIME", "2017-02-07TAF"),
    ("Rebels attacked the town on Monday night.", "Monday night", "DATE", "2017-02-06"),
])
def test_evening_and_afternoon_keep_the_part_of_day(text, needle, kind, value):
    assert found(text, needle) == (kind, value)


@pytest.mark.parametrize("text,needle,kind,value", [
    ("Rates should stay low over the next couple of years.", "the next couple of years", "DURATION", "P2Y"),
    ("The rescue took twenty four hours.", "twenty four hours", "DURATION", "PT24H"),
    ("The rescue took Twenty-Four hours.", "Twenty-Four hours", "DURATION", "PT24H"),
    ("The board meets every quarter.", "every quarter", "SET", "P1Q"),
])
def test_counts_written_in_words_and_quarterly_sets(text, needle, kind, value):
    assert found(text, needle) == (kind, value)


@pytest.mark.parametrize("text,needle,value", [
    ("Sales slowed in the last half of the '80s.", "the last half of the '80s", "198"),
    ("Sales slowed in the first half of the 1990s.", "the first half of the 1990s", "199"),
    ("Sales slowed in the first half of 1990.", "the first half of 1990", "1990-H1"),
    ("It rained in the first half of March 1998.", "the first half of March 1998", "1998-03"),
])
def test_halves_of_years_and_decades(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_title_case_programme_names_are_not_times():
    assert times('Baker said on ABC\'s "This Week With David Brinkley" that talks would go on.') == []
    assert found("This week, the talks go on.", "This week") == ("DATE", "2017-W06")


# ---- time-values5: year-end, "current", parts of a day, the quarter a year ago ----------------

@pytest.mark.parametrize("text,needle,value", [
    ("The company expects to complete the deal by year-end.", "year-end", "2017"),
    ("Cuts will be finished by year end.", "year end", "2017"),
    ("Rules should be in place by year's end.", "year's end", "2017"),
    ("The deal is expected to close around year end.", "around year end", "2017"),
    ("The percentage change is since year-end.", "year-end", "2016"),  # counted from the last one
    ("Reserves at year-end 1986 were $4 billion.", "year-end 1986", "1986"),
])
def test_year_end_is_the_year(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_year_end_before_a_noun_is_not_a_time():
    assert times("Year-end bonuses were cut.") == []
    assert times("Analysts expect weak year-end sales.") == []
    assert times("It changed to a calendar year end.") == []


@pytest.mark.parametrize("text,needle", [
    ("He entered his current position in April.", "current"),
    ("It delayed the plant because of current market conditions.", "current"),
])
def test_current_before_a_noun_is_present_ref(text, needle):
    assert found(text, needle) == ("DATE", "PRESENT_REF")


@pytest.mark.parametrize("text", [
    "Buyers may pay 50% of the then current market price.",  # the past's present
    "The river's current was strong.",  # the noun
])
def test_current_that_is_not_now(text):
    assert all(t != "current" for t, _, _ in times(text)), times(text)


def test_the_current_fiscal_year_is_the_articles_year():
    assert found("It expects higher sales in the current fiscal year that ends in June.",
                 "the current fiscal year") == ("DATE", "2017")


@pytest.mark.parametrize("text,needle,value", [
    ("By mid afternoon, officials were saying the village had fallen.", "mid afternoon", "2017-02-08TAF"),
    ("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "2017-02-07TAF"),
])
def test_mid_part_of_day_is_a_time(text, needle, value):
    assert found(text, needle) == ("TIME", value)


def test_the_next_morning_is_the_day_after_the_last_day_named():
    text = "He was detained on Feb. 3 and appeared in court the next morning."
    assert found(text, "the next morning") == ("DATE", "2017-02-04")


def test_the_quarter_a_year_ago_is_the_year_ago_quarter():
    text = "Profit rose in the third quarter. For the quarter a year ago, it earned $1 million."
    assert found(text, "the quarter a year ago", dct="2017-11-02") == ("DATE", "2016-Q3")


def test_a_holiday_week_and_a_holiday_days_ahead_in_a_past_clause():
    # DCT Monday 2000-04-17; Easter Sunday 2000 is April 23 (ISO week 16)
    assert found("Protesters prayed as Easter week began.", "Easter week", dct="2000-04-17") == ("DATE", "2000-W16")


def test_the_week_of_a_date_is_its_iso_week():
    assert found("A hearing is set for the week of March 6.", "the week of March 6") == ("DATE", "2017-W10")


@pytest.mark.parametrize("text,needle,value", [
    # the weekday before the last day named (Friday Feb. 3): a week earlier
    ("Shares closed lower on Feb. 3, down 4.5% from the previous Friday.", "the previous Friday", "2017-01-27"),
    ("The talks opened on Feb. 1 and ended the following Saturday.", "the following Saturday", "2017-02-04"),
    # nothing named before: counted from the article date
    ("The index is down 2% from the previous Friday.", "the previous Friday", "2017-02-03"),
])
def test_the_previous_weekday_counts_from_the_last_day_named(text, needle, value):
    assert found(text, needle) == ("DATE", value)


@pytest.mark.parametrize("text", [
    "The poster showed Gary Cooper from the film ``High Noon.''",
    "For the people of Poland, high noon comes today.",
    "Gonzalez said on CBS's ''60 Minutes.''",
])
def test_titles_and_idioms_are_not_times(text):
    assert all(v not in ("TIME", "DURATION") for _, v, _ in times(text)), times(text)


@pytest.mark.parametrize("text", [
    "The current account deficit widened.",
    "Current assets rose to $5 million.",
    "He hosts a current affairs programme.",
])
def test_current_in_fixed_terms_is_not_now(text):
    assert all(t.lower() != "current" for t, _, _ in times(text)), times(text)


# session-8 time-values7: "overnight" is the night before the story's day, not always the article's
@pytest.mark.parametrize("text,needle,dct,value", [
    # the story's day is Friday (Feb. 10), the article Monday: the night before Friday
    ("Shares closed lower Friday after overnight losses in New York.", "overnight", "2017-02-13", "2017-02-09"),
    # and the previous Friday counts from that night, not from Sunday
    ("Shares closed lower Friday after overnight losses in New York, down 4.5% from the previous Friday.",
     "the previous Friday", "2017-02-13", "2017-02-03"),
    # no day named before it: the night before the article date (the product example)
    ("Erdogan and Trump agreed in an overnight phone call.", "overnight", DCT, "2017-02-07"),
    # a day named long before the article date is background, not the story's day
    ("Prices have fallen since Oct. 13, and overnight losses in New York added to it.", "overnight", DCT, "2017-02-07"),
])
def test_overnight_is_the_night_before_the_story_day(text, needle, dct, value):
    assert found(text, needle, dct) == ("DATE", value)


# session-8 time-values7: an ordinal day after a copula names the day the clause is about
@pytest.mark.parametrize("text,needle,value", [
    ("In Saudi Arabia, today is the eighth day of the operation.", "the eighth day", "2017-02-08"),
    ("It's the second day of an offensive by the security forces.", "the second day", "2017-02-08"),
    ("Fighting began on Feb. 1. Feb. 3 was the third day of the siege.", "the third day", "2017-02-03"),
])
def test_an_ordinal_day_after_a_copula_is_that_day(text, needle, value):
    assert found(text, needle) == ("DATE", value)


@pytest.mark.parametrize("text", [
    "He vowed to do so on his first day in office.",
    "Buyers placed orders on the first day of trading.",
])
def test_an_ordinal_day_counted_from_an_event_is_left_alone(text):
    assert not [t for t in times(text) if "day" in t[0]]


# session-8 time-values7: the part of a period is the period's value (the part is a TimeML mod)
@pytest.mark.parametrize("text,needle,value", [
    ("The goal is 40,000 troops by the end of the month.", "the end of the month", "2017-02"),
    ("It cut $100 million of costs by the end of the year.", "the end of the year", "2017"),
    ("Talks resume at the beginning of the week.", "the beginning of the week", "2017-W06"),
])
def test_the_end_of_the_period_is_the_article_period(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_the_end_of_a_period_defined_after_it_is_left_to_other_rules():
    assert not [t for t in times("It rose at the end of the year ended June 30.") if t[0].startswith("the end")]


# session-8 time-values7: "a year ago" and "year-ago" compare with a period already reported, not a forecast
@pytest.mark.parametrize("text,needle,value", [
    ("Analysts expect losses through the third quarter of 2018. Profit fell from $5 a year ago.", "a year ago", "2016"),
    ("Profit fell in the fourth quarter. Analysts expect losses through the third quarter of 2018. "
     "In the year-ago quarter, it earned $5.", "the year-ago quarter", "2015-Q4"),
    # a reported period still anchors it
    ("Profit fell in the fourth quarter from $5 a year ago.", "a year ago", "2015-Q4"),
])
def test_year_ago_skips_a_forecast_period(text, needle, value):
    assert found(text, needle) == ("DATE", value)


# session-8 time-values7: "today" standing for the present age is not the article's day
@pytest.mark.parametrize("text", [
    "The case of Elian is for today's youth what the blockade was for their parents.",
    "Paternity can readily be proved in today's world.",
    "If I were choosing the people of tomorrow, I would have chosen them.",
])
def test_today_as_the_present_age_is_not_a_day(text):
    assert not [t for t in times(text) if t[0] in ("today", "tomorrow")]


@pytest.mark.parametrize("text,needle,value", [
    ("The offer was advertised in today's editions of the Journal.", "today", "2017-02-08"),
    ("Tomorrow's vote has international implications.", "Tomorrow", "2017-02-09"),
    ("Talks resume today.", "today", "2017-02-08"),
])
def test_today_as_a_day_stays(text, needle, value):
    assert found(text, needle) == ("DATE", value)


# session-8 time-values7: forms TimeML tags that were missed
@pytest.mark.parametrize("text,needle,value", [
    ("The summit was held on April 24 and 25.", "25", "2016-04-25"),
    ("Talks ran from Dec. 28 to 30, 2016.", "30, 2016", "2016-12-30"),
    ("The March accession enabled the three countries to join.", "March", "2016-03"),
    ("Cubans say the post-1959 politics split families.", "post-1959", "1959"),
])
def test_coordinated_days_article_months_and_prefixed_years(text, needle, value):
    assert found(text, needle) == ("DATE", value)


@pytest.mark.parametrize("text", [
    "Protesters joined the annual March for Life in Washington.",
    "The board said the march on the capital was peaceful.",
    "Shares rose 12 and 15 percent.",
])
def test_march_and_numbers_that_are_not_times(text):
    assert not [t for t in times(text) if t[0] in ("March", "15", "march")]


# session-8 time-values7: a quarter owned by last or next year
@pytest.mark.parametrize("text,needle,value", [
    ("U.K. sales for last year's quarter were about $3 million.", "last year's quarter", "2015-Q4"),
    ("It could be effective as early as next year's first quarter.", "next year's first quarter", "2018-Q1"),
    ("Sales in last year's fourth quarter fell.", "last year's fourth quarter", "2016-Q4"),
])
def test_a_quarter_of_last_or_next_year(text, needle, value):
    assert found(text, needle) == ("DATE", value)


# session-8 time-values7: a hyphenated time before a noun leaves the noun's article out
@pytest.mark.parametrize("text,needle", [
    ("A major factor in the third-quarter loss was a write-down.", "third-quarter"),
    ("The year-ago results included a charge.", "year-ago"),
])
def test_the_article_of_a_modified_noun_is_not_in_the_extent(text, needle):
    assert needle in [t for t, _, _ in times(text)]


def test_the_article_of_a_time_noun_stays():
    assert "the year-ago quarter" in [t for t, _, _ in times("Net rose from $5 in the year-ago quarter.")]


def test_the_year_ago_third_quarter_is_one_expression():
    assert found("Net fell in the year-ago third quarter.", "the year-ago third quarter", dct="1989-10-26") == ("DATE", "1988-Q3")


# session-8 time-values7: "around" before a point in time is part of its extent
@pytest.mark.parametrize("text,needle", [
    ("Two men appeared in the store around 7:15 p.m., police said.", "around 7:15 p.m."),
    ("The sale is to be completed around Nov. 1.", "around Nov. 1"),
])
def test_around_a_point_stays_in_the_extent(text, needle):
    assert needle in [t for t, _, _ in times(text)]


def test_get_around_is_not_a_hedge():
    assert "Wednesday" in [t for t, _, _ in times("They looked for ways to get around Wednesday's ruling.")]


# session-8 time-values7: a frequency adverb after an amount is a rate, as "$5 a year"
@pytest.mark.parametrize("text", [
    "Sales are expected to rise 8.5% annually through 2020.",
    "The plant would produce about 10,000 units annually.",
])
def test_a_rate_is_not_a_set(text):
    assert not [t for t in times(text) if t[0] == "annually"]


def test_a_verb_before_a_frequency_adverb_keeps_the_set():
    assert found("The committee meets weekly in Geneva.", "weekly") == ("SET", "P1W")


# session-8 time-values7: "the day before/after" a named day is one expression, moved by a day
@pytest.mark.parametrize("text,needle,value", [
    ("The day before last Tuesday's hearing, Manuel went to the house.", "The day before last Tuesday", "2017-02-06"),
    ("Shops reopened the day after Christmas.", "the day after Christmas", "2016-12-26"),
])
def test_the_day_before_or_after_a_day(text, needle, value):
    assert found(text, needle) == ("DATE", value)


def test_the_day_after_an_event_is_left_alone():
    assert not [t for t in times("They showed up at his house the day after his death.") if "day" in t[0]]


# session-8 time-values7: "in the morning" is that part of the last day named
@pytest.mark.parametrize("text,needle,value", [
    ("Hopes were dashed on Feb. 3. Dealers placed buy orders in the morning.", "the morning", "2017-02-03TMO"),
    ("Dealers placed heavy buy orders in the afternoon.", "the afternoon", "2017-02-08TAF"),
])
def test_the_part_of_a_day_named_before(text, needle, value):
    assert found(text, needle) == ("TIME", value)


def test_the_morning_of_or_after_is_left_to_other_rules():
    assert not [t for t in times("They met in the morning after the election.") if t[0] == "the morning"]


# session-8 time-values7: "the weeks ahead", "over the years": an unspecified stretch of time
@pytest.mark.parametrize("text,needle,value", [
    ("Funds may sell junk bonds in the weeks ahead.", "the weeks ahead", "PXW"),
    ("Over the years many more patients died waiting.", "the years", "PXY"),
    ("In the years that followed, the fighters won.", "the years", "PXY"),
    ("Prices rose two weeks ahead of the vote.", "two weeks", "P2W"),
])
def test_unspecified_stretches_with_the(text, needle, value):
    assert found(text, needle) == ("DURATION", value)


def test_the_days_of_a_life_are_not_a_time():
    assert not times("He recalled the days he spent in Havana.")


# session-8 time-values7: days written as ordinal words
@pytest.mark.parametrize("text,needle,value", [
    ("International Women's Day is this coming Sunday, March eighth.", "Sunday, March eighth", "2017-03-08"),
    ("It fell on the twenty-first of May, 1998.", "the twenty-first of May, 1998", "1998-05-21"),
    ("The deadline of October first has passed.", "October first", "2016-10-01"),
])
def test_days_as_ordinal_words(text, needle, value):
    assert found(text, needle) == ("DATE", value)


# session-8 time-values7: "and a half" after the unit
@pytest.mark.parametrize("text,needle,value", [
    ("But a minute and a half later, a pilot called.", "a minute and a half", "PT1M30S"),
    ("The meeting lasted an hour and a half.", "an hour and a half", "PT1H30M"),
    ("He waited a day and a half.", "a day and a half", "P1DT12H"),
])
def test_and_a_half_after_the_unit(text, needle, value):
    assert found(text, needle) == ("DURATION", value)


@pytest.mark.parametrize("text", ["Stocks 284,000 week ago 301,000", "It was 9,000,000 days ago.",
                                  "That happened 50,000 months ago.", "Some 300 decades ago."])
def test_an_amount_of_units_past_the_calendar_is_no_date_and_no_crash(text):
    # Tables of figures ("284,000 week ago") raised OverflowError and lost the whole article (E114).
    assert all(not v.startswith(("-", "0000")) for _, _, v in times(text))


# session-10 time-values10: "year-ago" / "a year ago" after a period that is already the one a year
# back (the previous year, ended over six months before the report) do not move it again.
@pytest.mark.parametrize("text,dct,needle,value", [
    ("It lost $5 million in the 1988 period. The year-ago results included a charge.", "1989-11-02", "year-ago", "1988"),
    ("Last year, net was $235 million. The year-earlier results were restated.", "1989-10-30", "year-earlier", "1988"),
    # the year just reported (January) still moves; so does a quarter named in full
    ("Last year, net was $235 million. The year-earlier results were restated.", "1989-01-30", "year-earlier", "1987"),
    ("Profit rose in the fourth quarter of 1989. The year-ago results included a charge.", "1990-01-20", "year-ago", "1988-Q4"),
    ("Profit rose in the third quarter. The year-ago results included a charge.", "1989-11-02", "year-ago", "1988-Q3"),
])
def test_year_ago_after_a_period_already_a_year_back(text, dct, needle, value):
    assert found(text, needle, dct) == ("DATE", value)


# session-10 time-values10: "the same period last year", "the corresponding quarter a year earlier":
# one expression, the period under discussion a year back
@pytest.mark.parametrize("text,needle,value", [
    ("Net rose in the third quarter from $3 million in the same period last year.", "the same period last year", "1988-Q3"),
    ("Net rose in the third quarter from $3 million in the corresponding period a year earlier.",
     "the corresponding period a year earlier", "1988-Q3"),
    ("Net rose in the third quarter from $3 million in the same quarter last year.", "the same quarter last year", "1988-Q3"),
    ("Net rose in the third quarter from a loss in the comparable quarter of the previous year.",
     "the comparable quarter of the previous year", "1988-Q3"),
    ("Sales in the same period last year fell.", "the same period last year", "1988"),  # no period before
])
def test_the_same_period_last_year(text, needle, value):
    assert found(text, needle, "1989-11-02") == ("DATE", value)


def test_the_comparable_quarter_alone_is_no_time():
    assert times("Net rose from the comparable quarter.", "1989-11-02") == []


# session-10 time-values10: a quarter that "ended <day>" is the calendar quarter holding most of it
@pytest.mark.parametrize("text,value", [
    ("In the quarter ended July 31, it lost money.", "1989-Q2"),
    ("For the quarter ended Jan. 31, net rose.", "1988-Q4"),
    ("For the quarter ending Jan. 31, net rose.", "1989-Q4"),  # said in October: the coming one
    ("For the quarter ended Sept. 30, net rose.", "1989-Q3"),
    ("For the quarter, net rose.", "1989-Q3"),
])
def test_the_quarter_ended_a_day(text, value):
    assert [v for t, _, v in times(text, "1989-10-30") if "quarter" in t] == [value]


# session-10 time-values10: a quarter not over by the article date (a forecast) is no year-ago reference
def test_a_quarter_in_progress_is_not_the_year_ago_reference():
    text = ("Third-quarter profit fell. Profits will fall in the fourth quarter. Bethlehem earned $46.9 million. "
            "In the year-ago period, Bethlehem earned $101.4 million.")
    assert found(text, "the year-ago period", "1989-10-26") == ("DATE", "1988-Q3")
    # a completed quarter still is
    text = "Bethlehem earned $46.9 million in the third quarter, down from $101.4 million a year ago."
    assert found(text, "a year ago", "1989-10-26") == ("DATE", "1988-Q3")
    text = "Sales in the second half of 1989 rose from the year-ago period."
    assert found(text, "the year-ago period", "1990-02-10") == ("DATE", "1988-H2")


# session-10 time-values10: "the year-earlier nine months", "the latest nine months": one span of months
@pytest.mark.parametrize("text,needle,value", [
    ("Net for the year-earlier nine months also included a gain.", "the year-earlier nine months", "P9M"),
    ("Sales in the latest nine months rose.", "the latest nine months", "P9M"),
    ("The year-ago six months had losses.", "The year-ago six months", "P6M"),
])
def test_year_earlier_span_of_months_is_one_duration(text, needle, value):
    assert found(text, needle, "1989-10-30") == ("DURATION", value)


# session-10 time-values10: "one day" after a modal is some day ahead, not a day's length
@pytest.mark.parametrize("text,kind,value", [
    ("Islam will one day be the second largest religion.", "DATE", "FUTURE_REF"),
    ("It could one day become a state.", "DATE", "FUTURE_REF"),
    ("He had only been in the job one day.", "DURATION", "P1D"),
])
def test_one_day_after_a_modal_is_the_future(text, kind, value):
    assert found(text, "one day") == (kind, value)


# session-10 time-values10: "the 1988 period" is the quarter (half) under discussion in that year
@pytest.mark.parametrize("text,value", [
    ("Net rose in the third quarter. In the 1988 period, it earned $5 million.", "1988-Q3"),
    ("Sales rose in the first half. In the 1988 period, they fell.", "1988-H1"),
    ("In the first nine months, net was $306 million, compared with a loss in the 1988 period.", "1988"),
])
def test_the_year_period_is_the_period_discussed(text, value):
    assert found(text, "the 1988 period", "1989-10-30") == ("DATE", value)


def test_a_year_ago_after_the_year_period_stays_with_the_quarter():
    text = "Net rose in the third quarter. In the 1989 period also, taxes were lower than a year ago."
    assert found(text, "a year ago", "1989-10-30") == ("DATE", "1988-Q3")


# session-10 time-values10: "the first two quarters of 1990" is that year's first half
@pytest.mark.parametrize("text,needle,kind,value", [
    ("Losses will last through the first two quarters of 1990.", "the first two quarters of 1990", "DATE", "1990-H1"),
    ("The last two quarters of 1989 were weak.", "The last two quarters of 1989", "DATE", "1989-H2"),
    ("The first two quarters were weak.", "The first two quarters", "DURATION", "P6M"),
])
def test_two_quarters_of_a_year_are_a_half(text, needle, kind, value):
    assert found(text, needle, "1989-10-30") == (kind, value)


# session-10 time-values10: "the year-earlier period" right after a span of months is that span
@pytest.mark.parametrize("text,needle,kind,value", [
    ("For the nine months, Norton had net of $81.2 million. In the year-earlier period, the company "
     "had net of $77.2 million.", "the year-earlier period", "DURATION", "P9M"),
    ("In the first six months, sales rose from the same period a year earlier.",
     "the same period a year earlier", "DURATION", "P6M"),
    ("Net rose in the third quarter. In the year-earlier period, net fell.", "the year-earlier period", "DATE", "1988-Q3"),
])
def test_year_earlier_period_after_a_span_of_months(text, needle, kind, value):
    assert found(text, needle, "1989-10-30") == (kind, value)


# session-10 time-values10: an ordinal quarter followed by "of last year" / "a year earlier" is a year back
@pytest.mark.parametrize("text,needle,value", [
    ("Profit fell in the fourth quarter of last year.", "the fourth quarter of last year", "1988-Q4"),
    ("Profit fell in the second quarter last year.", "the second quarter last year", "1988-Q2"),
    ("Net rose from the third quarter a year earlier.", "the third quarter a year earlier", "1988-Q3"),
])
def test_ordinal_quarter_a_year_back(text, needle, value):
    assert found(text, needle, "1989-11-02") == ("DATE", value)


# session-10 time-values10 (found on Reuters-21578 stories): a fiscal first quarter reported in March is
# over and stays the reference; a period compared with a year back after a day is that year
def test_a_quarter_reported_late_in_itself_stays_the_reference():
    text = ("Whittaker today reported first quarter earnings fell to 1.5 mln dlrs from 3.5 mln dlrs "
            "a year before. The year-earlier figure excluded a loss.")
    assert found(text, "The year-earlier figure", "1987-03-02") == ("DATE", "1986-Q1")


def test_the_same_period_after_a_day_is_the_year():
    text = ("Thailand exported 689,038 tonnes of rice between the beginning of January and February 24, "
            "up from 556,874 tonnes during the same period last year.")
    assert found(text, "the same period last year", "1987-02-26") == ("DATE", "1986")
