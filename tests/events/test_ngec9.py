"""Session 9, events-ngec9 (#4): conflict acts held out by their own actor are threats (codebook
rule 11), headline events that stand without a body event (two states, acts no market performs),
a signing verb parsed as the agreement's compound, "called into action". Sentences and headlines
written for these tests."""

from __future__ import annotations

import pytest
from event_checks import body_events, only, title_types, types_of

from dateline.events.codes import cameo_code
from dateline.events.headline import supported_title_events
from dateline.model import Actor, Article, Event, PloverCode, Span


@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("The Brazilian government said it will detain journalists if they publicize the fraud allegations.", "detain"),
    ("Iraq suggested on Monday that it may ban the former general from running in the election.", "ban"),
    ("Turkey said it could impose sanctions on Sweden unless it extradites the suspects.", "impose"),
])
def test_a_conflict_act_held_out_by_its_actor_is_a_threat(pipeline, text, word):
    events = body_events(pipeline, text)
    e = only(events, word)
    assert e.plover.type == "THREATEN", types_of(events)
    assert any("holds out" in n for n in e.notes)


@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("The police detained the journalists on Monday.", "detained"),
    ("Analysts said the court may ban the party.", "ban"),
])
def test_a_done_act_or_another_speakers_guess_is_no_threat(pipeline, text, word):
    events = body_events(pipeline, text)
    assert all(e.plover.type != "THREATEN" for e in events if word in e.trigger.text), types_of(events)


def _event(plover: str, code: str, *actors: Actor) -> Event:
    e = Event(event_id=plover + code, sentence=0, start=0, end=10, trigger=Span(0, 3, "xyz"), source=list(actors),
              target=[], plover=PloverCode(plover), cameo=cameo_code(code), factuality="asserted")
    return e


def test_a_headline_event_of_two_states_or_of_a_state_act_stands_without_a_body_event():
    norway = Actor("Norway", "country:NOR", "NOR", "NOR", None, "country")
    samoa = Actor("Samoa", "country:WSM", "WSM", "WSM", None, "country")
    firm = Actor("Cargill", None, "BUS", None, "BUS", "organization")
    praise = _event("SUPPORT", "051", samoa)  # "Samoa Commends ...": no market commends
    pair = _event("COOPERATE", "060", samoa, norway)  # "Samoa and Norway Cooperate on ..."
    trade = _event("REJECT", "120", samoa)  # "Samoa Rejects Vegetable Oil Offers"
    venture = _event("COOPERATE", "061", firm, samoa)  # a firm's venture in a country
    market = _event("RETREAT", "087", samoa)  # "Samoa Pulls Out of Coffee Market"
    warning = _event("THREATEN", "130", samoa)  # "Samoa Warns of Dependence on Foreign Oil": weak "warn"
    warning.notes.append("weak lexicon match 'warn'")
    assert supported_title_events([praise, pair, trade, venture, market, warning], []) == [praise, pair]


@pytest.mark.model
def test_two_states_in_a_headline_keep_its_event_with_an_empty_body(pipeline):
    found = title_types(pipeline, "Sri Lanka Commends Norway for Their Action", "The weather was fine on Tuesday.")
    assert found == [("Commends", "SUPPORT")]
    found = title_types(pipeline, "Samoa and Benin Cooperate on Climate Change", "The weather was fine on Tuesday.")
    # SUPPORT since session-10 (events-codebook10, rule 15: non-material cooperation is SUPPORT)
    assert [t for _, t in found] == ["SUPPORT"]


@pytest.mark.model
def test_a_signing_verb_parsed_as_the_agreements_compound_is_support(pipeline):
    found = title_types(pipeline, "Samoa and Senegal Sign Trade Agreement",
                         "The two governments agreed to cut tariffs on Tuesday.")
    assert ("Agreement", "SUPPORT") in found, found


@pytest.mark.model
def test_militia_called_into_action_is_mobilize(pipeline):
    events = body_events(pipeline, "Hundreds of Kosovo militia members were called into action on Friday.")
    assert only(events, "called").plover.type == "MOBILIZE", types_of(events)


@pytest.mark.model
def test_expressed_willingness_to_work_with_others_is_agree(pipeline):
    events = body_events(pipeline, "The Iranian president expressed willingness to work with the international community.")
    assert only(events, "expressed").plover.type == "AGREE", types_of(events)


@pytest.mark.model
def test_a_plural_subject_parsed_as_the_compound_of_a_headline_verb(nlp):
    from dateline.nlp.headlines import repair_verbs

    doc = repair_verbs(nlp("Activists decry Amman bombings, highlighting civilian casualties"))
    decry = doc[1]
    assert decry.pos_ == "VERB" and [c.text for c in decry.children if c.dep_ == "nsubj"] == ["Activists"]


@pytest.mark.model
def test_a_headline_passive_without_its_auxiliary_keeps_the_victim_as_target(pipeline):
    out = next(pipeline.annotate([Article(doc_id="n9p", date="2021-03-02", title="Journalist Killed in Kabul",
                                          text="The weather was fine on Tuesday.")])).to_dict()
    [event] = [e for e in out["title_events"] if e["trigger"]["text"] == "Killed"]
    assert [a["name"] for a in event["target"]] == ["Journalist"] and event["source"] == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru sent a silver talks proposal to Mexico on Monday.",
    "Peru sent Mexico a proposal for talks on silver prices.",
])
def test_talks_a_proposal_puts_forward_are_planned(nlp, text):
    from dateline.events.factuality import modality

    doc = nlp(text)
    [talks] = [t for t in doc if t.lower_ == "talks"]
    assert modality(talks).value == "planned"


@pytest.mark.model
def test_a_figurative_hit_is_no_attack_a_missile_hit_stays(pipeline):
    events = body_events(pipeline, "The U.S. farm policy debate could hit the Senate floor soon, Senator Dole said.")
    assert not [e for e in events if e.plover.type == "ASSAULT"], types_of(events)
    events = body_events(pipeline, "Russian troops struck the town of Bakhmut on Monday.")
    assert [e.plover.type for e in events if e.trigger.text.startswith("struck")] == ["ASSAULT"]


@pytest.mark.model
def test_a_crop_threatened_by_pests_is_no_threat(pipeline):
    events = body_events(pipeline, "China's wheat crop is seriously threatened by plant pests and diseases, the agency said.")
    assert not [e for e in events if e.plover.type == "THREATEN"], types_of(events)
    events = body_events(pipeline, "The government threatened sanctions against Iran on Monday.")
    assert [e.plover.type for e in events] == ["THREATEN"]


@pytest.mark.model
def test_the_one_who_announces_an_intention_acts_in_its_infinitive(pipeline):
    events = body_events(pipeline, "Rebels in Aruba have announced their intention to lay down arms.")
    e = only(events, "lay")
    assert e.plover.type == "CONCEDE" and [a.name for a in e.source] == ["Rebels"], types_of(events)


@pytest.mark.model
def test_raising_the_potential_of_suspending_talks_is_a_threat(pipeline):
    found = title_types(pipeline, "Albania Raises Potential of Suspending Talks with Turkmenistan over Tensions",
                         "Albania's foreign minister met his Turkmen counterpart in Ashgabat on Monday.")
    assert ("Suspending Talks", "THREATEN") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,trigger,plover,source", [
    ("The two men killed by police were students.", "killed", "ASSAULT", ["police"]),
    ("The plan, described by diplomats as unprecedented and welcomed by Germany, was adopted.", "welcomed",
     "SUPPORT", ["Germany"]),
])
def test_a_participle_on_its_noun_is_a_passive_with_its_agent(pipeline, text, trigger, plover, source):
    events = body_events(pipeline, text)
    e = only(events, trigger)
    assert e.plover.type == plover and [a.name for a in e.source] == source, types_of(events)


@pytest.mark.model
def test_a_headline_participle_on_its_noun_is_its_passive_act(pipeline):
    found = title_types(pipeline, "Concessions Made By Morocco in Order to Avoid Escalation of Conflict",
                         "Moroccan officials met Algerian envoys in Rabat on Monday.")
    assert ("Concessions Made", "CONCEDE") in found, found


@pytest.mark.model
def test_a_perfect_with_by_telephone_keeps_its_subject(pipeline):
    events = body_events(pipeline, "President Garcia had recently spoken by telephone with Mexican President Miguel de la Madrid.")
    e = only(events, "spoken")
    assert "Garcia" in " ".join(a.name for a in e.source), types_of(events)


@pytest.mark.model
@pytest.mark.parametrize("title,body,pair", [
    ("Officials promise arrests if corruption continues", "The weather was fine on Tuesday.", ("promise", "THREATEN")),
    ("Activists Raise Potential of Protests if Election Fraud Ignored",
     "Opposition activists met election officials in Lagos on Monday.", ("Protests", "THREATEN")),
    ("Leader Says Slovakia Could Suspend Relations with Neighbor over Deal", "The weather was fine on Tuesday.",
     ("Suspend Relations", "THREATEN")),
    ("Abu Dhabi Government Declines to End Weekend Curfew Amid Criticism from Rights Groups",
     "The weather was fine on Tuesday.", ("End Weekend Curfew", "REJECT")),
    ("Kiribati Alleges Morocco Violated Laws of War", "The weather was fine on Tuesday.", ("Alleges", "ACCUSE")),
    ("Army Calls Upon Conscripts in Preparation for Renewed Offensive", "The weather was fine on Tuesday.",
     ("Calls Upon Conscripts", "MOBILIZE")),
])
def test_threats_refusals_accusations_and_call_ups_in_headlines(pipeline, title, body, pair):
    found = title_types(pipeline, title, body)
    assert pair in found, found


@pytest.mark.model
def test_a_strike_held_out_on_a_condition_is_a_threat(pipeline):
    events = body_events(pipeline, "The union said it will strike if the government ignores its demands.")
    assert only(events, "strike").plover.type == "THREATEN", types_of(events)
