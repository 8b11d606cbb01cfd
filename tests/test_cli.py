"""The command line, through click's CliRunner: output contract, error lines, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import cli, run_lazily
from dateline.model import Article, RecordError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "2017-02-08-ankara.txt"
CONTRACT_KEYS = {"doc_id", "date", "text", "title", "source", "url", "dateline", "sentences", "actors", "times",
                 "places", "attributions", "events", "pipeline"}


def invoke(*args: str, input: bytes | str | None = None):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


# --- no model needed ----------------------------------------------------------------------------------

def test_all_bad_input_exits_1_with_e304_and_still_prints_the_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('[1]\n{"text": "no date"}\n', encoding="utf-8")
    result = invoke("extract", str(bad), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert result.stderr == "Error: E304: Nothing could be read from the input (3 record(s), all quarantined).\n"
    assert [o["error"]["code"] for o in lines(result.stdout)] == ["E108", "E102", "E110"]


def test_no_input_is_e301() -> None:
    result = invoke("extract")
    assert result.exit_code == 1
    assert result.stderr == "Error: E301: No input given; name files, folders, or - for stdin.\n"


def test_bad_date_option_is_e302(tmp_path: Path) -> None:
    result = invoke("extract", str(SAMPLE), "--date", "2017-13-01")
    assert result.exit_code == 1
    assert result.stderr == "Error: E302: --date '2017-13-01' is not a date in YYYY-MM-DD form.\n"
    assert "Traceback" not in result.output


def test_bad_max_bytes_is_e307() -> None:
    result = invoke("extract", str(SAMPLE), "--max-bytes", "0")
    assert (result.exit_code, result.stderr) == (1, "Error: E307: --max-bytes 0 must be a positive number of bytes.\n")


def test_events_on_a_file_that_is_not_a_store_is_one_error_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all, just text " * 50, encoding="utf-8")
    result = invoke("events", "--db", str(junk))
    assert result.exit_code == 1
    assert result.stderr == f"Error: E204: {junk} is not a dateline store (not an SQLite database).\n"


def test_run_lazily_never_loads_the_model_for_errors_only() -> None:
    errors = [RecordError("E104", "E104: ...", "a"), RecordError("E102", "E102: ...", "b")]

    def boom():  # noqa: ANN202
        raise AssertionError("model loaded for an input without articles")

    assert list(run_lazily(errors, boom)) == errors


def test_run_lazily_keeps_order_around_the_first_article() -> None:
    error = RecordError("E104", "E104: ...", "a")
    article = Article("d1", "2017-01-01", "Text.")
    seen: list[object] = []

    def runner():  # noqa: ANN202
        def run(records):  # noqa: ANN001, ANN202
            for record in records:
                seen.append(record)
                yield record
        return run

    assert list(run_lazily([error, article, error], runner)) == [error, article, error]
    assert seen == [article, error]


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("dateline, version ")


# --- with the model (session fixture loads it once; the CLI reuses the cached pipeline) --------------

@pytest.mark.model
def test_extract_sample_prints_the_contract_without_header(pipeline) -> None:
    result = invoke("extract", str(SAMPLE))
    assert result.exit_code == 0, result.stderr
    [doc] = lines(result.stdout)
    assert CONTRACT_KEYS <= set(doc)
    assert doc["date"] == "2017-02-08" and doc["dateline"]["text"] == "ANKARA"
    assert doc["text"].startswith("Turkish President Tayyip Erdogan")
    assert doc["sentences"] and doc["pipeline"]["version"]
    for event in doc["events"]:
        assert doc["text"][event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]


@pytest.mark.model
def test_extract_mixed_jsonl_keeps_order_and_exits_0(pipeline, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "good1", "date": "2017-02-08", "text": "Protesters marched in Paris on Monday."}),
        "not json",
        json.dumps({"id": "nodate", "text": "Police arrested ten people."}),
        json.dumps({"id": "good2", "date": "2017-02-09", "text": "The minister met the envoy in Rome."}),
    ]) + "\n", encoding="utf-8")
    result = invoke("extract", str(path))
    assert result.exit_code == 0, result.stderr
    out = lines(result.stdout)
    assert [o["doc_id"] for o in out] == ["good1", None, "nodate", "good2"]
    assert [o.get("error", {}).get("code") for o in out] == [None, "E109", "E102", None]
    assert out[1]["origin"] == f"{path}:2" and out[2]["origin"] == f"{path}:3"
    assert CONTRACT_KEYS <= set(out[0]) and CONTRACT_KEYS <= set(out[3])


@pytest.mark.model
def test_extract_stdin_text_with_date_option(pipeline) -> None:
    result = invoke("extract", "-", "--date", "2017-03-01", input="Troops withdrew from the border town.\n")
    assert result.exit_code == 0, result.stderr
    [doc] = lines(result.stdout)
    assert doc["date"] == "2017-03-01" and doc["text"].startswith("Troops withdrew")


@pytest.mark.model
def test_extract_stdin_jsonl(pipeline) -> None:
    data = json.dumps({"date": "2017-03-01", "text": "Rebels attacked a convoy."}) + "\n[]\n"
    result = invoke("extract", "-", input=data)
    assert result.exit_code == 0, result.stderr
    out = lines(result.stdout)
    assert "error" not in out[0] and out[1]["error"]["code"] == "E108" and out[1]["origin"] == "<stdin>:2"


@pytest.mark.model
def test_extract_table_lists_each_article_and_its_events(pipeline, sample) -> None:
    result = invoke("extract", str(SAMPLE), "--format", "table")
    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()[0]
    assert header.startswith(f"== {sample.doc_id}  2017-02-08  ANKARA") and f"{len(sample.events)} event(s)" in header
    if sample.events:
        assert "source -> target" in result.stdout
        for event in sample.events:
            assert event.plover.type in result.stdout and event.cameo.code in result.stdout


# --- the store: ingest, events, export ------------------------------------------------------------------

@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:
    """A store holding the sample, ingested once through the CLI."""
    db = tmp_path_factory.mktemp("store") / "events.db"
    result = invoke("ingest", str(SAMPLE), "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("1 article(s) added, 0 skipped")
    return db


@pytest.mark.model
def test_ingest_twice_skips_and_quiet_prints_nothing(store_path: Path) -> None:
    result = invoke("ingest", str(SAMPLE), "--db", str(store_path))
    assert result.exit_code == 0 and result.stderr.startswith("0 article(s) added, 1 skipped")
    quiet = invoke("ingest", str(SAMPLE), "--db", str(store_path), "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == ""


@pytest.mark.model
def test_events_formats_agree_on_the_event_count(store_path: Path, sample) -> None:
    as_jsonl = invoke("events", "--db", str(store_path), "--format", "jsonl")
    as_csv = invoke("events", "--db", str(store_path), "--format", "csv")
    assert as_jsonl.exit_code == 0 and as_csv.exit_code == 0
    rows = lines(as_jsonl.stdout)
    import csv
    import io

    assert len(rows) == len(list(csv.DictReader(io.StringIO(as_csv.stdout))))
    assert all("event_id" in row for row in rows)
    table = invoke("events", "--db", str(store_path))
    assert table.exit_code == 0
    assert all(row["event_id"] in table.stdout for row in rows)


@pytest.mark.model
def test_events_filters_reach_the_store(store_path: Path) -> None:
    result = invoke("events", "--db", str(store_path), "--type", "NO_SUCH_TYPE", "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""
    limited = invoke("events", "--db", str(store_path), "--limit", "1", "--format", "jsonl")
    assert len(lines(limited.stdout)) <= 1


@pytest.mark.model
def test_export_jsonl_to_stdout_and_parquet_to_file(store_path: Path, tmp_path: Path) -> None:
    result = invoke("export", "--db", str(store_path), "--format", "jsonl")
    assert result.exit_code == 0
    events = lines(result.stdout)
    assert all("mentions" in e and "num_mentions" in e for e in events)
    out = tmp_path / "events.parquet"
    parquet = invoke("export", "--db", str(store_path), "--format", "parquet", "-o", str(out))
    assert parquet.exit_code == 0 and parquet.stderr == f"{len(events)} event(s) written to {out}\n"
    import pandas as pd

    assert len(pd.read_parquet(out)) == len(events)


@pytest.mark.model
def test_export_parquet_to_stdout_is_one_error_line(store_path: Path) -> None:
    result = invoke("export", "--db", str(store_path), "--format", "parquet")
    assert result.exit_code == 1 and result.stderr.startswith("Error: E210: ")


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "dateline", "--help"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "extract" in result.stdout and "Example:" in result.stdout
