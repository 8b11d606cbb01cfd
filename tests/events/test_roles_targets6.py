"""events-targets6: a self-target no longer blocks the target fallbacks, and the owner of a verb's
object (who it was imposed on, who made it) is the target when the object names no actor."""

from __future__ import annotations

import pytest

import dateline

pytestmark = pytest.mark.model


def test_own_possessive_object_leaves_the_aim_preposition_open(dyads):
    # "its borders" names Kenya, the source: the "to" phrase is the target.
    assert dyads("Kenya opened its borders to Ugandan refugees.") == [(["KEN"], ["UGAREF"])]


def test_participle_of_the_object_names_who_it_was_imposed_on(dyads):
    assert dyads("Kenya lifted sanctions imposed on Uganda last year.") == [(["KEN"], ["UGA"])]


def test_author_of_the_rejected_object_is_the_target(dyads):
    assert dyads("The Kenyan government rejected accusations by Uganda of arming the rebels.") == [(["KENGOV"], ["UGA"])]
    assert dyads("Kenya refused a request from the Ugandan government to extradite the suspect.") == [(["KEN"], ["UGAGOV"])]


def test_actor_modifying_the_objects_modifier_is_the_target(dyads):
    assert dyads("Kenya rejected the Ugandan government's request for talks.") == [(["KEN"], ["UGA"])]


def test_a_from_place_is_no_author(dyads):
    for _, target in dyads("Kenyan troops fired rockets from Somalia on Monday."):
        assert "SOM" not in target


def test_capital_acted_on_is_its_government(dyads):
    # issue #3: a capital is an actor when acted on (object of a verb, "visit to" / "ultimatum to")
    assert (["RUS"], ["USAGOV"]) in dyads("Russia urged Washington to end the blockade.")
    assert dyads("The Taliban has issued an ultimatum to Washington.") == [(["AFGINS"], ["USAGOV"])]
    assert (["IGOEUR"], ["RUSGOV"]) in dyads("The EU announced new sanctions against Moscow.")
    found = dyads("The British prime minister cancelled a planned visit to Paris.")
    assert found and found[0][1] == ["FRAGOV"], found


def test_capital_acted_on_stays_a_place():
    art = dateline.extract("The British prime minister cancelled a planned visit to Paris.", "2019-05-01")
    assert any(p.text == "Paris" for p in art.places)


def test_capital_after_a_verb_of_motion_is_a_place_only():
    art = dateline.extract("Kenyan troops reached Mogadishu on Monday.", "2019-05-01")
    assert not any(m.text == "Mogadishu" for m in art.actors)
