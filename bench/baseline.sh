#!/usr/bin/env bash
# Baseline benchmark: server + EAR start times and the trivial endpoint's throughput.
# Usage: ./mvnw package -DskipTests && bench/baseline.sh
# Runs its own server (port offset 200, own base and data folders under bench/target) so it
# never touches the run command's data; needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
HOME_DIR=$(ls -d "$ROOT"/wildfly-config/target/wildfly/wildfly-* | head -n 1)
EAR="$ROOT/ear/target/rislink.ear"
WORK="$ROOT/bench/target/baseline"
OFFSET=200
PORT=$((8443 + OFFSET))
ROUNDS=${ROUNDS:-3}
SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-15}
CONNECTIONS=${CONNECTIONS:-32}

[ -f "$EAR" ] || { echo "No $EAR: run ./mvnw package -DskipTests first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

rm -rf "$WORK" && mkdir -p "$WORK"
cp -r "$ROOT/wildfly-config/target/wildfly/base-template" "$WORK/base"
SERVER_PID=""
STARTED_IN=""

start_server() {
    rm -f "$WORK/base/deployments/rislink.ear."*
    cp "$EAR" "$WORK/base/deployments/rislink.ear"
    local t0=$(date +%s.%N)
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$HOME_DIR/bin/standalone.sh" \
        -Djboss.server.base.dir="$WORK/base" -Djboss.socket.binding.port-offset=$OFFSET \
        -Drislink.data.dir="$WORK/data" >>"$WORK/console.log" 2>&1 &
    SERVER_PID=$!
    until [ -f "$WORK/base/deployments/rislink.ear.deployed" ]; do
        [ -f "$WORK/base/deployments/rislink.ear.failed" ] && { echo "deployment failed" >&2; exit 1; }
        sleep 0.2
    done
    STARTED_IN=$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { print a - b }')
}

stop_server() {
    # The script forwards TERM to the server's JVM (LAUNCH_JBOSS_IN_BACKGROUND) and waits for it.
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}
trap stop_server EXIT

start_server; first=$STARTED_IN; stop_server
start_server; warm=$STARTED_IN

load() {
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_ROUND}s" --latency "https://127.0.0.1:$PORT/rislink/api/$1"
}
echo "warming up (${SECONDS_PER_ROUND}s per endpoint)..." >&2
load ping >/dev/null
load health >/dev/null

printf '\n| round | endpoint | req/s | p50 | p99 | ratio to ping |\n|---|---|---|---|---|---|\n'
for round in $(seq 1 "$ROUNDS"); do
    ping=$(load ping)
    health=$(load health)
    ping_rps=$(echo "$ping" | awk '/Requests\/sec/ {print $2}')
    for name in ping health; do
        out=$([ $name = ping ] && echo "$ping" || echo "$health")
        rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
        p50=$(echo "$out" | awk '$1=="50%" {print $2}')
        p99=$(echo "$out" | awk '$1=="99%" {print $2}')
        ratio=$(awk -v a="$rps" -v b="$ping_rps" 'BEGIN { printf "%.2f", a / b }')
        printf '| %s | /api/%s | %s | %s | %s | %s |\n' "$round" "$name" "$rps" "$p50" "$p99" "$ratio"
    done
done
printf '\nfirst start (creates the database) + deploy: %.1f s; warm start + deploy: %.1f s\n' "$first" "$warm"
