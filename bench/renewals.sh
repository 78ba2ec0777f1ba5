#!/usr/bin/env bash
# The yearly renewal benchmark of みま～も Noren; see docs/performance.md.
#
# One run, one database, the application under `java -jar` with its heap capped (NOREN_JAVA_OPTS, default
# -Xmx256m), a real Keycloak token:
#   1. opening next year's renewal campaign for 2,000 active sponsors (POST /renewals/{year}/open), timed by the
#      client; the year is removed again as postgres and reopened, BENCH_OPENS times; then a re-run that
#      changes nothing;
#   2. the renewal letters of the sponsors still 未回答 as one PDF (GET /renewals/{year}/letters.pdf), for 100, 500
#      and 2,000 of them, with the application's heap sampled every 50 ms by jstat: memory is flat if what the
#      heap retains (the old generation) does not grow with the number of letters.
# Targets: open < 2 s; 500 letters < 30 s. Results in bench/results/<time>-renewals/ (bench/results/latest-renewals).
#
# Needs: JDK 17 (java, jstat), Maven (only if the jar is missing), curl, jq, psql. Settings: as bench/run.sh
# (ports, BENCH_NICE, BENCH_BUILD, BENCH_FRESH), and BENCH_OPENS (samples of the open, default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

OPENS=${BENCH_OPENS:-5}
SPONSORS=2000
LAST_YEAR=2026
YEAR=2027
REGION=benchrenewals
BENCH_USER=benchrenewals-admin
BENCH_PASSWORD=bench-password-3

STAMP=$(date +%Y%m%d-%H%M%S)-renewals
OUT=$REPO/bench/results/$STAMP
mkdir -p "$OUT"
ln -sfn "$STAMP" "$REPO/bench/results/latest-renewals"
# shellcheck source=bench/lib.sh
. bench/lib.sh
NOREN_JAVA_OPTS=${NOREN_JAVA_OPTS:--Xmx256m}

require_tools java jstat jcmd curl jq psql
build_if_needed
start_infra
say "starting the application ($NOREN_JAVA_OPTS)"
start_app "$OUT/app.log"
await_health 120

# ------------------------------------------------------------------------------------------- data
# A region of exactly 2,000 active sponsors, each with a decided sponsorship for last year (1–5 units, benefits).
say "loading $SPONSORS sponsors with a FY$LAST_YEAR sponsorship each into $REGION"
java -cp "$JAR" bench/BenchTool.java data "$OUT" 1 "$SPONSORS" 42
as_postgres >/dev/null <<SQL
begin;
insert into regions (code, name, name_en) values ('$REGION', 'ベンチマーク更新', 'Benchmark renewals')
  on conflict (code) do nothing;
delete from renewal_sends where region_id = '$REGION';
delete from sponsorship_history where region_id = '$REGION';
delete from sponsorships where region_id = '$REGION';
delete from sponsor_contacts where region_id = '$REGION';
delete from sponsor_history where region_id = '$REGION';
delete from sponsors where region_id = '$REGION';
create temporary table loaded (region_id text, category_code text, name text, name_kana text, search_key text, postal_code text,
  address text, phone text, email text, joined_on date, notes text, archived_at timestamptz);
\copy loaded from '$OUT/sponsors.csv' with (format csv)
insert into sponsors (region_id, category_code, name, name_kana, search_key, postal_code, address, phone, email, joined_on, notes)
  select '$REGION', category_code, name, name_kana, search_key, postal_code, address, phone, email, joined_on, notes from loaded;
insert into sponsorships (region_id, sponsor_id, fiscal_year, status, units, unit_fee, fee, benefits, answered_at, paid_on,
                          payment_method, paid_amount)
  select region_id, id, $LAST_YEAR, 'renewed', 1 + id % 5, 10000, (1 + id % 5) * 10000,
         '["会報誌へのロゴ掲載", "セミナー会場でのブース出展"]'::jsonb, now(), date '$LAST_YEAR-06-30', 'transfer', (1 + id % 5) * 10000
  from sponsors where region_id = '$REGION';
commit;
SQL
as_postgres -c "vacuum analyze sponsors, sponsorships" >/dev/null
ACTIVE=$(as_postgres -Atc "select count(*) from sponsors where region_id = '$REGION' and archived_at is null")
[ "$ACTIVE" = "$SPONSORS" ] || die "$REGION has $ACTIVE active sponsors, not $SPONSORS"
region_admin "$REGION" ベンチマーク更新 "$BENCH_USER" "$BENCH_PASSWORD"
AUTH="Authorization: Bearer $TOKEN"
API=$APP_URL/api/v1/regions/$REGION

# ------------------------------------------------------------------------------------------- open
forget_year() {
  as_postgres >/dev/null <<SQL
begin;
delete from renewal_sends where region_id = '$REGION' and fiscal_year = $YEAR;
delete from sponsorship_history where region_id = '$REGION' and fiscal_year = $YEAR;
delete from sponsorships where region_id = '$REGION' and fiscal_year = $YEAR;
commit;
SQL
}
open_year() { # label; prints the client's time in ms, keeps the answer in $OUT/open-<label>.json
  local seconds
  seconds=$(curl -sf -o "$OUT/open-$1.json" -w '%{time_total}' -X POST -H "$AUTH" -H 'Accept-Language: ja' "$API/renewals/$YEAR/open") \
    || die "opening the campaign failed; see $APP_LOG"
  awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }'
}
OPEN_ROWS=""
forget_year
say "warm-up: open and forget FY$YEAR once"
open_year warmup >/dev/null
for i in $(seq "$OPENS"); do
  forget_year
  sleep 1
  ms=$(open_year "$i")
  created=$(jq .created "$OUT/open-$i.json")
  [ "$created" = "$SPONSORS" ] || die "open $i created $created rows, not $SPONSORS"
  say "open $i: $created pending rows for FY$YEAR in $ms ms"
  OPEN_ROWS+="$ms"$'\n'
done
ms=$(open_year again)
AGAIN_CREATED=$(jq .created "$OUT/open-again.json")
AGAIN_MS=$ms
[ "$AGAIN_CREATED" = 0 ] || die "re-opening created $AGAIN_CREATED rows"
say "re-run: created $AGAIN_CREATED, already open $(jq .alreadyOpen "$OUT/open-again.json"), in $ms ms"
OPEN_MEDIAN=$(printf '%s' "$OPEN_ROWS" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')
OPEN_MAX=$(printf '%s' "$OPEN_ROWS" | sort -n | tail -1)

# ------------------------------------------------------------------------------------------- letters
# Leaves <n> sponsors 未回答 for the year (the others answered), then prints their letters.
leave_pending() { # n
  as_postgres >/dev/null <<SQL
update sponsorships set status = case when sponsor_id in (
    select sponsor_id from sponsorships where region_id = '$REGION' and fiscal_year = $YEAR order by sponsor_id limit $1)
  then 'pending' else 'renewed' end
where region_id = '$REGION' and fiscal_year = $YEAR;
SQL
}
heap_mb() { # jstat -gc columns: S0U S1U EU OU are 3, 4, 6, 8 (KB)
  jstat -gc "$APP_PID" | awk 'NR == 2 { printf "%.1f", ($3 + $4 + $6 + $8) / 1024 }'
}
LETTER_ROWS=""
for n in 100 500 $SPONSORS; do
  leave_pending "$n"
  jcmd "$APP_PID" GC.run >/dev/null
  sleep 1
  base=$(heap_mb)
  jstat -gc "$APP_PID" 50 >"$OUT/jstat-letters-$n.txt" &
  sampler=$!
  seconds=$(curl -sf -o "$OUT/letters-$n.pdf" -w '%{time_total}' -H "$AUTH" -H 'Accept-Language: ja' \
    "$API/renewals/$YEAR/letters.pdf?dueDate=$YEAR-03-31") || { kill "$sampler"; die "the letters failed; see $APP_LOG"; }
  sleep 0.2
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  ms=$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')
  pages=$(java -cp "$JAR" bench/BenchTool.java pages "$OUT/letters-$n.pdf")
  [ "$pages" = "$n" ] || die "the PDF for $n letters has $pages pages"
  peak=$(awk '$1 ~ /^[0-9.]+$/ { u = ($3 + $4 + $6 + $8) / 1024; if (u > m) m = u } END { printf "%.1f", m }' "$OUT/jstat-letters-$n.txt")
  old=$(awk '$1 ~ /^[0-9.]+$/ { u = $8 / 1024; if (u > m) m = u } END { printf "%.1f", m }' "$OUT/jstat-letters-$n.txt")
  size_kb=$(( $(stat -c %s "$OUT/letters-$n.pdf") / 1024 ))
  say "letters: $n pages in $ms ms, $size_kb KB; heap after GC $base MB, peak while printing $peak MB (old generation $old MB)"
  LETTER_ROWS+="| $n | $ms | $size_kb | $base | $peak | $old |"$'\n'
  eval "LETTERS_${n}_MS=$ms"
done

# ------------------------------------------------------------------------------------------- summary
stop_app
verdict() { awk "BEGIN { if ($1) print \"met\"; else print \"MISSED\" }"; }
cat >"$OUT/summary.md" <<EOF
# Noren renewal benchmark $STAMP

Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $(as_postgres -Atc 'show server_version').
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Application: NOREN_JAVA_OPTS=$NOREN_JAVA_OPTS. Times are the client's (curl), from request to the last byte.

Opening FY$YEAR for $SPONSORS active sponsors with a FY$LAST_YEAR sponsorship each ($OPENS samples, the year removed between them):

| sample | ms |
|---:|---:|
$(printf '%s' "$OPEN_ROWS" | awk '{ printf "| %d | %s |\n", NR, $1 }')
| median | $OPEN_MEDIAN |
| re-run (creates $AGAIN_CREATED) | $AGAIN_MS |

Renewal letters as one PDF (A4, one letter a page, BIZ UD fonts embedded), heap from jstat (S0U+S1U+EU+OU) every 50 ms:

| letters | ms | PDF KB | heap after GC before (MB) | peak heap while printing (MB) | peak old generation (MB) |
|---:|---:|---:|---:|---:|---:|
$LETTER_ROWS
| target | figure | result |
|---|---:|---|
| open a campaign for $SPONSORS sponsors < 2 s (slowest sample) | $OPEN_MAX ms | $(verdict "$OPEN_MAX < 2000") |
| 500 letters as one PDF < 30 s | $LETTERS_500_MS ms | $(verdict "$LETTERS_500_MS < 30000") |
EOF
cat "$OUT/summary.md"
say "results in bench/results/$STAMP"
