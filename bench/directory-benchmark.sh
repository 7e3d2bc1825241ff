#!/usr/bin/env bash
# Latency of the public campus directory with 1,000 campuses and 50,000 members: starts the packaged jar on a fresh
# embedded PostgreSQL (demo data off), loads bench/campus-data.sql, warms up, then runs wrk with
# bench/directory-latency.lua (10 kinds of search, pages and API) on loopback.
# Needs the packaged jar (./mvnw package -DskipTests), psql, curl and wrk (apt-get install wrk).
#   bash bench/directory-benchmark.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
DURATION=${1:-30}
CONNECTIONS=${2:-8}
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR=$(ls target/plateforme-cmq-*.jar | head -1)
WORK=$(mktemp -d)
chmod 755 "$WORK"
PORT=18081
if curl -s "localhost:$PORT" > /dev/null; then echo "port $PORT is in use: stop what listens there first" >&2; exit 1; fi

"$JAVA" -jar "$JAR" --server.port=$PORT --cmq.data-dir="$WORK/data" --cmq.demo.enabled=false > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
until curl -sf "localhost:$PORT/actuator/health" > /dev/null; do sleep 0.5; done
PGPORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
export PGPASSWORD=$(cat "$WORK/data/postgres-password")
start=$(date +%s.%N)
psql -X -q -h localhost -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -f bench/campus-data.sql
echo "data: $(psql -X -A -t -h localhost -p "$PGPORT" -U postgres -d postgres -c \
  "select count(*) || ' campuses, ' || (select count(*) from campus_member) || ' members' from campus") \
  (loaded in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s)"

wrk -t2 -c4 -d5s -s bench/directory-latency.lua "http://localhost:$PORT" > /dev/null
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (after a 5 s warm-up):"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s bench/directory-latency.lua "http://localhost:$PORT" | tail -8
