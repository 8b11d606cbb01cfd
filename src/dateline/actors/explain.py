"""Asking the knowledge base about one name or one country: ``lookup_actor`` and ``list_actors``.

``lookup_actor`` answers "what code does this name get on this date, and why": which KB entry, which
alias matched after folding, which role held on the date (or that the person was out of office and
gets the elite/former code), or the country, capital, demonym or nominal reading of the name. It
looks at the name alone; in an article the actors stage also uses the context (titles,
appositives, earlier mentions), so a name unknown here may still be coded there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.actors.codes import join_code
from dateline.actors.folding import fold_words
from dateline.actors.kb import Entry, KnowledgeBase, Role, by_date, load_knowledge_base
from dateline.errors import UsageError
from dateline.ingest.reader import check_run_date
from dateline.model import Actor

ENTRY_TYPES = ("person", "organization", "group", "country")


@dataclass
class Candidate:
    """One KB entry the name points to, and how it reads on the date."""

    kb_id: str
    name: str
    type: str
    alias: str  # the entry's name or alias that matched the query after folding
    origin: str  # "shipped" or the user file it came from
    valid: bool  # the entry exists on the date (organisations with start/end)
    code: str | None
    role: Role | None = None  # the person's role on the date

    def to_dict(self) -> dict[str, Any]:
        role = None if self.role is None else {"code": self.role.code, "start": self.role.start,
                                               "end": self.role.end, "title": self.role.title}
        return {"kb_id": self.kb_id, "name": self.name, "type": self.type, "alias": self.alias,
                "origin": self.origin, "valid": self.valid, "code": self.code, "role": role}


@dataclass
class ActorLookup:
    """The answer of ``lookup_actor``: the actor (None if the name means nothing alone) and why."""

    query: str
    date: str
    folded: str
    match: str  # entry | metonym | demonym | nominal | none
    actor: Actor | None
    why: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def code(self) -> str | None:
        return self.actor.code if self.actor else None

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "date": self.date, "folded": self.folded, "match": self.match,
                "code": self.code, "actor": self.actor.to_dict() if self.actor else None,
                "why": self.why, "candidates": [c.to_dict() for c in self.candidates]}


def _kb(kb: KnowledgeBase | None, actor_files: Iterable[str | Path]) -> KnowledgeBase:
    return kb if kb is not None else load_knowledge_base(tuple(actor_files))


def _words(name: str) -> tuple[str, ...]:
    words = fold_words(name)
    return words[1:] if len(words) > 1 and words[0] == "the" else words


def _matched_alias(entry: Entry, words: tuple[str, ...]) -> str:
    for alias in (entry.name, *entry.aliases):
        if _words(alias) == words:
            return alias
    return entry.name


def _role_on(entry: Entry, date: str) -> Role | None:
    current = [r for r in entry.roles if r.holds_on(date)]
    return max(current, key=lambda r: r.start or "") if current else None


def _span(role: Role) -> str:
    return f"{role.start or '...'} to {role.end or 'now'}"


def _entry_reading(kb: KnowledgeBase, words: tuple[str, ...], date: str) -> ActorLookup | None:
    refs = [r for r in kb.index.get(words, ()) if r.kind == "entry"]
    if not refs:
        return None
    candidates = []
    # The resolver's order: valid entries by fit for the date (a shared family name is the person in
    # office then, else the one who left office last), then those not valid on the date.
    entries = [kb.entries[ref.key] for ref in refs]
    entries = by_date([e for e in entries if e.valid_on(date)], date) + [e for e in entries if not e.valid_on(date)]
    for entry in entries:
        valid = entry.valid_on(date)
        role = _role_on(entry, date) if entry.type == "person" else None
        candidates.append(Candidate(entry.kb_id, entry.name, entry.type, _matched_alias(entry, words), entry.origin,
                                    valid, entry.actor_on(date).code if valid else None, role))
    chosen = next((c for c in candidates if c.valid), None)
    out = ActorLookup("", date, " ".join(words), "entry", None, candidates=candidates)
    if chosen is None:
        spans = "; ".join(f"{c.kb_id} valid {kb.entries[c.kb_id].start or '...'} to {kb.entries[c.kb_id].end or 'now'}"
                          for c in candidates)
        out.match, out.why = "none", [f"'{out.folded}' names KB entries that do not exist on {date}: {spans}"]
        return out
    entry = kb.entries[chosen.kb_id]
    out.actor = entry.actor_on(date)
    origin = "shipped KB" if entry.origin == "shipped" else f"user dictionary {entry.origin}"
    out.why.append(f"alias '{chosen.alias}' of {entry.type} '{entry.name}' (id {entry.kb_id}, {origin}) "
                   f"matched the folded name '{out.folded}'")
    if entry.type == "person":
        if chosen.role is not None:
            out.why.append(f"role {chosen.role.code} ({chosen.role.title or 'no title'}) held {_span(chosen.role)}, "
                           f"which includes {date}")
        else:
            past = [r for r in entry.roles if r.end is not None and r.end <= date]
            if past:
                last = max(past, key=lambda r: r.end or "")
                out.why.append(f"out of office on {date}: last role {last.code} ({last.title or 'no title'}) "
                               f"ended {last.end}, so the elite/former code {out.actor.code}")
            else:
                out.why.append(f"no role held on {date} (first role starts later or none recorded), so the "
                               f"elite code {out.actor.code}")
    elif entry.type == "country":
        out.why.append(f"country name, code {out.actor.code}")
    else:
        span = "" if entry.start is None and entry.end is None else f", valid {entry.start or '...'} to {entry.end or 'now'}"
        out.why.append(f"{entry.type} code {out.actor.code}{span}")
    others = [c for c in candidates if c.kb_id != chosen.kb_id]
    if others:
        out.why.append("other readings not chosen: " + ", ".join(
            f"{c.kb_id} ({c.type}{'' if c.valid else ', not valid on the date'})" for c in others))
        if entry.type == "person" and any(kb.entries[c.kb_id].type == "person" for c in others):
            out.why.append(f"of the people named '{out.folded}', the one holding a role on {date} is chosen, "
                           "else the one who left office last")
    return out


def _place_reading(kb: KnowledgeBase, words: tuple[str, ...], date: str) -> ActorLookup | None:
    refs = kb.index.get(words, ())
    folded = " ".join(words)
    for ref in refs:
        if ref.kind == "metonym":
            met = kb.metonyms[ref.key]
            kind = "seat of power" if met.seat else "capital"
            note = "" if met.seat else " (in an article, only when it is the one acting or speaking)"
            return ActorLookup("", date, folded, "metonym", met.actor(),
                               [f"'{met.name}' is a {kind} of {kb.country_names.get(met.country, met.country)}, "
                                f"standing for {met.actor().code}{note}"])
    for ref in refs:
        if ref.kind == "demonym":
            country = ref.key
            actor = Actor(folded, f"country:{country}", country, country, None, "country",
                          f"demonym of {country}")
            return ActorLookup("", date, folded, "demonym", actor,
                               [f"'{folded}' is a demonym/adjective of {kb.country_names.get(country, country)} "
                                f"({country}); alone it gives the country code"])
    return None


def _country_prefix(kb: KnowledgeBase, words: tuple[str, ...]) -> tuple[str, int] | None:
    """The country named by the longest leading words ("syrian", "united states"), and how many."""
    for size in range(min(len(words) - 1, 4), 0, -1):
        for ref in kb.index.get(words[:size], ()):
            if ref.kind == "demonym":
                return ref.key, size
            if ref.kind == "entry" and kb.entries[ref.key].type == "country":
                return kb.entries[ref.key].country or "", size
    return None


def _nominal_reading(kb: KnowledgeBase, words: tuple[str, ...], date: str) -> ActorLookup | None:
    lex = kb.sectors
    if lex is None or not words:
        return None
    prefix = _country_prefix(kb, words)
    country, rest = (prefix[0], words[prefix[1]:]) if prefix else (None, words)
    folded = " ".join(words)
    for kind, hit in (("noun", lex.noun_sector(rest)), ("title", lex.title_sector(rest))):
        if hit is None or hit[1] != len(rest):
            continue
        sector = hit[0]
        code = join_code(country, sector)
        reason = f"{kind} '{' '.join(rest)}' carries sector {sector}"
        why = [reason]
        if country:
            why.append(f"'{' '.join(words[:prefix[1]])}' gives the country {country}")  # type: ignore[index]
        else:
            why.append("no country in the name; in an article the country comes from the modifiers or the document")
        actor = Actor(folded, None, code, country, sector, "nominal", "; ".join(why))
        return ActorLookup("", date, folded, "nominal", actor, why)
    return None


def lookup_actor(name: str, date: str, *, kb: KnowledgeBase | None = None,
                 actor_files: Iterable[str | Path] = ()) -> ActorLookup:
    """The code ``name`` gets on ``date`` (YYYY-MM-DD) from the name alone, with the reasons.

    Order: KB entries (people, organisations, groups, countries; user dictionaries first), then
    capitals/seats of power and demonyms, then nominal actors ("Syrian rebels", "police").
    Raises UsageError E302 for a bad date.
    """
    date = check_run_date(date)
    base = _kb(kb, actor_files)
    words = _words(name)
    for reading in (_entry_reading, _place_reading, _nominal_reading):
        found = reading(base, words, date)
        if found is not None:
            found.query = name
            return found
    return ActorLookup(name, date, " ".join(words), "none", None,
                       [f"'{' '.join(words)}' is not a KB name, capital, demonym or sector noun; in an article, "
                        "titles and context may still give it a code"])


@dataclass
class ActorListing:
    """One KB entry of ``list_actors``: its code on the date (or every role) in one row."""

    kb_id: str
    name: str
    type: str
    country: str | None
    code: str | None  # on the date; for a person without date, the latest role's code
    roles: list[dict[str, Any]]
    aliases: list[str]
    origin: str

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


def _belongs_to(entry: Entry, country: str) -> bool:
    return entry.country == country or any(r.code.startswith(country) for r in entry.roles)


def list_actors(country: str, *, kind: str | None = None, date: str | None = None,
                kb: KnowledgeBase | None = None, actor_files: Iterable[str | Path] = ()) -> list[ActorListing]:
    """KB entries of ``country`` (ISO alpha-3), optionally of one ``kind`` (entry type) and in office/valid on ``date``.

    With a date, people are listed only while they hold a role for that country on the date, and
    organisations only while they exist; without one, every entry, people with all their roles.
    Raises UsageError E309 for an unknown country code and E302 for a bad date.
    """
    base = _kb(kb, actor_files)
    country = country.strip().upper()
    if country not in base.country_names and f"country:{country}" not in base.entries:
        raise UsageError("E309", value=country)
    if kind is not None and kind not in ENTRY_TYPES:
        raise UsageError("E303", value=kind, choices=", ".join(ENTRY_TYPES))
    date = check_run_date(date) if date else None
    rows = []
    for entry in base.entries.values():
        if not _belongs_to(entry, country) or (kind and entry.type != kind):
            continue
        if date is not None:
            if entry.type == "person":
                role = _role_on(entry, date)
                if role is None or not role.code.startswith(country):
                    continue
            elif not entry.valid_on(date):
                continue
            code = entry.actor_on(date).code
        elif entry.type == "person":
            code = max(entry.roles, key=lambda r: r.start or "").code if entry.roles else join_code(entry.country, "ELI")
        else:
            code = entry.code
        roles = [{"code": r.code, "start": r.start, "end": r.end, "title": r.title} for r in entry.roles]
        rows.append(ActorListing(entry.kb_id, entry.name, entry.type, entry.country, code, roles,
                                 list(entry.aliases), entry.origin))
    order = {t: i for i, t in enumerate(("country", "person", "organization", "group"))}
    rows.sort(key=lambda r: (order.get(r.type, 9), r.name.lower()))
    return rows
