"""actors-precision8 (#4): an attack on a business person is violence, not business news. Company
titles now code "Chairman X" as BUS; the all-BUS filter must not drop the killing of such a person."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extract(events_1987):
    return events_1987


def test_attack_on_a_business_person_is_kept(extract):
    events = extract("The fraud case involving the Osaka Gold Company was highlighted when its "
                     "40-year-old Chairman Ken Mori was stabbed to death here in public view in June.")
    assert [e.plover.type for e in events] == ["ASSAULT"], events
    assert events[0].target[0].sector == "BUS"


def test_firms_among_themselves_are_still_dropped(extract):
    assert not extract("Brindle Corp said it agreed to buy Halcot Co.")
