#!/usr/bin/env bash
# Where the time goes in one benchmark: runs it in one fork with Java Flight Recorder on for the
# measured part only, then prints the hottest methods (self and inclusive).
#   benchmarks/profile.sh 'JsonBench.read_generated$' -p payload=large
#   benchmarks/profile.sh 'ModelBench.build_generated'
# Needs benchmarks/target/benchmarks.jar (benchmarks/run.sh builds it) and the JDK's `jfr` tool.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/profile.jfr
rm -f "$out"
# JMH's own warm-up (8 s) plus JVM start before the recording; 5 s recorded.
java -jar benchmarks/target/benchmarks.jar "$@" -f 1 -wi 8 -i 5 \
  -jvmArgsAppend "-Xms1g -Xmx1g -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -XX:StartFlightRecording=delay=9s,duration=5s,settings=profile,filename=$out" \
  | grep -E '^(Benchmark|[A-Za-z]+Bench\.)'
python3 benchmarks/jfr-top.py "$out" 25
