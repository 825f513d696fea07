#!/usr/bin/env bash
# Register benchmark: load rate of the synthetic register and lookup latency by national ID and
# by household number, per register size, each against SELECT 1 FROM DUAL in the same run.
# Usage: bench/register.sh [size ...]     (default: 100000 1000000)
# Each size gets a fresh H2 file database in Oracle mode under bench/target/register, deleted
# after its row; about 6 GB of disk per million persons while it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100000 1000000)
./mvnw -q -pl persistence,ejb -am install -DskipTests -Dwildfly.skip
./mvnw -q -pl ejb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CLASSPATH="ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/bench.classpath)"
java -Xmx4g -cp "$CLASSPATH" tw.rislink.bench.RegisterBench bench/target/register "${SIZES[@]}"
