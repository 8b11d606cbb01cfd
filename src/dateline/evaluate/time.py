"""TimeML evaluation of the temporal stage (TempEval-3 task A metrics).

``evaluate_timeml(folder)`` reads every ``.tml`` file below ``folder``: the document creation time
from ``<DCT><TIMEX3 functionInDocument="CREATION_TIME" value=...>`` and the gold TIMEX3 tags inside
``<TEXT>``; it runs ``find_times`` on the plain text and scores the result.

Metrics (UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3", section on time expressions):
- strict span P/R/F1: a system expression matches a gold one when the extents are identical;
- relaxed span P/R/F1: a match when the extents overlap (one-to-one);
- type and value accuracy: over the relaxed matches, the share with the same attribute;
- value F1 (attribute F1): P = matches with the right value / system count, R = the same over the
  gold count. This equals relaxed F1 x value accuracy, which is how the paper states it.
Character overlap stands in for TempEval-3's token overlap (the same for whole-token spans).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.model import Article, TimeExpr
from dateline.temporal import find_times


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    doc_id: str
    dct: str
    text: str
    timexes: list[GoldTimex]


def read_timeml(path: str | Path) -> TimeMLDocument:
    """The DCT, the plain TEXT and its TIMEX3 tags (offsets into that text) of one .tml file."""
    root = ET.parse(path).getroot()
    dct = ""
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = (tx.get("value") or "")[:10]
            break
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []

    def walk(el: ET.Element) -> None:
        start = sum(len(p) for p in parts)
        parts.append(el.text or "")
        for child in el:
            walk(child)
            parts.append(child.tail or "")
        if el.tag == "TIMEX3":
            end = sum(len(p) for p in parts)
            timexes.append(GoldTimex(start, end, "".join(parts)[start:end], el.get("type", ""), el.get("value", "")))

    walk(text_el)
    doc_id = (root.findtext("DOCID") or Path(path).stem).strip()
    return TimeMLDocument(doc_id, dct, "".join(parts), timexes)


def _prf(tp: float, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(pairs: Iterable[tuple[list[GoldTimex], list[TimeExpr]]]) -> dict[str, Any]:
    """TempEval-3 time-expression scores over (gold, system) lists of whole documents."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    for gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)
        used: set[int] = set()
        for g in gold:
            best = None
            for i, s in enumerate(system):
                if i in used or s.end <= g.start or s.start >= g.end:
                    continue
                exact = s.start == g.start and s.end == g.end
                if best is None or exact:
                    best = i
                if exact:
                    break
            if best is None:
                continue
            used.add(best)
            s = system[best]
            relaxed += 1
            strict += int(s.start == g.start and s.end == g.end)
            type_ok += int(s.type == g.type)
            value_ok += int(s.value == g.value)
    return {
        "gold": n_gold,
        "system": n_sys,
        "strict": _prf(strict, n_sys, n_gold),
        "relaxed": _prf(relaxed, n_sys, n_gold),
        "type_accuracy": type_ok / relaxed if relaxed else 0.0,
        "value_accuracy": value_ok / relaxed if relaxed else 0.0,
        "type_f1": _prf(type_ok, n_sys, n_gold)["f1"],
        "value_f1": _prf(value_ok, n_sys, n_gold)["f1"],
    }


def evaluate_timeml(
    folder: str | Path, nlp: Any = None, *, blank: bool = False, errors_to: str | Path | None = None
) -> dict[str, Any]:
    """Score ``find_times`` on every .tml file under ``folder``.

    ``nlp`` is a loaded spaCy pipeline (the tense of governing verbs needs a parse); by default the
    dateline language is loaded, or a blank English tokenizer when ``blank`` is true. With
    ``errors_to``, every miss, extra and span or value mismatch is written there as TSV (see
    ``mismatches``).
    """
    if nlp is None:
        if blank:
            import spacy

            nlp = spacy.blank("en")
        else:
            from dateline.nlp import load_language

            nlp = load_language()
    docs = [read_timeml(p) for p in sorted(Path(folder).rglob("*.tml"))]
    pairs = []
    for tml, doc in zip(docs, nlp.pipe(d.text for d in docs)):
        article = Article(doc_id=tml.doc_id, date=tml.dct, text=tml.text)
        pairs.append((tml.timexes, find_times(doc, article)))
    result = score(pairs)
    result["documents"] = len(docs)
    if errors_to is not None:
        with open(errors_to, "w", encoding="utf-8") as out:
            out.write("doc\tkind\tgold_text\tsystem_text\tgold\tsystem\tcontext\n")
            for tml, (gold, system) in zip(docs, pairs):
                for row in mismatches(tml, system):
                    out.write("\t".join(row) + "\n")
    return result


def mismatches(tml: TimeMLDocument, system: list[TimeExpr]) -> Iterable[tuple[str, ...]]:
    """Rows (doc, kind, gold text, system text, gold type:value, system type:value, context).

    kind is ``miss`` (no overlapping system expression), ``extra`` (no overlapping gold one),
    ``value`` (overlap, wrong value) or ``span`` (overlap, right value, different extent).
    """
    def context(start: int, end: int) -> str:
        return " ".join(tml.text[max(0, start - 60):end + 40].split())

    for g in tml.timexes:
        hit = [s for s in system if s.start < g.end and s.end > g.start]
        if not hit:
            yield tml.doc_id, "miss", g.text, "", f"{g.type}:{g.value}", "", context(g.start, g.end)
        elif hit[0].value != g.value or (hit[0].start, hit[0].end) != (g.start, g.end):
            kind = "value" if hit[0].value != g.value else "span"
            yield (tml.doc_id, kind, g.text, hit[0].text, f"{g.type}:{g.value}",
                   f"{hit[0].type}:{hit[0].value}", context(g.start, g.end))
    for s in system:
        if not any(s.start < g.end and s.end > g.start for g in tml.timexes):
            yield tml.doc_id, "extra", "", s.text, "", f"{s.type}:{s.value}", context(s.start, s.end)


if __name__ == "__main__":  # python -m dateline.evaluate.time FOLDER
    import json
    import sys

    print(json.dumps(evaluate_timeml(sys.argv[1]), indent=2))
