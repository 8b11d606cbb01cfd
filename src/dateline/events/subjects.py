"""Who acts: the subject actors of a verb, climbed through control, raising and clause links when the
verb has none of its own, and the agent of a passive (its `by` phrase, the user of an instrument, a
"when" clause, the owner of the means)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.actor_index import ActorIndex
from dateline.events.data_files import cues
from dateline.events.role_arcs import _children, _is_passive, _listed, _prep_objects
from dateline.model import Actor

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_CONTROL_PREPS = frozenset({"of", "for", "against", "from"})


def _included(subject: Token) -> list[Token]:
    """The members a common-noun subject names through "including" or "such as" ("Critics,
    including the European Commission, accuse ...", "countries such as France"; events-recall12c),
    with the items of their list."""
    preps = [c for c in subject.children if c.dep_ == "prep" and (c.lower_ == "including" or (
        c.lower_ == "as" and any(g.lower_ == "such" for g in c.children)))]
    return [t for p in preps for o in _children(p, {"pobj"}) for t in (o, *o.conjuncts)]


def _misparsed_subject(verb: Token, index: ActorIndex) -> list[Actor]:
    """An actor's name the tagger took for an adverb before a verb with no subject ("USAID deployed
    seven teams": USAID as RB/advmod; "Sweden reduced aid": Sweden as npadvmod): the name is the
    subject (session-12 events-recall12a). Only an active finite verb, and only the name that opens
    its clause."""
    if verb.dep_ not in ("ROOT", "conj", "ccomp", "advcl") or _is_passive(verb):
        return []  # not "the U.N.-backed government" (a modifier, no clause of its own)
    before = [c for c in verb.children if c.i < verb.i and c.dep_ not in ("aux", "auxpass", "neg", "punct")]
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []  # an infinitive headline ("Spain To Relax Exchange Controls"): a plan, left as parsed
    if not before or before[0].dep_ not in ("advmod", "npadvmod", "dep") or index.mention_at(before[0]) is None:
        return []
    if any(t.text == "-" for t in verb.doc[before[0].i:verb.i]):
        return []
    return index.actors_of(before[0])


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
    # "The United Kingdom and France however have opposed ...": an adverb before the auxiliary can
    # make the parser hang the subject on the auxiliary (session-12 events-recall12b)
    subjects = _children(verb, SUBJECT_DEPS) or [s for a in _children(verb, {"aux"}) for s in _children(a, SUBJECT_DEPS)]
    if subjects:
        found = [a for s in subjects for t in _listed(s) for a in index.actors_of(t)]
        if not found:  # "Critics, including the European Commission, accuse X": the named members act
            found = [a for s in subjects for t in _included(s) for a in index.actors_of(t)]
        # "The missiles fired by the Israeli military struck X": who used the subject (actors-targets11)
        return found or [a for s in subjects for a in instrument_users(s, index)]
    misparsed = _misparsed_subject(verb, index)
    if misparsed:
        return misparsed
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
