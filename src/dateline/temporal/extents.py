"""Which phrases are time expressions, and where they end: conventions the grammar's rules leave out.

The grammar (``grammar.py``) matches and normalises; this module settles recognition questions that
depend on the words around a match, after the longest matches are kept (``find_times``):

- vague stretches the rules have no pattern for: "for a while" (``PXX``), "at a later date"
  (``FUTURE_REF``), "a day-long meeting", "a yearlong inquiry" (one unit, ``P1D``);
- extents: "decades-long", "the next year or so" and "weeks or months" are one expression each
  (TimeML tags the hedge and the coordination with the span they qualify), and the article of
  "the two day rally" belongs to the noun, as for "the third-quarter loss";
- non-times: "the future of our peoples" and "the future looks bleak" name prospects, not a time;
  "a matter of days" is a figure of speech for "soon", not a stretch of days.

Session 11 (time-values11a) counted each convention in TempEval-3 TBAQ across sources before adopting
it (docs/benchmarks.md, "Session 11, time-values11a").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from dateline.temporal.anchoring import THAT_STRETCH, THEN
from dateline.temporal.calendar_math import period_before
from dateline.temporal.grammar import ANAPHOR
from dateline.temporal.lexicon import load_lexicon

Found = tuple[int, int, str, str]  # (start, end, TIMEX3 type, value)

_ONE_UNIT = {"hour": "PT1H", "day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}
# The three vague forms; the named group that matched is the extent.
_VAGUE = re.compile(
    r"(?<![\w-])(?P<unit>(?i:hour|day|week|month|year))-?(?i:long)\b"
    r"|\b(?i:for|after)\s+(?P<while>(?i:a\s+(?:long\s+)?while))\b(?!\s+(?i:ago|back|longer|before|after)\b)"
    r"|\b(?i:at|on|until|till|to)\s+(?P<later>(?i:a\s+later\s+(?:date|time|stage)))\b"
    r"|\b(?i:until|till|by)\s+(?P<then>(?i:then))\b(?!-)"
    r"|\b(?i:during|over|throughout|for)\s+(?P<that>(?i:that\s+(?:time|period)))\b"
)
# The pattern runs only around these words of the lower-cased text, found with str.find: a
# whole-text regex scan costs several times more.
_VAGUE_CUES = ("long", "while", "later", "then", "that time", "that period")


def vague_expressions(text: str, lowered: str) -> list[Found]:
    """"a day-long meeting" (P1D), "for a while" (PXX), "at a later date" (FUTURE_REF); "until
    then", "by then": the time named before, "during that time": the stretch named just before
    (both resolved in ``resolve_anaphora``; "since then", a stretch up to now, is no point and
    TimeBank leaves it untagged).

    ``lowered`` is ``text.lower()``."""
    hits: list[int] = []
    for word in _VAGUE_CUES:
        i = lowered.find(word)
        while i >= 0:
            hits.append(i)
            i = lowered.find(word, i + 1)
    found: list[Found] = []
    last_end = 0
    for cue in sorted(hits):
        m = _VAGUE.search(text, max(last_end, cue - 16), min(len(text), cue + 17))
        if m is None:
            continue
        last_end = m.end()
        if m["unit"]:
            found.append((m.start(), m.end(), "DURATION", _ONE_UNIT[m["unit"].lower()]))
        elif m["while"]:
            found.append((m.start("while"), m.end("while"), "DURATION", "PXX"))
        elif m["then"]:
            found.append((m.start("then"), m.end("then"), "DATE", f"{ANAPHOR}{THEN}|0|"))
        elif m["that"]:
            found.append((m.start("that"), m.end("that"), "DURATION", f"{ANAPHOR}{THAT_STRETCH}|0|"))
        else:
            found.append((m.start("later"), m.end("later"), "DATE", "FUTURE_REF"))
    return found


_UNIT_END = re.compile(r"(?i:minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?$")
_LONG_AFTER = re.compile(r"-(?i:long)\b")
_ARTICLE_LONG = re.compile(r"(?i:an?)\s+(?=\w+-(?i:long)$)")
_OR_SO_AFTER = re.compile(r"\s+(?i:or\s+so)\b(?!\s+(?i:ago|earlier|later|before|after)\b)")
# "until 1994 or later", "for 1990 and beyond": an open end of a date is part of it (TimeML's mod),
# only where the clause ends ("in 1984 and later served" is another verb's adverb).
_OPEN_END_AFTER = re.compile(r"\s+(?i:or\s+(?:later|earlier|sooner)|and\s+beyond)\b(?=\s*(?:[,.;:!?)'\"`]|$))")
# "in past years": as "in recent years" (the grammar's PAST_REF); "the past years" is the grammar's.
_PAST_BEFORE = re.compile(r"(?<!\bthe )\b(?i:past)\s+$")
# "a once-a-day pill": the hyphenated frequency the grammar's set rule (spaced words) does not see.
_TIMES_HYPHEN_BEFORE = re.compile(r"\b(?i:once|twice)-$")
_BARE_PLURAL = re.compile(r"^(?i:(?:recent\s+)?(?:minutes|hours|days|weeks|months|years|decades))$")
_JOINED = re.compile(r"^\s+(?i:or|and)\s+$")
_MATTER_OF_BEFORE = re.compile(r"\b(?i:matter\s+of)\s+$")
_THE_FUTURE = re.compile(r"^(?i:the\s+future)$")
_OF_AFTER = re.compile(r"\s+of\b")
# "the two day rally": a count and a singular unit before a noun modify it (the noun takes "the").
_COUNT_MODIFIER = re.compile(
    r"^(?i:the)\s+(?=(?:\d+|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|sixty|ninety))\s+(?i:minute|hour|day|week|month|year|decade)$)"
)
# "a year-over-year basis", "the quarter-to-quarter comparison": a unit joined to another by a hyphenated
# preposition compares periods and measures no time (the grammar's match stops at the hyphen).
_UNIT_TO_UNIT_AFTER = re.compile(
    r"-(?i:to|over|on|by|after)-(?i:minute|hour|day|week|month|quarter|year|decade)s?\b"
)
# "more this year than last", "as high a dividend this year as last": "last" alone is the period
# before the one just named.
_ELLIPTICAL_LAST_AFTER = re.compile(r"\s+(?i:as|than)\s+(?P<last>(?i:last))(?=\s*(?:[,.;:!?)'\"]|$))")
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|to|and|or|was|were|is|are|a|the|that|which|he|she|it|they|we)\b)[a-z]")


def settle_extents(found: list[Found], text: str, token_at: Callable[[int], Token | None]) -> list[Found]:
    """Drop the phrases that are no time here, widen or narrow extents, join coordinated spans.

    ``found`` is in text order without overlaps; ``token_at`` maps a character offset to its
    token in the parse (None without one). Cheap string tests guard each regex: this runs on
    every expression of every article."""
    out: list[Found] = []
    for s, e, kind, value in found:
        span = text[s:e]
        bare_plural = span[-1:] == "s" and _BARE_PLURAL.match(span) is not None
        if _is_no_time(span, s, e, text, token_at, bare_plural):
            continue
        s, e, kind, value = _widened(s, e, kind, value, text)
        if bare_plural:
            s, kind, value = _vague_plural(s, e, kind, value, out, text)
        out.append((s, e, kind, value))
        if kind == "DATE" and text[s:s + 4].lower() == "this" and (last := _elliptical_last(e, value, text)):
            out.append(last)
    return out


def _elliptical_last(e: int, value: str, text: str) -> Found | None:
    """"twice as high a dividend this year as last", "more this month than last": the bare "last"
    is the period before the one just named (``1988`` after ``1989``); None when no such "last"
    follows (TimeBank tags the elliptical "last" with that value)."""
    if " last" not in text[e:e + 10].lower() or (m := _ELLIPTICAL_LAST_AFTER.match(text, e)) is None:
        return None
    before = period_before(value)
    return (m.start("last"), m.end("last"), "DATE", before) if before else None


def _widened(s: int, e: int, kind: str, value: str, text: str) -> Found:
    """"decades-long", "the next year or so", "1994 or later" take in the word after; "the two day
    rally" and "a week-long strike" leave out the article, which is the noun's; "once-a-day" is a set."""
    span, after = text[s:e], text[e:e + 6].lower()
    if kind == "DURATION" and after.startswith("-long") and _UNIT_END.search(span) and (
        m := _LONG_AFTER.match(text, e)
    ):
        e = m.end()
    elif kind in ("DATE", "DURATION") and "or so" in text[e:e + 8].lower() and _UNIT_END.search(span) and (
        m := _OR_SO_AFTER.match(text, e)
    ):
        e = m.end()
    elif kind == "DATE" and after[:4] in (" or ", " and") and (m := _OPEN_END_AFTER.match(text, e)):
        e = m.end()
    elif kind == "DURATION" and span[:4].lower() == "the " and (m := _COUNT_MODIFIER.match(span)) and _NOUN_AFTER.match(
        text, e
    ):
        s += m.end()
    if kind == "DURATION" and span[:2].lower() == "a-" and (t := _TIMES_HYPHEN_BEFORE.search(text, max(0, s - 6), s)):
        s, kind = t.start(), "SET"  # "a once-a-day medicine": P1D, recurring
    if kind == "DURATION" and text[e - 4:e].lower() == "long" and (a := _ARTICLE_LONG.match(text, s, e)):
        s = a.end()  # "a week-long strike": "a" is the strike's
        if text[e - 6:e - 5].lower() == "s":
            value = re.sub(r"\d+", "X", value)  # "a decades-long battle": a vague count of decades
    return s, e, kind, value


def without_comparison_compounds(found: list[Found], text: str) -> list[Found]:
    """Drop a unit joined to another by a hyphenated preposition: "on a year-over-year basis", "The
    quarter-to-quarter comparison" compare periods and name no time of their own. Run after
    ``resolve_anaphora``: "The quarter" still names the quarter under report, which a later
    "the year-earlier period" points back to, so it is dropped only once that is resolved."""
    return [
        (s, e, kind, value) for s, e, kind, value in found
        if text[e:e + 1] != "-" or _UNIT_TO_UNIT_AFTER.match(text, e) is None or not _UNIT_END.search(text[s:e])
    ]


def _vague_plural(s: int, e: int, kind: str, value: str, out: list[Found], text: str) -> tuple[int, str, str]:
    """A bare plural unit: "in past years" takes "past" (``PAST_REF``, as the grammar's "in recent
    years"); "weeks or months" joins the plural before it (popped from ``out``), keeping its value."""
    span = text[s:e]
    if kind == "DURATION" and text[max(0, s - 5):s].lower() == "past " and (
        m := _PAST_BEFORE.search(text, max(0, s - 12), s)
    ):
        s = m.start()
        if span.lower() == "years":
            kind, value = "DATE", "PAST_REF"
    if (
        out and out[-1][2] == "DURATION" and _JOINED.match(text[out[-1][1]:s])
        and _BARE_PLURAL.match(text[out[-1][0]:out[-1][1]])
    ):
        s, _, kind, value = out.pop()
    return s, kind, value


def _is_no_time(
    span: str, s: int, e: int, text: str, token_at: Callable[[int], Token | None], bare_plural: bool
) -> bool:
    """"the future of our peoples", "the future looks bleak": the prospects of something, not a
    time; "a matter of days": a figure of speech for "soon"; "a venture called Orion 1980": a
    year after a name is part of the name."""
    if len(span) == 4 and span.isdigit() and text[s - 2:s - 1].isalpha() and _in_a_name(s, token_at):
        return True
    if span[-6:].lower() == "future" and _THE_FUTURE.match(span):
        if _OF_AFTER.match(text, e):
            return True
        token = token_at(e - 1)
        return token is not None and token.dep_ in ("nsubj", "nsubjpass")
    return bare_plural and _MATTER_OF_BEFORE.search(text, max(0, s - 16), s) is not None


# Names a year may follow as a time of theirs ("Christmas 1998", "Summer 1989", "Fiscal 1990"),
# besides the lexicon's months and seasons (also the months the grammar leaves out when written in
# lower case: "at end-february 1986").
_TIME_WORDS = frozenset({
    "christmas", "easter", "ramadan", "thanksgiving", "passover", "hanukkah", "fiscal", "calendar",
    "year", "mid", "class",
})


@lru_cache(maxsize=1)
def _time_names() -> frozenset[str]:
    lex = load_lexicon()
    return _TIME_WORDS | frozenset(lex.months) | frozenset(lex.seasons)


def _in_a_name(s: int, token_at: Callable[[int], Token | None]) -> bool:
    """"a joint venture called Orion 1980", "Windows 2000": a year right after a proper noun it
    numbers is part of that name, not a date (needs the parse)."""
    token = token_at(s)
    if token is None or token.i == 0 or token.dep_ != "nummod":
        return False
    name = token.doc[token.i - 1]
    return token.head.i == name.i and name.pos_ == "PROPN" and name.lower_.rpartition("-")[2] not in _time_names()
