"""Fatality and injury counts read from the sentence of a violent event."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "hundred": 100,
}
VAGUE = r"(?:dozens|scores|hundreds|thousands|several|many|some|a number)"
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
QUANT = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as)\s+)?"
# "39 people", "12 Syrian soldiers"; never across a coordination or another casualty verb.
VICTIMS = r"(?:\s+(?!and\b|or\b|but\b|kill|dead|die|wound|injur|hurt)[A-Za-z-]+){0,3}?"
DEATH = r"(?:killed|killing|kills|kill|dead|died|dies|die|deaths|death toll|lives|massacred|massacring|slaughtered|executed)"
HURT = r"(?:wounded|wounding|wounds|injured|injuring|injuries|hurt)"
TOLL_GAP = r"(?:\s+(?!and\b|or\b|but\b|which\b|that\b|who\b)[\w'’-]+){1,10}?"
TOLL_RISE = (r"(?:(?:has|have|had)\s+)?(?:rose|risen|climbed|reached|jumped|increased|stood at|stands at|"
             r"rises|climbs|reaches)")
BE = r"(?:\s+(?:were|was|are|have been|had been|has been|been|being|people|others|more))*"


@dataclass(frozen=True)
class Count:
    kind: str  # "fatalities" | "injured"
    value: int | None  # None when the text gives no number ("dozens wounded")
    start: int  # character offset of the number in the scanned text
    text: str


def _compile(verb: str, toll: bool) -> list[re.Pattern[str]]:
    """The patterns of one kind; a "toll" counts the dead only (``toll``)."""
    patterns = [
        # "killed 39 people", "killing at least 12", "wounding five"
        re.compile(rf"\b{verb}\s+{QUANT}(?P<n>{NUM}|{VAGUE})\b", re.I),
        # "39 people were killed", "at least 12 dead", "five soldiers wounded"
        re.compile(rf"\b{QUANT}(?P<n>{NUM}|{VAGUE})\b{VICTIMS}{BE}\s+{verb}\b", re.I),
    ]
    if not toll:
        return patterns
    return patterns + [
        # "the death toll rose to 40"
        re.compile(rf"\btoll\s+(?:rose|climbed|reached|stood at|rises|is|was|of)\s+(?:to\s+)?{QUANT}(?P<n>{NUM})\b", re.I),
        # "the death toll from Monday's attack on the port has risen to 40": the toll's verb a few
        # words on, in the same clause (no punctuation or coordination between)
        re.compile(rf"\btoll{TOLL_GAP}\s+{TOLL_RISE}\s+(?:to\s+)?{QUANT}(?P<n>{NUM})\b", re.I),
    ]


PATTERNS = {"fatalities": _compile(DEATH, toll=True), "injured": _compile(HURT, toll=False)}
# A count right after an active verb is its object: "two bombers killed 12 people" counts 12, not 2
# (but "five soldiers were killed 3 km away" counts five).
OBJECT_COUNT = re.compile(rf"\s+{QUANT}(?:{NUM}|{VAGUE})\b", re.I)
PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being)\b", re.I)


def _value(word: str) -> int | None:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def find_counts(text: str) -> list[Count]:
    """Every casualty count in ``text`` (one sentence), first per kind and position."""
    found: list[Count] = []
    seen: set[tuple[str, int]] = set()
    for kind, patterns in PATTERNS.items():
        for i, pattern in enumerate(patterns):
            for m in pattern.finditer(text):
                if i == 1 and OBJECT_COUNT.match(text, m.end()) and not PASSIVE.search(m.group(0)):
                    continue  # the number before the verb counts its subject, not the victims
                key = (kind, m.start("n"))
                if key in seen:
                    continue
                if _is_year(m.group("n")):
                    continue
                seen.add(key)
                found.append(Count(kind, _value(m.group("n")), m.start("n"), m.group("n")))
    return sorted(found, key=lambda c: c.start)


def _is_year(word: str) -> bool:
    """'in 2014 ... killed': a four-digit 19xx/20xx number is a year, not a count."""
    return word.isdigit() and len(word) == 4 and word.startswith(("19", "20"))
