#!/usr/bin/env bash
# Country outlines for the web UI's map: Natural Earth data from the `world-atlas` npm package,
# installed where `dateline serve` looks for it (docs/web.md). Optional: without npm the map shows a
# graticule and the event points only.
set -uo pipefail
target="${XDG_DATA_HOME:-$HOME/.local/share}/dateline"
if [ -f "$target/node_modules/world-atlas/countries-110m.json" ]; then
  exit 0
fi
if command -v npm >/dev/null 2>&1; then
  npm install --silent --no-audit --no-fund --prefix "$target" world-atlas@2 >/dev/null \
    || echo "world-atlas not installed: the map shows a graticule only" >&2
else
  echo "npm not found: the map shows a graticule only (see docs/web.md)" >&2
fi
exit 0
