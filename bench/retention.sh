#!/usr/bin/env bash
# Retention purge benchmark: a million e-gate results already due (stub and answer, as the
# workbench keeps them) are written into the stopped bench server's database; the purge timer
# (OnlineResults) is then triggered through the management model while RQ02 over the REST API is
# measured with wrk in 5-second slices, against RQ02 measured before and after on the same server.
# Usage: ./mvnw install -DskipTests && bench/retention.sh (RESULTS=1000000 SECONDS_PER_ROUND=15
# CLIENTS=16). Runs its own server (port offset 750) under ear/target/retention-bench.
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
exec "$(dirname "$0")/run-java.sh" tw.rislink.it.RetentionBench retention-bench
