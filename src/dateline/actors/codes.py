"""Actor codes: CAMEO-style country + sector (``TURGOV``) or an international prefix (``IGONAT``).

Scheme (documented in docs/pipeline.md ("Actors")):
- ``TUR``, ``USA``: a country itself (ISO 3166-1 alpha-3; ``XKX`` Kosovo, ``SUN``/``YUG``/``CSK``
  for dissolved states); ``TURGOV``, ``SYRREB``: country + sector.
- ``IGO...``: intergovernmental organisations (``IGOUNO`` UN, ``IGONAT`` NATO, ``IGOEUR`` EU);
  ``NGO...``: non-governmental organisations; ``IMG...``: transnational militant groups
  (``IMGISL`` Islamic State, ``IMGAQD`` al-Qaeda). These have no country.
- A sector alone (``REB``, ``INS``) when the text names no country for a non-state nominal actor.
"""

from __future__ import annotations

INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG")
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "SPY", "LEG", "PTY", "OPP", "REB", "INS", "MED", "BUS", "CVL", "LAB",
    "EDU", "REL", "REF", "HLH", "ELI", "IGO", "NGO", "IMG", "CRM", "SEP", "UAF", "AGR", "ENV", "MOD", "RAD",
})


def split_code(code: str) -> tuple[str | None, str | None]:
    """``TURGOV`` -> (``TUR``, ``GOV``); ``IGONAT`` -> (None, ``IGO``); ``REB`` -> (None, ``REB``)."""
    head = code[:3]
    if head in INTERNATIONAL_PREFIXES:
        return None, head
    if len(code) == 3 and code in SECTORS:
        return None, code
    return head, (code[3:6] or None)


def join_code(country: str | None, sector: str | None) -> str | None:
    if country and sector:
        return country + sector
    return country or sector
