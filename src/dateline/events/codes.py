"""CAMEO codes: Goldstein weights from the shipped table, QuadClass from the root."""

from __future__ import annotations

from functools import lru_cache

from dateline.events.data_files import read_text
from dateline.model import CameoCode


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, tuple[float, str]]:
    """code -> (Goldstein weight, short name), from data/cameo.tsv."""
    table: dict[str, tuple[float, str]] = {}
    for line in read_text("cameo.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, weight, name = line.split("\t")
        table[code] = (float(weight), name)
    return table


def quad_class(root: str) -> int:
    """GDELT convention: 01-05 verbal cooperation (statements and appeals included, as GDELT does),
    06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict."""
    n = int(root)
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def cameo_code(code: str) -> CameoCode:
    """A full CameoCode for a string code ("057"); unknown base codes fall back to the root's weight."""
    root = code[:2]
    table = goldstein_table()
    if code in table:
        weight = table[code][0]
    elif root + "0" in table:
        weight = table[root + "0"][0]
    else:
        raise KeyError(f"CAMEO code {code!r} is not in data/cameo.tsv")
    return CameoCode(code=code, root=root, quad_class=quad_class(root), goldstein=weight)
