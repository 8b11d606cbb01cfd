"""PLOVER codebook refinements: re-type an event where the PLOVER category definitions draw a line
that the lexicon entry alone cannot see, because it depends on the trigger's complement, its
governor or its source (word lists in data/codebook.yaml). Run by ``extract_events`` after coding.

1. A promise or agreement to yield is CONCEDE, not AGREE: an AGREE event whose complement is an act
   of yielding ("promised to lift the curfew", "agreed to withdraw") or whose object names a
   concession ("offered an amnesty"), or a concession noun coded as AGREE that a declaring word
   other than "agree" governs ("pledged a nationwide ceasefire"). PLOVER: CONCEDE covers promises of future concessions.
2. A declared, not implemented, retreat is CONCEDE: a RETREAT event that a declaring or committing
   word governs ("declared a ceasefire", "announced their intention to lay down arms", "agreed to
   withdraw"). PLOVER: CONCEDE covers declarations of ceasefires and withdrawals, RETREAT their
   implementation. A retreat merely reported as future ("will withdraw") stays RETREAT with
   factuality ``planned``, as a planned visit stays CONSULT; so does a resignation ("would
   announce his resignation": announcing it is resigning).
3. Withdrawing a presence is SANCTION, not RETREAT: "withdraw" whose object is a mission, envoy,
   aid, staff ... or whose source is an international or non-governmental organisation ("the UN
   withdrew from the country"), unless troops or forces withdraw ("UN troops withdrew" stays
   RETREAT); CAMEO 166 (expel or withdraw), 161 for diplomats, 162 for aid.
4. Signing or ratifying an agreement is SUPPORT (CAMEO 057 in PLOVER), not AGREE; also where the
   agreement noun is the event ("the signing of the agreement", "the treaty was ratified").
5. Expelling diplomats, missions, observers ... is SANCTION (CAMEO 161 for diplomats, else 166),
   not the deportation of individuals (COERCE, 174), also when the noun sits in a quantity phrase
   or a passive subject ("expelled dozens of diplomats", "diplomats were expelled").
6. A labour strike is PROTEST (CAMEO 143), not an attack: an ASSAULT coded on "strike" (or "launch
   a strike") whose phrase or subject names workers or a labour strike ("wildcat general strike",
   "teachers went on strike").
7. The state ending protests is not a concession: a CONCEDE "ease dissent" event ("end/halt/stop
   the protests") whose source is the government, military or police is COERCE (CAMEO 175) when
   done, THREATEN (CAMEO 130) when vowed, planned or hypothetical ("vowed to end the protests").
8. A conflict act (ASSAULT, COERCE, SANCTION) that a threat word governs, where no THREATEN event
   sits on that word, is THREATEN ("raised the possibility of suspending talks"; CAMEO 138 for
   force, 131 for sanctions, 130 otherwise). "threatened to attack" already codes a THREATEN event
   on "threatened" and keeps its hypothetical ASSAULT.
9. Peacekeepers, observers or inspectors are no show of force: a MOBILIZE or CONSULT event whose
   phrase names them ("deployed 3,000 peacekeepers") is AID (mode peacekeeping, CAMEO 074). (Their
   arrival, which PLOVER codes as the host's RETREAT/access, has no lexicon entry yet.)
10. Attacks that stop are no attack: an ASSAULT noun that is the subject of a verb of stopping
   ("the attacks will stop") or the object of a noun of stopping ("announced an end to its
   rocket attacks", "a halt in attacks") is RETREAT (mode de-escalate, CAMEO 087), CONCEDE when a
   declaring word governs it (as rule 2). PLOVER: RETREAT covers "observing a ceasefire or
   otherwise ending active conflicts", CONCEDE their declaration. (events-plover5)
11. A conflict act (ASSAULT, COERCE, SANCTION, PROTEST) held out by its own actor is THREATEN: it carries a
   condition on the other side ("will detain journalists if they publicize fraud allegations") or a
   modal of possibility in its actor's own statement ("Iraq suggests it may ban the general"). PLOVER
   THREATEN: "threaten to ban political activities of particular parties or individuals",
   "threatened with imprisonment" (PLOVER manual draft 0.7, THREATEN). (session-9 events-ngec9)
12. A promise, pledge or vow of a conflict act coded as an event is THREATEN ("officials promise
   arrests if corruption continues"); PLOVER THREATEN "threats to imprison". (session-9)
13. A refused concession is REJECT ("declines to end the curfew"): PLOVER REJECT "refuse or decline
   to ease administrative sanctions, such as ... curfew". A refused retreat stays a negated RETREAT
   ("refused to withdraw"), as tests/events/test_factuality.py fixes it. (session-9)

14-17. Commitments to cooperate (AGREE), non-material cooperation (SUPPORT), truces the sides
   agree and ceasefires that take effect (RETREAT): predicates in events/cooperation_codebook.py
   (session-10 events-codebook10). Rule 4 leaves a promised signing AGREE (PLOVER: "promises to
   sign or ratify agreements and treaties are coded as AGREE"), and rule 2 leaves the act a truce
   agreement governs RETREAT.

Each re-typed event gets a note naming the rule. Rules 1, 2 and 4 keep the CAMEO code (CAMEO files
promises, declarations and signings where PLOVER's split does not reach); the others move it with
the category (withdrawing envoys or aid is not de-escalation).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dateline.events.codes import cameo_code
from dateline.events.cooperation_codebook import (agreed_truce, committed, diplomatic_cooperation, truce_begun,
                                                  within_agreed_truce)
from dateline.events.data_files import word_lists
from dateline.events.governors import governed_within
from dateline.model import Event, PloverCode

COMPLEMENT_DEPS = ("xcomp", "ccomp", "advcl", "conj")  # "promised to work with X to scrap ..."
# Up from a trigger to the word that declares it, never across a finite clause ("announced that the
# troops had withdrawn" reports a done retreat).
GOVERNOR_DEPS = frozenset({"xcomp", "acl", "dobj", "pobj", "prep"})
MAX_DEPTH = 3
DIPLOMAT_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "embassy", "consulate", "recognition", "accreditation"})
AID_NOUNS = frozenset({"aid", "funding", "assistance", "support", "investment"})
WITHDRAW_LEMMAS = frozenset({"withdraw", "pull", "withdrawal", "pullout", "recall"})
THREAT_CODES = {"ASSAULT": "138", "SANCTION": "131", "COERCE": "130", "PROTEST": "130"}  # PROTEST: session-9
# Rule 14 (session-10): the CAMEO code of an intention to do the act (CAMEO 03, codebook v1.1b3):
# diplomatic cooperation 032, material cooperation 031.
INTENT_CODES = {"05": "032", "06": "031"}
COMMITTING_LEMMAS = frozenset({"commit", "committed", "pledge", "promise", "vow"})
THREAT_DEPS = frozenset({"xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "compound", "amod"})  # amod: session-9


def words() -> dict[str, frozenset[str]]:
    """The closed word lists of codebook.yaml."""
    return word_lists("codebook.yaml")


def refine_types(events: Sequence[Event], doc: Doc) -> None:
    """Apply the codebook rules (module docstring) to ``events`` in place; the first that fits wins."""
    threat_triggers = {e.trigger_token for e in events if e.plover.type == "THREATEN"}
    conflict_triggers = {e.trigger_token for e in events if e.plover.type in THREAT_CODES}
    for e in events:
        if e.trigger_token is None:
            continue
        tok = doc[e.trigger_token]
        if e.plover.type in THREAT_CODES and threatened(tok, threat_triggers):
            e.cameo = cameo_code(THREAT_CODES[e.plover.type])
            _retype(e, "THREATEN", None, "a conflict act under a threat word is THREATEN (PLOVER)")
            continue
        if e.plover.type == "AGREE" and promises_conflict(tok, conflict_triggers):
            _retype(e, "THREATEN", None, "a promise of a conflict act is THREATEN (PLOVER)")
            e.cameo = cameo_code("130")
            continue
        if e.plover.type == "CONCEDE" and e.factuality == "negated" and refused(tok):
            _retype(e, "REJECT", None, "refusing to yield is REJECT (PLOVER)")
            e.cameo = cameo_code("120")
            continue
        if e.plover.type in THREAT_CODES and e.factuality != "negated" and announced_threat(tok, e):
            e.cameo = cameo_code(THREAT_CODES[e.plover.type])
            _retype(e, "THREATEN", None, "a conflict act its actor holds out as conditional or possible is THREATEN (PLOVER)")
            continue
        if e.plover.type in ("MOBILIZE", "CONSULT") and _names_peacekeepers(tok):
            _retype(e, "AID", "peacekeeping", "sending peacekeepers is AID (PLOVER)")
            e.cameo = cameo_code("074")
            continue
        if e.plover.type == "CONCEDE" and e.plover.mode == "ease dissent" and any(
                (a.sector or "").lower() in words()["state_sectors"] for a in e.source):
            if e.factuality in ("planned", "hypothetical"):
                _retype(e, "THREATEN", None, "the state vowing to end protests is THREATEN (PLOVER)")
                e.cameo = cameo_code("130")
            else:
                _retype(e, "COERCE", "repression", "the state ending protests is COERCE (PLOVER)")
                e.cameo = cameo_code("175")
            continue
        if e.plover.type == "ASSAULT" and ceased(tok):
            e.cameo = cameo_code("087")
            if declared(tok):
                _retype(e, "CONCEDE", "de-escalate", "a declared end of attacks is CONCEDE (PLOVER)")
            else:
                _retype(e, "RETREAT", "de-escalate", "an end of attacks is RETREAT (PLOVER)")
            continue
        if e.plover.type == "AGREE" and (agreed_truce(tok, len(e.source)) or truce_begun(tok)):
            _retype(e, "RETREAT", "ceasefire", "a truce the sides agree, or one that takes effect, is RETREAT (PLOVER)")
            continue
        if e.plover.type in ("COOPERATE", "SUPPORT") and committed(tok):
            if tok.lemma_.lower() in COMMITTING_LEMMAS:
                e.cameo = cameo_code("030")  # "committed to working together": the intent itself
            elif e.cameo.root in INTENT_CODES:
                e.cameo = cameo_code(INTENT_CODES[e.cameo.root])
            _retype(e, "AGREE", None, "a commitment to cooperate is AGREE (PLOVER)")
            continue
        if e.plover.type == "COOPERATE" and diplomatic_cooperation(tok):
            if e.cameo.root == "06":
                e.cameo = cameo_code("050")
            _retype(e, "SUPPORT", None, "non-material, diplomatic cooperation is SUPPORT (PLOVER)")
            continue
        if e.plover.type == "AGREE" and (tok.lemma_.lower() in words()["signing_lemmas"] or signed(tok)) \
                and not committed(tok):
            _retype(e, "SUPPORT", None, "signing an agreement is SUPPORT (PLOVER)")
        elif e.plover.type == "AGREE" and (promises_to_yield(tok) or declared_concession(tok)):
            _retype(e, "CONCEDE", None, "a promise to yield is CONCEDE (PLOVER)")
        elif e.plover.type == "RETREAT" and withdraws_presence(tok, e):
            code = _presence_code(tok)
            _retype(e, "SANCTION", "withdraw", "withdrawing a presence is SANCTION (PLOVER)")
            e.cameo = cameo_code(code)
        elif e.plover.type == "COERCE" and tok.lemma_.lower() in ("expel", "expulsion") and expels_presence(tok):
            _retype(e, "SANCTION", "expel", "expelling a diplomatic presence is SANCTION (PLOVER)")
            e.cameo = cameo_code("161" if _presence_code(tok) == "161" else "166")
        elif e.plover.type == "ASSAULT" and labour_strike(tok):
            _retype(e, "PROTEST", "strike", "a labour strike is PROTEST (PLOVER)")
            e.cameo = cameo_code("143")
        elif e.plover.type == "RETREAT" and e.factuality != "negated" and not _resignation(tok, e) and declared(tok) \
                and not within_agreed_truce(tok, len(e.source)):
            _retype(e, "CONCEDE", e.plover.mode, "a declared retreat is CONCEDE (PLOVER)")


def promises_conflict(tok: Token, conflict_triggers: set[int | None]) -> bool:
    """Rule 12 (session-9): a promise, pledge or vow whose object or complement is a conflict act
    coded as an event ("officials promise arrests if corruption continues", "vowed to attack")."""
    if tok.lemma_.lower() not in words()["promise_words"]:
        return False
    acts = [ch for ch in tok.children if ch.dep_ in ("dobj", "xcomp", "ccomp")]
    # session-10: or the object of the promised act, or that object's modifier ("promise to renew
    # the bombing campaign": the conflict act is the campaign's "bombing")
    acts += [o for a in acts if a.dep_ == "xcomp" for o in a.children if o.dep_ == "dobj"]
    acts += [m for a in list(acts) if a.dep_ == "dobj" for m in a.children if m.dep_ in ("compound", "amod")]
    return any(a.i in conflict_triggers for a in acts)


def refused(tok: Token) -> bool:
    """Rule 13 (session-9): a refusal verb governs the yielding act ("declines to end the curfew")."""
    return tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in words()["refusal_words"]


def announced_threat(tok: Token, event: Event | None = None) -> bool:
    """Rule 11 (session-9 events-ngec9): the conflict act is held out by the one who would do it,
    not done: it carries a condition on the other side ("will detain journalists if they publicize
    the allegations", "Government to Detain Journalists if They ...": a clause marked by
    ``condition_marks`` with a subject of its own), or a modal of possibility (``possibility_modals``)
    in what its own actor says ("Iraq suggests it may ban the general": the act's subject is a
    pronoun or the speaker's own word). A possibility others report ("analysts say Iraq may ban
    ...") or a past act stays as it is."""
    w = words()
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ in ("VBD", "VBN"):
        return False
    if any(ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in w["condition_marks"] for g in ch.children)
           and any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children) for ch in tok.children):
        return True
    if not any(ch.dep_ == "aux" and ch.lower_ in w["possibility_modals"] for ch in tok.children):
        return False
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in w["suggesting_verbs"]:
        return False
    speakers = {ch.lower_ for ch in tok.head.children if ch.dep_ == "nsubj"}
    subjects = [ch for ch in tok.children if ch.dep_ == "nsubj"]
    if bool(speakers) and any(s.pos_ == "PRON" or s.lower_ in speakers for s in subjects):
        return True
    # "Leader says Slovakia could suspend relations": the speaker speaks for the act's own country
    speaker = event.attributed_to if event is not None else None
    return bool(speaker is not None and speaker.country and any(a.country == speaker.country for a in event.source))


def signed(tok: Token) -> bool:
    """The trigger noun names an agreement that is signed or ratified: the object of a noun of
    signing ("the signing of the agreement", "the ratification of the treaty") or the passive
    subject of a signing verb ("the agreement was signed"). Rule 4, for agreements coded on their
    noun (events-plover5)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    w = words()
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in w["signing_lemmas"]:
        return True
    if any(ch.lemma_.lower() in w["signing_lemmas"] for ch in _compound_chain(tok)):
        # a headline parse: "Samoa and Senegal Sign Trade Agreement", the verb as the noun's compound
        # (session-9), or as the compound of its compound ("sign" <- "trade" <- "agreement",
        # session-11); also tagged a noun: "X and Y ratify agreement on ..." (session-10)
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in w["signing_lemmas"]:
        return True  # "ratified the agreement" where the noun carries the event (session-10)
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "of"
            and prep.head.lemma_.lower() in w["signing_nouns"])


def _compound_chain(noun: Token) -> list[Token]:
    """The noun's compounds and theirs in turn ("sign trade agreement": trade, sign)."""
    out: list[Token] = []
    frontier = [noun]
    for _ in range(MAX_DEPTH):
        frontier = [ch for t in frontier for ch in t.children if ch.dep_ == "compound"]
        out += frontier
    return out


def ceased(tok: Token) -> bool:
    """The trigger noun names attacks that stop: the subject of a verb of stopping ("the attacks
    will stop", "the shelling ceased") or the object of a noun of stopping ("an end to its rocket
    attacks", "a halt in attacks", "the cessation of hostilities"), not "the end of the war",
    which in news dates other events more often than it reports a war's end."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    w = words()
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in w["cessation_verbs"]:
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "in", "of", "on"):
        return False
    noun = prep.head.lemma_.lower()
    return noun in w["cessation_nouns"] and not (noun == "end" and prep.lower_ == "of")


def promises_to_yield(tok: Token) -> bool:
    """The trigger's complement (a few clause arcs down) is an act of yielding, or its object a
    concession."""
    w = words()
    frontier, seen = [tok], 0
    while frontier and seen <= MAX_DEPTH:
        if any(_concession_object(t) for t in frontier):
            return True  # "promised concessions", "agreed to make concessions", "agreed to an amnesty"
        nxt = [ch for t in frontier for ch in t.children if ch.dep_ in COMPLEMENT_DEPS and ch.pos_ in ("VERB", "AUX")]
        if any(t.lemma_.lower() in w["yield_verbs"] for t in nxt):
            return True
        frontier, seen = nxt, seen + 1
    return False


def _concession_object(tok: Token) -> bool:
    """The word's direct object, or the object of its "to"/"on", names a concession."""
    nouns = words()["concession_nouns"]
    if any(ch.dep_ == "dobj" and ch.lemma_.lower() in nouns for ch in tok.children):
        return True
    # "agreed on a ceasefire" is an agreement between the sides (AGREE), "agreed to concessions" is not.
    return any(g.dep_ == "pobj" and g.lemma_.lower() in nouns - {"ceasefire", "truce"}
               for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("to", "on") for g in ch.children)


def declared_concession(tok: Token) -> bool:
    """A concession noun coded as the event ("ceasefire", "amnesty") that a declaring word governs
    ("pledged a nationwide ceasefire", "announced an amnesty"); "agreed on a ceasefire" stays AGREE."""
    if tok.lemma_.lower() not in words()["concession_nouns"] or tok.dep_ not in GOVERNOR_DEPS:
        return False
    head = tok.head
    return head.lemma_.lower() in words()["declaring_words"] - {"agree"}


def declared(tok: Token) -> bool:
    """A declaring word is the trigger itself ("declared a ceasefire" is coded on its verb) or
    governs it within a few arcs ("announced their intention to lay down their arms")."""
    return governed_within(tok, words()["declaring_words"], GOVERNOR_DEPS, MAX_DEPTH)


def withdraws_presence(tok: Token, event: Event) -> bool:
    if tok.lemma_.lower() not in WITHDRAW_LEMMAS:
        return False
    w = words()
    objects = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "NOUN":  # "the withdrawal of the mission"
        objects += [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"]
    if any(o.lemma_.lower() in w["presence_nouns"] for o in objects):
        return True
    subjects = [t for ch in tok.children if ch.dep_ in ("nsubj", "poss") for t in ch.subtree]
    if any(t.lemma_.lower() in w["military_nouns"] for t in [*subjects, *objects]):
        return False  # "UN troops withdrew": a military retreat, whoever commands the troops
    return any((a.sector or "").lower() in w["presence_sectors"] for a in event.source)


def threatened(tok: Token, threat_triggers: set[int | None]) -> bool:
    """A threat word governs the trigger within a few arcs ("the possibility of suspending talks")
    and carries no THREATEN event of its own."""
    w = words()["threat_words"]
    node = tok
    for _ in range(MAX_DEPTH + 1):
        if node.dep_ not in THREAT_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in w:
            return node.i not in threat_triggers
    return False


def _names_peacekeepers(tok: Token) -> bool:
    """The trigger's subject, object or "of" phrase names peacekeepers, observers or inspectors."""
    w = words()["peacekeeping_nouns"]
    phrases = [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass", "dobj", "compound", "amod")]
    phrases += [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"]
    if tok.dep_ in ("nsubj", "dobj") and tok.pos_ == "NOUN":
        phrases.append(tok)
    return any(t.lemma_.lower() in w for p in phrases for t in _phrase_words(p))


CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "conj", "appos"})


def _phrase_words(tok: Token) -> list[Token]:
    """The words of a noun phrase without the clauses hung on it: in "representatives from Brazil
    ..., the latter represented at the meeting merely as an observer" the observer is in a clause
    about one of them, not the phrase that names who attended (session-8, #4)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")):
            out += _phrase_words(c)
    return out


def expels_presence(tok: Token) -> bool:
    """The expelled noun phrase (object, passive subject, "expulsion of ...") names a presence."""
    w = words()["expelled_nouns"]
    phrases = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    phrases += [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in w for p in phrases for t in p.subtree)


def labour_strike(tok: Token) -> bool:
    """The "strike" of this event (the trigger or its object) is a labour action."""
    w = words()["labour_strike_words"]
    strikes = [t for t in (tok, *tok.children) if t.lemma_.lower() == "strike" and (t.i == tok.i or t.dep_ == "dobj")]
    for s in strikes:
        if any(m.lemma_.lower() in w for m in s.children if m.dep_ in ("amod", "compound", "nmod", "poss")):
            return True
        verb = s if s.pos_ == "VERB" else s.head
        if any(t.lemma_.lower() in w for ch in verb.children if ch.dep_ == "nsubj" for t in ch.subtree):
            return True
    return False


def _resignation(tok: Token, event: Event) -> bool:
    """Announcing one's resignation is resigning: rule 2 leaves resignations RETREAT."""
    return event.plover.mode == "resign" or tok.lemma_.lower() in ("resign", "resignation", "step", "quit")


def _presence_code(tok: Token) -> str:
    lemmas = {t.lemma_.lower() for t in tok.subtree}
    if lemmas & DIPLOMAT_NOUNS:
        return "161"
    if lemmas & AID_NOUNS:
        return "162"
    return "166"


def _retype(event: Event, plover: str, mode: str | None, note: str) -> None:
    event.plover = PloverCode(plover, mode, event.plover.context)
    event.notes.append(note)
