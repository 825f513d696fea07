#!/usr/bin/env bash
# Audit benchmark: audit records written per second under concurrent load, against the same
# request without the audit write and against /api/ping, in the same run on the same server;
# then verification speed on the auditor's screen and with the verification command.
# Usage: ./mvnw install -DskipTests && bench/audit.sh      (ROUNDS=3 SECONDS_PER_ROUND=15 CLIENTS=16)
# Runs its own server (port offset 500) under ear/target/audit-bench.
exec "$(dirname "$0")/run-java.sh" tw.rislink.it.AuditBench audit-bench
