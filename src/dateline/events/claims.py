"""Claims and statements whose reported content carries the event (issue #4, CAMEO coding).

CAMEO codes what an actor *says* about an act by the saying, not by the act, in four cases read
from the grammar of the clause that holds the trigger (word lists in cues.yaml):

- a declared intention, "X said/announced (that) it will release the hostages": the speaker
  commits itself (the clause's subject is the speaker, or a pronoun for it), so the act is coded as
  an intention, CAMEO 03 ("express intent to"), or for force a threat, CAMEO 13, with the tables
  of stance.py ("X said it would free 150 prisoners" is 030, not 084);
- a demand, "X said Y must end its attacks" / "X says intervention must be avoided": the speaker
  requires an act of another (the clause has "must" or "has to" and its subject is not the
  speaker), CAMEO 100 (demand), whatever the act;
- a policy option under consideration, "X is considering sending aid", "X is exploring the
  possibility of ...": CAMEO 014 (consider policy option), whatever the act;
- a hope or a doubt about an act, "X said it hoped for more talks", "X is skeptical of Y's motives
  in providing payments": the speaker's comment, CAMEO 013 (optimistic) or 012 (pessimistic);
- a wish for another's act, "X wants Y to attack Z": an appeal of X to Y, CAMEO 020, an event of
  its own on the wish verb (``wish_candidates``); Y's act keeps its code and is hypothetical;
- a claim about one's own act, "the Houthis claimed that they had attacked the airport": the act
  is the speaker's unverified claim, CAMEO 010 (make statement); claims about others stay as
  they are (the accusation module codes "X said Y attacked Z").

An undone cooperative act ("cancelled a planned visit", "failed to reach a deal") is coded as
its refusal (CAMEO 12, the refusal table of stance.py).

PLOVER types are left as they are (PLOVER carries the stance in the factuality).
``intent_candidates`` adds a declared readiness ("X is ready to contribute to the mission") as
CAMEO 030 when the act is none the lexicon knows. ``demand_candidates`` adds the demand as its own event on the speech verb when the demanded
clause holds no lexicon trigger ("Human Rights Watch said that the authorities must ensure
security").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.data_files import cues
from dateline.events.lexicon import Match, Pattern, candidate_lemmas

INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "030",
                "14": "130", "15": "130", "16": "131", "17": "130", "18": "138", "19": "138", "20": "138"}
DEMAND_CODE = "100"
CONSIDER_CODE = "014"
SELF_CLAIM_CODE = "010"
APPEAL_CODE = "020"
PESSIMISTIC_CODE = "012"
OPTIMISTIC_CODE = "013"
# Arcs climbed from an act to the hope or doubt that governs it.
JUDGED_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "prep", "pobj", "acl", "dobj", "acomp"})
# The pattern of a demand found on a speech verb: CAMEO 100, PLOVER REQUEST (a demand).
DEMAND_PATTERN = Pattern(lemma="say", pos="verb", cameo=DEMAND_CODE, plover="REQUEST", targets=())
# The pattern of a wish for another's act on the wish verb: CAMEO 020, PLOVER REQUEST (an appeal).
WISH_PATTERN = Pattern(lemma="want", pos="verb", cameo=APPEAL_CODE, plover="REQUEST", targets=())
# The pattern of a declared readiness on its adjective: CAMEO 030, PLOVER AGREE.
INTENT_PATTERN = Pattern(lemma="ready", pos="verb", cameo="030", plover="AGREE")
SELF_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
MAX_CLIMB = 4


def claim_stance(trigger: Token, cameo: str, factuality: str) -> tuple[str, str] | None:
    """(new CAMEO code, note) when the trigger's clause is a declared intention, a demand, a
    considered option or a self-claim (module docstring); else None."""
    c = cues()
    clause = _clause_of(trigger)
    root = cameo[:2]
    judged = _judged_by(trigger)
    if judged is not None:
        code = OPTIMISTIC_CODE if judged in c["optimism_words"] else PESSIMISTIC_CODE
        return code, f"CAMEO {cameo} coded as a comment ({code}) after '{judged}'"
    undone = _undone_by(trigger)
    if undone is not None:
        from dateline.events.stance import REFUSAL_CODES  # stance.py imports this module

        new = REFUSAL_CODES.get(root)
        if new is not None and factuality == "negated":
            return new, f"CAMEO {cameo} coded as refusal ({new}) after '{undone}'"
        return None
    governor = clause.head if clause.dep_ in ("xcomp", "pcomp", "ccomp") else None
    # "is considering sending aid", "exploring the possibility of giving ...": climb to the verb
    tok = trigger
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head.i == tok.i:
            break
        if head.lemma_.lower() in c["consider_verbs"] and _considered(tok, trigger):
            if factuality != "negated":
                return CONSIDER_CODE, f"CAMEO {cameo} coded as a policy option considered ({CONSIDER_CODE}) after '{head.lemma_.lower()}'"
            return None
        if tok.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "dobj", "acl"):
            break
        tok = head
    # "Obama wants Putin to attack X": a wish for another's act keeps the act's code; the appeal is
    # an event of its own on the wish verb (``wish_candidates``), the act is hypothetical.
    if governor is None or clause.dep_ != "ccomp":
        return None
    speech = governor.lemma_.lower()
    if speech in c["claim_verbs"] and _same_actor(clause, governor) and factuality != "negated":
        return SELF_CLAIM_CODE, f"CAMEO {cameo} coded as the actor's own claim ({SELF_CLAIM_CODE}) after '{speech}'"
    if speech not in c["claim_speech_verbs"]:
        return None
    aux = {ch.lower_ for ch in clause.children if ch.dep_ == "aux"}
    if aux & c["demand_modals"] or _has_to(clause):
        if not _same_actor(clause, governor):
            return DEMAND_CODE, f"CAMEO {cameo} coded as a demand ({DEMAND_CODE}) after '{speech}'"
        return None
    if aux & c["planned_aux"] and factuality != "negated" and not any(ch.dep_ == "neg" for ch in clause.children):
        new = INTENT_CODES.get(root)
        if new is not None and _same_actor(clause, governor):
            return new, f"CAMEO {cameo} coded as declared intent ({new}) after '{speech}'"
    return None


def demand_candidates(doc: Doc, candidates: list[list[Match]]) -> list[list[Match]]:
    """A demand event on the speech verb ("X said Y must ..."); roles are read from the speech verb
    (its subject is the source), the target is the demanded clause's subject, and the event is
    built only when that subject is a resolved actor other than a company (extract.py):
    "companies must find new ways", "all sales must be registered" are no demands of political
    event data. When the demanded clause holds lexicon acts, the demand built here stands for them
    (``demanded_acts``): "Russia says Israel must end attacks on Syria" is Russia's demand of Israel
    (CAMEO 100, source RUS, target ISR), as a coder codes it, not Israel's act re-coded 100."""
    c = cues()
    out: list[list[Match]] = []
    for tok in doc:
        if tok.lemma_.lower() not in c["claim_speech_verbs"] or tok.pos_ not in ("VERB", "AUX"):
            continue
        for clause in (ch for ch in tok.children if ch.dep_ == "ccomp"):
            aux = {ch.lower_ for ch in clause.children if ch.dep_ == "aux"}
            if not aux & c["demand_modals"] or _same_actor(clause, tok):
                continue
            out.append([Match(tok, DEMAND_PATTERN, None)])
            break
    return out


def demanded_acts(speech: Token) -> set[int]:
    """Token indices of the clause a demand on the speech verb ``speech`` requires: an act there that
    claim_stance re-coded as the demand (CAMEO 100) is the demand's content, not an event of its own."""
    return {t.i for clause in speech.children if clause.dep_ == "ccomp" for t in clause.subtree}


def intent_candidates(doc: Doc, candidates: list[list[Match]]) -> list[list[Match]]:
    """ "X is ready/willing to contribute to ...": a declared readiness for an act the lexicon does
    not know is CAMEO 030 (express intent to cooperate), an event on the adjective whose roles
    are read through it (its subject is the source). Not when the complement holds a strong
    lexicon trigger (stance.py codes that act as intended) or is negated."""
    c = cues()
    strong = {found[0].trigger.i for found in candidates if not found[0].pattern.weak}
    out: list[list[Match]] = []
    for tok in doc:
        if tok.lemma_.lower() not in c["intent_adjectives"] or tok.dep_ != "acomp":
            continue
        comps = [ch for ch in tok.children if ch.dep_ == "xcomp" and ch.pos_ in ("VERB", "AUX")]
        if not comps or any(ch.dep_ == "neg" for ch in tok.head.children):
            continue
        if any(t.i in strong for x in comps for t in x.subtree):
            continue
        out.append([Match(tok, INTENT_PATTERN, None)])
    return out


def wished_of(trigger: Token) -> Token | None:
    """The actor token whose act ``trigger`` a wish verb asks for ("Obama wants Putin to attack X"
    -> Putin, parsed as the wish verb's object or as the subject of its clause); None when the act
    is not wished or is the wisher's own ("Turkey wants to attack": an intention, stance.py)."""
    head = trigger.head
    if head.i == trigger.i or head.lemma_.lower() not in cues()["wish_verbs"]:
        return None
    if trigger.dep_ == "xcomp":
        obj = next((ch for ch in head.children if ch.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    if trigger.dep_ in ("ccomp", "xcomp") and not _same_actor(trigger, head):
        return _subject(trigger)
    return None


def wish_candidates(doc: Doc, candidates: list[list[Match]]) -> list[list[Match]]:
    """An appeal event on the wish verb ("Obama wants Putin to attack X": Obama appeals to Putin,
    CAMEO 020, PLOVER REQUEST) for each lexicon act wished of another actor, as "urged Putin to"
    is an appeal of its own beside the urged act (session-10 actors-petr10). Roles are read from
    the wish verb (its subject is the source); the target is whom the act is wished of
    (extract.py); the wished act itself stays with its own code and is hypothetical
    (factuality.py)."""
    out: list[list[Match]] = []
    seen: set[int] = set()
    for found in candidates:
        trigger = found[0].trigger
        if wished_of(trigger) is None or trigger.head.i in seen:
            continue
        if any(ch.dep_ == "neg" for ch in trigger.head.children):
            continue  # "does not want Y to attack": no appeal
        seen.add(trigger.head.i)
        out.append([Match(trigger.head, WISH_PATTERN, None)])
    return out


def wish_target(verb: Token) -> Token | None:
    """Whom the wish verb ``verb`` asks to act: the ``wished_of`` of its clause."""
    for clause in (ch for ch in verb.children if ch.dep_ in ("xcomp", "ccomp")):
        found = wished_of(clause)
        if found is not None:
            return found
    return None


def demanded_of(trigger: Token) -> Token | None:
    """The subject of the clause a demand event on ``trigger`` (a speech verb) requires."""
    for clause in (ch for ch in trigger.children if ch.dep_ == "ccomp"):
        for ch in clause.children:
            if ch.dep_ == "nsubj":
                return ch
    return None


def _judged_by(trigger: Token) -> str | None:
    """The hope or doubt word (cues.yaml ``optimism_words``, ``pessimism_words``: a verb or an
    adjective) that governs the act ("said it hoped for more talks", "is skeptical of Iran's
    motives in providing payments"), climbing clause and preposition arcs; None when a speech or
    other verb comes first."""
    found = _judging(trigger)
    return found[0] if found else None


def judging_word(trigger: Token) -> Token | None:
    """The hope or doubt word's token that governs the act at ``trigger`` ("hoped", "skeptical")."""
    found = _judging(trigger)
    return found[1] if found else None


def judging_verb(trigger: Token) -> Token | None:
    """The verb whose subject makes the hope or doubt comment on the act at ``trigger``: the hope
    verb ("Turkey fears that Y will attack"), the copula its adjective completes ("X is skeptical of
    Y's motives") or the verb whose object is the hope noun ("X voiced hope that Y will help")."""
    found = _judging(trigger)
    if found is None:
        return None
    word = found[1]
    if word.pos_ in ("VERB", "AUX"):
        return word
    return word.head if word.head.pos_ in ("VERB", "AUX") else None


def _judging(trigger: Token) -> tuple[str, Token] | None:
    """(the hope or doubt word, its token) for ``_judged_by``."""
    c = cues()
    words = c["optimism_words"] | c["pessimism_words"]
    tok = trigger
    for _ in range(MAX_CLIMB + 1):
        if tok.dep_ not in JUDGED_DEPS or tok.head.i == tok.i:
            return None
        head = tok.head
        found = next((w for w in candidate_lemmas(head) if w in words), None)
        if found and (head.pos_ in ("VERB", "ADJ") or tok.dep_ in ("acl", "ccomp")):
            return found, head  # a hope noun only with the hoped clause: "voiced hope that Y will help"
        lemma = head.lemma_.lower()
        if lemma == "be":  # "is skeptical about X in providing Y": the copula's adjective judges
            adj = next((a for a in head.children if a.dep_ == "acomp" and a.lemma_.lower() in words), None)
            if adj is not None:
                return adj.lemma_.lower(), adj
        if head.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "ccomp", "pcomp", "acomp", "prep"):
            return None
        if head.pos_ in ("VERB", "AUX") and lemma not in c["light_governors"]:
            return None
        tok = head
    return None


def _undone_by(trigger: Token) -> str | None:
    """The undoing verb ("cancelled a planned visit", "failed to reach a deal") whose object or
    complement the trigger is, if any."""
    tok = trigger
    for _ in range(2):
        if tok.dep_ not in ("dobj", "xcomp") or tok.head.i == tok.i:
            return None
        if tok.head.lemma_.lower() in cues()["undoing_verbs"]:
            return tok.head.lemma_.lower()
        tok = tok.head
    return None


def _clause_of(trigger: Token) -> Token:
    """The verb heading the trigger's own clause: a noun trigger's governing verb ("announced a
    ceasefire"), a verb trigger itself or, for "will be able to", the verb it is a complement of."""
    tok = trigger
    for _ in range(MAX_CLIMB):
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and not any(
                ch.dep_ in ("nsubj", "nsubjpass", "aux") for ch in tok.children):
            tok = tok.head  # "Y must ensure security and provide amenities": the first conjunct's clause
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "xcomp":
            return tok
        if tok.head.i == tok.i:
            return tok
        if tok.dep_ not in ("dobj", "pobj", "prep", "xcomp", "nsubjpass", "attr", "compound"):
            return tok
        tok = tok.head
    return tok


def _considered(tok: Token, trigger: Token) -> bool:
    """``tok`` is what its head (a verb of considering) weighs: an infinitive or gerund ("is
    considering sending aid"), an option noun ("the possibility of ...") or the event noun itself
    ("considering sanctions"), not an object with a predicate ("considered the attack a crime")."""
    head = tok.head
    if any(ch.dep_ in ("oprd", "ccomp") for ch in head.children) and tok.dep_ == "dobj":
        return False
    if tok.dep_ in ("xcomp", "pcomp"):
        return True
    return tok.dep_ == "dobj" and (tok.i == trigger.i or tok.lemma_.lower() in cues()["option_nouns"])


def _has_to(clause: Token) -> bool:
    """ "Y has to leave": "have" with an infinitive complement."""
    return clause.lemma_.lower() == "have" and any(ch.dep_ == "xcomp" for ch in clause.children) or (
        clause.dep_ == "xcomp" and clause.head.lemma_.lower() == "have")


def _subject(verb: Token) -> Token | None:
    return next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _same_actor(clause: Token, speech: Token) -> bool:
    """The clause's subject is the speaker: a personal pronoun, or the same head word."""
    subj, speaker = _subject(clause), _subject(speech)
    if subj is None:
        return False
    if subj.lower_ in SELF_PRONOUNS:
        return True
    return speaker is not None and subj.lemma_.lower() == speaker.lemma_.lower()
