#!/usr/bin/env bash
# Compile-time benchmark: javac with and without the apimodel processor on N generated models of
# 12 mixed properties (N = 300 and 3000 by default), medians of several runs, ms per model.
#   benchmarks/compile-time.sh                    # N=300 (5 runs) and N=3000 (2 runs): ~15 min on 2 cores
#   benchmarks/compile-time.sh --n 300 --reps 3   # quicker
# Uses the jars of the local build (annotations/target, processor/target) and ~/.m2 for Jackson; builds them first (MVN_FLAGS=-o to build offline). Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_FLAGS:-} -pl processor -am -DskipTests package
version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
m2="${M2_REPO:-$HOME/.m2/repository}"
project=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
jackson=$(version jackson.version)
jackson_annotations=$(version jackson-annotations.version)
java -version 2>&1 | head -1
exec python3 benchmarks/compile-time.py \
  --annotations "annotations/target/apimodel-annotations-$project.jar" \
  --processor "processor/target/apimodel-processor-$project.jar" \
  --jackson-annotations "$m2/com/fasterxml/jackson/core/jackson-annotations/$jackson_annotations/jackson-annotations-$jackson_annotations.jar" \
  --jackson-core "$m2/com/fasterxml/jackson/core/jackson-core/$jackson/jackson-core-$jackson.jar" \
  --jackson-databind "$m2/com/fasterxml/jackson/core/jackson-databind/$jackson/jackson-databind-$jackson.jar" \
  "$@"
