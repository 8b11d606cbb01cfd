"""FastAPI's TestClient, imported quietly (starlette warns that httpx2 is now preferred)."""

from __future__ import annotations

import warnings
from typing import Any


def client_class() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient
