"""Metonymy: a place name standing for its government or people ("Ankara believes", "relations with
Washington"). Such a mention stays in the article's place list (LGL and GeoVirus annotate it) but is
never an event's location. The flag is kept on the Doc (a set of character offsets), not in the
model, so the JSON contract is unchanged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_EXTENSION = "dateline_metonymic_places"
if not Doc.has_extension(_EXTENSION):
    Doc.set_extension(_EXTENSION, default=None)

# A place as the subject of these verbs, or the object of these prepositions, acts as an actor.
_ACTOR_PREPOSITIONS = frozenset({"with", "between", "against", "by"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
# Nouns whose "from X" is the voice of X, not the origin point: "confirmation from Washington".
_VOICE_NOUNS = frozenset({
    "confirmation", "comment", "statement", "word", "response", "reaction", "support", "pressure",
    "criticism", "condemnation", "approval", "request", "demand", "warning", "denial",
})

# Places and facilities: the possessor of one is where it is ("Kismayo's bus station"), not an actor.
_PLACE_NOUNS = frozenset({
    "market", "marketplace", "airport", "port", "harbour", "harbor", "station", "square", "street", "streets",
    "outskirts", "suburb", "suburbs", "centre", "center", "district", "neighbourhood", "neighborhood",
    "hospital", "mosque", "church", "cathedral", "temple", "school", "university", "hotel", "stadium",
    "prison", "camp", "bridge", "road", "highway", "checkpoint", "airfield", "quarter", "downtown",
})


def is_metonymic(span: Span) -> bool:
    """True when the grammar shows the place acting (subject, object, possessor, "with X")."""
    root = span.root
    dep, head = root.dep_, root.head
    if dep in _SUBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        # "Turkey is key to..." / "Turkey has presented": an actor. "X lies on the border" is rare in news.
        return head.lemma_ not in ("lie", "border", "sit")
    if dep in _OBJECT_DEPS and head.pos_ == "VERB":
        return head.lemma_ not in ("visit", "enter", "leave", "reach", "attack", "bomb", "shell", "invade", "hit", "strike")
    if dep == "poss":
        return head.lemma_.lower() not in _PLACE_NOUNS and head.lower_ not in _PLACE_NOUNS
    if dep == "pobj" and head.dep_ == "prep":
        prep = head.lower_
        if prep in _ACTOR_PREPOSITIONS:
            return True
        if prep == "from" and head.head.lemma_.lower() in _VOICE_NOUNS:
            return True
    return False


def mark_metonymic(doc: Doc, offsets: set[tuple[int, int]]) -> None:
    doc._.set(_EXTENSION, frozenset(offsets))


def metonymic_offsets(doc: Doc) -> frozenset[tuple[int, int]]:
    return doc._.get(_EXTENSION) or frozenset()
