"""Factuality values and their precedence."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def first(events, plover):
    hits = [e for e in events if e.plover.type == plover]
    assert hits, [(e.plover.type, e.trigger.text) for e in events]
    return hits[0]


@pytest.mark.parametrize("text,plover,factuality", [
    ("Russia attacked Ukraine on Monday.", "ASSAULT", "asserted"),
    ("Russia did not attack Ukraine.", "ASSAULT", "negated"),
    ("Russia never attacked Ukraine.", "ASSAULT", "negated"),
    ("Russia refused to withdraw from Syria.", "RETREAT", "negated"),
    ("Russia denied attacking Ukraine.", "ASSAULT", "negated"),
    ("Putin will visit Turkey next week.", "CONSULT", "planned"),
    ("Putin plans to visit Turkey.", "CONSULT", "planned"),
    ("Putin is expected to visit Turkey.", "CONSULT", "planned"),
    ("Putin is due to meet Erdogan in Ankara.", "CONSULT", "planned"),
    ("Iran could attack Israel.", "ASSAULT", "hypothetical"),
    ("Israel might impose sanctions on Iran.", "SANCTION", "hypothetical"),
    ("If Iran attacks Israel, the region will burn.", "ASSAULT", "hypothetical"),
    ("Iran threatened to attack Israel.", "ASSAULT", "hypothetical"),
])
def test_factuality(run, text, plover, factuality):
    events, _ = run(text)
    assert first(events, plover).factuality == factuality


def test_reported_speech_sets_speaker(run):
    events, _ = run("Erdogan said Russia attacked Ukraine.")
    e = first(events, "ASSAULT")
    assert e.factuality == "reported" and e.attributed_to is not None
    assert e.attributed_to.code == "TURGOV"


def test_according_to_is_reported(run):
    events, _ = run("Russia attacked Ukraine on Monday, according to Erdogan.")
    e = first(events, "ASSAULT")
    assert e.factuality == "reported" and e.attributed_to.code == "TURGOV"


def test_planned_inside_reported_speech_is_planned_with_speaker(run):
    events, _ = run("Erdogan said Pompeo would be in Turkey on Thursday.")
    e = first(events, "CONSULT")
    assert e.factuality == "planned" and e.attributed_to.code == "TURGOV"


def test_negation_beats_planning(run):
    events, _ = run("Putin will not visit Turkey.")
    assert first(events, "CONSULT").factuality == "negated"


def test_no_confirmation_leaves_a_note_not_a_negation(run):
    events, _ = run("There was no immediate confirmation of Pompeo's visit to Turkey.")
    e = first(events, "CONSULT")
    assert e.factuality != "negated" and any("unconfirmed" in n for n in e.notes)


def test_denied_that_is_negated(run):
    events, _ = run("Russia has denied that it attacked Ukraine.")
    assert first(events, "ASSAULT").factuality == "negated"


def test_raising_subject_is_the_source(run):
    events, _ = run("Putin is set to visit Turkey next month.")
    e = first(events, "CONSULT")
    assert e.factuality == "planned" and {a.code for a in e.source} == {"RUSGOV"}


def test_no_on_a_light_verbs_object_is_negated(run):
    events, _ = run("Erdogan had no meeting scheduled with Putin.")
    assert first(events, "CONSULT").factuality == "negated"


def test_no_plans_for_a_meeting_is_negated(run):
    events, _ = run("Turkey said there were no plans for a meeting with Russia.")
    assert first(events, "CONSULT").factuality == "negated"


def test_a_purpose_clause_is_hypothetical(run):
    events, _ = run("The summit was held in Ankara to allow Erdogan to meet Putin.")
    assert first(events, "CONSULT").factuality == "hypothetical"


def test_any_talks_would_is_hypothetical(run):
    events, _ = run("Any negotiations with Russia would take months, Turkey said.")
    assert first(events, "CONSULT").factuality == "hypothetical"


def test_no_indication_that_an_event_will_happen_is_hypothetical(run):
    events, _ = run("There is no indication that Turkey would attack Russia.")
    assert first(events, "ASSAULT").factuality == "hypothetical"


def test_a_participle_on_a_noun_inside_a_purpose_clause_is_a_done_fact(run):
    # the purpose ("to remember") is not yet done; the killing it names happened
    events, _ = run("Hundreds gathered in Kabul on Monday to remember the 30 soldiers killed when "
                    "Taliban fighters attacked their base.")
    assert first(events, "ASSAULT").factuality == "asserted"


def test_no_before_the_words_leading_to_a_noun_trigger_negates_it(pipeline):
    # The parser attaches "no" to "emergency" and makes it a sibling of "meeting" (session 8).
    from dateline.model import Article

    out = next(pipeline.annotate([Article(doc_id="f1", date="1987-03-01",
                                          text="The Kuwait oil minister said no emergency OPEC meeting was planned.")]))
    assert first(out.events, "CONSULT").factuality == "negated"
