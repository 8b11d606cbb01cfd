"""actors-roles7: target misses of the cameo_ner error classes (issue #3): a name one word along
a compound chain, aim prepositions on a non-actor object or on the noun an amount is given in,
and the author of the object ("an appeal lodged by X", "denied charges by X")."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.model


def test_name_along_a_compound_chain_is_the_target(dyads):
    assert dyads("Iraqi troops launched an assault on the last ISIS group bastion on Thursday.") \
        == [(["IRQMIL"], ["IMGISL"])]


def test_aim_preposition_on_a_non_actor_object(dyads):
    assert dyads("The Kenyan president will host a dinner for Ugandan President Yoweri Museveni on Friday.") \
        == [(["KENGOV"], ["UGAGOV"])]


def test_aim_preposition_on_the_noun_an_amount_is_given_in(dyads):
    assert dyads("Ireland has provided 3 million euros in humanitarian funding to Lebanon.") == [(["IRL"], ["LBN"])]


def test_author_of_the_object_through_its_participle(dyads):
    assert dyads("Kenya rejected an appeal lodged by the Ugandan government.") == [(["KEN"], ["UGAGOV"])]


def test_by_on_an_active_verb_names_the_objects_author(dyads):
    found = dyads("The Kenyan government denied charges by Uganda that it armed the rebels.", "denied charges")
    assert found == [(["KENGOV"], ["UGA"])], found


def test_recipient_to_hung_on_the_objects_last_noun(dyads):
    assert dyads("Kenya has sent supplies and personnel such as doctors to Uganda .") == [(["KEN"], ["UGA"])]


def test_country_a_measure_is_in_force_in(dyads):
    assert dyads("The Somali government declared a state of emergency in Somalia .") == [(["SOMGOV"], ["SOM"])]
    assert dyads("Kenyan rebels declared a unilateral ceasefire effective from Sunday in Kenya .") \
        == [(["KENREB"], ["KEN"])]


def test_name_compounded_onto_a_weekday_is_still_the_object():
    # A hand-built parse: the parser sometimes makes "Tuesday" the object and the name its compound.
    import spacy
    from spacy.tokens import Doc

    from dateline.events.role_arcs import _prep_objects

    words = ["Kenya", "met", "with", "President", "Museveni", "Tuesday"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 5, 2],
              deps=["nsubj", "ROOT", "prep", "compound", "compound", "pobj"], ents=["O", "O", "O", "O", "O", "B-DATE"])
    assert [t.text for t in _prep_objects(doc[1], "with")] == ["Museveni"]


def test_nationality_parsed_as_the_means_names_the_author(dyads):
    # The parser reads "in Israeli shelling" as "in Israeli" + a clause; a nationality is no place.
    found = dyads("Four children were killed in Israeli shelling in the Gaza Strip.", "killed")
    assert found and found[0][0] == ["ISR"], found
    assert dyads("Two soldiers were killed in Syria.", "killed")[0][0] == []
