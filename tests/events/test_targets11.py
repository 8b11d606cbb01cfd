"""actors-targets11 (issue #3): targets the events output left empty although the sentence names
whom the act is aimed at. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.model import Actor

pytestmark = pytest.mark.model


def test_the_freed_are_the_target(dyads):
    assert dyads("Kenya freed 37 prisoners on Monday.") == [(["KEN"], [None])]
    assert dyads("Kenya will free 40 Ugandan detainees.") == [(["KEN"], ["UGA"])]


def test_an_attack_on_a_place_someone_holds_targets_the_holder(dyads):
    found = dyads("Kenyan troops shelled a rebel-held village near the border.", "shelled")
    assert found == [(["KENMIL"], ["REB"])], found
    found = dyads("Ugandan jets bombed the government-controlled town of Gulu.", "bombed")
    assert found and found[0][1] == ["UGAGOV"], found  # the government of the story's country


def test_a_backer_or_leader_is_not_the_holder(dyads):
    found = dyads("Kenyan troops attacked a Uganda-backed rebel camp.", "attacked")
    assert found and "UGA" not in found[0][1], found


def test_a_protest_against_what_someone_imposed_targets_its_maker(dyads):
    found = dyads("Kenyan farmers began a hunger strike against the new laws imposed by the Ugandan government.",
                  "hunger strike")
    assert found and found[0][1] == ["UGAGOV"], found
    found = dyads("Kenyan students staged a protest against abuses by the Ugandan police.", "staged a protest")
    assert found and found[0][1] == ["UGACOP"], found


def test_a_targeting_participle_names_the_target(dyads):
    found = dyads("Kenyan warplanes carried out a raid on Friday, targeting Ugandan rebels near the border.",
                  "carried out a raid")
    assert found == [(["KENMIL"], ["UGAREB"])], found


def test_a_mediation_aims_at_the_parties_of_the_dispute_it_is_meant_to_end(dyads):
    found = dyads("Kenya launched a mediation effort to resolve the rift between Uganda and Tanzania.", "mediation")
    assert found == [(["KEN"], ["UGA", "TZA"])], found
    found = dyads("Kenya offered to mediate to end the dispute between Uganda and Tanzania.", "mediate")
    assert found == [(["KEN"], ["UGA", "TZA"])], found


def test_a_part_or_a_count_of_a_group_is_the_group(dyads):
    found = dyads("Kenya has expelled some of the Ugandan diplomats.", "expelled")
    assert found == [(["KEN"], ["UGAGOV"])], found
    found = dyads("The Kenyan rebels will release three of the dozens of Ugandan soldiers they are holding.", "release")
    assert found and found[0][1] == ["UGAMIL"], found


def test_a_list_named_through_of_keeps_every_item(dyads):
    found = dyads("Kenya opened its borders to a large number of Somalis, Ugandans and Ethiopians.", "opened its borders")
    assert found and set(found[0][1]) == {"SOM", "UGA", "ETH"}, found


def test_a_weapon_subject_acts_for_whoever_used_it(dyads):
    # (the trigger covers the object since "strike" + a military site is an entry of its own, events-recall12c)
    found = dyads("The missiles fired by the Kenyan army struck a camp of the Ugandan rebels.", "struck a camp")
    assert found and found[0][0] == ["KENMIL"], found


def test_a_list_is_not_read_off_markup(nlp, hand_mentions):
    # session 11, lead: Reuters markup "<The Kenya Gas Light Co> of Nairobi and ..." made ">" a head
    # with an "of" list, whose items became the targets of a "met" read as a meeting
    from dateline.events.actor_index import ActorIndex
    text = ("This means that total contractual commitments of 2,455.5 bcf to <The Kenya Gas Light Co> of "
            "Nairobi and the Pipeline Authority of Uganda can be met with spare gas, it said.")
    doc = nlp(text)
    index = ActorIndex(doc, hand_mentions(text, {"Uganda": Actor("Uganda", None, "UGA", "UGA", None, "country"),
                                                 "Pipeline Authority": Actor("Pipeline Authority", None, "UGAGOV", "UGA",
                                                                             "GOV", "nominal")}))
    marks = [t for t in doc if t.pos_ in ("PUNCT", "SYM", "X") and any(c.lower_ == "of" for c in t.children)]
    assert marks, "the parse this test guards against"
    assert all(index._of_conjuncts(t) == [] for t in marks)
