"""actors-precision8 (issues #3/#4): senses the actors stage told apart wrongly in business news.
Sentences are written for these tests (no gold text)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


ARTICLE_DATE = "1987-04-01"  # of every article resolved here (tests/actors/conftest.py `resolve`)


def codes(mentions):
    return {m.text: m.actor.code for m in mentions}


# -- "Congress" inside a longer proper name --------------------------------------------------------
def test_congress_inside_a_conference_name_is_no_legislature(resolve):
    got = codes(resolve("Speaking at the World Coal Congress here, the chairman said prices would rise."))
    assert not any(c and c.endswith("LEG") for c in got.values()), got
    got = codes(resolve("The Trades Union Congress met in Brighton."))
    assert not any(c and c.endswith("LEG") for c in got.values()), got


def test_congress_of_a_people_is_no_legislature(resolve):
    got = codes(resolve("The National Congress of American Indians protested."))
    assert not any(c and c.endswith("LEG") for c in got.values()), got


def test_legislatures_named_with_congress_stay(resolve):
    got = codes(resolve("The National Congress of Brazil voted, and the U.S. Congress passed the bill."))
    assert got.get("National Congress") == "BRALEG", got
    assert got.get("U.S. Congress") == "USALEG", got
    got = codes(resolve("The Brazilian Congress rejected the plan."))
    assert got.get("Brazilian Congress") == "BRALEG", got


# -- "gang" as a work crew -------------------------------------------------------------------------
def test_work_gangs_are_workers(resolve):
    got = codes(resolve("He issued permits to harvesting gangs, cane growers and sugar unions."))
    assert got.get("harvesting gangs") == "LAB", got
    got = codes(resolve("Gangs of labourers repaired the road."))
    assert "CRM" not in got.values(), got


def test_criminal_gangs_stay_criminals(resolve):
    got = codes(resolve("Armed gangs attacked the village."))
    assert got.get("Armed gangs") == "CRM", got


# -- a firm's office ---------------------------------------------------------------------------------
def test_company_titles_make_a_business_person(resolve):
    got = codes(resolve("Oil chairman Marlow said prices would rise."))
    assert got.get("chairman Marlow") == "BUS", got
    got = codes(resolve("Prices are too high, said Ned Marlow, chairman of Fenwick Corp."))
    assert got.get("Ned Marlow") == "BUS", got
    got = codes(resolve("Steel company president Dunmore said output fell."))
    assert got.get("president Dunmore") == "BUS", got


def test_political_titles_stay(resolve):
    got = codes(resolve("President Vargas of Brazil met reporters."))
    assert got.get("President Vargas") == "BRAGOV", got
    got = codes(resolve("Communist Party chairman Vasquez met President Karlsson."))
    assert "BUS" not in got.values(), got
    got = codes(resolve("Broome County Executive Dana Pell today lifted the state of emergency."))
    assert "BUS" not in got.values(), got
    got = codes(resolve("Conference chairman Anan Surin of Thailand held consultations with producers."))
    assert "BUS" not in got.values(), got


# -- a firm's name tagged PERSON ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Brindle Corp said it filed a proposal. Under the plan, Brindle will support the pipeline.",
    "Under the plan, Brindle will support the pipeline. Brindle <BRD> said profits rose.",
    "Under the plan, Brindle will buy the mill. Shares of Brindle rose 2 dlrs.",
    "Under the plan, Mortimer will buy the mill, Mortimer's stock rose.",
])
def test_one_word_name_with_company_cues_is_a_firm(resolve, text):
    mentions = resolve(text)
    name = text.split("plan, ")[1].split()[0]
    lone = [m for m in mentions if m.text == name]
    assert lone and all(m.actor.type == "organization" and m.actor.code == "BUS" for m in lone), \
        [(m.text, m.actor) for m in mentions]


def test_one_word_name_without_company_cues_stays_a_person(resolve):
    mentions = resolve("Gallen said the board met. Gallen is a lawyer.")
    assert all(m.actor.type == "person" for m in mentions if m.text == "Gallen"), mentions
