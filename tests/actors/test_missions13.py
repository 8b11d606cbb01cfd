"""session 13, kb-missions13 (#3): peacekeeping and international missions named as actors in news
("UNIFIL said", "MONUSCO troops", "KFOR"). Each mission named in a sentence of our own resolves to its parent
organisation's code on the date of the sentence (there is no peacekeeping sector); renamed missions change entry
on the renaming day, ended ones stop resolving; acronyms with other common meanings are not aliases. Facts and
sources: SOURCES.md "v13, session 13 (kb-missions13)"."""

from __future__ import annotations

import pytest

import dateline

pytestmark = pytest.mark.model


def codes(text: str, date: str) -> dict[str, str | None]:
    return {m.text: m.actor.code for m in dateline.extract(text, date).actors}


# (sentence, date, the mention as found, its code)
NAMED = [
    ("UNIFIL said Israeli troops fired near its positions in south Lebanon.", "2024-10-11", "UNIFIL", "IGOUNO"),
    ("UNDOF reported Israeli forces in the buffer zone.", "2024-12-10", "UNDOF", "IGOUNO"),
    ("UNFICYP urged both sides to show restraint in the buffer zone.", "2023-08-20", "UNFICYP", "IGOUNO"),
    ("UNMIK handed over powers to the Kosovo government.", "2008-06-15", "UNMIK", "IGOUNO"),
    ("MONUC troops fought rebels near Goma.", "2008-11-01", "MONUC", "IGOUNO"),
    ("MONUSCO troops fought M23 rebels near Goma.", "2012-11-20", "MONUSCO", "IGOUNO"),
    ("UNMIS monitored the referendum in the south.", "2011-01-10", "UNMIS", "IGOUNO"),
    ("UNMISS opened its bases to fleeing civilians.", "2013-12-20", "UNMISS", "IGOUNO"),
    ("UNISFA deployed Ethiopian troops to Abyei.", "2011-07-15", "UNISFA", "IGOUNO"),
    ("UNAMID condemned the attack on its convoy in Darfur.", "2012-10-03", "UNAMID", "IGOUNO"),
    ("MINUSMA condemned the attack on its camp in Kidal.", "2016-06-01", "MINUSMA", "IGOUNO"),
    ("MINUSCA troops clashed with anti-balaka fighters.", "2017-05-10", "MINUSCA", "IGOUNO"),
    ("MINUSTAH troops patrolled Cite Soleil.", "2007-02-10", "MINUSTAH", "IGOUNO"),
    ("MINUJUSTH trained Haitian police officers.", "2018-05-01", "MINUJUSTH", "IGOUNO"),
    ("BINUH urged Haitian leaders to agree on a transition.", "2021-07-10", "BINUH", "IGOUNO"),
    ("UNMIL handed over security to the Liberian government.", "2016-07-01", "UNMIL", "IGOUNO"),
    ("UNOCI protected the Golf Hotel in Abidjan.", "2011-01-10", "UNOCI", "IGOUNO"),
    ("UNAMSIL disarmed rebel fighters in Sierra Leone.", "2001-06-01", "UNAMSIL", "IGOUNO"),
    ("UNMEE accused Eritrea of restricting its patrols.", "2006-03-01", "UNMEE", "IGOUNO"),
    ("UNAMA said civilian casualties rose last year.", "2018-02-15", "UNAMA", "IGOUNO"),
    ("UNAMI urged Iraqi parties to form a government.", "2022-06-01", "UNAMI", "IGOUNO"),
    ("UNSMIL called for a ceasefire in Tripoli.", "2019-04-10", "UNSMIL", "IGOUNO"),
    ("UNSOM condemned the bombing in Mogadishu.", "2017-10-15", "UNSOM", "IGOUNO"),
    ("UNMIT police arrested rebel leaders in Dili.", "2008-03-01", "UNMIT", "IGOUNO"),
    ("UNMISET handed over policing to Timor-Leste.", "2004-05-20", "UNMISET", "IGOUNO"),
    ("UNTSO observers monitored the ceasefire lines.", "2015-05-01", "UNTSO", "IGOUNO"),
    ("UNMOGIP received complaints from Pakistan about firing along the Line of Control.", "2016-10-01", "UNMOGIP", "IGOUNO"),
    ("MINURSO monitored the ceasefire in Western Sahara.", "2018-04-01", "MINURSO", "IGOUNO"),
    ("UNRWA warned it would cut services in Gaza.", "2018-01-20", "UNRWA", "IGOUNOREF"),
    ("KFOR troops removed barricades in northern Kosovo.", "2011-07-28", "KFOR", "IGONAT"),
    ("ISAF said two soldiers were killed in Helmand.", "2010-06-01", "ISAF", "IGONAT"),
    ("The Resolute Support mission said an American soldier was killed.", "2019-07-29", "Resolute Support", "IGONAT"),
    ("AMISOM troops captured the port of Kismayo.", "2012-10-02", "AMISOM", "IGOAFU"),
    ("ATMIS handed over bases to Somali forces.", "2023-06-20", "ATMIS", "IGOAFU"),
    ("AUSSOM troops repelled an al-Shabaab attack.", "2025-03-10", "AUSSOM", "IGOAFU"),
    ("ECOMOG troops fought rebels in Freetown.", "1999-01-10", "ECOMOG troops", "IGOWAF"),
    ("ECOMIG troops guarded the president's residence in Banjul.", "2017-02-01", "ECOMIG", "IGOWAF"),
    ("EUFOR troops patrolled Sarajevo.", "2006-03-01", "EUFOR", "IGOEUR"),
    ("EULEX arrested a former commander in Pristina.", "2010-05-01", "EULEX", "IGOEUR"),
    ("Operation Atalanta freed a hijacked ship off Somalia.", "2012-05-15", "Operation Atalanta", "IGOEUR"),
    ("Operation Aspides escorted a tanker in the Red Sea.", "2024-08-25", "Operation Aspides", "IGOEUR"),
    ("The Multinational Force and Observers withdrew from a camp in Sinai.", "2016-04-20", "Multinational Force and Observers", "IGOMFO"),
    ("The Kenya-led Multinational Security Support mission arrived in Port-au-Prince.", "2024-06-26", "Kenya-led Multinational Security Support mission", "KENCOP"),
]


@pytest.mark.parametrize("text,date,mention,code", NAMED)
def test_mission_named_in_a_sentence(text, date, mention, code):
    got = codes(text, date)
    assert got.get(mention) == code, got


# (name, date, the entry's id then, or None): renamings and ends.
DATED = [
    ("MONUC", "2010-06-30", "monuc"),
    ("MONUC", "2010-07-01", None),  # renamed MONUSCO from 2010-07-01
    ("MONUSCO", "2010-06-30", None),
    ("MONUSCO", "2010-07-01", "monusco"),
    ("UNMIS", "2011-07-08", "unmis"),
    ("UNMISS", "2011-07-09", "unmiss"),  # South Sudan's independence day
    ("MINUSTAH", "2017-10-15", "minustah"),
    ("MINUSTAH", "2017-10-16", None),
    ("MINUJUSTH", "2018-01-01", "minujusth"),
    ("MINUJUSTH", "2019-10-16", None),
    ("BINUH", "2019-10-16", "binuh"),
    ("AMISOM", "2022-03-31", "amisom"),
    ("AMISOM", "2022-04-01", None),  # ATMIS from 2022-04-01
    ("ATMIS", "2022-04-01", "atmis"),
    ("ATMIS", "2025-01-01", None),  # AUSSOM from 2025-01-01
    ("AUSSOM", "2025-01-01", "aussom"),
    ("UNSOM", "2024-10-31", "unsom"),
    ("UNTMIS", "2024-11-01", "untmis"),
    ("ISAF", "2014-12-31", "isaf"),
    ("ISAF", "2015-01-01", None),
    ("Resolute Support", "2015-01-01", "resolute-support"),
    ("UNAMID", "2020-12-31", "unamid"),
    ("UNAMID", "2021-01-01", None),
    ("MINUSMA", "2023-12-31", "minusma"),
    ("MINUSMA", "2024-01-01", None),
    ("UNAMI", "2025-12-31", "unami"),
    ("UNAMI", "2026-01-01", None),
    ("UNMIL", "2018-03-30", "unmil"),
    ("UNOCI", "2017-06-30", "unoci"),
    ("UNOCI", "2017-07-01", None),
]


@pytest.mark.parametrize("name,date,kb_id", DATED)
def test_renamed_and_ended_missions(kb, name, date, kb_id):
    actor = kb.actor(name, date)
    assert (actor.kb_id if actor is not None else None) == kb_id


def test_amisom_is_no_longer_an_alias_of_the_african_union(kb):
    assert kb.actor("AMISOM", "2015-01-01").kb_id == "amisom"
    assert kb.actor("AMISOM", "2015-01-01").code == kb.actor("African Union", "2015-01-01").code == "IGOAFU"


# Acronyms and short names that name other things in news stay unresolved (or keep their other sense).
NOT_MISSIONS = [
    ("The MFO said the new fund raised $200 million.", "2018-01-01", "MFO"),
    ("China's MSS accused a foreign spy of stealing secrets.", "2023-06-01", "MSS"),
    ("Atalanta beat Juventus 2-1 in Bergamo.", "2020-05-01", "Atalanta"),
    ("RSM said its audit of the accounts was complete.", "2019-01-01", "RSM"),
    ("Aspides plants bloomed early this year.", "2024-05-01", "Aspides"),
    ("Althea said the deal would close next month.", "2021-01-01", "Althea"),
]


@pytest.mark.parametrize("text,date,name", NOT_MISSIONS)
def test_risky_acronyms_are_not_missions(text, date, name):
    got = codes(text, date)
    assert got.get(name) in (None, "CHN", "CHNSPY"), got
    assert not any(code and code.startswith(("IGO", "KEN")) for code in got.values()), got


def test_capital_acronyms_match_in_capitals_only():
    assert "isaf" not in codes("The isaf said it would look into it.", "2010-01-01")
    assert codes("KFOR said it had reinforced its patrols.", "2023-05-30")["KFOR"] == "IGONAT"
