#!/usr/bin/env bash
# The seminar benchmark of みま～も Noren; see docs/performance.md.
#
# Ten regions, each with a fiscal year (FY2025) of 1,000 seminar sessions and 30 participants in each (300,000
# registrations in all, 85 % attended), plus the coming three months of open sessions on each public calendar.
# The application runs under `java -jar` (NOREN_JAVA_OPTS, default -Xmx256m) with the benchmark baseline of the
# public calendar switched on (noren.public-page.benchmark-baseline, off in production).
#   a. a region's participation statistics for the year (GET /seminar-statistics/years/2025), 20 calls timed by the
#      client after a warm-up: median and p95; target < 300 ms;
#   b. the public calendar (GET /api/v1/public/regions/{code}/events, no login) under wrk, against the same body served
#      from memory through the same HTTP stack (GET /api/v1/public/baseline/regions/{code}/events); target: the real
#      endpoint answers at least half as many requests a second as the baseline.
# Results in bench/results/<time>-seminars/ (bench/results/latest-seminars).
#
# Needs: JDK 17, Maven (only if the jar is missing), curl, jq, psql, wrk. Settings: as bench/run.sh (ports,
# BENCH_NICE, BENCH_BUILD), BENCH_CLIENTS (wrk connections, default 16), BENCH_DURATION (seconds, default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

REGIONS=10
SESSIONS=1000
PER_SESSION=30
PEOPLE=3000
YEAR=2025
CLIENTS=${BENCH_CLIENTS:-16}
DURATION=${BENCH_DURATION:-15}
BENCH_USER=benchsem01-admin
BENCH_PASSWORD=bench-password-4

STAMP=$(date +%Y%m%d-%H%M%S)-seminars
OUT=$REPO/bench/results/$STAMP
mkdir -p "$OUT"
ln -sfn "$STAMP" "$REPO/bench/results/latest-seminars"
# shellcheck source=bench/lib.sh
. bench/lib.sh
NOREN_JAVA_OPTS="${NOREN_JAVA_OPTS:--Xmx256m} -Dnoren.public-page.benchmark-baseline=true"

require_tools java curl jq psql wrk
build_if_needed
start_infra
say "starting the application ($NOREN_JAVA_OPTS)"
start_app "$OUT/app.log"
await_health 120

# ------------------------------------------------------------------------------------------- data
load_region() { # code
  local r=$1
  as_postgres >/dev/null <<SQL
begin;
insert into regions (code, name, name_en) values ('$r', 'ベンチマーク講座 $r', 'Benchmark seminars $r') on conflict (code) do nothing;
delete from seminar_notices where region_id = '$r';
delete from seminar_registrations where region_id = '$r';
delete from seminar_participants where region_id = '$r';
delete from seminar_sessions where region_id = '$r';
delete from seminar_organisers where region_id = '$r';
delete from seminars where region_id = '$r';
delete from seminar_venues where region_id = '$r';
insert into seminar_venues (region_id, name, address, capacity)
  select '$r', 'ベンチ会館 ' || i, '東京都大田区山王' || i || '-1-1', 60 from generate_series(1, 5) i;
-- The year: 100 course series of 10 sessions, spread evenly over FY$YEAR.
insert into seminars (region_id, kind, title, description, venue_id, capacity, fee, audience, questions)
  select '$r', 'series', 'ベンチ講座 ' || lpad(i::text, 3, '0'), '毎週の体操と健康のお話。',
         (select min(id) from seminar_venues where region_id = '$r'), 40, 0, 'open', '["椅子を使いたい"]'
  from generate_series(1, $SESSIONS / 10) i;
insert into seminar_organisers (region_id, seminar_id, position, name, role, part)
  select s.region_id, s.id, p, (array['地域包括支援センター', '協賛クリニック', '商店会'])[p],
         (array['government', 'medical', 'shopping-street'])[p], (array['host', 'lecture', 'support'])[p]
  from seminars s cross join generate_series(1, 3) p
  where s.region_id = '$r' and (p < 3 or s.id % 3 <> 0);
insert into seminar_sessions (region_id, seminar_id, starts_at, ends_at)
  select m.region_id, m.id, t.at, t.at + interval '90 minutes'
  from (select id, region_id, row_number() over (order by id) - 1 as n from seminars where region_id = '$r') m
  cross join generate_series(0, 9) j
  cross join lateral (select timestamptz '$YEAR-04-01 10:00+09' + (m.n * 10 + j) * interval '525 minutes' as at) t;
insert into seminar_participants (region_id, name, name_kana, search_key, phone, check_in_code)
  select '$r', 'ベンチ 参加者' || i, 'ベンチ サンカシャ', 'べんち さんかしゃ' || i, '03-0000-' || lpad(i::text, 4, '0'),
         'B' || lpad(i::text, 7, '0')
  from generate_series(1, $PEOPLE) i;
insert into seminar_registrations (region_id, session_id, participant_id, channel, status, attended_at, created_by, created_at)
  select '$r', ss.id, pp.id, (array['online', 'phone', 'paper'])[1 + (ss.n + k) % 3], 'registered',
         case when (ss.n + k) % 7 = 0 then null else ss.starts_at + interval '5 minutes' end, 'bench', ss.starts_at - interval '7 days'
  from (select id, starts_at, row_number() over (order by id) - 1 as n from seminar_sessions where region_id = '$r') ss
  cross join generate_series(0, $PER_SESSION - 1) k
  join (select id, row_number() over (order by id) - 1 as n from seminar_participants where region_id = '$r') pp
    on pp.n = (ss.n * 7 + k * 101) % $PEOPLE;
-- The public calendar: 60 open sessions in the coming three months (some nearly full), 10 for members only.
insert into seminars (region_id, kind, title, description, venue_id, capacity, fee, audience, questions)
  select '$r', 'single', '地域づくりセミナー 第' || i || '回「フレイル予防と食事」', '管理栄養士が、いつまでも元気に食べるためのコツをお話しします。',
         (select max(id) from seminar_venues where region_id = '$r'), 40, (i % 3) * 300,
         case when i > 60 then 'members' else 'open' end, '["入口近くの席を希望", "補聴器を使用"]'
  from generate_series(1, 70) i;
insert into seminar_sessions (region_id, seminar_id, starts_at, ends_at)
  select region_id, id, date_trunc('day', now()) + (row_number() over (order by id)) * interval '1 day 6 hours' + interval '5 hours',
         date_trunc('day', now()) + (row_number() over (order by id)) * interval '1 day 6 hours' + interval '7 hours'
  from seminars where region_id = '$r' and kind = 'single';
insert into seminar_registrations (region_id, session_id, participant_id, channel, status, created_by)
  select s.region_id, s.id, p.id, 'online', 'registered', 'bench'
  from seminar_sessions s join seminars m on m.region_id = s.region_id and m.id = s.seminar_id
  join (select id, row_number() over (order by id) as n from seminar_participants where region_id = '$r') p on p.n <= 25 + m.id % 16
  where s.region_id = '$r' and m.kind = 'single';
commit;
SQL
}
for i in $(seq -w 1 $REGIONS); do
  say "loading region benchsem$i: $SESSIONS sessions × $PER_SESSION participants in FY$YEAR, 70 upcoming sessions"
  load_region "benchsem$i"
done
as_postgres -c "vacuum analyze seminars, seminar_sessions, seminar_registrations, seminar_participants, seminar_organisers" >/dev/null
COUNTS=$(as_postgres -Atc "select count(*) filter (where s.starts_at < timestamptz '$((YEAR + 1))-04-01 00:00+09'), count(*) from seminar_registrations r
  join seminar_sessions s on s.region_id = r.region_id and s.id = r.session_id where r.region_id like 'benchsem%'")
YEAR_REGISTRATIONS=${COUNTS%%|*}
[ "$YEAR_REGISTRATIONS" = $((REGIONS * SESSIONS * PER_SESSION)) ] || die "loaded $YEAR_REGISTRATIONS registrations for the year"
say "loaded: $COUNTS registrations (the year | all)"

region_admin benchsem01 "ベンチマーク講座 benchsem01" "$BENCH_USER" "$BENCH_PASSWORD"
API=$APP_URL/api/v1/regions/benchsem01

# ------------------------------------------------------------------------------------------- a. statistics
timed() { # url; prints the client's ms, keeps the body in $OUT/last.json
  local seconds
  seconds=$(curl -sf -o "$OUT/last.json" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" -H 'Accept-Language: ja' "$1") \
    || die "GET $1 failed; see $APP_LOG"
  awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }'
}
say "statistics: warm-up, then 20 calls of FY$YEAR"
for _ in 1 2 3 4 5; do timed "$API/seminar-statistics/years/$YEAR" >/dev/null; done
STATS_ROWS=""
for i in $(seq 20); do
  STATS_ROWS+="$(timed "$API/seminar-statistics/years/$YEAR")"$'\n'
done
cp "$OUT/last.json" "$OUT/year-report.json"
HELD=$(jq .sessionsHeld "$OUT/year-report.json")
ATTENDANCES=$(jq .attendances "$OUT/year-report.json")
[ "$HELD" = "$SESSIONS" ] || die "the year report counts $HELD sessions held, not $SESSIONS"
printf '%s' "$STATS_ROWS" >"$OUT/statistics-ms.txt"
STATS_MEDIAN=$(sort -n "$OUT/statistics-ms.txt" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')
STATS_P95=$(sort -n "$OUT/statistics-ms.txt" | awk '{ v[NR] = $1 } END { i = int(NR * 0.95 + 0.999); print v[i] }')
say "statistics: $HELD sessions held, $ATTENDANCES attendances; median $STATS_MEDIAN ms, p95 $STATS_P95 ms"

# ------------------------------------------------------------------------------------------- b. public calendar
REAL_URL=$APP_URL/api/v1/public/regions/benchsem01/events
BASE_URL=$APP_URL/api/v1/public/baseline/regions/benchsem01/events
REAL_BYTES=$(curl -sf "$REAL_URL" | wc -c)
BASE_BYTES=$(curl -sf "$BASE_URL" | wc -c)
EVENTS=$(curl -sf "$REAL_URL" | jq '.events | length')
say "public calendar: $EVENTS events, $REAL_BYTES bytes (baseline $BASE_BYTES bytes)"
rate() { # label url; prints requests a second
  "${NICE[@]}" wrk -c "$CLIENTS" -t 2 -d 5s "$2" >"$OUT/wrk-$1-warmup.txt"
  "${NICE[@]}" wrk -c "$CLIENTS" -t 2 -d "${DURATION}s" --latency -s bench/report.lua "$2" >"$OUT/wrk-$1.txt"
  local line
  line=$(grep WRK-RESULT "$OUT/wrk-$1.txt") || die "no wrk result; see $OUT/wrk-$1.txt"
  [ "$(sed -n 's/.*non2xx=\([0-9]*\).*/\1/p' <<<"$line")" = 0 ] || die "$1: answers other than 2xx; see $OUT/wrk-$1.txt"
  sed -n 's/.* rps=\([0-9.]*\) p50_ms=\([0-9.]*\) .* p99_ms=\([0-9.]*\) .*/\1 \2 \3/p' <<<"$line"
}
read -r BASE_RPS BASE_P50 BASE_P99 <<<"$(rate baseline "$BASE_URL")"
say "baseline (no database): $BASE_RPS requests/s, p50 $BASE_P50 ms, p99 $BASE_P99 ms"
read -r REAL_RPS REAL_P50 REAL_P99 <<<"$(rate calendar "$REAL_URL")"
say "public calendar: $REAL_RPS requests/s, p50 $REAL_P50 ms, p99 $REAL_P99 ms"
RATIO=$(awk -v a="$REAL_RPS" -v b="$BASE_RPS" 'BEGIN { printf "%.2f", a / b }')
MISS_MS=$(curl -s -o /dev/null -w '%{time_total}' "$APP_URL/api/v1/public/regions/benchsem02/events" | awk '{ printf "%d", $1 * 1000 }')

# ------------------------------------------------------------------------------------------- summary
stop_app
verdict() { awk "BEGIN { if ($1) print \"met\"; else print \"MISSED\" }"; }
cat >"$OUT/summary.md" <<EOF
# Noren seminar benchmark $STAMP

Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $(as_postgres -Atc 'show server_version').
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Application: NOREN_JAVA_OPTS=$NOREN_JAVA_OPTS.
Data: $REGIONS regions × $SESSIONS sessions × $PER_SESSION participants in FY$YEAR ($YEAR_REGISTRATIONS registrations), $PEOPLE people a region, 70 upcoming sessions a region.

| measurement | figure |
|---|---:|
| year report FY$YEAR of one region ($HELD sessions held, $ATTENDANCES attendances), median of 20 | $STATS_MEDIAN ms |
| same, p95 of 20 | $STATS_P95 ms |
| public calendar ($EVENTS events, $REAL_BYTES bytes), wrk -c $CLIENTS, ${DURATION}s | $REAL_RPS req/s (p50 $REAL_P50 ms, p99 $REAL_P99 ms) |
| same body from memory, no database (baseline) | $BASE_RPS req/s (p50 $BASE_P50 ms, p99 $BASE_P99 ms) |
| calendar ÷ baseline | $RATIO |
| calendar of another region, first request (cache empty) | $MISS_MS ms |

| target | figure | result |
|---|---:|---|
| statistics median < 300 ms | $STATS_MEDIAN ms | $(verdict "$STATS_MEDIAN < 300") |
| statistics p95 < 300 ms | $STATS_P95 ms | $(verdict "$STATS_P95 < 300") |
| calendar rate ≥ 0.5 × baseline | $RATIO | $(verdict "$RATIO >= 0.5") |
EOF
cat "$OUT/summary.md"
say "results in bench/results/$STAMP"
