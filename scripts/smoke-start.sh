#!/usr/bin/env bash
# `npm start` on spare ports with a throwaway data folder: it must answer /api/health and serve the
# form within 30 s, accept a report, and still have that report after a restart.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT=${SMOKE_PORT:-3310} DYNAMODB_PORT=${SMOKE_DYNAMODB_PORT:-8310} SES_PORT=${SMOKE_SES_PORT:-8311}
export DATA_DIR=$(mktemp -d)
base="http://localhost:$PORT"
pid=""
cleanup() { [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$DATA_DIR"; }
trap cleanup EXIT

start() {
  # Its own process group, signalled whole as a terminal's Ctrl-C would be (a script's background job ignores SIGINT).
  setsid npm start > "$DATA_DIR/start.log" 2>&1 &
  pid=$!
  # Health answers as soon as the server listens; the seed follows, and the banner says when all is ready.
  for _ in $(seq 1 60); do
    if curl -sf "$base/api/health" > /dev/null && grep -q "is running" "$DATA_DIR/start.log"; then return 0; fi
    sleep 0.5
  done
  cat "$DATA_DIR/start.log"; echo "smoke: npm start was not ready (health and seed) within 30 s"; exit 1
}
stop() {
  kill -TERM -- "-$pid"; wait "$pid" || true; pid=""
  for _ in $(seq 1 20); do pgrep -f "DynamoDBLocal.jar.*-port $DYNAMODB_PORT" > /dev/null || return 0; sleep 0.5; done
  echo "smoke: java left running"; exit 1
}
json() { node -e "let s='';process.stdin.on('data',c=>s+=c).on('end',()=>console.log(eval('JSON.parse(s)'+process.argv[1])))" "$1"; }

start
curl -sf "$base/" | grep -q '<html' || { echo "smoke: the form is not served"; exit 1; }
nip=$(curl -sf "$base/api/dev/identities" | json '.items.find(i=>i.roles.length===0).nip')
token=$(curl -sf -X POST "$base/api/dev/token" -H 'content-type: application/json' -d "{\"nip\":\"$nip\"}" | json '.token')
period=$(curl -sf "$base/api/me" -H "authorization: Bearer $token" | json '.openPeriod.periodId')
today=$(TZ=Asia/Makassar date +%F)
report=$(curl -sf -X POST "$base/api/reports" -H "authorization: Bearer $token" -H 'content-type: application/json' \
  -d "{\"date\":\"$today\",\"activity\":\"Uji asap: laporan sebelum restart\"}" | json '.reportId')
stop

start
curl -sf "$base/api/reports?period=$period" -H "authorization: Bearer $token" | grep -q "$report" \
  || { echo "smoke: report $report lost across a restart"; exit 1; }
stop
echo "smoke: npm start served the form and API; report $report survived a restart"
