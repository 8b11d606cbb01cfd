"""Events: clause-level extraction from the dependency parse, coded in CAMEO and PLOVER, with
factuality and attribution."""

from dateline.events.accusation import accusations
from dateline.events.documents import attribute, document_speakers
from dateline.events.extract import extract_events
from dateline.events.headline import extract_title_events, supported_title_events, title_article
from dateline.events.place_targets import launched_from, place_sources, place_targets
from dateline.events.salience import choose_main_event

__all__ = ["accusations", "attribute", "choose_main_event", "document_speakers", "extract_events", "extract_title_events", "launched_from", "place_sources", "place_targets", "supported_title_events", "title_article"]
