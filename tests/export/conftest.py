from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Reuse the hand-built articles of tests/store.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from dateline.store import open_store  # noqa: E402
from store_factory import corpus  # noqa: E402


@pytest.fixture
def filled(tmp_path):
    with open_store(tmp_path / "export.db") as store:
        store.add_batch(corpus())
        yield store
