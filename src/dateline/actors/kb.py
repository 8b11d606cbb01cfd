"""The actor knowledge base: countries, organisations, armed groups and people with dated roles.

Loaded from the YAML/TSV files in ``data/`` (readable, versioned) plus user dictionaries. Every
name and alias is indexed folded (``folding.fold_words``) so resolution is a dict look-up per word.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.actors.codes import join_code, split_code
from dateline.actors.folding import WORD, exact_case_form, fold_token, fold_words, is_capitals_only
from dateline.actors.lexicon import SectorLexicon, load_sector_lexicon
from dateline.data_files import parse_yaml, read_data_text
from dateline.model import Actor

DATA = "dateline.actors.data"
# A possessive "'s" inside a name ("Lord's Resistance Army", "People's"), split off as the tokenizer does.
POSSESSIVE = re.compile(r"(?<=\w)(['\u2019]s)\b")
CLITIC = re.compile(r"['\u2019]s")


@dataclass(frozen=True)
class Role:
    """One office held on ``[start, end)`` (ISO dates; None = open)."""

    code: str
    start: str | None
    end: str | None
    title: str = ""

    def holds_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Entry:
    """A person, organisation, group or country of the knowledge base."""

    kb_id: str
    name: str
    type: str  # person | organization | group | country
    country: str | None = None
    code: str | None = None  # organisations, groups, countries
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()
    start: str | None = None  # validity of an organisation entry (Taliban before/after 2021-08-15)
    end: str | None = None
    origin: str = "shipped"

    def valid_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)

    def date_rank(self, date: str) -> tuple[int, str]:
        """How well this entry fits a name on ``date`` (higher is better): a person holding a role
        then, else the person whose last role ended most recently. Organisations, groups and
        countries rank with office holders, so their order among those is the index order."""
        if self.type != "person":
            return (1, "")
        if any(r.holds_on(date) for r in self.roles):
            return (1, "")
        ended = [r.end for r in self.roles if r.end is not None and r.end <= date]
        return (0, max(ended) if ended else "")

    def actor_on(self, date: str) -> Actor:
        """The actor this entry is on ``date``: a person's role then, or elite/former (``USAELI``)."""
        if self.type != "person":
            reason = f"KB {self.type} {self.code}" if self.type != "country" else "country name"
            return Actor(self.name, self.kb_id, self.code, self.country, self.sector,
                         self.type if self.type in ("organization", "group", "country") else "organization",
                         reason)
        current = [r for r in self.roles if r.holds_on(date)]
        if current:
            role = max(current, key=lambda r: r.start or "")
            country, sector = split_code(role.code)
            span = f"{role.start or ''}..{role.end or ''}"
            return Actor(self.name, self.kb_id, role.code, country, sector, "person",
                         f"KB role {role.code} {span}; {role.title}".rstrip("; "))
        past = [r for r in self.roles if r.end is not None and r.end <= date]
        code = join_code(self.country, "ELI")
        if past:
            last = max(past, key=lambda r: r.end or "")
            reason = f"former {last.code} ({last.title}, until {last.end}); no KB role on {date}"
        else:
            reason = f"in KB, no role held on {date}"
        return Actor(self.name, self.kb_id, code, self.country, "ELI", "person", reason)


@dataclass(frozen=True)
class Metonym:
    """A capital or seat of power standing for a country's institution ("the Kremlin said")."""

    name: str
    country: str
    sector: str
    seat: bool  # a seat of power is an actor wherever it occurs; a capital only when it acts

    @property
    def kb_id(self) -> str:
        return f"{'seat' if self.seat else 'capital'}:{self.country}:{'-'.join(fold_words(self.name))}"

    def actor(self) -> Actor:
        what = "seat of power" if self.seat else "capital"
        code = join_code(self.country, self.sector)
        return Actor(self.name, self.kb_id, code, self.country, self.sector, "country",
                     f"{what} '{self.name}' stands for {code}")


@dataclass(frozen=True)
class NameRef:
    """What one indexed name points to, with the case rules of the alias it came from."""

    kind: str  # entry | demonym | metonym
    key: str  # kb_id, ISO alpha-3, or Metonym.kb_id
    caps_only: bool = False  # "IS", "US": only in capitals
    capitalised: tuple[bool, ...] = ()  # per word: must start upper-case in the text
    exact: str = ""  # "JeM", "LeT": a short mixed-case alias matches in this exact case only
    clitics: tuple[int, ...] = ()  # words that must be a possessive "'s" in the text ("People's")


@dataclass
class KnowledgeBase:
    entries: dict[str, Entry] = field(default_factory=dict)
    metonyms: dict[str, Metonym] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> display name
    index: dict[tuple[str, ...], list[NameRef]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first word -> longest name starting with it
    sectors: SectorLexicon | None = None

    # -- building -------------------------------------------------------------------------------
    def add_name(self, name: str, ref: NameRef, *, first: bool = False) -> None:
        split = POSSESSIVE.sub(r" \1", name)
        if split != name:  # "New People's Army": the tokenizer reads "People" and "'s", so index that too
            self._add_name(split, ref, first=first)
        self._add_name(name, ref, first=first)

    def _add_name(self, name: str, ref: NameRef, *, first: bool = False) -> None:
        words = fold_words(name)
        if words and words[0] == "the" and len(words) > 1:  # "the United States": "the" is optional
            words = words[1:]
        if not words:
            return
        raw = [m.group() for m in WORD.finditer(name) if fold_token(m.group())]
        raw = raw[len(raw) - len(words):]  # drop the optional leading "the"
        capitalised = tuple(w[:1].isupper() for w in raw)
        clitics = tuple(i for i, w in enumerate(raw) if CLITIC.fullmatch(w))
        ref = NameRef(ref.kind, ref.key, is_capitals_only(name), capitalised, exact_case_form(name), clitics)
        refs = self.index.setdefault(words, [])
        same = next((k for k, r in enumerate(refs) if r.kind == ref.kind and r.key == ref.key), None)
        if same is not None and refs[same].exact != ref.exact:
            same = None  # "JeM" and another case of it listed: two readings, each with its own rule
        if same is not None:
            # "FARC" and "Farc" both listed: the looser case rule of the two applies
            if refs[same].caps_only and not ref.caps_only:
                refs[same] = ref
            return
        refs.insert(0, ref) if first else refs.append(ref)
        self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))

    def add_entry(self, entry: Entry, *, override: bool = False) -> None:
        if entry.kb_id in self.entries and override:
            self.remove_entry(entry.kb_id)
        self.entries[entry.kb_id] = entry
        for alias in (entry.name, *entry.aliases):
            self.add_name(alias, NameRef("entry", entry.kb_id), first=override)

    def remove_entry(self, kb_id: str) -> None:
        self.entries.pop(kb_id, None)
        for refs in self.index.values():
            refs[:] = [r for r in refs if not (r.kind == "entry" and r.key == kb_id)]

    # -- queries --------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[NameRef]:
        """Every indexed reading of ``name`` (folded), ignoring case rules."""
        words = fold_words(name)
        if words and words[0] == "the" and len(words) > 1:
            words = words[1:]
        return list(self.index.get(words, ()))

    def entries_named(self, name: str, date: str | None = None) -> list[Entry]:
        found = [self.entries[r.key] for r in self.lookup(name) if r.kind == "entry"]
        if date is None:
            return found
        return by_date([e for e in found if e.valid_on(date)], date)

    def actor(self, name: str, date: str) -> Actor | None:
        """Convenience for users and tests: the actor ``name`` denotes on ``date``, if any."""
        entries = self.entries_named(name, date)
        return entries[0].actor_on(date) if entries else None



def by_date(entries: list[Entry], date: str) -> list[Entry]:
    """Entries sharing a name, best fit for ``date`` first: a bare "Khamenei" is Ali Khamenei while he
    is supreme leader and Mojtaba Khamenei once he is; between holders, the one who left office last.
    The sort is stable, so file order breaks the remaining ties."""
    return sorted(entries, key=lambda e: e.date_rank(date), reverse=True)


# -- loading ------------------------------------------------------------------------------------
def _text(name: str) -> str:
    return read_data_text(DATA, name)


def _iso(value: Any) -> str | None:
    return None if value in (None, "", "null") else str(value)


def _aliases(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(a.strip() for a in value.replace(";", "|").split("|") if a.strip())
    return tuple(str(a) for a in value)


def entry_from_record(rec: dict[str, Any], origin: str) -> Entry:
    """One YAML record (people or organisations file format) as an Entry."""
    roles = []
    for role in rec.get("roles") or ():
        if isinstance(role, dict):
            roles.append(Role(str(role["code"]), _iso(role.get("start")), _iso(role.get("end")), str(role.get("title", ""))))
        else:
            code, start, end, *title = role
            roles.append(Role(str(code), _iso(start), _iso(end), ", ".join(str(t) for t in title)))
    kind = str(rec.get("type") or ("person" if "roles" in rec else "organization"))
    code = rec.get("code")
    country, sector = split_code(str(code)) if code else (None, None)
    return Entry(
        kb_id=str(rec.get("id") or "-".join(fold_words(str(rec["name"])))),
        name=str(rec["name"]),
        type=kind,
        country=rec.get("country") or country,
        code=str(code) if code else None,
        sector=rec.get("sector") or sector,
        roles=tuple(roles),
        aliases=_aliases(rec.get("aliases")),
        start=_iso(rec.get("start")),
        end=_iso(rec.get("end")),
        origin=origin,
    )


def _load_countries(kb: KnowledgeBase) -> None:
    rows = csv.DictReader((line for line in _text("countries.tsv").splitlines() if not line.startswith("#")), delimiter="\t")
    capitals: dict[str, str] = {}
    for row in rows:
        iso3 = row["iso3"]
        kb.country_names[iso3] = row["name"]
        kb.add_entry(Entry(f"country:{iso3}", row["name"], "country", iso3, iso3, None))
        if row["capital"]:
            capitals[iso3] = row["capital"]
    extra = parse_yaml(_text("countries_extra.yaml")) or {}
    for old in extra.pop("historical", ()) or ():
        code = str(old["code"])
        kb.add_entry(Entry(f"country:{code}", str(old["name"]), "country", code, code, None,
                           aliases=_aliases(old.get("names"))))
        for demonym in _aliases(old.get("demonyms")):
            kb.add_name(demonym, NameRef("demonym", code))
    for iso3, info in extra.items():
        entry = kb.entries.get(f"country:{iso3}")
        if entry is None:
            continue
        names = _aliases(info.get("names")) + tuple(str(f["name"]) for f in info.get("former") or ())
        entry.aliases = entry.aliases + names
        for name in names:
            kb.add_name(name, NameRef("entry", entry.kb_id))
        for demonym in _aliases(info.get("demonyms")):
            kb.add_name(demonym, NameRef("demonym", iso3))
        for name, value in (info.get("metonyms") or {}).items():
            sector, _, seat = str(value).partition(" ")
            _add_metonym(kb, Metonym(str(name), iso3, sector, seat == "seat"))
    for iso3, capital in capitals.items():  # every capital stands for its government when it acts
        if not any(m.country == iso3 and fold_words(m.name) == fold_words(capital) for m in kb.metonyms.values()):
            _add_metonym(kb, Metonym(capital, iso3, "GOV", False))


def _add_metonym(kb: KnowledgeBase, metonym: Metonym) -> None:
    name = metonym.name[4:] if metonym.name.lower().startswith("the ") else metonym.name
    metonym = Metonym(name, metonym.country, metonym.sector, metonym.seat)
    kb.metonyms.setdefault(metonym.kb_id, metonym)
    kb.add_name(name, NameRef("metonym", metonym.kb_id))


def _load_records(kb: KnowledgeBase, records: Iterable[dict[str, Any]], origin: str, *, override: bool) -> None:
    for rec in records:
        kb.add_entry(entry_from_record(rec, origin), override=override)


def _read_user_file(path: Path) -> list[dict[str, Any]]:
    """A user dictionary: YAML list (people/organisations format) or CSV/TSV
    (name, code, country, sector, type, start, end, aliases); rows sharing a person's name are
    that person's successive roles."""
    if path.suffix.lower() in (".yaml", ".yml"):
        data = parse_yaml(path.read_text(encoding="utf-8")) or []
        if not isinstance(data, list):
            raise ValueError(f"{path}: a user dictionary in YAML must be a list of entries")
        return data
    if path.suffix.lower() in (".csv", ".tsv"):
        records: dict[str, dict[str, Any]] = {}
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter=delimiter):
                row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                if not row.get("name"):
                    continue
                kind = row.get("type") or "person"
                key = f"{kind}:{row['name']}"
                if kind == "person":
                    rec = records.setdefault(key, {"name": row["name"], "type": "person", "country": row.get("country") or None, "roles": [], "aliases": []})
                    if row.get("code"):
                        rec["roles"].append([row["code"], row.get("start") or None, row.get("end") or None, row.get("sector", "")])
                else:
                    rec = records.setdefault(key, {"name": row["name"], "type": kind, "code": row.get("code") or None,
                                                   "country": row.get("country") or None, "sector": row.get("sector") or None,
                                                   "start": row.get("start") or None, "end": row.get("end") or None, "aliases": []})
                rec["aliases"].extend(_aliases(row.get("aliases")))
        return list(records.values())
    raise ValueError(f"{path}: user dictionaries must be .yaml, .yml, .csv or .tsv")


def load_knowledge_base(extra_files: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The shipped knowledge base, with user dictionaries merged over it (a user entry with the
    same id replaces the shipped one; user aliases win over shipped ones)."""
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_records(kb, parse_yaml(_text("organizations.yaml")) or [], "shipped", override=False)
    _load_records(kb, parse_yaml(_text("people.yaml")) or [], "shipped", override=False)
    for path in extra_files:
        path = Path(path)
        _load_records(kb, _read_user_file(path), str(path), override=True)
    kb.sectors = load_sector_lexicon()
    return kb
