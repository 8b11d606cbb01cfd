"""actors-spans9 (#3): a name's bracketed acronym belongs to the name's mention."""

from __future__ import annotations

import spacy

from dateline.actors.acronyms import absorb_acronyms
from dateline.model import Actor, ActorMention

ANC = Actor("African National Congress", None, "ZAFPTY", "ZAF", "PTY", "organization")
ICC = Actor("International Criminal Court", None, "IGOICC", None, "IGO", "organization")
COURT = Actor("Supreme Court", None, "KENJUD", "KEN", "JUD", "organization")
LEE = Actor("Lee Nak-yon", None, None, None, None, "person")


def mention(text: str, name: str, actor: Actor, nth: int = 0) -> ActorMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return ActorMention(start, start + len(name), name, actor)


def test_the_acronym_joins_the_name_and_its_own_mention_is_absorbed():
    text = "Police raided the African National Congress (ANC) offices."
    doc = spacy.blank("en")(text)
    found = absorb_acronyms(doc, text, [mention(text, "African National Congress", ANC), mention(text, "ANC", ANC)])
    assert [m.text for m in found] == ["African National Congress (ANC)"]


def test_dotted_acronym_with_spaces_counts():
    text = "the African National Congress ( A . N . C . ) said"
    doc = spacy.blank("en")(text)
    found = absorb_acronyms(doc, text, [mention(text, "African National Congress", ANC)])
    assert [m.text for m in found] == ["African National Congress ( A . N . C . )"]


def test_brackets_that_are_no_acronym_or_name_someone_else_stay_apart():
    text = "Lee Nak-yon (R) met the Supreme Court (ICC) and Lee Nak-yon (D-Mich.)"
    doc = spacy.blank("en")(text)
    given = [mention(text, "Lee Nak-yon", LEE), mention(text, "Supreme Court", COURT), mention(text, "ICC", ICC),
             mention(text, "Lee Nak-yon", LEE, nth=1)]
    assert absorb_acronyms(doc, text, given) == given
