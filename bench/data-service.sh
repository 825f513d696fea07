#!/usr/bin/env bash
# Data-service benchmark: RQ02 (an individual's registration, authenticated, permitted, read and
# audited) over the SOAP linking interface and over the government REST API, each against the
# trivial endpoint of its own protocol (SOAP ping, GET /api/ping) in the same run on the same
# server, with wrk (apt-get install wrk) as the load generator: bench/soap.lua builds every SOAP
# call with a fresh UsernameToken nonce, bench/verification.lua gives every REST call an unused
# pre-signed JWT. Usage: ./mvnw install -DskipTests && bench/data-service.sh
# (ROUNDS=3 SECONDS_PER_ROUND=15 CLIENTS=16). Runs its own server (port offset 700) under
# ear/target/data-service-bench, with the embedded database's linked demo agency as the caller.
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
exec "$(dirname "$0")/run-java.sh" tw.rislink.it.DataServiceBench data-service-bench
