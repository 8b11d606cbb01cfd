"""Readers for the gold formats ``dateline eval actors`` scores, recognised by content.

- ``petr2``: PETRARCH-2 validation JSONL, one sentence a line:
  ``{"id", "date": "YYYYMMDD", "evaluate": "true", "text", "events": [{"eventcode", "sourcecode",
  "targetcode"} | {"noevents": ...} | {"error": ...}]}``.
- ``cameo_ner``: two columns ``token label`` with BIO labels over the roles ``S`` (source), ``T``
  (target) and ``R`` (reciprocal: both sides of a meeting or talks); a blank line between sentences.
- ``conll``: CoNLL-2003, four columns ``token POS chunk NER`` (IOB1 or IOB2 over PER/ORG/LOC/MISC),
  a blank line between sentences, ``-DOCSTART-`` lines skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import DatelineError

FORMATS = ("petr2", "cameo_ner", "conll")


@dataclass(frozen=True)
class CodedSentence:
    """A PETR-2 sentence with its gold (source code, target code) pairs, in file order."""

    sent_id: str
    date: str  # YYYY-MM-DD
    text: str
    dyads: list[tuple[str, str]]


@dataclass(frozen=True)
class TaggedSentence:
    """Tokens with labelled spans ``(first token, end token, label)``, end exclusive."""

    tokens: list[str]
    spans: list[tuple[int, int, str]]


def detect_format(path: str | Path) -> str:
    """``petr2``, ``cameo_ner`` or ``conll`` from the first lines of ``path``; ValueError otherwise."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("-DOCSTART-"):
                continue
            if line.lstrip().startswith("{"):
                record = json.loads(line)
                if isinstance(record, dict) and "text" in record and "events" in record:
                    return "petr2"
                break
            cols = line.split()
            if len(cols) == 2 and _is_bio(cols[1], {"S", "T", "R"}):
                return "cameo_ner"
            if len(cols) >= 4 and _is_bio(cols[-1], {"PER", "ORG", "LOC", "MISC"}):
                return "conll"
    raise DatelineError("E300", path=str(path), detail="not PETR-2 JSONL, cameo_ner BIO or CoNLL-2003")


def _is_bio(label: str, types: set[str]) -> bool:
    return label == "O" or (label[:2] in ("B-", "I-") and label[2:] in types)


def read_petr2(path: str | Path) -> Iterator[CodedSentence]:
    """Sentences marked ``evaluate`` true that have at least one coded event (noevents and error
    codings carry no actors to score)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if str(rec.get("evaluate", "true")).lower() != "true":
                continue
            dyads = [(e["sourcecode"], e["targetcode"]) for e in rec.get("events", [])
                     if "sourcecode" in e and "targetcode" in e]
            if not dyads:
                continue
            date = petr_date(str(rec.get("date", "")))
            if date is None:
                raise DatelineError("E300", path=str(path), detail=f"sentence {rec.get('id')!r} has date "
                                    f"{rec.get('date')!r}, neither YYYYMMDD nor YYMMDD")
            yield CodedSentence(str(rec.get("id", "")), date, rec["text"], dyads)


def petr_date(raw: str) -> str | None:
    """``YYYYMMDD`` (or PETRARCH's older ``YYMMDD``, years 69-99 in the 1900s) -> ``YYYY-MM-DD``."""
    if raw.isdigit() and len(raw) == 6:
        raw = ("19" if int(raw[:2]) >= 69 else "20") + raw
    if raw.isdigit() and len(raw) == 8:
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"
    return None


def read_bio(path: str | Path, label_column: int = -1) -> Iterator[TaggedSentence]:
    """Sentences of a column file; spans from BIO (IOB2) or IOB1 labels in ``label_column``."""
    tokens: list[str] = []
    labels: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if tokens:
                    yield TaggedSentence(tokens, bio_spans(labels))
                tokens, labels = [], []
                continue
            tokens.append(cols[0])
            labels.append(cols[label_column] if len(cols) > 1 else "O")
    if tokens:
        yield TaggedSentence(tokens, bio_spans(labels))


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """Spans of a BIO/IOB1 label sequence: an ``I-`` after a different type also opens a span."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, label in enumerate([*labels, "O"]):
        tag, _, typ = label.partition("-")
        continues = tag == "I" and typ == kind and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if tag in ("B", "I") and not continues:
            start, kind = i, typ
    return spans
