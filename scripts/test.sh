#!/usr/bin/env bash
# Runs every test: unit, PostGIS integration, Karibu view tests and headless-Chromium end-to-end tests; then, for the
# full suite (no arguments), the production check: the production jar built and started as an operator would.
#   scripts/test.sh                    everything (CI runs this)
#   scripts/test.sh -Dit.test=SomeIT   only what the arguments select, no production check
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
portal_setup --with-browser
./mvnw -B verify "$@"
if [ $# -eq 0 ] && [ "${PORTAL_SKIP_PRODUCTION_CHECK:-}" != "1" ]; then
  exec bash scripts/production-check.sh
fi
