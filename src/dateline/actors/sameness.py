"""When two actor readings on one side of an event are the same actor, so a dyad list names it once.

"Turkey" and "Turkish" (both ``TUR``), "the army" and "Syrian troops" (both ``SYRMIL``) are one actor
for a coder; two people are two actors even with one code (Trump and Pence, both ``USAGOV``).
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.model import Actor


def same_actor(a: Actor, b: Actor) -> bool:
    """People are the same when they are the same KB entry (or have the same name when not in the
    KB); any other actors when they have the same code."""
    if a == b:
        return True
    if a.type == "person" or b.type == "person":
        return a.type == b.type and (a.kb_id or a.name) == (b.kb_id or b.name)
    return a.code is not None and a.code == b.code


def unique_actors(actors: Iterable[Actor]) -> list[Actor]:
    """``actors`` in order, each kept only when no earlier one is the same actor."""
    out: list[Actor] = []
    for actor in actors:
        if not any(same_actor(actor, kept) for kept in out):
            out.append(actor)
    return out
