"""Turn one raw record (fields from any input format) into a validated Article or a RecordError."""

from __future__ import annotations

import datetime as dt
import re

from dateline.errors import RecordRejected
from dateline.ingest.ids import derived_doc_id
from dateline.model import Article, RecordError

# The seed's header: ` date 2017-02-08 ANKARA: body...` (leading spaces allowed, place optional).
# The date must start with a digit, so that prose such as "Date night: ..." is never taken for a
# header; a malformed date that does start with one ("date 08/02/2017 X:") is reported as E103.
HEADER = re.compile(
    r"^[ \t\r\n\ufeff]*date[ \t]+(?P<date>[0-9][0-9T:+./Z-]*)[ \t]*(?P<place>[^:\n]*?)[ \t]*:[ \t]*(?:\r?\n)?",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ].*)?$")

RAW_KEPT = 2000  # characters of a bad record kept for the quarantine table
TEXT_FIELDS = ("id", "date", "text", "title", "source", "url", "dateline", "language")


# Python type names as a JSON or CSV user knows them.
JSON_KINDS = {"list": "array", "dict": "object", "str": "string", "int": "number", "float": "number",
              "bool": "boolean", "NoneType": "null"}


def check_encodable(value: str) -> None:
    """E101 for text that cannot be written as UTF-8 (lone surrogates, e.g. JSON ``"\\ud800"``)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RecordRejected("E101", offset=exc.start) from None


def parse_date(value: object) -> tuple[str, str | None]:
    """``(YYYY-MM-DD, full ISO datetime or None)``; raises RecordRejected E102/E103/E111."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise RecordRejected("E102")
    if not isinstance(value, str):
        raise RecordRejected("E103", value=value)
    text = value.strip()
    m = ISO_DATE.match(text)
    if not m:
        raise RecordRejected("E103", value=text)
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if len(text) > 10:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise RecordRejected("E103", value=text) from None
    # A day of slack for time zones: an article dated tomorrow UTC may be today somewhere.
    if day > dt.date.today() + dt.timedelta(days=1):
        raise RecordRejected("E111", value=text)
    return day.isoformat(), (text if len(text) > 10 else None)


def split_header(text: str) -> tuple[str | None, str | None, str]:
    """``(date, place, body)`` from a plain text that starts with the seed's header line."""
    m = HEADER.match(text)
    if not m:
        return None, None, text
    place = m.group("place").strip() or None
    return m.group("date"), place, text[m.end():]


def make_article(fields: dict[str, object], origin: str | None = None, default_date: str | None = None) -> Article:
    """Validate one record's fields; raises RecordRejected with the reason."""
    for name in TEXT_FIELDS:
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            if name == "id" and isinstance(value, int) and not isinstance(value, bool):
                fields = {**fields, "id": str(value)}
                continue
            raise RecordRejected("E112", name=name, kind=JSON_KINDS.get(type(value).__name__, type(value).__name__))
        if isinstance(value, str):
            check_encodable(value)
    text = fields.get("text") or ""
    date_value = fields.get("date") or None
    dateline = fields.get("dateline") or None
    header_date, header_place, body = split_header(text)  # type: ignore[arg-type]
    if header_date is not None:
        text = body
        date_value = date_value or header_date
        dateline = dateline or header_place
    if not str(text).strip():
        raise RecordRejected("E104")
    date, datetime = parse_date(date_value or default_date)
    title = fields.get("title") or None
    doc_id = fields.get("id") or derived_doc_id(date, text, dateline, title)  # type: ignore[arg-type]
    return Article(
        doc_id=str(doc_id),
        date=date,
        text=text,  # type: ignore[arg-type]
        dateline=dateline,  # type: ignore[arg-type]
        title=title,  # type: ignore[arg-type]
        source=fields.get("source") or None,  # type: ignore[arg-type]
        url=fields.get("url") or None,  # type: ignore[arg-type]
        language=fields.get("language") or None,  # type: ignore[arg-type]
        datetime=datetime,
        origin=origin,
    )


def to_record(fields: dict[str, object], origin: str | None, default_date: str | None = None) -> Article | RecordError:
    """``make_article`` that returns the reason instead of raising."""
    try:
        return make_article(fields, origin, default_date)
    except RecordRejected as exc:
        raw, doc_id = fields.get("text"), fields.get("id")
        kept_id = str(doc_id) if isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) else None
        return RecordError(exc.code, str(exc), origin, kept_id, raw[:RAW_KEPT] if isinstance(raw, str) else None)
