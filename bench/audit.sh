#!/usr/bin/env bash
# Audit benchmark: audit records written per second under concurrent load, against the same
# request without the audit write and against /api/ping, in the same run on the same server;
# then verification speed on the auditor's screen and with the verification command.
# Usage: ./mvnw install -DskipTests && bench/audit.sh      (ROUNDS=3 SECONDS_PER_ROUND=15 CLIENTS=16)
# Runs its own server (port offset 500) under ear/target/audit-bench.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
HOME_DIR=$(ls -d "$ROOT"/wildfly-config/target/wildfly/wildfly-* | head -n 1)
./mvnw -q -pl ear test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
rm -rf "$ROOT/ear/target/audit-bench"
java -cp "$ROOT/ear/target/test-classes:$(cat "$ROOT/ear/target/bench.classpath")" \
    -Drislink.ear="$ROOT/ear/target/rislink.ear" \
    -Drislink.server.home="$HOME_DIR" \
    -Drislink.server.base.template="$ROOT/wildfly-config/target/wildfly/base-template" \
    -Drislink.work.dir="$ROOT/ear/target" \
    -Drounds="${ROUNDS:-3}" -Dseconds="${SECONDS_PER_ROUND:-15}" -Dclients="${CLIENTS:-16}" \
    tw.rislink.it.AuditBench
