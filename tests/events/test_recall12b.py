"""Session 12, events-recall12b (#3): releases, returns, called-off strikes, withdrawals, refusals
and halted mediation that dateline coded no event for. Sentences written for these tests (none from
a gold set); each positive case failed before the change."""

from __future__ import annotations

import pytest

from event_checks import body_events, types_of


def _events(pipeline, text, plover):
    return [e for e in body_events(pipeline, text) if e.plover.type == plover]


def _codes(actors):
    return [a.code for a in actors]


# --- 084 release: a person by the parse, whatever the noun --------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, source", [
    ("Cuba's government has freed a former presidential hopeful who was arrested during the riots of 2019.", "CUBGOV"),
    ("Russia freed a jailed chess champion on Friday.", "RUS"),
    ("Iran released a detained aid coordinator on Tuesday.", "IRN"),
    ("Argentina freed a blogger who had been held for ten years.", "ARG"),
])
def test_freeing_a_person_read_from_the_parse_is_a_release(pipeline, text, source):
    found = _events(pipeline, text, "RETREAT")
    assert found and found[0].cameo.code == "084" and source in _codes(found[0].source), types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Bolivia let free dissidents in the face of the marchers.",
    "The rebels set the hostages free on Monday.",
])
def test_setting_people_free_is_a_release(pipeline, text):
    found = _events(pipeline, text, "RETREAT")
    assert found and found[0].cameo.code == "084" and found[0].source and found[0].target, \
        types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The central bank freed up funds for the army.",  # no person
    "Peru released a report which was written by the army.",  # "which": a thing
    "Chile set free elections for next May.",  # "free" modifies the elections, no one is freed
])
def test_freeing_things_is_no_release(pipeline, text):
    assert not _events(pipeline, text, "RETREAT"), types_of(body_events(pipeline, text))


# --- 084 return of property --------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Germany returned to Namibia 20 skulls taken in colonial times.", "NAM"),  # object after "to X"
    ("Australian police returned to Vietnam 15 turtles.", "VNM"),
    ("US officials returned a gold crown to Mexico.", "MEX"),  # the material, no trade
])
def test_returning_property_is_a_return(pipeline, text, target):
    found = _events(pipeline, text, "RETREAT")
    assert found and found[0].cameo.code == "084" and target in _codes(found[0].target), types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The minister returned to Iraq, his homeland, on Monday.",  # going back, no object
    "Egypt returned to Sudan two days later.",
    "The company returned 20 tonnes of gold to its Swiss bank.",  # a commodity, business news
])
def test_going_back_or_trading_is_no_return(pipeline, text):
    assert not _events(pipeline, text, "RETREAT"), types_of(body_events(pipeline, text))


# --- 082 ease dissent: strikes called off, by workers too -----------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, factuality", [
    ("Dock workers in Chile called off a strike after the government agreed to pay.", "asserted"),
    ("Nigerian oil workers will not end the strike before the pay talks resume.", "negated"),
])
def test_workers_ending_a_strike_ease_dissent(pipeline, text, factuality):
    found = _events(pipeline, text, "CONCEDE")
    assert found and found[0].plover.mode == "ease dissent" and found[0].factuality == factuality, \
        types_of(body_events(pipeline, text))


@pytest.mark.model
def test_workers_bargaining_stays_labour_relations(pipeline):
    text = "Nigerian oil workers accepted a new pay offer."
    assert not [e for e in body_events(pipeline, text) if e.plover.type in ("CONCEDE", "AGREE")], \
        types_of(body_events(pipeline, text))


# --- 087 withdraw: forces leaving a country -------------------------------------------------------

@pytest.mark.model
def test_troops_leaving_a_country_withdraw(pipeline):
    text = "British troops have begun leaving Iraq ahead of the planned drawdown."
    found = _events(pipeline, text, "RETREAT")
    assert found and found[0].cameo.code == "087" and _codes(found[0].source) == ["GBRMIL"] \
        and _codes(found[0].target) == ["IRQ"], types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The French foreign minister left Moscow on Tuesday.",  # a person travels
    "British troops left their barracks for a patrol.",  # no country left
])
def test_leaving_is_no_withdrawal_otherwise(pipeline, text):
    assert not _events(pipeline, text, "RETREAT"), types_of(body_events(pipeline, text))


# --- 120 reject: opposing measures, refusing an act aimed at someone -----------------------------

@pytest.mark.model
def test_opposing_a_resolution_is_a_rejection(pipeline):
    text = "Germany and Italy have opposed resolutions in the General Assembly on cluster munitions."
    found = _events(pipeline, text, "REJECT")
    assert found and {"DEU", "ITA"} <= set(_codes(found[0].source)), types_of(body_events(pipeline, text))


@pytest.mark.model
def test_opposing_a_war_stays_weak(pipeline):
    # a bare "oppose" still needs a named actor on each side
    assert not _events(pipeline, "Germany opposed the war.", "REJECT")


@pytest.mark.model
def test_a_refusal_is_aimed_at_whom_the_refused_act_concerns(pipeline):
    text = "The Polish Helsinki Committee said it will refuse to comply with the European Commission's guidelines."
    found = _events(pipeline, text, "REJECT")
    assert found and "IGOEUREXE" in _codes(found[0].target), types_of(body_events(pipeline, text))


@pytest.mark.model
def test_a_plural_speaker_naming_no_actor_is_the_pronoun(pipeline):
    # "they" is the farm groups, not the administration of the sentence before
    text = ("The administration has asked the senator to offer the bill. However, several farm groups have "
            "told the senator they oppose the proposal.")
    assert not _events(pipeline, text, "REJECT"), types_of(body_events(pipeline, text))


# --- 164 halt negotiations: mediation efforts ended ------------------------------------------------

@pytest.mark.model
def test_ending_mediation_efforts_halts_mediation(pipeline):
    text = "Spain's government ended mediation efforts with the farmers on Friday."
    found = _events(pipeline, text, "SANCTION")
    assert found and found[0].cameo.code == "164" and "ESPGOV" in _codes(found[0].source), \
        types_of(body_events(pipeline, text))


@pytest.mark.model
def test_an_aid_programme_is_no_attempt(pipeline):
    # the aid programme is the aid, not an attempt: "end" has no aid entry
    text = "Spain's government ended the aid programme on Friday."
    assert not _events(pipeline, text, "AID") and not _events(pipeline, text, "SANCTION")


@pytest.mark.model
def test_a_named_person_released_by_no_actor_is_no_event(pipeline):
    # the strong person reading is the parse's (a "who" clause, a detention participle); a named
    # person stays with the weak entry, which needs a named actor on each side
    assert not _events(pipeline, "The football club released John Smith on Monday.", "RETREAT")


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Russia handed back the remains of 20 soldiers to Ukraine.", "UKR"),
    ("Russia gave back three islands to Japan.", "JPN"),
])
def test_handing_or_giving_back_is_a_return(pipeline, text, target):
    found = _events(pipeline, text, "RETREAT")
    assert found and found[0].cameo.code == "084" and target in _codes(found[0].target), types_of(body_events(pipeline, text))


@pytest.mark.model
def test_pulling_out_of_a_country_targets_it(pipeline):
    # the "of" hangs on the particle "out", not on the verb
    text = "Canadian troops pulled out of Mali in 2019."
    found = _events(pipeline, text, "RETREAT")
    assert found and "MLI" in _codes(found[0].target), types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan's Nikkei gave back most of its gains on Tuesday.",  # a market's prices, no one returns anything
    "The company handed back 20 tonnes of gold to its Swiss bank.",  # a commodity, business news
])
def test_giving_back_gains_or_goods_is_no_return(pipeline, text):
    assert not _events(pipeline, text, "RETREAT"), types_of(body_events(pipeline, text))


@pytest.mark.model
def test_a_subject_hung_on_the_auxiliary_acts(pipeline):
    # "however" between subject and auxiliary makes the parser hang the subject on "has"
    text = "Germany however has opposed the plan in the United Nations."
    found = _events(pipeline, text, "REJECT")
    assert found and _codes(found[0].source) == ["DEU"], types_of(body_events(pipeline, text))


@pytest.mark.model
def test_withdrawing_a_batch_of_troops_from_a_country_targets_it(pipeline):
    # the "from" phrase hangs on the counted noun, not on "batch"
    text = "Ghana's army withdrew a batch of 150 peacekeepers from Lebanon last month."
    found = _events(pipeline, text, "RETREAT")
    assert found and _codes(found[0].target) == ["LBN"], types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    # a time between the "to" phrase and the counted object: the parser makes it an adverbial noun
    ("Thai police returned to Vietnam last Monday 15 turtles from a protected species.", "THACOP", "VNM"),
    ("Mexico returned to Guatemala last Friday 12 monkeys.", "MEX", "GTM"),
    # a passive whose subject is the thing returned: no going back to a post
    ("A silver crown, the property of a Greek museum, was returned by French police to Greek authorities in May.",
     "FRACOP", "GRCGOV"),
    # the tagger calls the object an adjective; the determiner makes it a noun
    ("Spain returned a bronze pendant to Greek authorities.", "ESP", "GRCGOV"),
])
def test_returns_the_parse_hid(pipeline, text, source, target):
    found = _events(pipeline, text, "RETREAT")
    assert found and found[0].cameo.code == "084" and _codes(found[0].source) == [source] \
        and _codes(found[0].target) == [target], types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The minister was returned to his post by the president.",  # a person goes back to a post
    "The Iranian delegation returned to Tehran last Friday 20 minutes late.",  # a time, no object
])
def test_going_back_with_a_time_or_a_post_is_no_return(pipeline, text):
    assert not _events(pipeline, text, "RETREAT"), types_of(body_events(pipeline, text))


@pytest.mark.model
def test_let_free_with_free_tagged_a_verb_is_one_release(pipeline):
    # "free" tagged a verb with its own subject: the act is read on "let", and "free" is no second event
    text = ("Egypt finally let free the 27-year old Egyptian-Canadian Ahmed Saleh, who had been held in a "
            "military prison for two years.")
    events = body_events(pipeline, text)
    found = _events(pipeline, text, "RETREAT")
    assert found and _codes(found[0].source) == ["EGY"] and len(events) == 1, types_of(events)


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("The Kenyan government welcomed the release of the kidnapped aid workers by the Somali rebels.", "NGO"),
    ("Italy's president has announced the release of an Italian aid worker held hostage in Mali.", "ITANGO"),
])
def test_the_release_of_a_person_is_a_release(pipeline, text, target):
    found = [e for e in body_events(pipeline, text) if e.cameo.code == "084"]
    assert found and target in _codes(found[0].target), types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The company announced the release of its annual report.",
    "The ministry ordered the release of funds for the army.",
])
def test_the_release_of_a_thing_is_no_release(pipeline, text):
    # (nor one whose releaser is not read: "Turkey called for the release of all the hostages")
    assert not [e for e in body_events(pipeline, text) if e.cameo.code == "084"], types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text, source", [
    ("Jordan eased curfew hours in Amman on Monday.", "JOR"),
    ("Egypt lifted the emergency law on Monday.", "EGY"),
])
def test_easing_the_rules_of_a_measure_is_easing_it(pipeline, text, source):
    found = _events(pipeline, text, "CONCEDE")
    assert found and found[0].cameo.code == "081" and _codes(found[0].source) == [source], \
        types_of(body_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan eased lending rules for banks.",  # the rules of no restriction the lexicon lists
])
def test_easing_other_rules_is_no_concession(pipeline, text):
    assert not _events(pipeline, text, "CONCEDE"), types_of(body_events(pipeline, text))
