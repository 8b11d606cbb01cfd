"""Tokens are compared by position, never by identity: spaCy makes a new Python object for every
``doc[i]`` and every ``token.head``, so ``token.head is token`` is false even at a sentence's root.
Loops that climb "until the root" on that test never stop there (session 8)."""

from __future__ import annotations

import ast
import pathlib
import signal

import pytest

import dateline
from dateline.events.nonpolitical import _answered_by_market

PACKAGE = pathlib.Path(dateline.__file__).parent


def _identity_tests_on_heads(path: pathlib.Path) -> list[int]:
    """Lines with ``x.head is y`` or ``y is not x.head`` (an identity test on a parse head)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.Compare) or not any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
            continue
        sides = [node.left, *node.comparators]
        if any(isinstance(s, ast.Attribute) and s.attr == "head" for s in sides):
            lines.append(node.lineno)
    return lines


def test_no_identity_test_on_a_parse_head_anywhere_in_the_package():
    found = {str(p.relative_to(PACKAGE)): lines for p in PACKAGE.rglob("*.py") if (lines := _identity_tests_on_heads(p))}
    assert not found, found


@pytest.mark.model
def test_market_answer_check_ends_at_the_root_of_a_verbless_sentence(nlp):
    # The climb to the clause's verb stopped only at a verb: on a verbless sentence it never ended.
    doc = nlp("A request for sugar deliveries from Cuba.")

    def stuck(*_):
        raise TimeoutError("the climb to the verb did not stop at the root")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(20)
    try:
        assert _answered_by_market(doc[1], None) is False
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
