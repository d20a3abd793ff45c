#!/usr/bin/env bash
# Builds the benchmark jar and runs every JMH benchmark once (2 forks each, 6 to 8 s warm-up, 5 s
# measured: about 23 minutes on 2 cores, 11 of them for JsonBench's 13 benchmarks on 2 payloads,
# 4 for ReadPartsBench),
# then prints the Performance table (the JSON result is benchmarks/target/jmh.json). Extra
# arguments go to JMH, for example
#   benchmarks/run.sh -prof gc          # adds allocation per operation to the table
#   benchmarks/run.sh 'JsonBench.read'  # only the read benchmarks
# MVN_FLAGS is passed to Maven (MVN_FLAGS=-o to build offline).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_FLAGS:-} -Pbench -pl benchmarks -am -DskipTests package
java -version 2>&1 | head -1
java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/jmh.json "$@"
echo
java -cp benchmarks/target/benchmarks.jar io.apimodel.bench.Report benchmarks/target/jmh.json
