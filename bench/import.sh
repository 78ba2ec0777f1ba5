#!/usr/bin/env bash
# The roster import benchmark of みま～も Noren; see docs/performance.md.
#
# One database, one application started with its JVM heap capped (-Xmx256m). It writes SPONSORS × YEARS sponsor-year
# rows (default 20,000 × 5 = 100,000) twice, as a roster CSV of the export's shape and as COPY files of the rows the
# import stores, then, ROUNDS times, alternating:
#   1. COPY: psql \copy of the sponsors and their years into the same tables, in one transaction, as the database
#      superuser (COPY FROM is not allowed under row-level security);
#   2. import: the roster file through the HTTP API as the region's admin (real Keycloak token): preview (upload,
#      check, stage), apply (background, one transaction), polled until applied.
# Each round imports into a new region and copies into another new one, as a region's first import would; after
# the first round the two are compared (counts and sums). A warm-up import of 10,000 rows comes first. Results go
# to bench/results/<time>-import/; the regions stay in the benchmark's database (BENCH_FRESH=1 starts afresh).
#
# Needs: JDK 17, Maven (only if the jar is missing), curl, jq and psql.
# Settings (environment): BENCH_SPONSORS (20000), BENCH_YEARS (5), BENCH_ROUNDS (3), BENCH_NICE, BENCH_BUILD=1,
# BENCH_FRESH=1, the BENCH_*_PORT settings of run.sh, NOREN_JAVA_OPTS (default -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

SPONSORS=${BENCH_SPONSORS:-20000}
YEARS=${BENCH_YEARS:-5}
ROUNDS=${BENCH_ROUNDS:-3}
ROWS=$(( SPONSORS * YEARS ))
RUN=$(date +%H%M%S)
BENCH_PASSWORD=bench-password-2

STAMP=$(date +%Y%m%d-%H%M%S)-import
OUT=$REPO/bench/results/$STAMP
mkdir -p "$OUT"
ln -sfn "$STAMP" "$REPO/bench/results/latest-import"
# shellcheck source=bench/lib.sh
. bench/lib.sh
NOREN_JAVA_OPTS="${NOREN_JAVA_OPTS:--Xmx256m} -Xlog:gc:file=$OUT/gc.log"

require_tools java curl jq psql
build_if_needed
start_infra
say "starting the application ($NOREN_JAVA_OPTS)"
start_app "$OUT/app.log"
await_health 120
POSTMASTER_PID=$(head -1 "$HOME_DIR/postgres/postmaster.pid")

# A new import region with its admin, and a new COPY region: imp-<run>-<n>, copy-<run>-<n>.
new_regions() { # n
  IMPORT_REGION=imp-$RUN-$1
  COPY_REGION=copy-$RUN-$1
  BENCH_USER=$IMPORT_REGION-admin
  as_postgres >/dev/null <<SQL
insert into regions (code, name, name_en) values ('$IMPORT_REGION', 'ベンチマーク取込$1', 'Benchmark import $1'),
  ('$COPY_REGION', 'ベンチマークCOPY$1', 'Benchmark COPY $1');
SQL
  region_admin "$IMPORT_REGION" "ベンチマーク取込$1" "$BENCH_USER" "$BENCH_PASSWORD" >/dev/null 2>&1 || die "Keycloak set-up failed"
}

# ------------------------------------------------------------------------------------------- data
FISCAL_YEAR=$(TZ=Asia/Tokyo date +%Y)
[ "$(TZ=Asia/Tokyo date +%-m)" -ge 4 ] || FISCAL_YEAR=$(( FISCAL_YEAR - 1 ))
FIRST_ID=$(as_postgres -Atc "select nextval('sponsor_id_seq')")
as_postgres -Atc "select setval('sponsor_id_seq', $FIRST_ID + $SPONSORS)" >/dev/null
say "writing $SPONSORS sponsors × $YEARS years (FY$(( FISCAL_YEAR - YEARS + 1 ))–FY$FISCAL_YEAR) = $ROWS rows"
java -cp "$JAR" bench/BenchTool.java import-data "$OUT" "$SPONSORS" "$YEARS" $(( FISCAL_YEAR - YEARS + 1 )) "$FIRST_ID" copy-region 42
head -n $(( 10000 + 1 )) "$OUT/import.csv" >"$OUT/warmup.csv"
say "roster file: $(( $(stat -c %s "$OUT/import.csv") / 1024 / 1024 )) MiB; COPY files: $(( ($(stat -c %s "$OUT/copy-sponsors.csv") + $(stat -c %s "$OUT/copy-sponsorships.csv")) / 1024 / 1024 )) MiB"

# Counts and sums of what a region holds, to compare the import with COPY.
contents() { # region
  as_postgres -Atc "select (select count(*) from sponsors where region_id = '$1') || ' sponsors, '
    || count(*) || ' years, fees ' || sum(fee) || ', paid ' || coalesce(sum(paid_amount), 0) || ' in ' || count(paid_on)
    || ' payments, ' || count(*) filter (where status = 'renewed') || ' renewed, ' || count(*) filter (where notes is not null)
    || ' with notes' from sponsorships where region_id = '$1'"
}

# ------------------------------------------------------------------------------------------- measurements
others_note() { # busy_ms app_ms pg_ms other_client_ms
  echo $(( $1 - $2 - $3 - ${4:-0} ))
}
copy_once() { # → COPY_MS, COPY_PG, COPY_OTHERS
  local t0 pg0 busy0 load
  # The COPY files name the region copy-region; each round copies into its own.
  sed "s/^\"copy-region\"/\"$COPY_REGION\"/" "$OUT/copy-sponsors.csv" >"$OUT/copy-sponsors-round.csv"
  sed "s/^\"copy-region\"/\"$COPY_REGION\"/" "$OUT/copy-sponsorships.csv" >"$OUT/copy-sponsorships-round.csv"
  load=$(cut -d' ' -f1 /proc/loadavg)
  pg0=$(pg_cpu_ms); busy0=$(busy_ms); t0=$(now_ms)
  ( cd "$OUT" && "${NICE[@]}" env PGUSER=postgres PGPASSWORD=postgres psql -X -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
begin;
\copy sponsors (region_id, id, category_code, name, name_kana, search_key, postal_code, address, phone, email, joined_on, notes) from 'copy-sponsors-round.csv' with (format csv)
\copy sponsorships (region_id, sponsor_id, fiscal_year, status, units, unit_fee, fee, answered_at, invoiced_on, paid_on, payment_method, paid_amount, notes) from 'copy-sponsorships-round.csv' with (format csv)
commit;
SQL
  )
  COPY_MS=$(( $(now_ms) - t0 ))
  COPY_PG=$(( $(pg_cpu_ms) - pg0 ))
  COPY_OTHERS=$(( $(busy_ms) - busy0 - COPY_PG ))
  COPY_LOAD=$load
}
import_once() { # file → PREVIEW_MS, APPLY_MS, IMPORT_MS, IMPORT_APP, IMPORT_PG, IMPORT_OTHERS
  local file=$1 t0 t1 pg0 app0 busy0 id status load
  token_for "$BENCH_USER" "$BENCH_PASSWORD"
  local auth="Authorization: Bearer $TOKEN" base="$APP_URL/api/v1/regions/$IMPORT_REGION/roster/import"
  load=$(cut -d' ' -f1 /proc/loadavg)
  sample_activity "$OUT/activity-$(basename "$file" .csv)-$(date +%H%M%S).txt" &
  local sampler=$!
  pg0=$(pg_cpu_ms); app0=$(cpu_ms "$APP_PID"); busy0=$(busy_ms); t0=$(now_ms)
  curl -sf -X POST -T "$file" -H "$auth" -H 'Content-Type: application/octet-stream' "$base/preview?fileName=import.csv" \
    >"$OUT/preview.json" || die "the preview failed; see $APP_LOG"
  t1=$(now_ms)
  id=$(jq -r .importId "$OUT/preview.json")
  [ "$id" != null ] && [ "$(jq .rejectedCount "$OUT/preview.json")" = 0 ] || die "the preview refused the file; see $OUT/preview.json"
  curl -sf -X POST -H "$auth" "$base/$id/apply" >"$OUT/apply.json" || die "apply failed; see $APP_LOG"
  status=applying
  while [ "$status" = applying ]; do
    sleep 0.1
    status=$(curl -sf -H "$auth" "$base/$id" | tee "$OUT/status.json" | jq -r .status)
  done
  IMPORT_MS=$(( $(now_ms) - t0 ))
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  PREVIEW_MS=$(( t1 - t0 ))
  APPLY_MS=$(( IMPORT_MS - PREVIEW_MS ))
  [ "$status" = applied ] || die "the import ended $status: $(cat "$OUT/status.json")"
  IMPORT_APP=$(( $(cpu_ms "$APP_PID") - app0 ))
  IMPORT_PG=$(( $(pg_cpu_ms) - pg0 ))
  IMPORT_OTHERS=$(( $(busy_ms) - busy0 - IMPORT_APP - IMPORT_PG ))
  IMPORT_LOAD=$load
}
# What the application's connections are running, once a second: shows where a slow import spends its time.
sample_activity() { # file
  while :; do
    as_postgres -At -c "select to_char(now(), 'HH24:MI:SS'), round(extract(epoch from now() - query_start))::int || ' s',
      left(regexp_replace(query, '\s+', ' ', 'g'), 140) from pg_stat_activity where usename = 'noren_app' and state = 'active'" >>"$1" 2>/dev/null || true
    sleep 1
  done
}
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%d", n * 1000 / ms }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

new_regions 0
say "warm-up: importing 10,000 rows into $IMPORT_REGION"
import_once "$OUT/warmup.csv"
say "warm-up: $PREVIEW_MS ms preview + $APPLY_MS ms apply"

ROUND_ROWS=""
for round in $(seq "$ROUNDS"); do
  new_regions "$round"
  sleep 2
  copy_once
  say "round $round: COPY $ROWS rows in $COPY_MS ms ($(rate "$ROWS" "$COPY_MS")/s; CPU: PostgreSQL $COPY_PG ms, other processes $COPY_OTHERS ms; load $COPY_LOAD)"
  sleep 2
  import_once "$OUT/import.csv"
  say "round $round: import $ROWS rows in $IMPORT_MS ms = preview $PREVIEW_MS + apply $APPLY_MS ($(rate "$ROWS" "$IMPORT_MS")/s; CPU: app $IMPORT_APP ms, PostgreSQL $IMPORT_PG ms, other processes $IMPORT_OTHERS ms; load $IMPORT_LOAD)"
  ROUND_ROWS+="$round $COPY_MS $IMPORT_MS $PREVIEW_MS $APPLY_MS $COPY_PG $COPY_OTHERS $IMPORT_APP $IMPORT_PG $IMPORT_OTHERS $COPY_LOAD $IMPORT_LOAD"$'\n'
  if [ "$round" = 1 ]; then
    SAME_IMPORT=$(contents "$IMPORT_REGION")
    SAME_COPY=$(contents "$COPY_REGION")
    say "imported: $SAME_IMPORT"
    say "copied:   $SAME_COPY"
    [ "$SAME_IMPORT" = "$SAME_COPY" ] || die "the import and COPY wrote different rows"
  fi
done
printf '%s' "$ROUND_ROWS" >"$OUT/rounds.txt"

COPY_MEDIAN=$(awk '{ print $2 }' "$OUT/rounds.txt" | median)
IMPORT_MEDIAN=$(awk '{ print $3 }' "$OUT/rounds.txt" | median)
COPY_RATE=$(rate "$ROWS" "$COPY_MEDIAN")
IMPORT_RATE=$(rate "$ROWS" "$IMPORT_MEDIAN")
RATIO=$(awk -v a="$IMPORT_RATE" -v b="$COPY_RATE" 'BEGIN { printf "%.2f", a / b }')
VERDICT=$(awk -v r="$RATIO" 'BEGIN { print (r >= 0.25) ? "met" : "MISSED" }')
HEAP=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$OUT/gc.log" | awk -F'[M>()-]+' '{ if ($1 > b) b = $1; if ($2 > a) a = $2; c = $3 } END { printf "largest heap before a GC %d MB, after %d MB, capacity %d MB", b, a, c }')
PEAK_RSS=$(awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$APP_PID/status")
stop_app

cat >"$OUT/summary.md" <<EOF2
# Noren roster import benchmark $STAMP

Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), $(psql --version), server PostgreSQL $(as_postgres -Atc 'show server_version').
Application: NOREN_JAVA_OPTS=$NOREN_JAVA_OPTS; $HEAP; peak resident memory $PEAK_RSS. Priority: ${BENCH_NICE:-default}.
Rows: $SPONSORS sponsors × $YEARS years = $ROWS sponsor-year rows; roster file $(( $(stat -c %s "$OUT/import.csv") / 1024 / 1024 )) MiB (UTF-8 with BOM).
Both wrote the same rows (round 1): $SAME_IMPORT.

| round | COPY (ms) | import (ms) | preview (ms) | apply (ms) | CPU during COPY | CPU during the import | load average before (COPY / import) |
|---:|---:|---:|---:|---:|---|---|---|
$(awk '{ printf "| %s | %s | %s | %s | %s | PostgreSQL %s ms, other processes %s ms | app %s ms, PostgreSQL %s ms, other processes %s ms | %s / %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 }' "$OUT/rounds.txt")

| | median (ms) | rows/s |
|---|---:|---:|
| COPY (psql \\copy, one transaction) | $COPY_MEDIAN | $COPY_RATE |
| import through the API (preview + apply) | $IMPORT_MEDIAN | $IMPORT_RATE |

| target | figure | result |
|---|---:|---|
| import rate ≥ 0.25 × COPY's, heap capped at 256 MB | $RATIO | $VERDICT |
EOF2
cat "$OUT/summary.md"
say "results in bench/results/$STAMP"
