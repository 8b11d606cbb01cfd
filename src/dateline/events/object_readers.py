"""What a token of the parse is to a lexicon entry beyond its tag and arcs (session 12): a noun the
tagger took for a verb's base form, a resultative predicate ("set the hostages free"), an object
written after its "to" phrase ("returned to Brazil 21 frogs"), a person or an amount of money as an
object, an adjective a determiner makes a noun. lexicon.py's matcher calls these readers; the
object kinds (`"@person"`, `"$money"`) are written in data/lexicon.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.data_files import cues

# object: ["@person"]: a noun object the parse shows is a person, whatever the noun: a "who"
# relative clause ("freed a former candidate who was jailed") or a participle of detention on it
# (cues.yaml `held_participles`: "freed a jailed opposition figure"), so that the entry needs no
# list of person nouns (session-12 events-recall12b). A named person is left to the weak entry,
# which needs a named actor on each side ("the club released John Smith" is no event).
PERSON_OBJECT = "@person"
RELATIVE_PERSON_PRONOUNS = frozenset({"who", "whom", "whose"})
# object: ["$money"]: an amount of money ("gave 5 million dollars", "provided EUR 28 million",
# "€3.5 million in funding"): a token of a MONEY entity or a currency noun (cues ``currency_nouns``)
# with a number on it (session-12 events-recall12a).
MONEY_OBJECT = "$money"


def money_amount(t: Token) -> bool:
    """The token heads or ends an amount of money: "$5 million", "352.5 million euros", "€45m"."""
    if t.ent_type_ == "MONEY":
        return True
    return t.lemma_.lower() in cues()["currency_nouns"] and any(
        c.dep_ in ("nummod", "compound", "quantmod") and (c.like_num or c.tag_ == "CD") for c in t.children)


def verb_tagged_noun(token: Token) -> bool:
    """A word the tagger took for a noun that the parser gives a verb's frame, a subject and an
    object or particle, in a headline's present tense ("EU and UN hand over medical supplies to
    X": "hand" NN with nsubj, prt and dobj): it is the verb (session-12 events-recall12a). Only a
    lower-case base form (NN): a plural read for a verb's -s form ("every Haitian supports six
    people") and Title-Cased headline words ("Spain To Relax Exchange Controls") are left as they
    are tagged."""
    if token.tag_ != "NN" or not token.text.islower() or token.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and bool(deps & {"dobj", "prt"})


# A resultative adjective ("set the hostages free"), parsed as a clause or complement of the verb or
# of its "go" ("let the sailors go free"): Lexicon._resultative reads the verb as the adjective's own.
PREDICATE_DEPS = frozenset({"advcl", "acomp", "oprd", "ccomp", "xcomp"})


def predicate_adjective(token: Token, word: str) -> Token | None:
    """The adjective ``word`` as the resultative predicate of ``token`` ("set the hostages free",
    "let the detainees free", "let the sailors go free", and "set free 20 prisoners", where the
    parser makes it the modifier of the object right after it); else None (session-12
    events-recall12b)."""
    heads = [token, *(c for c in token.children if c.dep_ == "ccomp" and c.lemma_.lower() == "go")]
    for h in heads:
        for c in h.children:
            if c.pos_ == "ADJ" and c.lower_ == word and c.dep_ in PREDICATE_DEPS:
                return c
            if c.pos_ == "VERB" and c.lower_ == word and c.dep_ in ("ccomp", "xcomp") and c.i == h.i + 1:
                return c  # "let free the activist, who ...": the tagger made "free" a verb
    for o in token.children:
        if o.dep_ == "dobj":
            for c in o.children:
                if c.dep_ == "amod" and c.lower_ == word and token.i < c.i < o.i and c.i == token.i + 1:
                    return c
    return None


def resultative_of(token: Token) -> Token | None:
    """The verb a resultative adjective the tagger took for a verb belongs to ("let free the
    activist": "free" -> "let"), else None."""
    head = token.head
    if (token.pos_ != "VERB" or token.lower_ not in cues()["resultative_adjectives"] or head.i == token.i
            or head.lemma_.lower() not in cues()["resultative_verbs"]):
        return None
    adj = predicate_adjective(head, token.lower_)
    return head if adj is not None and adj.i == token.i else None


def predicate_subjects(token: Token, word: str) -> list[Token]:
    """Whom a resultative predicate is said of when the parser gives it a clause of its own ("let
    the detainees free": the detainees), else the verb's object."""
    adj = predicate_adjective(token, word)
    if adj is None:
        return []
    clause = adj if adj.dep_ == "ccomp" else adj.head if adj.head.i != token.i else None
    if clause is not None and clause.dep_ != "dobj":
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and adj.pos_ == "VERB":  # "let free a jailed activist", "free" made a verb
            subjects = [c for c in adj.children if c.dep_ == "dobj"]
        if subjects:
            return subjects
    return [c for c in token.children if c.dep_ == "dobj"]


def person_object(o: Token) -> bool:
    """The noun is a person by the parse (PERSON_OBJECT)."""
    if o.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "relcl" and any(g.lower_ in RELATIVE_PERSON_PRONOUNS for g in c.children) for c in o.children):
        return True
    return any(c.dep_ in ("amod", "acl") and c.tag_ == "VBN" and c.lemma_.lower() in cues()["held_participles"]
               for c in o.children)


def shifted_objects(token: Token) -> list[Token]:
    """A verb's object written after its "to" phrase ("returned to Brazil 21 frogs"), which the
    parser hangs on that phrase: a counted apposition of the "to" object, or the counted "to"
    object itself when the name before it was made its modifier ("returned to Peru 400 stolen
    artifacts"). Only with no direct object and a number on the noun ("returned to Iraq, his
    homeland" is no object; session-12 events-recall12b)."""
    if any(c.dep_ == "dobj" for c in token.children):
        return []
    out: list[Token] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            out += [a for a in g.children if a.dep_ == "appos" and _counted(a) and a.ent_type_ not in ("DATE", "TIME")]
            if _counted(g) and g.ent_type_ not in ("DATE", "TIME") and any(
                    c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < g.i for c in g.children):
                out.append(g)
        # "returned to Brazil last Wednesday 21 frogs": a time between makes the object the verb's
        # adverbial noun
        out += [c for c in token.children if c.dep_ == "npadvmod" and c.i > prep.i and _counted(c)
                and c.ent_type_ not in NO_OBJECT_ENTITIES]
    return out


# Entities an adverbial noun after the "to" phrase may be that are no object ("returned to Iraq two
# days later", "20 pct higher").
NO_OBJECT_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def _counted(noun: Token) -> bool:
    """A number on the noun, or on the name the parser made its modifier ("Peru 400 artifacts")."""
    modifiers = [c for c in noun.children if c.dep_ in ("nmod", "compound")]
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" for m in (noun, *modifiers) for c in m.children)


def mistagged_noun(o: Token) -> bool:
    """A direct object the tagger calls an adjective but a determiner makes a noun ("returned a
    silver pendant", session-12 events-recall12b)."""
    return o.dep_ == "dobj" and o.pos_ == "ADJ" and any(c.dep_ == "det" and c.i < o.i for c in o.children)
