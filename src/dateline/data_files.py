"""Reading the versioned data files each stage ships beside its code (YAML/TSV package data)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

# The C loader is about 10x faster than the pure-Python one; PyYAML wheels normally ship it.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_data_text(package: str, name: str) -> str:
    """The text of ``name`` inside ``package`` (e.g. ``"dateline.events"``, ``"data/cues.yaml"``)."""
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def parse_yaml(text: str) -> Any:
    """Safe YAML parsing with the fastest loader available."""
    return yaml.load(text, Loader=_LOADER)
