"""benchmarks/kb_coverage.py: offices that did not exist by law are not gaps (kb_office_exemptions.tsv)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def cov(benchmark_script):
    return benchmark_script("kb_coverage")


# One made-up country: a president all along, a defence minister from 2010, no defence office 2000-2004.
PEOPLE = [{"id": "p", "name": "P", "roles": [["XXXGOV", "2000-01-01", None, "president"]]},
          {"id": "d", "name": "D", "roles": [["XXXMIL", "2010-01-01", None, "defence minister"]]}]
EXEMPT = {("XXX", "defence minister"): [(dt.date(2000, 1, 1), dt.date(2005, 1, 1))]}


def test_exempt_days_are_not_gaps(cov):
    without = cov.coverage(PEOPLE, ["XXX"])[("XXX", "defence minister")]
    with_exempt = cov.coverage(PEOPLE, ["XXX"], EXEMPT)[("XXX", "defence minister")]
    assert without == [(dt.date(2000, 1, 1), dt.date(2010, 1, 1))]
    assert with_exempt == [(dt.date(2005, 1, 1), dt.date(2010, 1, 1))]


def test_exempt_days_leave_the_measure_and_a_wholly_exempt_office_shows_na(cov):
    exempt = {**EXEMPT, ("XXX", "foreign minister"): [(cov.FIRST_DAY, cov.END)]}
    text = cov.report(cov.coverage(PEOPLE, ["XXX"], exempt), exempt=exempt)
    row = next(line for line in text.splitlines() if line.startswith("| XXX |"))
    # defence: 2010-01-01..2026-11-30 covered out of 2005-01-01..2026-11-30 (exempt 2000-2004 left
    # out): 6178 / 7998 days; foreign minister: n/a
    assert [cell.strip() for cell in row.strip("|").split("|")][3:5] == ["n/a", "77%"]
    assert "1 country-offices wholly and 1 partly exempt" in text


def test_the_shipped_exemptions_name_known_offices_and_a_source(cov):
    exempt = cov.read_exemptions()
    assert ("PAN", "defence minister") in exempt and ("PSE", "defence minister") in exempt
    rows = [line.split("\t") for line in cov.EXEMPTIONS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")][1:]
    assert rows and all(len(row) == 6 and row[4].startswith("http") and row[5].strip() for row in rows)
