"""Sending people to investigate (issue #4, events-cameo5).

"France has sent seven military experts to investigate the attacks", "the administration sent
teams into Libya to investigate the rebel forces": the sending is the means, the investigation is
the act the sender performs (CAMEO 09, investigate), not humanitarian aid (073, which "sent a team
of doctors" codes). Entry point ``investigating_missions(events, doc)``, called by the events stage
after the CAMEO re-codings: an event on a sending verb (`cues.yaml` ``sending_verbs``) whose purpose
infinitive carries an investigation event (CAMEO root 09) of the same source takes its code and
PLOVER type. Only re-codes events already kept; adds none.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.data_files import cues
from dateline.model import Event, PloverCode


def investigating_missions(events: list[Event], doc: Doc) -> None:
    by_token = {e.trigger_token: e for e in events if e.trigger_token is not None}
    for e in events:
        if e.trigger_token is None or e.cameo.root == "09":
            continue
        verb = doc[e.trigger_token]
        if verb.lemma_.lower() not in cues()["sending_verbs"]:
            continue
        for clause in verb.children:
            purpose = by_token.get(clause.i)
            if (purpose is None or clause.dep_ not in ("advcl", "xcomp") or purpose.cameo.root != "09"
                    or not any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)):
                continue
            e.cameo = purpose.cameo
            e.plover = PloverCode(purpose.plover.type, purpose.plover.mode, e.plover.context)
            e.target = e.target or list(purpose.target)
            e.notes.append(f"sent to investigate: coded as CAMEO {purpose.cameo.code} ('{purpose.trigger.text}')")
            break
