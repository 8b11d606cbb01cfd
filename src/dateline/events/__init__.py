"""Events: clause-level extraction from the dependency parse, coded in CAMEO and PLOVER, with
factuality and attribution."""

from dateline.events.documents import place_accusations
from dateline.events.extract import extract_events
from dateline.events.headline import extract_title_events, supported_title_events, title_article
from dateline.events.place_targets import place_sources, place_targets
from dateline.events.salience import choose_main_event

__all__ = ["choose_main_event", "extract_events", "extract_title_events", "place_accusations", "place_sources", "place_targets",
           "supported_title_events", "title_article"]
