"""Session 10, events-codebook10 (#4): PLOVER boundaries re-read from the PLOVER manual (draft 0.8)
and its CAMEO-to-PLOVER table (github.com/openeventdata/PLOVER): police raids, commitments to
cooperate, non-material cooperation, truces the sides agree, ceasefires that take effect, signing
read on the agreement noun, promises of attacks. Headlines and sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.model import Article

BODY = "Officials from both governments spoke to reporters in the capital on Tuesday."


def _events(pipeline, text: str, title: str | None = None):
    out = next(pipeline.annotate([Article(doc_id="cb10", date="2021-03-02", title=title, text=text)]))
    return out


def _body(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.plover.type) for e in _events(pipeline, text).events]


def _title(pipeline, title: str, text: str = BODY) -> list[tuple[str, str]]:
    d = _events(pipeline, text, title).to_dict()
    return [(e["trigger"]["text"], e["plover"]["type"]) for e in d["title_events"]]


def _types_with(found: list[tuple[str, str]], word: str) -> list[str]:
    return [t for trig, t in found if word.lower() in trig.lower()]


@pytest.mark.model
def test_police_raids_are_coercion_air_raids_assault(pipeline):
    # PLOVER COERCE "repression" (CAMEO 1711 confiscate), ASSAULT "substantial physical harm"
    assert _types_with(_body(pipeline, "Police raids on the homes of activists continued in Lima on Tuesday."),
                       "raids") == ["COERCE"]
    assert "COERCE" not in [t for _, t in _body(pipeline, "An air raid on the market town killed five people on Tuesday.")]


@pytest.mark.model
def test_a_blockade_is_coercion(pipeline):
    # CAMEO2PLOVER-2021: "191: COERCE, restrict, military # Impose blockade, restrict movement"
    assert _types_with(_title(pipeline, "Port City of Chad Blockaded by Sudanese Troops"), "blockaded") == ["COERCE"]


@pytest.mark.model
def test_a_commitment_to_cooperate_is_agree(pipeline):
    # PLOVER AGREE: "promise, or otherwise indicate willingness or commitment to cooperate"
    found = _body(pipeline, "Peru and Chile pledged on Monday to cooperate on water management.")
    assert _types_with(found, "cooperate") == ["AGREE"]
    assert "COOPERATE" not in [t for _, t in found]


@pytest.mark.model
def test_cooperating_on_a_policy_topic_is_support(pipeline):
    # PLOVER SUPPORT: "initiate, resume, improve, or expand diplomatic, non-material cooperation"
    assert _types_with(_title(pipeline, "Kenya and Uganda Cooperate on Climate Change"), "cooperate") == ["SUPPORT"]
    assert _types_with(_body(pipeline, "Kenya and Uganda expanded their diplomatic ties on Monday."), "expand") == ["SUPPORT"]


@pytest.mark.model
def test_material_cooperation_stays_cooperate(pipeline):
    # PLOVER COOPERATE: "mutual material cooperation or exchange", economic among them
    assert _types_with(_body(pipeline, "Kenya and Uganda expanded their economic ties on Monday."), "expand") == ["COOPERATE"]


@pytest.mark.model
def test_a_truce_the_sides_agree_is_retreat(pipeline):
    # CAMEO2PLOVER-2021: 0871 "declare truce, ceasefire" -> RETREAT (ceasefire); the agreed act too
    assert [t for _, t in _title(pipeline, "Warring Parties in Chad Agree to Observe a Truce")] == ["RETREAT", "RETREAT"]
    assert _types_with(_body(pipeline, "The government and the rebels agreed on Sunday to end the war."),
                       "agreed") == ["RETREAT"]


@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("The rebels agreed on Sunday to end the war.", "agreed"),  # one party: a promised concession
    ("The rebels declared a ceasefire on Sunday.", "declared"),  # a declaration, not its implementation
])
def test_one_party_declaring_or_promising_a_truce_stays_concede(pipeline, text, word):
    # PLOVER CONCEDE: "declarations (but not implementations) of ceasefires and withdrawals"
    assert _types_with(_body(pipeline, text), word) == ["CONCEDE"]


@pytest.mark.model
def test_a_ceasefire_that_begins_is_retreat(pipeline):
    # PLOVER RETREAT: "observing a ceasefire"; mode ceasefire "implement ceasefire"
    assert _types_with(_title(pipeline, "Ceasefire Begins in Northern Province of Chad"), "ceasefire") == ["RETREAT"]


@pytest.mark.model
def test_a_promise_to_renew_bombings_is_a_threat(pipeline):
    # PLOVER THREATEN: "threaten violence" (rule 12, the conflict act one word further down)
    found = _title(pipeline, "Rebels Promise to Renew Bombing Campaign in the North if Talks Fail")
    assert _types_with(found, "promise") == ["THREATEN"]


@pytest.mark.model
def test_ratifying_read_on_the_agreement_noun_is_support_a_promise_to_ratify_agree(pipeline):
    # PLOVER SUPPORT: "ratify, sign, or finalize an agreement"; "promises to sign or ratify
    # agreements and treaties are coded as AGREE"
    assert _types_with(_title(pipeline, "Peru and Chile ratify agreement on fisheries"), "agreement") == ["SUPPORT"]
    found = _body(pipeline, "Peru and Chile promised on Monday to ratify the new fisheries treaty.")
    assert "SUPPORT" not in [t for _, t in found] and "AGREE" in [t for _, t in found]
