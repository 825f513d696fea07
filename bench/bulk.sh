#!/usr/bin/env bash
# Bulk file job benchmark: the demo officer uploads 100 000 IDs over HTTPS (the page's own
# multipart form) and runs them into a BIG-5E file, then into UTF-8, watching the progress the
# page shows; each run's records per second is compared with RQ02 over the REST API measured with
# wrk on the same server in the same run. Usage: ./mvnw install -DskipTests && bench/bulk.sh
# (LINES=100000 SECONDS_PER_ROUND=15 CLIENTS=16). Runs its own server (port offset 760) under
# ear/target/bulk-bench, with the test fixture's BIG-5E tables.
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
exec "$(dirname "$0")/run-java.sh" tw.rislink.it.BulkBench bulk-bench
