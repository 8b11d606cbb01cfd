"""Parse readers the role modules share (roles.py, subjects.py, target_fallbacks.py, noun_roles.py): a
token's children by relation, a preposition's objects (times and the one represented left out), the
items of a listed subject, sums and counts, passive voice (also a reduced relative the parser took
for the main verb), the objects of a purpose infinitive, and the word classes they all read (light
verbs, place entities)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.data_files import cues

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
    # events-recall12c: "took legal action against X"
    "take",
})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


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


def _listed(token: Token) -> list[Token]:
    """A subject and the items of a list the parser hangs on it as appositions ("The US, Russia,
    and Switzerland met": Russia is an appos of US, Switzerland a conj of Russia)."""
    out = [token]
    for c in token.children:
        if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
            out.append(c)
    return out


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


def _amount(noun: Token) -> bool:
    """A sum or a count ("$5 million", "2 billion euros", "1,000 tonnes")."""
    return noun.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or noun.like_num or any(
        c.dep_ in ("nummod", "quantmod") or c.ent_type_ == "MONEY" for c in noun.children)
