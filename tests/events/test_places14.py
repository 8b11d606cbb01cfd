"""events-places14 (#3): places as targets. Aid sent or cut off and teams dispatched to a place, and
withdrawals from a place, take the place's country as target; peacekeeping aimed at the mission's
organisation takes the country where the mission is (CAMEO 074); countries coordinated with the
place are targets too; and the cameo_ner scorer reads a place target's span from its toponym,
grown to the place phrase ("parts of the northern city of X")."""

from __future__ import annotations

import pytest

from dateline.evaluate.actors import score_cameo_ner
from dateline.evaluate.actors_formats import TaggedSentence
from dateline.events.place_targets import PLACE_TARGET_NOTE

pytestmark = pytest.mark.model


def test_a_team_dispatched_to_a_town_targets_its_country(dyads):
    assert dyads("The Kenyan health ministry dispatched a team of doctors to Mombasa .") == [(["KENHLH"], ["KEN"])]


def test_aid_sent_to_a_province_targets_its_country(dyads):
    assert dyads("The government sent food aid to the drought-hit province of Tigray .") == [(["GOV"], ["ETH"])]


def test_a_withdrawal_from_a_place_targets_its_country(dyads):
    assert dyads("Kenya withdrew its troops from the Somali town of Kismayo .") == [(["KEN"], ["SOM"])]
    assert dyads("The African Union withdrew its monitors from Darfur .") == [(["IGOAFU"], ["SDN"])]


def test_peacekeepers_sent_to_a_mission_target_the_country_it_protects(dyads):
    assert dyads("Ghana is sending troops to the UN peacekeeping mission in Lebanon .") == [(["GHA"], ["LBN"])]


def test_aid_to_a_peacekeeping_operation_targets_the_country_it_protects(dyads):
    assert dyads("Indonesia is ready to contribute more to UN peacekeeping operations in Lebanon .",
                 "contribute") == [(["IDN"], ["LBN"])]


def test_countries_coordinated_with_the_place_are_all_targets(dyads):
    assert dyads("Jordanian troops took part in military exercises in Saudi Arabia and Kuwait .") == [
        (["JORMIL"], ["SAU", "KWT"])]


# Negative readings.

def test_troops_sent_to_the_organisation_alone_keep_it_as_target(dyads):
    assert dyads("Ghana is sending troops to the United Nations .") == [(["GHA"], ["IGOUNO"])]


def test_money_given_to_the_organisation_for_people_somewhere_keeps_it_as_target(dyads):
    assert dyads("Germany gave money to the UN for refugees in Lebanon .") == [(["DEU"], ["IGOUNO"])]


def test_a_rocket_fired_from_a_country_does_not_target_it(dyads):
    assert all(target != ["LBN"] for _, target in dyads("Hezbollah fired rockets from Lebanon ."))


def test_a_coordinated_province_adds_no_guessed_country(dyads):
    # "Punjab" is a province of two countries: only the first place's country is the target.
    assert dyads("Indian authorities imposed a curfew in Kashmir and Punjab .") == [(["INDGOV"], ["IND"])]


def test_a_business_team_or_staff_makes_no_event(dyads):
    assert dyads("The company sent a team of engineers to Houston .") == []
    assert dyads("The oil company withdrew its staff from Nigeria .") == []


# The cameo_ner scorer: a place target's span.

def _scored(text: str, spans: list[tuple[int, int, str]], pipeline) -> tuple[float, list]:
    errors: list = []
    result = score_cameo_ner([TaggedSentence(text.split(), spans)], pipeline, errors=errors)
    return result["phrase"]["exact"]["f1"], errors


def test_a_place_target_scores_the_place_phrase(pipeline):
    # "curfew in parts of the northern city of Chiang Mai": THA is the target; its span is the
    # phrase that names the place, not a mention of Thailand (there is none).
    f1, errors = _scored("The Thai army imposed a curfew in parts of the northern city of Chiang Mai .",
                         [(0, 3, "S"), (7, 15, "T")], pipeline)
    assert f1 == 1.0, errors


def test_a_town_target_scores_the_town(pipeline):
    f1, errors = _scored("The Kenyan health ministry dispatched a team of doctors to Mombasa .",
                         [(0, 4, "S"), (10, 11, "T")], pipeline)
    assert f1 == 1.0, errors


def test_place_phrase_climbs_only_through_nouns_of_places(nlp):
    from spacy.tokens import Doc

    from dateline.evaluate.actors import place_phrase

    doc = nlp(Doc(nlp.vocab, words="Rebels held the capital of Chad .".split()))
    assert place_phrase(doc, 5, 6) == (2, 6)  # "the capital of Chad"
    doc = nlp(Doc(nlp.vocab, words="Israel lifted its blockade of Gaza .".split()))
    assert place_phrase(doc, 5, 6) == (5, 6)  # a blockade is no place: "Gaza" alone


def test_the_note_marks_the_place_target():
    import dateline

    art = dateline.extract("The Kenyan health ministry dispatched a team of doctors to Mombasa .", "2019-05-01")
    assert PLACE_TARGET_NOTE in art.events[0].notes
