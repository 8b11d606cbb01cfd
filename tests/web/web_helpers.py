"""Helpers of the browser tests: screenshots and waiting for a view to finish drawing."""

from __future__ import annotations

from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def wait_view(page, view: str) -> None:
    """The UI sets body[data-view] and body[data-ready] when a view has drawn its data.

    Waits through a selector, not `wait_for_function`: the page's CSP forbids eval, which string
    predicates need.
    """
    page.wait_for_selector(f"body[data-view='{view}'][data-ready='true']", state="attached", timeout=10_000)


def wait_hash(page, fragment: str) -> None:
    """Wait until the URL holds ``fragment`` (checked in Python, so the page's CSP is not involved)."""
    page.wait_for_url(lambda url: fragment in url, timeout=10_000)
