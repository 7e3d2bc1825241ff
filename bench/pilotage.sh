#!/usr/bin/env bash
# The territory's dashboards at national scale: 1,000 campuses with 50,000 members (bench/campus-data.sql), 100,000
# formations (bench/formation-data.sql), 20,000 events (bench/event-data.sql), 720,000 indicator measures
# (bench/indicator-data.sql), 12,000 actions and 1,000 budgets with their contributions (bench/steering-data.sql).
# Measures /pilotage as the national administration reads it (all of France) and as a regional pilot reads it, then a
# filtered one, with wrk; every answer is computed (private data is never kept).
# Needs the packaged jar (./mvnw package -DskipTests), psql, curl and wrk.
#   [WARMUP=seconds of load before each measure, 30 by default] bash bench/pilotage.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
DURATION=${1:-10}
WARMUP=${WARMUP:-30}
CONNECTIONS=${2:-8}
PORT=8097
EMAIL=bench@cmq.test
PASSWORD=Tableau-de-pilotage-2026
PLATFORM_ARGS="--cmq.bootstrap.admin-email=$EMAIL --cmq.bootstrap.admin-password=$PASSWORD"
source bench/start-platform.sh
load_campuses
load_formations
load_events
for data in indicator-data steering-data; do
    start=$(date +%s.%N)
    "${PSQL[@]}" -f "bench/$data.sql"
    echo "data: $data (loaded in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s)"
done
"${PSQL[@]}" -c "vacuum analyze"
# a regional pilot of the région with the most campuses, with the administrator's password
REGION=$("${PSQL[@]}" -A -t -c "select region_code from campus group by 1 order by count(*) desc limit 1")
"${PSQL[@]}" -c "insert into user_account (email, display_name, password_hash) select 'pilote@bench.test', 'Pilote',
    password_hash from user_account where email = '$EMAIL'"
"${PSQL[@]}" -c "insert into role_assignment (user_account_id, role, region_code) select id, 'PILOTE_REGIONAL',
    '$REGION' from user_account where email = 'pilote@bench.test'"
echo "data: $("${PSQL[@]}" -A -t -c "select count(*) from campus where region_code = '$REGION'") campuses in région $REGION"

# two people, each in their own browser (a second sign-in in the same one would end the first's session)
sign_in
ADMIN_SESSION=$SESSION
rm -f "$WORK/cookies"
EMAIL=pilote@bench.test sign_in
PILOT_SESSION=$SESSION
for who in "$ADMIN_SESSION" "$PILOT_SESSION"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$who" "localhost:$PORT/pilotage")" = 200 ] \
        || { echo "the dashboard did not answer 200" >&2; exit 1; }
done

measure_header
measure national "/pilotage" "Cookie: SESSION=$ADMIN_SESSION"
measure filtered "/pilotage?filiere=TRANSITION_ENERGETIQUE&statut=LABELLISE" "Cookie: SESSION=$ADMIN_SESSION"
measure regional "/pilotage" "Cookie: SESSION=$PILOT_SESSION"
measure export "/pilotage/ressources.xlsx" "Cookie: SESSION=$ADMIN_SESSION"
