"""add_batch: one transaction per batch, idempotent, quarantine, counts."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.errors import StoreError
from dateline.model import RecordError
from dateline.store import open_store
from store_factory import TEXT_A, TEXT_C, corpus, make_article, make_event


def test_batch_stores_articles_events_mentions_and_quarantine(store):
    report = store.add_batch(corpus())
    assert (report.articles_added, report.events_added, report.quarantined, report.quarantine_added) == (3, 3, 1, 1)
    assert store.counts() == {"articles": 3, "events": 3, "mentions": 4, "event_actors": 7, "quarantine": 1}


def test_same_batch_twice_adds_nothing(store):
    store.add_batch(corpus())
    before = store.counts()
    report = store.add_batch(corpus())
    assert report.articles_added == 0 and report.articles_skipped == 3 and report.events_added == 0
    assert report.quarantined == 1 and report.quarantine_added == 0
    assert store.counts() == before


def test_duplicate_inside_one_batch_is_skipped(store):
    article = make_article("x1", TEXT_C)
    report = store.add_batch([article, make_article("x2", TEXT_C)])  # same content, other id
    assert (report.articles_added, report.articles_skipped) == (1, 1)


def test_known_hashes_reports_only_stored_ones(filled):
    stored = corpus()[0].article.content_hash
    assert filled.known_hashes([stored, "0" * 64]) == {stored}
    assert filled.known_hashes([]) == set()


def test_same_id_other_content_is_quarantined_not_overwritten(filled):
    report = filled.add_batch([make_article("c1", "A different body under an id already used.")])
    assert report.articles_added == 0 and report.quarantine_added == 1
    row = filled.quarantine().iloc[-1]
    assert row["code"] == "E206" and row["doc_id"] == "c1"
    assert filled.article("c1")["text"] == TEXT_C


def test_event_ids_repeated_by_another_article_get_a_distinct_id(store):
    first = make_article("p1", TEXT_A, events=[make_event("e0", TEXT_A, "agreed", doc_id="p1")])
    second = make_article("p2", TEXT_A + " More.", events=[make_event("e0", TEXT_A + " More.", "agreed", doc_id="p2")])
    store.add_batch([first, second])
    ids = list(store.events()["event_id"])
    assert len(ids) == 2 and len(set(ids)) == 2 and "e0" in ids


def test_counts_come_from_mentions(filled):
    attack = filled.event("ev-attack")
    assert attack["num_mentions"] == 2 and attack["num_articles"] == 1 and attack["num_sources"] == 1
    assert [m["trigger"]["text"] for m in attack["mentions"]] == ["killed", "attack"]


def test_event_without_mentions_gets_its_own_mention(filled):
    protest = filled.event("ev-protest")
    assert protest["num_mentions"] == 1
    assert protest["mentions"][0]["doc_id"] == "b1" and protest["mentions"][0]["trigger"]["text"] == "marched"
    assert protest["num_sources"] == 1  # no outlet known: the article counts as its own source


def test_quarantine_keeps_code_message_origin_raw(filled):
    q = filled.quarantine()
    assert list(q["code"]) == ["E102"]
    assert q.iloc[0]["origin"] == "input.jsonl:4" and q.iloc[0]["raw"] == "no date here"


def test_same_bad_record_from_another_origin_is_a_new_entry(filled):
    filled.add_batch([RecordError("E102", "E102: ...", "other.jsonl:1", None, "no date here")])
    assert filled.counts()["quarantine"] == 2


def test_disk_full_rolls_back_the_whole_batch(store):
    store.add_batch([make_article("small", "One short article.")])
    before = store.counts()
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: "disk full"
    big = [make_article(f"big{i}", ("Long article body number %d. " % i) * 400) for i in range(20)]
    with pytest.raises(StoreError) as err:
        store.add_batch(big)
    assert err.value.code == "E202"
    assert str(err.value).endswith("nothing from the failed batch was kept.")
    assert store.counts() == before
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.add_batch(big[:2]).articles_added == 2  # the store is still usable


def test_failed_batch_leaves_no_half_article(store, monkeypatch):
    import dateline.store.store as module

    articles = corpus()[:2]

    def broken_mentions(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(module, "mention_rows", broken_mentions)
    with pytest.raises(StoreError) as err:
        store.add_batch(articles)
    assert err.value.code == "E202"
    assert store.counts() == {"articles": 0, "events": 0, "mentions": 0, "event_actors": 0, "quarantine": 0}


def test_article_round_trips_the_extract_object(filled):
    stored = filled.article("a1")
    original = corpus()[0].to_dict()
    assert {k: stored[k] for k in original} == original
    assert stored["origin"] == "test:a1" and len(stored["content_hash"]) == 64


def test_unknown_article_and_event_are_coded_errors(filled):
    with pytest.raises(StoreError) as err:
        filled.article("nope")
    assert err.value.code == "E209"
    with pytest.raises(StoreError) as err:
        filled.event("nope")
    assert str(err.value) == "E205: No event with id 'nope' in the store."


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.integers(0, 3), max_size=5), min_size=1, max_size=4))
def test_any_sequence_of_batches_ends_in_the_same_store(batches):
    """Whatever order and repetition records come in, the store holds each distinct one once."""
    pool = corpus()
    with tempfile.TemporaryDirectory() as folder:
        with open_store(Path(folder) / "p.db") as store:
            for batch in batches:
                store.add_batch([pool[i] for i in batch])
            used = {i for batch in batches for i in batch}
            articles = [pool[i] for i in used if not isinstance(pool[i], RecordError)]
            counts = store.counts()
            assert counts["articles"] == len(articles)
            assert counts["events"] == sum(len(a.events) for a in articles)
            assert counts["quarantine"] == (3 in used)
            assert store.integrity_check() == "ok"
