"""Small pure functions behind the store: date ranges, date filters, quarantine ids."""

from __future__ import annotations

import pytest

from dateline.errors import UsageError
from dateline.model import RecordError
from dateline.store.filters import EventFilter, bound_date
from dateline.store.rows import date_range, quarantine_id


@pytest.mark.parametrize(("value", "expected"), [
    ("2017-02-07", ("2017-02-07", "2017-02-07")),
    ("2017-02-07T10:30", ("2017-02-07", "2017-02-07")),
    ("2016-02", ("2016-02-01", "2016-02-29")),
    ("2017-W06", ("2017-02-06", "2017-02-12")),
    ("2017", ("2017-01-01", "2017-12-31")),
    ("2017-Q1", ("2017-01-01", "2017-12-31")),
    ("2017-SU", ("2017-01-01", "2017-12-31")),
    ("PRESENT_REF", (None, None)),
    ("P3D", (None, None)),
    ("2017-02-30", (None, None)),
    (None, (None, None)),
])
def test_date_range_covers_the_value(value, expected):
    assert date_range(value) == expected


@pytest.mark.parametrize(("value", "last", "expected"), [
    ("2017", False, "2017-01-01"), ("2017", True, "2017-12-31"),
    ("2017-02", True, "2017-02-28"), ("2016-02", True, "2016-02-29"),
    (" 2017-02-08 ", False, "2017-02-08"),
])
def test_bound_date(value, last, expected):
    assert bound_date(value, last=last) == expected


def test_bad_bound_date_message():
    with pytest.raises(UsageError) as err:
        bound_date("8 Feb 2017", last=False)
    assert str(err.value) == "E208: Date filter '8 Feb 2017' is not a date in YYYY, YYYY-MM or YYYY-MM-DD form."


def test_filters_are_parameters_only():
    where, params = EventFilter(actor="TURGOV", query="Erdogan", start="2017").where("e")
    assert "TURGOV" not in where and "Erdogan" not in where
    assert params == ["2017-01-01", "TURGOV", "TURGOV", "Erdogan"]
    assert EventFilter().where("e") == ("", [])


def test_quarantine_id_depends_on_origin_code_and_raw():
    a = RecordError("E102", "m", "f.jsonl:1", None, "raw")
    assert quarantine_id(a) == quarantine_id(RecordError("E102", "other message", "f.jsonl:1", "x", "raw"))
    assert quarantine_id(a) != quarantine_id(RecordError("E103", "m", "f.jsonl:1", None, "raw"))
    assert quarantine_id(a) != quarantine_id(RecordError("E102", "m", "f.jsonl:2", None, "raw"))
