"""Cross-article matching rules, blocking keys and canonical fields, on hand-built reports (no model)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clustering_factory import (  # noqa: E402
    AFGHANISTAN, BAGRAM, CIVILIANS, CONSULT, GENEVA, IRAN_GOV, KABUL, KANDAHAR, POLICE, TALIBAN, US_GOV,
    candidate, make_event, report,
)

from dateline.dedup.cross_article import (  # noqa: E402
    Match, actors_match, best_match, canonical, compare, index_keys, probe_keys,
)
from dateline.model import Actor  # noqa: E402


def test_same_day_same_actors_same_city_match_with_reasons():
    result = compare(report(make_event(source=[TALIBAN], target=[CIVILIANS], fatalities=12), "d1"),
                     candidate(make_event(source=[TALIBAN], fatalities=12)))
    assert isinstance(result, Match)
    assert result.features["date"]["relation"] == "same day"
    assert result.features["place"]["relation"] == "same place"
    assert result.features["actors"]["shared"] == ["Taliban"]
    assert result.features["fatalities"]["value"] == 12


def test_day_dates_one_day_apart_stay_separate():
    assert compare(report(make_event(source=[TALIBAN], date="2021-05-04")),
                   candidate(make_event(source=[TALIBAN], date="2021-05-03"))) == "dates differ"


def test_week_precision_overlapping_a_day_matches_but_not_the_next_week():
    week = make_event(source=[TALIBAN], date="2021-W18", precision="week")  # 3-9 May 2021
    assert isinstance(compare(report(week, published="2021-05-10"), candidate(make_event(source=[TALIBAN]))), Match)
    later = make_event(source=[TALIBAN], date="2021-W19", precision="week")
    assert compare(report(later, published="2021-05-17"), candidate(make_event(source=[TALIBAN]))) == "dates differ"


def test_undated_reports_match_only_when_published_within_a_day():
    undated = make_event(source=[TALIBAN], date="2021-05-03", basis="publication")
    assert isinstance(compare(report(undated, published="2021-05-04"),
                              candidate(make_event(source=[TALIBAN], date="2021-05-03", basis="publication"))), Match)
    late = make_event(source=[TALIBAN], date="2021-05-06", basis="publication")
    assert compare(report(late, published="2021-05-06"),
                   candidate(make_event(source=[TALIBAN], date="2021-05-03", basis="publication"))) == "dates differ"


def test_publication_date_stands_for_the_days_just_before():
    undated = make_event(source=[TALIBAN], date="2021-05-05", basis="publication")
    assert isinstance(compare(report(undated, published="2021-05-05"), candidate(make_event(source=[TALIBAN]))), Match)
    too_late = make_event(source=[TALIBAN], date="2021-05-09", basis="publication")
    assert compare(report(too_late, published="2021-05-09"), candidate(make_event(source=[TALIBAN]))) == "dates differ"


def test_conflicting_participants_do_not_match():
    assert compare(report(make_event(source=[TALIBAN], target=[CIVILIANS])),
                   candidate(make_event(source=[TALIBAN], target=[POLICE]))) == "actors differ"


def test_role_code_without_country_matches_the_same_role_in_a_country():
    pirates = {"name": "pirates", "kb_id": None, "code": "CRM", "type": "nominal"}
    somali = {"name": "Somali pirates", "kb_id": None, "code": "SOMCRM", "type": "nominal"}
    yemeni = {"name": "Yemeni pirates", "kb_id": None, "code": "YEMCRM", "type": "nominal"}
    assert actors_match(pirates, somali) and actors_match(somali, pirates)
    assert not actors_match(somali, yemeni)


def test_uncoded_names_match_when_one_contains_the_other():
    assert actors_match({"name": "Palin", "code": None}, {"name": "Sarah Palin", "code": None})
    assert not actors_match({"name": "Sarah Palin", "code": None}, {"name": "Sarah Jones", "code": None})


def test_places_far_apart_or_in_other_countries_separate_but_a_dateline_place_does_not():
    taliban = {"source": [TALIBAN]}
    assert compare(report(make_event(**taliban, place=KANDAHAR)), candidate(make_event(**taliban))) == "places differ"
    assert compare(report(make_event(**taliban, place=BAGRAM)), candidate(make_event(**taliban))) == "places differ"
    assert compare(report(make_event(**taliban, place=GENEVA)), candidate(make_event(**taliban))) == "places differ"
    filed_from = report(make_event(**taliban, place=KANDAHAR, from_dateline=True))
    assert isinstance(compare(filed_from, candidate(make_event(**taliban))), Match)
    country_level = report(make_event(**taliban, place=AFGHANISTAN))
    result = compare(country_level, candidate(make_event(**taliban)))
    assert isinstance(result, Match) and result.features["place"]["relation"] == "same country"


def test_generic_actors_alone_need_the_same_place_or_day():
    near = make_event(source=[POLICE], date="2021-05-03", basis="publication", place=None)
    other = make_event(source=[POLICE], date="2021-05-03", basis="publication", place=None)
    assert compare(report(near), candidate(other)) == "only generic actors shared, without the same place or day"
    assert isinstance(compare(report(make_event(source=[POLICE])), candidate(make_event(source=[POLICE]))), Match)


def test_actorless_reports_need_a_city_match():
    bare = make_event(source=[], target=[], place=None, fatalities=5)
    assert compare(report(bare), candidate(make_event(source=[TALIBAN], fatalities=5))) == "actors differ"
    assert isinstance(compare(report(make_event(target=[CIVILIANS])), candidate(make_event(source=[TALIBAN]))), Match)


def test_factuality_type_and_same_article_guards():
    assert compare(report(make_event(source=[TALIBAN], factuality="negated")),
                   candidate(make_event(source=[TALIBAN]))) == "factuality differs"
    assert compare(report(make_event(kind=CONSULT, source=[TALIBAN])),
                   candidate(make_event(source=[TALIBAN]))) == "type differs"
    assert compare(report(make_event(source=[TALIBAN]), doc_id="d0"),
                   candidate(make_event(source=[TALIBAN]), doc_id="d0")).startswith("same article")


def test_sides_may_swap_only_for_symmetric_types():
    talks = compare(report(make_event(kind=CONSULT, source=[US_GOV], target=[IRAN_GOV], place=GENEVA)),
                    candidate(make_event(kind=CONSULT, source=[IRAN_GOV], target=[US_GOV], place=GENEVA)))
    assert isinstance(talks, Match)
    assert compare(report(make_event(source=[US_GOV], target=[IRAN_GOV])),
                   candidate(make_event(source=[IRAN_GOV], target=[US_GOV]))) == "actors differ"


def test_best_match_prefers_the_higher_score_then_the_smaller_id():
    new = report(make_event(source=[TALIBAN], target=[CIVILIANS]))
    weaker = candidate(make_event(source=[TALIBAN], target=[]), event_id="a")
    stronger = candidate(make_event(source=[TALIBAN], target=[CIVILIANS]), event_id="b")
    match, rejected = best_match(new, [weaker, stronger])
    assert match is not None and match.event_id == "b" and not rejected
    twin = candidate(make_event(source=[TALIBAN], target=[CIVILIANS]), event_id="a")
    assert best_match(new, [stronger, twin])[0].event_id == "a"


def test_probe_keys_reach_the_index_keys_of_compatible_events():
    indexed = set(index_keys(candidate(make_event(source=[TALIBAN])).body, "2021-05-03"))
    for event, published in (
        (make_event(source=[TALIBAN], date="2021-05", precision="month"), "2021-05-20"),
        (make_event(source=[TALIBAN], date="2021-05-06", basis="publication"), "2021-05-06"),
        (make_event(source=[Actor("Somali militants", None, "INS", None, "INS", "nominal"), TALIBAN]), "2021-05-03"),
    ):
        assert indexed & set(probe_keys(report(event, published=published).body, published))
    far = make_event(source=[TALIBAN], date="2021-06-20")
    assert not indexed & set(probe_keys(report(far).body, "2021-06-20"))


def test_canonical_fields_follow_the_weight_of_evidence():
    reports = [
        report(make_event(source=[TALIBAN], date="2021-05", precision="month", fatalities=10, place=AFGHANISTAN),
               "d1", "2021-05-03"),
        report(make_event(target=[CIVILIANS], date="2021-05-03", fatalities=12), "d2", "2021-05-04"),
        report(make_event(source=[TALIBAN], date="2021-05-03", fatalities=14, confidence=0.9), "d3", "2021-05-05"),
        report(make_event(date="2021-05-04", fatalities=12), "d4", "2021-05-05"),
        report(make_event(date="2021-05-03", fatalities=14), "d5", "2021-05-05"),
    ]
    body, why = canonical(reports)
    assert body["date"]["value"] == "2021-05-03"  # day precision beats month; 3 of 4 day dates
    assert body["location"]["place"]["name"] == "Kabul"  # city beats country
    assert body["fatalities"] == 12  # 12 and 14 tie at two reports each: the lower
    assert [a["name"] for a in body["source"]] == ["Taliban"] and [a["name"] for a in body["target"]] == ["civilians"]
    assert body["trigger"]["text"] == "killed" and why["representative"].startswith("d3")
    assert "3 of 4" in why["date"]


def test_canonical_fields_do_not_depend_on_report_order():
    reports = [report(make_event(date=d, fatalities=f), f"d{i}", "2021-05-05")
               for i, (d, f) in enumerate([("2021-05-03", 9), ("2021-05-03", 11), ("2021-05-04", 11)])]
    assert canonical(reports)[0] == canonical(list(reversed(reports)))[0]
