"""Whether a word of a closed list is a trigger or governs it from close above (codebook rules)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def governed_within(tok: Token, wanted: Collection[str], deps: Collection[str], depth: int) -> bool:
    """``tok`` or a word above it has a lemma in ``wanted``, climbing at most ``depth`` arcs and only
    through arcs in ``deps`` ("announced their intention to lay down their arms": "announce" governs
    "lay" through xcomp, acl, ...)."""
    node = tok
    for _ in range(depth + 1):
        if node.lemma_.lower() in wanted:
            return True
        if node.dep_ not in deps or node.head.i == node.i:
            return False
        node = node.head
    return False
