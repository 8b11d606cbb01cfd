"""locate_events on hand-built events (the events stage is not needed)."""

from dateline.geo import locate_events
from dateline.geo.event_location import precision_of
from dateline.model import CameoCode, Event, Place, PloverCode, Span


def make_event(doc, trigger: str, cameo: CameoCode = CameoCode("190", "19", 4, -10.0)) -> Event:
    token = next(t for t in doc if t.text == trigger)
    return Event(
        event_id="e1", sentence=0, start=token.sent.start_char, end=token.sent.end_char,
        trigger=Span(token.idx, token.idx + len(token), token.text), source=[], target=[],
        plover=PloverCode("ASSAULT"), cameo=cameo, factuality="asserted",
        trigger_token=token.i,
    )


def locate(geoparse, text: str, trigger: str, dateline: str | None = None) -> Event:
    doc, dateline_place, places = geoparse(text, dateline)
    event = make_event(doc, trigger)
    locate_events([event], doc, places, dateline_place)
    return event


def test_place_as_compound_under_preposition(geoparse):
    e = locate(geoparse, "A gunman opened fire in an Istanbul nightclub, killing 39 people.", "fire")
    assert e.location is not None and e.location.place.country == "TUR"
    assert e.location.span is not None and e.location.span.text == "Istanbul"
    assert e.location.precision == "city"


def test_country_precision(geoparse):
    e = locate(geoparse, "The CIA director would be in Turkey on Thursday to discuss the plan.", "discuss")
    assert e.location is not None and e.location.place.country == "TUR"
    assert e.location.precision == "country"


def test_outskirts_of(geoparse):
    e = locate(geoparse, "Rebels shelled positions on the outskirts of Aleppo and near Damascus.", "shelled")
    assert e.location is not None and e.location.span.text == "Aleppo"


def test_metonymic_subject_is_never_the_location(geoparse):
    e = locate(geoparse, "Ankara condemned the attack on Monday.", "condemned", dateline="ISTANBUL")
    assert e.location is not None
    assert e.location.span is None  # fell back to the dateline, not to "Ankara"
    assert abs(e.location.place.lat - 41.0) < 0.3


def test_dateline_fallback_lowers_confidence(geoparse):
    e = locate(geoparse, "Police arrested three men on Monday.", "arrested", dateline="NAIROBI")
    assert e.location is not None and e.location.span is None and e.location.place.country == "KEN"
    assert e.confidence < 0.5


def test_no_place_and_no_dateline_leaves_location_empty(geoparse):
    e = locate(geoparse, "Police arrested three men on Monday.", "arrested")
    assert e.location is None


def test_adjectival_country_is_not_a_location(geoparse):
    e = locate(geoparse, "The U.S.-led coalition bombed a bridge.", "bombed")
    assert e.location is None or e.location.span is None


def test_precision_levels():
    def place(feature, country="SYR"):
        return Place("x", None, country, None, 0.0, 0.0, feature)

    assert precision_of(place("city")) == "city"
    assert precision_of(place("admin1")) == "admin1"
    assert precision_of(place("country")) == "country"
    assert precision_of(place("region")) == "admin1"
    assert precision_of(place("region", None)) is None


def test_province_refines_a_country_location(geoparse):
    e = locate(geoparse, "Government jets launched raids in Yemen on Sunday, hitting villages in the province of Marib.",
               "launched", dateline="DUBAI")
    assert e.location is not None and e.location.span is not None and e.location.span.text == "Marib"
    assert e.location.precision == "admin1"


def test_province_after_the_name_is_admin1(geoparse):
    e = locate(geoparse, "Troops shelled villages in Idlib province overnight.", "shelled")
    assert e.location is not None and e.location.span.text == "Idlib"
    assert e.location.precision == "admin1"


def test_goal_inside_a_noun_clause_is_not_the_location(geoparse):
    # "to Ethiopia" is where the refugees were going, not where police acted: the dateline wins.
    e = locate(geoparse, "Police detained dozens of refugees who were trying to travel to Ethiopia.",
               "detained", dateline="NAIROBI")
    assert e.location is not None and e.location.span is None and e.location.place.country == "KEN"


def test_what_a_plan_is_for_is_not_where(geoparse):
    e = locate(geoparse, "The president approved a reconstruction plan for Haiti on Monday.", "approved", dateline="PARIS")
    assert e.location is not None and e.location.span is None and e.location.place.country == "FRA"


def test_possessor_of_a_place_noun_is_the_location(geoparse):
    e = locate(geoparse, "A grenade wounded four people at Kismayo's busiest bus station on Monday.", "wounded")
    assert e.location is not None and e.location.span is not None
    assert e.location.place.country == "SOM" and e.location.span.text.startswith("Kismayo")


def test_possessor_of_a_decision_stays_metonymic(geoparse):
    e = locate(geoparse, "Ankara's decision angered officials on Monday.", "angered", dateline="ISTANBUL")
    assert e.location is not None and e.location.span is None


def test_a_place_in_another_clause_does_not_move_the_event(geoparse):
    text = ("A car bomb killed nine people at the main market on Tuesday, while rebels clashed "
            "with soldiers in Mogadishu.")
    e = locate(geoparse, text, "killed", dateline="KISMAYO")
    assert e.location is not None and e.location.place.name != "Mogadishu"


def test_the_possessor_place_wins_over_another_clause(geoparse):
    text = ("A car bomb killed nine people at Kismayo's main market on Tuesday, while rebels clashed "
            "with soldiers in Mogadishu.")
    e = locate(geoparse, text, "killed")
    assert e.location is not None and e.location.span is not None and e.location.span.text.startswith("Kismayo")


def test_a_relative_clause_on_the_trigger_noun_still_locates_it(geoparse):
    text = "Rebels said they were behind a bombing that killed nine people at a market in Kismayo on Tuesday."
    e = locate(geoparse, text, "bombing")
    assert e.location is not None and e.location.span is not None and e.location.span.text == "Kismayo"


def test_a_nominal_event_takes_the_place_of_its_restating_clause(geoparse):
    event = locate(geoparse, "The car bomb that killed 17 shoppers and traders at Kirkuk's main market "
                             "yesterday has raised questions about how the vehicle passed the checkpoints.", "bomb")
    assert event.location is not None and event.location.place.name == "Kirkuk"


AGREE = CameoCode("030", "03", 1, 4.0)


def _locate_verbal(geoparse, text: str, trigger: str, dateline: str | None = None) -> Event:
    doc, dateline_place, places = geoparse(text, dateline)
    event = make_event(doc, trigger, AGREE)
    locate_events([event], doc, places, dateline_place)
    return event


def test_a_talks_topic_place_is_not_where_the_talk_happened(geoparse):
    text = ("The two presidents agreed in a telephone call on joint action against the rebels in the "
            "northern towns of Idlib and Aleppo, officials said.")
    e = _locate_verbal(geoparse, text, "agreed", "PARIS")
    assert e.location is not None and e.location.span is None  # the dateline, not Idlib
    assert e.location.place.country == "FRA"


def test_agreements_about_a_place_fall_back_to_the_dateline(geoparse):
    e = _locate_verbal(geoparse, "The ministers agreed on a ceasefire plan for Idlib.", "agreed", "PARIS")
    assert e.location is not None and e.location.span is None


def test_a_verbal_event_still_takes_where_it_happened(geoparse):
    e = _locate_verbal(geoparse, "The two ministers agreed on the plan at a meeting in Geneva.", "agreed", "PARIS")
    assert e.location is not None and e.location.span is not None and e.location.span.text == "Geneva"


def test_an_attack_on_a_place_is_located_there(geoparse):
    e = locate(geoparse, "Troops launched an offensive against the rebels in the town of Idlib.", "launched", "PARIS")
    assert e.location is not None and e.location.span is not None and e.location.span.text == "Idlib"


def test_a_short_topic_keeps_the_place_of_the_talks(geoparse):
    e = _locate_verbal(geoparse, "The ministers agreed on Monday in Geneva on a plan for the border region.",
                       "agreed", "PARIS")
    assert e.location is not None and e.location.span is not None and e.location.span.text == "Geneva"
