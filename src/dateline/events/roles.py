"""Source and target of a matched trigger, read from the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.actors.sameness import unique_actors
from dateline.events.actor_index import ActorIndex
from dateline.events.data_files import cues
from dateline.events.lexicon import Match
from dateline.model import Actor

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
# Verbs that carry an eventive noun object: "held talks", "launched an attack" (source = subject).
LIGHT_VERBS = frozenset({
    "hold", "have", "make", "carry", "launch", "conduct", "stage", "mount", "begin", "start", "host",
    "announce", "sign", "reach", "resume", "join", "lead", "order", "claim", "organize", "organise",
    "call", "impose", "pledge", "offer", "deliver", "send", "provide", "plan", "open", "attend",
    "file", "issue", "give", "set", "face", "continue", "intensify", "step",
    # events-cameo5: verbs whose subject performs or calls off the event its object names
    # ("performed joint exercises", "waged an offensive", "cancelled a planned visit": the
    # visitor cancels; factuality.py reads the cancellation as a negation).
    "perform", "undertake", "wage", "cancel", "postpone",
    # actors-roles7: "paid a visit to X", "paid tribute to X"
    "pay",
})
OBJECT_CONTROL_PREPS = frozenset({"of", "for", "against", "from"})
# Verbs whose subject is an event that starts: "fighting broke out / erupted when X ...".
ONSET_VERBS = frozenset({"break", "erupt", "flare", "start", "begin", "resume", "escalate", "spread"})
# "attacks ..., including a shooting": the included noun shares the including noun's actors.
INCLUDING_PREPS = frozenset({"including", "include", "like", "as"})
# Prepositions that introduce who an act is aimed at, read when the trigger's own target slots name
# no one: "launched missiles at X", "issued warrants for X", "an offensive against X".
AIM_PREPS = ("against", "at", "on", "upon", "for", "with", "to", "toward", "towards", "into")
# The aim prepositions that may say what an act is about (topic_countries); "at" and "into" say
# where it is done ("blew themselves up at a market in Maiduguri, northeast Nigeria").
TOPIC_PREPS = tuple(p for p in AIM_PREPS if p not in ("at", "into"))
# "X engaged Y in a firefight", "X hit Y during raids": a noun event inside the clause of a verb
# whose object is the other party.
FRAME_PREPS = frozenset({"in", "during", "with", "as"})


PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# "sanctions imposed on X", "a ban placed against X": the preposition of the object's participle
# that names who the object is aimed at (_object_owner).
OWNER_PREPS = ("on", "upon", "against", "at")
OWNER_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "win", "secure", "gain"})


@dataclass
class Roles:
    source: list[Actor]
    target: list[Actor]
    # A target slot names a place that is no actor ("flew to Tbilisi"): enough for a visit.
    place_target: bool = False


def _children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, prep: str) -> list[Token]:
    """pobj of ``token``'s preposition ``prep`` (also on an agent/dative/particle arc)."""
    out = []
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == prep:
            # "on Tuesday", "on Turkey's national day": a time names no party to the event; nor
            # does "on OPEC's behalf" (the one represented, cues.yaml `representation_nouns`). But
            # "met with Syrian President Bashar Assad Tuesday" parses the name as a compound of the
            # day: the name still is the object (actors-roles7).
            for g in c.children:
                if g.dep_ not in ("pobj", "pcomp") or g.lemma_.lower() in cues()["representation_nouns"]:
                    continue
                out += [g] if not _time_phrase(g) else [
                    n for n in g.children if n.dep_ == "compound" and n.i < g.i and not _time_phrase(n)]
    return out


def _time_phrase(tok: Token) -> bool:
    """A preposition's object that is a date or time (cues.yaml `time_nouns`)."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in cues()["time_nouns"]


def _slot_tokens(token: Token, slot: str, extra_heads: list[Token]) -> list[Token]:
    heads = [token, *extra_heads]
    if slot == "dobj":
        return [c for h in heads[:1] for c in h.children if c.dep_ == "dobj"]
    if slot == "dative":
        return [c for c in token.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    if slot.startswith("prep:"):
        prep = slot[5:]
        # "broke off relations with X": the preposition may hang on the direct object.
        heads += [c for c in token.children if c.dep_ == "dobj" and c not in heads]
        return [t for h in heads for t in _prep_objects(h, prep)]
    return []


def subject_actors(verb: Token, index: ActorIndex, depth: int = 0) -> list[Actor]:
    """The acting subject of a verb, inherited through xcomp/conj/advcl/relcl when it has none."""
    if depth > 4:
        return []
    if _is_passive(verb):
        agents = _prep_objects(verb, "by")
        if not agents:
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues()["denial_verbs"]:
                return subject_actors(verb.head, index, depth + 1)  # "X denied that Y was hit"
            # "Two were killed when soldiers opened fire": the when-clause names who did it.
            return when_clause_actors(verb, index) or means_actors(verb, index)
        found = [a for t in agents for a in index.actors_of(t)]
        return found or [a for t in agents for a in instrument_users(t, index)]
    subjects = _children(verb, SUBJECT_DEPS)
    if subjects:
        found = [a for s in subjects for t in _listed(s) for a in index.actors_of(t)]
        # "The missiles fired by the Israeli military struck X": who used the subject (actors-targets11)
        return found or [a for s in subjects for a in instrument_users(s, index)]
    head = verb.head
    if head.i == verb.i:  # the root is its own head
        return []
    if verb.dep_ == "xcomp":
        # Object control: "urged X to stop", "called on X to stop" -> X acts; else the head's subject.
        # Not after a meeting verb: "is to meet A and B to discuss X" says what the meeting is for,
        # A and B do not discuss among themselves (cues.yaml `meeting_verbs`).
        if head.lemma_.lower() in cues()["meeting_verbs"] or _callers_purpose(head, verb):
            return subject_actors(head, index, depth + 1)
        objects = _children(head, {"dobj"}) or _prep_objects(head, "on") or _prep_objects(head, "upon")
        if objects:
            return [a for o in objects for a in index.actors_of(o)]
        raised = _children(head, {"nsubjpass"})
        if raised and not _prep_objects(head, "by"):
            # Raising: "X is set/expected/due to visit" -> X visits.
            return [a for s in raised for a in index.actors_of(s)]
        return subject_actors(head, index, depth + 1)
    if (verb.dep_ == "acl" and head.lemma_.lower() in cues()["intent_nouns"] and head.dep_ == "dobj"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "X announced its intention to lay down arms", "expressed willingness to work with":
        # the one who declares the intention acts (session-9 events-ngec9).
        return subject_actors(head.head, index, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
        # "accused X of bombing", "blamed X for attacking": the object named before the
        # preposition acts; "hours after ordering": the governing clause's subject.
        governor = head.head
        if governor.pos_ in ("NOUN", "PROPN", "PRON") and governor.dep_ in ("dobj", "nsubjpass"):
            return index.actors_of(governor)
        if governor.pos_ in ("VERB", "AUX") and head.lower_ in cues()["direction_preps"]:
            # "sensed a shift in the State Department towards supporting X": the shift's owner
            # acts (its possessor or "in" noun), not the one who senses it.
            shifts = _children(governor, {"dobj", "nsubjpass"})
            if shifts:
                return [a for s in shifts for t in [*_children(s, {"poss"}), *_prep_objects(s, "in")]
                        for a in index.actors_of(t)]
        if governor.pos_ in ("VERB", "AUX"):
            # "accused X of", "praised X for", "warned X against", "barred X from" V-ing: X acts.
            objects = _children(governor, {"dobj"}) if head.lower_ in OBJECT_CONTROL_PREPS else []
            if objects:
                return [a for o in objects for a in index.actors_of(o)]
            return subject_actors(governor, index, depth + 1)
        if governor.dep_ == "npadvmod" or governor.pos_ == "ADP":
            return subject_actors(governor.head, index, depth + 1)
        if governor.pos_ == "ADJ" and governor.dep_ == "acomp" and governor.head.pos_ in ("VERB", "AUX"):
            # "X was guilty of violating the ceasefire", "X is responsible for attacking Y": the
            # copula's subject acts (events-cameo5).
            return subject_actors(governor.head, index, depth + 1)
        return []
    if verb.dep_ == "ccomp" and head.lemma_.lower() == "let" and not _children(head, {"dobj"}):
        # "Ethiopia let free 74 political leaders": the one who lets acts (events-cameo5).
        return subject_actors(head, index, depth + 1)
    if verb.dep_ in ("conj", "advcl", "pcomp", "acomp"):
        # acomp: "X was due to arrive" climbs arrive -> due -> was, whose subject is X.
        return subject_actors(head, index, depth + 1)
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX") and verb.tag_ == "VBG":
        # "X issued a statement calling on Y", "X released a report accusing Y": the author of
        # the statement acts.
        return subject_actors(head.head, index, depth + 1)
    if verb.dep_ in ("relcl", "acl"):
        return index.actors_of(head) if verb.dep_ == "relcl" else []
    return []


def _callers_purpose(head: Token, infinitive: Token) -> bool:
    """The infinitive after the object of a call or a summons says why the caller calls: "X called
    Y to discuss Z", "X summoned Y's ambassador to complain about Z" -> X discusses, X complains
    (actors-spans9, #3). Calls are cues.yaml `calling_verbs` (not "called on Y to": a request, whose
    object acts); a summons only for the caller's purposes (`summoner_purposes`: "summoned Y to
    explain" still has Y explain)."""
    if not _children(head, {"dobj"}) or _prep_objects(head, "on") or _prep_objects(head, "upon"):
        return False
    lemma = head.lemma_.lower()
    return lemma in cues()["calling_verbs"] or (
        lemma in cues()["summoning_verbs"] and infinitive.lemma_.lower() in cues()["summoner_purposes"])


def when_clause_actors(verb: Token, index: ActorIndex) -> list[Actor]:
    """The subject actors of a "when ..." clause hanging on ``verb`` ("fighting broke out when X
    tried to ...", "were killed when X opened fire"): the clause that brought the event about."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children):
            found = [a for s in _children(c, SUBJECT_DEPS) for a in index.actors_of(s)]
            if found:
                return found
    return []


def instrument_users(agent: Token, index: ActorIndex) -> list[Actor]:
    """Who used the thing a passive's agent names, when that names no actor (session-9
    actors-petr9): "hit by a bomb planted by militants", "blown up by a missile believed to be
    fired by rebels" -> the participle's own `by` agent, also through a raising verb's xcomp."""
    found: list[Actor] = []
    for clause in (c for c in agent.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for v in (clause, *(x for x in clause.children if x.dep_ == "xcomp" and x.tag_ == "VBN")):
            found += [a for t in _prep_objects(v, "by") for a in index.actors_of(t)]
    return found


def means_actors(verb: Token, index: ActorIndex) -> list[Actor]:
    """The owner of the means of an agentless passive: "were killed in Israeli shelling", "was hit
    in a Russian air strike" -> the actor modifying the in/by/during noun (never a place named by
    the noun itself: "killed in Syria" names no author)."""
    found: list[Actor] = []
    for prep in ("in", "during", "by"):
        for noun in _prep_objects(verb, prep):
            if noun.ent_type_ == "NORP" and index.mention_at(noun) is not None:
                # "killed in Israeli shelling" parsed with the nationality as the object (and
                # "shelling" as a clause): a nationality is no place, it names the author (actors-roles7).
                found += index.actors_of(noun)
            elif index.mention_at(noun) is None:
                found += [a for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                          and index.mention_at(c) is not None for a in index.actors_of(c)]
    return found


def _is_passive(verb: Token) -> bool:
    """Passive voice, also a past participle hung on its noun ("two men killed by police") or one with
    a "by" agent of its own ("a move described by diplomats as unprecedented and welcomed by
    Andriessen": Andriessen welcomes) (session-9), or a reduced relative parsed as the main verb
    (``reduced_relative_as_root``)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children)  # "Garcia had spoken by telephone"
        and (verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children))) or reduced_relative_as_root(verb)


def reduced_relative_as_root(verb: Token) -> bool:
    """"The prisoners jailed for protesting were freed by X": the parser takes "jailed" (tagged a past
    tense) for the main verb with "prisoners" as its subject, and the real main verb "were freed" for
    its conjunct (or a complement, a relative clause on the verb). A passive conjunct with no subject and no coordinator before it ("and", "but")
    cannot be a second clause: the first verb is a participle on its noun, which suffers the act
    (session-10 actors-petr10)."""
    if verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "cc") for c in verb.children):
        return False
    for conj in (c for c in verb.children if c.dep_ in ("conj", "ccomp", "relcl") and c.tag_ == "VBN" and c.i > verb.i):
        if any(c.dep_ in ("nsubj", "nsubjpass", "cc", "mark") for c in conj.children):
            continue
        between = verb.doc[verb.i + 1:conj.i]
        if any(t.dep_ == "cc" or t.lower_ in (",", ";") and t.head.i == verb.i for t in between):
            continue
        if any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in conj.children):
            return True
    return False


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
    for slot in pattern.targets:
        for t in _slot_tokens(token, slot, extra):
            target += index.actors_of(t)
            place_target = place_target or t.ent_type_ in PLACE_ENTITIES
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
        target = _aimed_at(token, match.object_token, index, [*source, *moved])
    if not target and not place_target:
        target = _helped(token, match, index, source)
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


def _helped(trigger: Token, match: Match, index: ActorIndex, source: list[Actor]) -> list[Actor]:
    """Whom aid is meant for, named only in a purpose infinitive of a helping verb (cues.yaml
    `helping_verbs`, for the types in `helped_target_types`): "sending aid to help North Korea
    cope", "donated ventilators to assist Ethiopia", "earmarked 1.5 million euros in aid to help
    Haiti" (actors-spans9, #3). The clause may hang on the trigger, on its object, or, for a noun
    trigger, on the verb whose clause the noun sits in."""
    if (match.pattern.plover or "").lower() not in cues()["helped_target_types"]:
        return []
    carriers = [trigger, *_children(trigger, {"dobj"})]
    node = trigger
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.i != trigger.i and node.pos_ in ("VERB", "AUX"):
        carriers += [node, *_children(node, {"dobj"})]
    helping = cues()["helping_verbs"]
    found: list[Actor] = []
    for carrier in carriers:
        for clause in carrier.children:
            if clause.dep_ not in ("advcl", "xcomp", "acl", "relcl") or clause.lemma_.lower() not in helping \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue
            helped = [a for c in _children(clause, {"dobj", "dative"}) for a in index.actors_of(c)]
            # "to help North Korea cope": the one helped is the subject of the helped clause
            found += helped or [a for c in _children(clause, {"ccomp", "xcomp"})
                                for s in _children(c, {"nsubj"}) for a in index.actors_of(s)]
    return [a for a in found if a not in source]


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
    return [a for a in found if a not in source]


def _listed(token: Token) -> list[Token]:
    """A subject and the items of a list the parser hangs on it as appositions ("The US, Russia,
    and Switzerland met": Russia is an appos of US, Switzerland a conj of Russia)."""
    out = [token]
    for c in token.children:
        if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
            out.append(c)
    return out


def _aimed_at(token: Token, obj: Token | None, index: ActorIndex, source: list[Actor]) -> list[Actor]:
    """Fallback target of a verb trigger whose target slots name no one: its direct object (not
    the eventive object that is part of the trigger), else the object of an aim preposition on
    the verb or on that eventive object. Never one of the source actors."""
    # The eventive object itself ("sent troops", "shared intelligence") is what is done or moved,
    # not whom it is aimed at; its named owner is read by _object_owner ("lifted its blockade of X").
    found = [a for c in _children(token, {"dobj"}) if obj is None or c.i != obj.i
             for a in index.actors_of(c) if a not in source]
    heads = [token, *([obj] if obj is not None else []), *_aim_carriers(token, obj, index)]
    for prep in AIM_PREPS:
        if found:
            break
        for head in heads:
            found += [a for t in _prep_objects(head, prep) for a in index.actors_of(t) if a not in source]
    if not found:
        found = [a for a in _object_owner(token, obj, index) if a not in source]
    if not found:
        found = [a for a in _aim_object_makers(heads, index) if a not in source]
    if not found:
        found = [a for a in _targeted(token, index) if a not in source]
    if not found:
        found = [a for a in _measure_territory(token, [*([obj] if obj is not None else []),
                                                       *_children(token, {"dobj"})], index) if a not in source]
    return found


def _measure_territory(head: Token, measures: list[Token], index: ActorIndex) -> list[Actor]:
    """The country a measure is in force in ("declared a ceasefire in Somalia", "lifted a state of
    emergency in northern parts of South Sudan", "In Colombia, the ELN declared a truce"; cues.yaml
    `territorial_measures`), read on the verb, the measure and its modifiers (actors-roles7)."""
    words = cues()["territorial_measures"]
    found: list[Actor] = []
    for m in measures:
        named = [m, *_prep_objects(m, "of"), *(c for c in m.children if c.dep_ in ("amod", "compound"))]
        if not any(t.lemma_.lower() in words or t.lower_ in words for t in named):
            continue
        carriers = [head, m, *(c for c in m.children if c.dep_ in ("amod", "acl"))]
        found += [a for h in carriers for t in _prep_objects(h, "in") for a in index.actors_of(t)
                  if a.type == "country"]
    return found


def _aim_carriers(token: Token, obj: Token | None, index: ActorIndex) -> list[Token]:
    """Nouns of the verb's object that may carry its aim preposition (actors-roles7): a direct
    object naming no actor ("hosted a dinner for X") and the noun an amount is given in ("provided
    $5 million in funding to X")."""
    out: list[Token] = []
    for o in [*([obj] if obj is not None else []), *_children(token, {"dobj"})]:
        if (obj is None or o.i != obj.i) and not index.actors_of(o):
            out.append(o)
        if _amount(o):
            out += [t for prep in ("in", "of") for t in _prep_objects(o, prep) if not index.actors_of(t)]
        # "sent supplies and personnel such as doctors to Nepal": the parser hangs the recipient's
        # "to" on the object's last noun; on a word of the object it still says where it goes.
        out += [t.head for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.head.i != o.i
                and t.head.pos_ in ("NOUN", "PROPN")]
    return out


def _object_owner(token: Token, obj: Token | None, index: ActorIndex) -> list[Actor]:
    """Whose the thing a verb acts on is, when the object names no actor itself (events-targets6):
    who it was imposed on ("lifted sanctions imposed on X", "lift the ban placed on X"), who made
    it ("rejected accusations by X", "refused a request from X"; a "from" place is where, not who:
    "fired rockets from Gaza"), or the actor modifying its modifier ("rejected the Croatian
    government's request", "an Afghan government offer")."""
    if token.lemma_.lower() in RECEIVING_VERBS:
        return []  # "received phone calls from X", "won support from X": X gives, X is no target
    found: list[Actor] = []
    if obj is not None and index.mention_at(obj) is None:
        found += _eventive_object_owner(obj, index)
    for o in [*([obj] if obj is not None else []), *_children(token, {"dobj"})]:
        for c in o.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                # who it was imposed on, else who made it ("an appeal lodged by X", "the
                # proposal submitted by X"; actors-roles7)
                found += [a for prep in OWNER_PREPS for t in _prep_objects(c, prep) for a in index.actors_of(t)] \
                    or [a for t in _prep_objects(c, "by") for a in index.actors_of(t)]
            elif c.dep_ in OWNER_MODIFIER_DEPS and index.mention_at(c) is None and c.pos_ in ("NOUN", "PROPN"):
                found += [a for g in c.children if g.dep_ in OWNER_MODIFIER_DEPS
                          and index.mention_at(g) is not None for a in index.actors_of(g)]
        found += [a for t in _prep_objects(o, "by") for a in index.actors_of(t)]
        found += [a for t in _prep_objects(o, "from") if t.ent_type_ not in PLACE_ENTITIES for a in index.actors_of(t)]
    if (obj is not None or _children(token, {"dobj"})) and not _is_passive(token):
        # "denied charges by X" with "by" parsed on the active verb: it can only name the
        # object's author (actors-roles7).
        found += [a for t in _prep_objects(token, "by") for a in index.actors_of(t)]
    return found


def _eventive_object_owner(obj: Token, index: ActorIndex) -> list[Actor]:
    """The named owner of the object a verb pattern consumed ("accepted Erdogan's invitation",
    "lifts the blockade of Qatar"): a possessive name or a named (not nominal) "of" actor. Not
    a pronoun ("expressed its condolences") nor the members of a group ("sent a force of 260
    troops", "a team of paratroopers"), which are what is moved, not whom the act is aimed at."""
    found = [a for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in index.actors_of(c)]
    found += [a for t in _prep_objects(obj, "of") for a in index.actors_of(t) if a.type != "nominal"]
    return found


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
    if not source and not participants:
        source = _inherited_noun_source(noun, index)
    target = [a for a in target if a not in source]  # as in verb_roles: a self-target leaves the slot open
    if not target:
        target = _noun_aimed_at(noun, index, source)
    if not target:
        target = _helped(noun, match, index, source)
    about = not target
    if about:
        light = noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS
        target = topic_countries([noun, *([noun.head] if light else [])], index, source)
    symmetric = (pattern.symmetric or bool(participants)) and not (about and target)
    return _finish(Roles(_unique(source), _unique([a for a in target if a not in source])), symmetric)


def _purpose_objects(carriers: list[Token]) -> list[Token]:
    """Objects of a purpose infinitive on the trigger or its effort noun, also one infinitive
    deeper: "launched a mediation effort to resolve the rift between X and Y", "... to try to
    prevent a confrontation between X and Y" (the rift, the confrontation; actors-targets11, #3)."""
    out: list[Token] = []
    clauses = [c for h in carriers for c in h.children if c.dep_ in ("acl", "advcl", "xcomp", "relcl")
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    for clause in clauses:
        for verb in (clause, *_children(clause, {"xcomp"})):
            out += _children(verb, {"dobj"})
    return out


def _preposition_carriers(noun: Token) -> list[Token]:
    """The noun trigger and, when it names the kind of an effort ("a mediation effort between X
    and Y", cues.yaml `effort_nouns`), the effort noun, on which the parser hangs the trigger's
    prepositions (actors-spans9, #3)."""
    head = noun.head
    if noun.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in cues()["effort_nouns"]:
        return [noun, head]
    return [noun]


def _noun_aimed_at(noun: Token, index: ActorIndex, source: list[Actor]) -> list[Actor]:
    """Fallback target of a noun trigger: the object of an aim preposition on the noun ("strikes
    against X"), or, for a noun inside a verb's frame ("X engaged Y in a firefight", "X launched
    missiles at Y"), the verb's direct object or aim-preposition object."""
    found = [a for prep in AIM_PREPS for t in _prep_objects(noun, prep) for a in index.actors_of(t)]
    head = noun.head
    if not found and noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in FRAME_PREPS \
            and head.head.pos_ in ("VERB", "AUX"):
        found = [a for c in _children(head.head, {"dobj"}) for a in index.actors_of(c)]
    if not found and noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        found = [a for prep in AIM_PREPS for t in _prep_objects(head, prep) for a in index.actors_of(t)]
    if not found:
        found = [a for a in _aim_object_makers([noun, *([head] if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS else [])], index)
                 if a not in source]
    if not found:
        found = _targeted(noun, index) or (_targeted(head, index) if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS else [])
    return [a for a in found if a not in source]


def _aim_object_makers(heads: list[Token], index: ActorIndex) -> list[Actor]:
    """Who made the thing an act is aimed at, when that thing names no actor (actors-targets11,
    #3): a protest or strike "against new laws imposed by the government", "against violations by
    the police", sanctions "against firms owned by X" -> the maker or owner, as the act's target."""
    found: list[Actor] = []
    for head in heads:
        for prep in AIM_PREPS:
            for thing in _prep_objects(head, prep):
                if index.actors_of(thing):
                    continue
                makers = [thing, *(c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN")]
                found += [a for m in makers for t in _prep_objects(m, "by") for a in index.actors_of(t)]
    return found


def _targeted(trigger: Token, index: ActorIndex) -> list[Actor]:
    """The object of a participle that says whom an act aims at ("carried out a raid, targeting
    Islamic State commanders", "launched strikes aimed at the rebels"; cues.yaml `targeting_verbs`)
    hung on the trigger (actors-targets11, #3)."""
    found: list[Actor] = []
    for clause in trigger.children:
        if clause.dep_ not in ("advcl", "acl", "xcomp") or clause.tag_ not in ("VBG", "VBN") \
                or clause.lemma_.lower() not in cues()["targeting_verbs"]:
            continue
        found += [a for c in _children(clause, {"dobj"}) for a in index.actors_of(c)]
        found += [a for t in _prep_objects(clause, "at") for a in index.actors_of(t)]
    return found


def topic_countries(heads: list[Token], index: ActorIndex, source: list[Actor]) -> list[Actor]:
    """The last fallback target (session-9 actors-petr9): an aim preposition's object (not "at" or
    "into", which say where) that names no actor, of the trigger or its object, is about the country its "in" phrase names: "a summit
    on the unrest in Iran", "sorrow for the shootings in Kenya", "sanctions against entities in
    Uganda", as PETRARCH and the cameo_ner annotators code them. Only a country ("lobbied for the
    bill in Congress" is about the bill). Not when the event names a place of its own ("a summit
    in Geneva on the unrest in Iran": place_targets decides). The country is what the act is
    about, not a party to it: a symmetric event stays one-sided (roles' callers)."""
    if _placed(heads):
        return []
    found = [a for h in heads for prep in TOPIC_PREPS for t in _prep_objects(h, prep) if not index.actors_of(t)
             for g in _prep_objects(t, "in") for a in index.actors_of(g) if a.type == "country"]
    return [a for a in found if a not in source]


def _placed(tokens: list[Token]) -> bool:
    """One of ``tokens`` (the trigger and its object) has a place of its own ("in Geneva")."""
    return any(g.ent_type_ in PLACE_ENTITIES for t in tokens for p in t.children
               if p.dep_ == "prep" and p.lower_ in ("in", "at") for g in p.children if g.dep_ == "pobj")


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
        if head.lower_ in INCLUDING_PREPS and governor.pos_ in ("NOUN", "PROPN"):
            return [a for c in governor.children if c.dep_ in ("poss", "compound", "amod") for a in index.actors_of(c)]
        if head.lower_ in ("in", "during", "at", "through") and governor.pos_ in ("VERB", "AUX"):
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


def _amount(noun: Token) -> bool:
    """A sum or a count ("$5 million", "2 billion euros", "1,000 tonnes")."""
    return noun.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or noun.like_num or any(
        c.dep_ in ("nummod", "quantmod") or c.ent_type_ == "MONEY" for c in noun.children)


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
