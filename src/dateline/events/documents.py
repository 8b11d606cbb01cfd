"""The country a document speaks for when no author is named (session-10 actors-petr10, #3).

"A report released in Kigali alleged that ...", "a report published Tuesday in the Rwandan capital
said ...": the speaker of the attribution is a document (cues.yaml `document_nouns`) whose phrase
names no actor, only where it was made public (`publication_verbs` + "in" a place). The country
of that place is the report's source, as PETRARCH codes the country named in a subject phrase and
as `place_targets.place_sources` reads the author of an agentless attack from its place. The
place is a place mention of the geo stage ("in Kigali") or a nationality's capital ("in the
Rwandan capital"; `capital_nouns`, the demonym read from the knowledge base). A named author
comes first ("a report by Human Rights Watch": the actors stage resolves it, and the attribution
already has its speaker), so this runs only for attributions with no speaker.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dateline.actors.kb import KnowledgeBase
from dateline.events.accusation import accusations
from dateline.events.data_files import cues
from dateline.events.place_targets import launched_from
from dateline.model import Article, Attribution, Event, PlaceMention

# The speaker of these accusations is read from where the report was made public, not named: said
# on the event (as place_sources notes an author read from a place), so users can tell it from a
# named accuser and filter it out.
DOCUMENT_NOTE = "accuser read from where the unsigned report was made public"


def place_accusations(found: list[Event], sourced: list[Event], attributions: list[Attribution],
                      places: list[PlaceMention], doc: Doc, kb: KnowledgeBase, article: Article) -> list[Event]:
    """The accusations a report of an attack makes when its author or its speaker is read from a
    place: "Israel said a shell was fired at it from Gaza" (``sourced``: the events
    ``place_sources`` gave a source, of which those launched from the place), and "a report
    released in Kigali alleged that X attacked Y" (the report speaks for RWA; ``document_speakers``,
    noted on the event). Only named speakers accuse. Returns the new
    events; ``attributions`` get the document speakers."""
    out = accusations(launched_from(sourced, doc), attributions, doc, article.doc_id, nominal_speakers=False)
    spoken = document_speakers(attributions, places, doc, kb, article.date)
    guessed = accusations(attribute(found + out, spoken), spoken, doc, article.doc_id, nominal_speakers=False)
    for e in guessed:
        e.notes.append(DOCUMENT_NOTE)
    return out + guessed


def document_speakers(attributions: list[Attribution], places: list[PlaceMention], doc: Doc,
                      kb: KnowledgeBase, date: str) -> list[Attribution]:
    """Give each speakerless attribution whose source is a document made public in a country that
    country as its speaker (replaced in ``attributions``); return the attributions changed."""
    c = cues()
    changed: list[Attribution] = []
    for i, att in enumerate(attributions):
        if att.speaker is not None:
            continue
        span = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
        if span is None or span.root.lemma_.lower() not in c["document_nouns"]:
            continue
        if _has_author(span.root):
            continue  # "a report by an independent panel", "the panel's report": an author, unresolved
        country = _publication_country(span.root, places, kb)
        if country is None:
            continue
        entry = kb.entries.get(f"country:{country}")
        actor = entry.actor_on(date) if entry is not None else None
        if actor is None:
            continue
        attributions[i] = replace(att, speaker=actor)
        changed.append(attributions[i])
    return changed


def attribute(events: list[Event], attributions: list[Attribution]) -> list[Event]:
    """The events with no speaker yet whose trigger lies in one of ``attributions``' content, now
    attributed to its speaker; returned so that their report can be read as an accusation."""
    out = []
    for e in events:
        if e.attributed_to is not None:
            continue
        for att in attributions:
            if att.content.start <= e.trigger.start < att.content.end:
                e.attributed_to = att.speaker
                out.append(e)
                break
    return out


def _publication_country(document: Token, places: list[PlaceMention], kb: KnowledgeBase) -> str | None:
    """ISO alpha-3 of the place "in" which a participle on ``document`` made it public ("released
    in Kigali", "published in the Rwandan capital"), else None."""
    c = cues()
    for verb in (ch for ch in document.children if ch.dep_ == "acl" and ch.lemma_.lower() in c["publication_verbs"]):
        for prep in (ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "in"):
            for obj in (ch for ch in prep.children if ch.dep_ == "pobj"):
                found = _place_country(obj, places) or _capital_country(obj, kb)
                if found:
                    return found
    return None


def _has_author(document: Token) -> bool:
    """The document names an author that is no resolved actor: a possessor, or a "by" phrase on the
    noun or on its participles ("a report compiled by an independent panel")."""
    if any(ch.dep_ == "poss" for ch in document.children):
        return True
    heads = [document] + [ch for ch in document.children if ch.dep_ == "acl"]
    return any(ch.dep_ == "agent" or (ch.dep_ == "prep" and ch.lower_ == "by") for h in heads for ch in h.children)


def _place_country(obj: Token, places: list[PlaceMention]) -> str | None:
    """The country of the place mention at the head of ``obj``'s phrase ("in Kigali")."""
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    for p in places:
        if start <= p.start and p.end <= end and p.place.country and obj.idx < p.end and p.start <= obj.idx:
            return p.place.country
    return None


def _capital_country(obj: Token, kb: KnowledgeBase) -> str | None:
    """"the Rwandan capital": the country of the demonym that modifies a capital noun."""
    if obj.lemma_.lower() not in cues()["capital_nouns"]:
        return None
    for mod in (ch for ch in obj.children if ch.dep_ in ("amod", "compound")):
        countries = {r.key for r in kb.lookup(mod.text) if r.kind == "demonym"}
        if len(countries) == 1:
            return countries.pop()
    return None


__all__ = ["attribute", "document_speakers", "place_accusations"]
