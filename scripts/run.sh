#!/usr/bin/env bash
# Starts the portal with demo data at http://localhost:8080 (sets up what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
portal_setup
say "starting the portal with the demo profile on http://localhost:${PORT:-8080}"
exec ./mvnw -B -q spring-boot:run -Dspring-boot.run.profiles=demo "$@"
