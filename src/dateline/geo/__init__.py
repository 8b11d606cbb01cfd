"""Places: offline toponym resolution against GeoNames, and the location of each event."""

from dateline.geo.gazetteer import Gazetteer, load_gazetteer
from dateline.geo.toponyms import find_places
from dateline.geo.event_location import locate_events

__all__ = ["Gazetteer", "load_gazetteer", "find_places", "locate_events"]
