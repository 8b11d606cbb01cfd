"""Reading PETRARCH/TABARI actor dictionaries into dateline's user dictionary format.

The dictionary format (one actor per block)::

    # comment                       (also '; comment' in TABARI files, and one-line <!-- ... -->)
    BARACK_OBAMA_  [USAELI]         an actor: the name, underscores between words, an optional code
    +OBAMA_                         a synonym (alias) of the actor above
        [USAGOV >090120]            a date-restricted code of the actor above:
        [USAELI <090120]              '>D' from D on, '<D' before D, 'D1-D2' from D1 to D2 inclusive
        [USAGOV 090120-170119]

Dates are YYMMDD (YY 00-30 is 20YY, otherwise 19YY, as in KEDS/TABARI/PETRARCH) or YYYYMMDD.

Each actor becomes one record of the people/organisations YAML format that ``--actors FILE``
merges: an actor with date-restricted codes is a person whose roles are those codes, and whose
undated code (PETRARCH's default) covers the dates no restriction covers (an ELI default needs no
role: dateline gives country + ELI to a person out of every role); an actor with only one undated
code is an organisation (or a country when the code is a bare country code), unless ``kind``
forces "person". Lines that cannot be read
become coded warnings (E150-E154) with their line numbers and are counted; nothing is dropped
silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dateline.actors.codes import split_code
from dateline.actors.folding import fold_words
from dateline.errors import DatelineError, message

_CODE = re.compile(r"\[([^\[\]]*)\]")
_CODE_BODY = re.compile(r"^~?([A-Z0-9]{3,15})(?:\s+(.*))?$")
_RANGE = re.compile(r"^(\d{6,8})\s*-\s*(\d{6,8})$")
_BOUND = re.compile(r"^([<>])\s*(\d{6,8})$")
_NAME = re.compile(r"^[^\[\]+]+$")
PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "az", "ibn", "bin", "bint", "ben", "abu", "de", "del",
                       "della", "der", "di", "da", "do", "dos", "du", "la", "le", "van", "von", "of", "the", "and"})
KINDS = ("auto", "person", "organization")


@dataclass(frozen=True)
class DictionaryWarning:
    """A line of a dictionary that could not be used (fully or in part); ``message`` is coded."""

    path: str
    line: int
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "code": self.code, "message": self.message}


@dataclass
class _Actor:
    name: str
    line: int
    path: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None, int]] = field(default_factory=list)  # code, start, end, line


@dataclass
class ImportResult:
    """The records read from the dictionaries, the warnings, and counts for the summary."""

    records: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[DictionaryWarning] = field(default_factory=list)
    lines: int = 0
    people: int = 0
    organizations: int = 0
    countries: int = 0
    aliases: int = 0
    roles: int = 0

    def summary(self) -> dict[str, Any]:
        by_code: dict[str, int] = {}
        for w in self.warnings:
            by_code[w.code] = by_code.get(w.code, 0) + 1
        return {"lines": self.lines, "entries": len(self.records), "people": self.people,
                "organizations": self.organizations, "countries": self.countries, "aliases": self.aliases,
                "roles": self.roles, "warnings": len(self.warnings), "warnings_by_code": by_code}


def petrarch_date(text: str) -> str:
    """``090120`` or ``20090120`` as ``2009-01-20``; ValueError when it is not a calendar day."""
    if len(text) <= 7:
        if len(text) != 6:
            raise ValueError(text)
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 30 else 1900 + yy}{text[2:]}"
    if len(text) != 8:
        raise ValueError(text)
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()


def _next_day(iso: str) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()


def restriction(text: str) -> tuple[str | None, str | None]:
    """A date restriction as our ``[start, end)``: '>D' -> (D, None), '<D' -> (None, D),
    'D1-D2' (inclusive) -> (D1, D2 + 1 day), '' -> (None, None). ValueError when unreadable."""
    text = text.strip()
    if not text:
        return None, None
    bound = _BOUND.match(text)
    if bound:
        day = petrarch_date(bound.group(2))
        return (day, None) if bound.group(1) == ">" else (None, day)
    span = _RANGE.match(text)
    if span:
        start, last = petrarch_date(span.group(1)), petrarch_date(span.group(2))
        if last < start:
            raise ValueError(text)
        return start, _next_day(last)
    raise ValueError(text)


def display_name(raw: str, *, acronyms: bool = True) -> str:
    """``BARACK_HUSSEIN_OBAMA_`` -> ``Barack Hussein Obama``; ``ABDEL_FATTAH_AL-SISI`` ->
    ``Abdel Fattah al-Sisi``. With ``acronyms``, a one-word name of up to 4 letters stays in
    capitals (an acronym, matched in capitals only; not for people); names already in mixed case
    are kept as written."""
    words = raw.replace("_", " ").split()
    text = " ".join(words)
    if not text or any(c.islower() for c in text):
        return text
    if acronyms and len(words) == 1 and len([c for c in text if c.isalpha()]) <= 4:
        return text

    def part(piece: str, first: bool) -> str:
        low = piece.lower()
        if not first and low in PARTICLES:
            return low
        return low[:1].upper() + low[1:]

    out = []
    for i, word in enumerate(words):
        pieces = word.split("-")
        out.append("-".join(part(p, i == 0 and j == 0) if not (j == 0 and p.lower() in PARTICLES and len(pieces) > 1)
                            else p.lower() for j, p in enumerate(pieces)))
    return " ".join(out)


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<"):
        return ""
    for mark in ("#", ";"):
        cut = line.find(mark)
        if cut >= 0:
            line = line[:cut]
    return line.rstrip()


class _Reader:
    def __init__(self, result: ImportResult) -> None:
        self.result = result
        self.actors: list[_Actor] = []

    def warn(self, path: str, line: int, code: str, **values: object) -> None:
        self.result.warnings.append(DictionaryWarning(path, line, code, message(code, path=path, line=line, **values)))

    def codes(self, actor: _Actor, text: str, path: str, number: int) -> None:
        for m in _CODE.finditer(text):
            body = m.group(1).strip()
            found = _CODE_BODY.match(body)
            if not found:
                self.warn(path, number, "E150", text=m.group(0), detail="not an actor code such as USAGOV")
                continue
            try:
                start, end = restriction(found.group(2) or "")
            except ValueError:
                self.warn(path, number, "E151", text=m.group(0))
                continue
            actor.codes.append((found.group(1), start, end, number))
        rest = _CODE.sub(" ", text).strip()
        if "[" in rest or "]" in rest:
            self.warn(path, number, "E150", text=text.strip(), detail="unbalanced brackets")

    def read(self, path: Path) -> None:
        name = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            text = path.read_text(encoding="latin-1")  # old TABARI files; every byte is a character
        current: _Actor | None = None
        for number, raw in enumerate(text.splitlines(), 1):
            self.result.lines += 1
            line = _strip_comment(raw)
            if not line.strip():
                continue
            body = line.strip()
            if body.startswith("+"):
                if current is None:
                    self.warn(name, number, "E153", text=body)
                    continue
                synonym = _CODE.sub(" ", body[1:]).strip()
                if synonym and _NAME.match(synonym):
                    current.synonyms.append(synonym)
                else:
                    self.warn(name, number, "E150", text=body, detail="a synonym needs a name after '+'")
                self.codes(current, body[1:], name, number)
                continue
            if body.startswith("["):  # an (indented) date-restricted code of the current actor
                if current is None:
                    self.warn(name, number, "E153", text=body)
                    continue
                self.codes(current, body, name, number)
                continue
            head = body.split("[", 1)[0].strip()  # the name; codes may follow on the same line
            if not head or not _NAME.match(head) or not fold_words(head.replace("_", " ")):
                self.warn(name, number, "E150", text=body, detail="expected NAME_ [CODE], +SYNONYM or [CODE DATES]")
                current = None
                continue
            current = _Actor(head, number, name)
            self.actors.append(current)
            self.codes(current, body[len(head):], name, number)


def _gaps(dated: list[tuple[str, str | None, str | None, int]]) -> list[tuple[str | None, str | None]]:
    """The [start, end) spans no dated code covers, from the beginning of time to open end."""
    spans = sorted(((s or "", e) for _, s, e, _ in dated), key=lambda span: span[0])
    gaps: list[tuple[str | None, str | None]] = []
    covered: str | None = ""  # everything before this is covered; None = covered to the open end
    for start, end in spans:
        if covered is None:
            break
        if start > covered:
            gaps.append((covered or None, start))
        if end is None:
            covered = None
        elif end > covered:
            covered = end
    if covered is not None:
        gaps.append((covered or None, None))
    return gaps


def _record(actor: _Actor, kind: str, reader: _Reader) -> dict[str, Any] | None:
    result = reader.result
    if not actor.codes:
        reader.warn(actor.path, actor.line, "E152", name=display_name(actor.name))
        return None
    dated = [c for c in actor.codes if c[1] or c[2]]
    undated = [c for c in actor.codes if not (c[1] or c[2])]
    person = bool(dated) or kind == "person"
    name = display_name(actor.name, acronyms=not person)
    aliases = []
    seen = {fold_words(name)}
    for synonym in actor.synonyms:
        alias = display_name(synonym, acronyms=not person)
        if fold_words(alias) and fold_words(alias) not in seen:
            seen.add(fold_words(alias))
            aliases.append(alias)
    ident = "-".join(fold_words(name)) or name
    result.aliases += len(aliases)
    if person:
        roles = [[code, start, end, "imported"] for code, start, end, _ in (dated or undated[:1])]
        country = next((split_code(c[0])[0] for c in actor.codes if split_code(c[0])[0]), None)
        for extra, _, _, line in undated[1:]:
            reader.warn(actor.path, line, "E154", name=name, extra=extra)
        if dated and undated and split_code(undated[0][0])[1] != "ELI":
            roles += [[undated[0][0], start, end, "imported (default code)"] for start, end in _gaps(dated)]
        result.people += 1
        result.roles += len(roles)
        return {"id": f"petrarch-{ident}", "name": name, "type": "person", "country": country,
                "aliases": aliases, "roles": roles}
    code = undated[0][0]
    for extra, _, _, line in undated[1:]:
        reader.warn(actor.path, line, "E154", name=name, extra=extra)
    country, sector = split_code(code)
    is_country = len(code) == 3 and country == code
    if is_country:
        result.countries += 1
    else:
        result.organizations += 1
    return {"id": f"petrarch-{ident}", "name": name, "type": "country" if is_country else "organization",
            "code": code, "country": country, "sector": sector, "aliases": aliases}


def import_petrarch(paths: Iterable[str | Path], *, kind: str = "auto") -> ImportResult:
    """Read PETRARCH/TABARI actor dictionaries into user-dictionary records (see the module doc).

    ``kind``: "auto" (dated codes make a person, one undated code an organisation/country),
    "person" (every actor is a person; an undated code is a role without dates) or
    "organization" (the same as auto: an actor with dated codes is always a person). Raises E110 for an
    unreadable file; bad lines are warnings in the result, never exceptions.
    """
    if kind not in KINDS:
        raise DatelineError("E303", value=kind, choices=", ".join(KINDS))
    result = ImportResult()
    reader = _Reader(result)
    for path in paths:
        path = Path(path)
        try:
            reader.read(path)
        except OSError as exc:
            raise DatelineError("E110", path=str(path), detail=exc.strerror or str(exc)) from None
    ids: dict[str, int] = {}
    for actor in reader.actors:
        record = _record(actor, kind, reader)
        if record is None:
            continue
        ids[record["id"]] = ids.get(record["id"], 0) + 1
        if ids[record["id"]] > 1:  # the same name twice: keep both, distinct ids
            record["id"] = f"{record['id']}-{ids[record['id']]}"
        result.records.append(record)
    result.warnings.sort(key=lambda w: (w.path, w.line))
    return result


HEADER = """\
# dateline user actor dictionary, imported from PETRARCH/TABARI actor dictionaries by
#   `dateline actors import` ({sources}).
# Format: the people/organisations format of dateline's knowledge base; load it with --actors FILE.
#   roles: [code, start, end, title], start inclusive, end exclusive (ISO dates; null = open).
"""


def write_user_dictionary(records: list[dict[str, Any]], out: str | Path, *, sources: Iterable[str] = ()) -> None:
    """Write records as a YAML user dictionary (one flow-style entry per line, like people.yaml)."""
    lines = [HEADER.format(sources=", ".join(str(s) for s in sources) or "stdin")]
    for record in records:
        flow = yaml.safe_dump(record, default_flow_style=True, allow_unicode=True, sort_keys=False, width=1 << 30)
        lines.append(f"- {flow.strip()}\n")
    Path(out).write_text("".join(lines), encoding="utf-8")
