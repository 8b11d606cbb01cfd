"""Statements without an event (issue #3, #4): a resolved actor who comments or expresses
something is a CAMEO 01 statement for the evaluator; no event is emitted. Our own sentences."""

from __future__ import annotations

import pytest

from dateline.evaluate.events import label_of
from dateline.events.statements import states_something

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Turkey expressed deep concern over the fighting in the north.",
    "Putin declined to comment on the report.",
    "Erdogan commented on the election results on Tuesday.",
    "Iran reiterated its position on the nuclear programme.",
])
def test_actor_statements(nlp, hand_mentions, text):
    assert states_something(nlp(text), hand_mentions(text))


@pytest.mark.parametrize("text", [
    "Analysts expressed concern over the fighting.",  # no resolved actor speaks
    "The report on Turkey declined to comment on anything.",  # the subject is no actor
    "Turkey built a new bridge over the river.",  # no statement verb
])
def test_no_statement(nlp, hand_mentions, text):
    assert not states_something(nlp(text), hand_mentions(text))


def test_statement_label_is_the_same_root_in_both_cameo_formats():
    assert label_of(None, "cameo_class", spoke=True) == "statement"
    assert label_of(None, "petr", spoke=True) == "01"
    assert label_of(None, "ngec", spoke=True) == "none"  # PLOVER has no statement type
