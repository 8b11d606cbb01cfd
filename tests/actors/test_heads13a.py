"""session 13, kb-heads13a (#3): heads of state and government 2000-2026 of Uganda, Burundi, Zimbabwe, Tunisia,
Morocco, Rwanda and Tanzania. Each person resolves to the country's government (or the role's code) on a date inside
each of his roles, and to the country's elite code after his last role; a sentence per country names its head in
the way news does. Facts and sources: SOURCES.md "v13, session 13 (kb-heads13a)"."""

from __future__ import annotations

import pytest

import dateline
from dateline.actors import load_knowledge_base

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


# (name, a date inside a role or after the last one, the code then)
DATED = [
    ("Paul Kagame", "1997-05-21", "RWAGOV"),
    ("Yoweri Museveni", "2006-07-01", "UGAGOV"),
    ("Apolo Nsibambi", "2005-04-29", "UGAGOV"),
    ("Apolo Nsibambi", "2011-12-10", "UGAELI"),
    ("Amama Mbabazi", "2013-01-19", "UGAGOV"),
    ("Amama Mbabazi", "2015-04-06", "UGAELI"),
    ("Ruhakana Rugunda", "2018-02-03", "UGAGOV"),
    ("Ruhakana Rugunda", "2022-01-07", "UGAELI"),
    ("Robinah Nabbanja", "2024-03-11", "UGAGOV"),
    ("Pierre Buyoya", "1990-08-06", "BDIGOV"),
    ("Pierre Buyoya", "1999-12-12", "BDIGOV"),
    ("Pierre Buyoya", "2003-11-16", "BDIELI"),
    ("Domitien Ndayizeye", "2003-09-29", "BDIGOV"),
    ("Domitien Ndayizeye", "2006-03-14", "BDIELI"),
    ("Pierre Nkurunziza", "2013-01-16", "BDIGOV"),
    ("Pierre Nkurunziza", "2020-12-25", "BDIELI"),
    ("Evariste Ndayishimiye", "2023-09-09", "BDIGOV"),
    ("Alain-Guillaume Bunyoni", "2021-07-31", "BDIGOV"),
    ("Alain-Guillaume Bunyoni", "2023-03-26", "BDIELI"),
    ("Gervais Ndirakobuca", "2024-02-20", "BDIGOV"),
    ("Gervais Ndirakobuca", "2026-04-03", "BDILEG"),
    ("Nestor Ntahontuye", "2025-12-05", "BDIGOV"),
    ("Robert Mugabe", "1999-02-03", "ZWEGOV"),
    ("Robert Mugabe", "2018-06-09", "ZWEELI"),
    ("Emmerson Mnangagwa", "2011-05-29", "ZWEMIL"),
    ("Emmerson Mnangagwa", "2015-10-09", "ZWEGOV"),
    ("Emmerson Mnangagwa", "2022-05-29", "ZWEGOV"),
    ("Morgan Tsvangirai", "2011-05-18", "ZWEGOV"),
    ("Morgan Tsvangirai", "2014-03-10", "ZWEELI"),
    ("Zine El Abidine Ben Ali", "1999-05-24", "TUNGOV"),
    ("Zine El Abidine Ben Ali", "2011-08-02", "TUNELI"),
    ("Mohamed Ghannouchi", "2005-07-08", "TUNGOV"),
    ("Mohamed Ghannouchi", "2011-09-15", "TUNELI"),
    ("Fouad Mebazaa", "2011-06-30", "TUNGOV"),
    ("Fouad Mebazaa", "2012-06-30", "TUNELI"),
    ("Beji Caid Essebsi", "2011-07-27", "TUNGOV"),
    ("Beji Caid Essebsi", "2017-04-12", "TUNGOV"),
    ("Beji Caid Essebsi", "2020-02-10", "TUNELI"),
    ("Moncef Marzouki", "2013-06-22", "TUNGOV"),
    ("Moncef Marzouki", "2015-07-19", "TUNELI"),
    ("Mohamed Ennaceur", "2019-09-08", "TUNGOV"),
    ("Mohamed Ennaceur", "2020-05-10", "TUNELI"),
    ("Kais Saied", "2023-05-13", "TUNGOV"),
    ("Hamadi Jebali", "2012-08-03", "TUNGOV"),
    ("Hamadi Jebali", "2013-09-30", "TUNELI"),
    ("Ali Laarayedh", "2013-01-10", "TUNGOV"),
    ("Ali Laarayedh", "2014-08-17", "TUNELI"),
    ("Mehdi Jomaa", "2014-02-23", "TUNGOV"),
    ("Mehdi Jomaa", "2015-08-25", "TUNELI"),
    ("Habib Essid", "2015-11-17", "TUNGOV"),
    ("Habib Essid", "2017-03-15", "TUNELI"),
    ("Youssef Chahed", "2018-05-28", "TUNGOV"),
    ("Youssef Chahed", "2020-09-14", "TUNELI"),
    ("Elyes Fakhfakh", "2020-05-31", "TUNGOV"),
    ("Elyes Fakhfakh", "2021-03-21", "TUNELI"),
    ("Hichem Mechichi", "2020-11-10", "TUNGOV"),
    ("Hichem Mechichi", "2022-02-10", "TUNELI"),
    ("Najla Bouden", "2022-09-05", "TUNGOV"),
    ("Najla Bouden", "2024-02-17", "TUNELI"),
    ("Ahmed Hachani", "2024-02-03", "TUNGOV"),
    ("Ahmed Hachani", "2025-02-23", "TUNELI"),
    ("Kamel Madouri", "2024-10-21", "TUNGOV"),
    ("Kamel Madouri", "2025-10-06", "TUNELI"),
    ("Sarra Zaafrani Zenzri", "2024-05-06", "TUNGOV"),
    ("King Mohammed VI", "2013-03-27", "MARGOV"),
    ("Abderrahmane Youssoufi", "2000-06-07", "MARGOV"),
    ("Abderrahmane Youssoufi", "2003-04-27", "MARELI"),
    ("Driss Jettou", "2004-09-18", "MARGOV"),
    ("Driss Jettou", "2008-04-06", "MARELI"),
    ("Abbas El Fassi", "2009-10-24", "MARGOV"),
    ("Abbas El Fassi", "2012-06-16", "MARELI"),
    ("Abdelilah Benkirane", "2014-07-22", "MARGOV"),
    ("Abdelilah Benkirane", "2017-10-01", "MARELI"),
    ("Saadeddine El Othmani", "2012-11-21", "MARGOV"),
    ("Saadeddine El Othmani", "2019-06-27", "MARGOV"),
    ("Saadeddine El Othmani", "2022-04-25", "MARELI"),
    ("Aziz Akhannouch", "2017-05-08", "MARGOV"),
    ("Pasteur Bizimungu", "1997-05-21", "RWAGOV"),
    ("Pasteur Bizimungu", "2000-10-09", "RWAELI"),
    ("Pierre-Célestin Rwigema", "1997-11-29", "RWAGOV"),
    ("Pierre-Célestin Rwigema", "2000-09-15", "RWAELI"),
    ("Bernard Makuza", "2005-12-22", "RWAGOV"),
    ("Bernard Makuza", "2012-04-24", "RWAELI"),
    ("Pierre Damien Habumuremyi", "2013-02-28", "RWAGOV"),
    ("Pierre Damien Habumuremyi", "2015-02-08", "RWAELI"),
    ("Anastase Murekezi", "2016-02-10", "RWAGOV"),
    ("Anastase Murekezi", "2018-03-18", "RWAELI"),
    ("Edouard Ngirente", "2021-08-11", "RWAGOV"),
    ("Edouard Ngirente", "2026-02-08", "RWAELI"),
    ("Justin Nsengiyumva", "2026-03-28", "RWAGOV"),
    ("Benjamin Mkapa", "1987-01-01", "TZAGOV"),
    ("Benjamin Mkapa", "2000-12-06", "TZAGOV"),
    ("Benjamin Mkapa", "2006-07-09", "TZAELI"),
    ("Jakaya Kikwete", "2002-12-03", "TZAGOV"),
    ("Jakaya Kikwete", "2016-05-23", "TZAELI"),
    ("John Magufuli", "2018-07-11", "TZAGOV"),
    ("John Magufuli", "2021-10-03", "TZAELI"),
    ("Samia Suluhu Hassan", "2021-05-19", "TZAGOV"),
    ("Frederick Sumaye", "2000-12-13", "TZAGOV"),
    ("Frederick Sumaye", "2006-07-18", "TZAELI"),
    ("Edward Lowassa", "2007-01-18", "TZAGOV"),
    ("Edward Lowassa", "2008-08-25", "TZAELI"),
    ("Mizengo Pinda", "2011-12-22", "TZAGOV"),
    ("Mizengo Pinda", "2016-05-23", "TZAELI"),
    ("Kassim Majaliwa", "2020-11-15", "TZAGOV"),
    ("Kassim Majaliwa", "2026-06-01", "TZAELI"),
    ("Mwigulu Nchemba", "2026-05-23", "TZAGOV"),
    # usual short forms
    ("Museveni", "2016-01-01", "UGAGOV"),
    ("Nkurunziza", "2015-05-13", "BDIGOV"),
    ("Mugabe", "2008-06-27", "ZWEGOV"),
    ("Mnangagwa", "2017-11-10", "ZWEELI"),  # dismissed 2017-11-06, president from 2017-11-24
    ("Ben Ali", "2011-01-10", "TUNGOV"),
    ("Essebsi", "2013-01-01", "TUNELI"),  # between his premiership and his presidency
    ("Kaïs Saïed", "2021-07-25", "TUNGOV"),
    ("Saied", "2024-10-07", "TUNGOV"),
    ("Benkirane", "2012-01-01", "MARGOV"),
    ("Mohammed VI", "2005-01-01", "MARGOV"),
    ("Akhannouch", "2023-01-01", "MARGOV"),
    ("Magufuli", "2020-04-01", "TZAGOV"),
    ("Samia Suluhu", "2022-01-01", "TZAGOV"),
    ("Kikwete", "2007-01-01", "TZAGOV"),
]


@pytest.mark.parametrize("name,date,code", DATED)
def test_dated_role(kb, name, date, code):
    assert kb.actor(name, date).code == code


def head_code(text: str, date: str, name: str) -> str | None:
    found = [m.actor.code for m in dateline.extract(text, date).actors if name in m.text]
    assert found, [(m.text, m.actor.code) for m in dateline.extract(text, date).actors]
    return found[0]


# (sentence, date, the name, the code): one per country, the head named with his title.
SENTENCES = [
    ("President Yoweri Museveni met the Kenyan president on Monday.", "2019-03-04", "Museveni", "UGAGOV"),
    ("President Pierre Nkurunziza accused Rwanda of backing rebels on Monday.", "2016-03-07", "Nkurunziza", "BDIGOV"),
    ("President Robert Mugabe criticised Britain on Monday.", "2005-05-02", "Mugabe", "ZWEGOV"),
    ("President Kais Saied met the Algerian foreign minister on Wednesday.", "2022-03-30", "Saied", "TUNGOV"),
    ("King Mohammed VI received the French president on Monday.", "2019-11-04", "Mohammed VI", "MARGOV"),
    ("Prime Minister Edouard Ngirente met Belgian investors on Monday.", "2019-11-04", "Ngirente", "RWAGOV"),
    ("President John Magufuli banned opposition rallies on Monday.", "2017-06-05", "Magufuli", "TZAGOV"),
]


@pytest.mark.parametrize("text,date,name,code", SENTENCES)
def test_head_named_in_a_sentence(text, date, name, code):
    assert head_code(text, date, name) == code
