#!/usr/bin/env bash
# Runs the compile-time benchmark (see bench/README.md). Arguments are Maven properties:
#   bench/run.sh                                  N = 100, 500, 2000
#   bench/run.sh -Dbench.sizes=50 -Dbench.warmup=1 -Dbench.runs=3    a quick check that it works
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -q -B -ntp -pl bench -am verify -Pbench -DskipTests "$@"
