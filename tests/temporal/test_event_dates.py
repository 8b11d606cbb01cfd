"""date_events: events take the time expression governing their clause (needs the model)."""

from __future__ import annotations

import pytest

from dateline.model import Article, CameoCode, Event, PloverCode, Span
from dateline.temporal import date_events, find_times

pytestmark = pytest.mark.model

DCT = "2017-02-08"


def event_at(doc, word: str, nth: int = 0) -> Event:
    """A hand-built event whose trigger is the nth token spelled ``word``."""
    token = [t for t in doc if t.text == word][nth]
    return Event(
        event_id=f"e{token.i}", sentence=0, start=token.sent.start_char, end=token.sent.end_char,
        trigger=Span(token.idx, token.idx + len(token), token.text), source=[], target=[],
        plover=PloverCode("CONSULT"), cameo=CameoCode("040", "04", 1, 1.0), factuality="asserted",
        trigger_token=token.i,
    )


def dated(nlp, text: str, *words: str) -> list[Event]:
    doc = nlp(text)
    article = Article("t", DCT, text)
    events = [event_at(doc, w) for w in words]
    date_events(events, doc, find_times(doc, article), article)
    return events


def test_time_inside_the_trigger_phrase(nlp):
    (e,) = dated(nlp, "Ankara blames a New Year's Day shooting in an Istanbul nightclub on militants.", "shooting")
    assert (e.date.value, e.date.precision, e.date.basis) == ("2017-01-01", "day", "text")
    assert e.date.time.text == "New Year's Day"


def test_overnight_call_beats_the_reporting_date(nlp):
    text = "Erdogan and Trump agreed in an overnight phone call on joint action, sources said on Wednesday."
    (e,) = dated(nlp, text, "agreed")
    assert e.date.value == "2017-02-07"


def test_planned_visit_takes_the_coming_weekday(nlp):
    text = "They said CIA Director Mike Pompeo would be in Turkey on Thursday to discuss the issue."
    visit, talk = dated(nlp, text, "be", "discuss")
    assert visit.date.value == "2017-02-09"
    assert talk.date.value == "2017-02-09"  # the purpose clause sits under the visit's clause


def test_possessive_weekday_in_a_prepositional_phrase(nlp):
    text = "Trump reiterated his support for Turkey during Tuesday's phone call."
    (e,) = dated(nlp, text, "reiterated")
    assert (e.date.value, e.date.time.text) == ("2017-02-07", "Tuesday")


def test_no_time_gives_the_publication_date(nlp):
    (e,) = dated(nlp, "Rebels shelled the town.", "shelled")
    assert (e.date.value, e.date.precision, e.date.basis, e.date.time) == (DCT, "day", "publication", None)


def test_each_event_keeps_its_own_clause(nlp):
    text = "Rebels shelled the town on Monday, and the army retaliated on Tuesday."
    shelled, retaliated = dated(nlp, text, "shelled", "retaliated")
    assert shelled.date.value == "2017-02-06"
    assert retaliated.date.value == "2017-02-07"


def test_another_events_time_is_not_borrowed(nlp):
    text = "Police said the bombing on Monday was followed by protests."
    bombing, protests = dated(nlp, text, "bombing", "protests")
    assert bombing.date.value == "2017-02-06"
    assert protests.date.basis == "publication"


def test_week_month_and_year_precision(nlp):
    text = "Rebels attacked the base last week. The army withdrew last month. The truce collapsed in 2014."
    week, month, year = dated(nlp, text, "attacked", "withdrew", "collapsed")
    assert (week.date.value, week.date.precision) == ("2017-W05", "week")
    assert (month.date.value, month.date.precision) == ("2017-01", "month")
    assert (year.date.value, year.date.precision) == ("2014", "year")


def test_durations_and_refs_do_not_date_events(nlp):
    text = "The army recently shelled the town for three days."
    (e,) = dated(nlp, text, "shelled")
    assert e.date.basis == "publication"


def test_event_without_trigger_token_gets_the_publication_date(nlp):
    text = "Rebels shelled the town on Monday."
    doc = nlp(text)
    e = event_at(doc, "shelled")
    e.trigger_token = None
    date_events([e], doc, find_times(doc, Article("t", DCT, text)), Article("t", DCT, text))
    assert e.date.basis == "publication" and e.date.value == DCT


def test_nominal_event_in_the_frame_shares_its_time(nlp):
    text = "Erdogan and Trump agreed in an overnight phone call on joint action."
    agreed, call = dated(nlp, text, "agreed", "call")
    assert agreed.date.value == "2017-02-07" and call.date.value == "2017-02-07"


def test_time_of_the_theme_is_not_the_events(nlp):
    text = "Erdogan blames a cleric for an attempted military coup last year."
    (e,) = dated(nlp, text, "blames")
    assert e.date.basis == "publication"


def test_climbing_reaches_the_root_without_looping(nlp):
    text = "Rebels shelled the town. The army withdrew on Monday."
    (e,) = dated(nlp, text, "shelled")
    assert e.date.basis == "publication"


def test_theme_preposition_is_not_searched_but_its_time_object_is(nlp):
    text = "The rebels agreed on a plan drafted in 2014. The rebels agreed on Monday."
    doc = nlp(text)
    article = Article("t", DCT, text)
    first, second = event_at(doc, "agreed", 0), event_at(doc, "agreed", 1)
    date_events([first, second], doc, find_times(doc, article), article)
    assert first.date.basis == "publication"
    assert second.date.value == "2017-02-06"


def test_gerund_after_a_preposition_shares_the_main_clause_time(nlp):
    text = "The governor signed the bill on Monday, hours after meeting union leaders."
    signed, meeting = dated(nlp, text, "signed", "meeting")
    assert signed.date.value == meeting.date.value == "2017-02-06"
    assert meeting.date.time.text == "Monday"


def test_measure_phrase_moves_the_gerund_event(nlp):
    text = "The army withdrew on Friday, two days after signing the truce."
    withdrew, signing = dated(nlp, text, "withdrew", "signing")
    assert withdrew.date.value == "2017-02-03"
    assert (signing.date.value, signing.date.precision) == ("2017-02-01", "day")


def test_reported_clause_takes_the_reporting_verbs_time(nlp):
    text = "The mayor arrived in Lyon on Monday, where the police chief said officers arrested two men."
    arrived, arrested = dated(nlp, text, "arrived", "arrested")
    assert arrived.date.value == arrested.date.value == "2017-02-06"
    (e,) = dated(nlp, "The minister said on Monday that the rebels released the hostages.", "released")
    assert (e.date.value, e.date.basis) == ("2017-02-06", "text")


@pytest.mark.parametrize("text,word", [
    ("The minister said on Monday that the troops would withdraw.", "withdraw"),  # announced, not done
    ("The minister said on Monday that the rebels had released the hostages.", "released"),  # before
])
def test_reported_plans_and_pluperfects_keep_the_publication_date(nlp, text, word):
    (e,) = dated(nlp, text, word)
    assert e.date.basis == "publication"


def test_a_reporting_event_keeps_its_time_to_itself(nlp):
    text = "The rebels denied on Monday that they attacked the convoy."
    denied, attacked = dated(nlp, text, "denied", "attacked")
    assert denied.date.value == "2017-02-06"
    assert attacked.date.basis == "publication"


def test_much_of_the_day_dates_the_event(nlp):
    text = "The strike began on Monday. Dockers blocked the port gates for much of the day, angering shippers."
    (e,) = dated(nlp, text, "blocked")
    assert (e.date.value, e.date.time.text) == ("2017-02-06", "the day")


def test_a_day_after_a_finite_clause_moves_back_from_the_main_clause(nlp):
    text = "Mourners gathered in the square on Tuesday, a day after a gunman shot six worshippers at a mosque."
    gathered, shot = dated(nlp, text, "gathered", "shot")
    assert gathered.date.value == "2017-02-07"
    assert (shot.date.value, shot.date.precision, shot.date.basis) == ("2017-02-06", "day", "text")


def test_days_after_a_finite_clause_moves_back_from_the_main_clause(nlp):
    text = "The port reopened on Wednesday, five days after a fire destroyed two warehouses."
    reopened, destroyed = dated(nlp, text, "reopened", "destroyed")
    assert reopened.date.value == "2017-02-08"
    assert (destroyed.date.value, destroyed.date.basis) == ("2017-02-03", "text")


def test_after_without_a_measure_does_not_take_the_main_clause_date(nlp):
    text = "Villagers were angry on Tuesday after soldiers burned dozens of houses."
    (burned,) = dated(nlp, text, "burned")
    assert (burned.date.value, burned.date.basis) == (DCT, "publication")


def test_days_after_under_a_planned_clause_is_not_measured_from_the_plan(nlp):
    text = "Officials said the school would reopen on Thursday, two days after a storm damaged its roof."
    (damaged,) = dated(nlp, text, "damaged")
    assert damaged.date.basis == "publication"


def test_a_past_event_is_never_dated_after_the_article(nlp):
    # DCT is a Wednesday; a weekday read as the coming Friday cannot date a past shooting
    text = "The shooting at the stadium on Friday, which wounded nine fans, shows that the league is unsafe."
    (shooting,) = dated(nlp, text, "shooting")
    assert (shooting.date.value, shooting.date.basis) == (DCT, "publication")


def test_a_day_after_a_noun_event_moves_back_from_the_main_clause(nlp):
    text = "Mourners gathered on Tuesday, a day after the shooting at a mosque."
    gathered, shooting = dated(nlp, text, "gathered", "shooting")
    assert gathered.date.value == "2017-02-07"
    assert (shooting.date.value, shooting.date.basis) == ("2017-02-06", "text")


def test_after_a_noun_event_without_a_measure_is_not_the_main_clause_date(nlp):
    text = "Protests erupted on Tuesday after the shooting at a mosque."
    erupted, shooting = dated(nlp, text, "erupted", "shooting")
    assert erupted.date.value == "2017-02-07"
    assert shooting.date.basis == "publication"


def test_days_after_with_no_other_time_counts_back_from_the_article_date(nlp):
    text = "The port reopened under heavy guard, five days after a fire destroyed two warehouses."
    (destroyed,) = dated(nlp, text, "destroyed")
    assert (destroyed.date.value, destroyed.date.basis, destroyed.date.time.text) == ("2017-02-03", "text", "five days")


def test_a_nominal_event_takes_the_time_of_its_restating_clause(nlp):
    # "the car bomb that killed 9 yesterday": the relative clause says when the bomb went off
    (e,) = dated(nlp, "The car bomb that killed 17 shoppers and traders at Kirkuk's main market yesterday "
                      "has raised questions about how the vehicle passed the checkpoints.", "bomb")
    assert (e.date.value, e.date.basis) == ("2017-02-07", "text")


def test_a_part_of_day_dates_the_event_by_its_calendar_day(nlp):
    text = "Police fired tear gas at protesters on Tuesday evening."
    (e,) = dated(nlp, text, "fired")
    assert (e.date.value, e.date.precision) == ("2017-02-07", "day")
    assert e.date.time.text.startswith("Tuesday")
