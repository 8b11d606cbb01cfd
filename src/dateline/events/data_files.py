"""Read the stage's versioned data files (YAML/TSV shipped beside the code)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from dateline.data_files import parse_yaml, read_data_text


def read_text(name: str) -> str:
    return read_data_text("dateline.events", f"data/{name}")


@lru_cache(maxsize=None)
def read_yaml(name: str) -> Any:
    return parse_yaml(read_text(name))


@lru_cache(maxsize=None)
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The closed word lists of the data file ``name`` (a YAML mapping of lists), as sets of
    lower-case words."""
    return {key: frozenset(str(v).lower() for v in values) for key, values in read_yaml(name).items()}


def cues() -> dict[str, frozenset[str]]:
    """The closed word lists of cues.yaml, as sets."""
    return word_lists("cues.yaml")
