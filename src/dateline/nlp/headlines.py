"""Headlines made parseable: Title Case lowered where it is only style, offsets kept.

Headlines are written in Title Case ("Activists Decry Kabul Bombings"); the small English model
reads most capitalised words there as proper nouns, so "Decry" parses as a name, not a verb.
``parse_text(title, body)`` returns a string of the SAME LENGTH as ``title`` (so every token offset
is an offset into the original headline) in which the capitalised words that are not names are
lower-cased. A word stays capitalised when the body writes it capitalised in mid-sentence (a
name: "Kabul", "Haiti"), or writes a longer word starting with it ("Haiti" -> "Haitian"), or when
it is a name the actors knowledge base knows ("Saint Helena"), or it is an acronym ("UN", "NATO"); the first word keeps its capital (sentence case, as the model
was trained on). A headline that is not in Title Case (sentence case, a wire
slug) is returned unchanged. An ALL-CAPS wire headline ("IRAN ANNOUNCES END OF MAJOR OFFENSIVE")
is read the same way after Title-casing each word, and a word stays in capitals only when the body
writes it so ("OPEC", "U.S."). ``repair_verbs(doc)`` then retags as a verb a noun that the parse
itself makes the root of a clause with a subject ("Activists decry Dhaka bombings": "decry" is
tagged NOUN, yet it is the ROOT with an ``nsubj`` and a ``dobj``). (events-headline7, issue #4)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")
# Mid-sentence capitalised words in a body: not after a sentence end, a quote opening it, or a line start.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\"'\u201c\u2018(]\s*|\n\s*)$")
TITLE_CASE_SHARE = 0.6  # share of the headline's longer words (4+ letters) that are capitalised
NAME_WORDS = 4  # longest known name looked up ("Saint Kitts and Nevis")
NAME_PREFIX = 4  # "Haiti" ~ "Haitian": the body's word starts with the headline word (4+ letters)


def parse_text(title: str, body: str, is_name: Callable[[str], object] | None = None) -> str:
    """``title`` with its style capitals lower-cased for parsing; same length (module docstring).
    ``is_name(phrase)`` (the actors knowledge base's lookup) keeps the words of a known name that
    the body does not write ("Saint Helena", "Trinidad and Tobago")."""
    shouting = _all_caps(title)
    if shouting:  # "IRAN ANNOUNCES END OF OFFENSIVE": read as Title Case, acronyms from the body
        title = "".join(_title_cased(m.group()) if WORD.fullmatch(m.group()) else m.group()
                        for m in re.finditer(r"[A-Za-z][A-Za-z'.-]*|[^A-Za-z]+", title))
    words = list(WORD.finditer(title))
    longer = [m.group() for m in words if len(m.group()) >= 4]
    if not longer or sum(w[0].isupper() for w in longer) / len(longer) < TITLE_CASE_SHARE:
        return title
    names = body_names(body)
    acronyms = {w.upper() for w in names if _acronym(w)} if shouting else None
    known = _known_name_words(title, words, is_name) if is_name is not None else set()
    out = list(title)
    for k, m in enumerate(words):
        w = m.group()
        if acronyms is not None and w.rstrip(".'").upper() in acronyms:
            out[m.start():m.end()] = w.upper()  # the body writes it in capitals: "OPEC", "U.S."
            continue
        if k == 0 or k in known or not w[0].isupper() or (acronyms is None and _acronym(w)) or _is_name(w, names):
            continue  # sentence case: the first word keeps its capital, as the model expects
        low = w.lower()
        if len(low) == len(w):  # a few Unicode letters change length when lowered: keep them
            out[m.start():m.end()] = low
    return "".join(out)


def _known_name_words(title: str, words: list[re.Match[str]], is_name: Callable[[str], object]) -> set[int]:
    """Positions of the words that make up a known name: the longest run of up to ``NAME_WORDS``
    words starting and ending with a capital that ``is_name`` knows, at each position."""
    known: set[int] = set()
    for i, first in enumerate(words):
        if not first.group()[0].isupper():
            continue
        for n in range(min(NAME_WORDS, len(words) - i), 0, -1):
            last = words[i + n - 1]
            if last.group()[0].isupper() and is_name(title[first.start():last.end()].rstrip(".'")):
                known.update(range(i, i + n))
                break
    return known


def body_names(body: str) -> frozenset[str]:
    """Capitalised words the body writes in mid-sentence: its names."""
    found = set()
    for m in WORD.finditer(body):
        w = m.group()
        if w[0].isupper() and not _SENTENCE_START.search(body[max(0, m.start() - 4):m.start()]):
            found.add(w.rstrip(".'"))
    return frozenset(found)


def _all_caps(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.9


def _title_cased(word: str) -> str:
    cased = word[0] + word[1:].lower()
    return cased if len(cased) == len(word) else word


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _is_name(word: str, names: frozenset[str]) -> bool:
    w = word.rstrip(".'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in names:
        return True
    return len(w) >= NAME_PREFIX and any(n.startswith(w) for n in names)


def repair_verbs(doc: Doc) -> Doc:
    """Retag as a present-tense verb each NOUN that heads a clause (ROOT, or a clause conjoined to
    it) with a subject and an object among its children: the parser's structure says verb where the
    tagger, misled by headline style, said noun. Lemmas are kept (a noun's lemma is the verb's base).
    A plural noun the parse hangs on such a head as its compound, with nothing before it, is its
    subject ("Activists Decry Amman Bombings, Highlighting ...": "Activists" parsed as a compound of
    "Decry"; session-9 events-ngec9), and so is a name there before a plural-looking root ("Honduras
    Denounces Moves By ...", session-9 events-ngec9b). A verbless headline read as one noun phrase is
    re-read as a clause by ``_repair_name_verb_object``."""
    for tok in doc:
        if _bare_past_passive(tok):
            tok.tag_ = "VBN"  # headline passive read as a past tense: "Curfew Lifted in Lima" (session-10)
        if tok.tag_ == "VBN" and tok.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            for c in tok.children:  # headline passive without its "were": "Observers Allowed Back into Malta"
                if c.dep_ == "nsubj":
                    c.dep_ = "nsubjpass"
        if tok.pos_ != "NOUN" or tok.dep_ not in ("ROOT", "conj"):
            continue
        deps = {c.dep_ for c in tok.children}
        if "nsubj" not in deps and "dobj" in deps:
            first = next((c for c in tok.lefts), None)
            if (first is not None and first.dep_ == "compound" and first.tag_ == "NNS" and first.i == tok.i - 1
                    and first.i == tok.sent.start):
                first.dep_ = "nsubj"
                deps.add("nsubj")
            elif (tok.tag_ == "NNS" and first is not None and first.dep_ == "compound" and first.i == tok.sent.start
                  and doc[tok.i - 1].head.i == tok.i and all(t.pos_ == "PROPN" for t in doc[first.i:tok.i])):
                doc[tok.i - 1].dep_ = "nsubj"  # a name before a plural-looking root: "Honduras Denounces Moves By ..."
                deps.add("nsubj")
        if "nsubj" in deps and deps & {"dobj", "ccomp", "xcomp"}:
            tok.pos_ = "VERB"
            tok.tag_ = "VBZ" if tok.lower_.endswith("s") and not tok.lower_.endswith("ss") else "VBP"
    _repair_name_verb_object(doc)
    return doc


# Dependents that make a past-tense verb active: an object, a clause, a particle or an auxiliary.
_ACTIVE_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "prt", "aux", "auxpass", "neg"})


def _bare_past_passive(tok) -> bool:
    """A headline writes its active acts in the present ("Government Lifts Curfew") and its passives
    without "was" ("Curfew Lifted in Lima", "Three Newspapers Banned for ..."), which the parser
    reads as a past tense (VBD) with a subject. A past-tense form with a noun subject before it (not
    a pronoun; headlines name their undergoers so: "Mayor Ousted", "NGOs Banned") and no object,
    clause, particle or auxiliary ("Iran Attacked Tanker" stays active) is that passive: the ROOT
    or a participle hanging on its noun (session-10 events-ngec10)."""
    if tok.tag_ != "VBD" or tok.dep_ not in ("ROOT", "acl") or any(c.dep_ in _ACTIVE_DEPS for c in tok.children):
        return False
    if tok.dep_ == "acl":
        return tok.head.pos_ == "NOUN" or tok.head.tag_ == "NNPS"
    if any(c.dep_ in ("conj", "advcl") and c.tag_ in ("VBP", "VBZ") and not any(g.dep_.startswith("nsubj") for g in c.children)
           for c in tok.children):
        return False  # "Ministers Gathered in Lima Agree to ...": the subject's participle, the present verb its predicate
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].i < tok.i and subjects[0].pos_ in ("NOUN", "PROPN")


def _repair_name_verb_object(doc: Doc) -> None:
    """A headline with no verb whose parse reads "Name Verbs Object" as one noun phrase ("Saint
    Martin Denounces Actions By Albania": "denounces" a plural compound of "actions") is re-read as
    a clause: the plural compound right after a name, on a noun head right after it, becomes the
    present-tense verb and ROOT, the name its subject, the head noun its object. Only when the
    headline has no verb at all and its root is that head noun (session-9 events-ngec9b)."""
    if any(t.pos_ in ("VERB", "AUX") for t in doc) or len(list(doc.sents)) != 1:
        return
    for tok in doc:
        head = tok.head
        if not (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "compound" and 0 < tok.i
                and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].head.i in (tok.i, tok.i + 1)
                and head.i == tok.i + 1 and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT"):
            continue
        subject = doc[tok.i - 1]
        tok.head = tok
        tok.dep_ = "ROOT"
        head.head = tok
        head.dep_ = "dobj"
        subject.head = tok
        subject.dep_ = "nsubj"
        tok.pos_ = "VERB"
        tok.tag_ = "VBZ"
        return
