#!/usr/bin/env bash
# The tableau de bord of one campus among 1,000, each following 20 indicators with 36 monthly measures (720,000
# measures, bench/indicator-data.sql): the page as a signed-in administrator reads it, and the measures API of one
# indicator with HTTP Basic (a BCrypt check per request) and with a personal token (a hash and an indexed read), with
# wrk; every answer is computed (private data is never kept).
# Needs the packaged jar (./mvnw package -DskipTests), psql, curl and wrk.
#   [WARMUP=seconds of load before each measure, 30 by default] [THINK_MS=pause before each request]
#   bash bench/dashboard-benchmark.sh [SECONDS] [CONNECTIONS]
# Without THINK_MS each connection asks again as soon as it is answered (the platform's saturation: latency is then
# connections / throughput); with THINK_MS=1000, CONNECTIONS people each reading a page a second (bench/think-time.lua).
set -euo pipefail
DURATION=${1:-10}
# the JIT compiles the hot paths of a page for tens of seconds on two cores: measure once it has
WARMUP=${WARMUP:-30}
CONNECTIONS=${2:-8}
PORT=8094
EMAIL=bench@cmq.test
PASSWORD=Tableau-de-mesures-2026
PLATFORM_ARGS="--cmq.bootstrap.admin-email=$EMAIL --cmq.bootstrap.admin-password=$PASSWORD"
source bench/start-platform.sh
load_campuses
start=$(date +%s.%N)
"${PSQL[@]}" -f bench/indicator-data.sql
echo "data: $("${PSQL[@]}" -A -t -c "select count(*) || ' measures' from indicator_measure") \
  (loaded in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s)"
CAMPUS=$("${PSQL[@]}" -A -t -c "select min(id) + 500 from campus")

sign_in
BASIC=$(printf '%s:%s' "$EMAIL" "$PASSWORD" | base64 -w0)
# a read-only personal token, created from the account's page as a person does
csrf=$(curl -s -b "$COOKIES" "localhost:$PORT/mon-compte" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//;s/"$//')
TOKEN=$(curl -s -b "$COOKIES" --data-urlencode "nom=Banc d'essai" --data-urlencode "acces=LECTURE" \
    --data-urlencode "expiration=$(date -d '+30 days' +%F)" --data-urlencode "_csrf=$csrf" "localhost:$PORT/mon-compte/jetons" \
    | grep -o 'cmq_[a-z2-9]\{12\}_[A-Za-z0-9_-]\{43\}' | head -1)
[ -n "$TOKEN" ] || { echo "no token created" >&2; exit 1; }

measure_header
measure dashboard "/campus/$CAMPUS/tableau-de-bord" "Cookie: SESSION=$SESSION"
measure api-basic "/api/v1/campuses/$CAMPUS/indicators/BENCH_07/measures" "Authorization: Basic $BASIC"
measure api-token "/api/v1/campuses/$CAMPUS/indicators/BENCH_07/measures" "Authorization: Bearer $TOKEN"
