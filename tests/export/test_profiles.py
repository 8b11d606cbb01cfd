"""The GDELT 2.0, POLECAT-like and ACLED-like profiles: pinned headers and order, and one event's values."""

from __future__ import annotations

import csv
import re

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.export import FORMATS, write_events
from dateline.export.acled import category, interaction
from dateline.export.ids import numeric_event_id
from store_factory import TEXT_A  # tests/store, put on the path by conftest.py

# The GDELT 2.0 Event Database codebook's 61 columns, in order. Changing this list breaks every loader.
GDELT_EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]
POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
    "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
    "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version",
    # dateline's additions, after POLECAT's own columns
    "Story ID", "Headline", "Event Text", "Fatalities", "Injured", "Factuality", "Confidence",
    "Num Mentions", "Num Sources", "Num Articles",
]
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
ATTACK_ID = 8490803766102012  # numeric_event_id("ev-attack"): pinned, the mapping must never change
STAMP = re.compile(r"^\d{14}$")


def tsv(path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def by_column(header: list[str], rows: list[list[str]], key: str) -> dict[str, dict[str, str]]:
    return {row[header.index(key)]: dict(zip(header, row, strict=True)) for row in rows}


def test_profiles_are_export_formats():
    assert {"gdelt-events", "gdelt-mentions", "polecat", "acled"} <= set(FORMATS)


def test_numeric_event_id_is_stable_positive_and_53_bits():
    assert numeric_event_id("ev-attack") == ATTACK_ID
    assert numeric_event_id("ev-attack") != numeric_event_id("ev-agree")
    assert all(0 < numeric_event_id(f"e{i}") <= 2 ** 53 for i in range(200))


def test_gdelt_events_have_no_header_by_default_and_61_columns(filled, tmp_path):
    out = tmp_path / "events.export.CSV"
    assert write_events(filled, "gdelt-events", out) == 3
    rows = tsv(out)
    assert len(rows) == 3 and all(len(r) == 61 for r in rows)
    assert rows[0][0].isdigit()  # data from the first line, as GDELT ships it


def test_gdelt_event_values(filled, tmp_path):
    out = tmp_path / "events.tsv"
    write_events(filled, "gdelt-events", out, header=True)
    header, *rows = tsv(out)
    assert header == GDELT_EVENT_COLUMNS
    attack = by_column(header, rows, "GLOBALEVENTID")[str(ATTACK_ID)]
    assert {k: attack[k] for k in GDELT_EVENT_COLUMNS[1:35]} == {
        "SQLDATE": "20170101", "MonthYear": "201701", "Year": "2017", "FractionDate": "2017.0",
        "Actor1Code": "IMGISL", "Actor1Name": "ISLAMIC STATE", "Actor1CountryCode": "", "Actor1KnownGroupCode": "ISL",
        "Actor1EthnicCode": "", "Actor1Religion1Code": "", "Actor1Religion2Code": "", "Actor1Type1Code": "IMG",
        "Actor1Type2Code": "", "Actor1Type3Code": "",
        "Actor2Code": "TURCVL", "Actor2Name": "CIVILIANS", "Actor2CountryCode": "TUR", "Actor2KnownGroupCode": "",
        "Actor2EthnicCode": "", "Actor2Religion1Code": "", "Actor2Religion2Code": "", "Actor2Type1Code": "CVL",
        "Actor2Type2Code": "", "Actor2Type3Code": "",
        "IsRootEvent": "1", "EventCode": "190", "EventBaseCode": "190", "EventRootCode": "19", "QuadClass": "4",
        "GoldsteinScale": "-10.0", "NumMentions": "2", "NumSources": "1", "NumArticles": "1", "AvgTone": "",
    }
    assert attack["Actor1Geo_Type"] == "0" and attack["Actor1Geo_FullName"] == ""
    assert [attack[f"ActionGeo_{f}"] for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
                                                "Long", "FeatureID")] == \
        ["4", "Istanbul, Turkey", "TU", "TU34", "", "41.01", "28.95", "745044"]
    assert STAMP.match(attack["DATEADDED"]) and attack["SOURCEURL"] == "a1"  # no URL: the document id
    protest = by_column(header, rows, "EventCode")["141"]
    assert protest["SQLDATE"] == "20170301"  # month precision: the first day it covers
    assert protest["ActionGeo_Type"] == "1" and protest["ActionGeo_FeatureID"] == "FR"


def test_gdelt_mentions_one_row_per_mention(filled, tmp_path):
    out = tmp_path / "mentions.tsv"
    assert write_events(filled, "gdelt-mentions", out, header=True) == 4  # 2 + 1 + 1 mentions
    header, *rows = tsv(out)
    assert header == GDELT_MENTION_COLUMNS and all(len(r) == 16 for r in rows)
    attack = [dict(zip(header, r)) for r in rows if r[0] == str(ATTACK_ID)]
    assert len(attack) == 2
    first = attack[0]
    assert first["MentionTimeDate"] == "20170208000000" and STAMP.match(first["EventTimeDate"])
    assert first["MentionType"] == "2"  # citation only: the article has no URL
    assert first["MentionSourceName"] == "Reuters" and first["MentionIdentifier"] == "a1"
    assert first["SentenceID"] == "1" and first["Actor1CharOffset"] == "-1" and first["InRawText"] == "1"
    assert first["Confidence"] == "80" and first["MentionDocTone"] == ""
    assert {m["ActionCharOffset"] for m in attack} == {str(TEXT_A.index("killed")), str(TEXT_A.index("attack"))}
    assert first["MentionDocLen"] == str(len(TEXT_A))


def test_polecat_values(filled, tmp_path):
    out = tmp_path / "polecat.tsv"
    assert write_events(filled, "polecat", out) == 3
    header, *rows = tsv(out)
    assert header == POLECAT_COLUMNS and all(len(r) == len(POLECAT_COLUMNS) for r in rows)
    agree = by_column(header, rows, "Event ID")["ev-agree"]
    assert {k: agree[k] for k in POLECAT_COLUMNS[:12]} == {
        "Event ID": "ev-agree", "Event Date": "2017-02-07", "Event Type": "AGREE", "Event Mode": "",
        "Intensity": "", "Quad Code": "1", "Contexts": "military", "Actor Name": "Recep Tayyip Erdogan",
        "Actor Country": "TUR", "Actor COW": "", "Primary Actor Sector": "GOV", "Actor Sectors": "GOV",
    }
    assert agree["Wikipedia Actor ID"] == "Q39723" and agree["Recipient Name"] == "Donald Trump"
    assert agree["Placename"] == "Ankara" and agree["City"] == "Ankara" and agree["GeoNames ID"] == "323786"
    assert agree["Country"] == "TUR" and agree["Latitude"] == "39.92" and agree["Raw Placename"] == "Ankara"
    assert agree["Source"] == "Reuters" and agree["Publication Date"] == "2017-02-08"
    assert agree["Story ID"] == "a1" and agree["Headline"] == "Turkey and US agree"
    assert agree["Factuality"] == "asserted" and agree["Num Mentions"] == "1"
    attack = by_column(header, rows, "Event ID")["ev-attack"]
    assert attack["Recipient Name"] == "civilians; a spokesman" and attack["Fatalities"] == "39"
    assert attack["Recipient Country"] == "TUR; " and attack["Recipient Sectors"] == "CVL"  # aligned with names
    protest = by_column(header, rows, "Event ID")["ev-protest"]
    assert "\n" not in protest["Event Text"] and protest["Event Text"].startswith("Thousands of protesters")


def test_acled_values_and_scope(filled, tmp_path):
    out = tmp_path / "acled.csv"
    assert write_events(filled, "acled", out) == 2  # the AGREE event is outside ACLED's scope
    with out.open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == ACLED_COLUMNS
    got = {r[header.index("event_type")]: dict(zip(header, r, strict=True)) for r in rows}
    attack = got["Violence against civilians"]
    assert attack["event_id_cnty"] == f"TUR{ATTACK_ID}"
    assert {k: attack[k] for k in ACLED_COLUMNS[1:27]} == {
        "event_date": "2017-01-01", "year": "2017", "time_precision": "1", "disorder_type": "Political violence",
        "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "actor1": "Islamic State", "assoc_actor_1": "", "inter1": "2", "actor2": "civilians",
        "assoc_actor_2": "a spokesman", "inter2": "7", "interaction": "27", "civilian_targeting": "Civilian targeting",
        "iso": "792", "region": "", "country": "Turkey", "admin1": "34", "admin2": "", "admin3": "",
        "location": "Istanbul", "latitude": "41.01", "longitude": "28.95", "geo_precision": "1",
        "source": "Reuters", "source_scale": "",
    }
    assert attack["fatalities"] == "39" and attack["tags"] == "factuality=asserted"
    assert attack["notes"].startswith("Erdogan and Trump") and attack["timestamp"].isdigit()
    protest = got["Protests"]
    assert protest["event_date"] == "2017-03-16" and protest["time_precision"] == "3"  # mid-month
    assert protest["sub_event_type"] == "Peaceful protest" and protest["inter1"] == "6" and protest["inter2"] == "1"
    assert protest["interaction"] == "16" and protest["geo_precision"] == "3" and protest["fatalities"] == "0"
    assert '"pension reform",\nthe' in protest["notes"]  # CSV quoting keeps the evidence whole


@pytest.mark.parametrize("cameo, source, target, expected", [
    ("1831", [], [], ("Political violence", "Explosions/Remote violence", "Suicide bomb")),
    ("183", [], [], ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("193", [{"sector": "MIL"}], [{"sector": "REB"}], ("Political violence", "Battles", "Armed clash")),
    ("193", [{"sector": "REB"}], [{"sector": "CVL"}], ("Political violence", "Violence against civilians", "Attack")),
    ("190", [{"code": "IMGSHB"}], [], ("Political violence", "Violence against civilians", "Attack")),
    ("195", [{"sector": "MIL"}], [{"sector": "CVL"}],
     ("Political violence", "Explosions/Remote violence", "Air/drone strike")),
    ("192", [{"sector": "MIL"}], [], ("Political violence", "Battles", "Government regains territory")),
    ("192", [{"sector": "REB"}], [], ("Political violence", "Battles", "Non-state actor overtakes territory")),
    ("173", [], [], ("Strategic developments", "Strategic developments", "Arrests")),
    ("145", [], [], ("Demonstrations", "Riots", "Violent demonstration")),
    ("042", [], [], None),
])
def test_acled_category(cameo, source, target, expected):
    body = {"cameo": {"code": cameo}, "plover": {"type": "X"}, "source": source, "target": target}
    assert category(body) == expected


def test_acled_interaction_codes():
    assert interaction(7, 2) == 27 and interaction(6, None) == 60 and interaction(None, None) is None


def test_acled_skips_events_that_did_not_happen(filled, tmp_path):
    out = tmp_path / "acled.csv"
    assert write_events(filled, "acled", out, plover_type="PROTEST") == 1
    assert write_events(filled, "acled", out, plover_type="AGREE") == 0
    assert out.read_text(encoding="utf-8").splitlines() == [",".join(ACLED_COLUMNS)]


def test_cli_header_switch(filled):
    runner = CliRunner()
    db = str(filled.path)
    with_header = runner.invoke(cli, ["export", "--db", db, "--format", "gdelt-events", "--header"])
    assert with_header.exit_code == 0, with_header.output
    assert with_header.stdout.splitlines()[0].split("\t") == GDELT_EVENT_COLUMNS
    polecat = runner.invoke(cli, ["export", "--db", db, "--format", "polecat", "--no-header", "--type", "AGREE"])
    assert polecat.exit_code == 0 and polecat.stdout.splitlines()[0].startswith("ev-agree\t")


def test_gdelt_mentions_locate_the_actors_named_in_the_mention(tmp_path):
    from dataclasses import replace

    from store_factory import DAESH, ISTANBUL, TURKS, make_article, make_event

    from dateline.model import ActorMention
    from dateline.store import open_store

    text = "Islamic State claimed the attack. Islamic State gunmen killed civilians in Istanbul on Sunday."
    event = make_event("ev-x", text, "killed", source=[DAESH], target=[TURKS], place=ISTANBUL, doc_id="x1")
    first, second = text.index("Islamic State"), text.index("Islamic State", 1)
    article = replace(make_article("x1", text, events=[event]), actors=[
        ActorMention(first, first + 13, "Islamic State", DAESH),
        ActorMention(second, second + 13, "Islamic State", DAESH),
        ActorMention(text.index("civilians"), text.index("civilians") + 9, "civilians", TURKS),
    ])
    with open_store(tmp_path / "x.db") as store:
        store.add_batch([article])
        out = tmp_path / "m.tsv"
        write_events(store, "gdelt-mentions", out)
    row = dict(zip(GDELT_MENTION_COLUMNS, tsv(out)[0]))
    # The naming nearest the trigger inside the mention's span, for each side.
    assert row["Actor1CharOffset"] == str(second) and row["Actor2CharOffset"] == str(text.index("civilians"))
    assert row["ActionCharOffset"] == str(text.index("killed"))
