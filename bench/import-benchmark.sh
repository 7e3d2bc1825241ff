#!/usr/bin/env bash
# Times the import of a synthetic Annuaire de l'éducation of N rows (default 70,000) through the platform's API, next
# to PostgreSQL's own `psql \copy` of the same file into a bare table, on the same embedded server, in the same run.
# Needs the packaged jar (./mvnw package -DskipTests), psql and curl.
#   bash bench/import-benchmark.sh [ROWS]
set -euo pipefail
ROWS=${1:-70000}
cd "$(dirname "$0")/.."
PORT=18080
ADMIN="bench@cmq.test:benchmark-password"
export CMQ_BOOTSTRAP_ADMIN_EMAIL=bench@cmq.test CMQ_BOOTSTRAP_ADMIN_PASSWORD=Import-de-masse-2026
source bench/start-platform.sh

FILE="$WORK/annuaire-$ROWS.csv"
"$JAVA" bench/GenerateAnnuaire.java "$ROWS" > "$FILE"
echo "file: $ROWS rows, $(du -h "$FILE" | cut -f1)"

seconds() { date +%s.%N; }
elapsed() { printf '%.2f' "$(echo "$2 - $1" | bc)"; }

COLUMNS=$(head -1 "$FILE" | sed 's/^\xEF\xBB\xBF//; s/\r$//' | tr ';' '\n' | sed 's/.*/"&" text/' | paste -sd, -)
"${PSQL[@]}" -c "create table bare ($COLUMNS)"
start=$(seconds)
"${PSQL[@]}" -c "\\copy bare from '$FILE' with (format csv, header, delimiter ';')"
copy_time=$(elapsed "$start" "$(seconds)")

start=$(seconds)
first=$(curl -sf -u "$ADMIN" -F "file=@$FILE" "localhost:$PORT/api/v1/imports/annuaire")
first_time=$(elapsed "$start" "$(seconds)")
start=$(seconds)
again=$(curl -sf -u "$ADMIN" -F "file=@$FILE" "localhost:$PORT/api/v1/imports/annuaire")
again_time=$(elapsed "$start" "$(seconds)")

counts() { echo "$1" | sed -E 's/.*"read":([0-9]+),"created":([0-9]+),"updated":([0-9]+),"unchanged":([0-9]+),"rejected":([0-9]+).*/read \1, created \2, updated \3, unchanged \4, rejected \5/'; }
echo "psql \\copy into a bare table (71 text columns):  ${copy_time} s"
echo "platform import, empty table:                   ${first_time} s  ($(counts "$first"))"
echo "platform import, same file again:               ${again_time} s  ($(counts "$again"))"
echo "engine's own log:"
grep -o 'Import [0-9]* (annuaire).*' "$WORK/app.log"
