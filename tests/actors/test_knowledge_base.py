"""The knowledge base on its own (no spaCy model): dated roles, aliases, countries, user files."""

from __future__ import annotations

import pytest

from dateline.actors import load_knowledge_base
from dateline.actors.codes import split_code
from dateline.actors.folding import fold_words


@pytest.mark.parametrize("date,code", [
    ("2015-06-01", "USALEG"),  # congressman
    ("2017-02-09", "USASPY"),  # CIA director
    ("2019-03-01", "USAGOV"),  # secretary of state
    ("2022-01-01", "USAELI"),  # out of office
])
def test_same_name_different_dates_different_codes(kb, date, code):
    assert kb.actor("Pompeo", date).code == code


def test_trump_roles_are_time_bounded(kb):
    assert kb.actor("Donald Trump", "2016-06-01").code == "USAELI"
    assert kb.actor("Donald Trump", "2017-02-08").code == "USAGOV"
    assert kb.actor("Donald Trump", "2023-01-01").code == "USAELI"
    assert kb.actor("Donald Trump", "2025-03-01").code == "USAGOV"


def test_former_head_of_state_resolves_to_elite_not_old_role(kb):
    obama = kb.actor("Barack Obama", "2017-02-08")
    assert (obama.code, obama.sector, obama.country) == ("USAELI", "ELI", "USA")
    assert "former USAGOV" in obama.reason


def test_role_boundary_day_belongs_to_the_successor(kb):
    assert kb.actor("Obama", "2017-01-19").code == "USAGOV"
    assert kb.actor("Obama", "2017-01-20").code == "USAELI"


def test_alias_and_diacritic_folding(kb):
    ids = {kb.actor(name, "2017-02-08").kb_id for name in
           ("Recep Tayyip Erdoğan", "Tayyip Erdogan", "ERDOGAN", "erdogan", "Recep Tayyip Erdogan")}
    assert ids == {"recep-tayyip-erdogan"}
    assert kb.actor("İbrahim Kalın", "2017-02-08").kb_id == "ibrahim-kalin"
    assert fold_words("U.S.-led al-Qaeda") == ("us", "led", "al", "qaeda")


def test_islamic_state_aliases(kb):
    for name in ("Daesh", "ISIS", "ISIL", "Islamic State", "the Islamic State", "Da'esh"):
        actor = kb.actor(name, "2017-02-08")
        assert actor is not None and actor.code == "IMGISL" and actor.country is None, name


def test_organisation_entries_have_validity_dates(kb):
    assert kb.actor("Taliban", "2019-01-01").code == "AFGINS"
    assert kb.actor("Taliban", "2022-01-01").code == "AFGGOV"


def test_every_iso_country_and_the_disputed_ones(kb):
    countries = {e.country for e in kb.entries.values() if e.type == "country"}
    assert len(countries) >= 250
    assert {"XKX", "PSE", "TWN", "ESH", "SSD"} <= countries
    assert kb.actor("Burma", "1985-01-01").code == "MMR"
    assert kb.actor("Swaziland", "2010-01-01").code == "SWZ"
    assert kb.actor("Zaire", "1990-01-01").code == "COD"
    assert kb.actor("USSR", "1980-01-01").code == "SUN"


def test_demonyms_and_metonyms_are_indexed(kb):
    assert [(r.kind, r.key) for r in kb.lookup("Emirati")] == [("demonym", "ARE")]
    kremlin = [kb.metonyms[r.key] for r in kb.lookup("the Kremlin") if r.kind == "metonym"]
    assert kremlin and kremlin[0].seat and kremlin[0].actor().code == "RUSGOV"
    ankara = [kb.metonyms[r.key] for r in kb.lookup("Ankara") if r.kind == "metonym"]
    assert ankara and not ankara[0].seat and ankara[0].actor().code == "TURGOV"


def test_short_capital_aliases_are_marked_capitals_only(kb):
    refs = kb.lookup("IS")
    assert refs and all(r.caps_only for r in refs)


@pytest.mark.parametrize("code,expected", [
    ("TURGOV", ("TUR", "GOV")), ("IGONAT", (None, "IGO")), ("IMGISL", (None, "IMG")),
    ("REB", (None, "REB")), ("USA", ("USA", None)),
])
def test_split_code(code, expected):
    assert split_code(code) == expected


def test_user_dictionary_yaml_overrides_and_adds(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "- {id: jane-roe, name: Jane Roe, country: MDA, aliases: [Roe], roles: [[MDAGOV, 2020-01-01, null, minister]]}\n"
        "- {id: ntv-tr, name: NTV, code: TURBUS, country: TUR, sector: BUS, type: organization}\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base(extra_files=[user])
    assert kb.actor("Jane Roe", "2021-05-05").code == "MDAGOV"
    assert kb.actor("Roe", "2019-05-05").code == "MDAELI"
    assert kb.actor("NTV", "2017-02-08").code == "TURBUS"
    assert load_knowledge_base().actor("NTV", "2017-02-08").code == "TURMED"


def test_user_dictionary_csv_rows_are_roles(tmp_path):
    user = tmp_path / "mine.csv"
    user.write_text(
        "name,code,country,sector,type,start,end,aliases\n"
        "Ion Vasilescu,MDALEG,MDA,LEG,person,2010-01-01,2015-01-01,Vasilescu\n"
        "Ion Vasilescu,MDAGOV,MDA,GOV,person,2015-01-01,,\n"
        "Free Moldova Front,MDAREB,MDA,REB,group,,,FMF\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base(extra_files=[user])
    assert kb.actor("Vasilescu", "2012-01-01").code == "MDALEG"
    assert kb.actor("Ion Vasilescu", "2016-01-01").code == "MDAGOV"
    assert kb.actor("FMF", "2016-01-01").code == "MDAREB"


def test_user_dictionary_rejects_unknown_format(tmp_path):
    user = tmp_path / "mine.txt"
    user.write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="yaml, .yml, .csv or .tsv"):
        load_knowledge_base(extra_files=[user])


def test_user_dictionary_tsv(tmp_path):
    user = tmp_path / "mine.tsv"
    user.write_text("name\tcode\tcountry\tsector\ttype\tstart\tend\taliases\n"
                    "Blue Valley Brigade\tMDAREB\tMDA\tREB\tgroup\t\t\tBVB|the Brigade\n", encoding="utf-8")
    kb = load_knowledge_base(extra_files=[user])
    assert kb.actor("BVB", "2020-01-01").code == "MDAREB"
