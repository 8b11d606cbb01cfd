"""Events: clause-level extraction from the dependency parse, coded in CAMEO and PLOVER, with
factuality and attribution."""

from dateline.events.extract import extract_events
from dateline.events.place_targets import place_targets

__all__ = ["extract_events", "place_targets"]
