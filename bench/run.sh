#!/usr/bin/env bash
# Runs one benchmark against the local stack and prints its summary (see bench/README.md):
#
#   bench/run.sh <scenario>        e.g. bench/run.sh callqueue-claim
#   bench/run.sh --list            the scenarios
#
# 1. checks that the services the scenario needs answer /q/health/ready (start them with
#    deploy/local/up.sh <service> otherwise);
# 2. loads the scenario's data set straight into the service's database (it empties the tables it
#    loads: run it on the local stack, never on a database you care about);
# 3. runs the scenario's Gatling simulation (HTML report under bench/target/gatling/);
# 4. checks the database, runs the raw-SQL baseline of the same work over JDBC at the same
#    concurrency, and prints throughput, p50 and p99 of both, their ratio and each target.
# Exit status: 0 when every target and check passed, 1 when one failed, 2 or 3 for usage or a stack not up.
#
# Environment: MYSQL_HOST/PORT/USER/PASSWORD and the service ports (CALLQUEUE_PORT, ...) as for
# deploy/local/up.sh; DURATION_SECONDS, WARMUP_SECONDS and the scenario's own sizes (README).
# Maven runs offline (-o) once the dependencies are in ~/.m2; set BENCH_MAVEN_OFFLINE=0 the first time.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
offline=()
[ "${BENCH_MAVEN_OFFLINE:-1}" = 0 ] || offline=(-o)
mvn=("$root/mvnw" -B -q "${offline[@]}" -f "$here/pom.xml")

export CONVERGE_ROOT="$root"
export BENCH_WORK="$here/target/bench"

"${mvn[@]}" test-compile dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt" -Dmdep.includeScope=test
bench=("${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$here/target/test-classes:$(cat "$here/target/classpath.txt")" com.converge.bench.Bench)

if [ $# -ne 1 ] || [ "$1" = --list ] || [ "$1" = -h ] || [ "$1" = --help ]; then
  "${bench[@]}" --list 2>&1 | sed 's/^usage: Bench/usage: bench\/run.sh/' >&2
  exit 2
fi
scenario=$1
simulation=$("${bench[@]}" "$scenario" simulation)

"${bench[@]}" "$scenario" prepare
mkdir -p "$BENCH_WORK"
# a scenario without a simulation (complaint-sla-monitor) times statements over JDBC in its finish step
if [ -n "$simulation" ]; then
  echo "$scenario: running $simulation (Gatling)"
  "${mvn[@]}" gatling:test -Dgatling.simulationClass="$simulation" > "$BENCH_WORK/$scenario-gatling.log" 2>&1 || {
    # Gatling fails the build when its own assertions fail; there are none, so this is a real failure.
    tail -n 40 "$BENCH_WORK/$scenario-gatling.log" >&2
    echo "run.sh: the simulation failed, its output is in ${BENCH_WORK#"$root"/}/$scenario-gatling.log" >&2
    exit 1
  }
fi
"${bench[@]}" "$scenario" finish "$here/target/gatling"
