# Sourced by the benchmarks: starts the packaged jar on PORT on a fresh embedded PostgreSQL in a temporary WORK
# directory (demo data off unless DEMO=true; extra arguments in PLATFORM_ARGS), waits until it answers, and sets PGPORT, PGPASSWORD and
# PSQL for its database. Everything is stopped and removed when the calling script exits.
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR=$(ls target/plateforme-cmq-*.jar | head -1)
WORK=$(mktemp -d)
chmod 755 "$WORK"
if curl -s "localhost:$PORT" > /dev/null; then echo "port $PORT is in use: stop what listens there first" >&2; exit 1; fi
STOP_ALSO=${STOP_ALSO:-true}
"$JAVA" -jar "$JAR" --server.port="$PORT" --cmq.data-dir="$WORK/data" --cmq.demo.enabled="${DEMO:-false}" ${PLATFORM_ARGS:-} \
    > "$WORK/app.log" 2>&1 &
APP=$!
trap 'eval "$STOP_ALSO" || true; kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf "localhost:$PORT/actuator/health" > /dev/null; do
    # a platform that stopped (a refused setting, say) is said, not waited for
    kill -0 $APP 2>/dev/null || { grep -m3 -E "ERROR|refusé" "$WORK/app.log" >&2; exit 1; }
    sleep 0.5
done
PGPORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
export PGPASSWORD=$(cat "$WORK/data/postgres-password")
PSQL=(psql -X -q -h localhost -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)

# Loads bench/campus-data.sql: 1,000 campuses and 50,000 members.
load_campuses() {
    local start=$(date +%s.%N)
    "${PSQL[@]}" -f bench/campus-data.sql
    "${PSQL[@]}" -c "vacuum analyze"
    echo "data: $("${PSQL[@]}" -A -t -c \
      "select count(*) || ' campuses, ' || (select count(*) from campus_member) || ' members' from campus") \
      (loaded in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s)"
}

# Loads bench/formation-data.sql: 100 formations per campus (100,000), and a place for every member.
load_formations() {
    local start=$(date +%s.%N)
    "${PSQL[@]}" -f bench/formation-data.sql
    "${PSQL[@]}" -c "vacuum analyze"
    echo "data: $("${PSQL[@]}" -A -t -c "select count(*) || ' formations' from formation") \
      (loaded in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s)"
}

# Loads bench/event-data.sql: 20 events per campus (20,000), from a year ago to a year ahead.
load_events() {
    local start=$(date +%s.%N)
    "${PSQL[@]}" -f bench/event-data.sql
    "${PSQL[@]}" -c "vacuum analyze"
    echo "data: $("${PSQL[@]}" -A -t -c "select count(*) || ' events' from campus_event") \
      (loaded in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s)"
}

# Signs in as EMAIL with PASSWORD through the sign-in form, as a person does; sets COOKIES (the jar) and SESSION.
sign_in() {
    COOKIES="$WORK/cookies"
    local csrf
    csrf=$(curl -s -c "$COOKIES" -b "$COOKIES" "localhost:$PORT/connexion" | grep -o 'name="_csrf" value="[^"]*"' \
        | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "email=$EMAIL" \
        --data-urlencode "motDePasse=$PASSWORD" --data-urlencode "_csrf=$csrf" "localhost:$PORT/connexion"
    SESSION=$(awk '$6 == "SESSION" {print $7}' "$COOKIES")
    [ -n "$SESSION" ] || { echo "sign-in refused for $EMAIL" >&2; exit 1; }
}

# One line of a signed-in benchmark: NAME PATH HEADER, after a warm-up of WARMUP seconds (the JIT compiles a page's
# hot paths for tens of seconds on two cores), CONNECTIONS connections for DURATION seconds; with THINK_MS, each
# connection pauses that long on average before each request (bench/think-time.lua): people reading, not loops.
measure() {
    local name=$1 path=$2 header=$3 pace=() out
    [ -n "${THINK_MS:-}" ] && pace=(-s bench/think-time.lua)
    curl -sf -o /dev/null -H "$header" "http://localhost:$PORT$path"
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -H "$header" "http://localhost:$PORT$path" > /dev/null
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${pace[@]}" -H "$header" "http://localhost:$PORT$path")
    printf '%-12s %-55s %10s %8s %8s %s\n' "$name" "$path" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
        "$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
        "$(echo "$out" | grep -o 'Non-2xx or 3xx responses: [0-9]*\|timeout [1-9][0-9]*' | tr '\n' ' ')"
}

measure_header() {
    echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency${THINK_MS:+, a pause of ${THINK_MS} ms on average before each request}, after a warm-up of ${WARMUP} s each"
    printf '%-12s %-55s %10s %8s %8s\n' read path req/s p50 p99
}
