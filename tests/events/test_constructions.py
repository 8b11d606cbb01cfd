"""Constructions added for wire-style reporting: lexicon families, argument sharing, allegations,
scheduled events, deployments in disaster news. Our own sentences, with hand-made actors."""

from __future__ import annotations

import pytest

from dateline.model import Actor

pytestmark = pytest.mark.model


def codes(actors) -> set[str]:
    return {a.code for a in actors}


def of_type(events, plover):
    return [e for e in events if e.plover.type == plover]


@pytest.mark.parametrize("text,plover,cameo,source,target", [
    # lexicon families whose object decides the sense
    ("Turkey banned opposition rallies on Monday.", "COERCE", "172", "TUR", None),
    ("Putin ordered a withdrawal of troops from Syria.", "RETREAT", "087", "RUSGOV", None),
    ("Iran accepted the proposal from the European Union.", "AGREE", "030", "IRN", "EUR"),
    ("Israel denied the allegation on Monday.", "REJECT", "016", "ISR", None),
    ("Iran dismissed the sanctions as meaningless.", "REJECT", "120", "IRN", None),
    ("Russia recognised the independence of Abkhazia.", "SUPPORT", "054", "RUS", None),
    ("Protesters blocked roads in the capital.", "PROTEST", "144", "---OPP", None),
    # a commercial word the entry itself asks for is no business cue ("supplies")
    ("Turkey delivered food and medical supplies to Syria.", "AID", "073", "TUR", "SYR"),
    # the preposition hangs on the object: "broke off relations with X"
    ("Iran broke off relations with Israel.", "SANCTION", "161", "IRN", "ISR"),
])
def test_lexicon_families(run, text, plover, cameo, source, target):
    events, _ = run(text)
    hits = of_type(events, plover)
    assert hits, [(e.plover.type, e.trigger.text) for e in events]
    assert hits[0].cameo.code == cameo
    assert source in codes(hits[0].source)
    if target:
        assert target in codes(hits[0].target)


def test_subject_of_a_gerund_after_a_preposition(run):
    events, _ = run("Putin signed the accord on Friday, hours after ordering a halt to the offensive.")
    retreat = of_type(events, "RETREAT")
    assert retreat and "RUSGOV" in codes(retreat[0].source)


def test_accused_act_is_reported_and_done_by_the_accused(run):
    events, _ = run("Turkey accused the YPG of shelling a village, killing four civilians.")
    assault = of_type(events, "ASSAULT")
    assert len(assault) == 1, [(e.trigger.text, e.factuality) for e in assault]
    e = assault[0]
    assert "SYRREB" in codes(e.source) and "TUR" not in codes(e.source)
    assert e.factuality == "reported" and e.attributed_to is not None and e.attributed_to.code == "TUR"
    assert e.fatalities == 4


def test_visit_to_a_city_that_is_no_actor(run):
    events, _ = run("Merkel flew to Kyiv on Monday.")
    visit = of_type(events, "CONSULT")
    assert visit and "DEUGOV" in codes(visit[0].source)


def test_due_to_arrive_is_planned_with_the_raised_subject(run):
    events, _ = run("Pompeo was due to arrive in Ankara on Friday.")
    visit = of_type(events, "CONSULT")
    assert visit and "USAGOV" in codes(visit[0].source) and visit[0].factuality == "planned"


def test_fighting_broke_out_when_names_the_fighters(run):
    events, _ = run("Fighting broke out on Sunday when rebels tried to enter the city.")
    assault = of_type(events, "ASSAULT")
    assert assault and "---REB" in codes(assault[0].source)


def test_agentless_passive_takes_the_when_clause_subject(run):
    events, _ = run("Four civilians were killed when rebels stormed the town.")
    killed = [e for e in of_type(events, "ASSAULT") if e.trigger.text == "killed"]
    assert killed and "---REB" in codes(killed[0].source) and killed[0].fatalities == 4


def test_rally_to_attend_is_planned_not_hypothetical(run):
    events, _ = run("Erdogan urged protesters to attend a rally on Friday.")
    rally = of_type(events, "PROTEST")
    assert rally and rally[0].factuality == "planned" and "---OPP" in codes(rally[0].source)


def test_deployment_in_disaster_news_is_aid(run):
    events, _ = run("Turkey said it would send a warship to help victims of the earthquake.")
    aid = of_type(events, "AID")
    assert aid and aid[0].cameo.code == "073" and aid[0].factuality == "planned"
    assert not of_type(events, "MOBILIZE")


def test_deployment_in_war_news_stays_mobilize(run):
    events, _ = run("Russia sent troops to Syria after rebels attacked the police.")
    assert of_type(events, "MOBILIZE")


def test_its_refers_to_a_singular_organisation_noun(run, hand_actors):
    names = dict(hand_actors)
    names["The Defence Ministry"] = Actor("Defence Ministry", None, "RUSMIL", "RUS", "MIL", "nominal")
    events, _ = run("The Defence Ministry said its jets struck Daesh positions.", names)
    assault = of_type(events, "ASSAULT")
    assert assault and "RUSMIL" in codes(assault[0].source)


def test_condemning_an_attack_does_not_make_the_critic_the_attacker(run):
    events, _ = run("Erdogan condemned the attack on the embassy.")
    assert not any("TURGOV" in codes(e.source) for e in of_type(events, "ASSAULT"))


def test_denied_agentless_passive_is_the_deniers_negated_act(run):
    events, _ = run("Israel denied that a hospital had been targeted.")
    assault = of_type(events, "ASSAULT")
    assert assault and "ISR" in codes(assault[0].source) and assault[0].factuality == "negated"


def test_targeting_places_is_an_attack_but_sanctions_targeting_banks_are_not(run):
    events, _ = run("Rebels targeted a checkpoint near the border.")
    assert of_type(events, "ASSAULT")
    events, _ = run("The new measures target Iran's largest banks.")
    assert not of_type(events, "ASSAULT")


def test_object_before_against_or_from_is_the_actor_of_the_gerund(run):
    events, _ = run("Trump warned Iran against attacking Israel.")
    assault = of_type(events, "ASSAULT")
    assert assault and "IRN" in codes(assault[0].source) and "USAGOV" not in codes(assault[0].source)


def test_possessive_is_bound_by_its_clause_subject_before_recency(run):
    events, _ = run("Erdogan welcomed Putin and urged his ministers to visit Iran.")
    visit = of_type(events, "CONSULT")
    assert visit and "TURGOV" in codes(visit[0].source) and "RUSGOV" not in codes(visit[0].source)
