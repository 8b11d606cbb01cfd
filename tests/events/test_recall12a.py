"""Session 12, events-recall12a (#3): AID and SANCTION recall. Money given as an amount ("gave 40
million euros"), goods supplied, flown in or airlifted, rescue teams deployed, military units sent
or arriving, aid and links suspended (verb and noun "a suspension of aid"). Sentences written for
these tests (none from a gold set)."""

from __future__ import annotations

import pytest

from event_checks import body_events, types_of


def _coded(pipeline, text):
    return [(e.plover.type, e.cameo.code, sorted(a.code for a in e.source), sorted(a.code for a in e.target))
            for e in body_events(pipeline, text)]


def _has(pipeline, text, plover, source, target):
    found = _coded(pipeline, text)
    assert any(t == plover and source in s and (target is None or target in g) for t, _, s, g in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,source,target", [
    ("Norway has given 40 million euros in humanitarian funding to Somalia.", "NOR", "SOM"),
    ("Japan provided 12 million dollars in emergency funding to Nepal.", "JPN", "NPL"),
    ("Sweden contributed 30 million kronor to Ethiopia.", "SWE", "ETH"),
    ("Canada has allocated 8 million dollars to Haiti.", "CAN", "HTI"),
    ("Denmark earmarked 15 million euros for Mali.", "DNK", "MLI"),
    ("Britain will give Kenya 10 million pounds.", "GBR", "KEN"),
    ("The Netherlands disbursed 6 million euros to Sudan.", "NLD", "SDN"),
    ("Japan extended a 200 million dollar loan to Indonesia.", "JPN", "IDN"),
    ("The IMF released a 1 billion dollar tranche to Pakistan.", "IGOIMF", "PAK"),
])
def test_an_amount_of_money_given_to_a_country_is_economic_aid(pipeline, text, source, target):
    # the lexicon's economic aid (CAMEO 071), not a guess of the event classifier (070)
    found = _coded(pipeline, text)
    assert ("AID", "071", [source], [target]) in found, found


@pytest.mark.model
def test_money_offered_is_an_offer_of_aid(pipeline):
    found = _coded(pipeline, "China offered 10 million dollars to Nepal.")
    assert ("AGREE", "033", ["CHN"], ["NPL"]) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Chinese government allocated 4 trillion yuan for economic stimulus.",
    "The Indian government earmarked 500 million rupees for road construction.",
])
def test_money_with_no_recipient_is_spending_not_aid(pipeline, text):
    found = _coded(pipeline, text)
    assert not any(t == "AID" for t, _, _, _ in found), found


@pytest.mark.model
def test_money_given_for_a_purpose_in_a_country_aids_that_country(pipeline):
    _has(pipeline, "France gave 80 million euros to promote farming and rural development in Niger.",
         "AID", "FRA", "NER")


@pytest.mark.model
def test_a_contribution_of_money_with_a_commitment_to_refugees(pipeline):
    _has(pipeline, "Italy has reinforced its commitment to Syrian refugees with a contribution of 20 million euros.",
         "AID", "ITA", None)


@pytest.mark.model
@pytest.mark.parametrize("text,source,target", [
    ("China has supplied military equipment to Serbia.", "CHN", "SRB"),
    ("Turkey has supplied 60% of the military equipment to Azerbaijan.", "TUR", "AZE"),
    ("The Red Cross flew 20 tons of medicine into Yemen.", "NGOICR", "YEM"),
    ("Germany airlifted medical supplies to Lebanon.", "DEU", "LBN"),
])
def test_goods_supplied_or_flown_in_are_aid(pipeline, text, source, target):
    found = _coded(pipeline, text)
    assert any(t == "AID" and source in "".join(s) and target in g for t, _, s, g in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Spain deployed three search-and-rescue teams to Turkey.",
    "Spain dispatched a medical team to Turkey.",
])
def test_rescue_teams_deployed_are_humanitarian_aid(pipeline, text):
    found = _coded(pipeline, text)
    assert ("AID", "073", ["ESP"], ["TUR"]) in found, found


@pytest.mark.model
def test_a_misparsed_agency_name_before_its_verb_is_the_subject(pipeline):
    # the tagger reads "USAID" as an adverb; it still acts
    found = _coded(pipeline, "USAID deployed two rescue teams to Nepal.")
    assert any(t == "AID" and s == ["USAGOV"] for t, _, s, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,source,target", [
    ("Ireland is sending an infantry platoon to Lebanon.", "IRL", "LBN"),
    ("Hundreds of French troops have arrived in Chad.", "FRA", "TCD"),
])
def test_military_units_sent_or_arriving_are_a_deployment(pipeline, text, source, target):
    found = _coded(pipeline, text)
    assert any(t == "MOBILIZE" and any(source in c for c in s) and target in g for t, _, s, g in found), found


@pytest.mark.model
def test_peacekeepers_arriving_for_a_mission_are_peacekeeping(pipeline):
    found = _coded(pipeline, "About 200 Indian peacekeepers arrived in South Sudan for the peacekeeping mission.")
    assert any(t == "AID" and code == "074" and "SSD" in g for t, code, _, g in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,source,target", [
    ("Washington announced a suspension of military assistance to Egypt.", "USAGOV", "EGY"),
    ("Britain announced the suspension of aid in Malawi.", "GBR", "MWI"),
    ("Morocco announced a suspension of air links with Spain.", "MAR", "ESP"),
    ("Germany suspended donations to Burundi.", "DEU", "BDI"),
])
def test_suspending_aid_or_links_is_a_sanction(pipeline, text, source, target):
    _has(pipeline, text, "SANCTION", source, target)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The company gave 40 million dollars to its shareholders.",
    "The firm supplied equipment to the market.",
    "Toshiba has supplied equipment to Britain.",  # a firm the actors stage does not know: no giver
    "Exxon flew 20 tons of equipment to the oil field.",
    "The ministry freed up 40 million euros for the budget.",
    "The bank extended a loan to the company.",
    "Investors provided 50 million dollars to the Chinese government.",  # a firm's money
    "Goldman Sachs extended a 2 billion dollar loan to Argentina.",  # an unnamed (unresolved) lender
    "The Nigerian government allocated 5 billion naira to the Nigerian army.",  # a state's own budget
    "Shell announced a suspension of trading in its shares.",
    "The airline announced the suspension of flights for maintenance.",
])
def test_business_money_and_goods_are_no_aid_or_sanction(pipeline, text):
    found = _coded(pipeline, text)
    assert not any(t in ("AID", "SANCTION") for t, _, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The tourists arrived in Spain on Tuesday.",  # no military unit
    "American soldiers arrived home on Friday.",  # no place arrived in
])
def test_arrivals_that_are_no_deployment(pipeline, text):
    found = _coded(pipeline, text)
    assert not any(t in ("MOBILIZE", "AID") for t, _, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,source,target", [
    ("Sweden reduced aid to Nicaragua because of its record on press freedom.", "SWE", "NIC"),
    ("Norway cut funding to Uganda due to debts owed by the ministry.", "NOR", "UGA"),
])
def test_a_reason_phrase_is_no_commercial_cue(pipeline, text, source, target):
    # "record" and "debt" are commercial words, but here they give the reason for the cut
    _has(pipeline, text, "SANCTION", source, target)


@pytest.mark.model
@pytest.mark.parametrize("text,source,target", [
    ("Armenia mobilized its reserves for an offensive against Azerbaijan.", "ARM", "AZE"),
    ("Pakistan mobilised troops for a war against India.", "PAK", "IND"),
])
def test_forces_raised_for_a_fight_against_an_enemy_are_aimed_at_it(pipeline, text, source, target):
    found = _coded(pipeline, text)
    assert any(t == "MOBILIZE" and source in s and target in g for t, _, s, g in found), found


@pytest.mark.model
def test_money_for_a_fight_against_a_group_goes_to_the_recipient_not_the_enemy(pipeline):
    found = _coded(pipeline, "Germany gave 5 million euros to Nigeria for the fight against Boko Haram.")
    aid = [g for t, _, _, g in found if t == "AID"]
    assert aid and all(g == ["NGA"] for g in aid), found


@pytest.mark.model
@pytest.mark.parametrize("text,target", [
    ("The EU and the UN hand over urgently needed medical supplies to the Malian Government.", "MLIGOV"),
    ("The AU and the UN hand over urgently needed food supplies to the Somali Government.", "SOMGOV"),
])
def test_a_headline_verb_tagged_as_a_noun_still_codes(pipeline, text, target):
    # the tagger reads "hand" as a noun, but the parser gives it a subject, a particle and an object
    found = _coded(pipeline, text)
    assert any(t == "AID" and "IGOUNO" in s and target in g for t, _, s, g in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The hand over of medical supplies to Nepal took place on Monday.",  # a noun: no subject of its own
    "The aid convoy reached the Somali border on Monday.",
])
def test_a_noun_without_a_verb_frame_is_no_verb(pipeline, text):
    found = _coded(pipeline, text)
    assert not any(t == "AID" and code.startswith("07") and s for t, code, s, _ in found), found


@pytest.mark.model
def test_a_country_before_an_infinitive_headline_is_left_as_parsed(pipeline):
    # the misparsed-subject reading is for finite verbs ("Sweden reduced aid"), not "X To <verb>"
    found = _coded(pipeline, "Portugal To Tighten Rules For Registering Loans")
    assert not any(s for _, _, s, _ in found), found
