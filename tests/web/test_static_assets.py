"""The UI's files: offline (no external URLs) and data-as-text (no HTML sinks)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

STATIC = Path(str(resources.files("dateline.web"))) / "static"
ASSETS = sorted(p for p in STATIC.rglob("*") if p.suffix in (".js", ".html", ".css"))


def test_assets_are_packaged():
    names = {p.relative_to(STATIC).as_posix() for p in ASSETS}
    assert {"index.html", "style.css", "js/main.js", "js/dom.js", "js/map.js", "js/network.js", "js/timeline.js"} <= names


@pytest.mark.parametrize("path", ASSETS, ids=lambda p: p.name)
def test_no_external_resources(path):
    text = path.read_text(encoding="utf-8")
    # Only the SVG namespace URI is allowed: it is an identifier, never fetched.
    urls = [u for u in re.findall(r"https?://[^\s\"'`)]+", text) if u != "http://www.w3.org/2000/svg"]
    assert urls == [], urls


@pytest.mark.parametrize("path", [p for p in ASSETS if p.suffix == ".js"], ids=lambda p: p.name)
def test_no_html_sinks_in_scripts(path):
    text = path.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in text, f"{path.name} uses {sink}"


def test_index_loads_only_local_files():
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert all(s.startswith(("/static/", "#", "/api", "data:")) for s in sources), sources
