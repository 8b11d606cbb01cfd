"""read_records on hand-written files: every format, every record-level error code, order and origins."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from dateline.errors import UsageError
from dateline.ingest import DEFAULT_MAX_BYTES, derived_doc_id, read_records
from dateline.model import Article, RecordError

BODY = "Rebels shelled the town on Monday."


def read(*inputs: object, **options: object) -> list[Article | RecordError]:
    return list(read_records([str(i) for i in inputs], **options))  # type: ignore[arg-type]


def codes(records: list[Article | RecordError]) -> list[str]:
    return [r.code if isinstance(r, RecordError) else "ok" for r in records]


def write_jsonl(path: Path, *lines: object) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
                    encoding="utf-8")
    return path


# --- plain text -------------------------------------------------------------------------------------

def test_text_file_with_header_gives_date_dateline_and_body(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"  date 2017-02-08 ANKARA: {BODY}\n", encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article)
    assert (article.date, article.dateline, article.text) == ("2017-02-08", "ANKARA", f"{BODY}\n")
    assert article.origin == str(path)
    assert article.doc_id == derived_doc_id("2017-02-08", f"{BODY}\n", "ANKARA", None)


def test_text_file_without_header_takes_the_run_date(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(BODY, encoding="utf-8")
    [article] = read(path, date="2016-05-01")
    assert isinstance(article, Article) and article.date == "2016-05-01" and article.text == BODY


def test_header_date_wins_over_run_date(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"date 2017-02-08 ANKARA: {BODY}", encoding="utf-8")
    [article] = read(path, date="2016-05-01")
    assert isinstance(article, Article) and article.date == "2017-02-08"


def test_prose_starting_with_the_word_date_is_not_a_header(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Date night: the minister dined with envoys.", encoding="utf-8")
    [article] = read(path, date="2016-05-01")
    assert isinstance(article, Article) and article.text.startswith("Date night:") and article.dateline is None


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + f"date 2017-02-08 ANKARA: {BODY}".encode())
    [article] = read(path)
    assert isinstance(article, Article) and article.dateline == "ANKARA" and article.text == BODY


def test_same_content_gives_same_derived_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    first, second = read(tmp_path / "a.txt", tmp_path / "b.txt", date="2017-01-01")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.doc_id == second.doc_id and first.doc_id.startswith("d")


# --- JSONL ---------------------------------------------------------------------------------------------

def test_jsonl_fields_origins_and_order(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "news.jsonl",
        {"id": "a1", "date": "2017-02-08T10:30:00Z", "text": BODY, "title": "T", "source": "Reuters",
         "url": "http://x", "dateline": "ANKARA", "language": "en"},
        "",
        {"id": 7, "date": "2017-02-09", "text": "Second story."},
    )
    first, second = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.doc_id, first.date, first.datetime, first.title, first.source, first.url, first.dateline,
            first.language) == ("a1", "2017-02-08", "2017-02-08T10:30:00Z", "T", "Reuters", "http://x", "ANKARA", "en")
    assert first.origin == f"{path}:1" and second.origin == f"{path}:3"
    assert second.doc_id == "7"


@pytest.mark.parametrize("suffix", [".ndjson", ".json", ".JSONL"])
def test_jsonl_suffixes(tmp_path: Path, suffix: str) -> None:
    path = write_jsonl(tmp_path / f"news{suffix}", {"date": "2017-02-09", "text": BODY})
    assert codes(read(path)) == ["ok"]


def test_bad_jsonl_lines_do_not_stop_good_ones(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "news.jsonl",
        {"date": "2017-02-08", "text": BODY},                 # ok
        "[1, 2]",                                             # E108
        "{not json",                                          # E109
        {"text": BODY},                                       # E102
        {"date": "2017-02-30", "text": BODY},                 # E103
        {"date": "2017-02-08", "text": "   "},                # E104
        {"date": "2999-01-01", "text": BODY},                 # E111
        {"date": "2017-02-08", "text": ["a"]},                # E112
        {"date": "2017-02-08", "text": BODY, "title": 3},     # E112
        {"date": "2017-02-08", "text": "last"},               # ok
    )
    records = read(path)
    assert codes(records) == ["ok", "E108", "E109", "E102", "E103", "E104", "E111", "E112", "E112", "ok"]
    assert [r.origin for r in records] == [f"{path}:{n}" for n in range(1, 11)]
    assert all(isinstance(r, Article) or r.message.startswith(r.code + ": ") for r in records)


def test_e108_names_the_json_kind(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.jsonl", "[1]", '"text"', "3", "null")
    messages = [r.message for r in read(path) if isinstance(r, RecordError)]
    assert [m.split(" is a ")[1].split(",")[0] for m in messages] == ["array", "string", "number", "null"]


def test_record_date_wins_over_run_date_and_run_date_fills_gaps(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.jsonl", {"date": "2017-02-08", "text": BODY}, {"text": BODY})
    first, second = read(path, date="2016-01-01")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.date, second.date) == ("2017-02-08", "2016-01-01")


def test_today_is_not_a_future_date(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.jsonl", {"date": dt.date.today().isoformat(), "text": BODY})
    assert codes(read(path)) == ["ok"]


def test_undecodable_line_is_e101_with_offset(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    good = json.dumps({"date": "2017-02-08", "text": BODY}).encode()
    prefix = b'{"date": "2017-02-08", "text": "caf'
    path.write_bytes(prefix + b'\xe9"}\n' + good + b"\n")
    bad, ok = read(path)
    assert isinstance(bad, RecordError) and bad.code == "E101" and f"offset {len(prefix)})" in bad.message
    assert isinstance(ok, Article)


def test_lone_surrogate_escape_is_e101(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.jsonl", '{"date": "2017-02-08", "text": "a\\ud800b"}')
    assert codes(read(path)) == ["E101"]


def test_jsonl_with_nul_bytes_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    path.write_bytes(b'{"date": "2017-02-08", "text": "x"}\n\x00\x01\x02')
    assert codes(read(path)) == ["E105"]


def test_deeply_nested_json_is_e109_not_a_crash(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.jsonl", "[" * 100_000 + "]" * 100_000)
    assert codes(read(path)) == ["E109"]


# --- size limit ---------------------------------------------------------------------------------------

def test_oversized_line_is_e106_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    big = json.dumps({"date": "2017-02-08", "text": "x" * 200_000})
    path.write_text(big + "\n" + json.dumps({"date": "2017-02-08", "text": BODY}) + "\n", encoding="utf-8")
    big_record, ok = read(path, max_bytes=1000)
    assert isinstance(big_record, RecordError) and big_record.code == "E106"
    assert f"is {len(big)} bytes" in big_record.message and "limit of 1000" in big_record.message
    assert isinstance(ok, Article) and ok.origin == f"{path}:2"


def test_ten_megabyte_single_line_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    path.write_bytes(b'{"date": "2017-02-08", "text": "' + b"y" * 10_000_000 + b'"}')  # no final newline
    assert codes(read(path)) == ["E106"]
    assert codes(read(path, max_bytes=20_000_000)) == ["ok"]


def test_oversized_text_file_is_e106(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    assert codes(read(path, date="2017-01-01", max_bytes=100)) == ["E106"]


def test_default_limit_is_a_few_megabytes() -> None:
    assert 1_000_000 <= DEFAULT_MAX_BYTES <= 50_000_000


# --- CSV ------------------------------------------------------------------------------------------------

def test_csv_rows_become_articles_with_line_origins(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text('id,date,text,title\nx1,2017-02-08,"Multi\nline body",Head\nx2,2017-02-09,Second,\n',
                    encoding="utf-8")
    first, second = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.doc_id, first.text, first.title, first.origin) == ("x1", "Multi\nline body", "Head", f"{path}:2")
    assert (second.doc_id, second.title, second.origin) == ("x2", None, f"{path}:4")


def test_csv_header_is_case_and_space_insensitive_and_bom_tolerant(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_bytes(b"\xef\xbb\xbf Date , TEXT\n2017-02-08,Body\n")
    assert codes(read(path)) == ["ok"]


def test_csv_missing_columns_is_e107(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    [record] = read(path)
    assert isinstance(record, RecordError) and record.code == "E107"
    assert "date, text" in record.message and "id, body" in record.message


def test_csv_without_date_column_is_fine_with_run_date(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("text\nhello there\n", encoding="utf-8")
    assert codes(read(path, date="2017-01-01")) == ["ok"]
    assert codes(read(path)) == ["E107"]


def test_empty_csv_is_e107(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("", encoding="utf-8")
    assert codes(read(path)) == ["E107"]


def test_ragged_csv_row_is_e113_and_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("date,text\n2017-02-08,ok\n2017-02-08,too,many\n\n2017-02-09,fine\n", encoding="utf-8")
    records = read(path)
    assert codes(records) == ["ok", "E113", "ok"]
    assert records[1].origin == f"{path}:3" and "3 fields where the header has 2" in records[1].message
    assert records[2].origin == f"{path}:5"


def test_csv_bad_bytes_in_one_row_is_e101(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_bytes(b"date,text\n2017-02-08,caf\xe9\n2017-02-08,fine\n")
    assert codes(read(path)) == ["E101", "ok"]


def test_csv_oversized_row_is_e106(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("date,text\n2017-02-08," + "z" * 5000 + "\n2017-02-08,fine\n", encoding="utf-8")
    assert codes(read(path, max_bytes=1000)) == ["E106", "ok"]


def test_csv_with_nul_bytes_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_bytes(b"date,text\n2017-02-08,a\x00b\n")
    assert codes(read(path)) == ["E105"]


def test_csv_empty_cells_are_missing_fields(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("date,text\n,body\n2017-02-08,\n", encoding="utf-8")
    assert codes(read(path)) == ["E102", "E104"]


# --- files, folders, stdin ------------------------------------------------------------------------------

def test_binary_text_file_is_e105(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert codes(read(path, date="2017-01-01")) == ["E105"]


def test_missing_path_is_e110_and_the_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    records = read(tmp_path / "missing.jsonl", good, date="2017-01-01")
    assert codes(records) == ["E110", "ok"]
    assert records[0].origin == str(tmp_path / "missing.jsonl") and "No such file" in records[0].message


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b" / "2.txt").write_text("two", encoding="utf-8")
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    write_jsonl(tmp_path / "c.jsonl", {"date": "2017-02-08", "text": "three"})
    (tmp_path / "d.md").write_text("four", encoding="utf-8")  # unknown extension: plain text
    records = read(tmp_path, date="2017-01-01")
    assert [r.text for r in records if isinstance(r, Article)] == ["one", "two", "three", "four"]
    assert [r.origin for r in records] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"),
                                           f"{tmp_path / 'c.jsonl'}:1", str(tmp_path / "d.md")]


def test_inputs_keep_their_order(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text("zed", encoding="utf-8")
    (tmp_path / "a.txt").write_text("ay", encoding="utf-8")
    records = read(tmp_path / "z.txt", tmp_path / "a.txt", date="2017-01-01")
    assert [r.text for r in records if isinstance(r, Article)] == ["zed", "ay"]


def test_stdin_jsonl_is_sniffed(tmp_path: Path) -> None:
    data = "\n  " + json.dumps({"date": "2017-02-08", "text": BODY}) + "\n[1]\n"
    records = list(read_records(["-"], stdin=io.BytesIO(data.encode())))
    assert codes(records) == ["ok", "E108"]
    assert [r.origin for r in records] == ["<stdin>:2", "<stdin>:3"]


def test_stdin_plain_text_is_one_article() -> None:
    stdin = io.BytesIO(f"date 2017-02-08 ANKARA: {BODY}\n\nMore.".encode())
    [article] = list(read_records(["-"], stdin=stdin))
    assert isinstance(article, Article) and article.origin == "<stdin>" and article.text == f"{BODY}\n\nMore."


def test_empty_stdin_is_e104() -> None:
    assert codes(list(read_records(["-"], date="2017-01-01", stdin=io.BytesIO(b"")))) == ["E104"]


def test_empty_text_file_is_e104(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("date 2017-02-08 ANKARA:   \n", encoding="utf-8")
    assert codes(read(path)) == ["E104"]


# --- arguments ----------------------------------------------------------------------------------------

def test_no_inputs_is_e301() -> None:
    with pytest.raises(UsageError, match=r"^E301: "):
        read_records([])


@pytest.mark.parametrize("bad", ["2017-02-30", "08/02/2017", "yesterday", "2017-2-8"])
def test_bad_run_date_is_e302_at_call_time(bad: str) -> None:
    with pytest.raises(UsageError, match=r"^E302: "):
        read_records(["x.txt"], date=bad)


def test_non_positive_max_bytes_is_e307() -> None:
    with pytest.raises(UsageError, match=r"^E307: "):
        read_records(["x.txt"], max_bytes=0)


def test_csv_stray_quote_is_e115_and_later_rows_are_read(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text('date,text\n2017-02-08,"quoted" tail\n2017-02-09,fine\n', encoding="utf-8")
    records = read(path)
    assert codes(records) == ["E115", "ok"]
    assert records[0].origin == f"{path}:2"


def test_csv_unclosed_quote_is_reported_not_swallowed(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text('date,text\n2017-02-08,ok\n2017-02-09,"never closed\nand on\n', encoding="utf-8")
    assert codes(read(path)) == ["ok", "E115"]


def test_symlink_loop_in_a_folder_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [r.text for r in read(tmp_path, date="2017-01-01") if isinstance(r, Article)] == ["one"]


def test_path_through_a_file_is_e110(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(BODY, encoding="utf-8")
    records = read(tmp_path / "plain.txt" / "child.jsonl")
    assert codes(records) == ["E110"] and "Not a directory" in records[0].message


# --- .json documents ------------------------------------------------------------------------------------

def test_json_array_file_gives_one_record_per_element_with_lines(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    items = [{"id": "a", "date": "2017-02-08", "text": "One."}, [1], {"id": "c", "text": "No date."},
             {"id": "d", "date": "2017-02-09", "text": "Four."}]
    path.write_text(json.dumps(items, indent=2), encoding="utf-8")
    records = read(path)
    assert codes(records) == ["ok", "E108", "E102", "ok"]
    lines = path.read_text(encoding="utf-8").splitlines()
    for record in records:
        number = int(record.origin.rsplit(":", 1)[1])
        assert lines[number - 1].strip() in ("{", "[")


def test_pretty_printed_json_object_is_one_record(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"date": "2017-02-08", "text": BODY}, indent=2), encoding="utf-8")
    [record] = read(path)
    assert isinstance(record, Article) and record.origin == f"{path}:1"


def test_json_file_with_one_object_per_line_is_jsonl(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.json", {"date": "2017-02-08", "text": "a"}, "oops",
                       {"date": "2017-02-08", "text": "b"})
    assert codes(read(path)) == ["ok", "E109", "ok"]


@pytest.mark.parametrize("text", ['[{"date": "2017-02-08", "text": "a"}', '[{"date": "2017-02-08", "text": "a"} 5]',
                                  '[{"date": "2017-02-08", "text": "a"}, {"date": ]'])
def test_broken_json_array_keeps_good_elements_and_reports_e109(tmp_path: Path, text: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    assert codes(read(path)) == ["ok", "E109"]
