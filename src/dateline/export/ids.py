"""Stable integer ids for the profiles that need one (GDELT's GLOBALEVENTID, ACLED's event number)."""

from __future__ import annotations

import hashlib

ID_BITS = 53  # exact in a double: survives R, JavaScript, spreadsheets and pandas float columns


def numeric_event_id(event_id: str) -> int:
    """The first 53 bits of SHA-256 of the UTF-8 event_id, plus one (never 0).

    Stable across runs, machines and stores: the same event_id always gets the same number. Two
    different event_ids share a number with probability about n^2 / 2^54 (one in 18,000 for a
    million events).
    """
    digest = hashlib.sha256(str(event_id).encode("utf-8")).digest()
    return (int.from_bytes(digest[:8], "big") >> (64 - ID_BITS)) + 1
