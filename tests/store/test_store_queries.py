"""Store.events filters, full-text search, dtypes, articles, counts."""

from __future__ import annotations

import pandas as pd
import pytest

from dateline.errors import UsageError
from dateline.store import EVENT_COLUMN_NAMES


def ids(frame: pd.DataFrame) -> list[str]:
    return list(frame["event_id"])


def test_all_events_in_date_then_id_order(filled):
    assert ids(filled.events()) == ["ev-attack", "ev-agree", "ev-protest"]
    assert tuple(filled.events().columns) == EVENT_COLUMN_NAMES


def test_codes_stay_strings_and_nulls_are_real(filled):
    frame = filled.events().set_index("event_id")
    assert frame.loc["ev-agree", "cameo_code"] == "057" and frame.loc["ev-agree", "cameo_root"] == "05"
    assert str(frame["cameo_code"].dtype) == "string"
    assert str(frame["fatalities"].dtype) == "Int64" and frame.loc["ev-attack", "fatalities"] == 39
    assert frame.loc["ev-agree", "fatalities"] is pd.NA
    assert pd.isna(frame.loc["ev-protest", "admin1"]) and pd.isna(frame.loc["ev-agree", "plover_mode"])
    assert frame.loc["ev-agree", "goldstein"] == 8.0 and frame.loc["ev-agree", "lat"] == pytest.approx(39.92)


def test_multi_actor_sides_join_with_semicolons(filled):
    row = filled.events().set_index("event_id").loc["ev-attack"]
    assert row["target_actor"] == "civilians;a spokesman"
    assert row["target_code"] == "TURCVL;" and row["target_country"] == "TUR;"
    assert pd.isna(row["source_country"])  # no actor on that side has a country: NULL, not ""


def test_evidence_and_trigger_columns(filled):
    row = filled.events().set_index("event_id").loc["ev-protest"]
    assert row["trigger"] == "marched" and row["evidence"].startswith("Thousands of protesters")
    assert row["doc_id"] == "b1" and row["sentence"] == 0


@pytest.mark.parametrize(("filters", "expected"), [
    ({"plover_type": "AGREE"}, ["ev-agree"]),
    ({"plover_type": "assault"}, ["ev-attack"]),
    ({"cameo_root": "05"}, ["ev-agree"]),
    ({"cameo_root": "5"}, ["ev-agree"]),
    ({"actor": "USAGOV"}, ["ev-agree"]),
    ({"actor": "Q2429253"}, ["ev-attack"]),  # kb_id
    ({"actor": "TURGOV"}, ["ev-agree"]),
    ({"country": "FRA"}, ["ev-protest"]),
    ({"country": "TUR"}, ["ev-attack", "ev-agree"]),
    ({"event_country": "TUR"}, ["ev-attack", "ev-agree"]),
    ({"event_country": "fra"}, ["ev-protest"]),
    ({"start": "2017-02-01"}, ["ev-agree", "ev-protest"]),
    ({"end": "2017-01-31"}, ["ev-attack"]),
    ({"start": "2017-02-07", "end": "2017-02-07"}, ["ev-agree"]),
    ({"start": "2017-03-15", "end": "2017-03-15"}, ["ev-protest"]),  # month-precision date overlaps
    ({"start": "2017-02", "end": "2017-02"}, ["ev-agree"]),
    ({"start": "2016", "end": "2016"}, []),
    ({"country": "TUR", "plover_type": "AGREE"}, ["ev-agree"]),
    ({"actor": "x' OR 1=1 --"}, []),  # user text is a parameter, never SQL
])
def test_event_filters(filled, filters, expected):
    assert ids(filled.events(**filters)) == expected


def test_limit(filled):
    assert ids(filled.events(limit=2)) == ["ev-attack", "ev-agree"]


def test_full_text_search_over_the_articles_behind_events(filled):
    assert ids(filled.events(query="nightclub")) == ["ev-attack", "ev-agree"]
    assert ids(filled.events(query="pension")) == ["ev-protest"]
    assert ids(filled.events(query='"central bank"')) == []  # that article has no events
    assert ids(filled.events(query="Erdogan NOT pension")) == ["ev-attack", "ev-agree"]


def test_full_text_search_ignores_diacritics(store):
    from store_factory import make_article

    store.add_batch([make_article("d1", "Erdoğan spoke in Ankara on Monday.")])
    assert list(store.articles(query="erdogan")["doc_id"]) == ["d1"]


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "nightclub OR", "foo:bar", "(a"])
def test_full_text_syntax_error_is_a_coded_error(filled, query):
    with pytest.raises(UsageError) as err:
        filled.events(query=query)
    assert err.value.code == "E207" and repr(query) in str(err.value)
    with pytest.raises(UsageError):
        filled.articles(query=query)


@pytest.mark.parametrize("value", ["02/07/2017", "2017-13", "2017-02-30", "yesterday"])
def test_bad_date_filter_is_a_coded_error(filled, value):
    with pytest.raises(UsageError) as err:
        filled.events(start=value)
    assert err.value.code == "E208"


def test_articles_table_and_search(filled):
    frame = filled.articles()
    assert list(frame["doc_id"]) == ["a1", "b1", "c1"]
    assert list(frame["num_events"]) == [2, 1, 0]
    assert pd.isna(frame.set_index("doc_id").loc["b1", "source"])
    assert list(filled.articles(query="traders")["doc_id"]) == ["c1"]
    assert list(filled.articles(query="agree")["doc_id"]) == ["a1"]  # title is indexed too
    assert len(filled.articles(limit=1)) == 1


def test_counts_and_integrity(filled):
    assert filled.counts()["events"] == 3
    assert filled.integrity_check() == "ok"


def test_empty_store_gives_empty_typed_frames(store):
    frame = store.events()
    assert frame.empty and str(frame["cameo_code"].dtype) == "string"
    assert store.quarantine().empty and store.articles().empty


def test_search_text_cannot_inject_sql(filled):
    with pytest.raises(UsageError):
        filled.events(query="x'); DROP TABLE events; --")
    assert filled.counts()["events"] == 3


def test_mentions_table(filled):
    frame = filled.mentions(event_id="ev-attack")
    assert list(frame["trigger_text"]) == ["killed", "attack"] and set(frame["doc_id"]) == {"a1"}
    assert str(frame["start"].dtype) == "Int64" and list(frame["source_outlet"]) == ["Reuters", "Reuters"]
    assert len(filled.mentions()) == 4 and len(filled.mentions(doc_id="b1")) == 1
