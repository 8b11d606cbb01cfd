"""Headline events: the article's title coded as a short text of its own (events-headline7, #4).

A news headline states the story's event ("Activists Decry Kabul Bombings"), often one the body
tells only around it. ``extract_title_events`` runs the same events stage over the title, parsed
from ``nlp.headlines.parse_text`` (Title Case lowered where it is only style, same length, so
offsets index the original title) with actors resolved on it by the same actors stage over
``title_article``. Every filter of the body applies (business and market senses, actor needs),
so business headlines invent no events. Title events' offsets, triggers and mentions index the
title; their ids are derived from ``<doc_id>#title``. The story's main event across body and
title is chosen by ``salience.choose_main_event``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from dateline.events.extract import WEAK_NOTE, extract_events
from dateline.model import ActorMention, Article, Event, Span

if TYPE_CHECKING:
    from dateline.actors.kb import KnowledgeBase

TITLE_PART = "#title"
# Sectors of a party that makes a headline event political on its own: not a firm (BUS), not a bare
# country name (a country in a trade headline stands for its market or its firms: "EGYPT REJECTS VEG
# OIL OFFERS", "CARGILL U.K. STRIKE TALKS").
PARTY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "PTY", "OPP", "REB", "INS", "IGO", "NGO",
                           "IMG", "REF", "ELI", "HLH", "EDU", "REL", "MED", "LAB", "CVL"})
TITLE_NOTE = "coded from the headline"
# PLOVER types no market participant performs: a bare country doing one of these in a headline is a
# state act even when the body reports no event ("Sri Lanka Commends Norway", "Portugal Eases
# Restrictions on Civil Society"); trade headlines name consultations, agreements, offers, requests,
# aid and ventures (CONSULT, AGREE, REJECT, REQUEST, AID, COOPERATE) and markets' retreats ("UGANDA
# PULLS OUT OF COFFEE MARKET": no RETREAT here) (session-9 events-ngec9, #4). Weak lexicon words
# ("U.S. WARNS OF DEPENDENCE ON FOREIGN OIL") do not count.
STATE_ACT_TYPES = frozenset({"ACCUSE", "SUPPORT", "THREATEN", "CONCEDE", "MOBILIZE", "COERCE",
                             "ASSAULT", "PROTEST", "SANCTION"})


def title_article(article: Article) -> Article | None:
    """The headline as an article of its own (same date, dateline and outlet), or None without one.
    It keeps the headline as its title too, so the salience headline cue ranks the headline's own
    events: its first event word is its event ("Activists Decry Kabul Bombings": the accusation)."""
    if not article.title or not article.title.strip():
        return None
    return dataclasses.replace(article, doc_id=f"{article.doc_id}{TITLE_PART}", text=article.title)


def extract_title_events(doc: Doc, article: Article, actors: list[ActorMention],
                         kb: KnowledgeBase | None, coder: Callable[..., Any] = extract_events) -> list[Event]:
    """Events of the headline of ``article``. ``doc`` is the parse of the headline's parse text and
    ``actors`` the actors stage's mentions in it (offsets into ``article.title``). ``coder`` is the
    events stage (``extract_events``) or one with its signature (``dateline eval events --``)."""
    headline = title_article(article)
    if headline is None:
        return []
    # The events stage relaxes its actor rule for headlines; another coder is called as it is.
    found = coder(doc, headline, actors, kb, headline=True) if coder is extract_events else coder(doc, headline, actors, kb)
    events = list(found[0] if isinstance(found, tuple) else found)
    for e in events:
        # The parse read a lowered copy of the title (same length): the trigger text is the title's own.
        e.trigger = Span(e.trigger.start, e.trigger.end, headline.text[e.trigger.start:e.trigger.end])
        e.notes.append(TITLE_NOTE)
    return events


def supported_title_events(title_events: list[Event], body_events: list[Event]) -> list[Event]:
    """The headline events to keep, given the body's events (session 8, #4). A body that reports
    political events confirms that the story is political: all headline events stay (and
    ``choose_main_event`` picks among them). A body with none (the business and market filters
    found only trade, or nothing) keeps a headline event only when it names a political party of
    its own, not a firm nor a bare country (``PARTY_SECTORS``), or names no actor at all (violence,
    coercion and protest, which headlines keep whoever acts): headlines are terse, and without the
    body's context a country name in a trade headline reads like a state act, unless two states
    are named or the act is one no market performs (``_stands_alone``, session-9). Measured on the
    Reuters-21578 business stories of hand check 9 (false headline events 12 of 31 -> 4 of 19) and on
    NGEC (first 1,500 stories 0.739 -> 0.723): docs/benchmarks.md, "Session 8: headline events
    without a body event"."""
    if body_events:
        return list(title_events)
    return [e for e in title_events if _stands_alone(e)]


def _stands_alone(event: Event) -> bool:
    """A headline event with no body event behind it: it names no actor, or a political party
    (``PARTY_SECTORS``, not a bare country), or two different states (one state acting on or with
    another: "Samoa and Benin Cooperate on Climate Change"), or a bare state doing what no market
    does (``STATE_ACT_TYPES``, on a word that is not a weak lexicon entry). Trade headlines name one
    country and a market act (session-9)."""
    actors = (*event.source, *event.target)
    if not actors or any(a.sector in PARTY_SECTORS and a.type != "country" for a in actors):
        return True
    if all(a.type == "nominal" and a.sector is None for a in actors):
        return True  # only people an act is done to ("Forty Prisoners Released in Peru"), as civilians
    states = {a.code for a in actors if a.type == "country" and a.code}
    if len(states) >= 2:
        return True
    return (bool(states) and event.plover.type in STATE_ACT_TYPES
            and not any(n.startswith(WEAK_NOTE) for n in event.notes))
