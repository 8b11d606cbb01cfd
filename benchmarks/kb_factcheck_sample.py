"""A fixed random sample of people-KB roles written from memory, to fact-check by hand.

Reads ``people.yaml`` and ``SOURCES.md`` (both in ``src/dateline/actors/data``). A role counts as
already checked, and is left out, when its person's name or id appears in a ``SOURCES.md`` bullet
that carries a URL (a bullet is a line starting with "- " and the indented lines after it). The
remaining roles are split into two strata:

* ``current``: roles still open (end null) or that began in 2015 or later, which matter most for
  current news;
* ``older``: every other role.

With ``--by-role`` a role counts as checked only when a sourced bullet names its person *and* the
year its role began or ended (the bullets give the dates they confirm). Without it, naming the person
anywhere hides all of that person's roles, even ones no bullet speaks of (the caveat found in session
11); the person-level count is kept as the default so earlier figures stay comparable.

``--per-stratum`` roles are drawn from each with ``random.Random(--seed)`` (sorted input, so the draw
is the same on every machine). Prints one tab-separated line per role: stratum, person id, name,
code, start, end, title. The checks themselves are done with the search tool and recorded in
SOURCES.md ("v4 check, session 9 (kb-check9)"); the error rate goes to docs/benchmarks.md.

Example:
    PYTHONPATH=src python benchmarks/kb_factcheck_sample.py                  # 30 + 30, seed 9
    PYTHONPATH=src python benchmarks/kb_factcheck_sample.py --per-stratum 10 --seed 1
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from pathlib import Path

from dateline.data_files import parse_yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "dateline" / "actors" / "data"
RECENT_START = "2015-01-01"


def fold(text: str) -> str:
    """Lower case without accents, so "Kariņš" in SOURCES.md matches "Karins"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def sourced_bullets(sources_text: str) -> list[str]:
    """The folded text of every SOURCES.md bullet that names a URL."""
    bullets, current = [], []
    for line in sources_text.splitlines():
        if line.startswith("- ") or not line.startswith(" "):
            if current:
                bullets.append(" ".join(current))
            current = [line] if line.startswith("- ") else []
        else:
            current.append(line)
    if current:
        bullets.append(" ".join(current))
    return [fold(b) for b in bullets if re.search(r"https?://", b)]


def person_bullets(person: dict, bullets: list[str]) -> list[str]:
    """The sourced bullets that name ``person`` (by name or by id with spaces)."""
    keys = {fold(person["name"]), fold(person["id"]).replace("-", " ")}
    return [bullet for bullet in bullets if any(key in bullet for key in keys)]


def is_sourced(person: dict, bullets: list[str]) -> bool:
    return bool(person_bullets(person, bullets))


def role_is_sourced(start: object, end: object, named_in: list[str]) -> bool:
    """A bullet naming the person also names the year the role began or ended."""
    years = {str(day)[:4] for day in (start, end) if day is not None}
    return any(re.search(rf"\b{year}\b", bullet) for bullet in named_in for year in years)


def unchecked_roles(people: list[dict], bullets: list[str], *, by_role: bool = False) -> list[tuple]:
    rows = []
    for person in people:
        named_in = person_bullets(person, bullets)
        if named_in and not by_role:
            continue
        for code, start, end, *title in person.get("roles") or []:
            if by_role and role_is_sourced(start, end, named_in):
                continue
            rows.append((person["id"], person["name"], code, str(start), "null" if end is None else str(end),
                         " ".join(str(t) for t in title)))
    return sorted(rows)


def stratum(row: tuple) -> str:
    return "current" if row[4] == "null" or row[3] >= RECENT_START else "older"


def draw(rows: list[tuple], per_stratum: int, seed: int) -> list[tuple]:
    rng = random.Random(seed)
    sample = []
    for name in ("current", "older"):
        group = [row for row in rows if stratum(row) == name]
        sample += [(name, *row) for row in rng.sample(group, min(per_stratum, len(group)))]
    return sample


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=Path, default=DATA / "people.yaml")
    parser.add_argument("--sources", type=Path, default=DATA / "SOURCES.md")
    parser.add_argument("--per-stratum", type=int, default=30)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--by-role", action="store_true",
                        help="a role is checked only when a sourced bullet names its person and its start or end year")
    args = parser.parse_args(argv)
    people = parse_yaml(args.people.read_text(encoding="utf-8"))
    bullets = sourced_bullets(args.sources.read_text(encoding="utf-8"))
    rows = unchecked_roles(people, bullets, by_role=args.by_role)
    counts = {name: sum(stratum(r) == name for r in rows) for name in ("current", "older")}
    level = "role" if args.by_role else "person"
    print(f"# {len(rows)} unchecked roles ({level} level; current {counts['current']}, older {counts['older']}); seed {args.seed}")
    for row in draw(rows, args.per_stratum, args.seed):
        print("\t".join(row))


if __name__ == "__main__":
    main()
