"""The actor's stance toward its own act, as CAMEO codes it: a declared intention to cooperate is
CAMEO 03 ("express intent to ..."), a refusal to cooperate is CAMEO 12 ("reject ..."), whatever the
act itself would be coded ("Russia is willing to withdraw its troops" is 03, not 087; "Turkey will
not lift the ban" is 12, not 085), and a declared intention to use force or pressure is a threat
(CAMEO 13: "X vowed to attack Y" is 138, not 190). Refusals are re-coded for cooperative acts
(roots 03-08) only: CAMEO has no category for refusing a conflict act. PLOVER types are left as
they are (PLOVER carries the stance in the factuality)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.claims import claim_stance
from dateline.events.data_files import cues

# Root of the act -> CAMEO code of the intention / of the refusal (codebook v1.1b3 categories).
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "030",
                # a declared intention to use force or pressure is a threat (CAMEO 13)
                "14": "130", "15": "130", "16": "131", "17": "130", "18": "138", "19": "138", "20": "138"}
REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "120"}
MAX_CLIMB = 3


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
        if tok.dep_ not in ("xcomp", "acomp") or tok.head is tok:
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
