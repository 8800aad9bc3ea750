#!/usr/bin/env bash
# Runs every benchmark of issue #8 and writes benchmarks/RESULTS.md and benchmarks/callback.svg.
#
#   benchmarks/run.sh                 build (the library from this working tree + the benchmark modules), then run
#   benchmarks/run.sh --quick         a smoke test with very short phases (numbers not meant to be kept)
#   benchmarks/run.sh --only=sign,client,callback,startup,dedupe   (dedupe needs Redis at 127.0.0.1:6379)
#
# Environment: BENCH_MVN_ARGS adds Maven options to the build (e.g. "-o -Dmaven.repo.local=/path/to/repo");
# BENCH_SKIP_BUILD=1 runs the jar already built; BENCH_USE_INSTALLED=1 builds only the benchmark
# modules against the dev.lvb artifacts installed in ~/.m2 (when the working tree does not build).
# Extra JVM options for the benchmark applications (e.g. a JFR recording):
#   BENCH_JAVA_OPTS=-Dbench.app.jvmArgs=-XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck disable=SC2086
if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
    start=$(date +%s)
    if [[ "${BENCH_USE_INSTALLED:-}" == 1 ]]; then
        ./mvnw -B -q ${BENCH_MVN_ARGS:-} -Pbenchmarks package -DskipTests \
            -pl benchmarks,benchmarks/app-common,benchmarks/proposals,benchmarks/app-lvb,benchmarks/app-lvb-redis,benchmarks/app-plain,benchmarks/harness
    else
        ./mvnw -B -q ${BENCH_MVN_ARGS:-} -Pbenchmarks package -DskipTests -pl benchmarks/harness -am
    fi
    echo "build: $(( $(date +%s) - start )) s"
fi

# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:-} -jar benchmarks/harness/target/benchmarks.jar "$@"
