#!/usr/bin/env bash
# The README's first command: install dateline, ingest the bundled sample into the embedded
# default store (./dateline.db) and show its events.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet -e .
bash scripts/install-map-data.sh
dateline ingest examples/
dateline events
