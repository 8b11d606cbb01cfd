"""PLACEHOLDER: the geo helper replaces this module (keep the public method names)."""

from __future__ import annotations

from dateline.model import Place


class Gazetteer:
    def lookup(self, name: str) -> list[Place]:
        """Every place whose name or alternate name folds to ``name``, most populous first."""
        return []

    def resolve(self, name: str, context_country: str | None = None) -> Place | None:
        """The best single reading of ``name`` (country focus of the document as a hint)."""
        return None


def load_gazetteer() -> Gazetteer:
    return Gazetteer()
