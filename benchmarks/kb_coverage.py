"""How much of 2000-2026 the people knowledge base covers, per scope country and kind of office.

For each scope country (below, with the reason it is in scope) and each of four kinds of office (head
of state, head of government, foreign minister, defence minister), the share of days from 2000-01-01 to
2026-11-30 on which some role in ``people.yaml`` holds that office, and the gaps (country, kind, from,
to). A role counts for the country of its code (``USAGOV`` -> USA) and only in the GOV or MIL sector;
the kind is read from the role's title text (``KIND_WORDS``). Titles that name several offices with
years ("prime minister 2003-2014, president since 2014-08-28") are read segment by segment: a segment's
"YYYY-YYYY", "DATE to DATE", "since/from DATE" or lone year limits that office to those dates (a year
alone stands for the whole year, so such boundaries may be generous by up to a year). Where one office
is both head of state and of government (``HEAD_OF_STATE_GOVERNS``), it counts for both.

Offices that did not exist by law (Panama's defence ministry, the Palestinian Authority's, Myanmar's
prime minister 2011-2021 ...) are listed with a source in ``kb_office_exemptions.tsv`` beside this
script: their days are not gaps and are left out of the measure (a country-office wholly exempt drops
out of the averages). ``--no-exemptions`` counts them as gaps, the measure used before session 10.

Example:
    PYTHONPATH=src python benchmarks/kb_coverage.py            # markdown table, total, gaps
    PYTHONPATH=src python benchmarks/kb_coverage.py --gaps 40  # only the 40 longest gaps
    PYTHONPATH=src python benchmarks/kb_coverage.py --people /tmp/old/src/dateline/actors/data/people.yaml
    PYTHONPATH=src python benchmarks/kb_coverage.py --no-exemptions   # offices that did not exist count as gaps
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from dateline.data_files import parse_yaml, read_data_text

EXEMPTIONS = Path(__file__).with_name("kb_office_exemptions.tsv")
FIRST_DAY = dt.date(2000, 1, 1)
END = dt.date(2026, 12, 1)  # exclusive: the measure runs to 2026-11-30

# G20 member states (the EU and the AU are organisations, not counted here).
G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
       "SAU", "ZAF", "TUR", "GBR", "USA"]
# UN Security Council: the five permanent members and the elected members of 2024, 2025 and 2026
# (2026-27 members elected 2025-06-03: https://www.anews.com.tr/world/2025/06/03/un-general-assembly-elects-5-non-permanent-members-to-security-council).
UNSC = ["CHN", "FRA", "RUS", "GBR", "USA",
        "DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE",  # 2024 (and 2025 for some)
        "DNK", "GRC", "PAK", "PAN", "SOM",  # 2025-2026
        "BHR", "COL", "COD", "LVA", "LBR"]  # 2026-2027
# 30 countries most present in conflict news. Ranks 1-10 (extreme), 13, 16, 19 and 22 of the ACLED
# Conflict Index of July 2023 (https://www.narinjara.com/international/detail/65150c39f7084733b2179891),
# Palestine, Haiti and Sudan (moved to "extreme" in the January 2024 index:
# https://newssummedup.com/summary/Conflict-Index-zi6han), Cameroon and Lebanon (named in the December
# 2024 index: https://acleddata.com/conflict-index/index-december-2024), and our own choice of the
# other wars that dominated 2000-2026 news (Israel, Iran, Somalia, South Sudan, Ethiopia, Mali, Burkina
# Faso, Niger, Libya, Philippines, Central African Republic): the full ACLED table was not available to us.
CONFLICT = ["MMR", "SYR", "MEX", "UKR", "NGA", "BRA", "YEM", "IRQ", "COD", "COL",
            "AFG", "IND", "PAK", "BGD", "PSE", "HTI", "SDN", "CMR", "LBN",
            "ISR", "IRN", "SOM", "SSD", "ETH", "MLI", "BFA", "NER", "LBY", "PHL", "CAF"]
SCOPE = list(dict.fromkeys(G20 + UNSC + CONFLICT))
GROUPS = {"G20": G20, "UN Security Council 2024-2026": UNSC, "conflict countries": CONFLICT}

KINDS = ("head of state", "head of government", "foreign minister", "defence minister")
KIND_WORDS = {
    "head of state": r"president|king|queen|monarch|emperor|emir|sultan|(?:supreme |de facto )?leader|"
                     r"junta (?:leader|chairman)|head of state|head of the sovereignty council|"
                     r"head of the presidential council|chairman of the presidential leadership council|"
                     r"transitional military council head|head of the supreme council of the armed forces",
    "head of government": r"prime minister|pm|premier|chancellor|taoiseach|head of government(?! of)|"
                          r"chief adviser of the interim government|head of the government of national accord|"
                          r"chief executive",
    "foreign minister": r"foreign (?:and defence )?minister|foreign secretary|foreign affairs minister|"
                        r"minister (?:of|for|responsible for) foreign affairs|external affairs minister|"
                        r"secretary of state(?! for)",
    "defence minister": r"defen[cs]e minister|minister of (?:national )?defen[cs]e|secretary of defense|"
                        r"defen[cs]e secretary|armed forces minister|minister of (?:the )?armed forces|"
                        r"secretary of state for defence",
}
# A title word preceded by these is someone else's office ("vice president", "adviser to the president").
NOT_THE_OFFICE = re.compile(r"(?:vice|deputy|first deputy|to|of the|region|bank|presidential)[ -]$")
# Segments about an aide or envoy, not an office holder.
AIDE = re.compile(r"adviser|aide|spokes|envoy|ambassador|office of the president")
# Chancellor is head of government only here (the UK's is the finance minister); chief executive only
# where it was a national head of government.
ONLY_IN = {"chancellor": {"DEU", "AUT"}, "chief executive": {"AFG", "PAK"}}
# Countries whose head of state also heads the government, from the date given (Turkey since the
# presidential system of 2018-07-09; Switzerland's Federal Council is both, and the KB holds its
# president of the year). Iran's president heads the government only (the supreme leader
# is head of state): PRESIDENT_HEADS_GOVERNMENT_ONLY.
HEAD_OF_STATE_GOVERNS = {c: "0000-00-00" for c in (
    "USA", "BRA", "ARG", "MEX", "IDN", "ZAF", "KOR", "NGA", "COL", "PHL", "AFG", "ECU", "PAN", "GUY", "LBR",
    "SLE", "MOZ", "CYP", "SAU", "SSD", "CHE")} | {"TUR": "2018-07-09"}
PRESIDENT_HEADS_GOVERNMENT_ONLY = {"IRN"}
# Realms whose monarch is the British one.
MONARCH_OF = {"CAN": "GBR", "AUS": "GBR"}

DATE = r"\d{4}(?:-\d{2}-\d{2})?"
RANGE = re.compile(rf"({DATE})(?:\s*-\s*|\s+to\s+)({DATE})")
SINCE = re.compile(rf"(?:since|from)\s+({DATE})")
YEAR = re.compile(r"\b(\d{4})\b")


def _day(text: str, end: bool = False) -> dt.date:
    """A date or a year; a year that ends a span stands for the whole year."""
    if len(text) == 4:
        return dt.date(int(text) + 1, 1, 1) if end else dt.date(int(text), 1, 1)
    return dt.date.fromisoformat(text)


def _windows(segment: str, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The dates a title segment limits its office to, within the role's [start, end)."""
    spans = [(_day(a), _day(b, end=True)) for a, b in RANGE.findall(segment)]
    rest = RANGE.sub(" ", segment)
    spans += [(_day(a), end) for a in SINCE.findall(rest)]
    rest = SINCE.sub(" ", rest)
    spans += [(_day(y), _day(y, end=True)) for y in YEAR.findall(rest)]
    if not spans:
        spans = [(start, end)]
    return [(max(a, start), min(b, end)) for a, b in spans if max(a, start) < min(b, end)]


def _kinds(segment: str, country: str) -> set[str]:
    found = set()
    for kind, words in KIND_WORDS.items():
        for match in re.finditer(rf"\b(?:{words})\b", segment):
            word = match.group(0)
            if NOT_THE_OFFICE.search(segment[:match.start()]):
                continue
            if word in ONLY_IN and country not in ONLY_IN[word]:
                continue
            found.add(kind)
    if "head of state" in found and country in PRESIDENT_HEADS_GOVERNMENT_ONLY and "president" in segment:
        found = (found - {"head of state"}) | {"head of government"}
    return found


def office_spans(people: list[dict]) -> dict[tuple[str, str], list[tuple[dt.date, dt.date]]]:
    """(country, kind) -> the date spans some role holds that office."""
    spans: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = {}
    for person in people:
        for code, start, end, *title in person["roles"]:
            country, sector = code[:3], code[3:6]
            if sector not in ("GOV", "MIL") or start is None:
                continue
            start = _day(str(start))
            end = _day(str(end)) if end is not None else END
            text = ", ".join(str(t) for t in title).lower()
            for segment in re.split(r"[,;()]| then ", text):
                if AIDE.search(segment):
                    continue
                for kind in _kinds(segment, country):
                    for a, b in _windows(segment, start, end):
                        spans.setdefault((country, kind), []).append((a, b))
                        since = HEAD_OF_STATE_GOVERNS.get(country)
                        if kind == "head of state" and since is not None:
                            a2 = max(a, dt.date.fromisoformat(since) if since[0] != "0" else a)
                            if a2 < b:
                                spans.setdefault((country, "head of government"), []).append((a2, b))
                        if kind == "head of state":
                            for realm, monarch in MONARCH_OF.items():
                                if monarch == country and re.search(r"monarch|king|queen", segment):
                                    spans.setdefault((realm, kind), []).append((a, b))
    return spans


def gaps(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """The [from, to) stretches of FIRST_DAY..END that no span covers."""
    out, cursor = [], FIRST_DAY
    for a, b in sorted(spans):
        if a > cursor:
            out.append((cursor, min(a, END)))
        cursor = max(cursor, b)
        if cursor >= END:
            break
    if cursor < END:
        out.append((cursor, END))
    return [(a, b) for a, b in out if a < b]


Spans = dict[tuple[str, str], list[tuple[dt.date, dt.date]]]


def read_exemptions(path: Path = EXEMPTIONS) -> Spans:
    """(country, kind) -> the [from, to) spans in which that office had no holder by law."""
    out: Spans = {}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    for country, kind, start, end, *_ in rows[1:]:  # the first row names the columns
        if kind not in KINDS:
            raise ValueError(f"{path.name}: unknown office {kind!r} (one of {', '.join(KINDS)})")
        a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end) + dt.timedelta(days=1)
        out.setdefault((country, kind), []).append((max(a, FIRST_DAY), min(b, END)))
    return out


def _minus(holes: list[tuple[dt.date, dt.date]], cut: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """The parts of the [from, to) holes outside every [from, to) span of cut."""
    for c0, c1 in cut:
        holes = [piece for a, b in holes for piece in ((a, min(b, c0)), (max(a, c1), b)) if piece[0] < piece[1]]
    return holes


def coverage(people: list[dict], scope: list[str] = SCOPE, exempt: Spans | None = None) -> Spans:
    """(country, kind) -> gaps, for every scope country and kind; exempt days are not gaps."""
    spans = office_spans(people)
    exempt = exempt or {}
    return {(c, k): _minus(gaps(spans.get((c, k), [])), exempt.get((c, k), [])) for c in scope for k in KINDS}


def _days(spans: list[tuple[dt.date, dt.date]]) -> int:
    """Days of FIRST_DAY..END in the union of [from, to) spans."""
    if not spans:
        return 0
    return (END - FIRST_DAY).days - sum((b - a).days for a, b in gaps(spans))


def report(result: Spans, max_gaps: int | None = None, exempt: Spans | None = None) -> str:
    """Markdown: per-country shares, totals per kind and group, the gaps longest first. Exempt days
    (offices that did not exist) are left out of each cell's days; a wholly exempt cell shows n/a."""
    total_days = (END - FIRST_DAY).days
    exempt = exempt or {}
    lines = ["| country | " + " | ".join(KINDS) + " |", "|---|" + "---:|" * len(KINDS)]
    share: dict[tuple[str, str], float | None] = {}
    for (country, kind), holes in result.items():
        days = total_days - _days(exempt.get((country, kind), []))
        share[country, kind] = 1 - sum((b - a).days for a, b in holes) / days if days else None
    cells = {key: v for key, v in share.items() if v is not None}

    def mean(values: list[float]) -> float:
        return sum(values) / len(values)

    for country in dict.fromkeys(c for c, _ in result):
        lines.append(f"| {country} | " + " | ".join(
            "n/a" if share[country, k] is None else f"{share[country, k]:.0%}" for k in KINDS) + " |")
    per_kind = {k: [v for (_, kk), v in cells.items() if kk == k] for k in KINDS}
    lines.append("| **all** | " + " | ".join(f"**{mean(per_kind[k]):.1%}**" if per_kind[k] else "n/a" for k in KINDS) + " |")
    countries = len({c for c, _ in share})
    lines += ["", f"Total: {mean(list(cells.values())):.1%} of country-office-days covered ({countries} countries x "
              f"{len(KINDS)} offices, {FIRST_DAY} to {END - dt.timedelta(days=1)}"
              + (f"; {len(share) - len(cells)} country-offices wholly and "
                 f"{sum(1 for key in exempt if key in cells)} partly exempt as offices that did not exist"
                 if exempt else "") + ")", ""]
    for group, members in GROUPS.items():
        values = [v for (c, _), v in cells.items() if c in members]
        if values:
            lines.append(f"- {group} ({len(set(members) & {c for c, _ in share})} countries): {mean(values):.1%}")
    lines.append("")
    holes = sorted(((c, k, a, b) for (c, k), hs in result.items() for a, b in hs), key=lambda g: g[2] - g[3])
    lines += [f"Gaps ({len(holes)}, longest first):", "", "| country | office | from | to | days |", "|---|---|---|---|---:|"]
    for c, k, a, b in holes[:max_gaps]:
        lines.append(f"| {c} | {k} | {a} | {b - dt.timedelta(days=1)} | {(b - a).days} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=Path, help="a people.yaml to measure (default: the installed one)")
    parser.add_argument("--gaps", type=int, default=None, help="list only the N longest gaps")
    parser.add_argument("--no-exemptions", action="store_true",
                        help=f"count offices that did not exist ({EXEMPTIONS.name}) as gaps")
    args = parser.parse_args()
    text = args.people.read_text(encoding="utf-8") if args.people else read_data_text("dateline.actors.data", "people.yaml")
    exempt = {} if args.no_exemptions else read_exemptions()
    print(report(coverage(parse_yaml(text), exempt=exempt), args.gaps, exempt))


if __name__ == "__main__":
    main()
