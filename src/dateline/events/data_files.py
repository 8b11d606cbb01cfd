"""Read the stage's versioned data files (YAML/TSV shipped beside the code)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def read_text(name: str) -> str:
    return resources.files("dateline.events").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_yaml(name: str) -> Any:
    return yaml.safe_load(read_text(name))


@lru_cache(maxsize=None)
def cues() -> dict[str, frozenset[str]]:
    """The closed word lists of cues.yaml, as sets."""
    return {key: frozenset(str(v).lower() for v in values) for key, values in read_yaml("cues.yaml").items()}
