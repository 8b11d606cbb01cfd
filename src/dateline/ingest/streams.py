"""Byte-level reading with bounded memory: lines of at most ``max_bytes``, however long the input line.

Every reader in this package goes through here, so a 10 MB single line (or a file with no newline at
all) costs at most ``max_bytes`` of memory and becomes one E106 record, never a crash.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

CHUNK = 1 << 16  # drain size when skipping the rest of an over-long line
SNIFF_BYTES = 8192  # how much of a file decides "binary or text"


class Line(NamedTuple):  # a tuple, not a dataclass: one is made per input line, so it must be cheap
    """One physical line: ``data`` without its line break, or None when it was over the limit."""

    number: int  # 1-based
    data: bytes | None
    size: int  # bytes in the line as read (all of it, even when over the limit)


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[Line]:
    """Lines of ``stream``; a line over ``max_bytes`` is skipped (drained in chunks) and reported."""
    number = 0
    while True:
        chunk = stream.readline(max_bytes + 1)
        if not chunk:
            return
        number += 1
        ended = chunk.endswith(b"\n")
        body = chunk[:-1] if ended else chunk
        if len(body) <= max_bytes:
            yield Line(number, body[:-1] if body.endswith(b"\r") else body, len(body))
            continue
        size = len(body)
        while not ended:  # drain the rest of the over-long line without keeping it
            more = stream.readline(CHUNK)
            if not more:
                break
            ended = more.endswith(b"\n")
            size += len(more) - (1 if ended else 0)
        yield Line(number, None, size)


def read_bounded(stream: BinaryIO, max_bytes: int) -> tuple[bytes | None, int]:
    """``(whole content, size)`` or ``(None, size)`` when over ``max_bytes`` (counted, not kept)."""
    data = stream.read(max_bytes + 1)
    if len(data) <= max_bytes:
        return data, len(data)
    size = len(data)
    while more := stream.read(CHUNK):
        size += len(more)
    return None, size


def looks_binary(head: bytes) -> bool:
    """NUL bytes never occur in UTF-8 text; they mark images, archives, UTF-16 and the like."""
    return b"\x00" in head


def peek_stream(stream: BinaryIO, size: int = SNIFF_BYTES) -> tuple[bytes, BinaryIO]:
    """The first bytes of a (possibly unseekable) stream, and a stream that still yields them."""
    head = _read_some(stream, size)
    return head, io.BufferedReader(_Prefixed(head, stream))  # type: ignore[return-value]


def first_non_space(head: bytes) -> bytes:
    stripped = head.lstrip(b" \t\r\n\xef\xbb\xbf")  # a UTF-8 BOM counts as space here
    return stripped[:1]


def _read_some(stream: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes, without waiting for more than the stream already has when it can."""
    read1 = getattr(stream, "read1", None)
    parts: list[bytes] = []
    got = 0
    while got < size:
        part = read1(size - got) if read1 else stream.read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
        if not first_non_space(b"".join(parts)) == b"":
            break  # enough to sniff: we have seen real content
    return b"".join(parts)


class _Prefixed(io.RawIOBase):
    """A raw stream that yields ``prefix`` and then the rest of ``stream`` (for sniffed stdin)."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        read1 = getattr(self._stream, "read1", None)
        data = read1(len(buffer)) if read1 else self._stream.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n
