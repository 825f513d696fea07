#!/usr/bin/env bash
# Verification benchmark: ID-card checks (job V2C201, every call authenticated, locked, compared and
# audited) per second with p50/p99 against GET /api/health and GET /api/ping, in the same run on the
# same server, with wrk (apt-get install wrk) as the load generator: bench/verification.lua gives
# every request an unused pre-signed token. Then one round at half the measured capacity.
# Usage: ./mvnw install -DskipTests && bench/verification.sh      (ROUNDS=3 SECONDS_PER_ROUND=15 CLIENTS=16)
# Runs its own server (port offset 600) under ear/target/verification-bench.
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
exec "$(dirname "$0")/run-java.sh" tw.rislink.it.VerificationBench verification-bench
