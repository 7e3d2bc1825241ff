#!/usr/bin/env bash
# The open data at national scale: the national list of 1,000 campuses (bench/campus-data.sql) and the 100,000
# formations of their networks (bench/formation-data.sql) as CSV, each downloaded first right after the data changed
# (the file is written from the rows, a batch at a time, then served) and then again (served from disk); then 16
# readers at once. Says the time to first byte and the total time of each download, and the JVM's heap before and
# after (jcmd GC.heap_info), to show that no whole file is held in memory.
# Needs the packaged jar (./mvnw package -DskipTests), psql, curl, wrk and the JDK's jcmd.
#   bash bench/open-data.sh
set -euo pipefail
PORT=8098
source bench/start-platform.sh
load_campuses
load_formations
JCMD="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd"
heap() { "$JCMD" "$APP" GC.run > /dev/null; "$JCMD" "$APP" GC.heap_info | awk '/used/ {print $0; exit}' \
    | grep -o 'used [0-9]*K' ; }
download() {
    curl -s -o "$WORK/file" -w "%{time_starttransfer} %{time_total} %{size_download}" "localhost:$PORT$1" \
        | awk -v name="$2" -v path="$1" '{ printf "%-28s %-28s first byte %6.3f s, total %6.3f s, %8.1f MB\n",
            name, path, $1, $2, $3 / 1048576 }'
}
echo "heap before: $(heap)"
download /donnees/campus.csv "campus, first (written)"
download /donnees/campus.csv "campus, again (from disk)"
download /donnees/formations.csv "formations, first (written)"
download /donnees/formations.csv "formations, again (from disk)"
download "/api/v1/campuses?format=csv" "campus API, format=csv"
echo "heap after: $(heap)"
echo "16 readers at once for 10 s, /donnees/formations.csv:"
wrk -t2 -c16 -d10s --latency "http://localhost:$PORT/donnees/formations.csv" \
    | grep -E "Requests/sec|50%|99%|Non-2xx|Transfer/sec"
echo "heap after the readers: $(heap)"
