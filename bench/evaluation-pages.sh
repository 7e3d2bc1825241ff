#!/usr/bin/env bash
# The quality pages on the demonstration data: a learner opening the network's questionnaire (anonymous, a new session
# each time), and, read by a national administrator, the evaluated campus's self-evaluation domain page, the comparison
# with its external evaluation and the report's PDF (kept once laid out: its later reads are the kept file).
# Needs the packaged jar (./mvnw package -DskipTests), psql, curl and wrk.
#   [WARMUP=seconds, 20 by default] bash bench/evaluation-pages.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
DURATION=${1:-10}
WARMUP=${WARMUP:-20}
CONNECTIONS=${2:-16}
PORT=8096
EMAIL=bench@cmq.test
PASSWORD=Pages-de-travail-2026
DEMO=true
PLATFORM_ARGS="--cmq.bootstrap.admin-email=$EMAIL --cmq.bootstrap.admin-password=$PASSWORD"
cd "$(dirname "$0")/.."
source bench/start-platform.sh
# the demonstration's quality data is written last: wait for its questionnaires
until [ "$("${PSQL[@]}" -A -t -c "select count(*) from network_survey")" -gt 0 ]; do sleep 1; done
TOKEN=$("${PSQL[@]}" -A -t -c "select token from network_survey where audience = 'APPRENANTS' limit 1")
read -r CAMPUS ASSESSMENT < <("${PSQL[@]}" -A -t -F ' ' -c "select e.campus_id, e.assessment_id from external_evaluation e
    where e.state = 'PUBLIEE' limit 1")
sign_in
measure_header
measure questionnaire "/questionnaires/$TOKEN" "Accept: text/html"
measure domain "/campus/$CAMPUS/auto-evaluation/$ASSESSMENT/domaines/1" "Cookie: SESSION=$SESSION"
measure comparison "/campus/$CAMPUS/auto-evaluation/$ASSESSMENT/comparaison" "Cookie: SESSION=$SESSION"
measure report.pdf "/campus/$CAMPUS/auto-evaluation/$ASSESSMENT/rapport.pdf" "Cookie: SESSION=$SESSION"
