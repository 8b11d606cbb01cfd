"""The time-expression grammar: regular expressions built from the lexicon, one normaliser each.

Each rule turns a match into (TIMEX3 type, TimeML value) against the anchor date (the document
creation time), using the tense of the governing verb where the text leaves the direction open.
Rules are compiled once, when the grammar is first built; overlaps are settled by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateline.temporal import calendar_math as cal
from dateline.temporal.anchoring import FISCAL_QUARTER
from dateline.temporal.lexicon import Lexicon, load_lexicon
from dateline.temporal.recurrence import recurring_part_of_day

Normalised = tuple[str, str] | None  # (type, value) or None to reject the match
# Value prefix for expressions relative to the previous time in the text: "@kind|years|fallback".
ANAPHOR = "@"
RATE_BEFORE = re.compile(
    r"(?i)(?:\d%?|cents|dollars|million|billion|percent|shares?|times|hours|miles"
    r"|\b(?!(?:was|has|is|as|its|this|thus|plus|does|less|across|perhaps|always)\s)[a-z]{3,}s)\s+$"
)  # "$5 a year", "four flights a week", "700 seats a week": a rate, not a duration


@dataclass
class Context:
    anchor: date
    direction: Callable[[int, int], int]  # tense of the clause around [start, end)
    is_plural_count: Callable[[int, int], bool]  # "2000 people": a number, not a year
    is_adjective: Callable[[int], bool] = lambda start: False  # the token at start modifies a noun
    is_noun: Callable[[int], bool] = lambda start: False  # the token at start is a noun in a noun's role
    tense: Callable[[int, int], str | None] = lambda start, end: None  # past/future/present/None
    in_noun_phrase: Callable[[int], bool] = lambda start: False  # the token at start belongs to a noun's phrase
    past_perfect: Callable[[int, int], bool] = lambda start, end: False  # "had called": a past before the past


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Callable[[re.Match[str], Context], Normalised]
    # A cheap regex for a word every match contains (run on the lower-cased text when
    # ``cue_lower``): the full pattern only runs in windows around cue hits. Most rules start
    # with optional modifiers, which Python's re cannot skip quickly over a whole article.
    cue: re.Pattern[str] | None = None
    cue_lower: bool = True


def _alt(words: list[str]) -> str:
    """Regex alternation, longest first so "Sept" wins over "Sep"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


class Grammar:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        month_full = list(lex.month_names)
        month_abbr = [s for s in lex.months if s not in month_full]
        wd_full = [s for s in lex.weekdays if s.endswith("day")]
        self.MONTH_FULL = f"(?:{_alt([_cap(s) for s in month_full])})"
        self.MONTH_ANY = rf"(?:{_alt([_cap(s) for s in month_full])}|(?:{_alt([_cap(s) for s in month_abbr])})\.?)"
        self.MONTH_UP = rf"(?:{_alt([s.upper() for s in month_full + month_abbr])})\.?"
        self.WEEKDAY = f"(?:{_alt([_cap(s) for s in wd_full])})"
        # the rest of "Monday and Tuesday nights" after "Monday": the plural part of day both share
        self.WEEKDAY_AND_PARTS = re.compile(rf"\s+(?:and|or|&)\s+{self.WEEKDAY}\s+(?P<pod>(?i:morning|afternoon|evening|night))s\b")
        number_words = [w for w in lex.numbers]
        tens = [w for w, v in lex.numbers.items() if v.isdigit() and int(v) >= 20 and int(v) % 10 == 0 and int(v) < 100]
        units_digits = [w for w, v in lex.numbers.items() if v.isdigit() and 1 <= int(v) <= 9 and w not in ("a", "an")]
        self.NUM = (
            rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:(?:{_alt(tens)})[\s-](?:{_alt(units_digits)}))|(?i:{_alt(number_words)}))"
        )
        teens = [w for w, v in lex.numbers.items() if v.isdigit() and 10 <= int(v) <= 19]
        two_digits = rf"(?:(?:{_alt(tens)})(?:[\s-](?:{_alt(units_digits)}))?|{_alt(teens)})"
        # Years as spoken in broadcast transcripts: "nineteen ninety-six", "two thousand and one".
        self.SPELLED_YEAR = (
            rf"(?i:(?:(?:eighteen|nineteen|twenty)[\s-]{two_digits})"
            rf"|two thousand(?:(?:\s+and)?\s+(?:{_alt(teens)}|{_alt(units_digits)})\b(?!\s+hundred)|(?<=year two thousand)))"
        )
        unit_words = list(lex.units)
        self.UNIT = rf"(?i:{_alt(unit_words)})"
        # spelled ordinals of a day, "eighth", "twenty-first" (not digits: rules mdy/dmy have those)
        self.ORDINAL_WORDS = _alt([w.replace("-", " ") for w in lex.ordinals if w.isalpha() or "-" in w]).replace(r"\ ", r"[\s-]")
        self.rules: list[Rule] = self._build()

    # ---- number and unit helpers -------------------------------------------------------------
    def number(self, text: str) -> str:
        t = text.lower().strip().replace(",", "")
        if t.replace(".", "", 1).isdigit():
            return t[:-2] if t.endswith(".0") else t
        parts = [self.lex.numbers.get(p, "X") for p in re.split(r"[\s-]+", t)]
        if len(parts) == 2 and all(p.isdigit() for p in parts) and int(parts[0]) in range(20, 100, 10) and 1 <= int(parts[1]) <= 9:
            return str(int(parts[0]) + int(parts[1]))  # "twenty-four", "twenty four"
        return self.lex.numbers.get(t, "X")

    def duration(self, num: str, unit: str) -> str | None:
        u = unit.lower().rstrip("s") if unit.lower() not in ("centuries",) else "century"
        if u not in self.lex.units:
            return None
        letter, clock = self.lex.units[u]
        if letter == "W2":  # fortnight
            return f"P{int(num) * 2}W" if num.isdigit() else "PXW"
        if letter == "Q":
            return f"P{int(num) * 3}M" if num.isdigit() else "PXM"
        if letter == "CE":
            return f"P{int(num) * 100}Y" if num.isdigit() else "PXY"
        if letter == "DE":
            return f"P{int(num) * 10}Y" if num.isdigit() else "PXY"
        return f"PT{num}{letter}" if clock else f"P{num}{letter}"

    def spelled_year(self, text: str) -> str | None:
        """ "nineteen ninety-six" -> "1996", "two thousand and one" -> "2001" (None if not a year)."""
        words = [w for w in re.split(r"[\s-]+", text.lower()) if w != "and"]
        thousand = words[:2] == ["two", "thousand"]
        values = [self.lex.numbers.get(w, "") for w in (words[2:] if thousand else words)]
        if not all(v.isdigit() for v in values):
            return None
        if thousand:
            return str(2000 + sum(int(v) for v in values))
        return f"{int(values[0]) * 100 + sum(int(v) for v in values[1:]):04d}"

    # ---- the rules -----------------------------------------------------------------------------
    def _build(self) -> list[Rule]:
        M, MF, WD, NUM, UNIT = self.MONTH_ANY, self.MONTH_FULL, self.WEEKDAY, self.NUM, self.UNIT
        POS = r"(?:'s|’s)?"
        MOD = r"(?i:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)[\s-]+)"
        hol_fixed = _alt([_cap_words(h) for h in self.lex.fixed_holidays])
        r: list[tuple[str, str, Callable[[re.Match[str], Context], Normalised]]] = [
            ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2}))?\b", self._iso),
            ("slash", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b", self._slash),
            ("mdy", rf"(?<![\w-])(?:{WD},?\s+)?(?P<mon>{M}|{self.MONTH_UP})\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?:(?i:the)\s+)?(?P<dw>(?i:{self.ORDINAL_WORDS})))\b(?:,?\s+(?P<y>\d{{4}})\b)?", self._month_day),
            ("dmy", rf"(?:\b{WD},?\s+)?\b(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?|(?i:the)\s+(?P<dw>(?i:{self.ORDINAL_WORDS}))\s+(?i:of)\s+)(?P<mon>{M})(?:,?\s+(?P<y>\d{{4}}))?\b", self._month_day),
            ("month_year", rf"(?:{MOD})?(?P<mon>{M}),?\s+(?:of\s+)?(?P<y>\d{{4}})\b", self._month_year),
            ("month", rf"(?:(?P<rel>(?i:last|next|this|coming|past|early|late|mid|the end of|the beginning of|the start of))[\s-]+)?\b(?P<mon>{MF})\b(?!\s+\d)(?:,?\s+(?P<of>(?i:(?:of\s+)?(?:this|last|next)\s+year))\b)?", self._month),
            ("decade_word", r"\b(?i:the)\s+(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b(?!\s+(?i:degrees|percent))", self._decade_word),
            ("decade", rf"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?:(?P<dec>1[0-9]\d0|20\d0)|'(?P<short>\d0))'?s\b", self._decade),
            ("fiscal_year", rf"(?i:fiscal(?:\s+year)?)\s+(?P<y>\d{{4}}|'\d\d)\b", self._fiscal),
            ("year", rf"(?:{MOD}|\b(?i:pre|post)-|(?<![\w$.,/-]))(?P<y>1[5-9]\d\d|20\d\d)(?![\w%]|[.,/-]\d|\s*(?i:percent|per cent))", self._year),
            ("weekday", rf"(?:(?P<rel>(?i:last|next|this|coming|past|early|late|early on|late on|the previous|the preceding|the following))\s+)?\b(?P<wd>{WD})(?P<pl>s)?{POS}(?:\s+(?P<pod>(?i:morning|afternoon|evening|night))(?P<pod_pl>s)?)?\b", self._weekday),
            ("relative_day", rf"(?:\b(?i:early|late|earlier|later)\s+(?=(?i:yesterday|today|tomorrow|tonight)\b))?\b(?P<w>(?i:the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|overnight)){POS}(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?", self._relative_day),
            ("part_of_day", r"\b(?P<rel>(?i:this|last|tomorrow|yesterday))\s+(?P<pod>(?i:morning|afternoon|evening|night))\b", self._part_of_day),
            ("later_part_of_day", r"\b(?i:(?:later|earlier)\s+(?:this|today|tonight))\s+(?P<pod>(?i:morning|afternoon|evening))\b", self._part_of_day),
            ("relative_unit", rf"(?:(?P<mod>(?i:early|late|earlier|later|mid|the end of|the beginning of|the start of|the middle of|the rest of))[\s-]+)?\b(?P<rel>(?i:last|next|this|coming|previous|current|past|the past|the last|the coming|the next|the previous|the current|the following|the same))\s+(?:(?P<fiscal>(?i:fiscal))\s+(?=(?i:year)))?(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter))\b", self._relative_unit),
            ("ago", rf"\b(?:(?P<mod>(?i:about|nearly|almost|some|more than|less than|over|around|roughly|just over|just under))\s+)?(?P<num>{NUM})?[\s-]*(?P<unit>{UNIT})s?\s+(?i:ago)\b", self._ago),
            ("year_earlier", rf"\b(?P<num>(?i:a|one|two|three|four|five))\s+(?P<unit>(?i:year|month|week|day))s?\s+(?i:earlier|before)\b", self._ago),
            ("duration", rf"(?:(?P<pre>(?i:the\s+(?:past|last|next|first|previous|coming|following|final|latest|year-earlier|year-ago)|past|next|first|previous|coming|following|the|about|nearly|almost|some|more than|less than|at least|roughly|around|up to|just over|just under))\s+)?\b(?P<num>{NUM})(?P<half>\s+1/2|\s+and\s+a\s+half)?(?:\s+|-)(?:(?i:more|additional|further|straight|consecutive|trading|business|working)\s+)?(?P<unit>{UNIT})s?\b(?P<half_after>\s+(?i:and\s+a\s+half)\b)?(?:[\s-]+(?P<tail>(?i:old|long)))?", self._duration),
            ("plural_units", r"(?:(?P<pre>(?i:the past|the last|the next|the coming|the|recent|several|many|a few|few|coming|future))\s+)?\b(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries))\b(?:\s+(?P<ahead>(?i:ahead))\b(?!\s+(?i:of)\b))?", self._plural_units),
            ("quarter", rf"(?:(?P<the>(?i:the|this year's|last year's|next year's))\s+)?(?:(?P<y0>(?:19|20)\d\d)\s+)?(?:(?P<fiscal>(?i:fiscal))\s+)?(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|latest|current|previous|next|year-earlier|year-ago|same|corresponding|comparable))[\s-]+)?(?P<q>(?i:quarter))\b(?:\s+(?i:of)\s+(?P<y>\d{{4}})|\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier)|(?:of\s+)?(?:last|the\s+(?:previous|prior))\s+year))\b)?", self._quarter),
            ("year_earlier_adj", r"(?:(?i:the)\s+)?\b(?i:year-(?:earlier|ago))(?:\s+(?P<noun>(?:(?P<ord>(?i:first|second|third|fourth))[\s-]+)?(?i:period|quarter|level|figure)))?\b", self._year_earlier_adj),
            ("half", rf"(?:(?i:the)\s+)?(?P<h>(?i:first|second|last))[\s-]+(?i:half)\b(?:\s+(?i:of)\s+(?:(?P<y>\d{{4}})\b|(?i:the)\s+(?:(?P<dec>1[0-9]\d0|20\d0)|'(?P<short>\d0))'?s\b))?", self._half),
            ("season", rf"(?:(?P<rel>(?i:this past|last|next|this|early|late|the))\s+)?\b(?P<s>(?i:spring|summer|fall|autumn|winter))\b(?:\s+(?:of\s+)?(?P<y>\d{{4}}))?", self._season),
            ("clock", rf"\b(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?\s*(?P<ampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b|o'clock)(?:\s+(?P<tz>[A-Z]{{2,3}}T|GMT|UTC))?(?:,?\s+(?:on\s+)?(?:(?P<wd>{WD})|(?P<mon>{M})\s+(?P<d>\d{{1,2}})\b(?!,?\s+\d{{4}})))?", self._clock),
            ("clock24", r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s+(?P<tz>GMT|UTC|[A-Z]{2,3}T))\b", self._clock),
            ("noon", rf"\b(?P<w>(?i:noon|midday|midnight))\b(?:,?\s+(?:on\s+)?(?P<wd>{WD})\b)?", self._noon),
            ("set_every", rf"\b(?i:every|each)\s+(?:(?P<num>(?i:other)|{NUM})\s+)?(?P<unit>{UNIT}|{WD}|{self.MONTH_FULL}|(?i:morning|afternoon|evening|night))s?\b", self._set_every),
            ("set_times", rf"\b(?i:once|twice|(?:{NUM})\s+times)\s+(?i:a|per|each)\s+(?P<unit>{UNIT})\b", self._set_times),
            ("set_adverb", rf"\b(?P<w>(?i:{_alt(list(self.lex.frequency_adverbs))}))\b", self._set_adverb),
            ("holiday", rf"(?:(?P<rel>(?i:last|next|this))\s+)?\b(?P<h>{hol_fixed}|Easter(?: Sunday| Monday)?|Good Friday|Thanksgiving(?: Day)?|Memorial Day|Labor Day|Election Day|Eid(?:[\s-](?:al|ul|el)[\s-](?:Fitr|Adha))?){POS}(?:\s+(?P<y>\d{{4}}))?\b(?P<wk>\s+(?i:week)\b)?", self._holiday),
            ("day_anaphor", r"(?:\b(?P<mod>(?i:earlier|later|early|late))\s+(?:(?i:in|on)\s+)?)?\b(?P<det>(?i:that same|the same|that|the next|the following|the previous|the preceding|the))\s+(?i:day)\b(?![-]|\s+(?i:before|after|of|when|that|which|in which|on which|and|or|to)\b)", self._day_anaphor),
            ("spelled_year", rf"(?:(?P<mon>{M})\s+(?:(?i:of)\s+)?|(?P<season>(?i:(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+of))\s+|(?i:the year)\s+)?\b(?P<sy>{self.SPELLED_YEAR})\b", self._spelled_year),
            ("period_noun", r"\b(?P<the>(?i:the|this))\s+(?P<adj>(?i:full|fiscal|current fiscal|latest fiscal|entire|whole)\s+)?(?P<unit>(?i:year|weekend|week))\b(?!-)(?P<pos>'s|’s)?(?:(?=(?P<tail>\s+(?i:ended|ending|ends|to date))))?", self._period_noun),
            ("future_ref", r"\b(?i:the\s+(?:near|foreseeable|immediate)\s+future|the\s+(?:near|short)\s+term)\b", lambda m, ctx: ("DATE", "FUTURE_REF")),
            ("century", r"(?:(?i:the)\s+)?\b(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+(?i:century)\b", self._century),
            ("clock_pod", r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s+(?i:in\s+the)\s+(?P<pod>(?i:morning|afternoon|evening))\b", self._clock_pod),
            ("that_unit", r"\b(?:(?P<mod>(?i:later|earlier|early|late))\s+(?:(?i:in)\s+)?)?(?i:that)\s+(?:(?i:same)\s+)?(?P<unit>(?i:year|month|quarter))\b(?!\s+(?i:of|when|that|which|before|after)\b)", self._that_unit),
            ("week_of", rf"\b(?:(?i:the)\s+)?(?i:week\s+of)\s+(?P<mon>{M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?", self._week_of),
            ("next_part_of_day", r"\b(?P<det>(?i:the next|the following|the previous))\s+(?P<pod>(?i:morning|afternoon|evening|night))\b", self._next_part_of_day),
            ("mid_part_of_day", r"\b(?i:mid)[\s-]?(?P<pod>(?i:morning|afternoon|evening))\b(?:\s+(?P<w>(?i:yesterday|today|tomorrow))\b)?", self._mid_part_of_day),
            ("the_part_of_day", r"\b(?i:in|during|by|throughout)\s+(?P<x>(?i:the)\s+(?P<pod>(?i:morning|afternoon|evening)))\b(?!\s+(?i:of|after|before|when|that|which|session|papers?|news|shows?|edition|star)\b)", self._the_part_of_day),
            ("coordinated_day", rf"(?<![\w-])(?P<mon>{M})\s+(?P<d0>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|or|to|through)\s+(?P<x>(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?)(?!\s*(?:{M}|%|[.,]\d))", self._coordinated_day),
            ("end_of_period", r"\b(?i:the\s+(?:end|beginning|start|middle)\s+of\s+the)\s+(?P<unit>(?i:week|month|year))\b(?![-]|\s+(?i:ended|ending|before|after|of|when|that|which|in which)\b)", self._end_of_period),
            ("ordinal_day", rf"(?:\b(?i:the)\s+)?\b(?P<ord>(?i:{_alt(list(self.lex.ordinals))}))\s+(?i:day)\b(?=\s+(?i:of)\b)", self._ordinal_day),
            ("latest_period", r"\b(?i:the\s+(?:latest|most\s+recent)\s+period)\b", self._latest_period),
            ("two_quarters_of", r"(?:(?i:the)\s+)?\b(?P<h>(?i:first|last|second))\s+(?i:two)\s+(?i:quarters)\s+(?i:of)\s+(?P<y>(?:19|20)\d\d)\b", self._two_quarters_of),
            ("year_period", r"\b(?i:the)\s+(?P<y>(?:19|20)\d\d)\s+(?i:period)\b", self._year_period),
            ("same_period_year_back", r"\b(?i:the\s+(?:same|corresponding|comparable|like)\s+period\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?(?:last|the\s+(?:previous|prior))\s+year))\b", self._same_period_year_back),
            ("year_end", r"(?:\b(?i:around|about|near)\s+)?\b(?:(?i:the)\s+)?(?i:year(?:-|\s+|['’]s\s+)end)\b(?!-|\s+(?i:of)\b)(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", self._year_end),
            ("refs", r"\b(?P<w>(?i:now|currently|current|nowadays|at present|at the moment|these days|recently|lately|the past|the future|recent years|as soon as (?:possible|practicable|feasible)|soon))\b", self._refs),
        ]
        month_cue = (re.compile(_alt(sorted({w[:3].capitalize() for w in self.lex.months} | {w[:3].upper() for w in self.lex.months}))), False)
        unit_cue = (re.compile(_alt([u[:5] for u in self.lex.units] + ["half"])), True)
        period_cue = (re.compile(r"period"), True)
        cues: dict[str, tuple[re.Pattern[str], bool]] = {
            "mdy": month_cue, "dmy": month_cue, "month_year": month_cue, "month": month_cue,
            "decade": (re.compile(r"0'?s\b"), True),
            "decade_word": (re.compile(r"ties\b"), True),
            "year": (re.compile(r"(?:1[5-9]|20)\d\d"), True),
            "weekday": (re.compile(_alt([_cap(s) for s in self.lex.weekdays if s.endswith("day")])), False),
            "relative_day": (re.compile(r"yesterday|today|tomorrow|tonight|overnight"), True),
            "relative_unit": (re.compile(_alt([u[:5] for u in self.lex.units] + list(self.lex.seasons))), True),
            "ago": (re.compile("ago"), True),
            "year_earlier": unit_cue, "year_earlier_adj": (re.compile("year-"), True), "duration": unit_cue, "plural_units": unit_cue, "quarter": (re.compile("quarter"), True),
            "half": (re.compile("half"), True), "day_anaphor": (re.compile(r"(?:that|same|the|next|following|previous|preceding) day\b"), True), "set_times": (re.compile("once|twice|times"), True),
            "season": (re.compile(_alt(list(self.lex.seasons))), True),
            "spelled_year": (re.compile(r"eighteen|nineteen|twenty|thousand"), True),
            "century": (re.compile("century"), True), "clock_pod": (re.compile(r"in the (?:morning|afternoon|evening)"), True),
            "that_unit": (re.compile(r"that (?:same )?(?:year|month|quarter)"), True),
            "latest_period": period_cue, "same_period_year_back": period_cue, "year_period": period_cue,
            "two_quarters_of": (re.compile(r"two quarters of"), True),
            "ordinal_day": (re.compile(r"(?:st|nd|rd|th) day of\b"), True),
            "coordinated_day": month_cue,
            "the_part_of_day": (re.compile(r"the (?:morning|afternoon|evening)"), True),
            "end_of_period": (re.compile(r"(?:end|beginning|start|middle) of the"), True),
            "week_of": (re.compile(r"week of"), True),
            "next_part_of_day": (re.compile(r"(?:next|following|previous) (?:morning|afternoon|evening|night)"), True),
            "mid_part_of_day": (re.compile(r"mid[\s-]?(?:morning|afternoon|evening)"), True),
            "year_end": (re.compile(r"year(?:-|\s+|['’]s\s+)end"), True),
            "period_noun": (re.compile(r"year|week"), True), "future_ref": (re.compile(r"future|term"), True),
            "holiday": (re.compile(_alt(sorted({h.split()[0][:4].capitalize() for h in self.lex.fixed_holidays} | {"East", "Good", "Than", "Memo", "Labo", "Elec", "Eid"}))), False),
        }
        return [Rule(name, re.compile(pattern), fn, *cues.get(name, (None, True))) for name, pattern, fn in r]

    # ---- normalisers ---------------------------------------------------------------------------
    def _dir(self, m: re.Match[str], ctx: Context) -> int:
        return ctx.direction(m.start(), m.end())

    def _iso(self, m: re.Match[str], ctx: Context) -> Normalised:
        d = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d is None:
            return None
        if m["H"]:
            return "TIME", f"{d.isoformat()}T{m['H']}:{m['M']}"
        return "DATE", d.isoformat()

    def _slash(self, m: re.Match[str], ctx: Context) -> Normalised:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if y < 100:
            y += 1900 if y > (ctx.anchor.year % 100) + 1 else 2000
        month, day = (a, b) if a <= 12 else (b, a)  # US order by default; 25/12 can only be D/M
        d = cal.safe_date(y, month, day)
        return ("DATE", d.isoformat()) if d else None

    def _month_num(self, text: str) -> int | None:
        return self.lex.months.get(text.rstrip(".").lower())

    def _month_day(self, m: re.Match[str], ctx: Context) -> Normalised:
        month = self._month_num(m["mon"])
        if m.groupdict().get("dw"):  # "March eighth", "the twenty-first of May"
            day = self.lex.ordinals.get(re.sub(r"[\s-]+", "-", m["dw"].lower()), 0)
        else:
            day = int(m["d"])
        if month is None or not 1 <= day <= 31:
            return None
        if m["y"]:
            d = cal.safe_date(int(m["y"]), month, day)
        else:
            # a stated day: past or future by tense, else the nearest such date
            year = cal.pick_year(ctx.anchor, month, day, _open_direction(m, ctx))
            d = cal.safe_date(year, month, day)
        return ("DATE", d.isoformat()) if d else None

    def _month_year(self, m: re.Match[str], ctx: Context) -> Normalised:
        month = self._month_num(m["mon"])
        return ("DATE", f"{m['y']}-{month:02d}") if month else None

    def _month(self, m: re.Match[str], ctx: Context) -> Normalised:
        month = self._month_num(m["mon"])
        if month is None:
            return None
        rel = (m["rel"] or "").lower()
        before = ctx_text_before(m)
        # "the March accession", "a May deadline": after an article and before a lower-case noun the
        # word is the month (not "the March for Life", a march on a cause)
        before_noun = re.search(r"\b(?i:the|a|an)\s+$", before) is not None and _NOUN_AFTER_MONTH.match(m.string[m.end():m.end() + 14]) is not None
        if m["mon"] == "May" and not rel and not before_noun and not re.search(r"(?i)\b(in|of|since|until|by|from|to|through|during|early|late|mid)\s*$", before):
            return None  # the modal verb "May ..."
        if m["mon"] == "March" and not rel and not before_noun and not re.search(r"(?i)\b(in|of|since|until|by|from|to|through|during|on|last|next)\s*$", before):
            return None  # "March" the noun at a sentence start
        a = ctx.anchor
        if m["of"]:
            shift = {"this": 0, "last": -1, "next": 1}[m["of"].split()[-2].lower()]
            return "DATE", f"{a.year + shift}-{month:02d}"
        if rel in ("last", "past"):
            year = a.year if month < a.month else a.year - 1
            if rel == "last" and (a.month - month) % 12 == 1:
                # "crashed last February" said on March 1: the month just past is "last month";
                # "last February" is the one a year before (Reuters-21578: 5 of 6 stories read by hand)
                year -= 1
        elif rel in ("next", "coming"):
            year = a.year if month > a.month else a.year + 1
        elif rel == "this":
            year = a.year
        else:
            direction = _open_direction(m, ctx)
            if direction < 0 and ctx.in_noun_phrase(m.start("mon")) and (month - a.month) % 12 in _NP_MONTH_AHEAD:
                direction = 1  # "a cutback in its supply in September", "November transactions": the noun's time
            year = cal.pick_year(a, month, None, direction)
        return "DATE", f"{year}-{month:02d}"

    def _decade(self, m: re.Match[str], ctx: Context) -> Normalised:
        if m["dec"]:
            return "DATE", m["dec"][:3]
        # "the '80s": the decade of that name nearest the article date
        base = ctx.anchor.year // 100 * 100 + int(m["short"])
        start = min((base - 100, base, base + 100), key=lambda y: abs(y + 5 - ctx.anchor.year))
        return "DATE", str(start // 10)

    _DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                     "seventies": 7, "eighties": 8, "nineties": 9}

    def _decade_word(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"the nineties", "the late sixties": the most recent decade of that name begun by the article date."""
        base = ctx.anchor.year // 100 * 100 + 10 * self._DECADE_WORDS[m["w"].lower()]
        return "DATE", str((base if base <= ctx.anchor.year else base - 100) // 10)

    def _fiscal(self, m: re.Match[str], ctx: Context) -> Normalised:
        y = m["y"]
        if y.startswith("'"):
            yy = int(y[1:])
            y = str((1900 if yy > ctx.anchor.year % 100 + 5 else 2000) + yy)
        return "DATE", y

    def _year(self, m: re.Match[str], ctx: Context) -> Normalised:
        s, e = m.span("y")
        if ctx.is_plural_count(s, e):
            return None
        y = int(m["y"])
        if y > ctx.anchor.year + 30:
            return None
        if re.match(r"(?i)the\s+(?:first|second)\s+half", m.group(0)):
            return None  # "the first half of 1990" is the half year (rule "half"): 1990-H1
        return "DATE", m["y"]

    def _weekday(self, m: re.Match[str], ctx: Context) -> Normalised:
        wd = self.lex.weekdays[m["wd"].lower()]
        pod = self.lex.parts_of_day.get((m["pod"] or "").lower())
        if m["pl"] or m["pod_pl"]:  # "on Tuesdays", "on Tuesday nights": a set
            return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        if (shared := recurring_part_of_day(m, self.WEEKDAY_AND_PARTS)) is not None:
            return "SET", f"XXXX-WXX-{wd}T{self.lex.parts_of_day[shared]}"  # "on Monday and Tuesday nights"
        rel = (m["rel"] or "").lower()
        a = ctx.anchor
        if rel in ("the previous", "the preceding", "the following"):
            # "down 4.5% from the previous Friday": that weekday before (after) the last day named
            # (resolve_anaphora), else before (after) the article date
            step = 1 if rel == "the following" else -1
            fallback = cal.weekday_near(a + timedelta(days=step), wd, step)
            return "DATE", f"{ANAPHOR}weekday|{wd * step}|{fallback.isoformat()}"
        if rel in ("last", "past"):
            d = cal.weekday_near(a - timedelta(days=1), wd, -1)
        elif rel in ("next", "coming"):
            d = cal.weekday_near(a + timedelta(days=1), wd, 1)
        elif rel == "this":
            d = cal.weekday_near(a, wd, 0)
        elif m.group(0).endswith(("'s", "’s")):
            # "Wednesday's ruling" is dated by its noun, not by the clause's verb: a past event
            # unless the phrase looks ahead ("ahead of Tuesday's vote")
            ahead = re.search(r"(?i)\b(?:ahead of|until)\s+$", ctx_text_before(m))
            d = cal.weekday_near(a, wd, 1 if ahead else -1)
        else:
            d = cal.weekday_near(a, wd, _open_direction(m, ctx))
        # "Friday night", "Friday morning": news corpora (TimeBank) mostly give the day; the part of
        # day stays in the span. "Friday evening"/"afternoon" keep TimeML's part-of-day suffix.
        if pod in _SUFFIXED_PARTS:
            return "TIME", f"{d.isoformat()}T{pod}"
        return "DATE", d.isoformat()

    def _relative_day(self, m: re.Match[str], ctx: Context) -> Normalised:
        w = m["w"].lower()
        if m["w"] in ("Today", "Tonight") and _NAME_BEFORE.search(ctx_text_before(m)):
            return None  # "USA Today", "VOA Today": the capitalised word ends a name
        if w in ("today", "tomorrow") and self._generic_day(m):
            return None  # "today's youth", "the people of tomorrow": the present or coming age
        offset = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
                  "overnight": -1, "tomorrow": 1, "the day after tomorrow": 2}[w]
        d = ctx.anchor + timedelta(days=offset)
        if w == "overnight":
            # the night before the day the story is about (resolve_anaphora: "shares closed lower
            # Friday ... after overnight losses in New York" -> Thursday), else before the article date
            return "DATE", f"{ANAPHOR}overnight|-1|{d.isoformat()}"
        pod = self.lex.parts_of_day.get((m["pod"] or "").lower())
        if pod in _SUFFIXED_PARTS:
            return "TIME", f"{d.isoformat()}T{pod}"  # "yesterday evening", as for weekdays
        return "DATE", d.isoformat()  # "yesterday morning", "tonight": the day, as for weekdays

    def _generic_day(self, m: re.Match[str]) -> bool:
        """"today's youth", "in today's world" (a noun of lexicon ``generic_day_nouns`` after the
        possessive, adjectives allowed: "today's personal computers" is not), or "the people of
        tomorrow" (the word closing an of-phrase after a noun): the age, not a day."""
        after = m.string[m.end():m.end() + 40]
        if m.group(0).endswith(("'s", "’s")):
            noun = re.match(r"\s+([a-z]+)", after)
            return noun is not None and noun.group(1) in self.lex.generic_day_nouns
        before = ctx_text_before(m)
        return re.search(r"\b(?:the|our|their)\s+[a-z]+\s+of\s+$", before) is not None and not re.match(r"['’]", after)

    def _part_of_day(self, m: re.Match[str], ctx: Context) -> Normalised:
        rel = (m.groupdict().get("rel") or "this").lower()
        pod = self.lex.parts_of_day[m["pod"].lower()]
        offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
        if rel == "last" and pod != "NI":
            return None  # "last morning" is not English news usage
        return "TIME", f"{(ctx.anchor + timedelta(days=offset)).isoformat()}T{pod}"

    def _relative_unit(self, m: re.Match[str], ctx: Context) -> Normalised:
        if m["unit"][:1].isupper() and m["unit"][1:].islower() and m["rel"][:1].isupper():
            return None  # Title Case "This Week", "For Next Year": a programme or headline title
        rel = m["rel"].lower()
        unit = m["unit"].lower()
        mod = (m["mod"] or "").lower()
        a = ctx.anchor
        if rel == "the following" and unit in ("year", "month") and not mod:
            # "the following year": the year after the one just named (resolve_anaphora)
            y, mo = cal.add_months(a.year, a.month, 1)
            fallback = str(a.year + 1) if unit == "year" else f"{y}-{mo:02d}"
            return "DATE", f"{ANAPHOR}that-{unit}|1|{fallback}"
        if rel in ("the past", "the last", "the coming", "the next", "past", "the following") and unit not in self.lex.seasons:
            if rel == "past" and not mod:
                pass  # "past week" without article reads like "last week"
            elif rel != "the following" and unit in ("week", "month", "year") and not mod:
                # "over the past year", "for the last week": the previous calendar unit, as TimeBank has it
                rel = "last" if rel in ("the past", "the last") else "next"
            else:
                letter = {"week": "P1W", "weekend": "P1WE", "month": "P1M", "year": "P1Y",
                          "quarter": "P3M", "decade": "P10Y", "century": "P100Y"}[unit]
                return "DURATION", letter
        if rel == "the same" or rel == "the rest of":
            return None
        shift = {"last": -1, "previous": -1, "past": -1, "the previous": -1, "this": 0, "current": 0,
                 "the current": 0, "next": 1, "coming": 1, "the coming": 1, "the next": 1,
                 "the following": 1}.get(rel, 0)
        if unit in ("week", "weekend"):
            value = cal.iso_week(a + timedelta(weeks=shift))
            return "DATE", value + ("-WE" if unit == "weekend" else "")
        if unit == "month":
            y, mo = cal.add_months(a.year, a.month, shift)
            return "DATE", f"{y}-{mo:02d}"
        if unit == "year":
            return "DATE", str(a.year + shift)
        if unit == "quarter":
            y, mo = cal.add_months(a.year, a.month, 3 * shift)
            return "DATE", f"{y}-Q{(mo - 1) // 3 + 1}"
        if unit == "decade":
            return "DATE", str(a.year // 10 + shift)
        if unit == "century":
            return "DATE", str(a.year // 100 + shift)
        season = self.lex.seasons[unit]
        return "DATE", f"{a.year + shift}-{season}"

    def _ago(self, m: re.Match[str], ctx: Context) -> Normalised:
        unit = m["unit"].lower().rstrip("s")
        num = self.number(m["num"]) if m["num"] else "X"
        if not num.isdigit():
            return "DATE", "PAST_REF"
        n, a = int(num), ctx.anchor
        if unit in ("day", "night"):
            return "DATE", (a - timedelta(days=n)).isoformat()
        if unit == "week":
            return "DATE", cal.iso_week(a - timedelta(weeks=n))
        if unit == "month":
            y, mo = cal.add_months(a.year, a.month, -n)
            return ("DATE", f"{y}-{mo:02d}") if y >= 1 else None  # "50,000 months ago": a figure, no date
        if (unit == "year" and n >= a.year) or (unit == "decade" and 10 * n >= a.year):
            return None  # before year 1: a figure in a table, no date
        if unit == "year":
            # "a year ago/earlier" compares with the period under discussion; the recogniser
            # resolves the marker against the previous calendar expression (see resolve_anaphora)
            kind = "ago" if m.group(0).lower().endswith("ago") else "earlier"
            return "DATE", f"{ANAPHOR}{kind}|{n}|{a.year - n}"
        if unit == "decade":
            return "DATE", str((a.year - 10 * n) // 10)
        if unit in ("hour", "minute", "second"):
            return "DATE", "PAST_REF"
        return None

    def _duration(self, m: re.Match[str], ctx: Context) -> Normalised:
        num = self.number(m["num"])
        if num.isdigit() and len(num) >= 4 and m["unit"].lower().startswith(("year", "quarter")):
            return None  # "2014 year", "the 1988 quarter": a year, not a count of units
        if m["unit"][:1].isupper() and not m["unit"].isupper():
            return None  # "''60 Minutes''", "Seven Days in May": a Title Case unit names a work, not a time
        if m["tail"] and m["tail"].lower() == "old":
            return None  # "a 6-year-old": an age, not a time expression (TimeBank leaves ages out)
        if "-" in m.group(0).split(m["num"], 1)[-1][:1] and m.group(0).lower().endswith("s"):
            return None  # "three-quarters": a fraction
        if m["num"].lower() in ("a", "an") and not m["pre"] and RATE_BEFORE.search(ctx_text_before(m)):
            return None  # "$5 a year", "12 hours a day": a rate, not a duration
        if m.group(0).lower() == "one day" and _MODAL_BEFORE.search(ctx_text_before(m)):
            return "DATE", "FUTURE_REF"  # "Islam will one day be ...": some day ahead, not a day's length
        value = self.duration(num, m["unit"])
        if value is None:
            return None
        if m["unit"].lower().startswith("quarter") and re.match(
            r"\s+of\s+(?:the|a|an|its|their|his|her|all|this|that)\s+(?!(?:year|fiscal|decade|century)\b)",
            m.string[m.end():m.end() + 30],
        ):
            return None  # "a quarter of the market", "three quarters of its sales": a fraction
        if m["half"] or m["half_after"]:  # "2 1/2 years", "an hour and a half": the half in the next smaller unit
            value = _add_half(value)
        pre = (m["pre"] or "").lower()
        if pre == "the" and not num.isdigit() and num != "X":
            return None
        if m["num"].lower() in ("a", "an") and not pre and not m["half_after"] and m["unit"].lower().startswith(("second", "minute")):
            return None  # "a second attack" is an ordinal, not a duration
        return "DURATION", value

    def _plural_units(self, m: re.Match[str], ctx: Context) -> Normalised:
        pre = (m["pre"] or "").lower()
        unit = m["unit"].lower()
        if m["ahead"] and pre != "the":
            return None  # "two weeks ahead": the count's (rule duration); only "the weeks ahead" is one
        if pre == "the" and (
            m["ahead"] or re.match(r"\s+(?i:to come|that followed|since)\b", m.string[m.end():m.end() + 16])
            or re.search(r"(?i)\bover\s+$", ctx_text_before(m))
        ):
            pre = ""  # "in the weeks ahead", "over the years": an unspecified stretch, not "the days he spent"
        elif pre == "the" or not pre and unit in ("seconds", "minutes", "hours"):
            return None
        if re.match(r"\s+old\b", m.string[m.end():m.end() + 6]) or re.search(r"\d\s+$", ctx_text_before(m)):
            return None  # "52 years old": an age; "52 years" left over from a rejected count
        if pre in ("recent",) and unit == "years":
            return "DATE", "PAST_REF"
        if pre == "future" or (pre in ("coming", "the coming") and unit == "quarters"):
            return "DATE", "FUTURE_REF"  # "tax savings in future quarters", "for coming quarters"
        if unit == "quarters" and not pre:
            return None  # "living quarters", "three-quarters": no time without a modifier
        return "DURATION", self.duration("X", unit[:-1]) if unit != "centuries" else "PXY"

    def _quarter(self, m: re.Match[str], ctx: Context) -> Normalised:
        a = ctx.anchor
        ordinal = (m["ord"] or "").lower()
        the = (m["the"] or "").lower()
        if m["ago"] and ordinal in ("", "same", "latest", "last", "corresponding", "comparable"):
            ordinal = "year-ago"  # "the quarter a year ago", "the same quarter last year": the year-ago quarter
        year = int(m["y"] or m["y0"] or a.year)
        if m["y0"] and not ordinal:  # "the 1988 quarter": the quarter under discussion, in 1988
            _, mo = cal.add_months(a.year, a.month, -3)
            return "DATE", f"{year}-Q{(mo - 1) // 3 + 1}"
        if the == "last year's":
            year -= 1
        elif the == "next year's":
            year += 1
        current_q = cal.quarter_of(a)
        if ordinal in self.lex.ordinals:
            q = self.lex.ordinals[ordinal]
            if m["ago"]:  # "the fourth quarter of last year", "the second quarter a year earlier"
                if re.search(r"(?i)last|previous|prior", m["ago"]):
                    return "DATE", f"{a.year - 1}-Q{q}"
                return "DATE", f"{(a.year if q <= current_q else a.year - 1) - 1}-Q{q}"
            if q > current_q and not (m["y"] or m["y0"]) and not the.endswith("year's") and self._dir(m, ctx) <= 0:
                year -= 1  # "sales rose in the third quarter", said in February: last year's
            return "DATE", f"{year}-Q{q}"
        if ordinal == "current":
            return "DATE", f"{year}-Q{current_q}"
        if ordinal in ("last", "latest", "") and the in ("the", "") and (ended := self._quarter_ended(m, a)):
            # "the quarter ended July 31": May to July, mostly the second quarter (a fiscal quarter
            # named before it is that quarter: anchoring.py)
            return "DATE", _quarter_under_report(ordinal, ended)
        if ordinal in ("last", "latest", "previous", "") and (the or ordinal):
            # the most recent completed quarter: how earnings news uses "the quarter"; "last year's
            # quarter" is that quarter a year back
            y, mo = cal.add_months(a.year, a.month, -15 if the == "last year's" else -3)
            return "DATE", _quarter_under_report(ordinal if the in ("the", "") else "-", f"{y}-Q{(mo - 1) // 3 + 1}")
        if ordinal in ("year-earlier", "year-ago"):
            # the quarter under discussion a year back (resolve_anaphora); else the last
            # completed quarter a year back
            y, mo = cal.add_months(a.year, a.month, -15)
            return "DATE", f"{ANAPHOR}quarter|1|{y}-Q{(mo - 1) // 3 + 1}"
        if ordinal == "next":
            y, mo = cal.add_months(a.year, a.month, 3)
            return "DATE", f"{y}-Q{(mo - 1) // 3 + 1}"
        return None

    def _quarter_ended(self, m: re.Match[str], a: date) -> str | None:
        """The calendar quarter holding most of a quarter that "ended <month> <day>" (its middle
        month): "ended July 31" -> Q2, "ended Sept. 30" -> Q3; the latest such day up to the
        article date ("ending": the nearer one, either side). None when no end day follows."""
        end = _QUARTER_ENDED.match(m.string, m.end(), m.end() + 24)
        month = end and self.lex.months.get(end["mon"].lower().rstrip("."))
        if not month:
            return None
        year = a.year if (month, int(end["d"])) <= (a.month, a.day) else a.year - 1
        if end["verb"] == "ending" and cal.add_months(year, month, 12) <= cal.add_months(a.year, a.month, 6):
            year += 1  # "the quarter ending Jan. 31", said in October: the nearer one, ahead
        year, middle = cal.add_months(year, month, -1)
        return f"{year}-Q{(middle - 1) // 3 + 1}"

    def _day_anaphor(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"that day", "the same day", "later in the day", "much of the day", "the next day": the
        most recent day named before (resolve_anaphora), moved by next/previous; the article date
        when nothing precedes. A bare "the day" is a time only after a modifier or inside a
        time-taking preposition phrase ending there ("for much of the day,"), not "the day he died"."""
        det = m["det"].lower()
        if det == "the" and not m["mod"]:
            if not re.search(r"(?i)\b(?:of|during|throughout|for|all)\s+$", ctx_text_before(m)):
                return None
            if not re.match(r"\s*(?:[,.;:)!?]|$)", m.string[m.end():m.end() + 2]):
                return None
        offset = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}.get(det, 0)
        return "DATE", f"{ANAPHOR}day|{offset}|{(ctx.anchor + timedelta(days=offset)).isoformat()}"

    def _week_of(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"the week of March 6": the ISO week of that day (TimeML's week value)."""
        day = self._month_day(m, ctx)
        return ("DATE", cal.iso_week(date.fromisoformat(day[1]))) if day else None

    def _next_part_of_day(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"the next morning", "the following evening": the day after the last day named
        (resolve_anaphora), as "the next day"; TimeBank gives the day, not a part-of-day suffix."""
        offset = -1 if m["det"].lower() == "the previous" else 1
        return "DATE", f"{ANAPHOR}day|{offset}|{(ctx.anchor + timedelta(days=offset)).isoformat()}"

    def _mid_part_of_day(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"by mid afternoon", "mid-afternoon yesterday": a part of a day with no day word before
        it is a TIME on the article's day (or the relative day after it), with TimeML's suffix."""
        offset = {"yesterday": -1, "tomorrow": 1}.get((m["w"] or "").lower(), 0)
        pod = self.lex.parts_of_day[m["pod"].lower()]
        return "TIME", f"{(ctx.anchor + timedelta(days=offset)).isoformat()}T{pod}"

    def _the_part_of_day(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"placed buy orders in the morning": that part of the last day named (resolve_anaphora:
        "dashed Friday ... in the morning" -> Friday morning), else of the article's day."""
        if m["pod"][:1].isupper():
            return None  # "In the Morning", a title
        pod = self.lex.parts_of_day[m["pod"].lower()]
        return "TIME", f"{ANAPHOR}clock|{pod}|{ctx.anchor.isoformat()}T{pod}"

    def _coordinated_day(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"April 24 and 25": the second day, in the first one's month (the extent is group ``x``;
        rule ``mdy`` takes "April 24")."""
        return self._month_day(m, ctx)

    def _end_of_period(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"by the end of the month", "the beginning of the year": the article's own period, as
        "this month" (TimeML gives the part of a period the period's value, the part being a ``mod``)."""
        unit = m["unit"].lower()
        a = ctx.anchor
        if unit == "week":
            return "DATE", cal.iso_week(a)
        if unit == "month":
            return "DATE", f"{a.year}-{a.month:02d}"
        return "DATE", str(a.year)

    def _ordinal_day(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"Today is the eighth day of the siege", "it was the second day of an offensive": after a
        copula the ordinal day names the day the clause is about, the last day named before it
        (resolve_anaphora) or the article date. Elsewhere ("on the first day of trading", "his
        first day in office") it counts from an event the grammar cannot date, and is left alone."""
        if not _COPULA_BEFORE.search(ctx_text_before(m)):
            return None
        return "DATE", f"{ANAPHOR}day|0|{ctx.anchor.isoformat()}"

    def _century(self, m: re.Match[str], ctx: Context) -> Normalised:
        n = int(m["n"])
        return ("DATE", f"{n - 1:02d}") if 1 <= n <= 30 else None  # "the 20th century" -> 19

    def _clock_pod(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"4 in the morning", "9:30 in the evening": a clock time with its half of the day."""
        h, minute = int(m["h"]), int(m["m"] or 0)
        if not 1 <= h <= 12 or minute > 59:
            return None
        if m["pod"].lower() != "morning" and h < 12:
            h += 12
        elif m["pod"].lower() == "morning" and h == 12:
            h = 0
        return self._clock_value(m, ctx, f"{h:02d}:{minute:02d}")

    def _that_unit(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"that year", "later that month", "that same quarter": the period of the previous calendar
        expression (resolve_anaphora); the article's own when nothing precedes."""
        unit = m["unit"].lower()
        a = ctx.anchor
        fallback = {"year": str(a.year), "month": f"{a.year}-{a.month:02d}", "quarter": f"{a.year}-Q{cal.quarter_of(a)}"}[unit]
        return "DATE", f"{ANAPHOR}that-{unit}|0|{fallback}"

    def _year_end(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"by year-end", "around year end", "by year's end": TimeML gives the end of a year the
        year's own value (the END is a ``mod``, not part of the value). The coming year-end is the
        article's year; "since year-end" counts from the last one. A year-end before a noun
        ("year-end bonuses", "year-end net") is left alone, as TimeBank does."""
        if re.search(r"(?i)\b(?:calendar|calender|fiscal|financial)\s+$", ctx_text_before(m)):
            return None  # "changed to a calendar year end": the kind of accounting year, not a date
        if m["y"]:
            return "DATE", m["y"]  # "at year-end 1986"
        if re.match(r"\s+[a-z]", m.string[m.end():m.end() + 3]):
            return None
        back = re.search(r"(?i)\b(?:since|from)\s+$", ctx_text_before(m)) is not None
        return "DATE", str(ctx.anchor.year - 1 if back else ctx.anchor.year)

    def _latest_period(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"the latest period" in a results report: the quarter or half just named (resolve_anaphora),
        else the last quarter completed before the article date."""
        y, mo = cal.add_months(ctx.anchor.year, ctx.anchor.month, -3)
        return "DATE", f"{ANAPHOR}that-period|0|{y}-Q{(mo - 1) // 3 + 1}"

    def _two_quarters_of(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"the first two quarters of 1990": that year's first half (a calendar period, not P6M)."""
        return "DATE", f"{m['y']}-H{1 if m['h'].lower() == 'first' else 2}"

    def _year_period(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"In the 1989 period, interest expense was lower": the quarter or half under discussion
        (the previous one named, resolve_anaphora) in that year; else the year."""
        return "DATE", f"{ANAPHOR}year-period|{m['y']}|{m['y']}"

    def _same_period_year_back(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"the same period last year", "the corresponding period a year earlier": one expression,
        the period under discussion a year back, like "the year-ago period" (resolve_anaphora)."""
        return "DATE", f"{ANAPHOR}adjective|1|{ctx.anchor.year - 1}"

    def _spelled_year(self, m: re.Match[str], ctx: Context) -> Normalised:
        year = self.spelled_year(m["sy"])
        if year is None:
            return None
        if m["mon"]:
            month = self._month_num(m["mon"])
            return ("DATE", f"{year}-{month:02d}") if month else None
        if m["season"]:
            return "DATE", f"{year}-{self.lex.seasons[m['season'].split()[-2].lower()]}"
        return "DATE", year

    def _period_noun(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"the year", "the fiscal year", "the weekend" standing for a period of the story.

        An accounting year ending on a stated day ("the year ended Sept. 30") is a one-year
        duration; otherwise the year is the article's own ("sales for the year"). The weekend is
        the last one before the article date (the coming one when the clause looks ahead). Only
        where a time-taking preposition before it shows the noun names a time, and no clause
        follows it: "the year he was born" is left alone.
        """
        unit = m["unit"].lower()
        a = ctx.anchor
        if m["the"].lower() == "this" and not m["adj"]:
            return None  # "this year": relative_unit's
        if unit == "week":
            return self._the_week(m, ctx)
        if unit == "year" and m["tail"]:
            return "DURATION", "P1Y"
        before = ctx_text_before(m)
        after = m.string[m.end():m.end() + 12]
        if not re.search(r"(?i)\b(?:for|in|during|of|throughout|over|through|ahead of|before|after|since|until|by|at)\s+$", before):
            return None
        if re.match(r"\s+(?i:before|after|when|that|which|in which|he|she|they|it|we|I)\b", after):
            return None
        if unit == "year":
            latest = "latest" in (m["adj"] or "").lower()  # the last completed one
            return "DATE", str(a.year - 1 if latest else a.year)
        ahead = re.search(r"(?i)\b(?:ahead of|before|until)\s+$", before) or ctx.direction(m.start(), m.end()) > 0
        if ahead:
            saturday = a + timedelta(days=(6 - a.isoweekday()) % 7)
        else:
            saturday = a - timedelta(days=(a.isoweekday() - 6) % 7 if a.isoweekday() >= 6 else a.isoweekday() + 1)
        return "DATE", cal.iso_week(saturday) + "-WE"

    def _the_week(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"For the week, the index fell 3.8%", "the week's most active session": a week of the
        story that the text does not name, DATE ``YYYY-WXX`` in the article's year (TimeBank: 4 of 4
        such "the week" in market reports). Only after a time-taking preposition or as a possessive,
        and not before a clause or a measure ("the week he left", "the week ended Oct. 20", which
        other rules date, or leave alone)."""
        if m["adj"] or m["tail"]:
            return None
        if not m["pos"]:
            before = ctx_text_before(m)
            after = m.string[m.end():m.end() + 12]
            if not re.search(r"(?i)\b(?:for|in|during|of|throughout|over|through)\s+$", before):
                return None
            if re.search(r"(?i)\b(?:days?|rest)\s+of\s+$", before):
                return None  # "the days of the week" names no week; "the rest of the week" is another expression
            if re.match(r"\s+(?i:before|after|when|that|which|in which|he|she|they|it|we|I|of|ahead|to)\b", after):
                return None
        return "DATE", f"{ctx.anchor.year}-WXX"

    def _year_earlier_adj(self, m: re.Match[str], ctx: Context) -> Normalised:
        if m["ord"]:  # "the year-ago third quarter": the latest third quarter begun, a year back
            q = self.lex.ordinals[m["ord"].lower()]
            year = ctx.anchor.year if q <= cal.quarter_of(ctx.anchor) else ctx.anchor.year - 1
            return "DATE", f"{year - 1}-Q{q}"
        return "DATE", f"{ANAPHOR}adjective|1|{ctx.anchor.year - 1}"

    def _half(self, m: re.Match[str], ctx: Context) -> Normalised:
        if m["dec"] or m["short"]:
            return self._decade(m, ctx)  # "the last half of the '80s": TimeML has no half decade
        year = m["y"] or str(ctx.anchor.year)
        return "DATE", f"{year}-H{1 if m['h'].lower() == 'first' else 2}"

    def _season(self, m: re.Match[str], ctx: Context) -> Normalised:
        rel = (m["rel"] or "").lower()
        season = self.lex.seasons[m["s"].lower()]
        a = ctx.anchor
        if m["y"]:
            return "DATE", f"{m['y']}-{season}"
        after = m.string[m.end():m.end() + 12]
        if not rel and not re.search(r"(?i)\b(in|during|by|since|until|through|over)\s+$", ctx_text_before(m)):
            return None  # bare "fall" is usually the verb
        if re.match(r"\s+[a-z]", after) and not re.match(r"\s+(?:of|and|or|when|as|to)\b", after):
            return None  # "winter storms": the season modifies a noun, it is not a time
        if rel == "this past":  # the most recent one that has begun
            start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
            year = a.year if a.month >= start else a.year - 1
        elif rel == "last":
            year = a.year - 1
        elif rel == "next":
            year = a.year + 1
        elif rel == "this":
            year = a.year
        else:
            year = a.year
        return "DATE", f"{year}-{season}"

    def _clock(self, m: re.Match[str], ctx: Context) -> Normalised:
        h = int(m["h"])
        minute = int(m["m"]) if m["m"] else 0
        ampm = (m.groupdict().get("ampm") or "").lower()
        if ampm.startswith("p") and h < 12:
            h += 12
        if ampm.startswith("a") and h == 12:
            h = 0
        if h > 24 or minute > 59:
            return None
        return self._clock_value(m, ctx, f"{h:02d}:{minute:02d}")

    def _clock_value(self, m: re.Match[str], ctx: Context, clock: str) -> Normalised:
        """A clock time on its stated day; without one, on the last day named before it
        (resolve_anaphora: "He was shot on Oct. 23 ... at 10 p.m."), else the article date."""
        groups = m.groupdict()
        if groups.get("wd") or groups.get("mon"):
            return "TIME", f"{self._clock_day(m, ctx).isoformat()}T{clock}"
        return "TIME", f"{ANAPHOR}clock|{clock}|{ctx.anchor.isoformat()}T{clock}"

    def _clock_day(self, m: re.Match[str], ctx: Context) -> date:
        """The day a clock time is on: a weekday or month-day right after it, else the article date."""
        groups = m.groupdict()
        if groups.get("wd"):
            return cal.weekday_near(ctx.anchor, self.lex.weekdays[groups["wd"].lower()], _open_direction(m, ctx))
        if groups.get("mon") and (month := self._month_num(groups["mon"])):
            day = int(groups["d"])
            year = cal.pick_year(ctx.anchor, month, day, _open_direction(m, ctx))
            return cal.safe_date(year, month, day) or ctx.anchor
        return ctx.anchor

    def _noon(self, m: re.Match[str], ctx: Context) -> Normalised:
        if re.search(r"(?i)\bhigh\s+$", ctx_text_before(m)):
            return None  # "High Noon", "high noon comes today": the idiom (a showdown), not a clock time
        clock = "24:00" if m["w"].lower() == "midnight" else "12:00"
        return self._clock_value(m, ctx, clock)

    def _set_every(self, m: re.Match[str], ctx: Context) -> Normalised:
        unit = m["unit"].lower()
        wd = self.lex.weekdays.get(unit.rstrip("s")) or self.lex.weekdays.get(unit)
        if wd:
            return "SET", f"XXXX-WXX-{wd}"
        if unit.rstrip("s") in self.lex.parts_of_day:
            return "SET", f"XXXX-XX-XXT{self.lex.parts_of_day[unit.rstrip('s')]}"
        if unit in self.lex.month_names:  # "each July"
            return "SET", f"XXXX-{self.lex.months[unit]:02d}"
        num = m["num"]
        n = "2" if num and num.lower() == "other" else (self.number(num) if num else "1")
        if unit.rstrip("s") == "quarter" and n.isdigit():
            return "SET", f"P{n}Q"  # "every quarter", as "quarterly" (a recurrence counts quarters)
        return "SET", self.duration(n, unit) or None

    def _set_times(self, m: re.Match[str], ctx: Context) -> Normalised:
        value = self.duration("1", m["unit"])
        return ("SET", value) if value else None

    def _set_adverb(self, m: re.Match[str], ctx: Context) -> Normalised:
        if _AMOUNT_BEFORE.search(ctx_text_before(m)):
            return None  # "rise 8.5% annually", "10,000 units annually": a rate, as "$5 a year"
        if ctx.is_noun(m.start()):
            return None  # "declared its initial quarterly of five cents": the dividend, not a recurrence
        if ctx.is_adjective(m.start()) and not (
            m["w"].lower() in ("daily", "weekly", "hourly", "nightly")
            and not re.search(r"(?i)\baverage\s+$", ctx_text_before(m))
        ):
            # "a quarterly dividend", "annual sales": an amount per period, not a recurring time;
            # "his weekly radio address", "a daily rally" recur (TimeBank tags them), but not an
            # average per day or hour ("average daily volume")
            return None
        return "SET", self.lex.frequency_adverbs[m["w"].lower()]

    def _holiday(self, m: re.Match[str], ctx: Context) -> Normalised:
        name = m["h"].lower()
        a = ctx.anchor
        rel = (m["rel"] or "").lower()
        direction = {"last": -1, "next": 1}.get(rel, _open_direction(m, ctx))

        def on(year: int) -> date | None:
            if name in self.lex.fixed_holidays:
                return date(year, *self.lex.fixed_holidays[name])
            if name.startswith("easter"):
                return cal.easter(year) + timedelta(days=1 if name.endswith("monday") else 0)
            if name == "good friday":
                return cal.easter(year) - timedelta(days=2)
            if name.startswith("thanksgiving"):
                return cal.nth_weekday(year, 11, 4, 4)
            if name == "memorial day":
                return cal.nth_weekday(year, 5, 1, -1)
            if name == "labor day":
                return cal.nth_weekday(year, 9, 1, 1)
            if name == "election day":  # US: the Tuesday after the first Monday of November
                return cal.nth_weekday(year, 11, 1, 1) + timedelta(days=1)
            key = "eid al-adha" if "adha" in name else "eid al-fitr"
            return self.lex.islamic_holidays.get(key, {}).get(year)

        if m["y"]:
            d = on(int(m["y"]))
            return "DATE", (cal.iso_week(d) if m["wk"] else d.isoformat()) if d else m["y"]
        options = [d for d in (on(y) for y in (a.year - 1, a.year, a.year + 1)) if d is not None]
        if not options:
            return "DATE", str(a.year)
        if rel == "this":
            same = [d for d in options if d.year == a.year]
            return "DATE", same[0].isoformat() if same else str(a.year)
        if direction < 0:
            # within a week ahead it is still this one ("as Easter week began", six days before
            # Easter Sunday), as a future clause keeps one a week past (cal.pick_year)
            past = [d for d in options if d <= a + timedelta(days=7)]
            day = max(past) if past else min(options)
        else:
            ahead = [d for d in options if d >= a]
            day = min(ahead) if ahead else max(options)
        return "DATE", cal.iso_week(day) if m["wk"] else day.isoformat()

    def _refs(self, m: re.Match[str], ctx: Context) -> Normalised:
        w = m["w"].lower()
        if w == "now" and m.string[m.end():m.end() + 1] == "," and _SENTENCE_START.search(ctx_text_before(m)):
            return None  # "Now, he says ...": a discourse marker opening the sentence, not a time
        if w == "current" and (
            re.search(r"(?i)\bthen\s+$", ctx_text_before(m))
            or not _BEFORE_NOUN.match(m.string[m.end():m.end() + 12])
            or _CURRENT_TERM.match(m.string[m.end():m.end() + 14])
        ):
            return None  # "the then current price": the past's present; "the current was strong": the noun;
            # "the current account", "current assets": fixed terms of economics, not times
        if w in ("the past", "the future") and _COUNT_AFTER.match(m.string, m.end()):
            return None  # "for the past three summers": a count of a unit the grammar has no span for
        if w == "soon":
            return self._soon(m, ctx)
        if w in ("now", "currently", "current", "nowadays", "at present", "at the moment", "these days"):
            return "DATE", "PRESENT_REF"
        if w in ("in the future", "the future") or w.startswith("as soon as"):
            return "DATE", "FUTURE_REF"  # "as soon as possible": the nearest future, as "soon"
        if w == "once again":
            return None
        return "DATE", "PAST_REF"

    def _soon(self, m: re.Match[str], ctx: Context) -> Normalised:
        """"may soon seek an indictment", "it soon will begin selling": FUTURE_REF in a clause that
        looks ahead (TimeBank tags 4 of 7 such; a past "was soon released" 0 of 2). Not in the
        connectives "as soon as", "soon after", "too soon", which order events."""
        if re.search(r"(?i)\b(?:as|too|how|so)\s+$", ctx_text_before(m)):
            return None
        if re.match(r"\s+(?i:after|afterwards?|thereafter|before|as|enough|to be)\b", m.string[m.end():m.end() + 16]):
            return None
        return ("DATE", "FUTURE_REF") if ctx.tense(m.start(), m.end()) == "future" else None


_HALF_OF = {"Y": "6M", "D": "T12H", "H": "30M", "M": "30S"}


def _add_half(value: str) -> str:
    """P2Y -> P2Y6M, PT5H -> PT5H30M; a unit without a smaller whole half stays as it is."""
    half = _HALF_OF.get(value[-1]) if value[-2:-1].isdigit() else None
    if half is None or (value[-1] == "M" and "T" not in value):
        return value
    return value + (half[1:] if half.startswith("T") and "T" in value else half)


def _open_direction(m: re.Match[str], ctx: Context) -> cal.Direction:
    """Direction of a date the text leaves open (a weekday, a month, a day without a year).

    News narrates the past in the past tense and announces the future in the present ("Arafat
    meets Albright Monday", "closing, which is expected in December"): a present-tense clause
    points ahead (but not after "since" or "from"), a past one back; without a verb the date is
    taken as past.
    """
    if _AS_SOON_AS_BEFORE.search(ctx_text_before(m)):
        return 1  # "could leave as soon as Tuesday": the earliest expected date lies ahead
    tense = ctx.tense(m.start(), m.end())
    deadline = _DEADLINE_BEFORE.search(ctx_text_before(m, 32))
    if deadline and deadline["w"].lower() in ("until", "till") and ctx.past_perfect(m.start(), m.end()):
        return -1  # "Until Thursday, they had not called him a suspect": an end point already passed
    if deadline and (tense != "past" or deadline["w"].lower() != "by"):
        return 1  # "must reply by Oct. 31", "a pact effective June 1", "holders of record Nov. 5": a term set ahead
    if tense == "present" and _SINCE_BEFORE.search(ctx_text_before(m)):
        return -1  # "prices are up 5% from January", "has been closed since Monday"
    if tense == "present" and _NOUN_MODIFIER_BEFORE.search(ctx_text_before(m)) and re.match(r"\s+[a-z]", m.string[m.end():m.end() + 3]):
        return -1  # "the August 7 bombings", "under a June agreement": a date naming a past event
    return 1 if tense in ("future", "present") else -1


# Parts of day kept as a TimeML suffix after a day; TimeBank gives "<day> evening" the suffix (3 of
# 3) but "<day> morning" only 3 of 7 and "<day> night" 9 of 19 (TNI 6, TEV 3); the rest the bare day.
_SUFFIXED_PARTS = frozenset({"EV", "AF"})
# A month inside a noun's phrase is the noun's time, not the verb's: when it is the month after the
# article's, it is the coming one even in past narrative (TimeBank: 10 of 10 such months lie ahead;
# further months are split, and all months by the noun lost matches).
_NP_MONTH_AHEAD = frozenset({1})
# The start of the noun an adjective modifies: a lower-case word that is not a verb or a function word.
_BEFORE_NOUN = re.compile(r"\s+(?!(?:was|is|are|were|has|had|have|will|would|of|in|on|at|and|or|to|from|for|with)\b)[a-z]")
_CURRENT_TERM = re.compile(r"(?i)\s+(?:account|accounts|affairs|assets|liabilities|ratio|events)\b")
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|from|as of)\s+(?:(?:early|late|mid)[\s-]+)?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"`’”]*\s+|[`'\"“‘]\s*|\n\s*)$")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])\b(?:[A-Z][A-Za-z]*|[A-Z]{2,})\s+$")
_AS_SOON_AS_BEFORE = re.compile(r"(?i)\bas\s+(?:soon|early)\s+as\s+$")
# Deadlines, effective dates and record/payment dates name a term the text sets ahead, whatever the
# tense of the clause ("gave it until mid-November"), except "by" in a past clause ("had withdrawn by
# Sunday"); "through January" is left to the tense.
_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(?P<w>by|until|till|effective|payable|of\s+record)\s+(?:(?:early|late|mid)[\s-]+)?$"
)
_NOUN_AFTER_MONTH = re.compile(r"\s+(?!(?:for|of|on|to|in|against|from|through|and|or|is|was|will|would)\b)[a-z]{3,}")
# An amount right before a frequency adverb makes a rate ("8.5% annually", "10,000 units annually"),
# not a recurring time; a verb does not ("the committee meets weekly").
_AMOUNT_BEFORE = re.compile(r"(?i)(?:\d%?|%|\bcents|\bdollars|\bmillion|\bbillion|\bpercent|\bunits|\bshares|\bbarrels|\btons|\btonnes)\s+$")
# A count after "the past"/"the future" ("the past three summers", "the past 12 sessions").
_COUNT_AFTER = re.compile(
    r"\s+(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|few|couple)\b)"
)
_COPULA_BEFORE = re.compile(r"(?i)(?:\b(?:is|was|are|were|be|marks|marked)|['’]s)\s+$")
_NOUN_MODIFIER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|last)\s+$")


def _cap_words(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|could|may|might|can|shall|should|must|'ll)\s+$")
_QUARTER_ENDED = re.compile(r"\s+(?P<verb>ended|ending)\s+(?:on\s+)?(?P<mon>[A-Z][a-z]+\.?)\s+(?P<d>\d{1,2})\b")


def _quarter_under_report(ordinal: str, value: str) -> str:
    """"the quarter", "the latest quarter": the fiscal quarter named before (resolve_anaphora,
    anchoring.py), else ``value``; "the last/previous quarter" and "last year's quarter" stay."""
    return f"{ANAPHOR}{FISCAL_QUARTER}|0|{value}" if ordinal in ("", "latest") else value


def ctx_text_before(m: re.Match[str], width: int = 24) -> str:
    return m.string[max(0, m.start() - width):m.start()]


@lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    return Grammar(load_lexicon())
