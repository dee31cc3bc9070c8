#!/usr/bin/env bash
# Runs every test: unit, PostGIS integration, Karibu view tests and headless-Chromium end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
portal_setup --with-browser
exec ./mvnw -B verify "$@"
