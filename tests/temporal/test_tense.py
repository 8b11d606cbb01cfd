"""Direction of bare weekdays, months and dates from the tense of the governing verb (needs the model)."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.temporal import find_times

pytestmark = pytest.mark.model

DCT = "2017-02-08"  # a Wednesday


def value_of(nlp, text: str, needle: str, dct: str = DCT) -> str:
    found = [t for t in find_times(nlp(text), Article("t", dct, text)) if t.text == needle]
    assert found, [(t.text, t.value) for t in find_times(nlp(text), Article("t", dct, text))]
    return found[0].value


@pytest.mark.parametrize("text,needle,value", [
    ("Putin met Erdogan on Friday.", "Friday", "2017-02-03"),
    ("Putin will meet Erdogan on Friday.", "Friday", "2017-02-10"),
    ("Putin would be in Turkey on Thursday.", "Thursday", "2017-02-09"),
    ("The vote is due to take place on Monday.", "Monday", "2017-02-13"),
    ("Rebels said on Wednesday they had withdrawn.", "Wednesday", "2017-02-08"),
    ("Ministers are expected to meet on Tuesday.", "Tuesday", "2017-02-14"),
    ("Ministers met on Tuesday.", "Tuesday", "2017-02-07"),
    ("Troops had withdrawn by Sunday.", "Sunday", "2017-02-05"),
    ("He called on supporters to attend a rally on Thursday.", "Thursday", "2017-02-09"),
    ("Thousands gathered to protest on Monday.", "Monday", "2017-02-06"),
])
def test_weekday_by_tense(nlp, text, needle, value):
    assert value_of(nlp, text, needle) == value


@pytest.mark.parametrize("text,needle,value", [
    ("The ceasefire collapsed in March.", "March", "2016-03"),
    ("Elections will be held in March.", "March", "2017-03"),
    ("The summit will open on March 3.", "March 3", "2017-03-03"),
    ("The summit opened on May 3.", "May 3", "2016-05-03"),
    ("Ministers have set Feb. 20 as the deadline.", "Feb. 20", "2017-02-20"),
    ("A summit set for April will discuss it.", "April", "2017-04"),
    ("Police said the attack took place on Dec. 30.", "Dec. 30", "2016-12-30"),
])
def test_months_and_dates_by_tense(nlp, text, needle, value):
    assert value_of(nlp, text, needle) == value


@pytest.mark.parametrize("text,needle,value", [
    ("Arafat meets Albright separately Monday.", "Monday", "2017-02-13"),  # present tense announces
    ("The closing is expected in December.", "December", "2017-12"),
    ("The stock is to resume trading Tuesday.", "Tuesday", "2017-02-14"),  # "be to": arranged
    ("He has scheduled a news conference Thursday.", "Thursday", "2017-02-09"),  # planning verb + object
    ("Protesters planned a large demonstration on Saturday.", "Saturday", "2017-02-11"),
    ("On Friday, the government planned to pay the families.", "Friday", "2017-02-03"),  # no object: the planning is dated
    ("The offer had been due to expire Friday.", "Friday", "2017-02-03"),  # a plan in the past perfect is over
    ("Guidelines to be published in early March will decide it.", "early March", "2017-03"),  # passive infinitive
    ("The probe is not linked with the August 7 bombings.", "August 7", "2016-08-07"),  # a date naming a past event
    ("Prices are up 5% from January.", "January", "2017-01"),  # "from", "since": back even in the present
    ("The border has been closed since Monday.", "Monday", "2017-02-06"),
    # "rounds" is tagged as a present-tense verb here: a verb in a noun's slot does not govern
    ("Riot police fired tear gas, pepper spray and bean bag rounds on Friday to clear the square.", "Friday", "2017-02-03"),
])
def test_open_dates_by_tense(nlp, text, needle, value):
    assert value_of(nlp, text, needle) == value


def test_weekday_across_a_year_end(nlp):
    assert value_of(nlp, "Gunmen attacked a bus on Friday.", "Friday", dct="2017-01-02") == "2016-12-30"
    assert value_of(nlp, "The talks will resume on Tuesday.", "Tuesday", dct="2016-12-30") == "2017-01-03"


def test_a_count_is_not_a_year(nlp):
    text = "Some 2000 people fled the town in 2016."
    found = [(t.text, t.value) for t in find_times(nlp(text), Article("t", DCT, text))]
    assert found == [("2016", "2016")]


@pytest.mark.parametrize("text,needle,value", [
    # the month after the article's, inside a noun's phrase: the noun's (coming) time
    ("The ministry warned of a cut in its fuel supply in March.", "March", "2017-03"),
    ("Traders bought heavily ahead of March deliveries.", "March", "2017-03"),
    # governed by the past verb itself: the past one
    ("The ceasefire collapsed in March.", "March", "2016-03"),
    # further ahead inside a noun's phrase: still by the tense
    ("The ministry warned of a cut in its fuel supply in May.", "May", "2016-05"),
])
def test_next_month_inside_a_noun_phrase(nlp, text, needle, value):
    assert value_of(nlp, text, needle) == value


@pytest.mark.parametrize("text,needle,value", [
    ("The index is within 70 points of its record high set on Aug. 6.", "Aug. 6", "2016-08-06"),
    ("Talks set for March 3 were welcomed.", "March 3", "2017-03-03"),
])
def test_set_schedules_only_with_for(nlp, text, needle, value):
    assert value_of(nlp, text, needle) == value



@pytest.mark.parametrize("text,needle,value", [
    # "hurt" with a singular noun subject is tagged VBP, which only a past tense can be
    ("Weakness in technology stocks hurt the composite on Friday.", "Friday", "2017-02-03"),
    # a collective subject with a plural verb that has its own past ("met"): still present
    ("The committee meet on Friday.", "Friday", "2017-02-10"),
    # a passive scheduling participle with "for": the date set lies ahead, whatever the tense
    ("The official said that the accession was planned for early March.", "early March", "2017-03"),
    # ... but not in the past perfect: that plan is over
    ("The offer had been scheduled for Friday.", "Friday", "2017-02-03"),
])
def test_time_values5_tense_readings(nlp, text, needle, value):
    assert value_of(nlp, text, needle) == value


# session-8 time-values7: an adjective of daily, weekly or hourly recurrence modifying an event is a
# SET (TimeBank tags "his weekly radio address", "a daily public rally"); a quarterly or annual
# amount is not ("a quarterly dividend"), nor an average per day ("average daily volume").
@pytest.mark.parametrize("text,needle,expected", [
    ("Clinton said it in his weekly radio address.", "weekly", ("SET", "P1W")),
    ("Thousands joined a daily public rally in Havana.", "daily", ("SET", "P1D")),
    ("The board declared a quarterly dividend of 5 cents.", "quarterly", None),
    ("Trades were 5% of the average daily volume.", "daily", None),
])
def test_frequency_adjectives(nlp, text, needle, expected):
    got = [(t.type, t.value) for t in find_times(nlp(text), Article("t", DCT, text)) if t.text == needle]
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize("text,tagged", [
    # session-9 time-values9 (#5): "soon" is FUTURE_REF in a clause that looks ahead
    ("Prosecutors may soon seek an indictment.", True),
    ("The company soon will begin selling boxes.", True),
    ("It expects sales to soon grow to 25% of the total.", True),
    ("He was soon released from the hospital.", False),
    ("They will leave as soon as the talks end.", False),
    ("The trickle soon became a flood.", False),
    ("Talks will resume soon after the vote.", False),
])
def test_soon_is_a_future_reference_only_looking_ahead(nlp, text, tagged):
    found = [(t.text, t.value) for t in find_times(nlp(text), Article("t", DCT, text))]
    assert (("soon", "FUTURE_REF") in found) == tagged, found


# session-10 time-values10: "until" in a past-perfect clause is an end point already passed
@pytest.mark.parametrize("text,needle,value", [
    ("Until Thursday, the police had not called him a suspect.", "Thursday", "2017-02-02"),
    ("They had refused to sign until Monday.", "Monday", "2017-02-06"),
    ("The court gave them until Friday to reply.", "Friday", "2017-02-10"),  # a term set ahead
])
def test_until_in_a_past_perfect_clause_is_past(nlp, text, needle, value):
    assert value_of(nlp, text, needle) == value


# session-10 time-values10: a participle under a preposition ("with the third departing") takes the
# tense of the clause the preposition hangs on
@pytest.mark.parametrize("text,needle,value", [
    ("It said two new flights would leave on Monday, with the third departing each Thursday from August 6.",
     "August 6", "2017-08-06"),
    ("The minister will fly home after meeting the rebels on Friday.", "Friday", "2017-02-10"),
    ("The minister flew home after meeting the rebels on Friday.", "Friday", "2017-02-03"),
])
def test_participle_under_a_preposition_takes_the_clause_tense(nlp, text, needle, value):
    assert value_of(nlp, text, needle) == value
