"""Attributions: who says what ("X said (that) ...", "..., X said", "X told Y ...", "according to X")."""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.events.actor_index import ActorIndex
from dateline.events.data_files import cues
from dateline.events.sentences import SentenceIndex
from dateline.model import Actor, Attribution, Span

QUOTES = "\"“”«»"
TRIM = " ,;:.\"“”«»'\u2019\u2018"


def find_attributions(doc: Doc, index: ActorIndex, sentences: SentenceIndex | None = None) -> list[Attribution]:
    speech = cues()["speech_verbs"]
    sentences = sentences or SentenceIndex(doc)
    found: list[Attribution] = []
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in speech:
            att = _speech_verb(tok, index, sentences.of(tok))
        elif tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            att = _according_to(tok, index, sentences.of(tok))
        else:
            att = None
        if att is not None:
            found.append(att)
    return found


def _speech_verb(verb: Token, index: ActorIndex, sent: SpacySpan) -> Attribution | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[0]
    source = _subtree_span(subject)
    content_tokens = [c for c in verb.children if c.dep_ == "ccomp"]
    if content_tokens:
        start = min(t.left_edge.i for t in content_tokens)
        end = max(t.right_edge.i for t in content_tokens) + 1
        if verb.doc[start].dep_ == "mark" and verb.doc[start].lower_ == "that":
            start += 1  # the complementizer is not part of what is said
        content = _trimmed(verb.doc[start:end])
    elif verb.dep_ in ("ROOT", "parataxis") and _after_break(verb, sent):
        # "..., X said": the content is what precedes the speech clause in the sentence.
        content = _trimmed(verb.doc[sent.start:verb.left_edge.i])
    else:
        content = _quote_before(verb)
    if content is None or not content.text.strip():
        return None
    speaker = _speaker(subject, source, index)
    return Attribution(
        source=Span(source.start_char, source.end_char, source.text),
        cue=Span(verb.idx, verb.idx + len(verb.text), verb.text),
        content=Span(content.start_char, content.end_char, content.text),
        speaker=speaker,
    )


def _according_to(tok: Token, index: ActorIndex, sent: SpacySpan) -> Attribution | None:
    to = next(c for c in tok.children if c.lower_ == "to")
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return None
    source = _subtree_span(objs[0])
    phrase_start, phrase_end = tok.left_edge.i, tok.right_edge.i + 1
    if phrase_start - sent.start >= sent.end - phrase_end:
        content = _trimmed(tok.doc[sent.start:phrase_start])
    else:
        content = _trimmed(tok.doc[phrase_end:sent.end])
    if content is None:
        return None
    cue = tok.doc[min(tok.i, to.i):max(tok.i, to.i) + 1]  # Doc.text would rebuild the whole text
    return Attribution(
        source=Span(source.start_char, source.end_char, source.text),
        cue=Span(cue.start_char, cue.end_char, cue.text),
        content=Span(content.start_char, content.end_char, content.text),
        speaker=_speaker(objs[0], source, index),
    )


def _after_break(verb: Token, sent: SpacySpan) -> bool:
    """The speech clause follows a comma or a closing quote inside its sentence."""
    i = verb.left_edge.i - 1
    return i >= sent.start and (verb.doc[i].text in (",", ":") or any(q in verb.doc[i].text for q in QUOTES))


def _speaker(head: Token, span: SpacySpan, index: ActorIndex) -> Actor | None:
    actors = index.actors_of(head)
    if actors:
        return actors[0]
    inside = index.actors_in(span.start_char, span.end_char)
    return inside[0] if inside else None


def _subtree_span(token: Token) -> SpacySpan:
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


def _trimmed(span: SpacySpan) -> SpacySpan | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].text in TRIM):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in TRIM):
        end -= 1
    return doc[start:end] if end > start else None


def _quote_before(verb: Token) -> SpacySpan | None:
    """'"....," he told NTV' when the quote was parsed as a separate sentence: the quoted text just
    before the speech verb's clause."""
    doc = verb.doc
    i = verb.left_edge.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or not any(q in doc[i].text for q in QUOTES + "'"):
        return None
    close = i
    j = close - 1
    while j >= 0 and not any(q in doc[j].text for q in QUOTES):
        j -= 1
    if j < 0:
        return None
    return _trimmed(doc[j:close + 1])
