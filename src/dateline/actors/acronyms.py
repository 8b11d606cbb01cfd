"""A name's acronym in brackets belongs to the name's mention: "the African National Congress (ANC)".

News introduces an organisation with its acronym in brackets right after the full name. The
mention of the name then runs to the closing bracket, and a separate mention of the same actor
for the acronym itself is absorbed into it (one mention of one actor, not two side by side). A
bracket holding another actor, or text that is no acronym ("(R)", "(D-Mich.)", "(file photo)"),
is left alone. Added in session 9 (actors-spans9, #3): the cameo_ner annotators, like a reader,
take the acronym as part of the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.model import ActorMention

MAX_ACRONYM_TOKENS = 8  # "T . P . L . F ." is eight tokens
ACRONYM_JOINERS = frozenset({".", "-", "/", "&"})


def absorb_acronyms(doc: Doc, text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` (sorted by start) with each name followed by its bracketed acronym grown to the
    closing bracket, the acronym's own mention of the same actor dropped."""
    by_start = {m.start: m for m in mentions}
    out: list[ActorMention] = []
    dropped: set[int] = set()
    for m in mentions:
        if m.start in dropped:
            continue
        close = _acronym_close(doc, m, mentions)
        if close is None:
            out.append(m)
            continue
        inner = [by_start[t.idx] for t in doc[_token_after(doc, m) + 1:close.i] if t.idx in by_start]
        dropped.update(x.start for x in inner)
        end = close.idx + len(close.text)
        out.append(ActorMention(m.start, end, text[m.start:end], m.actor))
    return out


def _token_after(doc: Doc, m: ActorMention) -> int:
    """Index of the token right after mention ``m``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.end if span is not None else len(doc)


def _acronym_close(doc: Doc, m: ActorMention, mentions: list[ActorMention]) -> Token | None:
    """The closing bracket of an acronym that follows mention ``m`` directly, else None."""
    i = _token_after(doc, m)
    if i >= len(doc) or doc[i].text != "(" or doc[i].idx - m.end > 1 or _inside_of_name(doc, m, i):
        return None
    inner = []
    for t in doc[i + 1:i + 2 + MAX_ACRONYM_TOKENS]:
        if t.text == ")":
            break
        inner.append(t)
    else:
        return None
    close_i = i + 1 + len(inner)
    if close_i >= len(doc) or doc[close_i].text != ")" or not _is_acronym(inner):
        return None
    for other in mentions:
        if other is not m and other.start < doc[close_i].idx and other.end > doc[i].idx and other.actor != m.actor:
            return None  # "the Supreme Court (of Kenya)": a bracket naming someone else
    return doc[close_i]


def _inside_of_name(doc: Doc, m: ActorMention, after: int) -> bool:
    """Mention ``m`` ends the "of" part of a longer capitalised name that starts before it ("India" in
    "the Students Islamic Movement of India (SIMI)", "Nigeria" in "the Central Bank of Nigeria
    (CBN)"): the acronym is the whole name's, not the mention's."""
    last = doc[after - 1]
    span_start = doc.char_span(m.start, m.end, alignment_mode="expand")
    first_i = span_start.start if span_start is not None else last.i
    while last.dep_ == "compound" and last.head.i > last.i and last.head.i < after:
        last = last.head
    prep = last.head
    return (last.dep_ == "pobj" and prep.lower_ == "of" and prep.i < first_i
            and prep.head.i < prep.i and prep.head.text[:1].isupper())


def _is_acronym(tokens: list[Token]) -> bool:
    letters = "".join(t.text for t in tokens if t.text not in ACRONYM_JOINERS)
    return (len(letters) >= 2 and letters.isalpha() and letters.isupper()
            and all(t.text in ACRONYM_JOINERS or t.text.isupper() for t in tokens))
