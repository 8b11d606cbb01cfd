"""A spaCy component that corrects entity labels from the knowledge base and the gazetteer.

The small English model tags Daesh as GPE, al-Bab as PERSON, Trump as ORG. After ``ner`` this
component (1) labels every knowledge-base name by what it is (person -> PERSON, organisation or
group -> ORG, country or capital -> GPE, demonym -> NORP) and (2) turns a non-KB entity into GPE
when the gazetteer knows it as a place and it stands where places stand ("in X", "towns of X and
Y", coordinated with a GPE), splitting coordinated spans such as "al-Bab and Raqqa".
"""

from __future__ import annotations

from typing import Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dateline.actors.kb import KnowledgeBase, NameRef
from dateline.actors.names import NameMatch, find_names, remember_names

FACTORY = "dateline_entity_fixer_v1"

# Words after which a name is a place ("in Raqqa", "towns of Raqqa", "near al-Bab").
PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "at", "to", "into", "towards", "toward", "outside",
                                "around", "across", "inside", "through", "via", "between", "of"})
PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "province",
                         "provinces", "region", "regions", "district", "districts", "area", "areas"})
# Verbs whose direct object is a place ("the convoy left Goma"); the geo stage uses the same list.
PLACE_OBJECT_VERBS = frozenset({"leave", "enter", "reach", "visit", "flee", "evacuate", "cross", "tour", "invade"})
RELABELLED = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LOC", "GPE"})
ENTRY_LABELS = {"person": "PERSON", "organization": "ORG", "group": "ORG", "country": "GPE"}


class PlaceLookup(Protocol):
    def lookup(self, name: str) -> list[Any]: ...


def label_of(refs: tuple[NameRef, ...] | list[NameRef], kb: KnowledgeBase) -> str | None:
    """The entity label a knowledge-base name deserves (first reading wins)."""
    for ref in refs:
        if ref.kind == "entry":
            return ENTRY_LABELS.get(kb.entries[ref.key].type, "ORG")
        if ref.kind == "demonym":
            return "NORP"
        if ref.kind == "metonym":
            return "ORG" if kb.metonyms[ref.key].seat else "GPE"
    return None


class EntityFixer:
    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        self.kb: KnowledgeBase | None = None
        self.places: PlaceLookup | None = None

    def configure(self, kb: KnowledgeBase, places: PlaceLookup | None = None) -> None:
        """The knowledge base and gazetteer are Python objects, not config values: set after add_pipe."""
        self.kb = kb
        self.places = places

    def __call__(self, doc: Doc) -> Doc:
        if self.kb is None:
            return doc
        matches = find_names(doc, self.kb)
        remember_names(doc, self.kb, matches)
        doc.ents = fix_entities(doc, matches, self.kb, self.places)
        return doc


def fix_entities(doc: Doc, matches: list[NameMatch], kb: KnowledgeBase, places: PlaceLookup | None) -> list[Span]:
    kb_spans: list[Span] = []
    for m in matches:
        if not m.whole_tokens:
            continue
        label = label_of(m.refs, kb)
        if label is not None:
            kb_spans.append(Span(doc, m.first_token, m.last_token, label=label))
    kept: list[Span] = []
    for ent in doc.ents:
        overlapping = [s for s in kb_spans if s.start < ent.end and ent.start < s.end]
        if overlapping:
            # An NER entity that contains a KB name of the same label keeps its extent
            # ("the United States" GPE); any other overlap yields to the KB.
            inner = overlapping[0]
            if len(overlapping) == 1 and inner.label_ == ent.label_ and ent.start <= inner.start and inner.end <= ent.end:
                kb_spans.remove(inner)
                kept.append(ent)
            continue
        kept.extend(_as_places(doc, ent, kb, places))
    return filter_spans(kb_spans + kept)


def _as_places(doc: Doc, ent: Span, kb: KnowledgeBase, places: PlaceLookup | None) -> list[Span]:
    """``ent`` itself, or its coordinated parts relabelled GPE when they are places in a place slot."""
    if ent.label_ not in RELABELLED or ent.label_ in ("GPE", "LOC") or places is None:
        return [ent]
    parts = _coordinated_parts(ent)
    if not all(_is_place_name(p.text, places) for p in parts):
        return [ent]
    if not (_in_place_slot(doc, ent) or len(parts) > 1 or _next_to_place(doc, ent)):
        return [ent]
    return [Span(doc, p.start, p.end, label="GPE") for p in parts]


def _coordinated_parts(ent: Span) -> list[Span]:
    parts, start = [], ent.start
    for tok in ent:
        if tok.lower_ in ("and", "or", ",", "&"):
            if tok.i > start:
                parts.append(ent.doc[start:tok.i])
            start = tok.i + 1
    if start < ent.end:
        parts.append(ent.doc[start:ent.end])
    return parts


def _is_place_name(text: str, places: PlaceLookup) -> bool:
    return bool(places.lookup(text))


def _in_place_slot(doc: Doc, ent: Span) -> bool:
    root = ent.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_OBJECT_VERBS:
        return True
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    if before.lower_ in PLACE_PREPOSITIONS:
        if before.lower_ == "of":  # "towns of X" but not "the leader of X"
            return ent.start >= 2 and doc[ent.start - 2].lower_ in PLACE_NOUNS
        return True
    return False


def _next_to_place(doc: Doc, ent: Span) -> bool:
    """Coordinated with a GPE: "Raqqa and al-Bab", "al-Bab, Raqqa"."""
    for i in (ent.start - 2, ent.end + 1):
        if 0 <= i < len(doc) and doc[i].ent_type_ in ("GPE", "LOC"):
            between = doc[min(i, ent.start - 1) if i < ent.start else ent.end]
            if between.lower_ in ("and", "or", ","):
                return True
    return False


@Language.factory(FACTORY, requires=["doc.ents"], assigns=["doc.ents", "doc._.dateline_names"])
def make_entity_fixer(nlp: Language, name: str) -> EntityFixer:
    return EntityFixer(nlp, name)
