"""Business and commodity senses of political words (issue #4, events/nonpolitical.py). Our own
sentences, with hand-made actors; each rule is paired with the political sense that must stay."""

from __future__ import annotations

import pytest

from dateline.events.actor_index import ActorIndex
from dateline.events.lexicon import Match, Pattern, load_lexicon
from dateline.events.nonpolitical import business_sense
from dateline.model import Actor

pytestmark = pytest.mark.model

COMPANIES = {
    "Acme Holdings Ltd": Actor("Acme Holdings Ltd", None, "BUS", None, "BUS", "organization"),
    "Canada": Actor("Canada", "Q16", "CAN", "CAN", None, "country"),
    "Kenya": Actor("Kenya", "Q114", "KEN", "KEN", None, "country"),
    "Erdogan": Actor("Recep Tayyip Erdogan", "Q39723", "TURGOV", "TUR", "GOV", "person"),
    "Putin": Actor("Vladimir Putin", "Q7747", "RUSGOV", "RUS", "GOV", "person"),
    "Turkey": Actor("Turkey", "Q43", "TUR", "TUR", None, "country"),
    "Russia": Actor("Russia", "Q159", "RUS", "RUS", None, "country"),
    "Morales": Actor("Morales", None, None, None, None, "person"),
}


def of_type(events, plover):
    return [e for e in events if e.plover.type == plover]


@pytest.fixture(scope="module")
def sense(nlp, hand_mentions):
    """sense(text, word) -> business_sense of the lexicon match at ``word`` (or of a bare
    classifier-style match on it when the lexicon has none), with the hand-made actors."""
    def _sense(text: str, word: str, names=None):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        found = load_lexicon().match(tok)
        match = found[0] if found else Match(tok, Pattern(lemma=tok.lemma_.lower(), pos="verb", cameo="060",
                                                          plover="COOPERATE"), None)
        return business_sense(match, ActorIndex(doc, hand_mentions(text, names)))
    return _sense


def test_meeting_a_need_is_no_meeting(run):
    events, _ = run("Turkey will import more gas to meet its needs this winter.")
    assert not of_type(events, "CONSULT")
    events, _ = run("Erdogan will meet Putin in Ankara next week.")
    assert of_type(events, "CONSULT")


def test_holding_a_share_is_no_cooperation(sense):
    assert sense("Turkey held 40 pct in the project and Russia 20 pct.", "held") == "a shareholding, not cooperation"
    assert sense("Turkey held talks with Russia.", "held") is None


def test_servicing_a_debt_is_no_aid_and_no_sanction(run):
    events, _ = run("Turkey has not paid any interest to Russia since February.")
    assert not of_type(events, "AID") and not of_type(events, "REJECT")
    events, _ = run("Turkey suspended interest payments to Russia on Monday.")
    assert not of_type(events, "SANCTION")


def test_tabling_a_bill_is_no_offer(run, sense):
    events, _ = run("Erdogan pledged to offer legislation to require a marketing loan for major crops.")
    assert not of_type(events, "AGREE")
    assert sense("Erdogan said he might offer the bill to parliament next week.", "offer") is not None
    events, _ = run("Erdogan offered Putin talks on Syria.")  # an offer to a party stays
    assert of_type(events, "AGREE")


def test_recognising_a_thing_is_no_recognition(sense):
    assert sense("Erdogan recognised the importance of reform, Putin said.", "recognised") is not None
    assert sense("Turkey recognised Russia last year.", "recognised") is None


def test_animals_are_no_victims(run):
    events, _ = run("Turkey and Russia slaughtered 5,000 pigs after the outbreak.")
    assert not of_type(events, "ASSAULT")


def test_an_attack_on_a_policy_is_criticism(run):
    events, _ = run("Erdogan attacked the plan of Putin in a speech on Monday.")
    assert not of_type(events, "ASSAULT")
    assert any(e.cameo.code == "111" for e in of_type(events, "ACCUSE"))
    events, _ = run("Erdogan attacked Putin in a speech on Monday.")  # no policy object: as before
    assert not of_type(events, "ACCUSE") or all(e.cameo.code != "111" or e.target for e in events)


def test_blaming_a_fall_on_causes_is_no_accusation(run):
    events, _ = run("Erdogan blames the falloff on declines in quality.")
    assert not of_type(events, "ACCUSE")
    events, _ = run("Erdogan blames the falloff on Putin.")  # an actor blamed stays
    assert of_type(events, "ACCUSE")


def test_market_participants_transactions_are_no_events(run):
    events, _ = run("Some buyers rejected the request of Turkey because they had sold the cargo.")
    assert not of_type(events, "REJECT")
    events, _ = run("Buyers urged Erdogan to cut the tax.")  # lobbying a government stays
    assert of_type(events, "REQUEST")


def test_traders_and_officials_together_stay(run, hand_actors):
    events, _ = run("Traders and officials of Turkey agreed with Russia on a new exchange.")
    assert of_type(events, "AGREE")


def test_negotiating_an_export_is_business(sense):
    assert sense("The group concluded negotiations to export pipes to Turkey and Russia.", "negotiations") is not None
    assert sense("Turkey concluded negotiations with Russia on Syria.", "negotiations") is None


def test_a_country_inside_a_company_name_is_no_actor(nlp, hand_mentions):
    text = "Acme Holdings Ltd completed the test under its agreement with Shell Canada Limited."
    index = ActorIndex(nlp(text), hand_mentions(text, COMPANIES))
    assert [m.actor.name for m in index.mentions] == ["Acme Holdings Ltd"]
    text = "Canada signed the agreement with Kenya."  # the country itself stays
    assert len(ActorIndex(nlp(text), hand_mentions(text, COMPANIES)).mentions) == 2


def test_a_name_compounding_a_gold_field_is_no_actor(run):
    events, _ = run("Acme Holdings Ltd agreed on a joint venture to re-examine the Morales gold field.", COMPANIES)
    assert not events


def test_a_state_campaign_is_no_protest(run):
    events, _ = run("Erdogan launched the anti-smoking campaign shortly after taking office.")
    assert not of_type(events, "PROTEST")


def test_agreeing_with_an_opinion_is_no_agreement(run, sense):
    assert sense("Erdogan agreed with Putin, who said that prices would fall.", "agreed") is not None
    assert sense("Erdogan agreed and said the plan was good.", "agreed") is not None
    events, _ = run("Erdogan agreed with Putin on a ceasefire.")
    assert of_type(events, "AGREE")


def test_agreeing_to_a_tax_pairs_no_one(run):
    events, _ = run("Turkey and Russia might agree to the tax if oils are excluded.")
    agree = of_type(events, "AGREE")
    assert agree and not agree[0].target
    events, _ = run("Turkey and Russia agreed to a ceasefire.")  # made between them: reciprocal
    agree = of_type(events, "AGREE")
    assert agree and agree[0].target


def test_speech_senses_are_no_acts(run):
    events, _ = run("There are some changes that will hurt us, Erdogan conceded.")
    assert not of_type(events, "CONCEDE")
    events, _ = run('"Can we afford to import so much oil?" asked Erdogan.')
    assert not of_type(events, "REQUEST")


def test_soliciting_comments_is_no_request(run):
    events, _ = run("Turkey asked for comments on the wheat program.")
    assert not of_type(events, "REQUEST")


def test_handing_over_information_or_relieving_a_market_is_no_aid(run):
    events, _ = run("Turkey said it was providing documentation to Russia in connection with the investigation.")
    assert not of_type(events, "AID")
    events, _ = run("Erdogan said the decision of Turkey will provide only moderate relief in an increasingly tight market.")
    assert not of_type(events, "AID")
    events, _ = run("Turkey will provide aid to Syria.")
    assert of_type(events, "AID")


def test_a_word_after_the_full_stop_is_no_object(sense):
    # a wire's signature parsed as the verb's object must not hide the opinion reading
    assert sense("Erdogan agreed with Putin, who said that prices would fall.  Reuter", "agreed") is not None


def test_meeting_in_order_to_coordinate_stays_reciprocal(run):
    events, _ = run("Erdogan and Putin met in Ankara yesterday to coordinate actions on the lira.")
    meet = of_type(events, "CONSULT")
    assert meet and meet[0].target


def test_talking_to_reporters_is_no_consultation(sense):
    assert sense("Erdogan, also talking to reporters at the end of the meeting, said Turkey was firm.", "talking") is not None
    assert sense("Erdogan talked to Putin on Monday.", "talked") is None


def test_economic_support_is_no_political_support(run):
    events, _ = run("Erdogan decided to earmark 7.5 billion lira to support the country's small farmers.")
    assert not of_type(events, "SUPPORT")
    events, _ = run("Turkey will continue to support Syria.")
    assert of_type(events, "SUPPORT")


def test_military_senses_stay(run):
    # "positions", a "sector" or a seized "ship" are no business or criticism cues
    events, _ = run("Turkey attacked an explosives factory and other positions inside Syria on Thursday.")
    assert of_type(events, "ASSAULT") and not of_type(events, "ACCUSE")
    events, _ = run("Erdogan on Thursday defended Russia's involvement in the energy sector.")
    assert of_type(events, "SUPPORT")


def test_the_classifier_adds_no_event_on_an_empty_verb(nlp):
    from dateline.events.classifier import _added_event, load_classifier

    class Sure:  # a model that always calls the sentence an event, to test the verb rule alone
        def predict(self, sent, trigger=None):
            pred = load_classifier().predict(sent, trigger)
            return type(pred)("05", 0.99, "SUPPORT", 0.99, {**pred.root_probs, "05": 0.99},
                              {**pred.plover_probs, "SUPPORT": 0.99})

    doc = nlp("The proposals of Erdogan were made along with the report last week.")
    assert _added_event(Sure(), next(doc.sents)) is None
    doc = nlp("Erdogan praised Putin last week.")
    assert _added_event(Sure(), next(doc.sents)) is not None


def test_demonstrating_a_thing_is_no_protest(sense):
    assert sense("The company demonstrated a new chip to customers in Tokyo.", "demonstrated")
    assert sense("The army demonstrated its resolve on Monday.", "demonstrated")
    assert sense("Students demonstrated outside the parliament on Monday.", "demonstrated") is None


def test_a_corporate_raid_is_no_police_raid(sense):
    assert sense("The chairman criticized the corporate raids of recent years.", "raids")
    assert sense("The police raids on opposition offices continued.", "raids") is None


def test_lending_weight_to_a_cause_is_no_aid(run):
    # session 11, lead: an abstract thing given ("weight", "credence") is backing, not aid
    events, _ = run("The report lent weight to a campaign by Turkey against the tax.")
    assert not of_type(events, "AID")
    events, _ = run("Russia lent 50 million dollars to Turkey on Monday.")  # a loan stays aid
    assert of_type(events, "AID")


def test_commitments_met_under_markup_are_no_meeting(run, events_1987):
    # session 11, lead: Reuters markup "<The Kenya Gas Light Co> of Nairobi and ..." gave the list to a
    # "met" read as a meeting (events/actor_index.py reads no list off markup)
    events = events_1987("This means that total contractual commitments of 2,455.5 bcf to <The Kenya Gas Light Co> of "
                    "Nairobi and the Pipeline Authority of Uganda can be met with spare gas available for sale in "
                    "Uganda, it said.")
    assert not of_type(events, "CONSULT")
    events, _ = run("Erdogan was met by Putin at the airport on Monday.")  # a person met stays
    assert of_type(events, "CONSULT")
