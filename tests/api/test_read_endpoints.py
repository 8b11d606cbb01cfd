"""Events, one event, articles, actors, aggregates, places, network, exports on a hand-built store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from api_factory import EVENT_IDS, SCRIPT_TEXT


def ids(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {row["event_id"] for row in response.json()["data"]}


@pytest.mark.parametrize("params, expected", [
    ({}, EVENT_IDS),
    ({"start": "2017-02", "end": "2017-03"}, {"ev-agree", "ev-meet"}),
    ({"start": "2018"}, {"ev-protest"}),
    ({"actor": "TURGOV"}, {"ev-agree", "ev-meet"}),
    ({"actor": "Q2429253"}, {"ev-attack"}),
    ({"country": "fra"}, {"ev-protest"}),
    ({"type": "ASSAULT"}, {"ev-attack"}),
    ({"cameo_root": "4"}, {"ev-meet"}),
    ({"event_country": "TUR"}, {"ev-attack", "ev-meet"}),
    ({"q": "nightclub"}, {"ev-agree", "ev-attack"}),
    ({"q": "Syria", "type": "CONSULT"}, {"ev-meet"}),
    ({"q": ""}, EVENT_IDS),  # an empty form field is no filter
])
def test_event_filters(client, params, expected):
    assert ids(client.get("/api/events", params=params)) == expected


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_keyset_pagination_visits_every_event_once_in_order(client, order):
    seen: list[dict] = []
    cursor = None
    for _ in range(10):
        body = client.get("/api/events", params={"limit": 1, "order": order, "cursor": cursor}).json()
        seen += body["data"]
        cursor = body["meta"]["next_cursor"]
        if cursor is None:
            break
    assert [r["event_id"] for r in seen] and {r["event_id"] for r in seen} == EVENT_IDS
    assert len(seen) == len(EVENT_IDS)
    keys = [(r["date"], r["event_id"]) for r in seen]
    assert keys == sorted(keys, reverse=(order == "desc"))


def test_cursor_of_one_order_is_refused_for_the_other(client):
    cursor = client.get("/api/events", params={"limit": 1, "order": "asc"}).json()["meta"]["next_cursor"]
    response = client.get("/api/events", params={"limit": 1, "order": "desc", "cursor": cursor})
    assert response.status_code == 422 and response.json()["error"]["code"] == "E345"


def test_total_on_request(client):
    meta = client.get("/api/events", params={"country": "TUR", "with_total": "true"}).json()["meta"]
    assert meta["total"] == 3 and meta["filters"] == {"country": "TUR"}


def test_event_rows_keep_codes_as_strings(client):
    row = next(r for r in client.get("/api/events").json()["data"] if r["event_id"] == "ev-agree")
    assert row["cameo_code"] == "057" and row["cameo_root"] == "05" and row["location_name"] is None


def test_one_event_has_mentions_and_marked_evidence(client):
    event = client.get("/api/events/ev-attack").json()["data"]
    assert event["num_mentions"] == 2 and len(event["mentions"]) == 2
    assert event["mentions"][0]["article"]["title"] == "Turkey and US agree"
    assert event["mentions"][1]["evidence"].startswith("A gunman killed")
    evidence = event["evidence"]
    assert evidence["text"].startswith("A gunman killed 39 people")
    marks = {(m["role"], m["text"]) for m in evidence["highlights"]}
    assert {("trigger", "killed"), ("place", "Istanbul"), ("time", "New Year's Day"), ("source", "Daesh"),
            ("target", "people")} <= marks
    for m in evidence["highlights"]:
        assert evidence["text"][m["start"]:m["end"]] == m["text"]


def test_event_ids_with_colons_and_slashes_route(client):
    assert client.get("/api/events/a1:ev-x/y").json()["error"]["code"] == "E205"


def test_articles_search_and_one_article(client):
    body = client.get("/api/articles", params={"q": "nightclub"}).json()
    assert [a["doc_id"] for a in body["data"]] == ["a1"]
    assert "\u0002nightclub\u0003" in body["data"][0]["snippet"]
    newest = client.get("/api/articles").json()["data"]
    assert [a["doc_id"] for a in newest] == ["a3", "a2", "a1"]
    article = client.get("/api/articles/a1").json()["data"]
    assert article["text"].startswith("Erdogan and Trump")
    assert {e["event_id"] for e in article["canonical_events"]} == {"ev-agree", "ev-attack"}
    assert len(article["actors"]) == 4 and len(article["times"]) == 2


def test_articles_pagination(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "cursor": first["meta"]["next_cursor"]}).json()
    assert len(first["data"]) == 2 and len(second["data"]) == 1 and second["meta"]["next_cursor"] is None


def test_script_in_article_text_is_returned_as_data(client):
    article = client.get("/api/articles/a3").json()["data"]
    assert article["text"] == SCRIPT_TEXT
    event = client.get("/api/events/ev-protest").json()["data"]
    assert "<script>" in event["evidence"]["text"]


def test_actors_with_counts(client):
    rows = {a["code"]: a for a in client.get("/api/actors").json()["data"]}
    assert rows["TURGOV"]["events"] == 2 and rows["TURGOV"]["as_source"] == 2 and rows["USAGOV"]["as_target"] == 2
    assert [a["code"] for a in client.get("/api/actors", params={"prefix": "FRA"}).json()["data"]] == ["FRACVL", "FRAGOV"]
    assert [a["code"] for a in client.get("/api/actors", params={"type": "ASSAULT"}).json()["data"]] == ["IMGISL", "TURCVL"]
    one = client.get("/api/actors/TURGOV").json()["data"]
    assert one["events"] == 2 and one["names"][0]["name"] == "Recep Tayyip Erdogan"


@pytest.mark.parametrize("interval, group_by, expected", [
    ("month", "plover_type", {("2017-01", "ASSAULT", 1), ("2017-02", "AGREE", 1), ("2017-03", "CONSULT", 1), ("2018-05", "PROTEST", 1)}),
    ("year", "quad_class", {("2017", "1", 2), ("2017", "4", 1), ("2018", "3", 1)}),
    ("year", "country", {("2017", None, 1), ("2017", "TUR", 2), ("2018", "FRA", 1)}),
    ("day", "none", {("2017-01-01", "all", 1), ("2017-02-07", "all", 1), ("2017-03-03", "all", 1), ("2018-05-01", "all", 1)}),
    ("week", "none", {("2016-12-26", "all", 1), ("2017-02-06", "all", 1), ("2017-02-27", "all", 1), ("2018-04-30", "all", 1)}),
])
def test_aggregates(client, interval, group_by, expected):
    body = client.get("/api/aggregates", params={"interval": interval, "group_by": group_by}).json()
    assert {(r["period"], r["group"], r["count"]) for r in body["data"]} == expected
    assert body["meta"]["total"] == 4


def test_aggregate_by_actor_counts_events_once_and_folds_small_groups(client):
    body = client.get("/api/aggregates", params={"interval": "year", "group_by": "actor", "top": 2}).json()
    counts = {(r["period"], r["group"]): r["count"] for r in body["data"]}
    assert counts[("2017", "TURGOV")] == 2 and counts[("2017", "USAGOV")] == 2
    assert body["meta"]["groups"][:2] == ["TURGOV", "USAGOV"] and body["meta"]["groups"][-1] == "OTHER"


def test_places_and_network(client):
    places = client.get("/api/places").json()["data"]
    assert {p["name"] for p in places} == {"Istanbul", "Ankara", "Paris"}
    assert {p["name"] for p in client.get("/api/places", params={"event_country": "FRA"}).json()["data"]} == {"Paris"}
    graph = client.get("/api/network").json()["data"]
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    assert edges[("TURGOV", "USAGOV")]["weight"] == 2
    assert edges[("TURGOV", "USAGOV")]["types"] == {"AGREE": 1, "CONSULT": 1}
    ego = client.get("/api/network", params={"actor": "IMGISL"}).json()["data"]
    assert [(e["source"], e["target"]) for e in ego["edges"]] == [("IMGISL", "TURCVL")]
    heavy = client.get("/api/network", params={"min_weight": 2}).json()["data"]
    assert {n["id"] for n in heavy["nodes"]} == {"TURGOV", "USAGOV"}


def test_csv_export_streams_every_filtered_event(client):
    response = client.get("/api/export", params={"format": "csv", "country": "TUR"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["event_id"] for r in rows} == {"ev-agree", "ev-attack", "ev-meet"}
    agree = next(r for r in rows if r["event_id"] == "ev-agree")
    assert agree["cameo_code"] == "057" and agree["location_name"] == ""


def test_ndjson_export_has_canonical_events(client):
    response = client.get("/api/export", params={"format": "ndjson"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    objects = [json.loads(line) for line in response.text.splitlines()]
    assert {o["event_id"] for o in objects} == EVENT_IDS
    attack = next(o for o in objects if o["event_id"] == "ev-attack")
    assert attack["num_mentions"] == 2 and attack["mentions"][0]["doc_id"] == "a1"


def test_export_of_a_bad_search_is_an_error_not_a_broken_stream(client):
    response = client.get("/api/export", params={"format": "ndjson", "q": '"'})
    assert response.status_code == 422 and response.json()["error"]["code"] == "E207"


def test_stats_and_index(client):
    assert client.get("/api/stats").json()["data"]["events"] == 4
    assert client.get("/api").json()["data"]["ingest"] is False


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_pagination_crosses_undated_events(tmp_path, order):
    from api_client import client_class
    from api_factory import articles, undated_articles

    from dateline.api.rest import create_app
    from dateline.store import open_store

    with open_store(tmp_path / "u.db") as store:
        store.add_batch(articles() + undated_articles())
    with client_class()(create_app(tmp_path / "u.db")) as client:
        seen, cursor = [], None
        for _ in range(20):
            body = client.get("/api/events", params={"limit": 1, "order": order, "cursor": cursor}).json()
            seen += [(r["date"], r["event_id"]) for r in body["data"]]
            cursor = body["meta"]["next_cursor"]
            if cursor is None:
                break
    undated = [(None, "ev-undated-0"), (None, "ev-undated-1")]
    dated = sorted(k for k in seen if k[0] is not None)
    assert len(seen) == len(EVENT_IDS) + 2 == len(set(seen))
    assert seen == (undated + dated if order == "asc" else dated[::-1] + undated[::-1])
