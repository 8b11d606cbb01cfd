"""The events stage: lexicon triggers in the parse -> coded events, with factuality and attribution.

Entry point ``extract_events(doc, article, actors, kb)``. Steps per document: map actor mentions
onto tokens, find attributions, then for every token that matches the lexicon and is an event
(match_filters.py drops restated clauses, non-acts and business news) read its source and target
(roles.py, noun_roles.py), its factuality (factuality.py) and, for violence, casualty counts
(casualties.py). An event is kept (event_keeping.py) only when it names at least one resolved actor
(weak lexicon entries need one on each side, or one and the classifier's agreement), or when it is
violence with a victim count, or a violence/coercion/protest noun in a sentence naming a political
actor, or a violence verb whose subject is a weapon ("a car bomb killed X") (kept with no actor,
like PETRARCH's "---"): precision on non-political text matters more
than recall.
CAMEO codes then follow the actor's stance (stance.py), appeals for punitive measures against an
actor (appeals.py) and missions sent to investigate (purposes.py), and reported violence adds the
speaker's accusation (accusation.py).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dateline.events.accusation import accusations
from dateline.events.actor_index import ActorIndex
from dateline.events.appeals import punitive_appeals
from dateline.events.attribution import find_attributions
from dateline.events.casualties import find_counts
from dateline.events.claims import (DEMAND_CODE, DEMAND_PATTERN, WISH_PATTERN, demand_candidates, demanded_acts, demanded_of,
                                    intent_candidates, judging_verb, judging_word, wish_candidates, wish_target)
from dateline.events.classifier import mark_added, revise
from dateline.events.codebook import refine_types
from dateline.events.codes import cameo_code
from dateline.events.comments import COMMENT_PATTERNS, comment_candidates, comment_roles
from dateline.events.data_files import cues, read_yaml
from dateline.events.event_keeping import (FALLBACK_NOTE, FALLBACK_PENALTY, NO_CODE_NEEDED, _best_available_actors,
                                           _confidence, _declared_intent, _headline_agentless_passive,
                                           _headline_event_subject, _headline_nominal_actor, _institution_acts,
                                           _keep_unresolved, _weak_confirmed, _weapon_acts,
                                           _worth_keeping)
from dateline.events.factuality import modality
from dateline.events.governed_targets import inherit_governed_targets
from dateline.events.lexicon import Match, load_lexicon
from dateline.events.match_filters import _commercial, _not_an_act, _restates_noun_trigger
from dateline.events.nonpolitical import business_event, business_sense, criticism, labour_strike
from dateline.events.noun_roles import noun_roles
from dateline.events.purposes import investigating_missions
from dateline.events.roles import Roles, verb_roles
from dateline.events.salience import rank_events
from dateline.events.sentences import SentenceIndex
from dateline.events.stance import COMMENT_PLOVER, recode, recode_events
from dateline.events.subjects import subject_actors
from dateline.model import Actor, ActorMention, Article, Attribution, Event, PloverCode, Span

if TYPE_CHECKING:  # typing only: the events stage does not need the actors package at run time
    from dateline.actors.kb import KnowledgeBase

VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
PLACE_TYPES = frozenset({"country"})
# `needs: {source: official}`: a named person or a state's representative ("the US leader", "the Saudi
# king"), not a crowd ("hundreds of mourners attended the funeral" is no visit; session-10 actors-petr10).
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "ELI", "IGO", "SPY"})
# `needs: {source: forces}`: armed forces as a body ("American troops left Afghanistan"), not a
# person of the sector ("the defence minister left Moscow" is a trip; session-12 events-recall12b).
FORCE_SECTORS = frozenset({"MIL", "REB", "INS"})
# `needs: {source: armed}`: who holds force, the security forces and armed groups ("fighter jets forced a
# cargo plane to land"), not a minister using the rules of parliament to "force MPs to vote"
# (events-recall12c); transnational militant groups (IMG...) too.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS"})
# The note of an event found by a weak lexicon entry (headline.py reads it).
WEAK_NOTE = "weak lexicon match"


def extract_events(
    doc: Doc, article: Article, actors: list[ActorMention], kb: KnowledgeBase | None, *, headline: bool = False
) -> tuple[list[Event], list[Attribution]]:
    """Events and attributions of one parsed article. ``kb`` is unused for now (the actors stage
    has already resolved codes); it is kept so a later coder can consult it. ``headline``: the text
    is a headline (events/headline.py), whose elliptical phrasing often names no resolved actor
    ("Protest Continues to Disrupt Traffic"): a strong lexicon event of violence, coercion or protest
    (political whoever acts, as in the body) with no actor is kept there, verb or noun, with a note,
    when the event classifier does not call the headline non-political."""
    sentences = SentenceIndex(doc)
    index = ActorIndex(doc, actors, sentences)
    attributions = find_attributions(doc, index, sentences)
    lexicon = load_lexicon()
    consumed: set[int] = set()
    candidates: list[list[Match]] = []
    for tok in doc:
        found = lexicon.match(tok)
        if found:
            candidates.append(found)
            consumed.update(m.object_token.i for m in found[:1] if m.object_token is not None)
    candidates += demand_candidates(doc, candidates)  # "X said Y must ..." (claims.py, #4)
    candidates += intent_candidates(doc, candidates)  # "X is ready to ..." (claims.py, #4)
    candidates += wish_candidates(doc, candidates)  # "X wants Y to attack Z": X appeals to Y (claims.py)
    candidates, added_at = revise(sentences, candidates)  # event classifier (#4)
    candidates = comment_candidates(doc, candidates, added_at, index)  # "X is skeptical of Y's plan" (comments.py, #3)
    trigger_types = {found[0].trigger.i: found[0].pattern.plover for found in candidates}
    events: list[Event] = []
    weak: dict[str, bool] = {}  # event_id -> matched a weak lexicon entry (not part of the contract)
    unresolved: set[str] = set()  # events kept with no actor of their own (see _best_available_actors)
    for found in candidates:
        tok = found[0].trigger
        if (tok.i in consumed or _restates_noun_trigger(tok, found[0], trigger_types)
                or _commercial(tok, found[0].pattern.objects, found[0].object_token, index,
                               materials=found[0].pattern.mode == "return")
                or _not_an_act(tok, found[0], index) or business_sense(found[0], index)):
            continue  # business_sense: a market sense of the word ("meet its needs"), nonpolitical.py
        for match in found:  # most specific first; the first whose actor needs are met wins
            match = criticism(match) or match  # "attacks on its farm programme": criticism (#4)
            match = labour_strike(match, index) or match  # "union members struck the plant" (#4)
            event = _build_event(match, doc, article, index, attributions, sentences)
            if event is not None and business_event(event, match, index):
                break  # market participants' transaction, a state's policy campaign (#4)
            if (event is not None and tok.i in added_at and event.source
                    and all(a.sector == "BUS" for a in event.source)):
                break  # the classifier reads politics: a company's act it adds is business ("filed a proposal") (#4)
            if event is not None:
                if (not match.pattern.weak and not event.source and not event.target
                        and event.plover.type in NO_CODE_NEEDED and match.pattern.pos == "noun"):
                    _best_available_actors(event, tok, index, sentences, unresolved)
                elif (not match.pattern.weak and not event.source and not event.target
                      and match.pattern.pos == "verb" and tok.i not in added_at):
                    _institution_acts(event, tok, index, sentences, unresolved)
                    if event.event_id not in unresolved:  # "a car bomb killed X" (events-recall12c)
                        _weapon_acts(event, tok, sentences, unresolved)
                if (headline and not match.pattern.weak and not event.source and not event.target
                        and event.plover.type in NO_CODE_NEEDED and event.event_id not in unresolved
                        and tok.i not in added_at):
                    _keep_unresolved(event, sentences.of(tok), "a headline naming no resolved actor", unresolved)
                elif (headline and not match.pattern.weak and not event.source and not event.target
                      and match.pattern.pos == "verb" and event.event_id not in unresolved
                      and tok.i not in added_at and _headline_nominal_actor(tok) is not None):
                    subj = _headline_nominal_actor(tok)
                    _keep_unresolved(event, sentences.of(tok), f"the headline's subject '{subj.text}' names no resolved actor",
                                     unresolved)
                elif (headline and not match.pattern.weak and not event.source and not event.target
                      and match.pattern.pos == "noun" and event.event_id not in unresolved
                      and tok.i not in added_at and _headline_event_subject(tok)):
                    _keep_unresolved(event, sentences.of(tok), "a headline event noun as the subject of a verb of phase",
                                     unresolved)
                elif (headline and not match.pattern.weak and not event.source and not event.target
                      and event.event_id not in unresolved and tok.i not in added_at
                      and _headline_agentless_passive(tok, match)):
                    why = ("a headline's intransitive verb whose subject undergoes it" if match.pattern.ergative
                           else "a headline's passive naming no agent")
                    _keep_unresolved(event, sentences.of(tok), why, unresolved)
                events.append(event)
                weak[event.event_id] = match.pattern.weak
                break
    events = _without_demanded_acts(events, doc)
    events = _without_judged_acts(events, doc)
    _assign_casualties(events, doc, article.text)
    kept = [e for e in events if _worth_keeping(e, weak[e.event_id]) or e.event_id in unresolved
            or _weak_confirmed(e, weak[e.event_id], doc, sentences) or _declared_intent(e, weak[e.event_id])]
    _relief_deployments(kept, sentences)
    _solo_exercises(kept, doc)
    kept = recode_events(kept, doc, sentences)  # ceasefires, peacekeeping, stated concerns (#4)
    punitive_appeals(kept, doc, index.actors_of)  # "called for sanctions against X": 110 (appeals.py)
    investigating_missions(kept, doc)  # "sent experts to investigate": 09 (purposes.py)
    for e in kept:
        e.confidence = _confidence(e, weak[e.event_id])
        if any(n.startswith(FALLBACK_NOTE) for n in e.notes):
            e.confidence = round(e.confidence - FALLBACK_PENALTY, 2)
    mark_added(kept, added_at)  # event classifier (#4)
    refine_types(kept, doc)  # PLOVER codebook boundaries (#4)
    # "refuses to lift the ban on X": the refusal's target is X. After confidence, so that a merge of
    # the two (dedup/within_article.py) keeps the governed act's more specific code and trigger, and
    # after the codebook, which makes a refused concession REJECT.
    kept = inherit_governed_targets(kept, doc)
    kept += accusations(kept, attributions, doc, article.doc_id)  # "X said Y attacked Z" (#4)
    rank_events(kept, doc, article.title, actors)  # document-level salience (#4)
    return kept, attributions


def _build_event(match: Match, doc: Doc, article: Article, index: ActorIndex,
                 attributions: list[Attribution], sentences: SentenceIndex) -> Event | None:
    tok, pattern = match.trigger, match.pattern
    roles: Roles = verb_roles(match, index) if pattern.pos == "verb" else noun_roles(match, index)
    if pattern is DEMAND_PATTERN:  # the demand's target is who must act (claims.py)
        roles = Roles(roles.source, index.actors_of(demanded_of(tok)))
        if not roles.source or not roles.target or all(a.sector == "BUS" for a in roles.target):
            return None  # a demand needs a resolved speaker and a resolved actor who must act
    if pattern is WISH_PATTERN:  # the appeal's target is whom the act is wished of (claims.py)
        roles = Roles(roles.source, index.actors_of(wish_target(tok)))
        if not roles.source or not roles.target:
            return None  # an appeal needs a resolved wisher and a resolved actor asked to act
    if pattern in COMMENT_PATTERNS and (roles := comment_roles(match, index)) is None:  # type: ignore[assignment]
        return None  # a comment or accord codes only when aimed at a resolved actor (comments.py)
    if not _needs_met(pattern.needs, roles):
        return None
    mod = modality(tok)
    speaker, reported = _reporting(tok, attributions)
    if mod.alleged_by is not None:
        # "X accused Y of bombing Z": the bombing is X's claim, not an established fact.
        accusers = subject_actors(mod.alleged_by, index)
        reported, speaker = True, speaker or (accusers[0] if accusers else None)
    factuality = mod.value or ("reported" if reported else "asserted")
    if _denied_by_no(tok, match.object_token):
        factuality = "negated"  # "had no meeting", "no plans for a meeting"
        notes_no = True
    else:
        notes_no = False
    trigger_end = tok.idx + len(tok.text)
    if match.object_token is not None and pattern.pos == "verb":
        # "impose sanctions": the evidence trigger covers verb through its object.
        lo = min(tok.idx, match.object_token.idx)
        hi = max(trigger_end, match.object_token.idx + len(match.object_token.text))
        trig = Span(lo, hi, article.text[lo:hi])
    elif match.object_token is not None:  # "phone call": modifier + noun
        lo = min(tok.idx, match.object_token.idx)
        trig = Span(lo, trigger_end, article.text[lo:trigger_end])
    else:
        trig = Span(tok.idx, trigger_end, tok.text)
    sent = sentences.of(tok)
    sentence = sentences.number(tok)
    words = sentences.words(sentence)
    notes = list(mod.notes)
    if notes_no:
        notes.append("negated by 'no'")
    if pattern.weak:
        notes.append(f"{WEAK_NOTE} '{pattern.lemma}'")
    code, stance_note = recode(pattern.cameo, tok, factuality)  # "willing to withdraw" -> 03x (#4)
    plover = pattern.plover
    if stance_note:
        notes.append(stance_note)
        if code in COMMENT_PLOVER:
            roles, plover, factuality = _comment_on_act(tok, code, roles, index, plover, factuality)
    event = Event(
        event_id=_event_id(article.doc_id, sentence, trig, pattern.plover),
        sentence=sentence,
        start=sent.start_char,
        end=sent.end_char,
        trigger=trig,
        source=roles.source,
        target=roles.target,
        plover=PloverCode(plover, pattern.mode or _mode_from_cues(plover, words), _contexts(words)),
        cameo=cameo_code(code),
        factuality=factuality,  # type: ignore[arg-type]
        attributed_to=speaker,
        notes=notes,
        trigger_token=tok.i,
    )
    return event


def _comment_on_act(tok: Token, code: str, roles: Roles, index: ActorIndex, plover: str,
                    factuality: str) -> tuple[Roles, str, str]:
    """A hope or doubt about another's act ("the United States is skeptical of a Russian announcement
    that it opened corridors", "Russia fears that Turkey will attack Syria") is the commenter's
    comment on that actor, as a coder codes it: source the commenter, target the act's doer (its
    target when it has none), PLOVER the comment's type (stance.COMMENT_PLOVER), asserted. A comment
    on one's own act ("Turkey said it hoped for more talks with Russia") keeps the act's roles and
    type, as does one whose commenter is unresolved."""
    verb = judging_verb(tok)
    judges = subject_actors(verb, index) if verb is not None else []
    if not judges or any(j in roles.source for j in judges):
        return roles, plover, factuality
    aimed = [a for a in (roles.source or roles.target) if a not in judges]
    if not aimed:
        return roles, plover, factuality
    return Roles(judges, aimed), COMMENT_PLOVER[code], "asserted"


def _without_judged_acts(events: list[Event], doc: Doc) -> list[Event]:
    """Drop an act re-coded as a hope or doubt comment on it (claims.py, ``_comment_on_act``) when the
    comment is an event of its own on its hope or doubt word (comments.py): "Merkel said she hoped
    that Russia would withdraw" is one comment, DEUGOV 013 RUS on "hoped", not that and the same
    comment again on "withdraw"."""
    comment_words = {e.trigger_token for e in events if e.cameo.code in COMMENT_PLOVER}

    def judged_elsewhere(e: Event) -> bool:
        if e.trigger_token is None or e.cameo.code not in COMMENT_PLOVER:
            return False
        word = judging_word(doc[e.trigger_token])
        return word is not None and bool({word.i, word.head.i} & (comment_words - {e.trigger_token}))

    return [e for e in events if not judged_elsewhere(e)]


def _without_demanded_acts(events: list[Event], doc: Doc) -> list[Event]:
    """Drop the acts a built demand stands for: "Russia says Israel must end attacks on Syria" is one
    event, Russia's demand of Israel on "says" (claims.demand_candidates); the act "end", which
    claim_stance re-coded as the demand (CAMEO 100), is its content. Where no demand was built (its
    speaker or the actor who must act is unresolved) the re-coded act stays as it was."""
    demands = [e for e in events if e.cameo.code == DEMAND_CODE and e.trigger_token is not None
               and doc[e.trigger_token].lemma_.lower() in cues()["claim_speech_verbs"]]
    covered: set[int] = set()
    for demand in demands:
        covered |= demanded_acts(doc[demand.trigger_token])
    return [e for e in events if e in demands or e.trigger_token not in covered
            or not any("coded as a demand" in n for n in e.notes)]


def _denied_by_no(tok: Token, obj: Token | None) -> bool:
    """'no' on the light verb's object ("had no meeting") or on the noun a nominal trigger
    completes ("no plans for an emergency meeting")."""
    if obj is not None and any(ch.dep_ == "det" and ch.lower_ == "no" for ch in obj.children):
        return True
    head = tok
    for _ in range(2):  # noun -> "for" -> "plans"
        if head.dep_ not in ("pobj", "prep"):
            break
        head = head.head
    if head.i == tok.i or head.pos_ != "NOUN" or head.lemma_.lower() in cues()["unconfirmed_heads"]:
        return False  # "no confirmation of the visit" leaves it unconfirmed, not denied (factuality.py)
    return any(ch.dep_ == "det" and ch.lower_ == "no" for ch in head.children)


def _needs_met(needs: dict[str, str], roles: Roles) -> bool:
    for role, kind in needs.items():
        actors = roles.source if role == "source" else roles.target
        wanted = PLACE_TYPES if kind == "place" else {kind}
        if kind == "place" and role == "target" and roles.place_target and not actors:
            continue  # a city or region that is no actor still makes a visit ("flew to Tbilisi")
        if kind == "actor":  # any resolved actor ("gave $5 million to X": a recipient; "X opposed the
            if not actors:  # plan": an opponent; session-12 events-recall12a and 12b)
                return False
        elif kind == "official":
            if not any(a.type == "person" or a.sector in OFFICIAL_SECTORS for a in actors):
                return False
        elif kind == "forces":
            if not any(a.type != "person" and a.sector in FORCE_SECTORS for a in actors):
                return False
        elif kind == "armed":
            if not any(a.sector in ARMED_SECTORS or (a.code or "").startswith("IMG") for a in actors):
                return False
        elif not actors or not any(a.type in wanted for a in actors):
            return False
    return True


def _reporting(tok: Token, attributions: list[Attribution]) -> tuple[Actor | None, bool]:
    """Innermost attribution whose content holds the trigger (not its own cue)."""
    best: Attribution | None = None
    for att in attributions:
        if att.content.start <= tok.idx < att.content.end and not (att.cue.start <= tok.idx < att.cue.end):
            if best is None or (att.content.end - att.content.start) < (best.content.end - best.content.start):
                best = att
    return (best.speaker if best else None), best is not None


def _assign_casualties(events: list[Event], doc: Doc, text: str) -> None:
    """Counts in a sentence go to the violent event whose trigger's clause holds them, else to the
    first violent event of the sentence."""
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        if e.plover.type in VIOLENT_TYPES:
            by_sentence.setdefault(e.sentence, []).append(e)
    for group in by_sentence.values():
        first = group[0]
        for count in find_counts(text[first.start:first.end]):
            pos = first.start + count.start
            holders = [e for e in group if _clause_holds(doc, e, pos)]
            # The innermost clause wins: "attacks, including a shooting that killed 39" -> shooting.
            owner = min(holders, key=lambda e: _clause_size(doc, e)) if holders else None
            owner = owner or next((e for e in group if e.plover.type == "ASSAULT"), first)
            if count.value is None:
                owner.notes.append(f"{count.kind} not coded: '{count.text}' gives no number")
                continue
            if count.kind == "fatalities" and owner.fatalities is None:
                owner.fatalities = count.value
            elif count.kind == "injured" and owner.injured is None:
                owner.injured = count.value


def _relief_deployments(events: list[Event], sentences: SentenceIndex) -> None:
    """Deployments in disaster news are aid: "Britain will send a warship to the region" after a
    typhoon is CAMEO 073 (humanitarian aid), not CAMEO 150 (military posture). Only when the
    article names a natural disaster and codes no violence, so war reporting is untouched."""
    deployments = [e for e in events if e.plover.type == "MOBILIZE"]
    if not deployments or any(e.plover.type in VIOLENT_TYPES for e in events):
        return
    disaster = cues()["disaster"]
    if not any(sentences.words(n) & disaster for n in range(len(sentences.spans))):
        return
    for e in deployments:
        e.plover = PloverCode("AID", "humanitarian", e.plover.context)
        e.cameo = cameo_code("073")
        e.notes.append("deployment in disaster news coded as humanitarian aid")


def _solo_exercises(events: list[Event], doc: Doc) -> None:
    """Military exercises with no partner are a show of force (CAMEO 152, PLOVER MOBILIZE), not
    military cooperation (062): "Russia held naval drills in the Baltic" vs "Russia and China held
    joint drills". A partner is a second participant or a joint/bilateral/... modifier."""
    c = cues()
    for e in events:
        if e.plover.type != "COOPERATE" or e.plover.mode != "military" or e.trigger_token is None:
            continue
        objects = [t for t in doc[e.trigger_token].children if t.lemma_.lower() in c["exercise_nouns"]]
        if not objects or len({a.name for a in (*e.source, *e.target)}) > 1:
            continue
        if any(m.lemma_.lower() in c["partner_modifiers"] for o in objects for m in o.children):
            continue
        e.plover = PloverCode("MOBILIZE", None, e.plover.context)
        e.cameo = cameo_code("152")
        e.notes.append("exercise with no partner coded as a show of force")


def _clause_holds(doc: Doc, event: Event, char: int) -> bool:
    tok = doc[event.trigger_token] if event.trigger_token is not None else None
    if tok is None:
        return False
    lo, hi = tok.left_edge, tok.right_edge
    return lo.idx <= char < hi.idx + len(hi.text)


def _clause_size(doc: Doc, event: Event) -> int:
    tok = doc[event.trigger_token or 0]
    return tok.right_edge.i - tok.left_edge.i


def _event_id(doc_id: str, sentence: int, trigger: Span, plover: str) -> str:
    key = f"{doc_id}|{sentence}|{trigger.start}|{trigger.end}|{plover}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def _context_cues() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in read_yaml("context.yaml").items()}


@lru_cache(maxsize=1)
def _mode_cues() -> dict[str, dict[str, frozenset[str]]]:
    return {t: {m: frozenset(words) for m, words in modes.items()} for t, modes in read_yaml("modes.yaml").items()}


def _contexts(words: frozenset[str]) -> list[str]:
    return [name.replace("_", " ") for name, cues_ in _context_cues().items() if words & cues_]


def _mode_from_cues(plover: str, words: frozenset[str]) -> str | None:
    modes = _mode_cues().get(plover)
    if not modes:
        return None
    return next((m for m, cues_ in modes.items() if words & cues_), None)
