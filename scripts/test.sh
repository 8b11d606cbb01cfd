#!/usr/bin/env bash
# The README's test command: install dateline with its test extras, then run the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet -e ".[test]"
bash scripts/install-map-data.sh
python3 -m pytest -q
