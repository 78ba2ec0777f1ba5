#!/usr/bin/env bash
# The emergency look-up benchmark of みま～も Noren; see docs/performance.md and docs/adr/0013.
#
# One database holding 10 regions × 40,000 keychain registrants (lookup1, the registrants' region, stands in for
# Ota's 36,000+), each with two connections and a keychain. A responder of lookup2 (an approved fire department)
# looks up lookup1's numbers: the cross-region look-up with its two audit rows and the centre's notice.
#   1. POST /api/v1/regions/lookup2/lookups from BenchTool's Java load generator: 32 threads, HTTP/1.1 keep-alive,
#      random numbers, 5 s warm-up then BENCH_SECONDS (default 30);
#   2. pgbench, 32 clients, running the same SQL in one transaction (bench/lookup-tx.sql) on the same database.
# Targets: HTTP throughput ≥ 0.5 × pgbench's; p99 < 10 ms. Rate limits are off (NOREN_LOOKUP_*_LIMIT=0) so that the
# benchmark measures the look-up, not the limit. Results in bench/results/<time>-lookup/ (bench/results/latest-lookup).
#
# Needs: JDK 17, Maven (only if the jar is missing), curl, jq, psql, pgbench. Settings as bench/run.sh (ports,
# BENCH_NICE, BENCH_BUILD, BENCH_FRESH), BENCH_SECONDS, BENCH_CLIENTS (default 32).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

SECONDS_RUN=${BENCH_SECONDS:-30}
CLIENTS=${BENCH_CLIENTS:-32}
REGIONS=10
PER_REGION=40000
BENCH_USER=bench-responder
BENCH_PASSWORD=bench-password-4

STAMP=$(date +%Y%m%d-%H%M%S)-lookup
OUT=$REPO/bench/results/$STAMP
mkdir -p "$OUT"
ln -sfn "$STAMP" "$REPO/bench/results/latest-lookup"
# shellcheck source=bench/lib.sh
. bench/lib.sh
NOREN_JAVA_OPTS=${NOREN_JAVA_OPTS:--Xmx512m}
export NOREN_LOOKUP_RESPONDER_LIMIT=0 NOREN_LOOKUP_ORGANISATION_LIMIT=0

require_tools java curl jq psql pgbench
build_if_needed
start_infra
say "starting the application ($NOREN_JAVA_OPTS, rate limits off)"
start_app "$OUT/app.log"
await_health 120

# ------------------------------------------------------------------------------------------- data
if [ "$(as_postgres -Atc "select count(*) from keychains where region_id = 'lookup1'")" != "$PER_REGION" ]; then
  say "writing $REGIONS × $PER_REGION registrants with connections and keychains"
  java -cp "$JAR" bench/BenchTool.java lookup-data "$OUT" "$REGIONS" "$PER_REGION" 42
  say "loading them with COPY"
  as_postgres >/dev/null <<SQL
begin;
insert into regions (code, name, name_en)
  select 'lookup' || g, '照会ベンチ' || g, 'Lookup bench ' || g from generate_series(1, $REGIONS) g on conflict (code) do nothing;
insert into keychain_prefixes (prefix, region_code)
  select 'LK' || chr(64 + g), 'lookup' || g from generate_series(1, $REGIONS) g on conflict do nothing;
insert into centres (region_id, id, name, phone, after_hours_contact, after_hours_phone)
  select 'lookup' || g, 900000 + g, '照会ベンチ地域包括支援センター', '03-5764-0601', '夜間窓口', '03-5764-0699'
  from generate_series(1, $REGIONS) g on conflict do nothing;
create temporary table r (region_id text, id bigint, name text, name_kana text, birth_date date, address text, conditions text,
  medication text, disclose_to text[]);
\copy r from '$OUT/registrants.csv' with (format csv)
insert into registrants (region_id, id, centre_id, name, name_kana, birth_date, sex, address, living_situation, conditions, medication,
                         consent_form_version, consented_on, disclose_to, status_since, created_by)
  select region_id, id, 900000 + substr(region_id, 7)::int, name, name_kana, birth_date, 'female', address, 'alone', conditions,
         medication, '2024年4月版', date '2025-06-01', disclose_to, date '2025-06-01', 'bench' from r;
\copy registrant_connections (region_id, registrant_id, priority, kind, name, relation, phone) from '$OUT/connections.csv' with (format csv)
\copy keychains (region_id, number, prefix, registrant_id, issued_by) from '$OUT/keychains.csv' with (format csv)
create table if not exists bench_numbers (i int primary key, number text not null);
truncate bench_numbers;
insert into bench_numbers select row_number() over (order by number), number from keychains where region_id = 'lookup1';
grant select on bench_numbers to noren_app;
commit;
SQL
  as_postgres -c "vacuum analyze registrants, registrant_connections, keychains, bench_numbers" >/dev/null
fi
as_postgres -Atc "select region_id, count(*) from registrants where region_id like 'lookup%' group by 1 order by 1" >"$OUT/regions.txt"
as_postgres -Atc "select number from bench_numbers order by i" >"$OUT/numbers-lookup1.txt"
NUMBERS=$(wc -l <"$OUT/numbers-lookup1.txt")
say "lookup1 has $NUMBERS numbers; $(wc -l <"$OUT/regions.txt") regions loaded"

# The responder: a Keycloak user of lookup2 with the responder role, member of an approved fire department.
region_admin lookup2 照会ベンチ2 "$BENCH_USER" "$BENCH_PASSWORD" responder
as_postgres >/dev/null <<SQL
insert into responder_organisations (region_id, id, name, kind, phone, approved, approved_by, approved_at)
  values ('lookup2', 900002, '計測消防署', 'fire', '046-261-0119', true, 'bench', now()) on conflict do nothing;
insert into responder_members (region_id, username, organisation_id, assigned_by)
  values ('lookup2', '$BENCH_USER', 900002, 'bench') on conflict do nothing;
SQL
token_for "$BENCH_USER" "$BENCH_PASSWORD"
token_claims "$OUT/token-claims.json"
URL=$APP_URL/api/v1/regions/lookup2/lookups
code=$(curl -s -o "$OUT/sample.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"number\":\"$(head -1 "$OUT/numbers-lookup1.txt")\",\"reason\":\"transport\"}" "$URL")
[ "$code" = 200 ] || die "a sample look-up answered $code: $(cat "$OUT/sample.json")"

# ------------------------------------------------------------------------------------------- HTTP
say "HTTP: $CLIENTS threads for ${SECONDS_RUN}s after a 5 s warm-up"
read -r HTTP_N HTTP_RPS HTTP_P50 HTTP_P99 HTTP_ERRORS < <(java -cp "$JAR" bench/BenchTool.java lookup-load "$URL" "$TOKEN" \
  "$OUT/numbers-lookup1.txt" "$CLIENTS" "$SECONDS_RUN" "$OUT/http-latencies-us.txt")
say "HTTP: $HTTP_N look-ups, $HTTP_RPS/s, p50 $HTTP_P50 ms, p99 $HTTP_P99 ms, $HTTP_ERRORS errors"

# ------------------------------------------------------------------------------------------- pgbench
say "pgbench: $CLIENTS clients for ${SECONDS_RUN}s, the same transaction"
PGUSER=noren_app PGPASSWORD=noren_app pgbench -n -M prepared -c "$CLIENTS" -j 2 -T 5 -D numbers="$NUMBERS" \
  -f bench/lookup-tx.sql >"$OUT/pgbench-warmup.txt" 2>&1
PGUSER=noren_app PGPASSWORD=noren_app pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_RUN" -D numbers="$NUMBERS" -r \
  -f bench/lookup-tx.sql >"$OUT/pgbench.txt" 2>&1 || die "pgbench failed; see $OUT/pgbench.txt"
PG_TPS=$(awk '/^tps/ { print int($3) }' "$OUT/pgbench.txt")
PG_LAT=$(awk '/^latency average/ { print $4 }' "$OUT/pgbench.txt")
RATIO=$(awk -v a="$HTTP_RPS" -v b="$PG_TPS" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')

LOGGED=$(as_postgres -Atc "select count(*) from access_log where region_id = 'lookup1' and action = 'lookup'")
NOTICES=$(as_postgres -Atc "select count(*) from lookup_notices where region_id = 'lookup1'")
cat >"$OUT/summary.txt" <<TXT
registrants per region   $(tr '\n' ' ' <"$OUT/regions.txt")
HTTP look-ups            $HTTP_N in ${SECONDS_RUN}s = $HTTP_RPS/s, p50 $HTTP_P50 ms, p99 $HTTP_P99 ms, errors $HTTP_ERRORS ($CLIENTS threads)
pgbench same SQL         $PG_TPS tps, average $PG_LAT ms ($CLIENTS clients)
ratio HTTP / pgbench     $RATIO (target >= 0.5)
p99 target               < 10 ms
lookup rows in lookup1   $LOGGED; notices $NOTICES
TXT
cat "$OUT/summary.txt" >&2
