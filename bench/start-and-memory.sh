#!/usr/bin/env bash
# Start time and memory of the packaged platform on this machine, run two ways: the jar as it is (java -jar), and as
# deployed (bin/plateforme-cmq: unpacked, the JDK's ahead-of-time cache, a bounded heap). For each: a first start on
# an empty data folder (embedded PostgreSQL created, migrations, demonstration data; for the launcher, the training
# start that makes the cache comes first), a restart on the same folder, the resident memory (RSS) of the platform's
# JVM once ready, then after 30 s of computed public reads (bench/every-request-new.lua over the campus pages, the
# directory and the formation search). Needs the packaged jar (./mvnw package -DskipTests), curl and wrk.
#   bash bench/start-and-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR=$(ls target/plateforme-cmq-*.jar | head -1)
PORT=18087
if curl -s "localhost:$PORT" > /dev/null; then echo "port $PORT is in use: stop what listens there first" >&2; exit 1; fi
WORK=$(mktemp -d)
chmod 755 "$WORK"
APP=
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; true' EXIT

# starts the platform with the command given, waits until healthy; SECONDS_TO_READY says how long it took
start() {
    local log=${1//[^a-z-]/_}; shift
    local begin=$(date +%s.%N)
    "$@" --server.port="$PORT" --cmq.data-dir="$WORK/data" > "$WORK/$log.log" 2>&1 &
    APP=$!
    until curl -sf "localhost:$PORT/actuator/health" > /dev/null; do
        kill -0 $APP 2>/dev/null || { tail -20 "$WORK/$log.log" >&2; exit 1; }
        sleep 0.1
    done
    SECONDS_TO_READY=$(printf '%.1f' "$(echo "$(date +%s.%N) - $begin" | bc)")
}

rss() {
    echo "$(( $(ps -o rss= -p "$APP") / 1024 )) MB"
}

measure() {
    local name=$1; shift
    rm -rf "$WORK/data"
    start "$name-first" "$@"
    local first=$SECONDS_TO_READY
    kill $APP; wait $APP 2>/dev/null || true
    start "$name-restart" "$@"
    local restart=$SECONDS_TO_READY ready=$(rss)
    local campus=$(curl -s "localhost:$PORT/api/v1/campuses?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    CAMPUS_FROM=$campus wrk -t2 -c8 -d30s -s bench/every-request-new.lua "http://localhost:$PORT" -- "/campus/{campus}" \
        "/campus?q=energie" "/formations?q=maintenance" > /dev/null
    echo "$name — first start: ${first} s; restart: ${restart} s; RSS once ready: ${ready};" \
        "after 30 s of computed reads: $(rss)"
    kill $APP; wait $APP 2>/dev/null || true
}

measure "java -jar" "$JAVA_HOME/bin/java" -jar "$JAR"
CMQ_RUN_DIR="$WORK/run" measure "bin/plateforme-cmq" bin/plateforme-cmq
