"""find_times: recognise TIMEX3 expressions in an article and normalise them to TimeML values."""

from __future__ import annotations

import re
from datetime import date, timedelta

from collections.abc import Iterator

from spacy.tokens import Doc

from dateline.model import Article, TimeExpr
from dateline.temporal import calendar_math as cal
from dateline.temporal.anchoring import (
    FISCAL_QUARTER, THAT_STRETCH, THEN, fiscal_quarter_after, quarter_under_report, referent_of_that_stretch,
    referent_of_then,
)
from dateline.temporal.calendar_math import add_months
from dateline.temporal.extents import settle_extents, vague_expressions, without_comparison_compounds
from dateline.temporal.grammar import ANAPHOR, Context, Normalised, Rule, load_grammar
from dateline.temporal.tense import TenseReader

# Trailing characters a match may pick up that are not part of the expression.
_TRIM = " ,;:"
# TimeML extents leave out possessives, vague hedges and the article of a measured span: the grammar
# matches them (they help normalise) and the extent is trimmed afterwards. Bounding modifiers
# ("more than", "at least", "nearly", "up to": TimeML's mod LESS_THAN/MORE_THAN...) stay in the
# extent, as in most of TimeBank.
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
# A hyphenated time before a noun ("the third-quarter loss", "the year-ago results") modifies it:
# TimeML leaves the article, which belongs to the noun, out of the extent.
_MODIFIER_ARTICLE = re.compile(r"^(?i:the)\s+(?=(?:(?i:fiscal)[\s-])?[\w]+-[a-z]+$)")
# the noun may be an acronym ("the third-quarter GNP growth")
_NOUN_NEXT = re.compile(r"\s+(?!(?:of|in|to|and|or|was|were|is|are|ended|ending|a|the)\b)(?:[a-z$]|[A-Z]{2,}\b)")
# "around" before a clock time or a day stays in the extent (TimeBank: "around 7:15 p.m.", "completed
# around Nov. 1"), but not the particle of "get around Wednesday's ruling".
_APPROXIMABLE = frozenset({"mdy", "dmy", "clock", "clock24", "noon", "clock_pod"})
_AROUND_BEFORE = re.compile(r"(?<!get )(?<!got )(?<!getting )(?<!way )(?<!ways )\b(?P<w>(?i:around))\s+$")
_LEAD_ALWAYS = re.compile(r"^(?i:in)\s+(?=(?i:the past|the future|recent years))")
_LEAD_DURATION = re.compile(
    r"^(?i:about|almost|some|roughly|around|just over|just under"
    r"|the(?=\s+(?:\d|(?!year-(?:earlier|ago)\b)\w+-)))\s+"
)


def find_times(doc: Doc | None, article: Article) -> list[TimeExpr]:
    """All time expressions in ``article.text``, in text order, without overlaps.

    Each is normalised against ``article.date`` (the document creation time); the tense of the
    governing verb in ``doc`` decides the direction of bare weekdays, months and holidays.
    ``doc`` may be None or unparsed: the direction then defaults to the past.
    """
    text = article.text
    anchor = date.fromisoformat(article.date[:10])
    reader = TenseReader(doc)
    ctx = Context(
        anchor=anchor, direction=reader.direction,
        is_plural_count=lambda s, e: _is_count(reader, s, e),
        is_adjective=lambda s: _is_adjective(reader, s),
        is_noun=lambda s: _is_noun(reader, s),
        tense=reader.tense,
        in_noun_phrase=lambda s: _in_noun_phrase(reader, s),
        past_perfect=reader.past_perfect,
    )
    candidates: list[tuple[int, int, str, str]] = []
    lowered = text.lower()
    for rule in load_grammar().rules:
        for m in _matches(rule, text, lowered):
            # a rule may match more than its extent ("April 24 and 25" for "25"): group "x" is the extent
            start, end = m.span("x") if "x" in rule.pattern.groupindex else m.span()
            while end > start and text[end - 1] in _TRIM:
                end -= 1
            while start < end and text[start] in _TRIM:
                start += 1
            if end <= start:
                continue
            result = _normalised(rule, m, ctx)
            if result is None or not result[1]:
                continue
            start, end = _trim_extent(text, start, end, result[0])
            if rule.name in _APPROXIMABLE and (hedge := _AROUND_BEFORE.search(text, max(0, start - 24), start)):
                start = hedge.start("w")  # "around 7:15 p.m.", "around Nov. 1": TimeML keeps the hedge of a point
            candidates.append((start, end, result[0], result[1]))
    candidates.extend(vague_expressions(text, lowered))
    found = settle_extents(_longest_first(candidates), text, reader.token_at)
    kept = without_comparison_compounds(_day_before_or_after(resolve_anaphora(found, text, anchor), text), text)
    return [TimeExpr(s, e, text[s:e], kind, value) for s, e, kind, value in kept]


def _normalised(rule: Rule, m: re.Match[str], ctx: Context) -> Normalised:
    """The rule's value, or None when the expression leaves the calendar: "284,000 week ago" in a
    table of figures is no date (datetime raises OverflowError or ValueError past year 1 or 9999),
    and one such row must not cost the article its annotations."""
    try:
        return rule.normalise(m, ctx)
    except (OverflowError, ValueError):
        return None


_DAY_BEFORE_AFTER = re.compile(r"\b(?P<w>(?i:(?:the|a|one)\s+)?day\s+(?P<dir>before|after))\s+$")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _day_before_or_after(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """"the day before last Tuesday('s hearing)", "the day after Christmas": one expression, the
    named day moved by one (TimeML tags the whole phrase with the day it names)."""
    out: list[tuple[int, int, str, str]] = []
    for s, e, kind, value in found:
        lo = max(out[-1][1] if out else 0, s - 24)
        if kind == "DATE" and _DAY_VALUE.match(value) and (m := _DAY_BEFORE_AFTER.search(text, lo, s)):
            step = -1 if m["dir"].lower() == "before" else 1
            s, value = m.start("w"), (date.fromisoformat(value) + timedelta(days=step)).isoformat()
        out.append((s, e, kind, value))
    return out


_ANCHOR_VALUE = re.compile(r"^(\d{4})(-(?:Q[1-4]|H[12]|\d\d(?:-\d\d)?))?$")
# A value a "that day" can point back to: a day (or a clock time on it) or a month.
_DAY_OR_MONTH = re.compile(r"^(\d{4}-\d\d)(?:-(\d\d|XX))?(?:T|$)")


# "the quarter ended Sept. 30", "the year ending June 30": the day only closes the period.
_PERIOD_END = re.compile(r"^\s*(?i:ended|ending|ends|through|to)\s+(?:on\s+)?$")


def resolve_anaphora(
    found: list[tuple[int, int, str, str]], text: str = "", anchor: date | None = None
) -> list[tuple[int, int, str, str]]:
    """Resolve "a year earlier/ago" and "that day" against the previous calendar expression.

    "earlier" shifts the previous expression back (any granularity), "the year-ago quarter" only a
    previous quarter; "ago" counts from the
    article date, except after a quarter or a half ("third-quarter profit ... a year ago" is that
    quarter a year back). "that day", "the same day", "the next day" take the most recent day
    named before them (a date or a clock time), moved by the stated offset; after a month ("last
    October, when ... that same day") the day is an unknown one of that month (``1998-10-XX``).
    "that year", "later that month", "that quarter" take the period of the previous expression
    that has it ("the latest period": a previous quarter or half). A day that only closes the
    period before it ("the fourth quarter ended Sept. 30 ... a year earlier") does not replace
    that period as the reference of "a year earlier". "a year ago", "the year-ago quarter" and
    "year-earlier" compare with a period already reported: a period that begins after ``anchor``
    (the article date; a forecast, "the third quarter of 1990") is not their reference.
    "the quarter", "the latest quarter" after a fiscal quarter ("the fiscal first quarter") are that
    quarter (anchoring.py) and, resolved, the reference of what follows, as a calendar quarter is.
    "until then", "by then" take the last date or time named, "during that time" the stretch just
    named (anchoring.py).
    Without a previous expression the article-date fallback stands.
    """
    out: list[tuple[int, int, str, str]] = []
    previous: re.Match[str] | None = None
    previous_day: str | None = None  # "2017-02-06" or "1998-10-XX"
    reported: re.Match[str] | None = None  # the previous expression not wholly in the future
    fiscal_quarter: str | None = None  # "the fiscal first quarter": the quarter the story reports
    for s, e, kind, value in found:
        how = ""
        if value.startswith(ANAPHOR):
            how, amount, fallback = value[len(ANAPHOR):].split("|")
            value = fallback
            if how == FISCAL_QUARTER:
                value = quarter_under_report(fiscal_quarter, fallback)
            elif how in (THEN, THAT_STRETCH):
                referent = referent_of_then(out) if how == THEN else referent_of_that_stretch(out, s)
                if referent is None:
                    continue  # "until then", "during that time" with nothing named before to point to
                kind, value = referent
            elif how == "clock":
                if previous_day is not None and not previous_day.endswith("XX"):
                    value = f"{previous_day}T{amount}"
            elif how == "weekday":
                if previous_day is not None and not previous_day.endswith("XX"):
                    wd, step = abs(int(amount)), (1 if int(amount) > 0 else -1)
                    value = cal.weekday_near(date.fromisoformat(previous_day) + timedelta(days=step), wd, step).isoformat()
            elif how == "overnight":
                value = _night_before(previous_day, fallback) or fallback
            elif how == "day":
                if previous_day is not None and previous_day.endswith("XX"):
                    value = previous_day
                elif previous_day is not None:
                    value = (date.fromisoformat(previous_day) + timedelta(days=int(amount))).isoformat()
            elif how == "year-period":
                rest = (previous.group(2) or "") if previous is not None else ""
                if rest[:2] in ("-Q", "-H"):
                    value = f"{amount}{rest}"  # "the third quarter ... the 1988 period" -> 1988-Q3
            elif how.startswith("that-"):
                value = _same_period(previous, how[len("that-"):], int(amount)) or fallback
            elif how == "adjective" and "period" in text[s:e].lower() and _follows_months_to_date(out):
                # "For the nine months, net was $81 million. In the year-earlier period, ...": that
                # span of months, a year back (TimeBank: P9M, as for "the year-earlier nine months")
                kind, value = "DURATION", out[-1][3]
            elif (reference := previous if how == "earlier" else reported) is not None:
                year, rest = int(reference.group(1)), reference.group(2) or ""
                if how in ("earlier", "ago", "adjective") and _after_months_to_date(out, s, text):
                    rest = ""  # "in the nine months, ... from $9 million a year earlier": that year's span
                if how == "quarter" and rest[:2] != "-Q":
                    pass  # "the year-ago quarter" after a month or a year: the fallback quarter
                elif how == "adjective" and anchor is not None and _already_year_back(reference, anchor):
                    # "a loss in the 1988 period. The year-ago results included ...": the year named is
                    # already the one a year back; "year-ago" counts from the report, not from it
                    value = str(year)
                elif how == "adjective" and "period" in text[s:e].lower() and len(rest) == 6:
                    value = str(year - int(amount))  # a period is no single day ("up to February 24"): its year
                elif how in ("earlier", "adjective") or rest[:2] in ("-Q", "-H"):
                    value = f"{year - int(amount)}{rest}"
        if how in ("", FISCAL_QUARTER) and kind == "DATE" and (m := _ANCHOR_VALUE.match(value)):
            closes_period = (
                previous is not None and previous.group(2) is not None and previous.group(2)[:2] in ("-Q", "-H")
                and m.group(2) is not None and len(m.group(2)) == 6 and out
                and _PERIOD_END.match(text[out[-1][1]:s]) is not None
            )
            if not closes_period:
                previous = m
                if anchor is None or not _not_reported(m, anchor):
                    reported = m
        if kind in ("DATE", "TIME") and (d := _DAY_OR_MONTH.match(value)):
            previous_day = f"{d.group(1)}-{d.group(2) or 'XX'}"
        if not how:
            fiscal_quarter = fiscal_quarter_after(fiscal_quarter, text[s:e], kind, value)
        out.append((s, e, kind, value))
    return out


# A span of months counted in a report ("the nine months", "the first six months"): P2M to P11M.
_MONTHS_TO_DATE = re.compile(r"^P(?:[2-9]|1[01])M$")
_SENTENCE_BREAK = re.compile(r"[.!?]['\"”’]*\s+[A-Z`'\"“‘]")


def _follows_months_to_date(out: list[tuple[int, int, str, str]]) -> bool:
    """The expression right before is a span of months counted in a report ("the nine months")."""
    return bool(out) and out[-1][2] == "DURATION" and _MONTHS_TO_DATE.match(out[-1][3]) is not None


def _after_months_to_date(out: list[tuple[int, int, str, str]], start: int, text: str) -> bool:
    """The expression right before, in the same sentence, is a span of months ("the nine months",
    "the first six months"): "a year earlier", "year-earlier" then compare with that span a year
    back, whose TimeML value is the year (TimeBank: 5 of 7 after "the nine months" are ``1988``,
    not the quarter named before)."""
    if not out or out[-1][2] != "DURATION" or not _MONTHS_TO_DATE.match(out[-1][3]):
        return False
    return _SENTENCE_BREAK.search(text, out[-1][1], start) is None


# How far from the article date the story's day may lie for "overnight" to be the night before it:
# a day named further off (a date in the background, "since Oct. 13") is not the story's day.
_OVERNIGHT_REACH = timedelta(days=7)


def _night_before(previous_day: str | None, fallback: str) -> str | None:
    """"overnight" after "closed lower Friday": the day before the last day named, when that day is
    the story's own (within a week of the article date, which is the day after ``fallback``)."""
    if previous_day is None or previous_day.endswith("XX"):
        return None
    day, article_day = date.fromisoformat(previous_day), date.fromisoformat(fallback) + timedelta(days=1)
    if abs(day - article_day) > _OVERNIGHT_REACH:
        return None
    return (day - timedelta(days=1)).isoformat()


# A reported year ends within this many months before the article; a year that ended longer ago is
# already the year-ago comparison ("the 1988 period", "last year" in a November 1989 report).
_REPORTING_LAG_MONTHS = 6


def _already_year_back(period: re.Match[str], anchor: date) -> bool:
    """The period is the whole year before the article's, ended at least ``_REPORTING_LAG_MONTHS``
    before it: "1988" in a November 1989 story, not in a January 1989 one (the year just reported).
    A quarter named in full ("the second quarter of 2016 ... the year-ago results") is the period
    under discussion and still moves."""
    year, rest = int(period.group(1)), period.group(2) or ""
    return not rest and year == anchor.year - 1 and anchor.month > _REPORTING_LAG_MONTHS


def _not_reported(period: re.Match[str], anchor: date) -> bool:
    """The period cannot have been reported by the article date: it begins after it, or it is a
    quarter or half whose first month holds the article date ("the fourth quarter" in an October
    story is a forecast; a fiscal "first quarter" reported in March is not). A year or month in
    progress still is ("this year's sales rose from a year ago")."""
    if _begins_after(period, anchor):
        return True
    year, rest = int(period.group(1)), period.group(2) or ""
    if rest[:2] not in ("-Q", "-H"):
        return False
    first_month = 3 * int(rest[2]) - 2 if rest[1] == "Q" else 6 * int(rest[2]) - 5
    # only in its first month: a fiscal "first quarter" reported on March 2 may well be over
    return (year, first_month) == (anchor.year, anchor.month)


def _begins_after(period: re.Match[str], anchor: date) -> bool:
    """The period (a year, quarter, half, month or day value) begins after the article date."""
    year, rest = int(period.group(1)), period.group(2) or ""
    if rest[:2] == "-Q":
        month = 3 * int(rest[2]) - 2
    elif rest[:2] == "-H":
        month = 6 * int(rest[2]) - 5
    else:
        month = int(rest[1:3]) if rest else 1
    day = int(rest[4:6]) if len(rest) == 6 else 1
    return date(year, month, day) > anchor


def _same_period(previous: re.Match[str] | None, unit: str, shift: int = 0) -> str | None:
    """"that year" after "June 1998" -> 1998 ("the following year", shift 1: 1999); "that month"
    needs a month or day before it, "that quarter" a quarter."""
    if previous is None:
        return None
    year, rest = previous.group(1), previous.group(2) or ""
    if unit == "year":
        return str(int(year) + shift)
    if unit == "month" and rest[1:3].isdigit():
        y, mo = add_months(int(year), int(rest[1:3]), shift)
        return f"{y}-{mo:02d}"
    if unit == "quarter" and rest.startswith("-Q") and shift == 0:
        return f"{year}{rest}"
    if unit == "period" and rest[:2] in ("-Q", "-H") and shift == 0:
        return f"{year}{rest}"
    return None


# How far a match may reach left and right of its cue word.
_LEFT, _RIGHT = 64, 48


def _matches(rule: Rule, text: str, lowered: str) -> Iterator[re.Match[str]]:
    """The rule's matches, searched only in windows around its cue words when it has any."""
    if rule.cue is None:
        yield from rule.pattern.finditer(text)
        return
    windows: list[list[int]] = []
    for cue in rule.cue.finditer(lowered if rule.cue_lower else text):
        lo, hi = max(0, cue.start() - _LEFT), cue.end() + _RIGHT
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    last_end = -1
    for lo, hi in windows:
        for m in rule.pattern.finditer(text, lo, min(hi, len(text))):
            if m.start() >= last_end:  # windows do not overlap, but be safe about repeats
                last_end = m.end()
                yield m


def _trim_extent(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    span = text[start:end]
    if (m := _POSSESSIVE.search(span)) and m.start() > 0:
        end = start + m.start()
    elif (m := _MODIFIER_ARTICLE.match(span)) and _NOUN_NEXT.match(text, end):
        return start + m.end(), end  # "the third-quarter loss": the article is the noun's, not the time's
    if m := _LEAD_ALWAYS.match(span):
        start += m.end()
    elif kind == "DURATION" and (m := _LEAD_DURATION.match(span)) and m.end() < len(span):
        start += m.end()
    return start, end


def _longest_first(candidates: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep the longest of overlapping matches (earliest on ties), returned in text order."""
    taken: list[tuple[int, int, str, str]] = []
    occupied = bytearray()
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        s, e = cand[0], cand[1]
        if len(occupied) < e:
            occupied.extend(b"\0" * (e - len(occupied)))
        if any(occupied[s:e]):
            continue
        occupied[s:e] = b"\1" * (e - s)
        taken.append(cand)
    return sorted(taken)


def _is_adjective(reader: TenseReader, start: int) -> bool:
    """The token at ``start`` modifies a noun: an adjective, or a capitalised one the tagger reads
    as a proper noun ("Quarterly net income rose", opening a sentence)."""
    token = reader.token_at(start)
    return token is not None and token.pos_ in ("ADJ", "PROPN") and token.dep_ == "amod"


# Roles in which a frequency word used as a noun names a thing ("declared its initial quarterly",
# "a new daily would give Montreal ...", "the business weekly Wirtschaftswoche"); not "attr", which
# the parser gives a predicative adverb ("the warrants are exercisable weekly").
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "amod", "compound"})


def _is_noun(reader: TenseReader, start: int) -> bool:
    """The token at ``start`` is a common noun in a noun's role (subject, object, modifier)."""
    token = reader.token_at(start)
    return token is not None and token.pos_ == "NOUN" and token.dep_ in _NOUN_ROLES


def _in_noun_phrase(reader: TenseReader, start: int) -> bool:
    """The token at ``start`` modifies a noun, itself or through its preposition ("November
    transactions", "a cutback in supply in September"), rather than a verb."""
    token = reader.token_at(start)
    if token is None:
        return False
    if token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def _is_count(reader: TenseReader, start: int, end: int) -> bool:
    """A four-digit number counting a plural noun ("2000 people") is not a year."""
    token = reader.token_at(start)
    if token is None:
        return False
    if not (token.dep_ == "nummod" and token.head.tag_ == "NNS" and token.head.lower_ not in ("elections", "games")):
        return False
    doc = token.doc
    if token.i > 0 and (doc[token.i - 1].tag_ in ("DT", "PRP$", "POS") and doc[token.i - 1].lower_ not in ("some", "all", "these", "those")):
        return False  # "the 1992 protests", "the company's 1989 results": a year modifying the noun
    between = doc[token.i + 1:token.head.i]
    if len(between) and all(t.pos_ in ("PROPN", "NOUN") or t.tag_ == "VBG" for t in between):
        return False  # "1990 BellSouth earnings", "1989 operating results"
    return True
