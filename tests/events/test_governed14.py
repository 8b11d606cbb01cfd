"""A target-less governing event takes the targets of the act it governs (events/governed_targets.py,
session 14). Our own sentences, with the hand-made actors of conftest.py."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(run, text):
    events, _ = run(text)
    return [(e.trigger.text.split()[0], e.cameo.code, [a.code for a in e.source], [a.code for a in e.target])
            for e in events]


@pytest.mark.parametrize("text,trigger,source,target", [
    ("Turkey refuses to lift the ban on Israel.", "refuses", ["TUR"], ["ISR"]),
    ("Russia agreed to lift its sanctions on Turkey.", "agreed", ["RUS"], ["TUR"]),
    ("Israel is willing to provide Syria with loan guarantees.", "willing", ["ISR"], ["SYR"]),
    ("Erdogan accepted an invitation to meet with Putin.", "accepted", ["TURGOV"], ["RUSGOV"]),
    ("Hamas claimed responsibility for the attack on Israel.", "claimed", ["PSEREB"], ["ISR"]),
    # a purpose infinitive; the nearest governed act that names a target
    ("The European Union is mobilising funds to support Ukraine.", "mobilising", ["EUR"], ["UKR"]),
    ("Turkey offered to send troops to help Syria.", "offered", ["TUR"], ["SYR"]),
])
def test_a_governing_event_takes_the_target_of_the_act_it_governs(run, text, trigger, source, target):
    found = [e for e in _events(run, text) if e[0] == trigger]
    assert found and found[0][2] == source and found[0][3] == target


def test_a_governed_act_that_repeats_the_refusal_is_one_event(run):
    # "refuses" and "lift the ban" are both the refusal (CAMEO 120): one fact told twice
    assert [e[1] for e in _events(run, "Turkey refuses to lift the ban on Israel.")] == ["120"]


@pytest.mark.parametrize("text,trigger", [
    # a subordinate clause with its own subject is background, not the governed act
    ("Turkey refused the offer after Russia attacked Syria.", "refused"),
    # another actor's act under the governing verb is not the governor's target
    ("Turkey agreed that Russia would attack Ukraine.", "agreed"),
])
def test_no_target_from_an_act_that_is_not_governed(run, text, trigger):
    found = [e for e in _events(run, text) if e[0] == trigger]
    assert not found or "SYR" not in found[0][3] and "UKR" not in found[0][3]
