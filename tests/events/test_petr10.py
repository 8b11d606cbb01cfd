"""actors-petr10 (issue #3): which event of a sentence carries its actors, on sentences written for
these tests (no gold text)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(run, text):
    events, _ = run(text)
    return {e.trigger.text.split()[0].lower(): e for e in events}


# -- a wish for another's act: an appeal of the wisher to that actor, the act only hypothetical -----
@pytest.mark.parametrize("text", [
    "Erdogan wants Putin to attack the YPG.",          # "Putin" parsed as the subject of the clause
    "Merkel wants Russia to withdraw from Ukraine.",
])
def test_wish_for_another_act_is_the_wishers_appeal(run, text):
    found = _events(run, text)
    appeal = found.get("wants")
    assert appeal is not None and appeal.cameo.code == "020" and appeal.plover.type == "REQUEST", found
    assert appeal.factuality == "asserted"
    assert [a.name for a in appeal.source] in (["Recep Tayyip Erdogan"], ["Angela Merkel"])
    assert [a.name for a in appeal.target] in (["Vladimir Putin"], ["Russia"])
    act = next(e for w, e in found.items() if w != "wants")
    assert act.factuality == "hypothetical" and act.cameo.code != "020"


def test_own_wish_is_no_appeal(run):
    found = _events(run, "Turkey wants to attack the YPG.")
    assert "wants" not in found and found["attack"].cameo.code == "138"


def test_wish_denied_is_no_appeal(run):
    found = _events(run, "Erdogan does not want Putin to attack the YPG.")
    assert "wants" not in found, found


# -- a speaker's report of an act whose author is the place it came from: an accusation -------------
def test_report_of_fire_from_a_country_accuses_that_country(dyads):
    got = dyads("Israel said a rocket was fired at it from Lebanon on Sunday.", "said")
    assert got == [(["ISR"], ["LBN"])], got


def test_report_of_a_killing_in_a_country_accuses_no_one(dyads):
    got = dyads("Syria said two of its soldiers were killed in Turkey.", "said")
    assert got == [], got


def test_nominal_speaker_accuses_no_place(dyads):
    got = dyads("Officials said ten Russian soldiers were killed in Ukraine.", "said")
    assert got == [], got


# -- attending a public occasion is a visit by an official, not by a crowd ---------------------------
def test_official_attending_a_ceremony_abroad_visits(dyads):
    got = dyads("The Saudi king attended a ceremony in Cairo.", "attended a ceremony")
    assert got == [(["SAUGOV"], ["EGY"])], got


def test_official_attending_the_games_is_a_visit(run):
    found = _events(run, "Erdogan will attend the Olympic Games in Paris next month.")
    assert found["attend"].cameo.code == "042" and found["attend"].plover.mode == "visit", found


def test_crowd_attending_a_funeral_is_no_visit(dyads):
    assert dyads("Thousands of people attended the funeral in Gaza.") == []


# -- "the prisoners jailed for X were freed by Y": the first verb is a participle, not the main verb --
def test_reduced_relative_parsed_as_main_verb_is_suffered_by_its_noun(nlp):
    from dateline.events.role_arcs import reduced_relative_as_root

    doc = nlp("The journalists detained in Cairo last year were freed by Egypt on Monday.")
    verbs = {t.text: t for t in doc}
    if verbs["detained"].dep_ != "ROOT":
        pytest.skip("the parser read the participle right")
    assert reduced_relative_as_root(verbs["detained"])


def test_reduced_relative_act_has_no_subject_as_source():
    import dateline

    art = dateline.extract("The protesters detained in Minsk last year were freed by Belarus on Monday.", "2019-05-01")
    got = [e for e in art.events if e.trigger.text == "detained"]
    assert got and all(not any(a.sector == "OPP" for a in e.source) for e in got), got
    assert all(any(a.sector == "OPP" for a in e.target) for e in got), got


@pytest.mark.parametrize("text", [
    "Russia attacked Ukraine and was condemned by the EU.",       # a coordinated clause
    "Turkey shelled the town, and was criticised by Russia.",
])
def test_a_coordinated_passive_clause_keeps_the_first_verb_active(nlp, text):
    from dateline.events.role_arcs import reduced_relative_as_root

    doc = nlp(text)
    assert not any(reduced_relative_as_root(t) for t in doc)


# -- a document with no named author, made public in a country, speaks for that country -----------
def _accusations(text):
    import dateline

    art = dateline.extract(text, "2019-05-01")
    return art, [([a.code for a in e.source], [a.code for a in e.target]) for e in art.events if e.cameo.code == "112"]


def test_report_released_in_a_city_accuses_for_its_country():
    art, got = _accusations("A report released in Nairobi on Monday alleged that Somali militias had attacked the border town.")
    assert got == [(["KEN"], ["SOMREB"])], got
    assert any(a.speaker is not None and a.speaker.code == "KEN" for a in art.attributions)


def test_report_released_in_a_nationalitys_capital_accuses_for_that_country():
    _, got = _accusations("A long report published Friday in the Ugandan capital alleged that Sudanese troops had shelled villages.")
    assert got and got[0][0] == ["UGA"], got


def test_report_with_an_unresolved_author_speaks_for_no_place():
    _, got = _accusations("A report released in Nairobi by an independent panel alleged that Somali militias had attacked the border town.")
    assert got == [], got


def test_an_accuser_read_from_the_place_of_publication_says_so():
    import dateline
    from dateline.events.documents import DOCUMENT_NOTE

    art = dateline.extract("A report released in Nairobi on Monday alleged that Somali militias had attacked the border town.",
                           "2019-05-01")
    accusations = [e for e in art.events if e.cameo.code == "112"]
    assert accusations and all(DOCUMENT_NOTE in e.notes for e in accusations), [e.notes for e in accusations]
