"""actors-recall12 (issue #3): whose a government is when a person's name owns it, "former" titles of
people not in the KB, and the U.S. presidents' family names the article date tells apart."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.model


def by_text(mentions, text):
    found = [m.actor for m in mentions if m.text == text]
    assert found, [(m.text, m.actor.code) for m in mentions]
    return found[0]


@pytest.mark.parametrize("text, noun", [
    # The only country named is the target: the owner's state is not the document's focus.
    ("The Mbekwa administration imposed sanctions on Iran.", "Mbekwa administration"),
    ("The Kagamba government arrested protesters from Belgium.", "government"),
])
def test_a_government_owned_by_an_unknown_name_takes_no_focus_country(resolve, text, noun):
    actor = by_text(resolve(text, "2018-01-01"), noun)
    assert (actor.country, actor.sector, actor.code) == (None, "GOV", "GOV")


def test_a_government_owned_by_a_known_person_is_that_persons_state(resolve):
    assert by_text(resolve("The Obama administration imposed sanctions on Iran.", "2018-01-01"),
                   "administration").code == "USAGOV"


def test_an_unowned_government_still_takes_the_focus_country(resolve):
    assert by_text(resolve("The government arrested journalists in Kenya.", "2018-01-01"), "government").code == "KENGOV"


@pytest.mark.parametrize("text, name, code", [
    ("Former Foreign Minister John Mbekwa visited Kenya.", "Former Foreign Minister John Mbekwa", "KENELI"),
    ("Former Kenyan President Daniel Moiyo met the Ugandan president.", "Former Kenyan President Daniel Moiyo", "KENELI"),
    ("Foreign Minister John Mbekwa visited Kenya.", "Foreign Minister John Mbekwa", "KENGOV"),
])
def test_a_former_title_gives_the_elite_code(resolve, text, name, code):
    assert by_text(resolve(text, "2018-01-01"), name).code == code


@pytest.mark.parametrize("name, date, code, who", [
    ("Bush", "1987-04-10", "USAGOV", "George H. W. Bush"),   # vice president
    ("George Bush", "1990-06-01", "USAGOV", "George H. W. Bush"),
    ("Bush", "2005-01-01", "USAGOV", "George W. Bush"),
    ("Bush", "2012-01-01", "USAELI", "George W. Bush"),      # the one who left office last
    ("Reagan", "1987-04-10", "USAGOV", "Ronald Reagan"),
    ("Reagan", "1990-06-01", "USAELI", "Ronald Reagan"),
    ("Clinton", "1998-01-01", "USAGOV", "Bill Clinton"),
    ("Clinton", "2010-06-01", "USAGOV", "Hillary Clinton"),  # secretary of state
    ("Clinton", "2016-06-01", "USAELI", "Hillary Clinton"),
])
def test_us_presidents_family_names_by_date(kb, name, date, code, who):
    actor = kb.actor(name, date)
    assert (actor.code, actor.name) == (code, who)


def test_the_president_of_1987_is_not_his_trading_partners(resolve):
    actor = by_text(resolve("President Reagan imposed tariffs on Japanese electronics.", "1987-04-10"), "President Reagan")
    assert actor.code == "USAGOV"


def test_a_named_owner_takes_a_focus_country_named_in_another_sentence(resolve):
    text = "The Mbekwa government freed 40 prisoners on Monday. Kenyan officials said more would follow."
    assert by_text(resolve(text, "2018-01-01"), "Mbekwa government").code == "KENGOV"


def test_a_named_owner_takes_the_datelines_country(resolve):
    text = "The Mbekwa government freed 40 prisoners, officials said."
    assert by_text(resolve(text, "2018-01-01", "NAIROBI"), "Mbekwa government").code == "KENGOV"
