"""Importing PETRARCH/TABARI actor dictionaries (``dateline actors import``) and loading the result."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.actors import load_knowledge_base
from dateline.actors.petrarch import display_name, import_petrarch, petrarch_date, restriction, write_user_dictionary
from dateline.errors import DatelineError

SAMPLE = Path(__file__).parent / "data" / "petrarch_sample.actors.txt"


@pytest.fixture(scope="module")
def imported():
    return import_petrarch([SAMPLE])


@pytest.fixture(scope="module")
def kb(imported, tmp_path_factory):
    out = tmp_path_factory.mktemp("import") / "actors.yaml"
    write_user_dictionary(imported.records, out, sources=[SAMPLE.name])
    return load_knowledge_base([out])


@pytest.mark.parametrize("text,iso", [
    ("090120", "2009-01-20"), ("300101", "2030-01-01"), ("310101", "1931-01-01"), ("991231", "1999-12-31"),
    ("20210120", "2021-01-20"),
])
def test_petrarch_dates_follow_the_tabari_century_rule(text, iso):
    assert petrarch_date(text) == iso


@pytest.mark.parametrize("text", ["091399", "090230", "0901", "2021012", "abcdef"])
def test_impossible_dates_are_refused(text):
    with pytest.raises(ValueError):
        petrarch_date(text)


def test_restrictions_become_half_open_spans():
    assert restriction(">090120") == ("2009-01-20", None)
    assert restriction("<090120") == (None, "2009-01-20")
    assert restriction("090120-170119") == ("2009-01-20", "2017-01-20")  # the last day is included
    assert restriction("") == (None, None)
    with pytest.raises(ValueError):
        restriction("170120-090120")


def test_names_lose_underscores_and_shouting():
    assert display_name("BARACK_HUSSEIN_OBAMA_") == "Barack Hussein Obama"
    assert display_name("ABDEL_FATTAH_AL-SISI_") == "Abdel Fattah al-Sisi"
    assert display_name("OTTO_VON_PLUMB") == "Otto von Plumb"
    assert display_name("ALF") == "ALF"  # a short one-word name is an acronym
    assert display_name("Mixed_Case_Name_") == "Mixed Case Name"


def test_every_bad_line_is_a_coded_warning_with_its_line_number(imported):
    got = {(w.code, w.line) for w in imported.warnings}
    assert got == {("E153", 3), ("E152", 23), ("E151", 24), ("E152", 25), ("E150", 26), ("E154", 27)}
    assert all(w.message.startswith(f"{w.code}: {SAMPLE}:{w.line}:") for w in imported.warnings)
    summary = imported.summary()
    assert summary["warnings"] == 6
    assert summary["warnings_by_code"] == {"E150": 1, "E151": 1, "E152": 2, "E153": 1, "E154": 1}
    assert summary["lines"] == len(SAMPLE.read_text(encoding="utf-8").splitlines())


def test_entries_are_typed_from_their_codes(imported):
    kinds = {r["name"]: r["type"] for r in imported.records}
    assert kinds == {"Jane Quorum": "person", "Barack Obama": "person", "Joe Biden": "person",
                     "Otto von Plumb": "person", "Acme Liberation Front": "organization",
                     "Freedonia": "country", "Two Codes Group": "organization"}
    summary = imported.summary()
    assert (summary["people"], summary["organizations"], summary["countries"]) == (4, 2, 1)


def test_the_undated_default_code_fills_the_gaps_between_restrictions(imported):
    plumb = next(r for r in imported.records if r["name"] == "Otto von Plumb")
    assert sorted(plumb["roles"], key=lambda r: r[1] or "") == [
        ["FRDGOV", None, "2001-01-01", "imported (default code)"],
        ["FRDMIL", "2001-01-01", "2004-01-01", "imported"],
        ["FRDGOV", "2004-01-01", None, "imported (default code)"],
    ]


@pytest.mark.parametrize("name,date,code", [
    ("Obama", "2008-06-01", "USAELI"),
    ("Barack Hussein Obama", "2012-01-01", "USAGOV"),
    ("Obama", "2017-01-19", "USAGOV"),  # the last day of a range is inside it
    ("Obama", "2017-01-20", "USAELI"),
    ("Joe Biden", "2024-12-31", "USAGOV"),
    ("Joe Biden", "2025-02-01", "USAELI"),
    ("Quorum", "2012-05-05", "FRDMIL"),
    ("Jane Q. Quorum", "2016-01-01", "FRDGOV"),
    ("Jane Quorum", "2015-02-28", "FRDMIL"),
    ("Jane Quorum", "2009-12-31", "FRDELI"),  # before any role: country + ELI
    ("Otto von Plumb", "2002-01-01", "FRDMIL"),
    ("Otto von Plumb", "2005-01-01", "FRDGOV"),
    ("ALF", "2020-01-01", "FRDREB"),
    ("Acme Liberation Front", "2020-01-01", "FRDREB"),
])
def test_the_imported_file_loads_and_resolves_by_date(kb, name, date, code):
    assert kb.actor(name, date).code == code


def test_imported_entries_win_over_shipped_ones(kb):
    entries = kb.entries_named("Obama")
    assert entries[0].origin.endswith("actors.yaml")


def test_person_kind_makes_undated_actors_people(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("JOHN_DOE_ [USAELI]\n+DOE_\n", encoding="utf-8")
    result = import_petrarch([path], kind="person")
    assert result.records == [{"id": "petrarch-john-doe", "name": "John Doe", "type": "person", "country": "USA",
                               "aliases": ["Doe"], "roles": [["USAELI", None, None, "imported"]]}]


def test_a_missing_file_is_a_coded_error(tmp_path):
    with pytest.raises(DatelineError) as err:
        import_petrarch([tmp_path / "nope.txt"])
    assert err.value.code == "E110"


def test_latin1_dictionaries_are_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("JOS\xc9_GARC\xcdA_ [MEXGOV]\n".encode("latin-1"))
    assert import_petrarch([path]).records[0]["name"] == "José García"
