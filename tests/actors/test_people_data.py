"""people.yaml is consistent: unique ids, well-formed dated roles, valid codes, one person per alias."""

from __future__ import annotations

from collections import defaultdict

import pytest

from dateline.actors import load_knowledge_base
from dateline.actors.codes import INTERNATIONAL_PREFIXES, SECTORS
from dateline.actors.folding import fold_words
from dateline.data_files import parse_yaml, read_data_text


@pytest.fixture(scope="module")
def people():
    return parse_yaml(read_data_text("dateline.actors.data", "people.yaml"))


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


def test_ids_are_unique(people):
    seen = defaultdict(int)
    for rec in people:
        seen[rec["id"]] += 1
    assert not [i for i, n in seen.items() if n > 1]


def test_roles_are_well_formed(people, kb):
    for rec in people:
        for code, start, end, *title in rec["roles"]:
            assert title, (rec["id"], code)
            start, end = (None if v is None else str(v) for v in (start, end))
            assert start is None or end is None or start < end, (rec["id"], code, start, end)
            head, rest = code[:3], code[3:]
            if head in INTERNATIONAL_PREFIXES:
                continue
            assert head in kb.country_names or f"country:{head}" in kb.entries, (rec["id"], code)
            assert rest[:3] in SECTORS, (rec["id"], code)


def test_no_alias_names_two_people(people):
    owners = defaultdict(set)
    for rec in people:
        for alias in (rec["name"], *(rec.get("aliases") or ())):
            owners[fold_words(str(alias))].add(rec["id"])
    assert not {k: v for k, v in owners.items() if len(v) > 1}


@pytest.mark.parametrize("name,date,code", [
    ("Yoon Suk Yeol", "2023-01-01", "KORGOV"),
    ("Yoon Suk Yeol", "2025-05-01", "KORELI"),  # removed from office on 2025-04-04
    ("Lee Jae-myung", "2025-07-01", "KORGOV"),
    ("Justin Trudeau", "2025-04-01", "CANELI"),
    ("Mark Carney", "2025-04-01", "CANGOV"),
    ("Ursula von der Leyen", "2018-01-01", "DEUMIL"),
    ("von der Leyen", "2024-01-01", "IGOEUREXE"),
    ("Guterres", "2020-01-01", "IGOUNO"),
    ("Kyrylo Budanov", "2025-01-01", "UKRSPY"),
    ("Budanov", "2026-02-01", "UKRGOV"),
    ("Tarique Rahman", "2026-03-01", "BGDGOV"),
    ("Mahmoud Abbas", "2004-01-01", "PSEELI"),  # between his premiership and the PLO chair
])
def test_dated_roles_of_added_people(kb, name, date, code):
    assert kb.actor(name, date).code == code
