"""Actor evaluation: actor codes (PETR-2 GSR), source/target spans (cameo_ner) and NER (CoNLL-2003).

``evaluate_actors(paths)`` recognises each file's format (``actors_formats.detect_format``) and
scores it; the result is one dict keyed by file name, the JSON ``dateline eval actors`` prints.

PETR-2 (actor codes of events): each sentence runs through the whole pipeline with the sentence's
date. The sentence's *predicted event* is its most confident event, the earliest trigger on ties;
no gold information is used to pick it. Its source (target) code is the code of the first source
(target) actor that has one. The gold dyad is the sentence's first coded event. A sentence without
predicted event, or a side without coded actor, counts as wrong (``no_event`` / ``no_actor``
report how often), except where the gold side is ``---``, PETRARCH's null actor: it wants no actor.
Codes compare as CAMEO strings: *country* is the first three letters (``USA``,
``IGO``, ``---`` for a sector with no country: dateline's bare ``REB`` is ``---REB``),
*country+sector* the first six (``USAGOV``; a gold ``USA`` wants a prediction of exactly ``USA``).

cameo_ner (spans): the tokens are joined with single spaces, the pieces of one news word the gold
tokenizer split joined again (``rejoin_tokens``), and run through the pipeline (date
``--date``, default 2010-01-01; the file has none). Every event of the sentence contributes its
source and target actors' mentions in that sentence (the mention nearest the trigger when an actor
is named twice); a target that is the country of the event's own place (``events.place_targets``,
"imposed a curfew in Basra" -> IRQ) is spanned by the place's toponym, in ``phrase`` grown to the
place phrase (``place_phrase``: "parts of the city of X"; session 14, events-places14). A span
that is both source and target of an event (symmetric events) or source of one and target of
another is ``R``, else ``S`` or ``T``. Predicted and gold spans match when the token extent and
the role are equal (``exact``); ``overlap`` relaxes the extent (one-to-one, same
role) and ``unlabelled`` ignores the role (exact extent). Scores are given twice: ``phrase`` grows
each mention to its noun phrase (``phrase_extent``) and merges coordinated reciprocal (``R``) spans
(``merge_coordinated``), as the gold marks whole noun phrases; ``mention`` keeps dateline's mention extents. For ``phrase`` the
gold tokens are parsed with the pieces the gold tokenizer split from one news word joined again
(``rejoin_tokens``: "Japan ’ s", "2 , 374", "Mr . Sisi", "John R . Bass"); spans are still given
in gold tokens.

CoNLL-2003 (NER): the gold tokens become a spaCy ``Doc`` (no re-tokenisation), run once through
the bare model and once with dateline's knowledge-base entity fixer, in the same process. spaCy
labels map to CoNLL types as ``SPACY_TO_CONLL`` says; other labels (DATE, CARDINAL, ...) are not
entities in CoNLL. Exact-span, exact-type micro P/R/F1 (the CoNLL metric).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date as _date
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError
from dateline.evaluate.actors_formats import CodedSentence, TaggedSentence, detect_format, read_bio, read_petr2
from dateline.events.role_arcs import PLACE_ENTITIES
from dateline.geo.toponyms import PLACE_OF_NOUNS
from dateline.model import Actor, AnnotatedArticle, Article, Event

SPACY_TO_CONLL = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}
DEFAULT_DATE = "2010-01-01"


def prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _load_pipeline(pipeline: Any = None) -> Any:
    if pipeline is not None:
        return pipeline
    from dateline.api.python import default_pipeline

    return default_pipeline()


def evaluate_actors(paths: Iterable[str | Path], *, limit: int | None = None, pipeline: Any = None,
                    date: str = DEFAULT_DATE, errors_to: str | Path | None = None) -> dict[str, Any]:
    """Scores of every file in ``paths``, keyed by file name (format recognised by content).
    ``date`` (YYYY-MM-DD) is the article date of cameo_ner sentences, which carry none. With
    ``errors_to``, the cameo_ner spans that do not match exactly (phrase extents) are written
    there as TSV (``span_mismatches``)."""
    try:
        _date.fromisoformat(date)
    except ValueError:
        raise DatelineError("E302", value=date) from None
    pipe = None
    out: dict[str, Any] = {}
    error_rows: list[tuple[str, ...]] = []
    for path in paths:
        fmt = detect_format(path)
        pipe = pipe or _load_pipeline(pipeline)
        if fmt == "petr2":
            result = score_petr2(list(read_petr2(path))[:limit], pipe)
        elif fmt == "cameo_ner":
            result = score_cameo_ner(list(read_bio(path))[:limit], pipe, date, errors=error_rows)
        else:
            result = score_conll(list(read_bio(path))[:limit], pipe)
        out[Path(path).name] = {"format": fmt, **result}
    if errors_to is not None:
        with open(errors_to, "w", encoding="utf-8") as f:
            f.write("sentence\tkind\trole\tspan\tnearest\ttext\n")
            f.writelines("\t".join(row) + "\n" for row in error_rows)
    return out


# --- PETR-2 actor codes ----------------------------------------------------------------------------

def predicted_event(events: Sequence[Event]) -> Event | None:
    """The sentence's most confident event, the earliest trigger on ties (gold is never consulted)."""
    if not events:
        return None
    return min(events, key=lambda e: (-e.confidence, e.trigger.start))


def side_code(actors: Sequence[Actor]) -> str:
    """The first code among ``actors`` as a CAMEO string; a sector without country gets ``---``."""
    for a in actors:
        if a.code:
            if a.country is None and a.code == a.sector:
                return "---" + a.code
            return a.code
    return ""


NULL_ACTOR = "---"


def codes_agree(predicted: str, gold: str, width: int) -> bool:
    """Whether a predicted side code (``""`` when the event names no actor on that side) agrees
    with the gold code on its first ``width`` letters. A gold ``---`` is PETRARCH's null actor (the
    coder found no actor on that side), so it wants no actor: a prediction with none agrees."""
    if gold == NULL_ACTOR and not predicted:
        return True
    return bool(predicted) and predicted[:width] == gold[:width]


def score_petr2(sentences: list[CodedSentence], pipeline: Any) -> dict[str, Any]:
    articles = [Article(doc_id=s.sent_id or str(i), date=s.date, text=s.text) for i, s in enumerate(sentences)]
    tallies = {side: {"country": 0, "country_sector": 0, "no_actor": 0} for side in ("source", "target")}
    no_event = 0
    errors: list[dict[str, str]] = []
    for sent, annotated in zip(sentences, pipeline.annotate(articles)):
        event = predicted_event(annotated.events)
        no_event += event is None
        gold = dict(zip(("source", "target"), sent.dyads[0]))
        pred = {"source": side_code(event.source) if event else "", "target": side_code(event.target) if event else ""}
        for side in ("source", "target"):
            t = tallies[side]
            t["no_actor"] += event is not None and not pred[side]
            t["country"] += codes_agree(pred[side], gold[side], 3)
            t["country_sector"] += codes_agree(pred[side], gold[side], 6)
        if not (codes_agree(pred["source"], gold["source"], 6) and codes_agree(pred["target"], gold["target"], 6)):
            errors.append({"id": sent.sent_id, "gold": f"{gold['source']}>{gold['target']}",
                           "predicted": f"{pred['source'] or '-'}>{pred['target'] or '-'}",
                           "trigger": event.trigger.text if event else ""})
    n = len(sentences)
    result: dict[str, Any] = {"sentences": n, "no_event": no_event}
    for side, t in tallies.items():
        result[side] = {
            "country_accuracy": round(t["country"] / n, 4) if n else 0.0,
            "country_sector_accuracy": round(t["country_sector"] / n, 4) if n else 0.0,
            "country_correct": t["country"], "country_sector_correct": t["country_sector"],
            "no_actor": t["no_actor"],
        }
    result["errors"] = errors
    return result


# --- cameo_ner spans -------------------------------------------------------------------------------

def _token_offsets(tokens: list[str]) -> tuple[str, list[int]]:
    """The tokens joined with single spaces, and each token's start (no word re-joined)."""
    return _rejoined_offsets(tokens, list(range(len(tokens) + 1)))


def _rejoined_offsets(tokens: list[str], firsts: list[int]) -> tuple[str, list[int]]:
    """The text the pipeline reads for gold tokens, with the pieces of one news word joined again
    (``rejoin_tokens``: "Pe ñ a Nieto" -> "Peña Nieto", "Japan ’ s" -> "Japan ’s"), and each gold
    token's start in it (a token inside a joined word starts where its piece does)."""
    starts: list[int] = []
    words: list[str] = []
    pos = 0
    for j in range(len(firsts) - 1):
        word = "".join(tokens[firsts[j]:firsts[j + 1]])
        offset = pos
        for tok in tokens[firsts[j]:firsts[j + 1]]:
            starts.append(offset)
            offset += len(tok)
        words.append(word)
        pos += len(word) + 1
    return " ".join(words), starts


PHRASE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "case"})
# Heads a noun phrase hangs from through "of" and that the gold span takes in ("Hundreds of political
# prisoners", "some of the peacekeepers", "a number of parties"); cardinal numbers count too ("three of
# the hostages"), amounts of money do not.
QUANTITY_HEADS = frozenset({"hundreds", "dozens", "thousands", "millions", "tens", "scores", "some", "many",
                            "several", "number", "most", "all", "few", "majority"})


def _quantity_of(token: Any) -> Any:
    """The quantity word ``token`` is the object of, through "of" ("Hundreds" for "prisoners" in
    "Hundreds of prisoners"), else None."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i >= prep.i or prep.head.i == prep.i:
        return None
    head = prep.head
    if any(c.tag_ == "$" for c in head.children):
        return None  # an amount of money: "$ 120 billion of China ’s exports"
    return head if head.lower_ in QUANTITY_HEADS or head.tag_ == "CD" else None


def _hyphen_participle_noun(token: Any) -> Any:
    """The noun a hyphenated participle compound modifies, for its first part ("enclave" for "rebel"
    in "the rebel - held enclave"), else None."""
    doc = token.doc
    part = token.head
    if part.i != token.i + 2 or doc[token.i + 1].text not in ("-", "\u2010", "\u2013") or part.tag_ != "VBN":
        return None
    noun = part.head
    if part.dep_ in ("amod", "compound", "nmod") and noun.i > part.i and noun.pos_ in ("NOUN", "PROPN"):
        return noun
    return None


def phrase_extent(doc: Any, first: int, last: int) -> tuple[int, int]:
    """The noun phrase an actor mention heads or modifies: climb from the mention's root through
    modifier and apposition arcs to the head noun, then take its left edge (determiners,
    modifiers) and, to the right, its appositions and of-phrases ("Israeli" in "Israeli tank
    shelling" -> the whole phrase; "Michel Aoun" in "his Lebanese counterpart, Michel Aoun" -> the
    whole phrase; "the army of Syria"). Relative clauses and other post-modifiers stay out.
    The climb also goes from the first part of a hyphenated participle compound to the noun it
    modifies ("rebel" -> "the rebel - held enclave of Eastern Ghouta") and from the object of "of"
    to a quantity word ("Hundreds of political prisoners", "three of the dozens of hostages").
    A phrase that opens a bracket runs to its closing bracket ("Lesotho Defence Force ( LDF )").
    A common-noun head keeps its "in PLACE" phrase ("at least 75 displaced people in eastern Syria",
    "the last ISIS bastion in the country"): the annotators include it more often than not (session
    14: 35 gold spans longer by it; with it, 0.6896 -> 0.6946 on the training split)."""
    root = doc[first:last].root
    while True:
        if root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN") and (
                root.dep_ in PHRASE_MODIFIER_DEPS or (root.dep_ == "appos" and root.head.i < root.i)):
            root = root.head
        elif root.dep_ == "conj" and root.head.dep_ in PHRASE_MODIFIER_DEPS and root.head.head.i > root.i \
                and root.head.head.pos_ in ("NOUN", "PROPN"):
            root = root.head.head  # "US" in "the Russian and US navies": the phrase the modifiers share
        elif (noun := _hyphen_participle_noun(root)) is not None:
            root = noun
        elif (quantity := _quantity_of(root)) is not None:
            root = quantity
        else:
            break
    end = root.i + 1
    for c in root.children:
        if c.i > root.i and (c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of")):
            end = max(end, c.right_edge.i + 1)
    for c in root.children:  # "75 displaced people in eastern Syria", "the last bastion in the country"
        if c.i >= end and root.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "in" and _names_place(c):
            end = max(end, c.right_edge.i + 1)
    first, last = min(root.left_edge.i, first), max(end, last)
    opened = sum(t.text == "(" for t in doc[first:last]) - sum(t.text == ")" for t in doc[first:last])
    while opened > 0 and last < len(doc) and doc[last].text != "(":
        opened -= doc[last].text == ")"
        last += 1
    return first, last


COORDINATORS = frozenset({",", "and", "or", "&"})


PLACE_HEADS = frozenset({"country", "region", "city", "capital", "province", "area", "state", "town", "village",
                         "district", "territory"})


def _names_place(prep: Any) -> bool:
    """The object of ``prep`` names a place: a GPE, LOC or FAC entity, or a place noun ("the country")."""
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in PLACE_HEADS or any(t.ent_type_ in PLACE_ENTITIES for t in o.subtree))
               for o in prep.children)


def merge_coordinated(doc: Any, spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Reciprocal (``R``) spans separated only by commas and conjunctions are one coordinated
    argument ("Jordan and Britain agreed": the annotators mark the participants of a reciprocal act
    together). Coordinated sources or targets stay one span each ("Russia expelled diplomats from
    Poland, Germany and Sweden": three targets), as the annotators mark them (session 14; merging
    them too, the convention before, scored 0.6668 against 0.6896 on the training split)."""
    out: list[tuple[int, int, str]] = []
    for a, b, r in sorted(spans, key=lambda s: (s[2], s[0])):
        if r == "R" and out and out[-1][2] == r and out[-1][1] <= a and a - out[-1][1] <= 2 \
                and all(doc[i].lower_ in COORDINATORS for i in range(out[-1][1], a)) and a > out[-1][1]:
            out[-1] = (out[-1][0], b, r)
        else:
            out.append((a, b, r))
    return set(out)


def _place_mentions(annotated: AnnotatedArticle, event: Event, actor: Actor) -> list[Any]:
    """When the target ``actor`` is the country of the event's place (``events.place_targets``:
    "imposed a curfew in Basra" -> IRQ, "operations in Afghanistan and Iraq" -> AFG, IRQ), the
    toponyms of that country in the event: its location's, else the place mentions of the country."""
    from dateline.events.place_targets import PLACE_TARGET_NOTE

    location = event.location
    if PLACE_TARGET_NOTE not in event.notes or location is None or location.span is None \
            or actor.country is None or actor.code != actor.country:
        return []
    if location.place.country == actor.country and event.start <= location.span.start < event.end:
        return [location.span]
    return [m for m in annotated.places if m.place.country == actor.country and event.start <= m.start < event.end]


# Nouns whose of-phrase names the place they are part of or are ("the province of X", "parts of X",
# "the island nation of X"): the geo stage's list and the nouns of parts and polities.
PLACE_PART_NOUNS = PLACE_OF_NOUNS | frozenset({
    "part", "parts", "territory", "nation", "republic", "kingdom", "island", "enclave", "country",
    "department", "municipality", "neighbourhood", "neighborhood", "zone", "vicinity",
})


def place_phrase(doc: Any, first: int, last: int) -> tuple[int, int]:
    """The noun phrase a place target's toponym ends: up through the of-phrases of the nouns it
    names a part of ("some parts of North Sinai", "the northern province of Alta Verapaz", "the
    capital of Kenya"), then ``phrase_extent``; relative clauses stay out."""
    root = doc[first:last].root
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < root.i \
            and root.head.head.lemma_.lower() in PLACE_PART_NOUNS:
        root = root.head.head
    if root.i == doc[first:last].root.i:
        return phrase_extent(doc, first, last)
    start, end = phrase_extent(doc, root.i, root.i + 1)
    return start, max(end, last)


TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep",
                                  "prof", "st", "jr", "sr", "maj", "adm", "rev"})


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                    "nov", "dec"})


def _rejoined_length(tokens: list[str], i: int, words: list[str]) -> int:
    """How many gold tokens from ``i`` on make one word of news text (1 when nothing joins)."""
    tok = tokens[i]
    nxt, after = (tokens[i + 1:i + 3] + ["", ""])[:2]
    if tok in ("\u2019", "'") and nxt == "s" and words:
        return 2  # "Japan ’ s government"
    if tok.isdigit() and len(tok) <= 3 and not (i and tokens[i - 1].lower().rstrip(".") in MONTHS):
        # thousands groups, not a date before a number ("May 5 , 300 men")
        n = 1
        while tokens[i + n:i + n + 1] == [","] and i + n + 1 < len(tokens) \
                and tokens[i + n + 1].isdigit() and len(tokens[i + n + 1]) == 3:
            n += 2  # "2 , 374 migrants"
        return n
    if tok.isalpha() and _split_letter(nxt) and after.isalpha():
        n = 1
        while _split_letter(tokens[i + n] if i + n < len(tokens) else "") and i + n + 1 < len(tokens) \
                and tokens[i + n + 1].isalpha():
            n += 2  # "Pe ñ a", "P é rez", "K ı r ı kkale": a letter the gold tokenizer split off
        return n
    initial = len(tok) == 1 and tok.isupper()
    if nxt == "." and ((after[:1].isupper() and (initial or tok.lower() in TITLE_ABBREVIATIONS))
                       or (initial and words and re.fullmatch(r"[A-Z]\.", words[-1]))):
        return 2  # "Mr . Sisi", "John R . Bass", "George H . W ."
    return 1


def _split_letter(tok: str) -> bool:
    """A single non-ASCII letter the gold tokenizer split out of a word ("Pe ñ a Nieto")."""
    return len(tok) == 1 and tok.isalpha() and not tok.isascii()


def rejoin_tokens(tokens: list[str]) -> tuple[list[str], list[int]]:
    """The words to parse for gold tokens that the gold tokenizer split apart where news text writes
    one word, and each word's first gold token (plus a last entry, the token count). Joined: a
    possessive "s" after a separate apostrophe ("Japan ’ s" -> "Japan ’s"), thousands groups
    ("2 , 374" -> "2,374"), and an abbreviation's or initial's full stop ("Mr . Sisi" -> "Mr.
    Sisi", "John R . Bass"), which the parser otherwise reads as a sentence end."""
    words: list[str] = []
    firsts: list[int] = []
    i = 0
    while i < len(tokens):
        n = _rejoined_length(tokens, i, words)
        words.append("".join(tokens[i:i + n]))
        firsts.append(i)
        i += n
    return words, firsts + [len(tokens)]


def role_spans(annotated: AnnotatedArticle, starts: list[int], doc: Any = None,
               firsts: list[int] | None = None, root_only: bool = False) -> set[tuple[int, int, str]]:
    """(first token, end token, S/T/R) of the source and target mentions of every event (with
    ``root_only``, of the article's root event only: ``Event.is_root_event``, the most salient); with
    ``doc`` (the parse of the same tokens) each mention grows to its noun phrase. ``firsts`` (from
    ``rejoin_tokens``) is given when ``doc`` parses rejoined words: word ``j`` covers tokens
    ``firsts[j]`` to ``firsts[j + 1]``; the spans returned are in tokens."""
    from bisect import bisect_right

    roles: dict[tuple[int, int], set[str]] = {}
    events = [e for e in annotated.events if e.is_root_event or not root_only]
    for event in events:
        for role, actors in (("S", event.source), ("T", event.target)):
            for actor in actors:
                here = [m for m in annotated.actors if m.actor == actor and event.start <= m.start < event.end]
                place = role == "T" and _place_mentions(annotated, event, actor)
                if place:  # the target is the country of the event's place: its toponym is the mention
                    here = place
                if not here:
                    continue
                m = min(here, key=lambda m: abs(m.start - event.trigger.start))
                # A country target named by the event's own toponym ("in northern parts of South Sudan").
                loc = event.location
                place = place or (role == "T" and actor.code == actor.country and loc is not None
                                  and loc.span is not None and (loc.span.start, loc.span.end) == (m.start, m.end))
                first = bisect_right(starts, m.start) - 1
                last = bisect_right(starts, m.end - 1)
                if firsts is not None:
                    first, last = bisect_right(firsts, first) - 1, bisect_right(firsts, last - 1)
                if doc is not None:
                    first, last = place_phrase(doc, first, last) if place else phrase_extent(doc, first, last)
                roles.setdefault((first, last), set()).add(role)
    spans = {(a, b, "R" if len(r) > 1 else next(iter(r))) for (a, b), r in roles.items()}
    if doc is not None:
        spans = merge_coordinated(doc, spans)
    if firsts is not None:
        spans = {(firsts[a], firsts[b], r) for a, b, r in spans}
    return spans


def statement_spans(annotated: AnnotatedArticle, starts: list[int], doc: Any) -> set[tuple[int, int, str]]:
    """S spans of a sentence with no event that makes a statement (the cameo_class/PETR adapter,
    CAMEO 010): the speakers of its attributions and of its statement cues ("X expressed concern",
    "X declined to comment"), grown to their noun phrases. Empty when the sentence has an event."""
    from bisect import bisect_right

    from dateline.events.statements import statement_speakers

    if annotated.events:
        return set()
    speakers = statement_speakers(doc, annotated.actors)
    for attribution in annotated.attributions:
        if attribution.speaker is not None:
            speakers += [m for m in annotated.actors if m.actor == attribution.speaker
                         and attribution.source.start <= m.start < attribution.source.end]
    spans = set()
    for m in speakers:
        first, last = phrase_extent(doc, bisect_right(starts, m.start) - 1, bisect_right(starts, m.end - 1))
        spans.add((first, last, "S"))
    return merge_coordinated(doc, spans)


def _span_scores(pairs: list[tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]]) -> dict[str, Any]:
    """Exact, overlap (one-to-one, same role) and unlabelled (exact extent) P/R/F1, and per role."""
    n_gold = n_sys = exact = unlabelled = overlap = 0
    by_role = {r: [0, 0, 0] for r in "STR"}  # tp, sys, gold
    for pred, gold in pairs:
        n_gold += len(gold)
        n_sys += len(pred)
        exact += len(pred & gold)
        unlabelled += len({(a, b) for a, b, _ in pred} & {(a, b) for a, b, _ in gold})
        used: set[tuple[int, int, str]] = set()
        for a, b, r in sorted(pred):
            hit = next((g for g in sorted(gold) if g not in used and g[2] == r and a < g[1] and g[0] < b), None)
            if hit:
                used.add(hit)
                overlap += 1
        for r, counts in by_role.items():
            counts[0] += len({p for p in pred if p[2] == r} & gold)
            counts[1] += sum(p[2] == r for p in pred)
            counts[2] += sum(g[2] == r for g in gold)
    return {
        "predicted_spans": n_sys, "exact": prf(exact, n_sys, n_gold), "overlap": prf(overlap, n_sys, n_gold),
        "unlabelled": prf(unlabelled, n_sys, n_gold), "by_role": {r: prf(*c) for r, c in by_role.items()},
    }


def span_mismatches(sent_id: str, tokens: list[str], pred: set[tuple[int, int, str]],
                    gold: set[tuple[int, int, str]]) -> list[tuple[str, ...]]:
    """Rows (sentence, kind, role, span, nearest, text) for every gold span not predicted exactly
    (``missed``) and every predicted span not in the gold (``extra``). ``nearest`` is the other
    side's span that overlaps it, with its role ("T:the Croatian government"), empty when none
    does: an overlap with the same role is an extent error, with another role a role error."""
    def show(span: tuple[int, int, str]) -> str:
        return f"{span[2]}:{' '.join(tokens[span[0]:span[1]])}"

    rows = []
    for kind, mine, other in (("missed", gold, pred), ("extra", pred, gold)):
        for span in sorted(mine - other):
            near = sorted((o for o in other if o[0] < span[1] and span[0] < o[1]),
                          key=lambda o: (o[2] != span[2], abs(o[0] - span[0]) + abs(o[1] - span[1])))
            rows.append((sent_id, kind, span[2], " ".join(tokens[span[0]:span[1]]),
                         show(near[0]) if near else "", " ".join(tokens)))
    return rows


def score_cameo_ner(sentences: list[TaggedSentence], pipeline: Any, date: str = DEFAULT_DATE,
                    errors: list[tuple[str, ...]] | None = None) -> dict[str, Any]:
    """Span scores with each mention grown to its noun phrase (``phrase``, the headline) and with
    the bare mention extents (``mention``). Rows of ``span_mismatches`` (phrase extents) are
    appended to ``errors`` when it is given.

    The cameo_ner annotators mark one event per sentence (its source and target, or one ``R`` span
    for a reciprocal act), so ``phrase`` and ``mention`` score the sentence's root event
    (``Event.is_root_event``: the most salient, as GDELT's IsRootEvent and POLECAT's one event per
    story; events/salience.py, not fitted to this set); ``phrase_all_events`` scores the roles of
    every event, the headline before session 14."""
    from spacy.tokens import Doc

    rejoined = [rejoin_tokens(s.tokens) for s in sentences]
    texts = [_rejoined_offsets(s.tokens, firsts) for s, (_, firsts) in zip(sentences, rejoined)]
    articles = [Article(doc_id=f"s{i}", date=date, text=text) for i, (text, _) in enumerate(texts)]
    nlp = pipeline.language
    docs = nlp.pipe(Doc(nlp.vocab, words=s.tokens) for s in sentences)
    joined_docs = nlp.pipe(Doc(nlp.vocab, words=words) for words, _ in rejoined)
    phrase, mention, statements, every_event = [], [], [], []
    for i, (sent, (_, starts), annotated, doc, joined_doc, (_, firsts)) in enumerate(
            zip(sentences, texts, pipeline.annotate(articles), docs, joined_docs, rejoined)):
        gold = set(sent.spans)
        phrase.append((role_spans(annotated, starts, joined_doc, firsts, root_only=True), gold))
        mention.append((role_spans(annotated, starts, root_only=True), gold))
        every_event.append((role_spans(annotated, starts, joined_doc, firsts), gold))
        statements.append((phrase[-1][0] | statement_spans(annotated, starts, doc), gold))
        if errors is not None:
            errors += span_mismatches(str(i), sent.tokens, phrase[-1][0], gold)
    return {
        "sentences": len(sentences), "gold_spans": sum(len(s.spans) for s in sentences),
        "phrase": _span_scores(phrase), "mention": _span_scores(mention),
        "phrase_all_events": _span_scores(every_event),
        # The statement adapter on its own line (not the headline): phrase spans plus the speaker of
        # a statement in a sentence with no event, as the CAMEO-scored event formats code it (010).
        "phrase_with_statements": _span_scores(statements),
    }


# --- CoNLL-2003 NER --------------------------------------------------------------------------------

def conll_entities(doc: Any) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, SPACY_TO_CONLL[e.label_]) for e in doc.ents if e.label_ in SPACY_TO_CONLL}


def score_conll(sentences: list[TaggedSentence], pipeline: Any) -> dict[str, Any]:
    """NER F1 of bare spaCy and of spaCy + the entity fixer on the same gold tokens."""
    from spacy.tokens import Doc

    from dateline.actors.entity_fixer import FACTORY

    nlp = pipeline.language
    gold = [set(s.spans) for s in sentences]
    out: dict[str, Any] = {"sentences": len(sentences), "gold_entities": sum(map(len, gold)),
                           "label_map": SPACY_TO_CONLL}
    for name, disabled in (("bare_spacy", [FACTORY]), ("with_entity_fixer", [])):
        with nlp.select_pipes(disable=[p for p in disabled if p in nlp.pipe_names]):
            docs = nlp.pipe(Doc(nlp.vocab, words=s.tokens) for s in sentences)
            tp = n_sys = 0
            per_type = {t: [0, 0, 0] for t in ("PER", "ORG", "LOC", "MISC")}
            for doc, g in zip(docs, gold):
                pred = conll_entities(doc)
                tp += len(pred & g)
                n_sys += len(pred)
                for t, c in per_type.items():
                    c[0] += sum(p[2] == t for p in pred & g)
                    c[1] += sum(p[2] == t for p in pred)
                    c[2] += sum(x[2] == t for x in g)
        out[name] = {**prf(tp, n_sys, out["gold_entities"]), "by_type": {t: prf(*c) for t, c in per_type.items()}}
    return out
