"""Property: whatever bytes a file holds, reading it yields records and errors, never an exception."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ingest import read_records
from dateline.model import Article, RecordError

# Bytes biased towards the characters that matter to the parsers (quotes, commas, braces, newlines).
SYNTAX = st.sampled_from([b"{", b"}", b"[", b'"', b",", b"\n", b"\r", b"\\", b":", b"\x00", b"\xff", b"\xe9",
                          b"date", b"text", b"2017-02-08", b" ", b"\xef\xbb\xbf"])
CONTENT = st.one_of(st.binary(max_size=400), st.lists(SYNTAX, max_size=60).map(b"".join))


def read_all(data: bytes, suffix: str, date: str | None) -> list[Article | RecordError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return list(read_records([str(path)], date=date, max_bytes=300))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=CONTENT, suffix=st.sampled_from([".jsonl", ".json", ".csv", ".txt"]),
       date=st.sampled_from([None, "2017-02-08"]))
def test_arbitrary_bytes_never_raise(data: bytes, suffix: str, date: str | None) -> None:
    records = read_all(data, suffix, date)
    assert all(isinstance(r, (Article, RecordError)) for r in records)
    for record in records:
        if isinstance(record, RecordError):
            assert record.message.startswith(record.code + ": ")
        else:
            assert record.text.strip() and record.origin


@settings(max_examples=100, deadline=None)
@given(data=CONTENT)
def test_arbitrary_stdin_never_raises(data: bytes) -> None:
    records = list(read_records(["-"], date="2017-02-08", stdin=io.BytesIO(data), max_bytes=300))
    assert all(isinstance(r, (Article, RecordError)) for r in records)


@settings(max_examples=100, deadline=None)
@given(value=st.dictionaries(st.sampled_from(["id", "date", "text", "title", "dateline", "x"]),
                             st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=20), st.booleans(),
                                       st.lists(st.integers(), max_size=2))))
def test_arbitrary_json_objects_never_raise(value: dict[str, object]) -> None:
    line = json.dumps(value).encode()
    records = list(read_records(["-"], stdin=io.BytesIO(line + b"\n"), max_bytes=10_000))
    assert len(records) == 1 and isinstance(records[0], (Article, RecordError))
