"""Event classifier: a linear model over parse features that predicts a sentence's CAMEO root
(01-20, or NONE for no political event) and PLOVER type (16 types, or NONE), issue #4.

Trained only on sentences we wrote (``events/training/``) by ``python -m
dateline.events.train_classifier``, which writes the weights to ``data/classifier.tsv``. The
events stage uses it through ``revise`` (see docs/pipeline.md, "Event classifier"):

1. A weak (ambiguous) lexicon hit whose root the classifier contradicts confidently is re-coded to
   the classifier's root and PLOVER type (the lexicon's trigger and roles are kept); but when that
   root is a material one (06-20) on the other side of the cooperation (01-08) / conflict (09-20)
   divide, the lexicon's coding stands: a bag of sentence words cannot overturn the polarity of the
   verb itself ("opposed a tax" is no cooperation). Re-codes to 01-05 may cross it: a governing
   verb makes a request or a statement of any act ("asked NATO to help patrol").
2. A weak lexicon hit in a sentence the classifier calls non-political with confidence is dropped.
3. A sentence without lexicon hits, which the classifier confidently calls a political event other
   than a plain statement (root 01), gets an event on its main verb (on the reported clause's verb
   under "X said ..."); it is kept only if the usual role and actor checks pass, and ranks below
   lexicon events (lower confidence, a note).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from dateline.events.data_files import cues, read_text
from dateline.events.lexicon import Match, Pattern
from dateline.events.nonpolitical import empty_verbs
from dateline.events.sentences import SentenceIndex
from dateline.model import Event

NONE = "NONE"
STATEMENT = "01"  # PLOVER has no statement type: the classifier adds no plain statements
# Thresholds of the combination rule (documented in docs/pipeline.md).
RECODE_MIN = 0.90  # classifier's own root must be at least this probable ...
RECODE_LEXICON_MAX = 0.02  # ... and the lexicon's root at most this, to re-code a lexicon hit
DROP_NONE_MIN = 0.80  # P(NONE) at which a weak lexicon hit is dropped
ADD_MIN = 0.70  # P(best root) needed to add an event where the lexicon found none
ADD_PLOVER_MIN = 0.0  # P(best PLOVER type) needed for such an event (its argmax is used)
ADDED_CONFIDENCE_PENALTY = 0.15  # an event without a lexicon trigger ranks below lexicon events

CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV", "AUX"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "pcomp"})


@dataclass(frozen=True)
class Prediction:
    root: str  # "01".."20" or NONE
    root_prob: float
    plover: str  # PLOVER type or NONE
    plover_prob: float
    root_probs: dict[str, float]
    plover_probs: dict[str, float]


def features(sent: Span, trigger: Token | None = None) -> list[str]:
    """Parse features of one sentence: content lemmas, lemma bigrams, verbs with their objects and
    prepositions, negation and passives; names and numbers only by their entity type, so the model
    learns phrasing rather than actors."""
    feats = ["bias"]
    prev = "<s>"
    for tok in sent:
        if tok.is_punct or tok.is_space:
            continue
        lem = _word(tok)
        feats.append(f"b:{prev}|{lem}")
        prev = lem
        if tok.pos_ in CONTENT_POS and not tok.is_stop or tok.lemma_.lower() in ("say", "not", "no"):
            feats.append(f"w:{lem}")
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in CLAUSE_DEPS:
            feats.append(f"v:{lem}")
            for c in tok.children:
                if c.dep_ in ("dobj", "nsubjpass", "attr"):
                    feats.append(f"vo:{lem}|{_word(c)}")
                elif c.dep_ in ("prep", "prt", "agent", "dative"):
                    feats.append(f"vp:{lem}|{c.lower_}")
                    for g in c.children:
                        if g.dep_ == "pobj":
                            feats.append(f"vpo:{lem}|{c.lower_}|{_word(g)}")
                elif c.dep_ == "neg":
                    feats.append(f"neg:{lem}")
                elif c.dep_ == "auxpass":
                    feats.append(f"pass:{lem}")
                elif c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                    feats.append(f"vc:{lem}|{_word(c)}")
            if tok.dep_ == "ROOT":
                feats.append(f"root:{lem}")
        elif tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ == "prep":
                    feats.append(f"np:{lem}|{c.lower_}")
    if trigger is not None:
        feats.append(f"tr:{_word(trigger)}")
    return feats


def _word(tok: Token) -> str:
    if tok.ent_type_ in ("GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"):
        return f"<{tok.ent_type_}>"
    if tok.like_num or tok.pos_ == "NUM":
        return "<NUM>"
    if tok.pos_ == "PROPN":
        return "<PROPN>"
    return tok.lemma_.lower()


class EventClassifier:
    """Two softmax heads (CAMEO root, PLOVER type) over named (not hashed) features."""

    def __init__(self, roots: list[str], plovers: list[str], weights: dict[str, dict[int, float]]) -> None:
        self.roots = roots
        self.plovers = plovers
        self.labels = roots + plovers  # one column per label; the weight file keeps this order
        self.weights = weights

    def predict(self, sent: Span, trigger: Token | None = None) -> Prediction:
        scores = [0.0] * len(self.labels)
        for f in features(sent, trigger):
            for col, w in self.weights.get(f, {}).items():
                scores[col] += w
        n = len(self.roots)
        root_probs = _softmax(dict(zip(self.roots, scores[:n])))
        plover_probs = _softmax(dict(zip(self.plovers, scores[n:])))
        root = max(root_probs, key=root_probs.__getitem__)
        plover = max(plover_probs, key=plover_probs.__getitem__)
        return Prediction(root, root_probs[root], plover, plover_probs[plover], root_probs, plover_probs)


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    exp = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


def labelled_rows(text: str) -> tuple[list[str], list[str], list[str]]:
    """A weight file's root labels and PLOVER labels (its ``#labels`` line: roots ``|`` PLOVER
    types) and its data lines (not blank, not comments), in order."""
    roots: list[str] = []
    plovers: list[str] = []
    data: list[str] = []
    for line in text.splitlines():
        if line.startswith("#labels\t"):
            left, right = line.split("\t", 1)[1].split("|")
            roots, plovers = left.split(), right.split()
        elif line.strip() and not line.startswith("#"):
            data.append(line)
    return roots, plovers, data


def parse_weights(text: str) -> EventClassifier:
    """Read the weight file: ``#labels`` line with the root labels, then the PLOVER labels after
    ``|``; then one line per feature: ``feature<TAB>col:weight col:weight ...`` (zeros left out)."""
    roots, plovers, data = labelled_rows(text)
    weights: dict[str, dict[int, float]] = {}
    for line in data:
        feat, cells = line.split("\t")
        weights[feat] = {int(c.split(":")[0]): float(c.split(":")[1]) for c in cells.split()}
    if not roots or not plovers:
        raise ValueError("classifier weight file has no #labels line")
    return EventClassifier(roots, plovers, weights)


@lru_cache(maxsize=1)
def load_classifier() -> EventClassifier:
    """The shipped classifier (data/classifier.tsv), loaded once."""
    return parse_weights(read_text("classifier.tsv"))


def classify_sentence(sent: Span, trigger: Token | None = None) -> Prediction:
    """CAMEO root and PLOVER type of one parsed sentence (optionally around a lexicon trigger)."""
    return load_classifier().predict(sent, trigger)


def revise(sentences: SentenceIndex, candidates: list[list[Match]]) -> tuple[list[list[Match]], set[int]]:
    """Lexicon candidates after the classifier's say (the combination rule in the module doc).

    Returns the revised candidates and the token ids of the events it added. The
    environment variable DATELINE_EVENTS_CLASSIFIER=off turns the classifier off (lexicon only),
    for measuring what it adds."""
    if os.environ.get("DATELINE_EVENTS_CLASSIFIER", "on").lower() in ("off", "0", "no"):
        return candidates, set()
    model = load_classifier()
    by_sentence: dict[int, list[list[Match]]] = {}
    for found in candidates:
        by_sentence.setdefault(sentences.number(found[0].trigger), []).append(found)
    if os.environ.get("DATELINE_EVENTS_CLASSIFIER", "on").lower() == "embed":
        model = _embedding_model(sentences, by_sentence) or model  # MiniLM embeddings (#4)
    out: list[list[Match]] = []
    added_at: set[int] = set()
    for n, sent in enumerate(sentences.spans):
        group = by_sentence.get(n, [])
        if not group:
            added = _added_event(model, sent)
            if added is not None:
                out.append([added])
                added_at.add(added.trigger.i)
            continue
        for found in group:
            first = found[0].pattern
            if not first.weak:  # strong lexicon hits stand as they are
                out.append(found)
                continue
            pred = model.predict(sent, found[0].trigger)
            if pred.root == NONE and pred.root_prob >= DROP_NONE_MIN:
                continue
            if (pred.root != NONE and pred.root != first.cameo[:2] and pred.root_prob >= RECODE_MIN
                    and pred.root_probs.get(first.cameo[:2], 0.0) <= RECODE_LEXICON_MAX):
                if pred.root not in VERBAL_COOPERATION and _conflict(pred.root) != _conflict(first.cameo[:2]):
                    out.append(found)  # "opposed a tax" is no cooperation: the verb's polarity stands (#4)
                    continue
                found = [_recoded(m, pred) for m in found]
            out.append(found)
    return out, added_at


# Roots a governing verb makes of any act ("asked NATO to help patrol": a request): a re-code to
# these may cross the cooperation/conflict divide; to any other root it may not.
VERBAL_COOPERATION = frozenset({"01", "02", "03", "04", "05"})


def _conflict(root: str) -> bool:
    """CAMEO roots 09-20 (verbal and material conflict) against 01-08 (cooperation)."""
    return root.isdigit() and int(root) >= 9


def mark_added(events: list[Event], added_at: set[int]) -> None:
    """Events the classifier added (no lexicon trigger): lower confidence and a note saying so."""
    for e in events:
        if e.trigger_token in added_at:
            e.confidence = round(max(e.confidence - ADDED_CONFIDENCE_PENALTY, 0.05), 2)
            e.notes.append("coded by the event classifier (no lexicon trigger)")


def _recoded(match: Match, pred: Prediction) -> Match:
    # A statement (01) has no PLOVER type of its own: the entry's type stands ("Brazil had not asked
    # for any maize" stays REQUEST, not AGREE), only the CAMEO code follows the classifier (#4).
    plover = match.pattern.plover if pred.root == STATEMENT else _plover_for(pred)
    pattern = replace(match.pattern, cameo=f"{pred.root}0", plover=plover, mode=None)
    return Match(match.trigger, pattern, match.object_token)


def _plover_for(pred: Prediction) -> str:
    """The most probable PLOVER type other than NONE."""
    return max((t for t in pred.plover_probs if t != NONE), key=pred.plover_probs.__getitem__)


def _added_event(model: EventClassifier, sent: Span) -> Match | None:
    head = sent.root
    if head.pos_ not in ("VERB", "AUX"):
        return None
    pred = model.predict_to_add(sent) if hasattr(model, "predict_to_add") else model.predict(sent)  # (#4)
    if pred.root in (NONE, STATEMENT) or pred.root_prob < getattr(model, "add_min", ADD_MIN):
        return None
    plover = _plover_for(pred)
    if pred.plover_probs[plover] < ADD_PLOVER_MIN:
        return None
    # "X said Y attacked Z": the event is the reported clause, not the saying.
    head = next((c for c in head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), head)
    if head.lemma_.lower() in cues()["stative_verbs"]:
        return None  # "X and Y account for 90 pct of exports", "the group includes X": a state, no act
    if head.lemma_.lower() in empty_verbs():
        return None  # "proposals were made", "will go toe-to-toe": the verb names no act (nonpolitical.py)
    pattern = Pattern(lemma=head.lemma_.lower(), pos="verb", cameo=f"{pred.root}0", plover=plover,
                      targets=("dobj", "dative", "prep:against", "prep:with", "prep:on", "prep:to"))
    return Match(head, pattern, None)


def _embedding_model(sentences: SentenceIndex, by_sentence: dict[int, list[list[Match]]]):  # (#4)
    """DATELINE_EVENTS_CLASSIFIER=embed: the MiniLM embedding classifier over the sentences the rule
    asks about (weak lexicon hits; no hit and a verb root), embedded in one batch; None when
    ``dateline[embeddings]`` is not installed."""
    from dateline.events.embed_classifier import SentenceBatch, embed_mode_usable

    if not embed_mode_usable():
        return None
    wanted = [n for n, sent in enumerate(sentences.spans)
              if any(f[0].pattern.weak for f in by_sentence.get(n, []))
              or (n not in by_sentence and sent.root.pos_ in ("VERB", "AUX"))]
    return SentenceBatch(sentences.spans, wanted)
