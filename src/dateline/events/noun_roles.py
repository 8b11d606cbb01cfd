"""Source and target of a noun trigger ("talks between X and Y", "strikes against X"): its
modifiers and prepositions, the parties of a mediation, and, when the noun names no one, whoever
carries it out in its clause (the light verb's subject, the including noun's actors, ...); the
one who died of a violence noun is its target ("X died under torture")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.actor_index import ActorIndex
from dateline.events.data_files import cues
from dateline.events.lexicon import Match
from dateline.events.role_arcs import (LIGHT_VERBS, _amount, _children, _is_passive, _listed, _prep_objects,
                                       _purpose_objects)
from dateline.events.roles import Roles, _finish, _trigger_of, _unique
from dateline.events.subjects import instrument_users, subject_actors, when_clause_actors
from dateline.events.target_fallbacks import _helped, _noun_aimed_at, topic_countries
from dateline.model import Actor

# Verbs whose subject is an event that starts: "fighting broke out / erupted when X ...".
ONSET_VERBS = frozenset({"break", "erupt", "flare", "start", "begin", "resume", "escalate", "spread"})
# "attacks ..., including a shooting": the included noun shares the including noun's actors.
INCLUDING_PREPS = frozenset({"including", "include", "like", "as"})
# Violence whose cause of a death makes the one who died its target (_victims).
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})


def noun_roles(match: Match, index: ActorIndex) -> Roles:
    noun = _trigger_of(match)
    pattern = match.pattern
    source: list[Actor] = []
    participants: list[Actor] = []
    for c in noun.children:
        if match.object_token is not None and c.i == match.object_token.i:
            continue  # the modifier the pattern consumed is part of the trigger ("suicide bomber")
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            source += index.actors_of(c) if index.mention_at(c) or c.pos_ == "PRON" else []
    source += [a for t in _prep_objects(noun, "by") for a in index.actors_of(t)]
    source += instrument_users(noun, index) if not source else []  # "a bomb planted by X"
    source += [a for t in _prep_objects(noun, "from") for a in index.actors_of(t)] if pattern.plover == "CONSULT" else []
    slot_preps = [slot[5:] for slot in pattern.targets if slot.startswith("prep:")]
    carriers = _preposition_carriers(noun)
    if match.object_token is not None and match.object_token.dep_ == "pobj" and match.object_token.head.head.i == noun.i:
        # "a suspension of aid to X": the parser hangs the slot preposition on the "of" object
        # (the noun's object in the lexicon, session-12 events-recall12a)
        carriers.append(match.object_token)
    for prep in ("between", "among", "amongst"):
        if prep in slot_preps:
            continue  # "mediation between X and Y": the parties are whom the mediation is aimed at
        participants += [a for h in carriers for t in _prep_objects(h, prep) for a in index.actors_of(t)]
    target: list[Actor] = []
    for prep in slot_preps:
        target += [a for h in carriers for t in _prep_objects(h, prep) for a in index.actors_of(t)]
    if not target and "between" in slot_preps:
        target = [a for t in _purpose_objects(carriers) for g in _prep_objects(t, "between") for a in index.actors_of(g)]
    if participants:
        source += participants
    held = _held_under(noun, index) if pattern.plover in VICTIM_TYPES else None
    if held is not None and not source and not participants:
        source = held[0]
    if not source and not participants:
        source = _inherited_noun_source(noun, index)
    if held is not None and not target:
        target = held[1]
    target = [a for a in target if a not in source]  # as in verb_roles: a self-target leaves the slot open
    if not target and pattern.plover in VICTIM_TYPES:
        target = [a for a in _victims(noun, index) if a not in source]
    if not target:
        target = _noun_aimed_at(noun, index, source)
    if not target:
        target = _helped(noun, match, index, source)
    if not target and noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ in ("VERB", "AUX"):
        # "reinforced its commitment to X with a contribution": whom the commitment is to
        target = [a for c in _children(noun.head.head, {"dobj"}) if c.lemma_.lower() in cues()["commitment_nouns"]
                  for t in _prep_objects(c, "to") for g in _listed(t) for a in index.actors_of(g) if a not in source]
    if not target and match.object_token is not None and match.object_token.lemma_.lower() in cues()["aid_nouns"]:
        # "a suspension of aid in Yemen": the country the aid goes to (session-12 events-recall12a)
        target = [a for t in _prep_objects(match.object_token, "in") for a in index.actors_of(t)
                  if a.type == "country" and a not in source]
    about = not target
    if about:
        light = noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS
        target = topic_countries([noun, *([noun.head] if light else [])], index, source)
    symmetric = (pattern.symmetric or bool(participants)) and not (about and target)
    return _finish(Roles(_unique(source), _unique([a for a in target if a not in source])), symmetric)


def _victims(noun: Token, index: ActorIndex) -> list[Actor]:
    """Who died of a violence noun: the subject of a verb of dying (cues.yaml `death_verbs`) whose
    cause the noun is, through its prepositions and a cause noun (`cause_nouns`): "X died of/after/
    under torture", "X died because of torture", "X has died as a result of the torture to which he
    was subjected", "X died in an airstrike" (events-recall12c, #3)."""
    c = cues()
    head = noun
    for _ in range(5):
        if head.dep_ not in ("pobj", "pcomp", "prep") or head.head.i == head.i:
            return []
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in c["cause_nouns"]:
            return []  # "the death of a man in a detention centre"
        if head.pos_ in ("VERB", "AUX"):
            break
    else:
        return []
    if head.lemma_.lower() not in c["death_verbs"]:
        return []
    subjects = _children(head, {"nsubj"})
    for _ in range(3):  # "X was beaten, injured, and then died because of torture": the shared subject
        if subjects or head.dep_ != "conj":
            break
        head = head.head
        subjects = _children(head, {"nsubj", "nsubjpass"})
    return [a for s in subjects for t in _listed(s) for a in index.actors_of(t)]


def _held_under(noun: Token, index: ActorIndex) -> tuple[list[Actor], list[Actor]] | None:
    """Who holds whom under a measure of force the noun names, in an "under" phrase of a verb
    ("the junta placed Bazoum under house arrest": the junta, Bazoum; "X was put under house
    arrest by Y", "X remains under arrest": X is the one held) (events-recall12c, #3)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ != "under":
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    objects = _children(verb, {"dobj"})
    if objects:
        return subject_actors(verb, index), [a for o in objects for t in _listed(o) for a in index.actors_of(t)]
    held = [a for s in _children(verb, {"nsubj", "nsubjpass"}) for t in _listed(s) for a in index.actors_of(t)]
    return [a for t in _prep_objects(verb, "by") for a in index.actors_of(t)], held


def _preposition_carriers(noun: Token) -> list[Token]:
    """The noun trigger and, when it names the kind of an effort ("a mediation effort between X
    and Y", cues.yaml `effort_nouns`), the effort noun, on which the parser hangs the trigger's
    prepositions (actors-spans9, #3)."""
    head = noun.head
    if noun.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in cues()["effort_nouns"]:
        return [noun, head]
    return [noun]


def _inherited_noun_source(noun: Token, index: ActorIndex) -> list[Actor]:
    """Who carries out a noun event that names no one: the light verb's subject ("X held talks",
    "X agreed in a phone call") or the including noun's actors ("X attacks, including a shooting")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i \
            and head.head.lemma_.lower() in cues()["container_nouns"]:
        # "began a new round of military exercises": the counting noun stands in the clause.
        container = head.head
        own = [a for c in container.children if c.dep_ in ("poss", "compound", "amod", "nmod")
               and index.mention_at(c) is not None for a in index.actors_of(c)]
        return own or _inherited_noun_source(container, index)
    if noun.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in cues()["effort_nouns"]:
        # "launched a mediation effort", "an aid package": the effort's actors carry the event.
        own = [a for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i != noun.i
               and index.mention_at(c) is not None for a in index.actors_of(c)]
        own += [a for t in _prep_objects(head, "by") for a in index.actors_of(t)]
        return own or _inherited_noun_source(head, index)
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in LIGHT_VERBS:
        return subject_actors(head, index)
    if noun.dep_ == "nsubj" and head.lemma_.lower() in ONSET_VERBS:
        return when_clause_actors(head, index)  # "fighting broke out when X ..."

    if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        governor = head.head
        if (head.lower_ == "as" and governor.dep_ == "dobj" and governor.head.pos_ in ("VERB", "AUX")
                and governor.head.lemma_.lower() not in cues()["qualifying_verbs"]):
            # "X hold families as human shields": the parser hangs "as" on the object; the verb's
            # subject acts, as in "X used civilians as human shields" below (events-recall12c)
            return subject_actors(governor.head, index)
        if head.lower_ in INCLUDING_PREPS and governor.pos_ in ("NOUN", "PROPN"):
            return [a for c in governor.children if c.dep_ in ("poss", "compound", "amod") for a in index.actors_of(c)]
        if head.lower_ in ("in", "during", "at", "through") and governor.pos_ in ("VERB", "AUX"):
            if governor.lemma_.lower() in cues()["death_verbs"]:
                return []  # "two soldiers died in an airstrike": they are its victims (_victims)
            return subject_actors(governor, index)
        if head.lower_ == "with" and governor.pos_ in ("VERB", "AUX") and not _is_passive(governor) \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in cues()["commitment_nouns"] for c in governor.children):
            # "X reinforced its commitment with a contribution of €56 million" (session-12)
            return subject_actors(governor, index)
        if head.lower_ == "on" and governor.lemma_ == "be":  # "X is on high alert"
            return subject_actors(governor, index)
        if head.lower_ == "for" and governor.lemma_.lower() in ("responsible", "responsibility"):
            # "X is responsible for the killings", "X claimed responsibility for the attacks"
            return subject_actors(governor, index) if governor.pos_ == "ADJ" else subject_actors(governor.head, index)
        if head.lower_ in ("in", "for") and governor.dep_ == "dobj" and _amount(governor):
            # "X pledged $5 million in aid", "X provided 2 billion euros for relief": the giver.
            return subject_actors(governor.head, index)
        if head.lower_ == "as" and governor.pos_ in ("VERB", "AUX") \
                and governor.lemma_.lower() not in cues()["qualifying_verbs"]:
            # "X used civilians as human shields"; not "what diplomats described as a meeting"
            return subject_actors(governor, index)
        if head.lower_ == "for" and governor.lemma_.lower() in cues()["participation_verbs"] \
                and not _is_passive(governor):
            # "X joined Y for talks": X and the one joined take part (events-cameo5)
            return subject_actors(governor, index) + [a for c in _children(governor, {"dobj"}) for t in _listed(c)
                                                      for a in index.actors_of(t)]
        if head.lower_ == "for" and governor.pos_ in ("VERB", "AUX") and not _is_passive(governor) \
                and not _children(governor, {"dobj"}) \
                and governor.lemma_.lower() not in cues()["hypothetical_governors"]:
            # "X and Y gathered for talks", "X arrived for a meeting"; not "condemned Y for the attack",
            # nor "asked/called for a meeting" (requested, not held by the asker).
            return subject_actors(governor, index)
        if head.lower_ in INCLUDING_PREPS and governor.dep_ == "prep":
            noun_head = governor.head
            if noun_head.pos_ in ("NOUN", "PROPN"):
                return [a for c in noun_head.children if c.dep_ in ("poss", "compound", "amod") for a in index.actors_of(c)]
    if head.lemma_.lower() in INCLUDING_PREPS and head.head.pos_ in ("NOUN", "PROPN"):
        gov = head.head  # "attacks, including a shooting": including is a prep-like VERB here
        return [a for c in gov.children if c.dep_ in ("poss", "compound", "amod") for a in index.actors_of(c)]
    return []
