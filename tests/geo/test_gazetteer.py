import time
from pathlib import Path

from dateline.geo import gazetteer as gz
from dateline.geo.gazetteer import load_gazetteer


def test_lookup_folds_alternate_spellings(gazetteer):
    raqqa = gazetteer.lookup("Raqqa")
    assert raqqa and raqqa[0].name == "Ar Raqqah" and raqqa[0].country == "SYR"
    assert gazetteer.lookup("al-Bab")[0].country == "SYR"


def test_lookup_is_most_populous_first(gazetteer):
    paris = gazetteer.lookup("Paris")
    assert len(paris) > 5
    assert paris[0].country == "FRA"
    # Most populous first among the cities (country/region entries carry their own population).
    cities = [gazetteer.population(i) for i in gazetteer.ids("Paris") if gazetteer.feature(i) == "city"]
    assert cities == sorted(cities, reverse=True)


def test_countries_have_iso3_and_aliases(gazetteer):
    us = gazetteer.resolve("U.S.")
    assert us is not None and us.feature == "country" and us.country == "USA"
    assert gazetteer.resolve("Britain").country == "GBR"
    assert gazetteer.resolve("Syria").feature == "country"


def test_country_beats_namesake_town_and_capital_beats_state(gazetteer):
    assert gazetteer.resolve("Georgia").country == "GEO"
    washington = gazetteer.resolve("Washington")
    assert washington.feature == "city" and abs(washington.lat - 38.9) < 0.2


def test_context_country_picks_the_reading(gazetteer):
    assert gazetteer.resolve("Tripoli").country == "LBY"
    assert gazetteer.resolve("Tripoli", context_country="LBN").country == "LBN"


def test_regions_and_states_are_known(gazetteer):
    assert gazetteer.resolve("the Middle East").feature == "region"
    assert gazetteer.resolve("West Bank").country == "PSE"
    texas = gazetteer.resolve("Texas")
    assert texas.feature == "admin1" and texas.admin1 == "TX"


def test_unknown_name_gives_nothing(gazetteer):
    assert gazetteer.lookup("Xqzzyville") == []
    assert gazetteer.resolve("Xqzzyville") is None


def test_cache_dir_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path / "c"))
    assert gz.cache_dir() == tmp_path / "c"
    assert gz.cache_path().parent == tmp_path / "c"
    monkeypatch.delenv("DATELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gz.cache_dir() == tmp_path / "xdg" / "dateline"


def test_unwritable_cache_dir_falls_back_to_temp(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    chosen = gz._writable_dir(blocker / "sub")  # a directory cannot live under a file
    assert chosen != blocker / "sub" and chosen.is_dir()


def test_cache_key_changes_with_data(monkeypatch):
    before = gz._cache_key()
    original = gz._data_text
    monkeypatch.setattr(gz, "_data_text", lambda name: original(name) + "\n# edited")
    assert gz._cache_key() != before


def test_warm_start_loads_from_cache(pipeline):
    # The pipeline fixture built (or found) the cache; a second load must only read it.
    assert gz.cache_path().exists()
    t0 = time.perf_counter()
    g = load_gazetteer()
    elapsed = time.perf_counter() - t0
    assert len(g) > 200_000
    assert elapsed < 3.0, elapsed  # < 1 s on an idle machine; slack for loaded CI runners
