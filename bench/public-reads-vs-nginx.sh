#!/usr/bin/env bash
# The public reads next to nginx serving the very same bytes, in the same run, with the same connections, with 1,000
# campuses and 50,000 members: the campus directory's API and page and a campus page (SET campuses), or, with 100,000
# formations more, the formation search's API, its page and a search around a point (SET formations), or, with 20,000
# events more, the agenda's API, its page and a search by words (SET events). For each, the
# platform as a visitor meets it (kept answers), then the platform computing every answer (every request new:
# bench/every-request-new.lua), then nginx; prints requests/s, p50 and p99 and the ratio to nginx.
# Needs the packaged jar (./mvnw package -DskipTests), psql, curl, wrk and nginx (apt-get install wrk nginx-light).
#   bash bench/public-reads-vs-nginx.sh [SECONDS] [CONNECTIONS] [campuses|formations|events]
set -euo pipefail
DURATION=${1:-10}
CONNECTIONS=${2:-8}
SET=${3:-campuses}
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))
cd "$(dirname "$0")/.."
PORT=18081
NGINX_PORT=18082
STOP_ALSO='[ -f "$WORK/nginx.pid" ] && kill $(cat "$WORK/nginx.pid") 2>/dev/null'
source bench/start-platform.sh
load_campuses

CAMPUS=$("${PSQL[@]}" -A -t -c "select min(id) from campus")
if [ "$SET" = formations ]; then
    load_formations
    NAMES=(api-formations formations api-near)
    declare -A READS=([api-formations]="/api/v1/formations?q=maintenance&level=5"
        [formations]="/formations?q=maintenance&niveau=5&statut=APPRENTISSAGE"
        [api-near]="/api/v1/formations?near=48.85,2.35&radiusKm=50&status=APPRENTISSAGE")
elif [ "$SET" = events ]; then
    load_events
    NAMES=(api-events agenda api-events-words)
    declare -A READS=([api-events]="/api/v1/events?audience=LYCEENS&region=44"
        [agenda]="/evenements?public=LYCEENS&type=PORTES_OUVERTES"
        [api-events-words]="/api/v1/events?q=hackathon&from=2026-01-01")
else
    NAMES=(api directory campus)
    declare -A READS=([api]="/api/v1/campuses?q=energie" [directory]="/campus?q=energie" [campus]="/campus/$CAMPUS")
fi
mkdir -p "$WORK/www" "$WORK/nginx-temp"
for name in "${!READS[@]}"; do
    curl -sf "localhost:$PORT${READS[$name]}" -o "$WORK/www/$name"
done
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-temp; proxy_temp_path $WORK/nginx-temp; fastcgi_temp_path $WORK/nginx-temp;
    uwsgi_temp_path $WORK/nginx-temp; scgi_temp_path $WORK/nginx-temp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        location ~ ^/api { default_type application/json; }
        location / { default_type text/html; }
    }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK"

# requests/s, p50 and p99 (ms) of one wrk run: run URL [HEADER]
run() {
    local out
    if [ -n "${2:-}" ]; then
        out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$2" "$1")
    else
        out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
    fi
    if echo "$out" | grep -q 'Non-2xx'; then echo "errors in $1: $out" >&2; exit 1; fi
    local rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    echo "$rps $(percentile "$out" 50%) $(percentile "$out" 99%)"
}

# requests/s, p50 and p99 (ms) with every request one nobody asked before: run_new DURATION PATH
run_new() {
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s bench/every-request-new.lua "http://localhost:$PORT" -- "$2")
    if echo "$out" | grep -q 'Non-2xx'; then echo "errors in $2: $out" >&2; exit 1; fi
    echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1 == "p50" {print $2}')" \
        "$(echo "$out" | awk '$1 == "p99" {print $2}')"
}

# a latency percentile of wrk's output, in ms: percentile OUTPUT 99%
percentile() {
    echo "$1" | awk -v p="$2" '$1 == p {v=$2; if (v ~ /us$/) {sub(/us/, "", v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else {sub(/s/, "", v); v=v*1000}; printf "%.1f", v}'
}

echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, after a warm-up of each"
printf '%-15s %-60s %8s %10s %7s %7s %11s %7s %7s %10s %9s\n' read path bytes kept/s p50 p99 computed/s p50 p99 \
    nginx/s "ratio kept"
for name in "${NAMES[@]}"; do
    path=${READS[$name]}
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "http://localhost:$PORT$path" > /dev/null
    run_new 3s "$path" > /dev/null
    read -r kept kept_p50 kept_p99 <<< "$(run "http://localhost:$PORT$path")"
    read -r computed computed_p50 computed_p99 <<< "$(run_new "${DURATION}s" "$path")"
    read -r static static_p50 static_p99 <<< "$(run "http://localhost:$NGINX_PORT/$name")"
    printf '%-15s %-60s %8s %10s %7s %7s %11s %7s %7s %10s %9.3f\n' "$name" "$path" "$(stat -c %s "$WORK/www/$name")" \
        "$kept" "$kept_p50" "$kept_p99" "$computed" "$computed_p50" "$computed_p99" "$static" \
        "$(echo "$kept / $static" | bc -l)"
done
