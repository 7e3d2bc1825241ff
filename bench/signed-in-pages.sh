#!/usr/bin/env bash
# The signed-in pages people work on, on the demonstration data, read by a national administrator: a campus's
# tableau de bord, its action plan and its budget (the demonstration campus with the most actions), and the label
# dossier with the most answers. Each is measured twice: at saturation (CONNECTIONS connections asking again as soon as
# they are answered), then as CONNECTIONS people each reading a page a second (THINK_MS=1000, bench/think-time.lua).
# Needs the packaged jar (./mvnw package -DskipTests), psql, curl and wrk.
#   [WARMUP=seconds, 20 by default] bash bench/signed-in-pages.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
DURATION=${1:-10}
WARMUP=${WARMUP:-20}
CONNECTIONS=${2:-64}
PORT=8095
EMAIL=bench@cmq.test
PASSWORD=Pages-de-travail-2026
DEMO=true
PLATFORM_ARGS="--cmq.bootstrap.admin-email=$EMAIL --cmq.bootstrap.admin-password=$PASSWORD"
source bench/start-platform.sh
# the demonstration data is written once the platform answers: wait for its dossiers
until [ "$("${PSQL[@]}" -A -t -c "select count(*) from dossier")" -gt 0 ]; do sleep 1; done
CAMPUS=$("${PSQL[@]}" -A -t -c "select campus_id from campus_action group by campus_id order by count(*) desc limit 1")
YEAR=$("${PSQL[@]}" -A -t -c "select max(year) from campus_budget where campus_id = $CAMPUS")
DOSSIER=$("${PSQL[@]}" -A -t -c "select d.id from dossier d left join dossier_answer a on a.dossier_id = d.id
    group by d.id order by count(a.dossier_id) desc, d.id limit 1")
echo "data: campus $CAMPUS ($("${PSQL[@]}" -A -t -c "select count(*) from campus_action where campus_id = $CAMPUS") actions," \
    "budget $YEAR), dossier $DOSSIER"
sign_in
pages() {
    measure_header
    measure dashboard "/campus/$CAMPUS/tableau-de-bord" "Cookie: SESSION=$SESSION"
    measure plan "/campus/$CAMPUS/plan" "Cookie: SESSION=$SESSION"
    measure budget "/campus/$CAMPUS/budget/$YEAR" "Cookie: SESSION=$SESSION"
    measure dossier "/dossiers/$DOSSIER" "Cookie: SESSION=$SESSION"
}
pages
THINK_MS=1000 pages
