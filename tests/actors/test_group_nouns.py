"""Group nouns with CAMEO's agent sectors (issue #4): humanitarian and rights groups are NGO, so that
'aid workers' is not labour and 'relief agencies' is an actor at all. Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,phrase,code", [
    ("Aid workers handed out blankets in the camp.", "Aid workers", "NGO"),
    ("Relief agencies flew tents into the valley.", "Relief agencies", "NGO"),
    ("Kenyan charities collected food for the flood victims.", "Kenyan charities", "KENNGO"),
    ("Rights groups condemned the new law.", "Rights groups", "NGO"),
    ("Dock workers stopped work at the port.", "Dock workers", "LAB"),  # still labour
])
def test_group_nouns_carry_their_sector(resolve, text, phrase, code):
    found = [m for m in resolve(text) if m.text == phrase]
    assert found, [(m.text, m.actor.code) for m in resolve(text)]
    assert found[0].actor.code == code
