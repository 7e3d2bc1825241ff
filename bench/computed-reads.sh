#!/usr/bin/env bash
# The public reads computed every time: every request is one nobody asked before (a parameter the platform ignores,
# new each time: bench/every-request-new.lua), so that no kept answer serves it, on 1,000 campuses, 50,000 members,
# 100,000 formations and 20,000 events. Prints requests/s, p50 and p99 (ms) of each read, after a warm-up of each.
# Needs the packaged jar (./mvnw package -DskipTests), psql, curl and wrk (apt-get install wrk).
#   [WARMUP=seconds, 20 by default] [ONLY="campus agenda"] bash bench/computed-reads.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
DURATION=${1:-10}
CONNECTIONS=${2:-8}
WARMUP=${WARMUP:-20}
cd "$(dirname "$0")/.."
PORT=18083
source bench/start-platform.sh
load_campuses
load_formations
load_events
export CAMPUS_FROM=$("${PSQL[@]}" -A -t -c "select min(id) from campus")

NAMES=(${ONLY:-formations api-formations campus directory agenda})
declare -A READS=(
    [formations]="/formations?q=maintenance&niveau=5&statut=APPRENTISSAGE&region=44"
    [api-formations]="/api/v1/formations?q=maintenance&level=5&status=APPRENTISSAGE"
    [campus]="/campus/{campus}"
    [directory]="/campus?q=energie&region=44"
    [agenda]="/evenements?q=hackathon&region=44")

run() {
    local out
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$1" --latency -s bench/every-request-new.lua "http://localhost:$PORT" -- "$2")
    local errors=$(echo "$out" | awk '$1 == "requests" {print $4}')
    if [ "${errors:-1}" != 0 ] || echo "$out" | grep -q 'Non-2xx'; then echo "errors on $2: $out" >&2; exit 1; fi
    echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1 == "p50" {print $2}')" \
        "$(echo "$out" | awk '$1 == "p99" {print $2}')"
}

echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s, every request new, after a warm-up of ${WARMUP}s each"
printf '%-15s %-65s %10s %8s %8s\n' read path req/s p50 p99
# the JVM compiles what every page shares during the first read's warm-up: each is warmed once before any is measured
for name in "${NAMES[@]}"; do
    run "${WARMUP}s" "${READS[$name]}" > /dev/null
done
for name in "${NAMES[@]}"; do
    run "${WARMUP}s" "${READS[$name]}" > /dev/null
    read -r rps p50 p99 <<< "$(run "${DURATION}s" "${READS[$name]}")"
    printf '%-15s %-65s %10s %8s %8s\n' "$name" "${READS[$name]}" "$rps" "$p50" "$p99"
done
