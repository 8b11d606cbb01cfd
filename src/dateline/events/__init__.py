"""Events: clause-level extraction from the dependency parse, coded in CAMEO and PLOVER, with
factuality and attribution."""

from dateline.events.extract import extract_events

__all__ = ["extract_events"]
