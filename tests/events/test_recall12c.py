"""Session 12, events-recall12c (#3): recall of ASSAULT, COERCE, ACCUSE and demands in common
constructions: hitting a military site, a weapon as the subject of a killing, forcing a party to
act or out of a place, a death caused by torture, legal action, pressing people at a commercial
site. Sentences written for these tests (none from a gold set)."""

from __future__ import annotations

import pytest

from event_checks import body_events, types_of

pytestmark = pytest.mark.model


def _of_type(events, plover: str):
    return [e for e in events if e.plover.type == plover]


def _codes(actors) -> list[str | None]:
    return [a.code for a in actors]


# --- hitting or striking a military site --------------------------------------------------------

def test_hitting_army_positions_is_an_attack_on_the_country_they_are_in(pipeline):
    events = body_events(pipeline, "Rebel fighters hit army positions in Iraq's Anbar province with mortars.")
    found = _of_type(events, "ASSAULT")
    assert found, types_of(events)
    assert _codes(found[0].source) == ["REB"] and _codes(found[0].target) == ["IRQ"], types_of(events)


def test_striking_an_air_base_is_an_attack(pipeline):
    events = body_events(pipeline, "Warplanes struck an air base in Libya.")
    found = _of_type(events, "ASSAULT")
    assert found and found[0].trigger.text == "struck an air base", types_of(events)
    assert "LBY" in _codes(found[0].target)


@pytest.mark.parametrize("text", [
    "Heavy snow hit the naval base in Norway.",  # weather, no armed agent
    "Budget cuts will hit army bases in Germany.",  # figurative
    "Floods hit the town of Kandahar.",
    "The company hit its sales target.",
])
def test_a_site_hit_by_no_armed_agent_is_no_attack(pipeline, text):
    assert not _of_type(body_events(pipeline, text), "ASSAULT")


# --- a weapon as the subject, its user unnamed --------------------------------------------------

@pytest.mark.parametrize("text", [
    "A car bomb in Mogadishu killed a shopkeeper on Monday.",
    "The shopkeeper was killed by a car bomb in Baghdad.",
])
def test_a_killing_by_a_weapon_is_kept_with_no_actor(pipeline, text):
    found = [e for e in body_events(pipeline, text) if e.plover.type == "ASSAULT" and "killed" in e.trigger.text]
    assert found and not found[0].source
    assert any("weapon" in n for n in found[0].notes), found[0].notes


def test_a_bomb_that_went_off_is_not_a_second_attack(pipeline):
    # "when a car bomb detonated" says how the killing happened: the bomb is its own noun event
    events = body_events(pipeline, "At least nine people were killed when a car bomb detonated in a market in Kismayo.")
    assert not [e for e in events if e.trigger.text == "detonated"], types_of(events)


@pytest.mark.parametrize("text", [
    "An explosion at a chemical plant in Texas killed two workers.",  # an accident
    "A fire killed six people in the market.",
])
def test_an_accident_stays_no_attack(pipeline, text):
    assert not _of_type(body_events(pipeline, text), "ASSAULT")


# --- forcing --------------------------------------------------------------------------------------

def test_forcing_people_out_of_a_place_is_expelling_them(pipeline):
    events = body_events(pipeline, "Soldiers forced Red Cross staff out of the province.")
    found = _of_type(events, "COERCE")
    assert found and found[0].cameo.code == "174", types_of(events)
    assert _codes(found[0].source) == ["MIL"] and _codes(found[0].target) == ["NGOICR"]


def test_forcing_a_plane_to_land_is_coercion(pipeline):
    # the parser reads "to land" as a preposition and a noun here
    events = body_events(pipeline, "Russian fighter jets forced a Ukrainian passenger plane to land in Minsk.")
    found = _of_type(events, "COERCE")
    assert found and found[0].cameo.code == "170", types_of(events)
    assert _codes(found[0].source) == ["RUSMIL"] and _codes(found[0].target) == ["UKR"]


def test_an_armed_group_forcing_civilians_to_act_is_coercion(pipeline):
    events = body_events(pipeline, "Islamic State fighters forced Yazidi families to convert.")
    found = _of_type(events, "COERCE")
    assert found and _codes(found[0].source) == ["IMGISL"], types_of(events)


@pytest.mark.parametrize("text", [
    "Brazil forced a draw with Argentina.",  # no party made to act
    "The rebels forced their way into the parliament building.",
    "Low prices forced Brazil to cut coffee exports.",  # no actor forces
    # a minister using parliament's rules holds no force: no repression (PLOVER COERCE)
    "The French minister was ready to use the parliamentary rules to force the Socialist MPs to vote against the plan.",
])
def test_forcing_with_no_coercing_actor_or_no_party_made_to_act_is_no_coercion(pipeline, text):
    assert not _of_type(body_events(pipeline, text), "COERCE")


# --- a death caused by torture or an attack -------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("An opposition activist died of torture in prison.", "OPP"),
    ("The prisoner was beaten and later died from torture.", None),  # a person with no code
])
def test_who_died_of_torture_is_its_target(pipeline, text, target):
    events = body_events(pipeline, text)
    found = [e for e in events if e.plover.type == "ASSAULT" and e.trigger.text == "torture"]
    assert found and _codes(found[0].target) == [target], types_of(events)
    assert not found[0].source


def test_soldiers_who_died_in_an_airstrike_are_its_target_not_its_source(pipeline):
    events = body_events(pipeline, "Two soldiers died in an airstrike in Syria.")
    found = [e for e in events if e.trigger.text == "airstrike"]
    assert found and not found[0].source and _codes(found[0].target) == ["SYRMIL"], types_of(events)


# --- legal action ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Germany took legal action against Austria over the road toll.", "DEU", "AUT"),
    ("The European Commission started court proceedings against Hungary.", "IGOEUREXE", "HUN"),
])
def test_legal_action_against_an_actor_is_a_lawsuit(pipeline, text, source, target):
    events = body_events(pipeline, text)
    found = _of_type(events, "ACCUSE")
    assert found and found[0].cameo.code == "115", types_of(events)
    assert _codes(found[0].source) == [source] and _codes(found[0].target) == [target]


def test_action_with_no_legal_word_is_no_lawsuit(pipeline):
    assert not _of_type(body_events(pipeline, "The government took action against tax evaders."), "ACCUSE")


# --- pressing people at a commercial site ---------------------------------------------------------

def test_pressing_employees_at_a_plant_unit_is_a_demand(pipeline):
    # "at the cement unit" says where the employees are; it is no goods traded
    events = body_events(pipeline, "Police have been pressuring the employees at the cement unit to end their protest.")
    found = _of_type(events, "REQUEST")
    assert found and _codes(found[0].source) == ["COP"] and _codes(found[0].target) == ["LAB"], types_of(events)


# --- overrunning, battling, firing across a line (second round) ----------------------------------

def test_overrunning_an_army_base_is_taking_it_by_force(pipeline):
    events = body_events(pipeline, "Al-Shabaab fighters overran an army base in southern Somalia.")
    found = _of_type(events, "ASSAULT")
    assert found and found[0].cameo.code == "192", types_of(events)
    assert _codes(found[0].source) == ["IMGSHB"] and _codes(found[0].target) == ["SOM"]


@pytest.mark.parametrize("text", [
    "Fans overran the pitch after the match.",
    "Costs at the Defence Ministry overran the budget.",
])
def test_overrunning_no_military_site_or_town_is_no_attack(pipeline, text):
    assert not _of_type(body_events(pipeline, text), "ASSAULT")


def test_battling_an_armed_group_is_fighting_it(pipeline):
    events = body_events(pipeline, "Government troops battled Taliban fighters near Kandahar.")
    found = _of_type(events, "ASSAULT")
    assert found and {"AFGMIL", "AFGINS"} <= set(_codes(found[0].source)), types_of(events)


def test_battling_inflation_is_no_attack(pipeline):
    assert not _of_type(body_events(pipeline, "The government is battling inflation."), "ASSAULT")


def test_firing_across_a_ceasefire_line_is_an_attack(pipeline):
    events = body_events(pipeline, "Indian and Pakistani troops fired across the ceasefire line in Kashmir.")
    found = [e for e in _of_type(events, "ASSAULT") if e.trigger.text == "fired"]
    assert found and "INDMIL" in _codes(found[0].source), types_of(events)


@pytest.mark.parametrize("text", [
    "The company fired 200 workers across its plants in Germany.",
    "The company fired workers at its plant in Ohio.",
])
def test_firing_workers_is_no_attack(pipeline, text):
    assert not _of_type(body_events(pipeline, text), "ASSAULT")


# --- a person named by a commercial word, arrested or kidnapped -----------------------------------

@pytest.mark.parametrize("text, plover", [
    ("Police arrested the director of a Turkish bank in Istanbul.", "COERCE"),
    ("Gunmen kidnapped two company directors in Nigeria.", "ASSAULT"),
])
def test_arresting_a_company_director_is_no_business_news(pipeline, text, plover):
    events = body_events(pipeline, text)
    assert _of_type(events, plover), types_of(events)


def test_arresting_a_slide_in_prices_stays_business_news(pipeline):
    events = body_events(pipeline, "The central bank of Brazil arrested the slide in coffee prices.")
    assert not _of_type(events, "COERCE"), types_of(events)


# --- members named through "including" or "such as" -----------------------------------------------

def test_members_named_through_including_act_for_the_subject(pipeline):
    events = body_events(pipeline, "Several governments, including Canada and Norway, condemned the shelling of the hospital.")
    found = _of_type(events, "ACCUSE")
    assert found and _codes(found[0].source) == ["CAN", "NOR"], types_of(events)


def test_a_refusal_of_lower_prices_in_an_infinitive_stays_business_news(pipeline):
    events = body_events(pipeline, "Producers such as Nigeria and Angola refused to bend to demands for lower prices.")
    assert not _of_type(events, "REJECT"), types_of(events)


# --- human shields held, "as" on the object -------------------------------------------------------

def test_who_holds_people_as_human_shields_is_the_source(pipeline):
    # the parser hangs "as human shields" on the object "families", not on the verb
    events = body_events(pipeline, "Boko Haram holds dozens of families as human shields near Lake Chad.")
    found = [e for e in events if e.trigger.text == "human shields"]
    assert found and _codes(found[0].source) == ["IMGBKH"] and found[0].target, types_of(events)


# --- lashing out, torching, holding under arrest (third round) ------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Pakistan lashed out at India over the killings in Kashmir.", "PAK", "IND"),
    ("Turkey hit out at the European Union over migration.", "TUR", "IGOEUR"),
])
def test_lashing_out_at_an_actor_is_criticism(pipeline, text, source, target):
    events = body_events(pipeline, text)
    found = _of_type(events, "ACCUSE")
    assert found and found[0].cameo.code == "111", types_of(events)
    assert _codes(found[0].source) == [source] and _codes(found[0].target) == [target]


def test_torching_villages_is_an_attack(pipeline):
    events = body_events(pipeline, "Myanmar troops torched Rohingya villages.")
    found = _of_type(events, "ASSAULT")
    assert found and _codes(found[0].source) == ["MMRMIL"], types_of(events)


def test_torching_a_plan_is_no_attack(pipeline):
    assert not _of_type(body_events(pipeline, "The new French minister torched the pension plan."), "ASSAULT")


@pytest.mark.parametrize("text, source, target", [
    ("The military put Prime Minister Hamdok under house arrest.", "SDNMIL", "SDN"),
    ("Former president Morales was placed under house arrest by the Bolivian police.", "BOLCOP", "BOL"),
])
def test_who_is_put_under_arrest_is_its_target(pipeline, text, source, target):
    events = body_events(pipeline, text)
    found = _of_type(events, "COERCE")
    assert found and _codes(found[0].source) == [source], types_of(events)
    assert len(found[0].target) == 1 and (found[0].target[0].code or "").startswith(target)
