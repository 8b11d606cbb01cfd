"""actors-spans9: target classes of the cameo_ner errors (issue #3): the forces a mobilisation or
withdrawal moves are no target, and a mediation effort's "between" parties are its targets."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.model


def test_forces_a_mobilisation_moves_are_no_target(dyads):
    assert dyads("Kenya mobilized its troops on Monday.") == [(["KEN"], [])]


def test_withdrawn_forces_are_no_target_but_an_aim_still_is(dyads):
    assert dyads("Kenya will withdraw its troops from the border.") == [(["KEN"], [])]
    assert dyads("Kenya deployed its troops against the Ugandan rebels.") == [(["KEN"], ["UGAREB"])]


def test_released_soldiers_stay_the_target(dyads):
    found = dyads("The Kenyan rebels released the Ugandan soldiers on Monday.")
    assert found and found[0][1] == ["UGAMIL"], found


def test_a_mediation_effort_between_two_parties_targets_them(dyads):
    assert dyads("Kenya launched a mediation effort between Uganda and Tanzania.") == [(["KEN"], ["UGA", "TZA"])]


def test_mediation_between_two_parties_is_not_reciprocal(run):
    events, _ = run("Turkey's mediation between Russia and Ukraine failed.")
    found = [([a.code for a in e.source], [a.code for a in e.target]) for e in events if e.trigger.text == "mediation"]
    assert found == [(["TUR"], ["RUS", "UKR"])], found


def test_aid_is_aimed_at_whom_its_purpose_clause_helps(dyads):
    assert dyads("Kenya sent aid to help Uganda cope with the floods.") == [(["KEN"], ["UGA"])]
    assert dyads("Kenya donated 250 ventilators to assist Uganda.") == [(["KEN"], ["UGA"])]


def test_a_purpose_clause_gives_no_target_to_other_types(dyads):
    found = dyads("Kenya attacked the rebels to help Uganda.", "attacked")
    assert found and "UGA" not in found[0][1], found


def test_relations_extended_to_a_partner_named_apart_are_directed(run):
    events, _ = run("Turkey has established diplomatic ties with Syria.")
    found = [([a.code for a in e.source], [a.code for a in e.target]) for e in events]
    assert found == [(["TUR"], ["SYR"])], found


def test_relations_of_partners_named_together_stay_reciprocal(run):
    events, _ = run("Turkey and Syria established diplomatic ties.")
    found = [([a.code for a in e.source], [a.code for a in e.target]) for e in events]
    assert found == [(["TUR", "SYR"], ["SYR", "TUR"])], found


def test_a_phone_call_goes_from_the_caller_to_the_one_called(run):
    events, _ = run("Erdogan called Putin on Tuesday.")
    found = [([a.name for a in e.source], [a.name for a in e.target]) for e in events if e.trigger.text == "called"]
    assert found == [(["Recep Tayyip Erdogan"], ["Vladimir Putin"])], found


def test_the_infinitive_after_a_call_or_summons_is_the_callers_purpose(run):
    events, _ = run("Erdogan called Putin to discuss the strikes.")
    assert [[a.name for a in e.source] for e in events if e.trigger.text == "discuss"] == [["Recep Tayyip Erdogan"]]
    events, _ = run("Turkey summoned Russia's ambassador to complain about the strikes.")
    assert all("RUS" not in [a.code for a in e.source] for e in events), events


def test_called_on_and_summoned_to_explain_keep_object_control(run):
    events, _ = run("Erdogan called on Putin to stop the strikes.")
    assert [[a.name for a in e.source] for e in events if e.trigger.text == "stop"] in ([["Vladimir Putin"]], []), events
    events, _ = run("Turkey summoned Russia's ambassador to explain the strikes.")
    assert not any(e.trigger.text == "explain" and [a.code for a in e.source] == ["TUR"] for e in events), events
