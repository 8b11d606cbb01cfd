"""Cross-article clustering in the store writer: attach or create, counts, explanations, migration."""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clustering_factory import CIVILIANS, CONSULT, GENEVA, IRAN_GOV, KABUL, TALIBAN, US_GOV, article, make_event  # noqa: E402

from dateline.store import open_store  # noqa: E402


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "clusters.db") as opened:
        yield opened


def bombing_reports() -> list:
    """Four reports of one Kabul bombing (varied dates, tolls, actors) and one a week later."""
    return [
        article("r1", [make_event(source=[TALIBAN], target=[CIVILIANS], fatalities=9)], published="2021-05-03"),
        article("r2", [make_event(target=[CIVILIANS], fatalities=11)], published="2021-05-04"),
        article("r3", [make_event(source=[TALIBAN], date="2021-05-05", basis="publication", fatalities=11)],
                published="2021-05-05"),
        article("r4", [make_event(source=[TALIBAN], date="2021-W18", precision="week", fatalities=12)],
                published="2021-05-10"),
        article("w1", [make_event(source=[TALIBAN], target=[CIVILIANS], date="2021-05-10", fatalities=10)],
                published="2021-05-10"),
    ]


def partition(store) -> set[frozenset[str]]:
    mentions = store.mentions()
    groups: dict[str, set[str]] = {}
    for event_id, doc_id in zip(mentions["event_id"], mentions["doc_id"]):
        groups.setdefault(event_id, set()).add(doc_id)
    return {frozenset(g) for g in groups.values()}


def test_reports_of_one_event_become_one_canonical_event_and_the_next_week_another(store):
    report = store.add_batch(bombing_reports())
    assert report.events_added == 5 and report.events_merged == 3
    assert partition(store) == {frozenset({"r1", "r2", "r3", "r4"}), frozenset({"w1"})}
    events = store.events().set_index("doc_id", drop=False)
    first = store.events()[store.events()["num_articles"] == 4].iloc[0]
    assert (first["num_mentions"], first["num_sources"]) == (4, 4)
    assert first["date"] == "2021-05-03" and first["fatalities"] == 11 and first["location_name"] == "Kabul"
    assert len(events) == 2
    assert store.counts()["events"] == 2 and store.counts()["mentions"] == 5


def test_talks_between_the_same_governments_on_different_days_stay_apart(store):
    talks = [make_event(kind=CONSULT, source=[US_GOV], target=[IRAN_GOV], place=GENEVA, date=day)
             for day in ("2021-06-01", "2021-06-03")]
    store.add_batch([article("t1", [talks[0]], published="2021-06-01"),
                     article("t2", [talks[1]], published="2021-06-03")])
    assert len(store.events()) == 2


def test_the_partition_does_not_depend_on_the_input_order(tmp_path):
    expected = None
    for seed in range(4):
        batch = bombing_reports()
        random.Random(seed).shuffle(batch)
        with open_store(tmp_path / f"order{seed}.db") as store:
            for item in batch:  # one article per batch: the incremental path
                store.add_batch([item])
            found = partition(store)
        expected = expected or found
        assert found == expected


def test_explain_event_gives_mentions_evidence_and_merge_reasons(store):
    store.add_batch(bombing_reports())
    event_id = store.events().sort_values("num_articles").iloc[-1]["event_id"]
    explanation = store.explain_event(event_id)
    assert explanation["event"]["num_articles"] == 4
    decisions = [r["decision"]["action"] for r in explanation["reports"]]
    assert decisions == ["created", "attached", "attached", "attached"]
    attached = explanation["reports"][1]["decision"]
    assert attached["features"]["date"]["relation"] == "same day" and attached["score"] > 1
    assert explanation["reports"][0]["mentions"][0]["evidence"] == "A bomb killed people."
    assert "fatalities" in explanation["fields"] and "date" in explanation["fields"]


def test_events_show_prints_the_explanation(tmp_path):
    from dateline.cli import cli

    db = tmp_path / "show.db"
    with open_store(db) as store:
        store.add_batch(bombing_reports())
        event_id = store.events().sort_values("num_articles").iloc[-1]["event_id"]
    result = CliRunner().invoke(cli, ["events", "show", event_id, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "attached (score" in result.output and "outlet-r2" in result.output
    assert "A bomb killed people." in result.output
    as_json = CliRunner().invoke(cli, ["events", "show", event_id, "--db", str(db), "--format", "json"])
    assert json.loads(as_json.output)["event"]["event_id"] == event_id
    listed = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "csv"])
    assert listed.exit_code == 0 and listed.output.count("\n") == 3  # header + two events
    missing = CliRunner().invoke(cli, ["events", "show", "nope", "--db", str(db)])
    assert missing.exit_code == 1 and "E205" in missing.output


def test_a_store_made_before_clustering_is_migrated_and_new_reports_attach(tmp_path):
    db = tmp_path / "old.db"
    with open_store(db) as store:
        store.add_batch([article("r1", [make_event(source=[TALIBAN], fatalities=9)])])
    conn = sqlite3.connect(db)  # roll the file back to schema 1: no reports, no index, no serving indexes
    conn.executescript("DROP TABLE reports; DROP TABLE event_keys; DROP INDEX events_by_date;"
                       " DROP INDEX events_by_type; DROP INDEX events_by_country; DROP INDEX events_page;"
                       " PRAGMA user_version = 1;")
    conn.close()
    with open_store(db) as store:
        assert store.schema_version >= 2
        assert store.counts()["events"] == 1
        store.add_batch([article("r2", [make_event(source=[TALIBAN], target=[CIVILIANS], fatalities=9)],
                                 published="2021-05-04")])
        assert partition(store) == {frozenset({"r1", "r2"})}
        assert store.explain_event(store.events().iloc[0]["event_id"])["reports"][0]["decision"]["action"] == "created"


def test_within_article_events_never_join_each_other_across_the_store(store):
    one = make_event("e1", source=[TALIBAN])
    two = make_event("e2", source=[TALIBAN], target=[CIVILIANS])
    store.add_batch([article("same", [one, two])])
    assert len(store.events()) == 2
    assert KABUL.name == store.events().iloc[0]["location_name"]
