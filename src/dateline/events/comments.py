"""Comments and accord aimed at an actor (CAMEO 012, 013, 019; session-14 events-comments14, #3).

CAMEO codes a pessimistic or optimistic comment (012, 013) and an expression of accord (019) as
events of the speaker. dateline codes a comment on its own only when it is *aimed at* a resolved
actor, that is, when the comment names whom it is about; a statement with no aim stays no event
(PLOVER has no statement type; events/statements.py). A comment on an act the lexicon codes is
re-coded on that act (claims.py ``_judged_by``, stance.py ``_declared_stance``) only when no comment
is coded here on its own word; when one is, the re-coded act is dropped as the same comment told twice
(extract.py ``_without_judged_acts``). Read here:

- a hope or doubt adjective (cues.yaml ``optimism_words``, ``pessimism_words``) said of the
  subject: "X is skeptical of Y's plan", "X says it is optimistic about the Iranian proposal",
  "X is hopeful that Y will ...";
- a stance noun (``stance_nouns`` that are optimistic or pessimistic) that an expression verb
  (``expression_verbs``) takes: "X expressed pessimism over Y's future", "X voiced hope that Y
  will ...";
- a hope or doubt verb (``optimism_words``, ``pessimism_words`` used as verbs: hope, doubt, fear)
  with a clause or an object: "X hopes Y will ...", "X doubts Y's commitment";
- a word of anxiety (``anxiety_words``: concern, worry, fear ...) an expression verb takes, aimed
  at an addressee ("X expressed concern to Y", CAMEO 012), at an actor or its welfare ("concern for
  Y's health", "about the fate of Y", CAMEO 018 empathetic comment) or at another actor's stance or
  act ("concern regarding the position of Y", "over Y's plan", 012; session-14 comments14b,
  ``_anxiety_aims``);
- accord, "X agreed with Y that ...", "X agrees with Y's recommendation", "X said they agree
  with Y": agreement with another's position, not an agreement to act ("agreed to", "agreed on",
  "agreed with Y to": the lexicon's AGREE), and not when negated.

The source is the comment's subject, a resolved actor that is not a company ("the company said it
was optimistic about earnings" is business news); the target is the actor the comment is about:
the head of the object phrase, its possessor ("Y's plan") or modifier ("the Iranian proposal"),
the subject of the clause hoped or doubted ("that Y will ..."), or the "with" phrase of accord.
A comment whose object names no resolved actor codes nothing (measured in docs/benchmarks.md,
session 14: source-only comments gained too little).

Types: 012 -> PLOVER ACCUSE and 013 -> SUPPORT as stance.py's ``COMMENT_PLOVER`` (the QuadClass
neighbour); 018 -> SUPPORT as the lexicon codes condolences and sympathy; 019 -> SUPPORT: accord endorses another's position, which PLOVER SUPPORT covers (praise,
endorsement, political support), and 019 is verbal cooperation in the QuadClass scheme as 013, 018
and 051 are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.actor_index import ActorIndex
from dateline.events.data_files import cues
from dateline.events.lexicon import Match, Pattern, candidate_lemmas
from dateline.events.roles import Roles
from dateline.events.stance import COMMENT_PLOVER
from dateline.events.subjects import subject_actors

PESSIMISTIC_CODE, OPTIMISTIC_CODE, ACCORD_CODE = "012", "013", "019"
# The patterns of the events found here; ``lemma`` names the construction (no lexicon entry has it).
PESSIMISTIC_PATTERN = Pattern(lemma="comment", pos="verb", cameo=PESSIMISTIC_CODE, plover=COMMENT_PLOVER["012"])
OPTIMISTIC_PATTERN = Pattern(lemma="comment", pos="verb", cameo=OPTIMISTIC_CODE, plover=COMMENT_PLOVER["013"])
ACCORD_PATTERN = Pattern(lemma="accord", pos="verb", cameo=ACCORD_CODE, plover="SUPPORT")
# 018 as the lexicon codes condolences and sympathy ("expressed concern for X's health")
EMPATHY_CODE = "018"
EMPATHY_PATTERN = Pattern(lemma="comment", pos="verb", cameo=EMPATHY_CODE, plover="SUPPORT")
COMMENT_PATTERNS = (PESSIMISTIC_PATTERN, OPTIMISTIC_PATTERN, ACCORD_PATTERN, EMPATHY_PATTERN)
# Prepositions that say what a comment is about ("skeptical of", "pessimism over", "optimism at");
# on the expression verb itself only those that cannot say where or when ("expressed pessimism
# Friday over X", not "voiced hope at the UN", "expressed optimism in Kabul").
ABOUT_PREPS = frozenset({"about", "of", "over", "on", "at", "regarding", "concerning", "toward", "towards"})
VERB_ABOUT_PREPS = frozenset({"about", "over", "regarding", "concerning"})
# Arcs of a clause a hope or doubt governs ("hopes (that) Y will", "optimism that Y could").
CLAUSE_DEPS = frozenset({"ccomp", "acl", "advcl"})


def comment_candidates(doc: Doc, candidates: list[list[Match]], added_at: set[int],
                       index: ActorIndex) -> list[list[Match]]:
    """``candidates`` with a comment or accord match on each word that makes one (module
    docstring). A comment replaces the event the classifier added on the same word ("expressed
    pessimism" read as some act), whose token leaves ``added_at``; a lexicon match there stays,
    except the bare "agree" entry, which match_filters drops for "agreed with Y (that ...)"."""
    taken = {found[0].trigger.i for found in candidates if found[0].trigger.i not in added_at}
    out = list(candidates)
    for tok in doc:
        match = _comment_match(tok)
        if (match is None or (tok.i in taken and match.pattern is not ACCORD_PATTERN)
                or comment_roles(match, index) is None):
            continue
        out = [found for found in out if found[0].trigger.i != tok.i]
        added_at.discard(tok.i)
        out.append([match])
    return out


def comment_roles(match: Match, index: ActorIndex) -> Roles | None:
    """The speaker and whom the comment is about, or None when either is no resolved actor or the
    speaker is a company."""
    tok = match.trigger
    verb = tok.head if tok.dep_ == "acomp" else tok
    source, subjects = subject_actors(verb, index), _subjects(tok)
    if not source and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues()["speech_verbs"] and any(
            s.pos_ == "PRON" for s in subjects):
        source = subject_actors(verb.head, index)  # "the minister said he hopes ...": the speaker
        subjects = [ch for ch in verb.head.children if ch.dep_ == "nsubj"]
    if not source or any(a.sector == "BUS" or not (a.code or a.sector or a.country) for a in source):
        return None  # a company, or a person the knowledge base does not know (a firm's chairman)
    if any(_name_of_modifier(s, index) for s in subjects):
        return None  # "British Petroleum is confident", "Canadian Worldwide said it": a firm's name
    # "Howe expressed pessimism about his mission": whom the subject names is no target
    own = [a for s in subjects for a in index.actors_in(s.left_edge.idx, s.right_edge.idx + len(s.right_edge))]
    # "Reagan said he hoped the United States could ...": one's own country is no aim either
    countries = {a.country for a in source}
    target = [a for t in aims(match) for a in index.actors_of(t) if a not in source and a not in own
              and not (a.type == "country" and a.country in countries)]
    if not target:
        return None
    return Roles(source, list(dict.fromkeys(target)))


def _name_of_modifier(subject: Token, index: ActorIndex) -> bool:
    """The subject (or the antecedent of a subject pronoun) is a name the actors stage did not
    resolve whose modifier it read as an actor ("British Petroleum", "Canadian Worldwide": a
    company named after a country, not the country), or is modified by such a name ("AICE
    officials")."""
    if subject.pos_ == "PRON":
        m = index.resolve_pronoun(subject)
        span = subject.doc.char_span(m.start, m.end, alignment_mode="expand") if m is not None else None
        if span is None:
            return False
        subject = span.root
        if subject.dep_ not in ("compound", "amod") or subject.head.pos_ != "PROPN":
            return False
        subject = subject.head
    if subject.pos_ == "PROPN" and index.mention_at(subject) is None:
        return True
    # "AICE officials are hoping": the officials of an organisation the actors stage does not know
    # (a name outside any mention, or an acronym it read only as part of "<X> officials")
    for ch in subject.children:
        if ch.dep_ not in ("compound", "poss"):
            continue
        m = index.mention_at(ch)
        if (m is None and ch.pos_ == "PROPN") or (
                m is not None and m.actor.type == "nominal" and ch.text.isupper() and len(ch.text) > 1):
            return True
    return False


def _subjects(tok: Token) -> list[Token]:
    verb = tok.head if tok.dep_ == "acomp" else tok
    return [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]


def _comment_match(tok: Token) -> Match | None:
    c = cues()
    lemma = tok.lemma_.lower()
    if any(ch.dep_ == "neg" for ch in tok.children) or (
            tok.dep_ == "acomp" and any(ch.dep_ == "neg" for ch in tok.head.children)):
        return None  # "is not optimistic", "does not agree with": no comment of that polarity
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and _polarity(lemma) is not None:
        return Match(tok, _polarity(lemma), None)
    if tok.pos_ == "VERB" and lemma in c["expression_verbs"]:
        noun = next((o for o in tok.children if o.dep_ == "dobj" and _polarity(o.lemma_.lower()) is not None), None)
        if noun is not None:
            return Match(tok, _polarity(noun.lemma_.lower()), noun)
        noun = next((o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in c["anxiety_words"]), None)
        if noun is not None:
            aimed = _anxiety_aims(tok, noun)
            return Match(tok, aimed[0], noun) if aimed is not None else None
        return None
    # the small model lemmatises "hopes", "hoped" as "hop": the word's regular stems too
    word = next((w for w in candidate_lemmas(tok) if w in c["optimism_words"] | c["pessimism_words"]), None)
    if tok.pos_ == "VERB" and word is not None and _polarity(word) is not None:
        if any(ch.dep_ in ("ccomp", "dobj") for ch in tok.children):
            return Match(tok, _polarity(word), None)
        return None
    if tok.pos_ == "VERB" and lemma == "agree" and _accord(tok):
        return Match(tok, ACCORD_PATTERN, None)
    return None


def _polarity(word: str) -> Pattern | None:
    c = cues()
    if word in c["anxiety_words"]:
        return None  # "concern about the fate of a journalist" is for the journalist: _anxiety_aims
    if word in c["optimism_words"] or word in c["optimistic_stance_nouns"]:
        return OPTIMISTIC_PATTERN
    if word in c["pessimism_words"] or word in c["pessimistic_stance_nouns"]:
        return PESSIMISTIC_PATTERN
    return None


def _accord(tok: Token) -> bool:
    """ "X agreed with Y (that ...)": a "with" phrase after the verb, a subject of its own, and
    nothing agreed to do: no object, particle or other preposition ("agreed on", "agreed to"), no
    infinitive ("agreed with Gabon to reschedule debt") and no clause of what will be done ("agreed
    with Nippon Life that it will hold 40 pct": an agreement between the two); not a participle
    ("pays as agreed with the banks")."""
    c = cues()
    withs = [ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "with" and ch.i > tok.i]
    if not withs or not any(ch.dep_ == "nsubj" for ch in tok.children):
        return False
    for ch in tok.children:
        if ch.dep_ in ("xcomp", "dobj", "prt") or (ch.dep_ == "prep" and ch.lower_ != "with"):
            return False
        if ch.dep_ in ("advcl", "ccomp") and any(a.dep_ == "aux" and (a.lower_ == "to" or a.lower_ in c["planned_aux"])
                                                 for a in ch.children):
            return False
    return True


def aims(match: Match) -> list[Token]:
    """The tokens naming what a comment is about: objects of "about"-prepositions, the subject of
    a hoped or doubted clause, a verb's direct object, the "with" phrase of accord."""
    tok, noun = match.trigger, match.object_token
    if noun is not None and noun.lemma_.lower() in cues()["anxiety_words"]:
        aimed = _anxiety_aims(tok, noun)
        return aimed[1] if aimed is not None else []
    if match.pattern is ACCORD_PATTERN:
        return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > tok.i
                for g in _phrase_heads(p)]
    holders = [noun] if noun is not None else []
    holders.append(tok)
    found: list[Token] = []
    for h in holders:
        for ch in h.children:
            if ch.dep_ == "prep" and ch.lower_ in (VERB_ABOUT_PREPS if h is tok and noun is not None else ABOUT_PREPS):
                found += _phrase_heads(ch)
            elif ch.dep_ in CLAUSE_DEPS and ch.pos_ in ("VERB", "AUX"):
                found += _clause_heads(ch)
            elif ch.dep_ == "dobj" and h is tok and noun is None:
                found.append(ch)
        if found:
            break
    return found


def _phrase_heads(prep: Token) -> list[Token]:
    """The noun a preposition governs, or the subject / object of the gerund it governs ("about
    the government being able to", "about bringing the standoff to an end")."""
    out: list[Token] = []
    for g in prep.children:
        if g.dep_ == "pobj":
            out.append(g)
        elif g.dep_ == "pcomp":
            out += _clause_heads(g)
    return out


def _clause_heads(verb: Token) -> list[Token]:
    """The subject of a clause; for a gerund with none, its object ("about bringing the North
    Korean standoff to an end")."""
    subj = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    if subj or verb.tag_ != "VBG":
        return subj
    return [ch for ch in verb.children if ch.dep_ == "dobj"]


def _anxiety_aims(verb: Token, noun: Token) -> tuple[Pattern, list[Token]] | None:
    """What a word of anxiety an expression verb takes is aimed at, and the code that makes
    (``anxiety_words``; session-14 comments14b, #3). CAMEO 012 is a pessimistic comment *on* its
    target, 018 an empathetic comment *for* it:

    - the addressee, "X expressed concern to Y (that / about ...)", "conveyed concerns about Z to
      Y": 012 to Y. Concern put to someone is a complaint or warning to them (what they are asked to
      take up), the verbal-conflict side of a comment, as a pessimistic comment is;
    - "concern for Y", "concern for Y's health", and concern about a welfare noun of Y
      (``welfare_nouns``: "concern about the fate of Y", "over the safety of Y"): 018 to Y. The
      concern is sympathy with Y, as condolences are (lexicon 018, PLOVER SUPPORT);
    - concern about another actor's stance or act, "concern regarding the position of Y", "concern
      over Y's plan": 012 to Y, a pessimistic comment on what Y holds or does. Only when Y is the
      possessor, modifier or "of" phrase of what the concern is about; concern about an actor itself
      ("concern about the refugees") may be for it or about it and stays uncoded.
    """
    c = cues()
    preps = [ch for h in (noun, verb) for ch in h.children if ch.dep_ == "prep" and (h is noun or ch.i > verb.i)]
    addressees = [g for p in preps if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    if addressees:
        return PESSIMISTIC_PATTERN, addressees
    fors = [g for p in preps if p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    if fors:
        return EMPATHY_PATTERN, fors
    # on the noun any "about"-preposition but "of" ("the concerns of Y's farmers": whose concern);
    # on the verb only those that cannot say where or when
    abouts = [g for p in preps if p.lower_ != "of" and p.lower_ in ABOUT_PREPS
              and (p.head.i == noun.i or p.lower_ in VERB_ABOUT_PREPS)
              for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    owned = [g for g in abouts if g.pos_ == "NOUN" and any(
        ch.dep_ in ("poss", "amod", "compound", "prep") for ch in g.children)]
    if not owned:
        return None
    if any(g.lemma_.lower() in c["welfare_nouns"] for g in owned):
        return EMPATHY_PATTERN, [g for g in owned if g.lemma_.lower() in c["welfare_nouns"]]
    return PESSIMISTIC_PATTERN, owned
