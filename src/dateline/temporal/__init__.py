"""Time: find and normalise time expressions against the article date, and date each event."""

from dateline.temporal.recognise import find_times
from dateline.temporal.event_dates import date_events

__all__ = ["find_times", "date_events"]
