"""Session 14, events-comments14 (#3): comments and accord aimed at an actor (events/comments.py).
A pessimistic or optimistic comment (CAMEO 012 / 013) or an expression of accord (019) is an event
of its own when it names the actor it is about. Sentences written for these tests (none from a gold
set); each positive case failed before the change."""

from __future__ import annotations

import pytest

from event_checks import coded_dyads


@pytest.mark.model
@pytest.mark.parametrize("text,code,plover,source,target", [
    # a hope or doubt adjective, its object's modifier or possessor the target
    ("The Italian government said it is skeptical of the Iranian proposal.", "012", "ACCUSE", "ITAGOV", "IRN"),
    ("Germany is pessimistic about Turkey's plan to build a new pipeline.", "012", "ACCUSE", "DEU", "TUR"),
    ("The French foreign ministry said it was optimistic about the Egyptian initiative.", "013", "SUPPORT", "FRAGOV", "EGY"),
    # a stance noun an expression verb takes
    ("Japan expressed optimism over South Korea's new offer.", "013", "SUPPORT", "JPN", "KOR"),
    ("Russia voiced skepticism about NATO's assurances.", "012", "ACCUSE", "RUS", "IGONAT"),
    ("Spain expressed doubts about Morocco's commitment to the deal.", "012", "ACCUSE", "ESP", "MAR"),
    # the subject of the hoped clause
    ("Canada voiced hope that Mexico will ratify the treaty soon.", "013", "SUPPORT", "CAN", "MEX"),
    ("India hopes Pakistan will take the new proposal seriously.", "013", "SUPPORT", "IND", "PAK"),
    # accord: agreeing with another's position
    ("Austria agreed with Hungary that the border should stay open.", "019", "SUPPORT", "AUT", "HUN"),
    ("The Dutch government said it agrees with Belgium's recommendation.", "019", "SUPPORT", "NLDGOV", "BEL"),
])
def test_a_comment_aimed_at_an_actor_is_an_event(pipeline, text, code, plover, source, target):
    found = coded_dyads(pipeline, text)
    assert (plover, code, [source], [target]) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # business speakers: a company, also one named after a country
    "British Airways said it was optimistic about the Spanish government's plan.",
    "General Motors said it agreed with the Mexican government's assessment.",
    # no aim: a statement, no event
    "Italy said it was optimistic about the outcome.",
    "France expressed pessimism about the economy.",
    # an agreement to act is no accord
    "Egypt agreed with Israel to reopen the crossing.",
    "The Chilean government agreed with Argentina that it will share the costs of the bridge.",
    "Greece will repay the loans as agreed with Germany.",
    # concern about someone's fate is for them, not a comment on them
    "Saudi Arabia expressed concern about the fate of the Turkish journalist.",
    # one's own country is no aim; a negated comment has the other polarity
    "The Brazilian president said he hoped Brazil would recover quickly.",
    "Germany is not optimistic about Russia's offer.",
    "Poland said it does not agree with Lithuania that the pipeline is safe.",
])
def test_no_comment_event(pipeline, text):
    found = coded_dyads(pipeline, text)
    assert not any(c in ("012", "013", "019") for _, c, _, _ in found), found
