#!/usr/bin/env bash
# Builds the production jar (Vaadin production mode, frontend compiled with Vite) into target/production-check/ and
# runs ProductionJarCheck against it: java -jar without the demo profile on empty databases of its own, the first
# administrator from PORTAL_ADMIN_*, sign-in through headless Chromium, no demo account, health and metrics on the
# management port only, and a database once started with the demo data starting without it.
# scripts/test.sh runs this after the test suite; it prints PRODUCTION-CHECK figures (jar size, start time).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
portal_setup --with-browser
mkdir -p target
started=$(date +%s)
status=0
./mvnw -B verify -Pproduction,production-check "$@" >target/production-check.log 2>&1 || status=$?
grep -E '^PRODUCTION-CHECK|Tests run:|\[ERROR\]|BUILD (SUCCESS|FAILURE)' target/production-check.log || true
say "production check: $( [ "$status" = 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - started )) s (full log: target/production-check.log)"
exit "$status"
