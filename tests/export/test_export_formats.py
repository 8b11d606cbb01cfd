"""write_events: pinned columns, round trips through pandas/pyarrow, JSONL canonical objects."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dateline.errors import UsageError
from dateline.export import write_events

# The pinned tidy columns (CSV header and Parquet schema). Changing this list is a contract change.
PINNED_COLUMNS = [
    "event_id", "date", "date_precision", "date_basis", "plover_type", "plover_mode", "plover_context",
    "cameo_code", "cameo_root", "quad_class", "goldstein", "factuality",
    "source_actor", "source_code", "source_country", "source_sector",
    "target_actor", "target_code", "target_country", "target_sector",
    "attributed_to", "attributed_to_code", "location_name", "geonameid", "location_country", "admin1", "lat", "lon",
    "geo_precision", "fatalities", "injured", "confidence", "num_mentions", "num_articles", "num_sources",
    "doc_id", "sentence", "evidence", "trigger",
]
PINNED_PARQUET_TYPES = {"quad_class": pa.int64(), "goldstein": pa.float64(), "geonameid": pa.int64(),
                        "lat": pa.float64(), "lon": pa.float64(), "fatalities": pa.int64(), "injured": pa.int64(),
                        "confidence": pa.float64(), "num_mentions": pa.int64(), "num_articles": pa.int64(),
                        "num_sources": pa.int64(), "sentence": pa.int64()}
# The canonical event object: Event.to_dict() fields, then mentions and counts (output-contract.md).
PINNED_JSONL_KEYS = [
    "event_id", "sentence", "start", "end", "trigger", "source", "target", "plover", "cameo", "factuality",
    "attributed_to", "date", "location", "fatalities", "injured", "confidence", "notes",
    "salience", "is_root_event",  # added by #4 (document-level salience)
    "mentions", "num_mentions", "num_articles", "num_sources",
]
PINNED_MENTION_KEYS = ["doc_id", "sentence", "start", "end", "trigger", "confidence", "source_outlet"]
CODE_COLUMNS = ["cameo_code", "cameo_root", "source_code", "target_code", "admin1", "event_id", "doc_id"]


def test_csv_header_is_pinned(filled, tmp_path):
    out = tmp_path / "events.csv"
    assert write_events(filled, "csv", out) == 3
    with out.open(newline="", encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == PINNED_COLUMNS


def test_csv_round_trip_through_pandas_keeps_codes_and_nulls(filled, tmp_path):
    out = tmp_path / "events.csv"
    write_events(filled, "csv", out)
    frame = pd.read_csv(out, dtype={c: str for c in CODE_COLUMNS}).set_index("event_id")
    assert list(frame.index) == ["ev-attack", "ev-agree", "ev-protest"]
    assert frame.loc["ev-agree", "cameo_code"] == "057" and frame.loc["ev-agree", "cameo_root"] == "05"
    assert frame.loc["ev-attack", "fatalities"] == 39 and pd.isna(frame.loc["ev-agree", "fatalities"])
    assert pd.isna(frame.loc["ev-protest", "admin1"])  # NULL is an empty cell, not "None"
    assert frame.loc["ev-attack", "target_code"] == "TURCVL;"
    assert frame.loc["ev-protest", "date"] == "2017-03" and frame.loc["ev-protest", "date_precision"] == "month"
    assert "None" not in out.read_text(encoding="utf-8")
    # Quotes, commas and newlines inside the evidence survive the CSV quoting.
    assert frame.loc["ev-protest", "evidence"] == filled.events().set_index("event_id").loc["ev-protest", "evidence"]
    assert '"pension reform",\nthe' in frame.loc["ev-protest", "evidence"]


def test_parquet_schema_is_pinned_and_round_trips(filled, tmp_path):
    out = tmp_path / "events.parquet"
    assert write_events(filled, "parquet", out) == 3
    table = pq.read_table(out)
    assert table.schema.names == PINNED_COLUMNS
    for name in PINNED_COLUMNS:
        assert table.schema.field(name).type == PINNED_PARQUET_TYPES.get(name, pa.string()), name
    rows = {r["event_id"]: r for r in table.to_pylist()}
    assert rows["ev-agree"]["cameo_code"] == "057" and rows["ev-agree"]["fatalities"] is None
    assert rows["ev-attack"]["fatalities"] == 39 and rows["ev-attack"]["num_mentions"] == 2
    assert rows["ev-agree"]["lat"] == pytest.approx(39.92)


def test_empty_parquet_export_still_has_the_schema(filled, tmp_path):
    out = tmp_path / "none.parquet"
    assert write_events(filled, "parquet", out, plover_type="SANCTION") == 0
    assert pq.read_table(out).schema.names == PINNED_COLUMNS


def test_parquet_is_written_in_row_groups(filled, tmp_path, monkeypatch):
    import dateline.export.formats as formats

    monkeypatch.setattr(formats, "PARQUET_ROW_GROUP", 2)
    out = tmp_path / "groups.parquet"
    write_events(filled, "parquet", out)
    assert pq.ParquetFile(out).num_row_groups == 2 and pq.read_table(out).num_rows == 3


def test_jsonl_objects_are_canonical_events_in_stable_order(filled, tmp_path):
    out = tmp_path / "events.jsonl"
    assert write_events(filled, "jsonl", out) == 3
    objects = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [o["event_id"] for o in objects] == ["ev-attack", "ev-agree", "ev-protest"]
    for obj in objects:
        assert list(obj) == PINNED_JSONL_KEYS
        assert obj["num_mentions"] == len(obj["mentions"]) >= 1
        assert all(list(m) == PINNED_MENTION_KEYS for m in obj["mentions"])
    attack = objects[0]
    assert attack["cameo"] == {"code": "190", "root": "19", "quad_class": 4, "goldstein": -10.0}
    assert [m["trigger"]["text"] for m in attack["mentions"]] == ["killed", "attack"]
    assert attack["mentions"][0]["source_outlet"] == "Reuters" and attack["fatalities"] == 39
    assert objects == [filled.event(o["event_id"]) for o in objects]


def test_export_filters_and_limit(filled, tmp_path):
    out = tmp_path / "f.jsonl"
    assert write_events(filled, "jsonl", out, country="TUR", plover_type="AGREE") == 1
    assert json.loads(out.read_text())["event_id"] == "ev-agree"
    assert write_events(filled, "csv", tmp_path / "l.csv", limit=1) == 1
    assert write_events(filled, "csv", tmp_path / "q.csv", query="pension") == 1


def test_stdout_output(filled, capsys):
    assert write_events(filled, "jsonl", "-") == 3
    assert len(capsys.readouterr().out.splitlines()) == 3
    write_events(filled, "csv", "-", event_country="FRA")
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str)
    assert list(frame["event_id"]) == ["ev-protest"]


def test_parquet_to_stdout_and_unknown_format_are_coded_errors(filled, tmp_path):
    with pytest.raises(UsageError) as err:
        write_events(filled, "parquet", "-")
    assert err.value.code == "E210"
    with pytest.raises(UsageError) as err:
        write_events(filled, "xlsx", tmp_path / "x.xlsx")
    assert str(err.value) == ("E303: Unknown format 'xlsx'; choose one of csv, jsonl, parquet, gdelt-events, "
                              "gdelt-mentions, polecat, acled.")


def test_store_events_frame_has_the_export_columns(filled):
    assert list(filled.events().columns) == PINNED_COLUMNS
