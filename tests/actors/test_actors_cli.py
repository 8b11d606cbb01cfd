"""``dateline actors lookup|list|import`` through click's CliRunner, and the Python API behind them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.actors.explain import list_actors, lookup_actor
from dateline.cli import cli
from dateline.errors import UsageError

SAMPLE = Path(__file__).parent / "data" / "petrarch_sample.actors.txt"


def invoke(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# --- Python API -----------------------------------------------------------------------------------

def test_lookup_explains_the_alias_and_the_role_held_on_the_date(kb):
    found = lookup_actor("Tayyip Erdoğan", "2016-07-15", kb=kb)
    assert (found.match, found.code, found.folded) == ("entry", "TURGOV", "tayyip erdogan")
    assert found.candidates[0].alias == "Tayyip Erdogan"
    assert found.candidates[0].role is not None and found.candidates[0].role.code == "TURGOV"
    assert "alias 'Tayyip Erdogan'" in found.why[0] and "2016-07-15" in found.why[1]


def test_lookup_out_of_office_gives_the_elite_code_and_says_so(kb):
    found = lookup_actor("Barack Obama", "2019-05-01", kb=kb)
    assert found.code == "USAELI"
    assert "out of office" in found.why[1] and "USAGOV" in found.why[1]


def test_lookup_same_name_changes_code_with_the_date(kb):
    codes = [lookup_actor("Pompeo", d, kb=kb).code for d in ("2015-06-01", "2017-06-01", "2019-06-01", "2022-06-01")]
    assert codes == ["USALEG", "USASPY", "USAGOV", "USAELI"]


def test_lookup_of_a_shared_family_name_says_why_this_person(kb):
    found = lookup_actor("Khamenei", "2026-05-01", kb=kb)
    assert (found.code, found.actor.kb_id) == ("IRNGOV", "mojtaba-khamenei")
    assert any("ali-khamenei" in line for line in found.why)
    assert "holding a role on 2026-05-01" in found.why[-1]
    assert lookup_actor("Khamenei", "2019-05-01", kb=kb).actor.kb_id == "ali-khamenei"


@pytest.mark.parametrize("name,match,code", [
    ("Turkey", "entry", "TUR"),
    ("the Kremlin", "metonym", "RUSGOV"),
    ("Turkish", "demonym", "TUR"),
    ("Syrian rebels", "nominal", "SYRREB"),
    ("police", "nominal", "COP"),
    ("Zorblax Quintavian", "none", None),
])
def test_lookup_reads_countries_seats_demonyms_and_nominals(kb, name, match, code):
    found = lookup_actor(name, "2020-01-01", kb=kb)
    assert (found.match, found.code) == (match, code)
    assert found.why


def test_lookup_notes_readings_that_do_not_hold_on_the_date(kb):
    found = lookup_actor("Taliban", "2016-01-01", kb=kb)
    later = lookup_actor("Taliban", "2022-01-01", kb=kb)
    assert found.code != later.code
    assert any(not c.valid for c in found.candidates)


def test_lookup_rejects_a_bad_date(kb):
    with pytest.raises(UsageError) as err:
        lookup_actor("Erdogan", "15/07/2016", kb=kb)
    assert err.value.code == "E302"


def test_list_people_in_office_on_a_date(kb):
    rows = list_actors("TUR", kind="person", date="2016-07-15", kb=kb)
    names = {r.name for r in rows}
    assert {"Recep Tayyip Erdogan", "Binali Yildirim"} <= names
    assert "Ahmet Davutoglu" not in names  # prime minister until 2016-05-24
    assert all(r.type == "person" and r.code.startswith("TUR") for r in rows)


def test_list_without_date_shows_every_entry_of_the_country(kb):
    rows = list_actors("tur", kb=kb)
    kinds = {r.type for r in rows}
    assert {"country", "person", "organization"} <= kinds
    assert any(r.name == "Ahmet Davutoglu" and r.roles for r in rows)


def test_list_unknown_country_is_e309(kb):
    with pytest.raises(UsageError) as err:
        list_actors("XYZ", kb=kb)
    assert err.value.code == "E309"


# --- CLI ------------------------------------------------------------------------------------------

def test_cli_lookup_prints_code_and_reasons():
    result = invoke("actors", "lookup", "Erdogan", "--date", "2016-07-15")
    assert result.exit_code == 0
    first, *why = result.stdout.splitlines()
    assert first.startswith("Erdogan on 2016-07-15: TURGOV")
    assert any("recep-tayyip-erdogan" in line for line in why)


def test_cli_lookup_json():
    result = invoke("actors", "lookup", "Obama", "--date", "2010-01-01", "--json")
    data = json.loads(result.stdout)
    assert (data["code"], data["match"], data["actor"]["kb_id"]) == ("USAGOV", "entry", "barack-obama")


def test_cli_lookup_bad_date_is_a_coded_error():
    result = invoke("actors", "lookup", "Obama", "--date", "2010-02-30")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: E302:")


def test_cli_list_table_and_json():
    table = invoke("actors", "list", "--country", "TUR", "--type", "person", "--date", "2016-07-15")
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split()[:4] == ["CODE", "TYPE", "NAME", "ID"]
    assert "Binali Yildirim" in table.stdout
    data = json.loads(invoke("actors", "list", "--country", "TUR", "--type", "organization", "--json").stdout)
    assert data and all(row["type"] == "organization" for row in data)


def test_cli_list_unknown_country():
    result = invoke("actors", "list", "--country", "XYZ")
    assert result.exit_code == 1 and result.stderr.startswith("Error: E309:")


def test_cli_import_then_lookup_with_the_imported_file(tmp_path):
    out = tmp_path / "mine.yaml"
    result = invoke("actors", "import", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 0
    assert "7 entries" in result.stdout and "6 warning(s)" in result.stdout
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning ")]
    assert len(warnings) == 6 and any(f"{SAMPLE}:24:" in w and "E151" in w for w in warnings)
    found = invoke("actors", "lookup", "Quorum", "--date", "2016-01-01", "--actors", str(out), "--json")
    data = json.loads(found.stdout)
    assert data["code"] == "FRDGOV" and data["candidates"][0]["origin"] == str(out)
    listed = invoke("actors", "list", "--country", "USA", "--date", "2012-01-01", "--actors", str(out), "--json")
    assert "petrarch-barack-obama" in {row["kb_id"] for row in json.loads(listed.stdout)}


def test_cli_import_json_summary(tmp_path):
    result = invoke("actors", "import", str(SAMPLE), "-o", str(tmp_path / "x.yaml"), "--json")
    data = json.loads(result.stdout)
    assert data["entries"] == 7 and data["warnings"] == 6 == len(data["warning_list"])
    assert {w["code"] for w in data["warning_list"]} == {"E150", "E151", "E152", "E153", "E154"}
