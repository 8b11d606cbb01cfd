"""Session 10, events-ngec10 (#4): headline passives written without "was" and with no agent,
nominal subjects named through their modifier, and lexicon gaps (suspended plans, sentences
handed down, winning concessions ...). Headlines and sentences written for these tests."""

from __future__ import annotations

import pytest

from event_checks import headline_article, headline_plover_types, main_type

@pytest.mark.model
@pytest.mark.parametrize("title,plover", [
    ("Curfew Lifted in Arequipa After Deal With Farmers", "CONCEDE"),  # a passive parsed as a past tense
    ("Forty Prisoners Released in Peru", "RETREAT"),  # a participle on its noun
    ("Dozens of Captives Freed in Border Town", "RETREAT"),  # the noun counted by "dozens"
    ("Lima: Two Opposition Newspapers Banned for Foreign Funding", "COERCE"),  # after a kicker
])
def test_an_agentless_headline_passive_names_its_act(pipeline, title, plover):
    assert plover in headline_plover_types(pipeline, title)


@pytest.mark.model
def test_an_agentless_passive_is_the_headline_event_before_its_background(pipeline):
    # The act comes first; the agreement after "after" is its setting.
    assert main_type(pipeline, "Curfew Lifted in Arequipa After Agreement With Farmers") == "CONCEDE"


@pytest.mark.model
def test_a_past_tense_with_an_object_stays_active(pipeline):
    out = headline_article(pipeline, "Peru Attacked Rebel Camp Near Border").to_dict()
    assaults = [e for e in out["title_events"] if e["plover"]["type"] == "ASSAULT"]
    assert assaults and [a["country"] for a in assaults[0]["source"]] == ["PER"]


@pytest.mark.model
def test_an_agentless_passive_of_a_word_without_its_listed_object_codes_nothing(pipeline):
    # "released" a report is no release of people: only the entries' listed objects count.
    assert headline_plover_types(pipeline, "Quarterly Figures Released in Lima") == []


@pytest.mark.model
def test_a_nominal_subject_named_through_its_modifier(pipeline):
    # "group" is no political actor word; "opposition" before it makes it one.
    assert "CONCEDE" in headline_plover_types(pipeline, "Opposition Group Concedes After Talks With Officials")


@pytest.mark.model
@pytest.mark.parametrize("title,plover", [
    ("President of Peru Suspends Plans to Impose Curfew in Lima", "CONCEDE"),
    ("Judge Hands Down Sentences in Bribery Case", "SANCTION"),
])
def test_headline_lexicon_gaps(pipeline, title, plover):
    assert main_type(pipeline, title) == plover


POLITICAL_BODY = "The two defence ministers met in Lima on Monday and signed a border security agreement."


@pytest.mark.model
def test_speaking_by_phone_is_a_phone_call(pipeline):
    title = "Peru and Chile Leaders Speak by Phone Amid Border Tensions"
    assert "CONSULT" in headline_plover_types(pipeline, title, POLITICAL_BODY)


@pytest.mark.model
def test_an_armed_word_makes_a_group_rebels_not_a_firm(pipeline):
    text = ("Fighters of the Northern Rebel Group freed twelve aid workers on Sunday, a spokesman for the "
            "Northern Rebel Group said in a statement.")
    out = headline_article(pipeline, "Rebels Free Aid Workers", text)
    sectors = {m.actor.sector for m in out.actors if "Rebel Group" in m.text}
    assert sectors == {"REB"}


@pytest.mark.model
@pytest.mark.parametrize("title,plover", [
    ("Students Win Major Concessions in Talks With Government", "CONCEDE"),  # the other side yields
    ("Reformers Secure Concessions in Talks With Ministers", "CONCEDE"),  # reformers a nominal actor
    ("Peru Approves of Chile's New Trade Policy", "SUPPORT"),
    ("Peru Renews Commitment to the African Union", "SUPPORT"),
    ("Militia Expands Recruitment in Border Region", "MOBILIZE"),
    ("Governor Orders Police to Main Square", "MOBILIZE"),
    ("Hundreds of Troops Called to Lima After Riots", "MOBILIZE"),
    ("Former Minister Faces Charges in Fraud Case", "ACCUSE"),
    ("Peru Faces Shortages as Sanctions Take Hold", "SANCTION"),  # "take" a verb of phase
    ("Political Group Agrees to End Protests in Capital", "CONCEDE"),  # a modifier makes the actor
])
def test_headline_lexicon_gaps_round_two(pipeline, title, plover):
    assert main_type(pipeline, title, POLITICAL_BODY) == plover


@pytest.mark.model
def test_winning_concessions_reads_the_giver_from_from(pipeline):
    text = "The striking miners won concessions from the Peruvian government on Friday."
    events = [e for e in headline_article(pipeline, "Miners End Strike", text).events if e.plover.type == "CONCEDE"]
    assert events and [a.country for a in events[0].source] == ["PER"]


@pytest.mark.model
@pytest.mark.parametrize("title,text,plover", [
    # approving a budget is no support
    ("Budget Passed", "The Peruvian parliament approved the budget for next year on Friday.", "SUPPORT"),
    # ordering police to act is no deployment
    ("Journalist Killed", "The Peruvian interior minister ordered police to investigate the killing of the journalist.",
     "MOBILIZE"),
    # approving of a market change is no support
    ("Saudi Oil Minister Speaks",
     "Saudi Arabia does not approve of a fall in crude prices from current levels, the minister said.", "SUPPORT"),
    # police called to a scene is no deployment
    ("Shopkeeper Beaten", "Police were called to the scene after a shopkeeper was beaten in the market on Sunday.",
     "MOBILIZE"),
])
def test_body_acts_that_are_not_the_type(pipeline, title, text, plover):
    assert [e for e in headline_article(pipeline, title, text).events if e.plover.type == plover] == []


@pytest.mark.model
@pytest.mark.parametrize("title", [
    # "Gathered" describes the ministers; "Agree" is the headline's verb and its subject acts.
    "Trade Ministers Gathered in Lima Agree to Cut Farm Tariffs",
    # the parser may hang the present verb as an adverbial clause rather than a conjunct
    "Finance Ministers Gathered in Sao Paulo Agree to Raise Bank Capital Rules",
])
def test_a_past_participle_before_a_present_verb_keeps_the_subject_active(pipeline, title):
    out = headline_article(pipeline, title, POLITICAL_BODY).to_dict()
    agrees = [e for e in out["title_events"] if e["plover"]["type"] == "AGREE"]
    assert agrees and agrees[0]["source"]
