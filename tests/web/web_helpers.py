"""Helpers of the browser tests: screenshots and waiting for a view to finish drawing."""

from __future__ import annotations

from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def wait_view(page, view: str) -> None:
    """The UI sets body[data-view] and body[data-ready] when a view has drawn its data."""
    page.wait_for_function(
        "v => document.body.dataset.view === v && document.body.dataset.ready === 'true'", arg=view, timeout=10_000)
