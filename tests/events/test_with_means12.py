"""Session 12 (issue #3): once a verb's direct object names the target, a "with" phrase is the
means or a companion, not a second target. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, trigger, target", [
    ("Kenyan troops pounded al-Shabaab hideouts with heavy artillery.", "pounded", ["IMGSHB"]),
    ("Kenyan troops pounded the hideouts with heavy artillery.", "pounded", []),
    ("Ugandan forces attacked the militants with the help of Kenyan troops.", "attacked", ["INS"]),
])
def test_a_with_phrase_after_a_named_object_is_no_target(dyads, text, trigger, target):
    found = dyads(text, trigger)
    assert found and found[0][1] == target, found


def test_with_still_names_the_partner_of_the_acts_own_noun(dyads):
    found = dyads("Kenya shared intelligence with Uganda.", "shared intelligence")
    assert found and found[0][1] == ["UGA"], found
