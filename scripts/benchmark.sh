#!/usr/bin/env bash
# Runs the benchmarks (classes named *Benchmark under src/test) against the real PostGIS and prints their figures.
#   scripts/benchmark.sh                 all benchmarks
#   scripts/benchmark.sh ImportBenchmark one of them (a failsafe -Dit.test pattern)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
portal_setup --with-browser
args=(-B -q verify -Pbenchmark -Dspring-javaformat.skip=true)
if [ -n "${1:-}" ]; then args+=("-Dit.test=$1"); fi
./mvnw "${args[@]}" | grep -E '^(BENCHMARK|Tests run|\[ERROR\])' || true
echo "[benchmark] done: the BENCHMARK lines above are the figures"
