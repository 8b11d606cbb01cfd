"""The events stage: lexicon triggers in the parse -> coded events, with factuality and attribution.

Entry point ``extract_events(doc, article, actors, kb)``. Steps per document: map actor mentions
onto tokens, find attributions, then for every token that matches the lexicon read its source
and target (roles.py), its factuality (factuality.py) and, for violence, casualty counts
(casualties.py). An event is kept only when it names at least one resolved actor (weak lexicon
entries need one on each side, or one and the classifier's agreement), or when it is violence with
a victim count, or a violence/coercion/protest noun in a sentence naming a political actor (kept
with no actor, like PETRARCH's "---"): precision on non-political text matters more than recall.
CAMEO codes then follow the actor's stance (stance.py), appeals for punitive measures against an
actor (appeals.py) and missions sent to investigate (purposes.py), and reported violence adds the
speaker's accusation (accusation.py).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from dateline.events.accusation import accusations
from dateline.events.actor_index import ActorIndex
from dateline.events.appeals import punitive_appeals
from dateline.events.attribution import find_attributions
from dateline.events.casualties import find_counts
from dateline.events.claims import (DEMAND_PATTERN, WISH_PATTERN, demand_candidates, demanded_of, intent_candidates,
                                    wish_candidates, wish_target)
from dateline.events.classifier import NONE as NO_EVENT, classify_sentence, mark_added, revise
from dateline.events.codebook import refine_types
from dateline.events.codes import cameo_code
from dateline.events.data_files import cues, read_yaml
from dateline.events.factuality import modality
from dateline.events.institutions import institutional_subject
from dateline.events.lexicon import Match, fragment_head, load_lexicon
from dateline.events.nonpolitical import (business_event, business_sense, criticism, labour_strike, mass_market_noun,
                                          senses)
from dateline.events.purposes import investigating_missions
from dateline.events.roles import Roles, noun_roles, subject_actors, verb_roles
from dateline.events.salience import rank_events
from dateline.events.sentences import SentenceIndex
from dateline.events.stance import recode, recode_events
from dateline.model import Actor, ActorMention, Article, Attribution, Event, PloverCode, Span

if TYPE_CHECKING:  # typing only: the events stage does not need the actors package at run time
    from dateline.actors.kb import KnowledgeBase

VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
PLACE_TYPES = frozenset({"country"})
# `needs: {source: official}`: a named person or a state's representative ("the US leader", "the Saudi
# king"), not a crowd ("hundreds of mourners attended the funeral" is no visit; session-10 actors-petr10).
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "ELI", "IGO", "SPY"})
# The note of an event found by a weak lexicon entry (headline.py reads it).
WEAK_NOTE = "weak lexicon match"
# Types kept even when no actor resolves to a code: violence and protest are political whoever acts.
NO_CODE_NEEDED = frozenset({"ASSAULT", "COERCE", "PROTEST"})


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
    trigger_types = {found[0].trigger.i: found[0].pattern.plover for found in candidates}
    events: list[Event] = []
    weak: dict[str, bool] = {}  # event_id -> matched a weak lexicon entry (not part of the contract)
    unresolved: set[str] = set()  # events kept with no actor of their own (see _best_available_actors)
    for found in candidates:
        tok = found[0].trigger
        if (tok.i in consumed or _restates_noun_trigger(tok, found[0], trigger_types)
                or _commercial(tok, found[0].pattern.objects, found[0].object_token)
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
    kept += accusations(kept, attributions, doc, article.doc_id)  # "X said Y attacked Z" (#4)
    rank_events(kept, doc, article.title, actors)  # document-level salience (#4)
    return kept, attributions


def _restates_noun_trigger(tok: Token, match: Match, trigger_types: dict[int, str]) -> bool:
    """A clause that restates the event it hangs on: "a shooting ... that killed 39" (relative
    clause), "attacked the village, killing 12 and wounding 30" (participles, their conjuncts).
    Its counts are read by the head event instead."""
    if tok.dep_ not in ("relcl", "acl", "advcl", "conj"):
        return False
    if (tok.dep_ == "acl" and match.object_token is not None and match.object_token.i == tok.head.i
            and fragment_head(tok.head)):
        # "Concessions Made By Morocco": the participle's noun is its own object; in running text a
        # participle on a noun event restates it ("lifted sanctions imposed on Uganda") (session-9)
        return False
    if tok.dep_ in ("advcl", "conj") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # its own subject: a separate clause
    head = tok.head
    if tok.dep_ == "advcl" and head.lemma_.lower() in cues()["allegation_governors"]:
        # "accused X of bombing Y, killing five": the participle restates the alleged act.
        return any(trigger_types.get(t.i) == match.pattern.plover for t in head.subtree if t.i != tok.i)
    while head.dep_ == "conj" and head.i not in trigger_types and head.head.i != head.i:
        head = head.head
    return trigger_types.get(head.i) == match.pattern.plover or (
        head.dep_ in ("advcl", "conj", "relcl") and trigger_types.get(head.head.i) == match.pattern.plover
    )


COMPLEMENT_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "compound", "poss", "nsubj", "nsubjpass", "conj", "appos", "ccomp"})


def _not_an_act(tok: Token, match: Match, index: ActorIndex) -> bool:
    """Matches that are no act of an actor:
    - "imports threaten to top 50 pct": a threat/promise whose complement is a change of quantity;
    - "they agreed with Smith, who said ...", "analysts agreed that ...": agreeing with an opinion
      (no object, infinitive or preposition other than "with" saying what, where or how);
    - "the field was the first mine": "be in" as a visit needs no predicate noun;
    - "calling it a success": a naming verb with an object predicate;
    - "to meet buyer requirements" (a thing met, not a person), "declared a flooding emergency";
    - "the quake killed six people": a natural disaster or accident as the subject;
    - "units which support the affiliate": a relative clause about a noun that is no actor;
    - "defended his decision": defending or justifying one's own act (cues ``own_act_defence_verbs``);
    - "a call to the UN to send troops": a call noun with an infinitive of its own is an appeal;
    - "X said at the annual meeting": a meeting as the setting of a remark (_setting_of_speech);
    - "the study discusses several options": a document as the subject of a verb of talk;
    - "the farm policy debate could hit the Senate", "wheat crop threatened by pests": a weak
      violence verb or "threaten" whose subject or passive agent is a common noun that names no
      actor and no weapon, attack or armed men (cues ``armed_agents``)."""
    c = cues()
    if match.pattern.plover == "CONSULT" and _setting_of_speech(tok, match, index):
        return True
    if match.pattern.plover == "CONSULT" and match.pattern.pos == "verb" and any(
            ch.dep_ == "nsubj" and ch.lemma_.lower() in c["document_nouns"] for ch in tok.children):
        return True  # "the Energy Department study discusses several options": no one consults
    xcomps = [ch for ch in tok.children if ch.dep_ == "xcomp"]
    if match.pattern.plover in ("THREATEN", "AGREE") and any(x.lemma_.lower() in c["quantity_verbs"] for x in xcomps):
        return True
    if match.pattern.lemma in c["complement_verbs"] and match.pattern.pos == "verb" and not match.pattern.objects:
        if not any(ch.dep_ in ("xcomp", "dobj") or (ch.dep_ in ("prep", "prt") and ch.lemma_.lower() != "with")
                   for ch in tok.children):
            return True
    if match.pattern.lemma in c["satisfy_verbs"] and not match.pattern.objects and any(
            ch.dep_ == "dobj" and ch.pos_ == "NOUN" and not index.actors_of(ch) for ch in tok.children):
        return True  # "to meet buyer requirements": meeting a need, not a person ("meet the demands" has its own entry)
    if match.pattern.plover == "COERCE" and match.object_token is not None and any(
            t.lemma_.lower() in c["disaster"] for t in match.object_token.subtree):
        return True  # "declared a flooding emergency": disaster relief, not repression
    if match.pattern.pos == "verb" and any(
            ch.dep_ == "nsubj" and ch.lemma_.lower() in c["non_agent_subjects"] for ch in tok.children):
        return True  # "the quake killed six people": a disaster, not an attack
    if match.pattern.pos == "verb" and ((match.pattern.plover == "ASSAULT" and match.pattern.weak)
                                        or match.pattern.lemma == "threaten") and any(
            a.pos_ == "NOUN" and index.mention_at(a) is None and a.lemma_.lower() not in c["armed_agents"]
            for a in _agents(tok)):
        return True  # "the farm policy debate could hit the Senate", "crop threatened by pests" (session-9)
    if match.pattern.lemma == "be" and any(ch.dep_ in ("attr", "acomp") for ch in tok.children):
        return True
    if match.pattern.pos == "noun" and match.pattern.mode == "phone" and _call_for_act(tok):
        return True  # "a call to the UN to send troops": an appeal, no telephone call (session-11)
    if match.pattern.pos == "verb" and match.pattern.lemma in c["own_act_defence_verbs"] and _own_act_object(tok, index):
        return True  # "defended his decision": one's own act, no support for another actor (session-11)
    if match.pattern.lemma in c["naming_verbs"] and any(ch.dep_ == "oprd" for ch in tok.children):
        return True  # "calling it the best programme": naming, not a phone call
    if (tok.dep_ == "relcl" and match.pattern.plover not in NO_CODE_NEEDED
            and any(ch.dep_ == "nsubj" and ch.lower_ in ("which", "that") for ch in tok.children)):
        return not index.actors_of(tok.head)  # violence stays: "missiles that killed 17 civilians"
    return False


def _call_for_act(noun: Token) -> bool:
    """A call noun followed by an infinitive, its own or the clause's ("a call to the government
    to resign", "renewed his call to the UN to send troops"), or by what it asks "for": an appeal,
    no telephone call (session-11 events-ngec11, #4)."""
    end = max(t.i for t in noun.subtree)
    after = noun.doc[end + 1] if end + 1 < len(noun.doc) else None
    if any(t.dep_ == "prep" and t.lower_ == "for" and t.head.i in (noun.i, noun.head.i) for t in noun.doc[noun.i:]):
        return True  # "his call to the UN for help", "for" on the call or on its verb
    return (after is not None and after.lower_ == "to" and after.dep_ == "aux") or any(
        ch.dep_ in ("acl", "xcomp", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)
        for ch in noun.children)


def _own_act_object(verb: Token, index: ActorIndex) -> bool:
    """The verb's object is the subject's own act or stance: a noun under a possessive pronoun
    that names no actor ("defended his decision", "justified their call to the leader"); "defended
    its ally Syria" names one (session-11 events-ngec11, #4)."""
    objs = [ch for ch in verb.children if ch.dep_ == "dobj" and ch.pos_ == "NOUN"]
    return bool(objs) and all(
        any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in o.children)
        and not index.actors_of(o) and not any(index.actors_of(a) for a in o.children if a.dep_ == "appos")
        for o in objs)


def _agents(verb: Token) -> list[Token]:
    """The verb's subject, or the object of its passive "by" ("threatened by pests")."""
    return [ch for ch in verb.children if ch.dep_ == "nsubj"] + [
        g for ch in verb.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]


def _setting_of_speech(tok: Token, match: Match, index: ActorIndex) -> bool:
    """ "Dick de Bruyn said at the annual meeting", "X, who also spoke at the meeting": a meeting noun
    after "at"/"during" on a verb of speech is where the remark was made, not a consultation of the
    speaker (session-8, #4). Not when the meeting names its own parties ("at the OPEC meeting", "a
    meeting with Y", "a meeting between X and Y"): that meeting is an event of those parties; nor
    when the speaker is a political actor (a code or a country: "Brazil said during a meeting of
    coffee producers"), who takes part in the meeting."""
    c = cues()
    if match.pattern.pos != "noun" or tok.dep_ != "pobj" or tok.head.lower_ not in c["setting_preps"]:
        return False
    governor = tok.head.head
    if governor.pos_ not in ("VERB", "AUX") or governor.lemma_.lower() not in c["setting_speech_verbs"]:
        return False
    own = [t for ch in tok.children if ch.dep_ in ("poss", "compound", "amod", "nmod", "prep") for t in ch.subtree]
    if any(index.mention_at(t) is not None for t in own):
        return False
    # "Brazil said during a meeting of coffee producers": a state or an office-holder speaking at
    # a meeting takes part in it; a speaker with no political code is only heard there.
    speakers = [a for ch in governor.children if ch.dep_ == "nsubj" for a in index.actors_of(ch)]
    if not speakers and governor.dep_ == "relcl":
        speakers = index.actors_of(governor.head)  # "John Hall, who also spoke at the meeting"
    return not any(a.code or a.country for a in speakers)


def _commercial(tok: Token, wanted: frozenset[str] = frozenset(), obj: Token | None = None) -> bool:
    """Business news, not a political event: the trigger's object, complement or modifier (two
    arcs down at most) is a commercial word ("agreed to buy", "offering shares", "board meeting"),
    or the matched object's own phrase names a commercial good ("accepted offers for 50,000 tonnes
    of wheat"). Words the matched entry itself asks for as objects are not cues ("delivered food and
    medical supplies": `supply` is commercial in general, humanitarian for `deliver` + aid objects).
    A matched object that is a government measure (`policy_measures`: sanctions, tariffs) is never
    business news, whatever goods its phrase names. A matched object that names the act itself
    (`act_objects`: "an investigation into the business dealings of X") and the goods of a gift
    verb (`gift_verbs`: "donated a shipment of ventilators") are no cues either; the subject is."""
    words = cues()["commercial"] - wanted
    if obj is not None and obj.lemma_.lower() in cues()["policy_measures"]:
        return False  # "lifted sanctions on high-tech exports": a measure of government
    if tok.lemma_.lower() in cues()["gift_verbs"]:  # "donated a shipment of ventilators" (events-cameo5)
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in words for c in tok.children)
    if obj is not None and obj.lemma_.lower() not in cues()["act_objects"] and any(
            _commercial_word(t, words) for t in obj.subtree if t.i != obj.i):
        return True
    for child in tok.children:
        if child.dep_ not in COMPLEMENT_DEPS and child.dep_ not in ("amod", "nmod"):
            continue
        if _commercial_word(child, words) and not _countable_demand(child):
            return True
        if child.dep_ in ("xcomp", "dobj", "prep", "pobj", "compound") and any(
            _commercial_word(g, words) for g in child.children if g.dep_ in COMPLEMENT_DEPS
        ):
            return True
    return False


def _countable_demand(t: Token) -> bool:
    """A market word used as a countable act ("rejected the demands", "rejected a demand that ..."):
    a political demand, no commercial cue (nonpolitical.yaml ``mass_market_nouns``; session-10)."""
    return t.lemma_.lower() in senses()["mass_market_nouns"] and not mass_market_noun(t)


def _commercial_word(t: Token, words: frozenset[str]) -> bool:
    """A commercial cue word, unless an infinitive says what it is for and that is no commerce: "in
    a bid to stem the spread" is an attempt, "a bid to buy the company" stays a takeover bid; and
    not the verb of a word whose noun only is commercial (`noun_sense_commercial`: "agreed to share
    information") (events-cameo5)."""
    if t.lemma_.lower() not in words:
        return False
    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in cues()["noun_sense_commercial"]:
        return False  # "agreed to share information": the verb, not a company's shares
    purposes = [c for c in t.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    return not purposes or any(p.lemma_.lower() in words for p in purposes)


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
    if stance_note:
        notes.append(stance_note)
    event = Event(
        event_id=_event_id(article.doc_id, sentence, trig, pattern.plover),
        sentence=sentence,
        start=sent.start_char,
        end=sent.end_char,
        trigger=trig,
        source=roles.source,
        target=roles.target,
        plover=PloverCode(pattern.plover, pattern.mode or _mode_from_cues(pattern.plover, words), _contexts(words)),
        cameo=cameo_code(code),
        factuality=factuality,  # type: ignore[arg-type]
        attributed_to=speaker,
        notes=notes,
        trigger_token=tok.i,
    )
    return event


INTENT_NOTE_PREFIX = "CAMEO "  # claims.py notes: "CAMEO 084 coded as declared intent (030) after 'say'"
FALLBACK_NOTE = "actors not read from the trigger's arguments"
FALLBACK_PENALTY = 0.1
FALLBACK_MAX_NONE = 0.5  # the sentence classifier's P(no political event) must stay below this


def _best_available_actors(event: Event, tok: Token, index: ActorIndex, sentences: SentenceIndex,
                           unresolved: set[str]) -> None:
    """A strong violence, coercion or protest noun event whose arguments name no actor (issue #4
    coverage; "died after torture", "a rocket attack in Iraq") is kept with no
    actor (PETRARCH's "---") when its sentence names a political actor (not a company) and the
    event classifier does not call the sentence non-political, so that business news stays
    empty; a note says so and confidence is lower. (Meetings, talks and aid are not kept so: on
    Reuters commodity news that tripled the event rate, docs/benchmarks.md.)
    The governing clause's subject is NOT borrowed: in "X expressed concern about the attack"
    X is no author of the attack."""
    if tok.dep_ == "pobj" and tok.head.lower_ in cues()["background_preps"]:
        return  # "After the attack, X spoke": a reference to an earlier event, not the news
    sent = sentences.of(tok)
    political = [m.actor for m in index.mentions if sent.start_char <= m.start < sent.end_char
                 and m.actor.sector not in ("BUS", "LAB") and (m.actor.code or m.actor.country)]
    if political:
        _keep_unresolved(event, sent, "no actor resolved", unresolved)


def _institution_acts(event: Event, tok: Token, index: ActorIndex, sentences: SentenceIndex,
                      unresolved: set[str]) -> None:
    """A strong lexicon verb event (not one the classifier added) whose subject names an institution
    the actors stage did not resolve ("German prosecutors launched an investigation"), in a sentence naming no resolved actor that
    the event classifier does not call non-political, is kept with no actor (institutions.py)."""
    subj = institutional_subject(tok, named_ok=event.plover.type in NO_CODE_NEEDED)
    if subj is None:
        return
    sent = sentences.of(tok)
    if any(sent.start_char <= m.start < sent.end_char for m in index.mentions):
        return  # resolved actors are there: the roles did not take them, the event is no theirs
    _keep_unresolved(event, sent, f"the subject '{subj.text}' names no resolved actor", unresolved)


def _headline_nominal_actor(verb: Token) -> Token | None:
    """The subject of a headline verb (climbing from an infinitive to its governor: "All Sides Agree to
    Implement ...") when it is a nominal political actor (cues.yaml ``headline_actor_nouns`` or
    ``institution_nouns``: "All Sides", "Leader", "Rebels", "Government"), or a noun such a word or
    a ``headline_actor_modifiers`` word modifies ("Opposition Group", "Political Group",
    session-10); else None (events-headline8, #4)."""
    c = cues()
    nouns = set(c["headline_actor_nouns"]) | set(c["institution_nouns"])
    modifiers = nouns | set(c["headline_actor_modifiers"])
    head = verb
    for _ in range(3):
        subjects = [ch for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass")]
        subjects += [g for ch in head.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
        for subj in subjects:  # the agent of a passive acts too ("Six Indicted by Grand Jury")
            if subj.dep_ == "nsubjpass":
                continue
            if subj.lemma_.lower() in nouns or any(  # "Opposition Group Concedes", "Political Group Agrees" (session-10)
                    ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in modifiers for ch in subj.children):
                return subj
        if head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            return None
        head = head.head
    return None


def _headline_agentless_passive(verb: Token, match: Match) -> bool:
    """A headline passive with no agent whose undergoer is one of the entry's listed objects
    ("Curfew Lifted in Lima", "Forty Prisoners Released", "Lima: Two Newspapers Banned"), or an
    ergative entry's verb with that object as its subject ("Hostilities Stop in Lima"): the
    headline names the act, not who did it, and the listed object gives the word its political
    sense, so the act is kept whoever did it (session-10 events-ngec10, #4)."""
    if match.pattern.pos != "verb" or not match.pattern.objects or "*" in match.pattern.objects:
        return False
    if match.pattern.ergative and match.object_token is not None and match.object_token.dep_ == "nsubj" \
            and match.object_token.head.i == verb.i:
        return True  # "Hostilities Stop as Talks Begin": the ergative subject undergoes it (session-11)
    if match.object_token is None or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return match.object_token in verb.head.subtree
    # the passive subject itself, or the noun it counts ("Dozens of Captives Released")
    return any(c.dep_ == "nsubjpass" and match.object_token in c.subtree for c in verb.children)


def _headline_event_subject(noun: Token) -> bool:
    """A headline's event noun is the subject of a verb of phase or arrival ("Talks Begin in Amman",
    "Investigation Begins into ...", "Talks Held in Doha", "Aid Arrives in ...": cues.yaml
    ``headline_phase_verbs``): the headline's event
    is the noun's, whoever takes part (events-headline8, #4)."""
    return (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")
            and noun.head.lemma_.lower() in cues()["headline_phase_verbs"])


def _keep_unresolved(event: Event, sent: Sentence, why: str, unresolved: set[str]) -> None:
    """Keep an event with no actor when the event classifier does not call its sentence
    non-political; the note says why its actors are missing (both fallbacks above)."""
    if classify_sentence(sent).root_probs.get(NO_EVENT, 1.0) < FALLBACK_MAX_NONE:
        event.notes.append(f"{FALLBACK_NOTE}: {why}")
        unresolved.add(event.event_id)


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
        if kind == "official":
            if not any(a.type == "person" or a.sector in OFFICIAL_SECTORS for a in actors):
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


WEAK_CONFIRM_MIN = 0.8  # P(the entry's root) the classifier must give a one-sided weak match


def _weak_confirmed(e: Event, weak: bool, doc: Doc, sentences: SentenceIndex) -> bool:
    """A weak (ambiguous) match with an actor on one side only ("X demanded the release", "X
    helped rebuild the port") is kept when the event classifier, reading the sentence around the
    trigger, gives the entry's own CAMEO root P >= WEAK_CONFIRM_MIN; the other filters still apply."""
    if not weak or not (e.source or e.target) or (e.source and e.target) or e.trigger_token is None:
        return False
    if e.cameo.root == "01" or e.factuality in ("negated", "hypothetical"):
        return False  # a plain statement (a re-coded weak hit), or an act not done
    actors = [*e.source, *e.target]
    if all(a.sector in ("BUS", "LAB") for a in actors) or not any(a.code or a.country or a.type == "person" for a in actors):
        return False
    tok = doc[e.trigger_token]
    pred = classify_sentence(sentences.of(tok), tok)
    if pred.root_probs.get(e.cameo.root, 0.0) < WEAK_CONFIRM_MIN:
        return False
    e.notes.append("weak match confirmed by the event classifier")
    return True


def _declared_intent(e: Event, weak: bool) -> bool:
    """A weak match that a named actor declares it will do ("the rebels said they will release two
    guards", claims.py) is kept with its source alone: the declaration is the actor's act (CAMEO
    03), whoever the act's object is."""
    return (weak and bool(e.source) and any(n.startswith(INTENT_NOTE_PREFIX) and "declared intent" in n for n in e.notes)
            and _worth_keeping(e, False))


def _worth_keeping(e: Event, weak: bool) -> bool:
    actors = [*e.source, *e.target]
    # An attack on a named business person ("Chairman X was stabbed to death") is violence, not
    # business news (actors-precision8: company titles now make such people BUS).
    violence_on_person = e.plover.type == "ASSAULT" and any(a.type == "person" for a in e.target)
    if actors and all(a.sector == "BUS" for a in actors) and not violence_on_person:
        return False  # companies among themselves: business news, not political event data
    if e.plover.type != "PROTEST" and actors and all(a.sector in ("BUS", "LAB") for a in actors) and not violence_on_person:
        return False  # management and unions bargaining: labour relations (strikes stay PROTEST)
    if e.plover.type not in NO_CODE_NEEDED and actors and not any(a.code or a.country or a.type in ("person", "nominal")
                                                                  for a in actors):
        # only unknown organisations ("Transco reached settlements"): no political actor; people
        # with no sector ("freed dozens of captives", sectors.yaml `people_without_sector`) still are.
        return False
    if weak:  # a weak trigger needs both sides, and a source that is not firms alone ("traders ... offer to Egypt")
        return bool(e.source) and bool(e.target) and not all(a.sector == "BUS" for a in e.source)
    if e.source or e.target:
        return True
    return e.plover.type == "ASSAULT" and bool(e.fatalities or e.injured)


def _confidence(e: Event, weak: bool) -> float:
    score = 0.45 if weak else 0.6
    score += 0.15 if e.source else 0.0
    score += 0.1 if e.target else 0.0
    score += 0.05 if any(a.code for a in (*e.source, *e.target)) else 0.0
    score -= 0.1 if e.factuality in ("negated", "hypothetical") else 0.0  # less sure it happened
    return min(score, 0.95)


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
