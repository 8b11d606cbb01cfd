"""``read_records``: walk the inputs (files, folders, ``-``) and dispatch each file to its format reader."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from dateline.errors import UsageError
from dateline.ingest.formats import Record, error, read_csv, read_json, read_jsonl, read_text
from dateline.ingest.streams import SNIFF_BYTES, first_non_space, looks_binary, peek_stream

DEFAULT_MAX_BYTES = 5_000_000  # one article; far above any news story, low enough to bound memory
RUN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
STDIN = "-"
STDIN_ORIGIN = "<stdin>"

Reader = Callable[..., Iterator[Record]]
READERS_BY_SUFFIX: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
}


def read_records(inputs: Sequence[str | Path], *, date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 stdin: BinaryIO | None = None) -> Iterator[Record]:
    """Every record of ``inputs`` in order, as an ``Article`` or a coded ``RecordError``.

    ``date`` is the publication date for records that carry none; ``max_bytes`` bounds one record.
    Raises ``UsageError`` (E301, E302) at once for bad arguments; problems with the inputs
    themselves (missing files, bad bytes) are ``RecordError``s in the stream.
    """
    if not inputs:
        raise UsageError("E301")
    if date is not None:
        date = check_run_date(date)
    if max_bytes < 1:
        raise UsageError("E307", value=max_bytes)
    return _records(list(inputs), date, max_bytes, stdin)


def check_run_date(value: str) -> str:
    """The --date value as YYYY-MM-DD; E302 when it is not a real calendar day in that form."""
    text = value.strip()
    if RUN_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass  # 2017-02-30: well-formed but not a day, reported below like any other bad value
    raise UsageError("E302", value=value)


def _records(inputs: list[str | Path], date: str | None, max_bytes: int, stdin: BinaryIO | None) -> Iterator[Record]:
    for item in inputs:
        if str(item) == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, date, max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, date, max_bytes)
        else:
            yield from _read_file(path, date, max_bytes)


def _walk(folder: Path, seen: set[Path] | None = None) -> Iterator[Path]:
    """Files under ``folder``, recursively, in sorted order, skipping hidden files and folders."""
    seen = set() if seen is None else seen
    real = folder.resolve()
    if real in seen:  # a symlink back up the tree: each folder is read once
        return
    seen.add(real)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError:
        yield folder  # reading it as a file reports the error as E110
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from _walk(path, seen)
        else:
            yield path


def _read_file(path: Path, date: str | None, max_bytes: int) -> Iterator[Record]:
    origin = str(path)
    reader = READERS_BY_SUFFIX.get(path.suffix.lower(), read_text)
    try:
        with open(path, "rb") as stream:
            head = stream.read(SNIFF_BYTES)
            if looks_binary(head) and reader is not read_text:
                yield error("E105", origin)  # the whole file: no line of a binary file is worth reading
                return
            stream.seek(0)
            yield from reader(stream, origin, date=date, max_bytes=max_bytes)
    except OSError as exc:  # missing, unreadable, a folder vanished mid-run, an I/O error mid-file
        yield error("E110", origin, path=origin, detail=exc.strerror or type(exc).__name__)


def _read_stdin(stream: BinaryIO, date: str | None, max_bytes: int) -> Iterator[Record]:
    """JSON lines when the first non-space byte is ``{``, else one plain-text article."""
    try:
        head, stream = peek_stream(stream)
        reader = read_jsonl if first_non_space(head) == b"{" else read_text
        yield from reader(stream, STDIN_ORIGIN, date=date, max_bytes=max_bytes)
    except OSError as exc:
        yield error("E110", STDIN_ORIGIN, path=STDIN_ORIGIN, detail=exc.strerror or type(exc).__name__)
