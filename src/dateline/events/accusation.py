"""Reported violence as an accusation, as CAMEO codes it: "X said (that) Y attacked Z" is, besides
Y's attack (factuality `reported`, attributed to X), an act of X: CAMEO 112 (accuse), PLOVER
ACCUSE, X -> Y. Only when the speaker is a resolved actor who speaks first ("X said that ...",
"X claimed ..."; a trailing "..., officials said" or a news medium names the report's source, not
an accuser), the reported act is material conflict
(PLOVER ASSAULT or COERCE) with a named author, and the speaker is not that author ("X said it
attacked" is a claim of one's own act, not an accusation). When the reported act names its
victims, one of them must be the speaker or of the speaker's country ("Syria said Israel attacked
it / a Syrian base"): "Turkey said Israel had attacked Syria" reports a third party's act, a
statement, not an accusation by Turkey (session-8, #4). An act with no named victim ("X said Y
attacked a border post") stays an accusation, and so does any act reported with a verb that asserts
against someone (cues.yaml `accusing_speech_verbs`: "the US claimed that ISIL had attacked Iraq")."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from dateline.events.codes import cameo_code
from dateline.events.data_files import cues
from dateline.model import Attribution, Event, PloverCode, Span

ACCUSED_TYPES = frozenset({"ASSAULT", "COERCE"})
# CAMEO codes of other types whose report by another party is an accusation: "Kiribati alleges Morocco
# violated the laws of war" (128, defy norms or law) (session-9 events-ngec9).
ACCUSED_CODES = frozenset({"128"})
ACCUSATION_CODE = "112"
NOTE = "accusation read from reported speech"


def accusations(events: list[Event], attributions: list[Attribution], doc: Doc, doc_id: str,
                nominal_speakers: bool = True) -> list[Event]:
    """One accusation per (attribution, reported violent event with a named author).
    ``nominal_speakers=False``: only a named speaker accuses (a country, an organisation, a person),
    as for an author read from the place of the act (``place_targets.place_sources``), where a
    speaker such as "officials", coded from the sentence's context, may be the victim's side."""
    out: list[Event] = []
    seen: set[tuple[int, str]] = set()
    for e in events:
        if (e.plover.type not in ACCUSED_TYPES and e.cameo.code not in ACCUSED_CODES) or e.factuality != "reported" or not e.source:
            continue
        att = _holding(attributions, e)
        if att is None or att.speaker is None or not (att.speaker.code or att.speaker.country):
            continue
        if not nominal_speakers and att.speaker.type == "nominal":
            continue
        if att.cue.start > att.content.start or att.speaker.sector == "MED":
            continue  # "..., officials said" / "..., state media reported": the news source, not a claim
        if any(_same(att.speaker, a) for a in e.source):
            continue
        if e.target and not any(_same_side(att.speaker, a) for a in e.target) and not _accusing_cue(doc, att):
            continue  # "Turkey said Israel had attacked Syria": a report of a third party's act
        key = (att.cue.start, ",".join(a.name for a in e.source))
        if key in seen:
            continue
        seen.add(key)
        cue = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
        token = cue.root.i if cue is not None else e.trigger_token
        out.append(Event(
            event_id=hashlib.sha1(f"{doc_id}|{e.sentence}|{att.cue.start}|{att.cue.end}|ACCUSE".encode()).hexdigest()[:16],
            sentence=e.sentence, start=e.start, end=e.end,
            trigger=Span(att.cue.start, att.cue.end, att.cue.text),
            source=[att.speaker], target=list(e.source),
            plover=PloverCode("ACCUSE", "accuse", list(e.plover.context)),
            cameo=cameo_code(ACCUSATION_CODE), factuality="asserted",
            # The saying is observed; the act it reports is only claimed: rank it a little higher.
            confidence=round(min(e.confidence + 0.05, 0.95), 2),
            notes=[f"{NOTE}: '{e.trigger.text}'"], trigger_token=token,
        ))
    return out


def _holding(attributions: list[Attribution], e: Event) -> Attribution | None:
    """The innermost attribution whose content holds the event's trigger."""
    best = None
    for att in attributions:
        if att.content.start <= e.trigger.start < att.content.end:
            if best is None or att.content.end - att.content.start < best.content.end - best.content.start:
                best = att
    return best


def _same(a, b) -> bool:
    return a == b or (a.kb_id is not None and a.kb_id == b.kb_id) or (a.code is not None and a.code == b.code)


def _accusing_cue(doc: Doc, att: Attribution) -> bool:
    """A speech verb that asserts against someone whoever the victim is ("the US claimed that ISIL
    had attacked Iraq", "alleged"): cues.yaml `accusing_speech_verbs`."""
    cue = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    return cue is not None and any(t.lemma_.lower() in cues()["accusing_speech_verbs"] for t in cue)


def _same_side(speaker, victim) -> bool:
    """The victim is the speaker, or of the speaker's country ("Syria" / "a Syrian army base" for the
    Syrian government)."""
    return _same(speaker, victim) or (speaker.country is not None and speaker.country == victim.country)
