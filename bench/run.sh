#!/usr/bin/env bash
# The performance benchmark of みま～も Noren; see docs/performance.md.
#
# One run, one database: starts the embedded PostgreSQL 17 and Keycloak (the run command's own launchers),
# loads 5 regions × 2,000 sponsors, creates a region admin in Keycloak, then measures
#   1. start-up: `java -jar noren.jar` against the initialised database, to the first answered /health and to
#      the first answered sponsor search (real Keycloak token, RS256 via JWKS);
#   2. the sponsor search endpoint with wrk (16 connections, as fast as it answers);
#   3. pgbench running the same SQL (16 clients), as the endpoint runs it (begin; set_config; select;
#      commit) and, for context, the select alone;
#   4. the endpoint again, paced at 0.3 × pgbench's rate: the latency at the target rate.
# Results go to bench/results/<time>/ (and bench/results/latest). Everything it starts is stopped at exit.
#
# Needs: JDK 17, Maven (only if the jar is missing), curl, jq, wrk, pgbench, psql and GNU time.
# Settings (environment): BENCH_DURATION (s, default 30), BENCH_WARMUP (s, 15), BENCH_CLIENTS (16),
# BENCH_THREADS (2), BENCH_QUERY (かいご), BENCH_STARTS (start-up samples, 3), BENCH_BUILD=1 (rebuild first),
# BENCH_FRESH=1 (new database and Keycloak store), BENCH_APP_PORT (18080), BENCH_KEYCLOAK_PORT (18280),
# BENCH_KEYCLOAK_MANAGEMENT_PORT (18290), BENCH_DB_PORT (55439), BENCH_NICE (e.g. -10: run everything it
# starts at that priority, to keep other work on a shared machine out of the figures), NOREN_JAVA_OPTS,
# NOREN_WORKERS.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

DURATION=${BENCH_DURATION:-30}
WARMUP=${BENCH_WARMUP:-15}
CLIENTS=${BENCH_CLIENTS:-16}
THREADS=${BENCH_THREADS:-2}
QUERY=${BENCH_QUERY:-かいご}
STARTS=${BENCH_STARTS:-3}
REGIONS=5
PER_REGION=2000
BENCH_USER=bench1-admin
BENCH_PASSWORD=bench-password-1

STAMP=$(date +%Y%m%d-%H%M%S)
OUT=$REPO/bench/results/$STAMP
mkdir -p "$OUT"
ln -sfn "$STAMP" "$REPO/bench/results/latest"
# shellcheck source=bench/lib.sh
. bench/lib.sh

require_tools java curl jq wrk pgbench psql
GNU_TIME=$(type -P time) || die "GNU time is missing (Debian: apt-get install time)"

# --------------------------------------------------------------------------------------------- build
build_if_needed

# ------------------------------------------------------------------------------- database and Keycloak
start_infra

# ------------------------------------------------------------------------------------------- the app
say "starting the application once (applies the migrations on a new database)"
start_app "$OUT/app-first.log"
await_health 120

# ------------------------------------------------------------------------------------------- data
say "loading $REGIONS regions × $PER_REGION sponsors"
java -cp "$JAR" bench/BenchTool.java data "$OUT" "$REGIONS" "$PER_REGION" 42
PATTERN=$(java -cp "$JAR" bench/BenchTool.java pattern "$QUERY")
load_started=$(now_ms)
( cd "$OUT" && as_postgres >/dev/null <<SQL
begin;
insert into regions (code, name, name_en)
  select 'bench' || g, 'ベンチマーク支部' || g, 'Benchmark region ' || g from generate_series(1, $REGIONS) g
  on conflict (code) do nothing;
delete from renewal_sends where region_id ~ '^bench[0-9]+\$';
delete from sponsorship_history where region_id ~ '^bench[0-9]+\$';
delete from sponsorships where region_id ~ '^bench[0-9]+\$';
delete from sponsor_contacts where region_id ~ '^bench[0-9]+\$';
delete from sponsor_history where region_id ~ '^bench[0-9]+\$';
delete from sponsors where region_id ~ '^bench[0-9]+\$';
\copy sponsors (region_id, category_code, name, name_kana, search_key, postal_code, address, phone, email, joined_on, notes, archived_at) from 'sponsors.csv' with (format csv)
commit;
SQL
)
as_postgres -c "vacuum analyze sponsors" >/dev/null
say "loaded in $(( $(now_ms) - load_started )) ms: $(as_postgres -Atc "select string_agg(region_id || '=' || n, ' ') from (select region_id, count(*) n from sponsors where region_id like 'bench%' group by 1 order by 1) t")"

# ------------------------------------------------------------------------------------------- Keycloak user
region_admin bench1 ベンチマーク支部1 "$BENCH_USER" "$BENCH_PASSWORD"
token_claims "$OUT/token-claims.json"

Q_URI=$(jq -rn --arg q "$QUERY" '$q | @uri')
SEARCH_PATH="/api/v1/regions/bench1/sponsors?q=$Q_URI&size=20"
SEARCH_URL=$APP_URL$SEARCH_PATH
AUTH="Authorization: Bearer $TOKEN"
curl -sf -H "$AUTH" "$SEARCH_URL" >"$OUT/search-response.json" || die "the search endpoint failed; see $APP_LOG"
say "search q=$QUERY (LIKE '$PATTERN'): total $(jq .total "$OUT/search-response.json"), $(jq '.items | length' "$OUT/search-response.json") items on page 0"

# ------------------------------------------------------------------------------------------- CPU accounting
POSTMASTER_PID=$(head -1 "$HOME_DIR/postgres/postmaster.pid")
# Other work on the machine makes the figures unreliable: note each phase where it took over 10 % of the CPU.
BUSY_NOTES=""
note_others() { # phase others_ms
  local cap=$(( $(nproc) * DURATION * 1000 ))
  if [ "$2" -gt $(( cap / 10 )) ]; then
    BUSY_NOTES+="- $1: other processes used $2 ms of $cap ms CPU ($(( 100 * $2 / cap )) %)."$'\n'
    say "WARNING: other processes used $(( 100 * $2 / cap )) % of the CPU during $1"
  fi
}
# The text of the sponsor select as PostgreSQL sees it, from the app role's backends, a few times during a run.
sample_sql() { # file
  sleep 2
  for _ in 1 2 3 4 5; do
    as_postgres -At -c "select distinct query from pg_stat_activity where usename = 'noren_app' and query like '%from sponsors where%'" >>"$1" || true
    sleep 1
  done
}

# ------------------------------------------------------------------------------------------- start-up
# The database is initialised (migrated and loaded) and Keycloak runs: only the application starts.
stop_app
STARTUP_ROWS=""
for i in $(seq "$STARTS"); do
  sleep 2
  busy0=$(busy_ms)
  t0=$(now_ms)
  start_app "$OUT/app-start-$i.log"
  await_health 60
  t_health=$(( $(now_ms) - t0 ))
  while [ "$(http_status "$SEARCH_PATH" "$AUTH")" != 200 ]; do
    [ $(( $(now_ms) - t0 )) -lt 60000 ] || die "no search answer after start-up"
    sleep 0.01
  done
  t_search=$(( $(now_ms) - t0 ))
  app_cpu=$(cpu_ms "$APP_PID"); others=$(( $(busy_ms) - busy0 - app_cpu ))
  micronaut=$(sed -n 's/.*Startup completed in \([0-9]*\)ms.*/\1/p' "$APP_LOG" | head -1)
  say "start-up $i: /health after $t_health ms, first search after $t_search ms (Micronaut reports ${micronaut:-?} ms; CPU: app $app_cpu ms, other processes $others ms)"
  STARTUP_ROWS+="$i $t_health $t_search ${micronaut:-0} $app_cpu $others"$'\n'
  [ "$i" = "$STARTS" ] || stop_app
done
printf '%s' "$STARTUP_ROWS" >"$OUT/startup.txt"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
STARTUP_HEALTH=$(awk '{ print $2 }' "$OUT/startup.txt" | median)
STARTUP_SEARCH=$(awk '{ print $3 }' "$OUT/startup.txt" | median)
STARTUP_MICRONAUT=$(awk '{ print $4 }' "$OUT/startup.txt" | median)

# ------------------------------------------------------------------------------------------- endpoint
say "endpoint: warm-up ${WARMUP}s, then wrk -c $CLIENTS -t $THREADS -d ${DURATION}s"
"${NICE[@]}" wrk -c "$CLIENTS" -t "$THREADS" -d "${WARMUP}s" -H "$AUTH" "$SEARCH_URL" >"$OUT/wrk-warmup.txt"
sample_sql "$OUT/sql-endpoint.txt" &
SAMPLER=$!
app_cpu0=$(cpu_ms "$APP_PID"); pg_cpu0=$(pg_cpu_ms); busy0=$(busy_ms); load0=$(cut -d' ' -f1 /proc/loadavg)
"${NICE[@]}" "$GNU_TIME" -f '%U %S' -o "$OUT/wrk-cpu.txt" \
  wrk -c "$CLIENTS" -t "$THREADS" -d "${DURATION}s" --latency -s bench/report.lua -H "$AUTH" "$SEARCH_URL" >"$OUT/wrk.txt"
app_cpu=$(( $(cpu_ms "$APP_PID") - app_cpu0 )); pg_cpu=$(( $(pg_cpu_ms) - pg_cpu0 )); busy=$(( $(busy_ms) - busy0 ))
wait "$SAMPLER"
read -r WRK_REQUESTS WRK_RPS WRK_P50 WRK_P99 WRK_NON2XX WRK_ERRORS < <(sed -n \
  's/^WRK-RESULT requests=\([0-9]*\) .* rps=\([0-9.]*\) p50_ms=\([0-9.]*\) .* p99_ms=\([0-9.]*\) .* non2xx=\([0-9]*\) socket_errors=\([0-9]*\).*/\1 \2 \3 \4 \5 \6/p' "$OUT/wrk.txt")
[ -n "${WRK_RPS:-}" ] || die "no wrk result; see $OUT/wrk.txt"
[ "$WRK_NON2XX" = 0 ] && [ "$WRK_ERRORS" = 0 ] || say "WARNING: $WRK_NON2XX non-2xx answers and $WRK_ERRORS socket errors"
wrk_cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$OUT/wrk-cpu.txt")
ENDPOINT_CPU="app $app_cpu ms, PostgreSQL $pg_cpu ms, wrk $wrk_cpu ms, other processes $(( busy - app_cpu - pg_cpu - wrk_cpu )) ms"
ENDPOINT_PER="app $(per "$app_cpu" "$WRK_REQUESTS") + PostgreSQL $(per "$pg_cpu" "$WRK_REQUESTS")"
note_others "the endpoint run" $(( busy - app_cpu - pg_cpu - wrk_cpu ))
say "endpoint: $WRK_RPS requests/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms (CPU: $ENDPOINT_CPU; load before $load0)"

# ------------------------------------------------------------------------------------------- pgbench
PGBENCH_VARS=(-D region=bench1 -D "pattern=$PATTERN" -D size=20 -D offset=0)
run_pgbench() { # name script
  local name=$1 script=$2 pg0
  PGUSER=noren_app PGPASSWORD=noren_app "${NICE[@]}" pgbench -n -M prepared -c "$CLIENTS" -j "$THREADS" -T "$WARMUP" \
    -f "$script" "${PGBENCH_VARS[@]}" >"$OUT/pgbench-$name-warmup.txt" 2>&1
  sample_sql "$OUT/sql-pgbench-$name.txt" &
  local sampler=$!
  pg0=$(pg_cpu_ms); busy0=$(busy_ms)
  mkdir -p "$OUT/pgbench-$name-log"
  ( cd "$OUT/pgbench-$name-log" && PGUSER=noren_app PGPASSWORD=noren_app "${NICE[@]}" "$GNU_TIME" -f '%U %S' -o ../pgbench-$name-cpu.txt \
      pgbench -n -M prepared -c "$CLIENTS" -j "$THREADS" -T "$DURATION" -l --log-prefix=tx \
      -f "$REPO/$script" "${PGBENCH_VARS[@]}" >"../pgbench-$name.txt" 2>&1 ) || die "pgbench failed; see $OUT/pgbench-$name.txt"
  PG_CPU_RUN=$(( $(pg_cpu_ms) - pg0 )); busy=$(( $(busy_ms) - busy0 ))
  wait "$sampler"
  PG_TPS=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$OUT/pgbench-$name.txt" | head -1 | awk '{ printf "%.1f", $1 }')
  PG_FAILED=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/pgbench-$name.txt")
  # Per-transaction log: column 3 is the latency in microseconds.
  PG_P50=$(cat "$OUT"/pgbench-$name-log/tx* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", v[int(NR * 0.50)] / 1000 }')
  PG_P99=$(cat "$OUT"/pgbench-$name-log/tx* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", v[int(NR * 0.99)] / 1000 }')
  PG_CLIENT_CPU=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$OUT/pgbench-$name-cpu.txt")
  PG_CPU="PostgreSQL $PG_CPU_RUN ms, pgbench $PG_CLIENT_CPU ms, other processes $(( busy - PG_CPU_RUN - PG_CLIENT_CPU )) ms"
  PG_COUNT=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$OUT/pgbench-$name.txt")
  PG_PER="PostgreSQL $(per "$PG_CPU_RUN" "$PG_COUNT") + pgbench $(per "$PG_CLIENT_CPU" "$PG_COUNT")"
  note_others "pgbench $name" $(( busy - PG_CPU_RUN - PG_CLIENT_CPU ))
  rm -rf "$OUT/pgbench-$name-log"
  say "pgbench $name: $PG_TPS transactions/s, p50 $PG_P50 ms, p99 $PG_P99 ms, failed ${PG_FAILED:-0} (CPU: $PG_CPU)"
}
say "pgbench: the endpoint's unit of work (begin; set_config; select; commit), -c $CLIENTS -j $THREADS -T ${DURATION}s -M prepared"
run_pgbench tx bench/search-tx.sql
TX_TPS=$PG_TPS TX_P50=$PG_P50 TX_P99=$PG_P99 TX_CPU=$PG_CPU TX_PER=$PG_PER
say "pgbench: the select alone (region as a session setting)"
PGOPTIONS="-c app.region_id=bench1" run_pgbench bare bench/search-bare.sql
BARE_TPS=$PG_TPS BARE_P50=$PG_P50 BARE_P99=$PG_P99 BARE_CPU=$PG_CPU BARE_PER=$PG_PER

# ------------------------------------------------------------------------------------------- endpoint, paced
# The same endpoint and connections, but sent at 0.3 × pgbench's rate: the latency at the target rate, where
# the server is not saturated (at saturation, 16 clients wait 16 / rate seconds on average whatever the code).
PACED_TARGET=$(awk -v t="$TX_TPS" 'BEGIN { printf "%d", t * 0.3 }')
PER_THREAD=$(awk -v r="$PACED_TARGET" -v n="$THREADS" 'BEGIN { printf "%.3f", r / n }')
say "endpoint, paced at $PACED_TARGET requests/s (0.3 × pgbench): wrk -c $CLIENTS -t $THREADS -d ${DURATION}s"
"${NICE[@]}" wrk -c "$CLIENTS" -t "$THREADS" -d 5s -s bench/paced.lua -H "$AUTH" "$SEARCH_URL" -- "$PER_THREAD" >"$OUT/wrk-paced-warmup.txt"
app_cpu0=$(cpu_ms "$APP_PID"); pg_cpu0=$(pg_cpu_ms); busy0=$(busy_ms)
"${NICE[@]}" "$GNU_TIME" -f '%U %S' -o "$OUT/wrk-paced-cpu.txt" \
  wrk -c "$CLIENTS" -t "$THREADS" -d "${DURATION}s" --latency -s bench/paced.lua -H "$AUTH" "$SEARCH_URL" -- "$PER_THREAD" >"$OUT/wrk-paced.txt"
app_cpu=$(( $(cpu_ms "$APP_PID") - app_cpu0 )); pg_cpu=$(( $(pg_cpu_ms) - pg_cpu0 )); busy=$(( $(busy_ms) - busy0 ))
read -r PACED_REQUESTS PACED_RPS PACED_P50 PACED_P99 PACED_NON2XX PACED_ERRORS < <(sed -n \
  's/^WRK-RESULT requests=\([0-9]*\) .* rps=\([0-9.]*\) p50_ms=\([0-9.]*\) .* p99_ms=\([0-9.]*\) .* non2xx=\([0-9]*\) socket_errors=\([0-9]*\).*/\1 \2 \3 \4 \5 \6/p' "$OUT/wrk-paced.txt")
[ -n "${PACED_RPS:-}" ] || die "no paced wrk result; see $OUT/wrk-paced.txt"
[ "$PACED_NON2XX" = 0 ] && [ "$PACED_ERRORS" = 0 ] || say "WARNING: $PACED_NON2XX non-2xx answers and $PACED_ERRORS socket errors (paced)"
wrk_cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$OUT/wrk-paced-cpu.txt")
PACED_CPU="app $app_cpu ms, PostgreSQL $pg_cpu ms, wrk $wrk_cpu ms, other processes $(( busy - app_cpu - pg_cpu - wrk_cpu )) ms"
PACED_PER="app $(per "$app_cpu" "$PACED_REQUESTS") + PostgreSQL $(per "$pg_cpu" "$PACED_REQUESTS")"
note_others "the paced endpoint run" $(( busy - app_cpu - pg_cpu - wrk_cpu ))
say "endpoint, paced: $PACED_RPS requests/s, p50 $PACED_P50 ms, p99 $PACED_P99 ms (CPU: $PACED_CPU)"

# Same SQL? The select text each side sent, as PostgreSQL saw it.
norm() { sed 's/;[[:space:]]*$//' "$1" | sort -u; }
SAME_SQL=no
if [ -s "$OUT/sql-endpoint.txt" ] && [ "$(norm "$OUT/sql-endpoint.txt")" = "$(norm "$OUT/sql-pgbench-tx.txt")" ]; then SAME_SQL=yes; fi

# The plan, as the app role inside a region transaction.
SELECT_SQL=$(grep -m1 '^select id' bench/search-tx.sql | sed 's/:region/$1/g; s/:pattern/$2/g; s/:size/$3/g; s/:offset/$4/g; s/;$//')
PGUSER=noren_app PGPASSWORD=noren_app psql -X -q -v ON_ERROR_STOP=1 >"$OUT/plan.txt" <<SQL
begin;
select set_config('app.region_id', 'bench1', true) \g /dev/null
prepare search(text, text, int, bigint) as $SELECT_SQL;
explain (analyze, buffers, costs off) execute search('bench1', '$PATTERN', 20, 0);
rollback;
SQL

# ------------------------------------------------------------------------------------------- summary
stop_app
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
RATIO_TX=$(ratio "$WRK_RPS" "$TX_TPS")
RATIO_BARE=$(ratio "$WRK_RPS" "$BARE_TPS")
verdict() { awk "BEGIN { if ($1) print \"met\"; else print \"MISSED\" }"; }
THROUGHPUT_OK=$(verdict "$RATIO_TX >= 0.3")
P99_OK=$(verdict "$WRK_P99 < 20")
PACED_OK=$(verdict "$PACED_P99 < 20 && $PACED_RPS >= 0.29 * $TX_TPS")
STARTUP_OK=$(verdict "$STARTUP_SEARCH < 3000")
MATCHES=$(jq .total "$OUT/search-response.json")

cat >"$OUT/summary.md" <<EOF
# Noren benchmark $STAMP

Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), $(psql --version), pgbench $(pgbench --version | awk '{ print $3 }'), server PostgreSQL $(as_postgres -Atc 'show server_version'), $(wrk --version 2>&1 | head -1 | awk '{ print $1, $2 }').
Load average before the endpoint run: $load0. Priority: ${BENCH_NICE:-default (not reniced)}. Application: NOREN_WORKERS=${NOREN_WORKERS:-16 (default)}, NOREN_JAVA_OPTS=${NOREN_JAVA_OPTS:-none}.
${BUSY_NOTES:+
**The machine was busy with other work; treat these figures with care:**
$BUSY_NOTES}
Data: $REGIONS regions × $PER_REGION sponsors; search q=$QUERY in bench1 matches $MATCHES active sponsors; page of 20 sorted by reading.
Same SQL text at PostgreSQL for endpoint and pgbench: $SAME_SQL.
$CLIENTS clients, $THREADS client threads, ${DURATION}s per measurement after ${WARMUP}s warm-up. wrk's percentiles
include its correction for coordinated omission; pgbench's come from its per-transaction log.

| measurement | rate (/s) | p50 (ms) | p99 (ms) | CPU per request (ms) | CPU during the run |
|---|---:|---:|---:|---|---|
| endpoint \`GET /api/v1/regions/bench1/sponsors?q=…&size=20\`, as fast as it answers (wrk) | $WRK_RPS | $WRK_P50 | $WRK_P99 | $ENDPOINT_PER | $ENDPOINT_CPU |
| endpoint, paced at 0.3 × pgbench ($PACED_TARGET/s) (wrk + bench/paced.lua) | $PACED_RPS | $PACED_P50 | $PACED_P99 | $PACED_PER | $PACED_CPU |
| pgbench, endpoint's unit of work (begin; set_config; select; commit) | $TX_TPS | $TX_P50 | $TX_P99 | $TX_PER | $TX_CPU |
| pgbench, select alone | $BARE_TPS | $BARE_P50 | $BARE_P99 | $BARE_PER | $BARE_CPU |

| target | figure | result |
|---|---:|---|
| endpoint ≥ 0.3 × pgbench (same unit of work) | $RATIO_TX | $THROUGHPUT_OK |
| endpoint / pgbench select alone (context) | $RATIO_BARE | |
| endpoint p99 < 20 ms, saturated (16 clients as fast as it answers) | $WRK_P99 ms | $P99_OK |
| endpoint p99 < 20 ms at 0.3 × pgbench's rate (16 connections, paced) | $PACED_P99 ms at $PACED_RPS/s | $PACED_OK |
| start-up to first served search < 3 s (median of $STARTS) | $STARTUP_SEARCH ms | $STARTUP_OK |

Start-up (ms from \`java -jar\`; the database is initialised and Keycloak runs):

| start | /health answers 200 | first search answers 200 | Micronaut "Startup completed" | CPU: app | CPU: other processes |
|---:|---:|---:|---:|---:|---:|
$(awk '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "$OUT/startup.txt")
| median | $STARTUP_HEALTH | $STARTUP_SEARCH | $STARTUP_MICRONAUT | | |
EOF
cat "$OUT/summary.md"
say "results in bench/results/$STAMP"
