"""One reader per input format: bytes in, ``Article | RecordError`` out, one record at a time.

Each reader takes an open binary stream and the name to put in ``origin``; none of them holds more
than one record (at most ``max_bytes``) in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import BinaryIO

from dateline.errors import message
from dateline.ingest.records import JSON_KINDS, RAW_KEPT, to_record
from dateline.ingest.streams import Line, bounded_lines, looks_binary, read_bounded
from dateline.model import Article, RecordError

Record = Article | RecordError



def error(code: str, origin: str, raw: str | None = None, **values: object) -> RecordError:
    return RecordError(code, message(code, **values), origin, None, raw[:RAW_KEPT] if raw else None)


def decode(data: bytes, origin: str) -> str | RecordError:
    """Strict UTF-8 (a leading BOM dropped); E101 with the offset of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return error("E101", origin, data[:RAW_KEPT].decode("utf-8", "replace"), offset=exc.start)


def read_text(stream: BinaryIO, origin: str, *, date: str | None, max_bytes: int) -> Iterator[Record]:
    """A plain-text file is one article; it may start with a ``date YYYY-MM-DD PLACE:`` header."""
    data, size = read_bounded(stream, max_bytes)
    if data is None:
        yield error("E106", origin, size=size, limit=max_bytes)
        return
    if looks_binary(data):
        yield error("E105", origin)
        return
    text = decode(data, origin)
    if isinstance(text, RecordError):
        yield text
        return
    yield to_record({"text": text}, origin, date)


def read_jsonl(stream: BinaryIO, origin: str, *, date: str | None, max_bytes: int) -> Iterator[Record]:
    """One JSON object per line; blank lines are skipped, every other line is one record."""
    for line in bounded_lines(stream, max_bytes):
        where = f"{origin}:{line.number}"
        if line.data is None:
            yield error("E106", where, size=line.size, limit=max_bytes)
            continue
        if not line.data.strip():
            continue
        yield _json_record(line, where, date)


def _json_record(line: Line, where: str, date: str | None) -> Record:
    assert line.data is not None
    if looks_binary(line.data):
        return error("E105", where)
    text = decode(line.data, where)
    if isinstance(text, RecordError):
        return text
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return error("E109", where, text, detail=f"{exc.msg} at column {exc.colno}")
    except (ValueError, RecursionError) as exc:  # over-long integers, absurd nesting
        return error("E109", where, text, detail=type(exc).__name__)
    return _object_record(value, where, date, text)


def read_json(stream: BinaryIO, origin: str, *, date: str | None, max_bytes: int) -> Iterator[Record]:
    """A ``.json`` file: JSON lines, or (when it is not) one array of objects or one pretty-printed object.

    Why: exports named ``.json`` are as often one array as one object per line; reading an array
    line by line would report every line as broken JSON.
    """
    head = stream.readline(max_bytes + 1)
    stream.seek(0)
    start = head.lstrip(b" \t\r\n\xef\xbb\xbf")[:1]
    if start == b"{" and _is_json(head):
        yield from read_jsonl(stream, origin, date=date, max_bytes=max_bytes)
        return
    if start not in (b"[", b"{"):
        yield from read_jsonl(stream, origin, date=date, max_bytes=max_bytes)  # reports each bad line
        return
    data, size = read_bounded(stream, max_bytes)
    if data is None:
        yield error("E106", origin, size=size, limit=max_bytes)
        return
    text = decode(data, origin)
    if isinstance(text, RecordError):
        yield text
        return
    yield from _json_document(text, origin, date)


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def _json_document(text: str, origin: str, date: str | None) -> Iterator[Record]:
    """One object, or an array read element by element, each with the line it starts on."""
    decoder = json.JSONDecoder()
    pos = _skip_space(text, 0)
    if text.startswith("{", pos):
        yield _decoded(decoder, text, pos, origin, date)
        return
    pos = _skip_space(text, pos + 1)
    line = 1 + text.count("\n", 0, pos)
    counted = pos
    while pos < len(text) and text[pos] != "]":
        line += text.count("\n", counted, pos)
        counted = pos
        where = f"{origin}:{line}"
        try:
            value, end = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            detail = f"{exc.msg} at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) \
                else type(exc).__name__
            yield error("E109", where, text[pos:pos + RAW_KEPT], detail=detail)
            return  # the array's structure is lost: nothing after can be located
        yield _object_record(value, where, date, text[pos:end])
        pos = _skip_space(text, end)
        if text.startswith(",", pos):
            pos = _skip_space(text, pos + 1)
        elif not text.startswith("]", pos):
            line += text.count("\n", counted, pos)
            yield error("E109", f"{origin}:{line}", text[pos:pos + RAW_KEPT],
                        detail="expected ',' or ']' in the array")
            return
    if pos >= len(text):
        yield error("E109", f"{origin}:{line}", detail="the array is never closed with ']'")


def _decoded(decoder: json.JSONDecoder, text: str, pos: int, origin: str, date: str | None) -> Record:
    where = f"{origin}:{1 + text.count(chr(10), 0, pos)}"
    try:
        value, _ = decoder.raw_decode(text, pos)
    except json.JSONDecodeError as exc:
        return error("E109", where, text, detail=f"{exc.msg} at line {exc.lineno} column {exc.colno}")
    except (ValueError, RecursionError) as exc:
        return error("E109", where, text, detail=type(exc).__name__)
    return _object_record(value, where, date, text)


def _object_record(value: object, where: str, date: str | None, raw: str) -> Record:
    if not isinstance(value, dict):
        return error("E108", where, raw, kind=JSON_KINDS.get(type(value).__name__, type(value).__name__))
    return to_record(value, where, date)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def read_csv(stream: BinaryIO, origin: str, *, date: str | None, max_bytes: int) -> Iterator[Record]:
    """A header row naming the columns (at least ``text``, and ``date`` unless --date is given)."""
    lines = _CsvLines(stream, max_bytes)
    # The csv module's field limit is process-wide; raise it so that a record the --max-bytes limit
    # accepts is never refused by csv, and an unclosed quote fails at the limit, not at end of file.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    reader = csv.reader(lines, strict=True)  # a stray quote is a broken record, reported (E115)
    header: list[str] | None = None
    row_start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            where = f"{origin}:{row_start}"
            if lines.oversize is not None or "field larger" in str(exc):
                yield error("E106", where, size=lines.oversize or f"over {max_bytes}", limit=max_bytes)
            else:
                yield error("E115", where, detail=str(exc))
            if header is None:
                return  # without a header nothing after can be read
            lines.oversize = None
            row_start = reader.line_num + 1
            continue
        where, row_start = f"{origin}:{row_start}", reader.line_num + 1
        if lines.oversize is not None:
            yield error("E106", where, size=lines.oversize, limit=max_bytes)
            lines.oversize = None
            continue
        if lines.binary:
            yield error("E105", where)
            lines.binary = False
            continue
        if header is None:
            header = [name.strip().lstrip("\ufeff").lower() for name in row]
            required = ["text"] if date else ["date", "text"]
            missing = [name for name in required if name not in header]
            if missing:
                yield error("E107", where, missing=", ".join(missing), found=", ".join(header) or "no columns")
                return
            continue
        if not row or row == [""]:
            continue  # blank line
        if len(row) != len(header):
            yield error("E113", where, ",".join(row), found=len(row), expected=len(header))
            continue
        bad = next((i for i, cell in enumerate(row) if _undecodable(cell)), None)
        if bad is not None:
            raw = row[bad].encode("utf-8", "surrogateescape")
            text = decode(raw, where)
            yield text if isinstance(text, RecordError) else error("E101", where, offset=0)
            continue
        yield to_record({name: (cell if cell != "" else None) for name, cell in zip(header, row)}, where, date)
    if header is None:
        yield error("E107", f"{origin}:1", missing="date, text" if not date else "text", found="no header row")


def _undecodable(cell: str) -> bool:
    """Cells are decoded with surrogateescape so one bad row cannot stop the file; find those rows."""
    try:
        cell.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class _CsvLines:
    """Decoded lines for ``csv.reader``, with over-long and binary lines flagged instead of kept."""

    def __init__(self, stream: BinaryIO, max_bytes: int) -> None:
        self._lines = bounded_lines(stream, max_bytes)
        self.oversize: int | None = None
        self.binary = False
        self._first = True

    def __iter__(self) -> "_CsvLines":
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        if line.data is None:
            self.oversize = line.size
            return "\n"
        data = line.data
        if self._first and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        self._first = False
        if b"\x00" in data:  # looks_binary, inlined: this runs once per physical line
            self.binary = True
            data = data.replace(b"\x00", b"")
        return data.decode("utf-8", "surrogateescape") + "\n"
