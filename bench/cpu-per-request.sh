#!/usr/bin/env bash
# What one computed read costs the platform, steadier than requests/s on a machine shared with the load generator:
# the CPU time (user + system) of the platform's JVM per request, and of its PostgreSQL's processes, over DURATION seconds of `wrk -c4` after WARMUP
# seconds of `wrk -c8`, every request new (bench/every-request-new.lua), on 1,000 campuses, 50,000 members, 100,000
# formations and 20,000 events. Compare two jars by running it on each (the paths in the same order: the JIT warms on
# the first). Needs the packaged jar (./mvnw package -DskipTests), psql, curl and wrk.
#   [WARMUP=40] [DURATION=20] bash bench/cpu-per-request.sh [PATH…]    (default: campus page, directory, agenda)
set -euo pipefail
WARMUP=${WARMUP:-40}
DURATION=${DURATION:-20}
cd "$(dirname "$0")/.."
PORT=18084
source bench/start-platform.sh
load_campuses
load_formations
load_events
export CAMPUS_FROM=$("${PSQL[@]}" -A -t -c "select min(id) from campus")
[ $# -gt 0 ] || set -- "/campus/{campus}" "/campus?q=energie&region=44" "/evenements?q=hackathon&region=44"
TICKS=$(getconf CLK_TCK)
POSTMASTER=$(sed -n 1p "$WORK/data/postgres/postmaster.pid")
cpu_ms() {
    awk -v ticks="$TICKS" '{print ($14 + $15) * 1000 / ticks}' "/proc/$APP/stat"
}
# the postmaster, the children it reaped (fields 16 and 17) and those alive: the server's whole CPU
database_cpu_ms() {
    cat "/proc/$POSTMASTER/stat" $(pgrep -P "$POSTMASTER" | sed 's|.*|/proc/&/stat|') 2>/dev/null \
        | awk -v ticks="$TICKS" -v main="$POSTMASTER" \
            '{t += $14 + $15; if ($1 == main) t += $16 + $17} END {print t * 1000 / ticks}'
}
printf '%-65s %9s %12s %12s %8s\n' path requests "JVM ms/req" "SQL ms/req" req/s
for path in "$@"; do
    wrk -t2 -c8 -d"${WARMUP}s" -s bench/every-request-new.lua "http://localhost:$PORT" -- "$path" > /dev/null
    before=$(cpu_ms)
    database_before=$(database_cpu_ms)
    out=$(wrk -t2 -c4 -d"${DURATION}s" -s bench/every-request-new.lua "http://localhost:$PORT" -- "$path")
    after=$(cpu_ms)
    database_after=$(database_cpu_ms)
    if echo "$out" | grep -q 'Non-2xx'; then echo "errors on $path: $out" >&2; exit 1; fi
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    printf '%-65s %9s %12.2f %12.2f %8s\n' "$path" "$requests" "$(echo "($after - $before) / $requests" | bc -l)" \
        "$(echo "($database_after - $database_before) / $requests" | bc -l)" \
        "$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
done
