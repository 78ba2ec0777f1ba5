#!/usr/bin/env bash
# The region onboarding benchmark of みま～も Noren; see docs/performance.md and docs/adr/0018.
#
# One run, one database, a real Keycloak (the demo realm) and a GreenMail SMTP server: BENCH_REGIONS (default 200)
# applications are written as submitted, and head office approves them one after the other through the API
# (POST /api/v1/hq/region-applications/{id}/approve), timed by the client. Each approval provisions the region:
# the regions row and launch checklist, the keychain prefix, the Keycloak organization and the invitation email.
# Targets: every provisioning < 5 s; the last region no slower than the second (the first pays for warm-up).
# Results in bench/results/<time>-onboarding/ (bench/results/latest-onboarding): timings.csv and summary.txt.
#
# Needs: JDK 17, Maven (only if the jar is missing), curl, jq, psql. Settings: as bench/run.sh (ports, BENCH_NICE,
# BENCH_BUILD, BENCH_FRESH), BENCH_MAIL_PORT (default 18025) and BENCH_REGIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

REGIONS=${BENCH_REGIONS:-200}
MAIL_PORT=${BENCH_MAIL_PORT:-18025}
RUN=$(date +%H%M%S)

STAMP=$(date +%Y%m%d-%H%M%S)-onboarding
OUT=$REPO/bench/results/$STAMP
mkdir -p "$OUT"
ln -sfn "$STAMP" "$REPO/bench/results/latest-onboarding"
# shellcheck source=bench/lib.sh
. bench/lib.sh
NOREN_JAVA_OPTS=${NOREN_JAVA_OPTS:--Xmx256m}

require_tools java curl jq psql
build_if_needed
start_infra
say "starting a mail server on port $MAIL_PORT"
"${NICE[@]}" java -cp "$JAR" bench/BenchTool.java mail "$MAIL_PORT" >"$OUT/mail.log" 2>&1 &
MAIL_PID=$!
for _ in $(seq 120); do grep -q BENCH-MAIL-READY "$OUT/mail.log" && break; sleep 0.5; done
grep -q BENCH-MAIL-READY "$OUT/mail.log" || die "the mail server did not start; see $OUT/mail.log"
stop_mail() { kill "$MAIL_PID" 2>/dev/null || true; }
trap 'stop_mail; cleanup' EXIT
say "starting the application ($NOREN_JAVA_OPTS)"
NOREN_SMTP_PORT=$MAIL_PORT start_app "$OUT/app.log"
await_health 120

hq_token() { token_for hq mimamo-demo; }
# Three letters for a number (1 → baa, 2 → caa …): the codes start with different letters, as real ones do.
letters() { local n=$1 a=abcdefghijklmnopqrstuvwxyz; echo "${a:$(( n % 26 )):1}${a:$(( n / 26 % 26 )):1}${a:$(( n / 676 % 26 )):1}"; }
hq_token
echo "n,code,ms" >"$OUT/timings.csv"
for n in $(seq "$REGIONS"); do
  code=$(letters "$n")-bench$RUN
  id=$(as_postgres -Atc "insert into region_applications (code, region_name, municipality, organiser_name, organiser_email,
        organisation, partners, expected_centres, status, submitted_at)
      values ('$code', 'ベンチ地域 $n', 'ベンチ市', '計測 太郎', '$code@mimamo.example', 'ベンチ協議会',
        '[{\"name\":\"ベンチ病院\",\"role\":\"medical\"},{\"name\":\"ベンチ介護\",\"role\":\"care\"},{\"name\":\"ベンチ商店会\",\"role\":\"shopping-street\"}]',
        1, 'submitted', now()) returning id" | head -1)
  if [ $(( n % 40 )) -eq 0 ]; then hq_token; fi
  start=$(now_ms)
  answer=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' \
    "$APP_URL/api/v1/hq/region-applications/$id/approve")
  ms=$(( $(now_ms) - start ))
  done_steps=$(echo "$answer" | jq '[.steps[] | select(.state == "done")] | length')
  [ "$done_steps" = 4 ] || die "region $code was not provisioned: $answer"
  echo "$n,$code,$ms" >>"$OUT/timings.csv"
  if [ $(( n % 20 )) -eq 0 ]; then say "$n regions provisioned (last: $ms ms)"; fi
done

second=$(awk -F, 'NR == 3 { print $3 }' "$OUT/timings.csv")
last=$(awk -F, 'END { print $3 }' "$OUT/timings.csv")
median=$(tail -n +2 "$OUT/timings.csv" | cut -d, -f3 | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')
max=$(tail -n +2 "$OUT/timings.csv" | cut -d, -f3 | sort -n | tail -1)
last10=$(tail -n 10 "$OUT/timings.csv" | cut -d, -f3 | sort -n | awk '{ a[NR] = $1 } END { print int((a[5] + a[6]) / 2) }')
second10=$(sed -n '3,12p' "$OUT/timings.csv" | cut -d, -f3 | sort -n | awk '{ a[NR] = $1 } END { print int((a[5] + a[6]) / 2) }')
{
  echo "regions provisioned: $REGIONS"
  echo "2nd: ${second} ms; ${REGIONS}th: ${last} ms; median: ${median} ms; max: ${max} ms"
  echo "median of regions 2-11: ${second10} ms; median of the last 10: ${last10} ms"
  if [ "$max" -lt 5000 ]; then echo "target < 5 s: met"; else echo "target < 5 s: NOT met"; fi
} | tee "$OUT/summary.txt"
