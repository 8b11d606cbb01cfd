"""Source and target of a matched trigger, read from the dependency parse: the ``Roles`` both kinds of
trigger return, the roles of a verb trigger (``verb_roles``: subject, passive, target slots, moved
forces, the one represented, symmetric events) and the reciprocal finish. Who acts is read by
subjects.py, the targets read when a trigger's slots name no one by target_fallbacks.py, a noun
trigger's roles by noun_roles.py; role_arcs.py holds the parse readers they share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.actors.sameness import unique_actors
from dateline.events.actor_index import ActorIndex
from dateline.events.data_files import cues
from dateline.events.lexicon import Match
from dateline.events.object_readers import predicate_subjects
from dateline.events.role_arcs import (PLACE_ENTITIES, _children, _is_passive, _prep_objects, _purpose_objects,
                                       reduced_relative_as_root)
from dateline.events.subjects import subject_actors
from dateline.events.target_fallbacks import (AIM_PREPS, _aimed_at, _helped, _refused_act_targets, topic_countries,
                                              with_is_means)
from dateline.model import Actor


@dataclass
class Roles:
    source: list[Actor]
    target: list[Actor]
    # A target slot names a place that is no actor ("flew to Tbilisi"): enough for a visit.
    place_target: bool = False


def _slot_tokens(token: Token, slot: str, extra_heads: list[Token]) -> list[Token]:
    heads = [token, *extra_heads]
    if slot == "dobj":
        found = [c for h in heads[:1] for c in h.children if c.dep_ == "dobj"]
        if not found and not any(c.dep_ in ("nsubjpass", "dative") for c in token.children):
            # "Tillerson called Lavrov on Monday": the parser may take a lone name after the verb
            # for an object predicate (oprd); with no direct object beside it, it is the object
            # ("called him a liar" has both; session-13 events-recall13).
            found = [c for c in token.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
        return found
    if slot == "dative":
        return [c for c in token.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    if slot.startswith("prep:"):
        prep = slot[5:]
        # "broke off relations with X": the preposition may hang on the direct object.
        objs = [c for c in token.children if c.dep_ == "dobj" and c not in heads]
        # "withdrew the batch of 200 peacekeepers from Liberia", "some of its troops from X": or on
        # the noun a counting object frames (cues.yaml container_nouns, partitive_words; session-12)
        objs += [g for o in objs if o.lemma_.lower() in cues()["container_nouns"] or o.lower_ in cues()["partitive_words"]
                 or o.like_num for g in _prep_objects(o, "of")]
        heads += objs
        return [t for h in heads for t in _prep_objects(h, prep)]
    return []


def _named_in_apposition(token: Token, index: ActorIndex) -> list[Actor]:
    """The actors of a target slot; "his Lebanese counterpart, Michel Aoun": a descriptive noun whose
    apposition names the same actor as a person stands for that person, so a pattern that needs a
    person target (a phone call, a reception) sees one (session-13 events-recall13)."""
    found = index.actors_of(token)
    if not found or any(a.type == "person" for a in found):
        return found
    named = [a for c in token.children if c.dep_ == "appos" for a in index.actors_of(c) if a.type == "person"]
    if named and {a.code for a in named} == {a.code for a in found}:
        return named
    return found


def verb_roles(match: Match, index: ActorIndex) -> Roles:
    token = _trigger_of(match)
    pattern = match.pattern
    source = subject_actors(token, index)
    extra = [match.object_token] if match.object_token is not None else []
    target: list[Actor] = []
    if _is_passive(token):
        target += [a for s in _children(token, {"nsubjpass"}) for a in index.actors_of(s)]
        if reduced_relative_as_root(token):  # "the prisoners jailed for X were freed": the prisoners suffer it
            target += [a for s in _children(token, {"nsubj"}) for a in index.actors_of(s)]
        if not _children(token, {"nsubjpass", "nsubj"}) and token.dep_ == "conj" and not any(
                t.dep_ in ("nsubj", "nsubjpass") for t in token.doc[min(token.i, token.head.i) + 1:max(token.i, token.head.i)]):
            # "The civilians (imprisoned ...) were released by Putin", "X fired and was killed by Y":
            # a passive conjunct shares its head's subject, which suffers the act (events-cameo5);
            # not when another clause's subject comes between (a conjunct the parser attached too high).
            target += [a for s in _children(token.head, {"nsubj", "nsubjpass"}) for a in index.actors_of(s)]
    place_target = False
    # The object the pattern consumed stays a target slot: "received the UAE ambassador",
    # "released the detained leaders" name whom the act is aimed at. (A skip of it here compared
    # tokens with `is`, never fired, and when made to fire cost targets; removed in actors-roles7.)
    # "pulled out of Iraq": the slot's preposition may hang on the entry's particle (session-12)
    particles = [c for c in token.children if pattern.prep is not None and c.lower_ == pattern.prep
                 and c.dep_ in ("prt", "prep", "advmod")]
    for slot in pattern.targets:
        if slot == "prep:with" and with_is_means(token, match.object_token, pattern.plover):
            continue
        for t in _slot_tokens(token, slot, [*extra, *particles]):
            target += _named_in_apposition(t, index)
            place_target = place_target or t.ent_type_ in PLACE_ENTITIES
    if pattern.lemma != token.lemma_.lower():
        # "let the detainees free": whom the resultative adjective is said of (lexicon.py; session-12)
        target += [a for s in predicate_subjects(token, pattern.lemma) for a in index.actors_of(s)]
    # "X opened its borders to Y", "X continued their attacks": an actor of the source is no target
    # (_finish drops it), so it must not keep the fallbacks below from reading the real target.
    if not target and "prep:between" in pattern.targets:  # "offered to mediate to end the dispute between X and Y"
        target += [a for t in _purpose_objects([token]) for g in _prep_objects(t, "between") for a in index.actors_of(g)]
    target = [a for a in target if a not in source]
    # "strengthened its forces in Crimea", "withdraw its troops from X": the forces moved are no target.
    moved = _moved_forces(token, match, index, source)
    target = [a for a in target if a not in moved]
    # "he visited them on OPEC's behalf": the one represented is not the one visited, whatever a
    # pronoun was resolved to.
    represented = _represented(token, index)
    if not target and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
        # A reduced passive relative: "ten soldiers killed in the attack" -> the soldiers suffer it.
        target += index.actors_of(token.head)
    if not target and token.dep_ == "relcl" and not _children(token, {"dobj"}):
        # "the cleric he blames": the modified noun is the object of the relative clause.
        rel_subj = _children(token, {"nsubj"})
        if rel_subj and rel_subj[0].lower_ not in ("that", "which", "who"):
            target += index.actors_of(token.head)
    if not target and pattern.prep is not None:
        # "called for Russia to withdraw": who is asked is the subject of the clause the
        # preposition marks (lexicon.py _marked_clause; events-cameo5).
        target += [a for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp")
                   and any(g.dep_ == "mark" and g.lower_ == pattern.prep for g in c.children)
                   for s in _children(c, {"nsubj", "nsubjpass"}) for a in index.actors_of(s)]
    if pattern.reverse:
        # "X received weapons from Y": Y gives, X receives.
        giver = [a for t in _slot_tokens(token, "prep:from", extra) for a in index.actors_of(t)]
        return _finish(Roles(_unique(giver), _unique([a for a in source if a not in giver])), pattern.symmetric)
    if not target and not place_target:
        target = _aimed_at(token, match.object_token, index, [*source, *moved], pattern.plover)
    if not target and not place_target:
        target = _helped(token, match, index, source)
    if not target and not place_target:
        target = _refused_act_targets(token, index, source)  # "refused to comply with X's rules" (session-12)
    about = not target and not place_target
    if about:
        target = topic_countries([token, *extra, *_children(token, {"dobj"})], index, source)
    target = [a for a in target if a not in represented]
    # "X is to meet A and B": A and B meet X, not each other; "X and Y agreed to a truce in Z": Z is
    # what they agree about (topic_countries), no party.
    symmetric = pattern.symmetric and bool(source) and not (about and target)
    if symmetric and not target:
        target = _complement_targets(token, index, source)  # "X and Y agreed to help Z": Z, not each other
        symmetric = not target
    source, target = _unique(source), _unique(target)
    if symmetric and len(source) == 1 and len([a for a in target if a not in source]) >= 2:
        # "X met A and B": X meets each of them; A and B are not each other's partners, so the
        # event is X -> A, B (session-8, #4), not the rotated reciprocal list.
        symmetric = False
    if symmetric and _relations_extended(match, source, target):
        symmetric = False
    roles = _finish(Roles(source, target), symmetric)
    roles.place_target = place_target
    return roles


def _moved_forces(token: Token, match: Match, index: ActorIndex, source: list[Actor]) -> list[Actor]:
    """The source's own forces that a mobilisation or withdrawal moves ("Russia strengthened its
    forces in Crimea", "Pakistan will withdraw its troops from Kashmir", "Israel mobilized the army";
    cues.yaml `force_moving_types`, `force_moving_verbs`): what is moved, not whom the act is aimed at (actors-spans9,
    #3). Forces are the object's state-force actors (`own_force_sectors`) that a possessive
    pronoun gives to the subject, or that no other owner or country claims."""
    if not source or ((match.pattern.plover or "").lower() not in cues()["force_moving_types"]
                      and token.lemma_.lower() not in cues()["force_moving_verbs"]):
        return []
    objects = [*_children(token, {"dobj"}), *([match.object_token] if match.object_token is not None else [])]
    countries = {a.country for a in source}
    moved: list[Actor] = []
    for o in objects:
        pronoun_owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
        for a in index.actors_of(o):
            if (a.sector or "").lower() in cues()["own_force_sectors"] and (pronoun_owned or a.country is None or a.country in countries):
                moved.append(a)
    return moved


def _relations_extended(match: Match, source: list[Actor], target: list[Actor]) -> bool:
    """ "Israel established diplomatic ties with Bhutan", "Turkey improved relations with Iran",
    "Stoltenberg called Erdogan": a subject that opens, restores or improves its relations with a
    partner named apart, or that phones it, acts toward it (source -> target, as PETRARCH codes it
    and the cameo_ner annotators mark it: 14 of 16 relations sentences, every phone call; the caller
    starts the call as the visitor the visit; actors-spans9, #3). Relations nouns are cues.yaml
    `directed_relations_objects`, call modes `directed_modes`; "X and Y established ties" (named
    together) stays reciprocal."""
    obj = match.object_token
    directed = (obj is not None and obj.lemma_.lower() in cues()["directed_relations_objects"]) \
        or (match.pattern.mode or "").lower() in cues()["directed_modes"]
    return directed and bool(source) and any(a not in source for a in target)


def _represented(token: Token, index: ActorIndex) -> list[Actor]:
    """Actors of an "on X's behalf" / "on behalf of X" phrase of the verb (cues.yaml
    `representation_nouns`)."""
    words = cues()["representation_nouns"]
    return [a for c in token.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in words for a in index.actors_of(g)]


def _complement_targets(token: Token, index: ActorIndex, source: list[Actor]) -> list[Actor]:
    """Actors named as the object of a symmetric verb's infinitive ("X and Y agreed to help Z",
    "X and Y pledged to support Z"): the agreement is aimed at Z, so its subjects are not each
    other's partners."""
    found = []
    for xcomp in _children(token, {"xcomp"}):
        found += [a for c in _children(xcomp, {"dobj", "dative"}) for a in index.actors_of(c)]
        found += [a for prep in AIM_PREPS for t in _prep_objects(xcomp, prep) for a in index.actors_of(t)]
        if not found:
            # "X and Y agreed to lift tariffs on Z's goods": whom the measure acted on is aimed at
            # (cues.yaml `policy_measures`; session 14 targets14a, #3)
            found += [a for o in _children(xcomp, {"dobj"}) if not index.actors_of(o)
                      and o.lemma_.lower() in cues()["policy_measures"] for prep in ("on", "against")
                      for t in _prep_objects(o, prep) for a in index.actors_of(t)]
    return [a for a in found if a not in source]


def _trigger_of(match: Match) -> Token:
    return match.trigger


def _unique(actors: list[Actor]) -> list[Actor]:
    return unique_actors(actors)  # "Turkey" and "Turkish" on one side are one actor (TUR, not TUR;TUR)


def _finish(roles: Roles, symmetric: bool) -> Roles:
    """Symmetric events ("X and Y agreed", "talks between X and Y", "X met Y"): with two or more
    participants, every participant is listed as both source and target, the targets rotated by
    one so that the first dyad pairs the first two participants (X>Y, Y>X, as CAMEO codes
    reciprocal events in both directions). A self-target is dropped."""
    roles.target = [a for a in roles.target if a not in roles.source]
    if symmetric and len(roles.source) + len(roles.target) >= 2:
        everyone = roles.source + roles.target
        roles.source, roles.target = everyone, everyone[1:] + everyone[:1]
    return roles
