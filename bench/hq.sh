#!/usr/bin/env bash
# The head-office dashboard benchmark of みま～も Noren; see docs/performance.md.
#
# 200 regions × 10 fiscal years of rollup rows (renewal totals, registrant, look-up, session and participation counts,
# and the facts behind them: 24 sessions and 80 participants a region and year), then the dashboard's request as head office: GET
# /api/v1/hq/statistics/figures for the default five years and for all ten, 20 calls each after a warm-up, timed by
# the client. Target: median and p95 < 300 ms. Results in bench/results/<time>-hq/ (bench/results/latest-hq).
#
# Needs: JDK 17, Maven (only if the jar is missing), curl, jq, psql. Settings: as bench/run.sh (ports, BENCH_NICE,
# BENCH_BUILD, BENCH_FRESH), and BENCH_CALLS (calls per measurement, default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

CALLS=${BENCH_CALLS:-20}
REGIONS=200
FIRST_YEAR=2017
LAST_YEAR=2026
SESSIONS=24
PARTICIPANTS=80

STAMP=$(date +%Y%m%d-%H%M%S)-hq
OUT=$REPO/bench/results/$STAMP
mkdir -p "$OUT"
ln -sfn "$STAMP" "$REPO/bench/results/latest-hq"
# shellcheck source=bench/lib.sh
. bench/lib.sh
NOREN_JAVA_OPTS=${NOREN_JAVA_OPTS:--Xmx256m}

require_tools java curl jq psql
build_if_needed
start_infra
say "starting the application ($NOREN_JAVA_OPTS)"
start_app "$OUT/app.log"
await_health 180

# ------------------------------------------------------------------------------------------- data
# Written straight into the rollups as postgres: the figures head office reads, as the triggers would have left them.
say "loading $REGIONS regions × $((LAST_YEAR - FIRST_YEAR + 1)) fiscal years of rollup rows"
as_postgres >/dev/null <<SQL
begin;
delete from seminar_attendance_facts where region_id like 'hqbench-%';
delete from seminar_session_facts where region_id like 'hqbench-%';
delete from region_year_counts where region_id like 'hqbench-%';
delete from sponsorship_year_totals where region_id like 'hqbench-%';
delete from region_population_figures where region_id like 'hqbench-%';
insert into regions (code, name, name_en)
  select format('hqbench-%s', lpad(r::text, 3, '0')), format('計測地域%s', r), format('Bench region %s', r)
  from generate_series(1, $REGIONS) r on conflict (code) do nothing;
create temporary table pairs as
  select format('hqbench-%s', lpad(r::text, 3, '0')) as region_id, r, y
  from generate_series(1, $REGIONS) r, generate_series($FIRST_YEAR, $LAST_YEAR) y;
insert into sponsorship_year_totals (region_id, fiscal_year, sponsors, pending, renewed, declined, newcomers, fees_pledged, fees_received)
  select region_id, y, 60 + r % 40, 5, 45 + r % 30, 5, 5 + r % 5, (50 + r % 35) * 10000, (45 + r % 30) * 10000 from pairs;
insert into region_year_counts (region_id, fiscal_year, figure, value)
  select region_id, y, f.figure, f.value from pairs
  cross join lateral (values ('registrants_joined', 40 + (r * y) % 60), ('registrants_left', 10 + r % 15),
                             ('emergency_lookups', 3 + (r + y) % 20)) f (figure, value);
insert into seminar_session_facts (region_id, session_id, seminar_id, fiscal_year, starts_at, meets_rule_of_three)
  select region_id, (y - $FIRST_YEAR) * 1000 + s, (y - $FIRST_YEAR) * 100 + s % 6, y,
         make_timestamptz(y, 4 + s % 12 / 2, 1 + s, 10, 0, 0, 'Asia/Tokyo'), (r + s) % 3 <> 0
  from pairs, generate_series(1, $SESSIONS) s;
insert into seminar_attendance_facts (region_id, participant_id, fiscal_year, attendances, came_before)
  select region_id, (y - $FIRST_YEAR) * 40 + p, y, 1 + (r + p) % 6, y > $FIRST_YEAR and p <= 40
  from pairs, generate_series(1, $PARTICIPANTS) p;
insert into region_year_counts (region_id, fiscal_year, figure, value)
  select region_id, fiscal_year, f.figure, f.value from (
    select region_id, fiscal_year, count(*) as n, count(*) filter (where meets_rule_of_three) as m
    from seminar_session_facts where region_id like 'hqbench-%' group by 1, 2) c
  cross join lateral (values ('sessions_scheduled', c.n), ('sessions_scheduled_rule_of_three', c.m)) f (figure, value);
insert into region_year_counts (region_id, fiscal_year, figure, value)
  select region_id, fiscal_year, f.figure, f.value from (
    select region_id, fiscal_year, sum(attendances) as a, count(*) as p, count(*) filter (where came_before) as b
    from seminar_attendance_facts where region_id like 'hqbench-%' group by 1, 2) c
  cross join lateral (values ('attendances', c.a), ('participants', c.p), ('returning_participants', c.b)) f (figure, value);
insert into region_population_figures (region_id, aged_65_plus)
  select format('hqbench-%s', lpad(r::text, 3, '0')), 20000 + r * 500 from generate_series(1, $REGIONS) r;
commit;
SQL
as_postgres -c "vacuum analyze sponsorship_year_totals, region_year_counts, seminar_session_facts, seminar_attendance_facts" >/dev/null
ROWS=$(as_postgres -Atc "select (select count(*) from sponsorship_year_totals where region_id like 'hqbench-%')
  + (select count(*) from region_year_counts where region_id like 'hqbench-%')
  + (select count(*) from seminar_session_facts where region_id like 'hqbench-%')
  + (select count(*) from seminar_attendance_facts where region_id like 'hqbench-%')")
say "$ROWS rollup rows"

# ------------------------------------------------------------------------------------------- calls
token_for hq mimamo-demo
AUTH="Authorization: Bearer $TOKEN"
measure() { # label query; prints "median p95", keeps the times in $OUT/<label>.txt and one answer in $OUT/<label>.json
  local label=$1 query=$2 i seconds
  curl -sf -o "$OUT/$label.json" -H "$AUTH" "$APP_URL/api/v1/hq/statistics/figures$query" || die "the dashboard failed; see $APP_LOG"
  curl -sf -o /dev/null -H "$AUTH" "$APP_URL/api/v1/hq/statistics/figures$query"
  : >"$OUT/$label.txt"
  for i in $(seq "$CALLS"); do
    seconds=$(curl -sf -o /dev/null -w '%{time_total}' -H "$AUTH" -H 'Accept-Language: ja' "$APP_URL/api/v1/hq/statistics/figures$query") \
      || die "call $i failed; see $APP_LOG"
    awk -v s="$seconds" 'BEGIN { printf "%.1f\n", s * 1000 }' >>"$OUT/$label.txt"
  done
  java -cp "$JAR" bench/BenchTool.java percentiles "$OUT/$label.txt"
}
read -r FIVE_MEDIAN FIVE_P95 < <(measure five-years "")
FIVE_CELLS=$(jq '.cells | length' "$OUT/five-years.json")
FIVE_KB=$(( $(stat -c %s "$OUT/five-years.json") / 1024 ))
say "five years (the dashboard's default): $FIVE_CELLS cells, $FIVE_KB KB; median $FIVE_MEDIAN ms, p95 $FIVE_P95 ms"
read -r TEN_MEDIAN TEN_P95 < <(measure ten-years "?from=$FIRST_YEAR&to=$LAST_YEAR")
TEN_CELLS=$(jq '.cells | length' "$OUT/ten-years.json")
TEN_KB=$(( $(stat -c %s "$OUT/ten-years.json") / 1024 ))
say "ten years: $TEN_CELLS cells, $TEN_KB KB; median $TEN_MEDIAN ms, p95 $TEN_P95 ms"
read -r ONE_MEDIAN ONE_P95 < <(measure one-metric "?from=$FIRST_YEAR&to=$LAST_YEAR&metrics=registrants")
say "ten years, one figure: median $ONE_MEDIAN ms, p95 $ONE_P95 ms"
as_postgres -c "explain (analyze, buffers) select region_id, fiscal_year, figure, value from region_year_figures
  where fiscal_year between $FIRST_YEAR and $LAST_YEAR" >"$OUT/plan.txt"

# ------------------------------------------------------------------------------------------- summary
stop_app
verdict() { awk "BEGIN { if ($1) print \"met\"; else print \"MISSED\" }"; }
cat >"$OUT/summary.md" <<EOF
# Noren head-office dashboard benchmark $STAMP

Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $(as_postgres -Atc 'show server_version').
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Application: NOREN_JAVA_OPTS=$NOREN_JAVA_OPTS. Data: $REGIONS regions × $((LAST_YEAR - FIRST_YEAR + 1)) fiscal years, $ROWS rollup rows. $CALLS calls each after a warm-up, times from the client (curl).

| request | cells | JSON KB | median ms | p95 ms |
|---|---:|---:|---:|---:|
| default: last five years, every figure | $FIVE_CELLS | $FIVE_KB | $FIVE_MEDIAN | $FIVE_P95 |
| ten years, every figure | $TEN_CELLS | $TEN_KB | $TEN_MEDIAN | $TEN_P95 |
| ten years, one figure | | | $ONE_MEDIAN | $ONE_P95 |

| target | figure | result |
|---|---:|---|
| the dashboard opens < 300 ms (p95 of the default request) | $FIVE_P95 ms | $(verdict "$FIVE_P95 < 300") |
| ten years of every figure < 300 ms (p95) | $TEN_P95 ms | $(verdict "$TEN_P95 < 300") |

EOF
cat "$OUT/summary.md"
say "results in bench/results/$STAMP"
