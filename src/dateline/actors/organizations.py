"""Organisations the knowledge base does not know: found by NER (ORG) or by an organisation head
noun at the end of a capitalised name, and coded from the words of their own name.

"The Civil Human Rights Front" -> head 'front' -> OPP; "Kachin Independence Army" -> REB;
"Nepal Army" -> a state force (MIL). The word tables live in ``data/sectors.yaml``
(organization_heads, organization_keywords, armed_*, state_forces).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from dateline.actors.folding import fold_token
from dateline.actors.lexicon import SectorLexicon

# Tokens that never start or end an organisation's name ("the", possessive "'s", punctuation).
_EDGE_POS = frozenset({"DET", "PUNCT", "PART", "ADP", "CCONJ"})


def candidate_spans(doc: Doc, lex: SectorLexicon) -> Iterator[tuple[int, int]]:
    """(start, end) token ranges: ORG entities, then capitalised multi-word names that NER left
    untagged and that end in an organisation head ("... Workers Confederation")."""
    in_org: set[int] = set()
    for ent in doc.ents:
        if ent.label_ == "ORG":
            in_org.update(range(ent.start, ent.end))
            span = _trim(doc, ent.start, ent.end)
            if span:
                yield span
    for tok in doc:
        # Only heads the nominal lexicon does not handle ("army", "ministry" stay nominals there).
        if tok.ent_type_ or tok.i in in_org or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
            continue
        word = fold_token(tok.text)
        if word not in lex.org_head_words or word in lex.heads:
            continue
        start = tok.i
        # A country or demonym may open the name ("Malaysia Airlines", "Turkish Airlines").
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "ADJ") \
                and doc[start - 1].ent_type_ in ("", "GPE", "NORP") and doc[start - 1].i not in in_org:
            start -= 1
        if start < tok.i:  # multi-word only: a lone capitalised "Group" is not a name
            yield start, tok.i + 1


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].pos_ in _EDGE_POS or doc[start].lower_ == "the"):
        start += 1
    while end > start and (doc[end - 1].pos_ in _EDGE_POS or doc[end - 1].tag_ == "POS"):
        end -= 1
    return (start, end) if start < end else None


def code_organization(doc: Doc, start: int, end: int, lex: SectorLexicon,
                      country_of: Callable[[int], str | None]) -> tuple[str, str | None, str] | None:
    """(sector, country named in or just before the name, reason) or None when no word of the
    name carries a sector. ``country_of(i)`` is the country a token names (name or demonym)."""
    words = tuple(w for w in (fold_token(t.text) for t in doc[start:end]) if w)
    found = lex.org_sector(words)
    if found is None:
        return None
    sector, why = found
    country = next((c for c in map(country_of, range(start, end)) if c), None)
    # "Nepal Army", "Turkish Police": only a country besides the head -> the state's own force.
    own = tuple(w for t in doc[start:end] if not country_of(t.i) for w in (fold_token(t.text),) if w)
    if country and own in lex.state_forces:
        sector, why = lex.state_forces[own], f"state force '{' '.join(own)}' of {country}"
    if country:
        return sector, country, f"organisation not in KB; {why} -> {sector}; country {country} in the name"
    j = start - 1
    if j >= 0 and doc[j].tag_ == "POS":  # "Kenya's National Teachers Union"
        j -= 1
    before = country_of(j) if j >= 0 and doc[j].pos_ in ("PROPN", "ADJ", "NOUN") else None
    if before:
        return sector, before, f"organisation not in KB; {why} -> {sector}; country {before} before the name"
    return sector, None, f"organisation not in KB; {why} -> {sector}"
