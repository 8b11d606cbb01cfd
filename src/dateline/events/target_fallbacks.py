"""Fallback targets of a trigger whose own target slots name no one, for verbs (``_aimed_at``) and nouns
(``_noun_aimed_at``): the direct object or an aim preposition's object ("launched missiles at X"),
the owner of the thing acted on ("lifted sanctions imposed on X"), the makers of an aim object
("against laws imposed by X"), a targeting participle ("a raid targeting X"), the country a measure
is in force in or a military site is in, whom aid is meant to help (``_helped``), and last the country an act is about
(``topic_countries``: "a summit on the unrest in Iran")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.actor_index import ActorIndex
from dateline.events.data_files import cues
from dateline.events.lexicon import Match
from dateline.events.role_arcs import LIGHT_VERBS, PLACE_ENTITIES, _amount, _children, _is_passive, _prep_objects
from dateline.model import Actor

# Prepositions that introduce who an act is aimed at, read when the trigger's own target slots name
# no one: "launched missiles at X", "issued warrants for X", "an offensive against X".
# Acts of force, whose "with" after a direct object is the means (``with_is_means``).
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
AIM_PREPS = ("against", "at", "on", "upon", "for", "with", "to", "toward", "towards", "into")
# The aim prepositions that may say what an act is about (topic_countries); "at" and "into" say
# where it is done ("blew themselves up at a market in Maiduguri, northeast Nigeria").
TOPIC_PREPS = tuple(p for p in AIM_PREPS if p not in ("at", "into"))
# "X engaged Y in a firefight", "X hit Y during raids": a noun event inside the clause of a verb
# whose object is the other party.
FRAME_PREPS = frozenset({"in", "during", "with", "as"})
# "sanctions imposed on X", "a ban placed against X": the preposition of the object's participle
# that names who the object is aimed at (_object_owner).
OWNER_PREPS = ("on", "upon", "against", "at")
OWNER_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "win", "secure", "gain"})


def with_is_means(token: Token, obj: Token | None, plover: str | None) -> bool:
    """An act of force whose verb has a direct object other than its own noun: a "with" phrase on
    the verb is the weapon, the means or a companion, not a second target ("pounded the hideouts
    with heavy artillery", "attacked X with the help of Y", "threatened X with sanctions"; session
    12). Other acts keep "with" as the partner ("closed its borders with X")."""
    return (plover or "").upper() in FORCE_TYPES and any(obj is None or c.i != obj.i for c in _children(token, {"dobj"}))


def _aimed_at(token: Token, obj: Token | None, index: ActorIndex, source: list[Actor],
              plover: str | None = None) -> list[Actor]:
    """Fallback target of a verb trigger whose target slots name no one: its direct object (not
    the eventive object that is part of the trigger), else the object of an aim preposition on
    the verb or on that eventive object. Never one of the source actors."""
    # The eventive object itself ("sent troops", "shared intelligence") is what is done or moved,
    # not whom it is aimed at; its named owner is read by _object_owner ("lifted its blockade of X").
    found = [a for c in _children(token, {"dobj"}) if obj is None or c.i != obj.i
             for a in index.actors_of(c) if a not in source]
    heads = [token, *([obj] if obj is not None else []), *_aim_carriers(token, obj, index)]
    if (plover or "").upper() == "MOBILIZE":
        # "mobilized troops for the Gulf War against Iraq": the fight forces are raised for names
        # whom they are raised against (session-12 events-recall12a)
        raised = [token, *([obj] if obj is not None else []), *_children(token, {"dobj"})]
        heads += [t for h in raised for t in _prep_objects(h, "for") if not index.actors_of(t)]
    means = with_is_means(token, obj, plover)
    for prep in AIM_PREPS:
        if found:
            break
        for head in heads:
            if prep == "with" and means and head.i == token.i:
                continue
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
    if not found:
        found = [a for a in _site_country([*([obj] if obj is not None else []), *_children(token, {"dobj"})], index)
                 if a not in source]
    return found


def _site_country(objects: list[Token], index: ActorIndex) -> list[Actor]:
    """The country a military site the verb acts on is in ("hit military positions in Saudi
    Arabia's Asir region", "struck a base in Syria"; cues.yaml `military_sites`): the country named
    by the site's "in" phrase or owning the place it names (events-recall12c, #3)."""
    found: list[Actor] = []
    for o in objects:
        if o.lemma_.lower() not in cues()["military_sites"]:
            continue
        for place in _prep_objects(o, "in"):
            countries = [a for a in index.actors_of(place) if a.type == "country"]
            if not countries:  # "in Saudi Arabia's Asir region": the owner of the place
                countries = [a for c in place.children if c.dep_ == "poss" for a in index.actors_of(c)
                             if a.type == "country"]
            found += countries
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
            # "provided 12 million dollars in emergency funding to Nepal": the parser hangs "in
            # funding" on the verb (session-12 events-recall12a)
            out += [t for t in _prep_objects(token, "in") if t.lemma_.lower() in cues()["aid_nouns"]]
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
        found += _taken_from(o, index)
    if (obj is not None or _children(token, {"dobj"})) and not _is_passive(token):
        # "denied charges by X" with "by" parsed on the active verb: it can only name the
        # object's author (actors-roles7).
        found += [a for t in _prep_objects(token, "by") for a in index.actors_of(t)]
    return found


def _taken_from(obj: Token, index: ActorIndex) -> list[Actor]:
    """Whom the thing acted on was taken from, named by a taking verb's "from" phrase on it or on a
    word coordinated with it ("return weapons they seized from the army", "returned the land and
    equipment confiscated from farmers"; cues.yaml `taking_verbs`): a return or a release of it is
    aimed at them (session 14 targets14a, #3). A place it came from is no one ("taken from Gaza")."""
    found: list[Actor] = []
    for o in (obj, *obj.conjuncts):
        for c in o.children:
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.lemma_.lower() in cues()["taking_verbs"]:
                found += [a for t in _prep_objects(c, "from") if t.ent_type_ not in PLACE_ENTITIES
                          for a in index.actors_of(t)]
    return found


def _refused_act_targets(token: Token, index: ActorIndex, source: list[Actor]) -> list[Actor]:
    """Whom a refused act is aimed at, for a refusal verb (cues.yaml `refusal_governors`) with no
    target of its own: the aim-preposition object of its infinitive, else its object, or that
    thing's named owner ("refused to comply with the Commission's provisions" -> the Commission;
    "declined to meet Putin" -> Putin; "refused to hand the suspects over to Interpol" -> Interpol,
    not the suspects handed). Only with a named refuser: the target says whom it opposes
    (session-12 events-recall12b, #3)."""
    if not source or token.lemma_.lower() not in cues()["refusal_governors"]:
        return []  # whom the refuser opposes: a refusal by no named actor keeps no target of its own
    found: list[Actor] = []
    for clause in _children(token, {"xcomp"}):
        for things in ([t for prep in AIM_PREPS for t in _prep_objects(clause, prep)],
                       _children(clause, {"dobj", "dative"})):
            for t in things:
                found += [a for a in index.actors_of(t) or _eventive_object_owner(t, index) if a not in source]
            if found:
                break
    return found


def _eventive_object_owner(obj: Token, index: ActorIndex) -> list[Actor]:
    """The named owner of the object a verb pattern consumed ("accepted Erdogan's invitation",
    "lifts the blockade of Qatar"): a possessive name or a named (not nominal) "of" actor. Not
    a pronoun ("expressed its condolences") nor the members of a group ("sent a force of 260
    troops", "a team of paratroopers"), which are what is moved, not whom the act is aimed at."""
    found = [a for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in index.actors_of(c)]
    found += [a for t in _prep_objects(obj, "of") for a in index.actors_of(t) if a.type != "nominal"]
    return found


def _noun_aimed_at(noun: Token, index: ActorIndex, source: list[Actor]) -> list[Actor]:
    """Fallback target of a noun trigger: the object of an aim preposition on the noun ("strikes
    against X"), or, for a noun inside a verb's frame ("X engaged Y in a firefight", "X launched
    missiles at Y"), the verb's direct object or aim-preposition object."""
    found = [a for prep in AIM_PREPS for t in _prep_objects(noun, prep) for a in index.actors_of(t)]
    head = noun.head
    if not found and noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in FRAME_PREPS \
            and head.head.pos_ in ("VERB", "AUX"):
        found = [a for c in _children(head.head, {"dobj"}) for a in index.actors_of(c)]
    if not found and noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "as" \
            and head.head.dep_ == "dobj" and head.head.head.pos_ in ("VERB", "AUX"):
        found = index.actors_of(head.head)  # "held families as human shields", "as" on the object (events-recall12c)
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
            helped = helped or [a for c in _children(clause, {"ccomp", "xcomp"})
                                for s in _children(c, {"nsubj"}) for a in index.actors_of(s)]
            if not helped:
                # "gave 352.5 million euros to promote investment in Ethiopia": the country where
                # the helped thing is (session-12 events-recall12a)
                objects = [g for o in _children(clause, {"dobj"}) for g in (o, *o.conjuncts)]
                helped = [a for h in (clause, *objects) for t in _prep_objects(h, "in")
                          for a in index.actors_of(t) if a.type == "country"]
            found += helped
    return [a for a in found if a not in source]
