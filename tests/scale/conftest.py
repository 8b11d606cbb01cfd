from __future__ import annotations

import sys
from pathlib import Path

# Shared helpers (scale_helpers.py) live beside the tests.
sys.path.insert(0, str(Path(__file__).resolve().parent))
