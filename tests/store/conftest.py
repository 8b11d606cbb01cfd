from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The hand-built articles live beside this file and are shared with tests/export.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dateline.store import open_store  # noqa: E402
from store_factory import corpus  # noqa: E402


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture
def filled(store):
    store.add_batch(corpus())
    return store
