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
PORT=18081
source bench/start-platform.sh
load_campuses

wrk -t2 -c4 -d5s -s bench/directory-latency.lua "http://localhost:$PORT" > /dev/null
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (after a 5 s warm-up):"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s bench/directory-latency.lua "http://localhost:$PORT" | tail -8
