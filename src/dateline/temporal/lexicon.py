"""The temporal lexicon: word lists the grammar is built from, loaded once from package data."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateline.data_files import parse_yaml, read_data_text


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]  # lower-cased spelling -> month number
    month_names: tuple[str, ...]  # the full name of each month (first spelling in the data)
    weekdays: dict[str, int]  # lower-cased spelling -> ISO weekday
    numbers: dict[str, str]  # number word -> "3" or "X"
    ordinals: dict[str, int]
    units: dict[str, tuple[str, bool]]  # unit -> (TimeML letter, clock unit)
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    fixed_holidays: dict[str, tuple[int, int]]  # lower-cased name -> (month, day)
    frequency_adverbs: dict[str, str]
    islamic_holidays: dict[str, dict[int, date]]  # holiday -> year -> first day
    future_governors: frozenset[str]
    scheduling_participles: frozenset[str]
    planning_verbs: frozenset[str]
    temporal_subordinators: dict[str, int]  # preposition -> direction of its gerund clause's event
    invariant_past_verbs: frozenset[str] = frozenset()  # past spelt as present: hurt, cut, put
    generic_day_nouns: frozenset[str] = frozenset()  # "today's youth": the present age, not a day


def _data_text(name: str) -> str:
    return read_data_text("dateline.temporal", f"data/{name}")


def _invert(table: dict[int, list[str]]) -> dict[str, int]:
    return {spelling.lower(): int(key) for key, spellings in table.items() for spelling in spellings}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = parse_yaml(_data_text("lexicon.yaml"))
    holidays: dict[str, dict[int, date]] = {}
    rows = (line for line in _data_text("islamic_holidays.tsv").splitlines() if not line.startswith("#"))
    for row in csv.DictReader(rows, delimiter="\t"):
        day = date.fromisoformat(row["date"])
        holidays.setdefault(row["holiday"], {})[day.year] = day
    return Lexicon(
        months=_invert(raw["months"]),
        month_names=tuple(spellings[0].lower() for spellings in raw["months"].values()),
        weekdays=_invert(raw["weekdays"]),
        numbers={str(k).lower(): str(v) for k, v in raw["numbers"].items()},
        ordinals={str(k).lower(): int(v) for k, v in raw["ordinals"].items()},
        units={k: (v[0], bool(v[1])) for k, v in raw["units"].items()},
        seasons=dict(raw["seasons"]),
        parts_of_day=dict(raw["parts_of_day"]),
        fixed_holidays={
            k.lower(): (int(v.split("-")[0]), int(v.split("-")[1])) for k, v in raw["fixed_holidays"].items()
        },
        frequency_adverbs=dict(raw["frequency_adverbs"]),
        islamic_holidays=holidays,
        future_governors=frozenset(raw["future_governors"]),
        scheduling_participles=frozenset(raw["scheduling_participles"]),
        planning_verbs=frozenset(raw["planning_verbs"]),
        temporal_subordinators={str(k): int(v) for k, v in raw["temporal_subordinators"].items()},
        invariant_past_verbs=frozenset(raw.get("invariant_past_verbs", [])),
        generic_day_nouns=frozenset(raw.get("generic_day_nouns", [])),
    )
