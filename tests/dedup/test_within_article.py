"""Within-article merge, on hand-built events (no model needed)."""

from __future__ import annotations

from dateline.dedup import merge_article_events
from dateline.events.codes import cameo_code
from dateline.model import Actor, Article, Event, EventDate, PloverCode, Span

ARTICLE = Article(doc_id="doc1", date="2017-02-08", text="x" * 500, source="Reuters")
TUR = Actor("Turkey", "Q43", "TUR", "TUR", None, "country")
USA = Actor("United States", "Q30", "USA", "USA", None, "country")
POMPEO = Actor("Mike Pompeo", "Q473239", "USAGOV", "USA", "GOV", "person")
RUS = Actor("Russia", "Q159", "RUS", "RUS", None, "country")


def event(start: int, plover: str, cameo: str, source, target, *, factuality="asserted", date=None,
          precision="day", confidence=0.8, fatalities=None, mode=None, basis="text") -> Event:
    return Event(
        event_id=f"e{start}", sentence=start // 100, start=start, end=start + 50,
        trigger=Span(start + 5, start + 10, "trig"), source=list(source), target=list(target),
        plover=PloverCode(plover, mode), cameo=cameo_code(cameo), factuality=factuality,
        date=EventDate(date, precision, basis, None) if date else None,
        fatalities=fatalities, confidence=confidence,
    )


def test_restatement_merges_into_one_event_with_two_mentions():
    a = event(0, "CONSULT", "042", [POMPEO], [TUR], factuality="planned", confidence=0.9, mode="visit")
    b = event(200, "CONSULT", "042", [POMPEO], [], confidence=0.8, mode="visit")
    merged = merge_article_events([a, b], ARTICLE)
    assert len(merged) == 1
    m = merged[0]
    assert m is a and m.factuality == "planned"
    assert [x.start for x in m.mentions] == [0, 200]
    assert all(x.source_outlet == "Reuters" and x.doc_id == "doc1" for x in m.mentions)


def test_every_event_gets_its_own_mention():
    a = event(0, "ASSAULT", "190", [RUS], [TUR])
    b = event(100, "AID", "073", [USA], [TUR])
    merged = merge_article_events([a, b], ARTICLE)
    assert len(merged) == 2
    for e in merged:
        assert len(e.mentions) == 1 and e.mentions[0].start == e.start


def test_different_day_dates_never_merge():
    a = event(0, "ASSAULT", "190", [RUS], [TUR], date="2017-02-07")
    b = event(100, "ASSAULT", "190", [RUS], [TUR], date="2017-02-08")
    assert len(merge_article_events([a, b], ARTICLE)) == 2


def test_month_date_is_compatible_with_a_day_in_it():
    a = event(0, "ASSAULT", "190", [RUS], [TUR], date="2017-02-07")
    b = event(100, "ASSAULT", "190", [RUS], [TUR], date="2017-02", precision="month")
    assert len(merge_article_events([a, b], ARTICLE)) == 1


def test_different_roots_never_merge():
    a = event(0, "ASSAULT", "190", [RUS], [TUR])
    b = event(100, "ASSAULT", "183", [RUS], [TUR])
    assert len(merge_article_events([a, b], ARTICLE)) == 2


def test_different_actors_do_not_merge():
    a = event(0, "ASSAULT", "190", [RUS], [TUR])
    b = event(100, "ASSAULT", "190", [USA], [])
    assert len(merge_article_events([a, b], ARTICLE)) == 2


def test_negated_does_not_merge_with_asserted():
    a = event(0, "ASSAULT", "190", [RUS], [TUR])
    b = event(100, "ASSAULT", "190", [RUS], [TUR], factuality="negated")
    assert len(merge_article_events([a, b], ARTICLE)) == 2


def test_different_modes_do_not_merge():
    a = event(0, "CONSULT", "041", [POMPEO], [TUR], mode="phone")
    b = event(100, "CONSULT", "042", [POMPEO], [TUR], mode="visit")
    assert len(merge_article_events([a, b], ARTICLE)) == 2


def test_most_confident_keeps_fields_and_missing_ones_are_filled():
    a = event(0, "ASSAULT", "190", [RUS], [TUR], confidence=0.6, fatalities=39, date="2017-01-01")
    b = event(100, "ASSAULT", "190", [RUS], [TUR], confidence=0.9)
    merged = merge_article_events([a, b], ARTICLE)
    assert len(merged) == 1
    m = merged[0]
    assert m is b and m.fatalities == 39 and m.date.value == "2017-01-01"
    assert [x.start for x in m.mentions] == [100, 0]


def test_actorless_events_merge_only_on_equal_counts():
    a = event(0, "ASSAULT", "180", [], [], fatalities=39)
    b = event(100, "ASSAULT", "180", [], [], fatalities=39)
    c = event(200, "ASSAULT", "180", [], [], fatalities=5)
    assert len(merge_article_events([a, b, c], ARTICLE)) == 2


def test_empty_input():
    assert merge_article_events([], ARTICLE) == []


def test_actorless_clause_merges_with_the_named_event_of_its_sentence():
    a = event(0, "ASSAULT", "190", [], [], fatalities=12)
    b = event(10, "ASSAULT", "194", [RUS], [TUR], confidence=0.9)
    merged = merge_article_events([a, b], ARTICLE)
    assert len(merged) == 1 and merged[0] is b and merged[0].fatalities == 12


def test_publication_date_fallback_does_not_keep_mentions_apart():
    a = event(0, "CONSULT", "042", [POMPEO], [TUR], date="2017-02-09", confidence=0.9, mode="visit")
    b = event(200, "CONSULT", "042", [POMPEO], [], date="2017-02-08", basis="publication", mode="visit")
    merged = merge_article_events([a, b], ARTICLE)
    assert len(merged) == 1 and merged[0].date.value == "2017-02-09"


def test_publication_date_fallback_yields_to_a_text_date():
    # "Two were killed on Friday when soldiers opened fire": the more confident mention has only
    # the publication date; the merged event keeps the date read from the text.
    a = event(0, "ASSAULT", "190", [RUS], [TUR], date="2017-02-08", basis="publication", confidence=0.9)
    b = event(10, "ASSAULT", "190", [], [], date="2017-02-03", confidence=0.6, fatalities=2)
    merged = merge_article_events([a, b], ARTICLE)
    assert len(merged) == 1
    assert merged[0].date.value == "2017-02-03" and merged[0].date.basis == "text"


def test_the_root_flag_and_highest_salience_survive_the_merge():
    a = event(0, "CONSULT", "042", [POMPEO], [TUR], confidence=0.6, mode="visit")
    b = event(200, "CONSULT", "042", [POMPEO], [TUR], confidence=0.9, mode="visit")
    a.salience, a.is_root_event, b.salience = 0.8, True, 0.4
    merged = merge_article_events([a, b], ARTICLE)
    assert len(merged) == 1 and merged[0] is b
    assert merged[0].is_root_event and merged[0].salience == 0.8
