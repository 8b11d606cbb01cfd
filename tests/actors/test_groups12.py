"""session 12, kb-groups12 (#3): armed non-state groups of conflict news since 2000. Each group named in a
sentence of our own resolves to its code on the date of the sentence; the groups whose nature changed on a
date (peace deals, pledges to the Islamic State or al-Qaeda, dissolutions) change code on that date; acronyms
that name other things in news stay unresolved there. Facts and sources: SOURCES.md "v12, session 12
(kb-groups12)"."""

from __future__ import annotations

import pytest

import dateline
from dateline.actors.folding import exact_case_form

pytestmark = pytest.mark.model


def codes(text: str, date: str) -> dict[str, str | None]:
    return {m.text: m.actor.code for m in dateline.extract(text, date).actors}


# (sentence, date, the mention as found, its code)
NAMED = [
    ("NPA rebels ambushed an army patrol in Samar.", "2015-03-01", "NPA rebels", "PHLREB"),
    ("The New People's Army burned two trucks in Mindanao.", "2012-05-01", "New People's Army", "PHLREB"),
    ("Abu Sayyaf kidnapped two tourists off Sabah.", "2016-04-01", "Abu Sayyaf", "PHLINS"),
    ("The Moro National Liberation Front seized a village near Zamboanga.", "2013-09-10", "Moro National Liberation Front", "PHLREB"),
    ("The Polisario Front accused Morocco of attacking its fighters.", "2020-11-20", "Polisario Front", "ESHREB"),
    ("Kata'ib Hezbollah fired rockets at the base.", "2020-01-05", "Kata'ib Hezbollah", "IRQMIL"),
    ("Asa'ib Ahl al-Haq threatened US troops.", "2019-06-01", "Asa'ib Ahl al-Haq", "IRQMIL"),
    ("The Mahdi Army clashed with US troops in Najaf.", "2004-08-10", "Mahdi Army", "IRQREB"),
    ("Saraya al-Salam deployed fighters to Samarra.", "2015-03-01", "Saraya al-Salam", "IRQMIL"),
    ("The Donetsk People's Republic shelled Ukrainian positions.", "2015-01-20", "Donetsk People's Republic", "UKRREB"),
    ("The Luhansk People's Republic closed the crossing.", "2016-05-01", "Luhansk People's Republic", "UKRREB"),
    ("Janjaweed militias burned the village.", "2004-05-01", "Janjaweed militias", "SDNMIL"),
    ("The Sudan Liberation Army attacked a garrison in North Darfur.", "2004-03-01", "Sudan Liberation Army", "SDNREB"),
    ("SLM-AW fighters clashed with government troops in Jebel Marra.", "2016-02-01", "SLM-AW", "SDNREB"),
    ("The SLA-MM signed the agreement in Abuja.", "2006-05-05", "SLA-MM", "SDNREB"),
    ("JEM rebels attacked Omdurman.", "2008-05-10", "JEM", "SDNREB"),
    ("The SPLM-IO accused government forces of attacking its base.", "2016-07-10", "SPLM-IO", "SSDREB"),
    ("The Libyan National Army shelled Tripoli airport.", "2019-05-01", "Libyan National Army", "LBYREB"),
    ("Libya's Ansar al-Sharia denied any role in the attack.", "2012-09-15", "Libya's Ansar al-Sharia", "LBYINS"),
    ("The Arakan Army attacked four police posts.", "2019-01-05", "Arakan Army", "MMRREB"),
    ("ARSA claimed the attacks on police posts.", "2017-08-26", "ARSA", "MMRREB"),
    ("The Kachin Independence Army shelled an army outpost.", "2012-01-10", "Kachin Independence Army", "MMRREB"),
    ("The People's Defence Force ambushed a junta convoy.", "2022-03-01", "People's Defence Force", "MMRREB"),
    ("The Tigray Defence Forces retook Mekelle.", "2021-06-29", "Tigray Defence Forces", "ETHREB"),
    ("Fano militias seized the town of Lalibela.", "2023-08-05", "Fano militias", "ETHREB"),
    ("The Oromo Liberation Army killed three officials.", "2022-06-01", "Oromo Liberation Army", "ETHREB"),
    ("The FDLR attacked a village in North Kivu.", "2012-05-01", "FDLR", "RWAREB"),
    ("Mai-Mai militiamen attacked the town.", "2015-05-01", "Mai-Mai", "CODREB"),
    ("CODECO killed dozens of displaced people in Ituri.", "2022-02-02", "CODECO", "CODREB"),
    ("Anti-balaka militias attacked Muslims in Bangui.", "2014-02-01", "Anti-balaka militias", "CAFREB"),
    ("MUJAO fighters seized Gao.", "2012-06-28", "MUJAO", "MLIINS"),
    ("The MNLA took control of Kidal.", "2012-03-30", "MNLA", "MLIREB"),
    ("The Islamic State in the Greater Sahara claimed the ambush.", "2017-10-10", "Islamic State in the Greater Sahara", "IMGISL"),
    ("Ansaru kidnapped seven foreigners in Bauchi.", "2013-02-17", "Ansaru", "NGAINS"),
    ("Lashkar-e-Jhangvi claimed the bombing in Quetta.", "2013-02-17", "Lashkar-e-Jhangvi", "PAKINS"),
    ("The Baloch Liberation Army attacked a gas pipeline.", "2012-01-01", "Baloch Liberation Army", "PAKREB"),
    ("Naxalites ambushed a police convoy in Chhattisgarh.", "2010-04-06", "Naxalites", "INDREB"),
    ("The CPI-Maoist called a strike in Jharkhand.", "2010-05-01", "CPI-Maoist", "INDREB"),
    ("ULFA set off a bomb in Guwahati.", "2008-10-30", "ULFA", "INDREB"),
    ("Hizbul Mujahideen claimed the attack in Pulwama.", "2016-07-09", "Hizbul Mujahideen", "INDINS"),
    ("Jaish al-Islam shelled Damascus.", "2015-08-01", "Jaish al-Islam", "SYRINS"),
    ("The Real IRA planted a bomb in Londonderry.", "2010-08-01", "Real IRA", "GBRREB"),
    ("The New IRA claimed the killing of a journalist.", "2019-04-23", "New IRA", "GBRREB"),
    ("Chechen rebels attacked a police post near Grozny.", "2005-01-01", "Chechen rebels", "RUSREB"),
    ("The Caucasus Emirate claimed the Moscow airport bombing.", "2011-02-08", "Caucasus Emirate", "RUSINS"),
    ("The Basque separatist group ETA set off a car bomb in Madrid.", "2006-12-30", "Basque separatist group ETA", "ESPREB"),
    ("Hezb-e-Islami fired rockets at Kabul.", "2010-05-01", "Hezb-e-Islami", "AFGINS"),
    ("The Uganda People's Defence Force said it killed ten ADF rebels.", "2015-01-01", "Uganda People's Defence Force", "UGAMIL"),
]


@pytest.mark.parametrize("text,date,mention,code", NAMED)
def test_group_named_in_a_sentence(text, date, mention, code):
    got = codes(text, date)
    assert got.get(mention) == code, got


# (name, a date inside the span, the code then): the dated changes.
DATED = [
    ("Moro Islamic Liberation Front", "2010-01-01", "PHLREB"),
    ("Moro Islamic Liberation Front", "2020-01-01", "PHLGOV"),  # leads the Bangsamoro authority from 2019-02-26
    ("Kata'ib Hezbollah", "2008-01-01", "IRQREB"),
    ("Kata'ib Hezbollah", "2015-01-01", "IRQMIL"),  # a PMF unit from June 2014
    ("Asa'ib Ahl al-Haq", "2007-01-01", "IRQREB"),
    ("Seleka", "2013-01-01", "CAFREB"),
    ("Seleka", "2013-06-01", "CAFGOV"),  # in power from 2013-03-24
    ("Seleka", "2014-03-01", "CAFREB"),  # dissolved by decree 2013-09-13: ex-Seleka rebels
    ("TPLF", "2015-01-01", "ETHPTY"),
    ("TPLF", "2021-06-01", "ETHREB"),  # the war, 2020-11-04 to 2022-11-02
    ("TPLF", "2023-06-01", "ETHPTY"),
    ("Allied Democratic Forces", "2019-05-01", "IMGISL"),  # IS's Central Africa Province from 2019-04-18
    ("ADF rebels", "2014-01-01", "UGAREB"),
    ("Ansar Dine", "2013-01-01", "MLIINS"),
    ("Ansar Dine", "2018-01-01", "IMGAQD"),  # merged into JNIM 2017-03-02
    ("Hezb-e-Islami", "2015-01-01", "AFGINS"),
    ("Hezb-e-Islami", "2018-01-01", "AFGPTY"),  # peace deal 2016-09-29
    ("CPN (Maoist)", "2003-01-01", "NPLREB"),
    ("CPN (Maoist)", "2008-01-01", "NPLPTY"),  # Comprehensive Peace Accord 2006-11-21
    ("Ansar Bait al-Maqdis", "2014-01-01", "EGYINS"),
    ("Ansar Bait al-Maqdis", "2015-01-01", "IMGISL"),  # pledged to IS 2014-11-10
    ("Wilayat Sinai", "2016-01-01", "IMGISL"),
    ("Ahrar al-Sham", "2016-01-01", "SYRINS"),
    ("Ahrar al-Sham", "2025-06-01", "SYRMIL"),  # dissolved into the army 2025-01-29
    ("Euskadi Ta Askatasuna", "2009-01-01", "ESPREB"),
    ("Euskadi Ta Askatasuna", "2019-01-01", "ESPREB"),  # dissolved 2018-05-03: the "dissolved" entry
    ("Libyan National Army", "2016-01-01", "LBYREB"),
]


@pytest.mark.parametrize("name,date,code", DATED)
def test_dated_change(kb, name, date, code):
    assert kb.actor(name, date).code == code


def test_dissolved_groups_say_so(kb):
    assert "dissolved" in kb.actor("Euskadi Ta Askatasuna", "2019-01-01").name
    assert "dissolved" in kb.actor("Ansar al-Sharia in Libya", "2018-01-01").name


def test_names_before_the_group_existed_do_not_resolve(kb):
    assert kb.actor("Libyan National Army", "2011-06-01") is None  # Haftar's LNA from 2014-05-16
    assert kb.actor("People's Defence Force", "2020-01-01") is None  # Myanmar's PDF from 2021-05-05
    assert kb.actor("New IRA", "2010-01-01") is None  # from the 2012-07-26 merger
    assert kb.actor("Jaish al-Islam", "2007-06-01") is None  # Gaza's Army of Islam; Syria's from 2013-09-29


def test_mixed_case_acronym_matches_in_its_case_only():
    assert exact_case_form("JeM") == "JeM" and exact_case_form("LeT") == "LeT"
    assert exact_case_form("JEM") == "" and exact_case_form("Hamas") == "" and exact_case_form("al-Qaeda") == ""
    assert codes("JeM claimed the attack in Pulwama.", "2019-02-15")["JeM"] == "PAKINS"
    assert codes("JEM fighters attacked the town in Darfur.", "2009-01-01")["JEM"] == "SDNREB"
    assert "Let" not in codes("Let the talks begin, the minister said.", "2015-01-01")


def test_possessive_names_match_as_tokenized():
    assert codes("The Lord's Resistance Army attacked a village.", "2010-01-01")["Lord's Resistance Army"] == "UGAREB"
    assert codes("The People’s Defence Force ambushed a convoy.", "2022-01-01")["People’s Defence Force"] == "MMRREB"


# Risky acronyms: other things they name in news stay unresolved (or resolve to that other thing).
NOT_GROUPS = [
    ("ETA Systems Inc said it would ship its first supercomputer.", "1987-04-01", "ESPREB"),
    ("The ship's ETA at Rotterdam is Monday.", "2010-01-01", "ESPREB"),
    ("Japan's NPA said the suspect was arrested in Osaka.", "2015-01-01", "PHLREB"),
    ("The ADF sent two frigates to the Gulf.", "2003-03-01", "UGAREB"),
    ("The Indonesian DPR passed the budget.", "2016-01-01", "UKRREB"),
    ("He paid 300 dlrs into his IRA this year.", "2015-01-01", "GBRREB"),
    ("The SLA shelled villages in southern Lebanon.", "1996-04-12", "SDNREB"),  # the South Lebanon Army
    ("The report was released as a PDF file.", "2022-01-01", "MMRREB"),
    ("Egyptian troops killed militants in North Sinai province.", "2016-01-01", "IMGISL"),
    ("Peace Brigades International sent observers.", "2016-01-01", "IRQMIL"),
    ("KIA posted higher sales in March.", "2015-04-01", "MMRREB"),
    ("SLM Corp raised its loan forecast.", "2010-01-01", "SDNREB"),  # Sallie Mae
    ("TDF agreed to sell its towers.", "2021-01-01", "ETHREB"),  # the French broadcasting company
]


@pytest.mark.parametrize("text,date,code", NOT_GROUPS)
def test_acronym_naming_something_else_is_not_the_group(text, date, code):
    assert code not in codes(text, date).values()
