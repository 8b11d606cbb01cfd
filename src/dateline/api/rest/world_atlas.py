"""Country outlines for the map, from the `world-atlas` npm package (Natural Earth, public domain).

Nothing is fetched at run time. The set-up installs the package with npm into a folder found here:

1. ``$DATELINE_WORLD_ATLAS``: a folder holding ``countries-110m.json`` (or the file itself);
2. ``./node_modules/world-atlas``;
3. ``${XDG_DATA_HOME:-~/.local/share}/dateline/node_modules/world-atlas`` (what
   ``npm install --prefix ~/.local/share/dateline world-atlas@2`` creates).

When none is there the map draws a graticule and the points alone.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

ENV_VAR = "DATELINE_WORLD_ATLAS"
FILE_NAME = "countries-110m.json"
log = logging.getLogger("dateline.serve")
MAX_BYTES = 5_000_000  # the 110m file is ~100 kB; refuse anything absurd


def candidate_paths() -> list[Path]:
    paths: list[Path] = []
    configured = os.environ.get(ENV_VAR)
    if configured:
        given = Path(configured).expanduser()
        paths.append(given if given.suffix == ".json" else given / FILE_NAME)
    paths.append(Path.cwd() / "node_modules" / "world-atlas" / FILE_NAME)
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    paths.append(data_home / "dateline" / "node_modules" / "world-atlas" / FILE_NAME)
    return paths


def find_world_atlas() -> Path | None:
    for path in candidate_paths():
        if path.is_file() and path.stat().st_size <= MAX_BYTES:
            return path
    return None


def load_world_atlas() -> bytes | None:
    """The TopoJSON bytes, or None when the package is not installed (the map degrades)."""
    path = find_world_atlas()
    if path is None:
        return None
    data = path.read_bytes()
    try:
        # Checked once here because the server inserts the bytes into its JSON answer unparsed.
        parsed = json.loads(data)
    except ValueError:
        log.warning("ignoring %s: not valid JSON", path)
        return None
    if not isinstance(parsed, dict) or parsed.get("type") != "Topology":
        log.warning("ignoring %s: not a TopoJSON topology", path)
        return None
    return data
