#!/usr/bin/env bash
# Runs one of the Java benchmark harnesses of ear/src/test (they start their own server from the
# prepared one) with the test classpath. Usage: bench/run-java.sh <main class> <work folder name>
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
HOME_DIR=$(ls -d "$ROOT"/wildfly-config/target/wildfly/wildfly-* | head -n 1)
./mvnw -q -pl ear test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
rm -rf "$ROOT/ear/target/$2"
exec java -cp "$ROOT/ear/target/test-classes:$(cat "$ROOT/ear/target/bench.classpath")" \
    -Drislink.ear="$ROOT/ear/target/rislink.ear" \
    -Drislink.server.home="$HOME_DIR" \
    -Drislink.server.base.template="$ROOT/wildfly-config/target/wildfly/base-template" \
    -Drislink.work.dir="$ROOT/ear/target" \
    -Drounds="${ROUNDS:-3}" -Dseconds="${SECONDS_PER_ROUND:-15}" -Dclients="${CLIENTS:-16}" \
    ${PROFILE:+-Dprofile="$PROFILE"} ${RESULTS:+-Dresults="$RESULTS"} ${LINES:+-Dlines="$LINES"} \
    -Drislink.repo.dir="$ROOT" \
    "$1"
