"""Finding knowledge-base names in a parsed document: a greedy longest match over folded words.

Works below the token where needed ("U.S.-led" holds the name "U.S."), so offsets are exact. The
entity fixer runs it once inside the spaCy pipeline and leaves the result on ``doc._.dateline_names``
for the actors stage, so a document is scanned once.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.actors.folding import WORD, fold_token
from dateline.actors.kb import KnowledgeBase, NameRef

if not Doc.has_extension("dateline_names"):
    Doc.set_extension("dateline_names", default=None)


@dataclass(frozen=True)
class NameMatch:
    start: int  # character offsets of the matched words
    end: int
    first_token: int  # token indices, end exclusive
    last_token: int
    whole_tokens: bool  # the match begins and ends on token boundaries
    refs: tuple[NameRef, ...]

    def of_kind(self, kind: str) -> list[NameRef]:
        return [r for r in self.refs if r.kind == kind]


def _words(doc: Doc) -> list[tuple[str, int, int, int, str]]:
    """(folded word, token index, start char, end char, raw text) for every word of the doc."""
    out = []
    for tok in doc:
        text = tok.text
        if text.isalnum():  # the common case, without the regex
            folded = fold_token(text)
            if folded:
                out.append((folded, tok.i, tok.idx, tok.idx + len(text), text))
            continue
        for m in WORD.finditer(text):
            folded = fold_token(m.group())
            if folded:
                out.append((folded, tok.i, tok.idx + m.start(), tok.idx + m.end(), m.group()))
    return out


def _odd_case(word: str) -> bool:
    """Case no English word has: a capital after a lower-case first letter ("iSrael", "tUrkey")."""
    return word[:1].islower() and any(c.isupper() for c in word[1:])


def _case_ok(ref: NameRef, raw: list[str], lower_ok: bool = False) -> bool:
    """Case rules of the alias. Two slips are forgiven where no common word can be meant: a word of
    odd case ("iSrael"), and a lower-case person name right after a title ("President obama")."""
    if ref.caps_only and not all(w.replace(".", "").replace("'", "").isupper() for w in raw):
        return False
    if ref.exact and "".join(raw) != ref.exact:
        return False
    if any(raw[i][:1] not in "'\u2019" for i in ref.clitics if i < len(raw)):
        return False  # "People's": the "s" is the possessive clitic, not a stray letter
    if ref.capitalised and len(ref.capitalised) == len(raw):
        return all(w[:1].isupper() or not must or _odd_case(w) or (lower_ok and w.islower())
                   for w, must in zip(raw, ref.capitalised))
    return True


def _after_title(doc: Doc, token: int, title_words: frozenset[str]) -> bool:
    """The token right before ``token`` is a capitalised title word ("President", "Minister")."""
    if token == 0:
        return False
    prev = doc[token - 1]
    return prev.text[:1].isupper() and fold_token(prev.text) in title_words


def find_names(doc: Doc, kb: KnowledgeBase) -> list[NameMatch]:
    """Every knowledge-base name in ``doc``, longest first, non-overlapping, in text order."""
    words = _words(doc)
    title_words = kb.sectors.title_word_set() if kb.sectors is not None else frozenset()
    found: list[NameMatch] = []
    i, n = 0, len(words)
    while i < n:
        longest = kb.longest.get(words[i][0], 0)
        matched = 0
        for size in range(min(longest, n - i), 0, -1):
            refs = kb.index.get(tuple(w[0] for w in words[i:i + size]))
            if not refs:
                continue
            raw = [w[4] for w in words[i:i + size]]
            after_title = not raw[0][:1].isupper() and _after_title(doc, words[i][1], title_words)
            ok = tuple(r for r in refs if _case_ok(r, raw, after_title and _is_person(kb, r)))
            if not ok:
                continue
            first, last = words[i], words[i + size - 1]
            first_tok, last_tok = doc[first[1]], doc[last[1]]
            whole = first[2] == first_tok.idx and last[3] == last_tok.idx + len(last_tok.text)
            found.append(NameMatch(first[2], last[3], first[1], last[1] + 1, whole, ok))
            matched = size
            break
        i += matched or 1
    return found


def _is_person(kb: KnowledgeBase, ref: NameRef) -> bool:
    return ref.kind == "entry" and ref.key in kb.entries and kb.entries[ref.key].type == "person"


def remember_names(doc: Doc, kb: KnowledgeBase, matches: list[NameMatch]) -> None:
    doc._.dateline_names = (id(kb), matches)


def names_of(doc: Doc, kb: KnowledgeBase) -> list[NameMatch]:
    """The matches the entity fixer left on the doc for this same knowledge base, or a fresh scan."""
    cached = doc._.dateline_names
    if cached is not None and cached[0] == id(kb):
        return cached[1]
    return find_names(doc, kb)
