"""The actor's stance toward its own act, as CAMEO codes it: a declared intention to cooperate is
CAMEO 03 ("express intent to ..."), a refusal to cooperate is CAMEO 12 ("reject ..."), whatever the
act itself would be coded ("Russia is willing to withdraw its troops" is 03, not 087; "Turkey will
not lift the ban" is 12, not 085), and a declared intention to use force or pressure is a threat
(CAMEO 13: "X vowed to attack Y" is 138, not 190). Refusals are re-coded for cooperative acts
(roots 03-08) only: CAMEO has no category for refusing a conflict act. PLOVER types are left as
they are (PLOVER carries the stance in the factuality)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.claims import claim_stance
from dateline.events.codes import cameo_code
from dateline.events.data_files import cues
from dateline.events.sentences import SentenceIndex
from dateline.model import Event, PloverCode

# Root of the act -> CAMEO code of the intention / of the refusal (codebook v1.1b3 categories).
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "030",
                # a declared intention to use force or pressure is a threat (CAMEO 13)
                "14": "130", "15": "130", "16": "131", "17": "130", "18": "138", "19": "138", "20": "138"}
REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "120"}
MAX_CLIMB = 3
COMMENT_PLOVER = {"012": "ACCUSE", "013": "SUPPORT"}


def stance(trigger: Token) -> tuple[str, str] | None:
    """("intent" | "refusal", the word that says so) when the trigger's own clause declares the
    act intended ("is willing to", "pledged to") or refused ("will not", "refused to"); else None."""
    c = cues()
    if any(ch.dep_ == "neg" for ch in trigger.children):
        if trigger.dep_ == "xcomp" and any(ch.dep_ == "dobj" for ch in trigger.head.children):
            return None  # "urged the United States not to support X": a request to another, not a refusal
        return "refusal", "not"
    tok = trigger
    for _ in range(MAX_CLIMB):
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return None
        head = tok.head
        lemma = head.lemma_.lower()
        negated = any(ch.dep_ == "neg" for ch in head.children)
        if lemma in c["refusal_governors"]:
            return ("intent" if negated else "refusal"), lemma
        if lemma in c["intent_governors"]:
            if any(ch.dep_ == "nsubj" for ch in tok.children) or any(ch.dep_ == "dobj" for ch in head.children):
                return None  # "wants Putin to attack": someone else's act, not a declared intention
            return ("refusal" if negated else "intent"), lemma
        tok = head
    return None


def recode(cameo: str, trigger: Token, factuality: str) -> tuple[str, str | None]:
    """The CAMEO code after the actor's stance, and a note when it changed it."""
    found = stance(trigger)
    if found is None:
        # "X said it will ...", "X said Y must ...", "is considering ...", "claimed that they ..."
        claimed = claim_stance(trigger, cameo, factuality)  # events/claims.py (#4)
        return claimed if claimed is not None else (cameo, None)
    kind, word = found
    table = INTENT_CODES if kind == "intent" else REFUSAL_CODES
    wanted = "planned" if kind == "intent" else "negated"
    new = table.get(cameo[:2])
    if new is None or factuality != wanted:
        return cameo, None
    return new, f"CAMEO {cameo} coded as {kind} ({new}) after '{word}'"


def recode_events(events: list[Event], doc: Doc, sentences: SentenceIndex) -> list[Event]:
    """Document-level CAMEO corrections (issue #4, events-cameo4), after the events are kept:

    - ``_ceasefire_violations``: defying a ceasefire or truce is CAMEO 196 (violate ceasefire),
      not 128 (defy norms, law); two or more parties named together as its subject and no target
      violate it against each other (each the other's target; session 14);
    - ``_peacekeeping_deployments``: deploying or sending troops for peacekeeping is CAMEO 074
      (provide military protection or peacekeeping, PLOVER AID), not a show of force (150);
    - ``_declared_stance``: an actor expressing a concern, hope or doubt ("X expressed concern
      about the escalation") makes a comment, not the act the trigger's entry codes: a pessimistic
      word (cues.yaml ``pessimism_words`` and ``stance_nouns`` such as worry, alarm, dismay) is
      CAMEO 012 (make pessimistic comment, PLOVER ACCUSE), an optimistic one (``optimism_words``,
      satisfaction, confidence) CAMEO 013 (PLOVER SUPPORT) (session-8, #4; before, such events
      were dropped); a neutral one
      ("expressed its view") is still dropped, and the statement verb codes the text
      (events/statements.py)."""
    _ceasefire_violations(events, doc)
    _peacekeeping_deployments(events, sentences)
    kept = []
    for e in events:
        noun = _declared_stance(e, doc)
        if noun is None:
            kept.append(e)
            continue
        code = _comment_code(noun)
        if code is None:
            continue
        e.notes.append(f"CAMEO {e.cameo.code} coded as a comment ({code}) after 'expressed {noun}'")
        e.cameo = cameo_code(code)
        # PLOVER has no statement type: the QuadClass neighbour, verbal conflict for a pessimistic
        # comment, verbal cooperation for an optimistic one (as 018 comments are SUPPORT).
        e.plover = PloverCode(COMMENT_PLOVER[code], None, e.plover.context)
        kept.append(e)
    return kept


def _ceasefire_violations(events: list[Event], doc: Doc) -> None:
    words = cues()["ceasefire_words"]
    for e in events:
        if e.cameo.code != "128" or e.trigger_token is None:
            continue
        tok = doc[e.trigger_token]
        objects = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
        named = {t.lemma_.lower() for o in objects for t in o.subtree} | {t.lower_ for o in objects for t in o.subtree}
        if named & words or any(w in e.trigger.text.lower() for w in words):
            e.cameo = cameo_code("196")
            e.notes.append("violating a ceasefire coded as CAMEO 196")
            if len(e.source) >= 2 and not e.target:
                # "India and Pakistan violated the ceasefire": the parties to a ceasefire named together
                # violate it against each other, a reciprocal event (X>Y, Y>X, as roles._finish pairs them).
                e.target = e.source[1:] + e.source[:1]
                e.notes.append("ceasefire parties named together: each the other's target")


def _peacekeeping_deployments(events: list[Event], sentences: SentenceIndex) -> None:
    words = cues()["peacekeeping_words"]
    for e in events:
        if e.plover.type != "MOBILIZE" or not e.cameo.code.startswith("15"):
            continue
        if not (sentences.words(e.sentence) & words):
            continue
        e.plover = PloverCode("AID", "peacekeeping", e.plover.context)
        e.cameo = cameo_code("074")
        e.notes.append("deployment for peacekeeping coded as CAMEO 074")


def _declared_stance(e: Event, doc: Doc) -> str | None:
    """The stance noun an expression verb trigger takes ("expressed concern"), or None."""
    c = cues()
    if e.trigger_token is None or e.cameo.code == "018":
        return None  # "expressed concern for X's health": sympathy (comments.py, comments14b)
    tok = doc[e.trigger_token]
    if tok.lemma_.lower() not in c["expression_verbs"]:
        return None
    return next((o.lemma_.lower() for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in c["stance_nouns"]), None)


def _comment_code(noun: str) -> str | None:
    """CAMEO 012 for a pessimistic stance noun, 013 for an optimistic one, None for a neutral one."""
    c = cues()
    if noun in c["pessimism_words"] or noun in c["pessimistic_stance_nouns"]:
        return "012"
    if noun in c["optimism_words"] or noun in c["optimistic_stance_nouns"]:
        return "013"
    return None
