"""Readers for the event gold formats scored by ``dateline eval events``.

Each reader yields ``GoldItem``s: one text (a story or a sentence) with its gold label(s) in the
scheme the format is scored in. The format is recognised from the file itself:

- ``ngec``: NGEC synthetic stories, CSV with ``text`` and ``label`` columns (PLOVER type);
- ``cameo_class``: ConfliBERT ``sentence<TAB>label`` TSV, labels 0-4 (five CAMEO classes);
- ``petr``: PETRARCH-2 GSR JSONL, ``{id, date, text, events: [{eventcode, ...} | {noevents}]}``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import UsageError

FORMATS = ("ngec", "cameo_class", "petr")

# The five classes of cameo_class, by CAMEO root (issue #4): statements and appeals, verbal
# cooperation, material cooperation, verbal conflict, material conflict.
FIVE_CLASSES = ("statement", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def five_class(root: str) -> str:
    """The five-class label of a CAMEO root: 01-02, 03-05, 06-08, 09-13, 14-20."""
    n = int(root[:2])
    if n <= 2:
        return FIVE_CLASSES[0]
    if n <= 5:
        return FIVE_CLASSES[1]
    if n <= 8:
        return FIVE_CLASSES[2]
    if n <= 13:
        return FIVE_CLASSES[3]
    return FIVE_CLASSES[4]


@dataclass(frozen=True)
class GoldItem:
    item_id: str
    text: str
    date: str  # YYYY-MM-DD
    labels: tuple[str, ...]  # the gold label(s); empty = the text reports no event
    codes: tuple[str, ...] = ()  # full CAMEO codes where the format has them
    title: str | None = None  # the headline, where the format has one (NGEC)


def detect_format(path: str | Path) -> str:
    """``ngec``, ``cameo_class`` or ``petr``, from the file's suffix and first line; E310 otherwise."""
    path = Path(path)
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        first = fh.readline()
    if path.suffix == ".jsonl" or first.lstrip().startswith("{"):
        try:
            record = json.loads(first)
        except json.JSONDecodeError:
            record = {}
        if isinstance(record, dict) and "events" in record and "text" in record:
            return "petr"
    elif path.suffix == ".csv" and {"text", "label"} <= set(next(csv.reader([first]), [])):
        return "ngec"
    elif "\t" in first and first.rstrip("\r\n").rsplit("\t", 1)[-1].strip() in {"0", "1", "2", "3", "4"}:
        return "cameo_class"
    raise UsageError("E310", path=str(path))


def read_gold(path: str | Path, fmt: str | None = None) -> Iterator[GoldItem]:
    fmt = fmt or detect_format(path)
    reader = {"ngec": _read_ngec, "cameo_class": _read_cameo_class, "petr": _read_petr}[fmt]
    yield from reader(Path(path))


def _read_ngec(path: Path) -> Iterator[GoldItem]:
    csv.field_size_limit(1 << 27)
    with open(path, encoding="utf-8", newline="") as fh:
        for k, row in enumerate(csv.DictReader(fh)):
            text = (row.get("text") or "").strip()
            if text:
                yield GoldItem(f"{path.stem}:{k}", text, "2023-01-01", (row["label"].strip().upper(),),
                               title=_ngec_headline(row))


def _read_cameo_class(path: Path) -> Iterator[GoldItem]:
    with open(path, encoding="utf-8", newline="") as fh:
        for k, line in enumerate(fh):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            text, _, label = line.rpartition("\t")
            yield GoldItem(f"{path.stem}:{k}", text.strip(), "2000-01-01", (FIVE_CLASSES[int(label)],))


def _read_petr(path: Path) -> Iterator[GoldItem]:
    with open(path, encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if not line.strip():
                continue
            r = json.loads(line)
            codes = tuple(str(e["eventcode"]) for e in r.get("events", []) if e.get("eventcode"))
            date = str(r.get("date") or "20000101")
            iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 and date.isdigit() else "2000-01-01"
            roots = tuple(dict.fromkeys(c[:2] for c in codes))
            yield GoldItem(str(r.get("id", k)), r["text"], iso, roots, codes)


def _ngec_headline(row: dict[str, str]) -> str | None:
    """The story's headline: the first line of the prompt the story was written from (the ``title``
    column holds the same line with ``{country_1}`` placeholders, so it comes second)."""
    prompt = (row.get("prompt") or "").strip()
    first = prompt.splitlines()[0].strip() if prompt else ""
    return first or (row.get("title") or "").strip() or None
