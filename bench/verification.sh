#!/usr/bin/env bash
# Verification benchmark: ID-card checks (job V2C201, every call authenticated, counted and audited)
# per second with p50/p99 against GET /api/ping, in the same run on the same server.
# Usage: ./mvnw install -DskipTests && bench/verification.sh      (ROUNDS=3 SECONDS_PER_ROUND=15 CLIENTS=16)
# Runs its own server (port offset 600) under ear/target/verification-bench.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
HOME_DIR=$(ls -d "$ROOT"/wildfly-config/target/wildfly/wildfly-* | head -n 1)
./mvnw -q -pl ear test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
rm -rf "$ROOT/ear/target/verification-bench"
java -cp "$ROOT/ear/target/test-classes:$(cat "$ROOT/ear/target/bench.classpath")" \
    -Drislink.ear="$ROOT/ear/target/rislink.ear" \
    -Drislink.server.home="$HOME_DIR" \
    -Drislink.server.base.template="$ROOT/wildfly-config/target/wildfly/base-template" \
    -Drislink.work.dir="$ROOT/ear/target" \
    -Drounds="${ROUNDS:-3}" -Dseconds="${SECONDS_PER_ROUND:-15}" -Dclients="${CLIENTS:-16}" \
    tw.rislink.it.VerificationBench
