#!/usr/bin/env bash
# Verification benchmark: ID-card checks (job V2C201, every call authenticated, counted and audited)
# per second with p50/p99 against GET /api/ping, in the same run on the same server.
# Usage: ./mvnw install -DskipTests && bench/verification.sh      (ROUNDS=3 SECONDS_PER_ROUND=15 CLIENTS=16)
# Runs its own server (port offset 600) under ear/target/verification-bench.
exec "$(dirname "$0")/run-java.sh" tw.rislink.it.VerificationBench verification-bench
