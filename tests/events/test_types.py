"""One or more short sentences per PLOVER type: the lexicon and the role reading together."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes(actors) -> set[str]:
    return {a.code for a in actors}


@pytest.mark.parametrize("text,plover,cameo_root,source,target", [
    ("Turkey accused Russia of violating the ceasefire.", "ACCUSE", "11", "TUR", "RUS"),
    ("Putin condemned the European Union over the new rules.", "ACCUSE", "11", "RUSGOV", "EUR"),
    ("Israel and Hamas agreed on a ceasefire on Sunday.", "AGREE", "03", "ISR", "PSEREB"),
    # PLOVER codes signing an agreement as SUPPORT (CAMEO 057), events/codebook.py (#4).
    ("Russia signed a trade agreement with Ukraine.", "SUPPORT", "05", "RUS", "UKR"),
    ("Turkey delivered humanitarian aid to Syria.", "AID", "07", "TUR", "SYR"),
    ("Rebels attacked the police in the north.", "ASSAULT", "19", "---REB", "---COP"),
    ("Israel bombed Hamas positions overnight.", "ASSAULT", "19", "ISR", "PSEREB"),
    ("Police fired tear gas at protesters in the capital.", "COERCE", "17", "---COP", "---OPP"),
    ("Police arrested protesters outside parliament.", "COERCE", "17", "---COP", "---OPP"),
    ("Iran released Israel's detained sailors.", "RETREAT", "08", "IRN", "ISR"),
    ("The European Union lifted its sanctions on Russia.", "CONCEDE", "08", "EUR", "RUS"),
    ("Turkey made concessions to Russia in the talks.", "CONCEDE", "08", "TUR", "RUS"),
    # A declared (not yet observed) ceasefire is CONCEDE in PLOVER, events/codebook.py (#4).
    ("Israel and Hamas declared a ceasefire on Sunday.", "CONCEDE", "08", "ISR", None),
    ("Erdogan stepped down on Friday.", "RETREAT", "08", "TURGOV", None),
    ("Putin held talks with Merkel in Berlin.", "CONSULT", "04", "RUSGOV", "DEUGOV"),
    ("Turkey delivered military equipment to Ukraine.", "AID", "07", "TUR", "UKR"),
    ("Russia and Turkey held joint military exercises in the Black Sea.", "COOPERATE", "06", "RUS", None),
    ("Protesters went on strike against the European Union.", "PROTEST", "14", "---OPP", None),
    ("Protesters staged a demonstration against the European Union.", "PROTEST", "14", "---OPP", "EUR"),
    ("Rebels carried out an attack on the police.", "ASSAULT", "19", "---REB", "---COP"),
    ("Iran launched an investigation into Israel's conduct.", "ACCUSE", "09", "IRN", None),
    ("Turkey summoned Russia's ambassador.", "ACCUSE", "11", "TUR", None),
    ("Erdogan visited Russia in March.", "CONSULT", "04", "TURGOV", "RUS"),
    ("Putin met Merkel in Berlin.", "CONSULT", "04", "RUSGOV", "DEUGOV"),
    ("Turkey and Russia will cooperate with Iran on security.", "COOPERATE", "06", "TUR", "IRN"),
    ("Russia deployed troops to Syria.", "MOBILIZE", "15", "RUS", "SYR"),
    ("Protesters demonstrated against the European Union.", "PROTEST", "14", "---OPP", "EUR"),
    ("Iran rejected the proposal from the United States.", "REJECT", "12", "IRN", None),
    ("Merkel urged Putin to end the war.", "REQUEST", "02", "DEUGOV", "RUSGOV"),
    ("Ukraine called on Russia to withdraw.", "REQUEST", "02", "UKR", "RUS"),
    ("Russia withdrew its troops from Syria.", "RETREAT", "08", "RUS", "SYR"),
    ("The European Union imposed sanctions on Russia.", "SANCTION", "16", "EUR", "RUS"),
    ("Erdogan praised Trump for his decision.", "SUPPORT", "05", "TURGOV", "USAGOV"),
    ("Iran threatened Israel with retaliation.", "THREATEN", "13", "IRN", "ISR"),
])
def test_plover_type_and_roles(run, text, plover, cameo_root, source, target):
    events, _ = run(text)
    hits = [e for e in events if e.plover.type == plover]
    assert hits, [(e.plover.type, e.trigger.text) for e in events]
    e = hits[0]
    assert e.cameo.root == cameo_root
    assert source in codes(e.source)
    if target:
        assert target in codes(e.target)


@pytest.mark.parametrize("text", [
    "Shares of the company rose 3 percent.",
    "The firm said quarterly profit fell.",
    "Oil prices climbed after the report on inventories.",
    "The company agreed to buy a rival for $2 billion.",
    "Analysts expect the central bank to cut rates.",
    "Copper futures hit a two-week high on Tuesday.",
    "The quake on Thursday killed at least six people near the volcano.",
    "Turkey is risking wheat sales by not providing enough grades to meet buyer requirements.",
    "Imports from Russia threaten to top 50 pct of consumption.",
    "The Department of Energy released a report on oil imports.",
    "The analyst agreed that demand for gas would rise.",
    "Its potential appeal in Turkey is a status thing.",
])
def test_non_political_sentences_yield_no_event(run, text):
    events, _ = run(text)
    assert events == [], [(e.plover.type, e.trigger.text) for e in events]


def test_passive_agent_is_source_and_subject_is_target(run):
    events, _ = run("Turkey was attacked by Daesh on Sunday.")
    e = next(e for e in events if e.plover.type == "ASSAULT")
    assert codes(e.source) == {"IMGSEPREB"} and codes(e.target) == {"TUR"}


def test_coordinated_subjects_of_symmetric_event_are_both_sides(run):
    events, _ = run("Erdogan and Trump agreed on joint action.")
    e = next(e for e in events if e.plover.type == "AGREE")
    assert codes(e.source) == {"TURGOV", "USAGOV"} == codes(e.target)


def test_coordinated_subjects_of_directed_event_are_all_sources(run):
    events, _ = run("Russia and Iran condemned Israel.")
    e = next(e for e in events if e.plover.type == "ACCUSE")
    assert codes(e.source) == {"RUS", "IRN"} and codes(e.target) == {"ISR"}


def test_urge_not_to_is_request_to_the_object(run):
    events, _ = run("Erdogan had urged the United States not to support the YPG.")
    request = next(e for e in events if e.plover.type == "REQUEST")
    assert codes(request.source) == {"TURGOV"} and codes(request.target) == {"USA"}
    support = [e for e in events if e.plover.type == "SUPPORT"]
    assert support and support[0].factuality == "negated" and codes(support[0].source) == {"USA"}


@pytest.mark.parametrize("text,plover,source,target", [
    ("The attack by Hamas on Israel drew criticism.", "ASSAULT", "PSEREB", "ISR"),
    ("Talks between Russia and Ukraine resumed.", "CONSULT", "RUS", "UKR"),
    ("Erdogan's visit to Russia was postponed.", "CONSULT", "TURGOV", "RUS"),
    ("Russia held talks with Iran.", "CONSULT", "RUS", "IRN"),
    ("The European Union's sanctions on Russia took effect.", "SANCTION", "EUR", "RUS"),
])
def test_nominal_events(run, text, plover, source, target):
    events, _ = run(text)
    hits = [e for e in events if e.plover.type == plover]
    assert hits, [(e.plover.type, e.trigger.text) for e in events]
    assert source in codes(hits[0].source) and target in codes(hits[0].target)


def test_phone_call_is_consult_phone(run):
    events, _ = run("Putin and Merkel discussed Ukraine in a phone call on Monday.")
    calls = [e for e in events if e.trigger.text == "phone call"]
    assert calls and calls[0].plover.type == "CONSULT" and calls[0].plover.mode == "phone"
    assert calls[0].cameo.code == "041"


def test_pronoun_subject_takes_the_recent_person(run):
    events, _ = run("Putin arrived in Berlin on Monday. He criticized Ukraine.")
    e = next(e for e in events if e.plover.type == "ACCUSE")
    assert codes(e.source) == {"RUSGOV"} and codes(e.target) == {"UKR"}


def test_be_in_country_is_a_visit(run):
    events, _ = run("Pompeo will be in Turkey on Thursday.")
    e = next(e for e in events if e.plover.type == "CONSULT")
    assert e.plover.mode == "visit" and e.cameo.code == "042"
    assert codes(e.source) == {"USAGOV"} and codes(e.target) == {"TUR"}


def test_event_fields_are_set(run):
    text = "Police arrested protesters outside parliament."
    events, _ = run(text)
    e = events[0]
    assert e.trigger.text == "arrested" and text[e.trigger.start:e.trigger.end] == "arrested"
    assert e.trigger_token == 1 and e.sentence == 0
    assert (e.start, e.end) == (0, len(text))
    assert len(e.event_id) == 16 and e.mentions == []
    assert e.cameo.code == "173" and e.cameo.quad_class == 4 and e.cameo.goldstein == -5.0
    assert 0.5 < e.confidence <= 0.95


def test_event_id_is_content_derived_and_stable(run):
    a, _ = run("Russia deployed troops to Syria.")
    b, _ = run("Russia deployed troops to Syria.")
    c, _ = run("Russia deployed troops to Syria. Iran deployed troops to Syria.")
    assert a[0].event_id == b[0].event_id
    assert len({e.event_id for e in c}) == 2


@pytest.mark.parametrize("text", [
    "Ukraine agreed to buy a stake in the refinery.",
    "Russia hit a record high in exports last month.",
])
def test_commercial_complements_are_not_events(run, text):
    events, _ = run(text)
    assert events == [], [(e.plover.type, e.trigger.text) for e in events]


def test_business_actors_only_are_not_events(run):
    from dateline.model import Actor

    acme = Actor("Acme Corp", None, "USABUS", "USA", "BUS", "organization")
    bolt = Actor("Bolt Inc", None, "USABUS", "USA", "BUS", "organization")
    events, _ = run("Acme signed an agreement with Bolt.", {"Acme": acme, "Bolt": bolt})
    assert events == []


@pytest.mark.parametrize("text,plover", [
    ("Protesters suspended their protests against the European Union.", "CONCEDE"),
    ("Russia halted its offensive in Ukraine.", "RETREAT"),
])
def test_ending_conflict_is_concession_or_retreat(run, text, plover):
    events, _ = run(text)
    assert [e.plover.type for e in events] == [plover], [(e.plover.type, e.trigger.text) for e in events]


def test_date_preposition_is_not_a_particle(run):
    events, _ = run("Putin on Tuesday called Merkel a friend.")
    assert not [e for e in events if e.plover.type == "REQUEST"]


def test_noun_after_a_clause_does_not_take_its_subject(run):
    events, _ = run("After the attack, Erdogan spoke to reporters.")
    assert not [e for e in events if e.plover.type == "ASSAULT"]


def test_massacre_count(run):
    events, _ = run("Rebels massacred 200 villagers in the north.")
    e = next(e for e in events if e.plover.type == "ASSAULT")
    assert e.fatalities == 200 and e.cameo.code == "202"


@pytest.mark.parametrize("text,plover,source", [
    ("Police in Israel are on high alert.", "MOBILIZE", "---COP"),
    ("Russia and Iran are in talks.", "CONSULT", "RUS"),
    ("Russia will pull its troops from Syria.", "RETREAT", "RUS"),
])
def test_state_and_light_constructions(run, text, plover, source):
    events, _ = run(text)
    hits = [e for e in events if e.plover.type == plover]
    assert hits and source in codes(hits[0].source), [(e.plover.type, e.trigger.text) for e in events]


def test_supply_weapons_is_military_aid(run):
    events, _ = run("Russia supplied weapons to Syria.")
    e = next(e for e in events if e.plover.type == "AID")
    assert e.plover.mode == "military" and codes(e.target) == {"SYR"}


def test_a_market_bombing_is_not_business_news(run):
    events, _ = run("A car bombing of a crowded market in Mosul, which killed 20 people, was claimed by "
                    "the Islamic State.")
    assert any(e.plover.type == "ASSAULT" for e in events)
