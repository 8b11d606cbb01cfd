"""Recognition conventions of dateline.temporal.extents (issue #5), on sentences of our own."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.temporal import find_times

DCT = "2017-02-08"


def times(text: str, doc=None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(doc, Article("t", DCT, text))]


@pytest.mark.parametrize("text,expected", [
    ("Delegates left their second day-long session in silence.", ("day-long", "DURATION", "P1D")),
    ("A yearlong inquiry found no fault.", ("yearlong", "DURATION", "P1Y")),
    ("The miners will have to work without pay for a while.", ("a while", "DURATION", "PXX")),
    ("The council said it would vote on the plan at a later date.", ("a later date", "DATE", "FUTURE_REF")),
])
def test_vague_stretches_are_times(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", [
    "A 24-hour-long vigil began.",  # the count's own rule (duration with the "long" tail)
    "He waited a while ago for the bus.",
    "He spoke while the crowd listened.",
])
def test_vague_stretch_patterns_stay_narrow(text):
    assert not any(t in ("a while", "hour-long") for t, _, _ in times(text))


@pytest.mark.parametrize("text,extent", [
    ("The port ended a decades-long dispute with the union.", "decades-long"),
    ("Dockers began a week-long strike.", "week-long"),
    ("After an hour-long meeting they left.", "hour-long"),
    ("Two plants will close over the next year or so, the firm said.", "the next year or so"),
    ("The fund may need the next three years or so to recover.", "the next three years or so"),
    ("The rebels could hold the town for weeks or months.", "weeks or months"),
    ("Thousands came for the two day rally in the capital.", "two day"),
    ("The mine won't be profitable until 2019 or later.", "2019 or later"),
    ("The board is confident about earnings for 2018 and beyond.", "2018 and beyond"),
    ("Exports drove much of the third-quarter GDP growth.", "third-quarter"),
])
def test_extents_take_the_hedge_and_leave_the_nouns_article(text, extent):
    assert extent in [t for t, _, _ in times(text)]


def test_a_count_of_days_keeps_its_article_without_a_noun_after():
    assert "the four days" in [t for t, _, _ in times("They asked for the four days he had promised.")]


def test_and_later_before_a_verb_stays_out():
    assert "2015" in [t for t, _, _ in times("She joined the firm in 2015 and later ran it.")]


def test_a_fiscal_year_keeps_its_article():
    assert "the fiscal year" in [t for t, _, _ in times("Sales for the fiscal year rose.")]


@pytest.mark.parametrize("text", [
    "Officials said a deal was a matter of days away.",
    "The sale should close in a matter of months.",
    "Water is vital to the future of our farms.",
])
def test_figures_of_speech_are_no_times(text):
    assert times(text) == []


def test_the_future_in_a_prepositional_phrase_stays_a_time():
    assert ("the future", "DATE", "FUTURE_REF") in times("Prices may rise in the future.")


@pytest.mark.model
def test_the_future_as_a_subject_is_no_time(nlp):
    doc = nlp("The harvest was poor, and the future looks bleak for the growers.")
    assert times(doc.text, doc) == []


def test_weekdays_before_a_plural_part_of_day_recur():
    found = times("Two new flights will leave on Monday and Tuesday nights from March 30.")
    assert ("Monday", "SET", "XXXX-WXX-1TNI") in found
    assert ("Tuesday nights", "SET", "XXXX-WXX-2TNI") in found


def test_a_hyphenated_frequency_is_a_set():
    assert ("once-a-day", "SET", "P1D") in times("The firm launched a once-a-day pill.")


def test_a_single_weekday_night_stays_a_date():
    assert ("Tuesday night", "DATE", "2017-02-07") in times("The flight left on Tuesday night.")


@pytest.mark.parametrize("text,expected", [
    ("There were sell-offs in past years, too.", ("past years", "DATE", "PAST_REF")),
    ("Prices rose in past months.", ("past months", "DURATION", "PXM")),
])
def test_past_before_a_plural_unit_is_in_the_extent(text, expected):
    assert expected in times(text)


# session 11, time-values11c


@pytest.mark.parametrize("text,expected", [
    ("The rights lapse on March 31. Until then, holders may convert.", ("then", "DATE", "2017-03-31")),
    ("Talks resume in June 2016, and by then the ceasefire may have collapsed.", ("then", "DATE", "2016-06")),
])
def test_until_then_takes_the_time_named_before(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", [
    "Until then, holders may convert their shares.",  # nothing named before: no value to give
    "The party was founded in 1950. Since then, it has won every vote.",  # a stretch, untagged
    "He was received by then-President Obama.",
])
def test_then_without_a_point_before_it_is_no_time(text):
    assert "then" not in [t for t, _, _ in times(text)]


@pytest.mark.parametrize("text,expected", [
    ("The board paid twice as much this year as last.", ("last", "DATE", "2016")),
    ("Exports rose faster this month than last, officials said.", ("last", "DATE", "2017-01")),
    ("Output grew more this quarter than last.", ("last", "DATE", "2016-Q4")),
])
def test_an_elliptical_last_is_the_period_before(text, expected):
    assert expected in times(text)


def test_last_before_a_unit_keeps_its_own_expression():
    found = times("Exports rose faster this year than last year.")
    assert ("last year", "DATE", "2016") in found and ("last", "DATE", "2016") not in found


def test_a_unit_joined_to_another_unit_is_no_duration():
    assert times("Sales rose 4% on a year-over-year basis.") == []


def test_a_quarter_joined_to_another_is_no_time_but_stays_the_reference():
    found = times(
        "Net rose 20% in the fourth quarter. After a flat third quarter, margins improved. The"
        " quarter-to-quarter comparison was helped by charges in the year-earlier period."
    )
    assert "The quarter" not in [t for t, _, _ in found]
    # "The quarter" named the quarter under report: "the year-earlier period" is that one a year back
    assert ("the year-earlier period", "DATE", "2015-Q4") in found


@pytest.mark.model
def test_a_year_in_a_name_is_no_date(nlp):
    doc = nlp("In 1990 he set up a joint venture called Orion 1980, making space parts.")
    assert [t for t, _, _ in times(doc.text, doc)] == ["1990"]


@pytest.mark.model
def test_a_year_after_a_lower_case_month_stays_a_date(nlp):
    doc = nlp("Inflation was 19.77 pct against 23.72 pct at end-february 1986, the office said.")
    assert "1986" in [t for t, _, _ in times(doc.text, doc)]


@pytest.mark.parametrize("text,expected", [
    ("Officials declined to comment late yesterday.", ("late yesterday", "DATE", "2017-02-07")),
    ("Earlier yesterday, the exchange halted trading.", ("Earlier yesterday", "DATE", "2017-02-07")),
    ("The minister will speak later today.", ("later today", "DATE", "2017-02-08")),
])
def test_a_modifier_of_yesterday_is_in_the_extent(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", [
    "Marches have caused riots for the past three summers.",
    "Turnout fell in the past two elections.",
])
def test_the_past_before_a_count_is_no_vague_past(text):
    assert ("the past", "DATE", "PAST_REF") not in times(text)


def test_the_past_alone_stays_a_vague_past():
    assert ("the past", "DATE", "PAST_REF") in times("In the past, the firm considered a bid.")


def test_as_soon_as_possible_is_the_near_future():
    assert ("as soon as possible", "DATE", "FUTURE_REF") in times("The bank will sell the unit as soon as possible.")


def test_as_soon_as_before_a_clause_stays_a_connective():
    assert times("Shares rose as soon as trading began.") == []


def _parsed(words, pos, deps, heads):
    """A hand-built parse (heads as token indices): the tagger's reading is the thing under test."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads)


def test_a_capitalised_frequency_adjective_is_no_set():
    # "Quarterly" opening a sentence, tagged as a proper noun modifying "income": an amount per period
    doc = _parsed(
        ["Quarterly", "net", "income", "rose", "."],
        ["PROPN", "ADJ", "NOUN", "VERB", "PUNCT"], ["amod", "amod", "nsubj", "ROOT", "punct"], [2, 2, 3, 3, 3],
    )
    assert times(doc.text, doc) == []


@pytest.mark.parametrize("words,pos,deps,heads", [
    # "declared its initial quarterly of five cents": the dividend itself
    (["It", "declared", "its", "initial", "quarterly", "."], ["PRON", "VERB", "PRON", "ADJ", "NOUN", "PUNCT"],
     ["nsubj", "ROOT", "poss", "amod", "dobj", "punct"], [1, 1, 4, 4, 1, 1]),
    # "A new daily would open": a newspaper
    (["A", "new", "daily", "would", "open", "."], ["DET", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"],
     ["det", "amod", "nsubj", "aux", "ROOT", "punct"], [2, 2, 4, 4, 4, 4]),
])
def test_a_frequency_word_used_as_a_noun_is_no_set(words, pos, deps, heads):
    doc = _parsed(words, pos, deps, heads)
    assert times(doc.text, doc) == []


def test_a_predicative_frequency_stays_a_set():
    # the parser may read "exercisable weekly" as a noun complement ("attr"): still a recurrence
    doc = _parsed(
        ["Warrants", "are", "exercisable", "weekly", "."], ["NOUN", "AUX", "ADJ", "NOUN", "PUNCT"],
        ["nsubj", "ROOT", "acomp", "attr", "punct"], [1, 1, 1, 1, 1],
    )
    assert ("weekly", "SET", "P1W") in times(doc.text, doc)


def test_during_that_time_is_the_stretch_just_named():
    found = times("The plan is a five-year restructuring. During that time, the firm lost money.")
    assert ("that time", "DURATION", "P5Y") in found


@pytest.mark.parametrize("text", [
    "During that time, the firm lost money.",  # nothing named before
    "They met for years. During that time, the firm lost money.",  # a vague stretch: no value to give
    "It opened on March 3. During that period the shares fell.",  # a day, not a stretch
])
def test_during_that_time_without_a_measured_stretch_is_no_time(text):
    assert not any(t in ("that time", "that period") for t, _, _ in times(text))


@pytest.mark.parametrize("dct,text,expected", [
    # the month just past is "last month": "last January" said in February is the one a year before
    ("2017-02-08", "Sales fell from 40,000 last January.", "2016-01"),
    ("2017-01-10", "The helicopters crashed last December.", "2015-12"),
    ("2017-02-08", "The helicopters crashed last December.", "2016-12"),  # two months back: that one
])
def test_last_month_name_skips_the_month_just_past(dct, text, expected):
    found = find_times(None, Article("t", dct, text))
    assert [t.value for t in found if t.text.startswith("last ")] == [expected]
