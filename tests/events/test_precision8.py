"""actors-precision8 (#4): an attack on a business person is violence, not business news. Company
titles now code "Chairman X" as BUS; the all-BUS filter must not drop the killing of such a person."""

from __future__ import annotations

import pytest

from dateline.model import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text: str):
        [out] = list(pipeline.run([Article(doc_id="t", date="1987-04-01", text=text, origin="test:t")]))
        return out.events
    return run


def test_attack_on_a_business_person_is_kept(extract):
    events = extract("The fraud case involving the Osaka Gold Company was highlighted when its "
                     "40-year-old Chairman Ken Mori was stabbed to death here in public view in June.")
    assert [e.plover.type for e in events] == ["ASSAULT"], events
    assert events[0].target[0].sector == "BUS"


def test_firms_among_themselves_are_still_dropped(extract):
    assert not extract("Brindle Corp said it agreed to buy Halcot Co.")
