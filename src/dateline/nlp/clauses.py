"""Clause shapes of the dependency parse that more than one stage reads."""

from __future__ import annotations

from spacy.tokens import Token


def restates_its_head(noun: Token, clause: Token) -> bool:
    """A nominal event's relative clause whose subject is the event itself ("the car bomb that
    killed 17 at X's market yesterday"): it says when and where that event happened."""
    return noun.pos_ in ("NOUN", "PROPN") and clause.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in clause.children)
