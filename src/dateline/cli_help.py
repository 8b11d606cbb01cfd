"""Help-text conventions shared by every command, wherever its code lives."""

from __future__ import annotations


def example(*lines: str) -> str:
    """The ``Example:`` block that ends every ``--help`` (``\\b`` keeps click from rewrapping it)."""
    return "\b\nExample:\n" + "\n".join(f"  {line}" for line in lines)
