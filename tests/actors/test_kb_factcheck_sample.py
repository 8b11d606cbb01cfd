"""benchmarks/kb_factcheck_sample.py: which roles count as unchecked, the strata, a fixed draw."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def sampler(benchmark_script):
    return benchmark_script("kb_factcheck_sample")


PEOPLE = [
    {"id": "ana-a", "name": "Ana Á", "roles": [["XXXGOV", "2016-01-01", None, "minister"]]},
    {"id": "bo-b", "name": "Bo B", "roles": [["XXXGOV", "2001-01-01", "2003-01-01", "minister"],
                                             ["XXXMIL", "2010-01-01", "2012-01-01", "general"]]},
    {"id": "cy-c", "name": "Cy C", "roles": [["XXXGOV", "2005-01-01", None, "president"]]},
]
SOURCES = """# Sources
- Ana A: appointed 2016, checked.
  https://example.org/ana
- Bo B: from memory, no page.
Cy C is named in running text with https://example.org/cy but not in a bullet.
"""


def test_only_people_named_in_a_bullet_with_a_url_are_checked(sampler):
    bullets = sampler.sourced_bullets(SOURCES)
    rows = sampler.unchecked_roles(PEOPLE, bullets)
    assert sorted({row[0] for row in rows}) == ["bo-b", "cy-c"]  # "Ana Á" folds to "ana a"


def test_open_or_recent_roles_form_the_current_stratum(sampler):
    rows = sampler.unchecked_roles(PEOPLE, [])
    assert {(row[0], row[2]): sampler.stratum(row) for row in rows} == {
        ("ana-a", "XXXGOV"): "current", ("bo-b", "XXXGOV"): "older",
        ("bo-b", "XXXMIL"): "older", ("cy-c", "XXXGOV"): "current"}


def test_the_draw_is_fixed_by_the_seed(sampler):
    rows = sampler.unchecked_roles(PEOPLE, [])
    first = sampler.draw(rows, 1, seed=9)
    assert first == sampler.draw(rows, 1, seed=9)
    assert [row[0] for row in first] == ["current", "older"]
    assert len(sampler.draw(rows, 5, seed=9)) == 4  # a stratum smaller than asked gives all it has


ROLE_SOURCES = """# Sources
- Bo B, minister from 2001-01-01 to 2003-01-01: right.
  https://example.org/bo
"""


def test_by_role_a_bullet_must_name_the_year_a_role_began_or_ended(sampler):
    bullets = sampler.sourced_bullets(ROLE_SOURCES)
    assert [row[0] for row in sampler.unchecked_roles(PEOPLE, bullets)] == ["ana-a", "cy-c"]
    by_role = sampler.unchecked_roles(PEOPLE, bullets, by_role=True)
    # Bo B's ministry is dated in the bullet; his 2010-2012 command is not, so it stays unchecked
    assert [(row[0], row[2]) for row in by_role] == [("ana-a", "XXXGOV"), ("bo-b", "XXXMIL"), ("cy-c", "XXXGOV")]


def test_by_role_years_match_whole_numbers_only(sampler):
    assert not sampler.role_is_sourced("2010-01-01", None, ["bo b, term 120105 units"])
    assert sampler.role_is_sourced("2010-01-01", "2012-01-01", ["bo b left in 2012."])
