#!/usr/bin/env bash
# The birth-month worklist benchmark of みま～も Noren; see docs/performance.md.
#
# One run, one database, the application under `java -jar`, a real Keycloak token of a centre's staff:
#   a region of 36,000 registrants in 12 centres of 3,000 (birth months spread evenly, consent one to six years ago,
#   5 % not active, two connections each), with the updates of the eleven months before this one already made
#   (95 % done, the rest carried over after a call that did not reach the person); then GET /updates/worklist for
#   the first centre and this month, BENCH_CALLS times (default 20) after 5 warm-up calls. Every call also opens the
#   month's cycles (none left to open after the first) and writes its access-log entry, as in use.
# Target: the list opens in < 200 ms. Results in bench/results/<time>-worklist/ (bench/results/latest-worklist).
#
# Needs: JDK 17, Maven (only if the jar is missing), curl, jq, psql. Settings: as bench/run.sh (ports, BENCH_NICE,
# BENCH_BUILD, BENCH_FRESH) and BENCH_CALLS.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

CALLS=${BENCH_CALLS:-20}
CENTRES=12
PER_CENTRE=3000
REGION=benchupdates
BENCH_USER=benchupdates-staff
BENCH_PASSWORD=bench-password-4

STAMP=$(date +%Y%m%d-%H%M%S)-worklist
OUT=$REPO/bench/results/$STAMP
mkdir -p "$OUT"
ln -sfn "$STAMP" "$REPO/bench/results/latest-worklist"
# shellcheck source=bench/lib.sh
. bench/lib.sh
NOREN_JAVA_OPTS=${NOREN_JAVA_OPTS:--Xmx256m}

require_tools java curl jq psql
build_if_needed
start_infra
say "starting the application ($NOREN_JAVA_OPTS)"
start_app "$OUT/app.log"
await_health 120

# ------------------------------------------------------------------------------------------- data
LOADED=$(as_postgres -Atc "select count(*) from registrants where region_id = '$REGION'")
if [ "$LOADED" != $((CENTRES * PER_CENTRE)) ]; then
  [ "$LOADED" = 0 ] || die "$REGION holds $LOADED registrants from an earlier run; run with BENCH_FRESH=1"
  say "loading $((CENTRES * PER_CENTRE)) registrants in $CENTRES centres into $REGION"
  java -cp "$JAR" bench/BenchTool.java registrants "$OUT" "$CENTRES" "$PER_CENTRE" 42
  as_postgres >/dev/null <<SQL
begin;
insert into regions (code, name, name_en) values ('$REGION', 'ベンチマーク誕生月更新', 'Benchmark updates')
  on conflict (code) do nothing;
insert into centres (region_id, name, phone, address)
  select '$REGION', 'ベンチ第' || n || '地域包括支援センター', '03-0000-' || lpad(n::text, 4, '0'), '東京都大田区'
  from generate_series(1, $CENTRES) n;
create temporary table loaded (centre int, name text, name_kana text, search_key text, birth_date date, sex text,
  postal_code text, address text, phone text, living_situation text, consented_on date);
\copy loaded from '$OUT/registrants.csv' with (format csv)
insert into registrants (region_id, centre_id, name, name_kana, search_key, birth_date, sex, postal_code, address, phone,
                         living_situation, consent_form_version, consented_on, status, status_since, created_by)
  select '$REGION', c.id, l.name, l.name_kana, l.search_key, l.birth_date, l.sex, l.postal_code, l.address, l.phone,
         l.living_situation, '2024年4月版', l.consented_on, 'active', l.consented_on, 'bench'
  from loaded l join centres c on c.region_id = '$REGION' and c.name = 'ベンチ第' || l.centre || '地域包括支援センター';
insert into registrant_connections (region_id, registrant_id, priority, kind, name, relation, phone)
  select region_id, id, 1, 'family', split_part(name, ' ', 1) || ' 一郎', '長男', '090-' || lpad((id % 10000)::text, 4, '0') || '-0000'
  from registrants where region_id = '$REGION'
  union all
  select region_id, id, 2, 'neighbour', '隣の 木下さん', '隣人', null from registrants where region_id = '$REGION';
update registrants set status = 'in-hospital' where region_id = '$REGION' and id % 20 = 0;
-- The eleven months before this one: their cycles as opened when each month began ...
insert into birth_month_cycles (region_id, registrant_id, year, month, opened_at)
  select r.region_id, r.id, extract(year from m.first)::int, extract(month from m.first)::int, m.first
  from generate_series(1, 11) k
  cross join lateral (select (date_trunc('month', now() at time zone 'Asia/Tokyo') - make_interval(months => k))::date as first) m
  join registrants r on r.region_id = '$REGION' and r.status = 'active'
       and extract(month from r.birth_date) = extract(month from m.first) and r.consented_on < m.first;
-- ... 95 % done by a contact that month, the rest tried once without reaching the person.
insert into update_contacts (region_id, registrant_id, cycle_year, cycle_month, contacted_on, method, outcome, registrant_version,
                             username, recorded_at)
  select region_id, registrant_id, year, month, make_date(year, month, 1) + (registrant_id % 25)::int,
         (array['visit', 'phone', 'centre', 'letter'])[1 + registrant_id % 4],
         case when registrant_id % 20 = 7 then 'unreachable' else 'no-change' end, 0, 'bench', opened_at + interval '10 days'
  from birth_month_cycles where region_id = '$REGION';
update birth_month_cycles b set state = 'done', done_at = u.recorded_at, done_contact_id = u.id
  from update_contacts u
  where b.region_id = '$REGION' and u.region_id = b.region_id and u.registrant_id = b.registrant_id
    and u.cycle_year = b.year and u.cycle_month = b.month and u.outcome <> 'unreachable';
commit;
SQL
  as_postgres -c "vacuum analyze registrants, registrant_connections, birth_month_cycles, update_contacts" >/dev/null
fi
CENTRE=$(as_postgres -Atc "select id from centres where region_id = '$REGION' and name = 'ベンチ第1地域包括支援センター'")
as_postgres -Atc "select count(*) from registrants where region_id = '$REGION' and centre_id = $CENTRE" >"$OUT/centre-size.txt"
region_admin "$REGION" ベンチマーク誕生月更新 "$BENCH_USER" "$BENCH_PASSWORD"
role=$(kc "$ADMIN_API/roles/centre-staff" | jq -c '[{id, name}]')
user_id=$(kc "$ADMIN_API/users?username=$BENCH_USER&exact=true" | jq -r '.[0].id')
kc -X POST -d "$role" "$ADMIN_API/users/$user_id/role-mappings/realm" >/dev/null
as_postgres -c "insert into centre_members (region_id, username, centre_id, assigned_by) values ('$REGION', '$BENCH_USER', $CENTRE, 'bench')
  on conflict (region_id, username) do update set centre_id = excluded.centre_id" >/dev/null
token_for "$BENCH_USER" "$BENCH_PASSWORD"
AUTH="Authorization: Bearer $TOKEN"
URL="$APP_URL/api/v1/regions/$REGION/updates/worklist"

# ------------------------------------------------------------------------------------------- calls
call() { # label; prints the client's time in ms
  local seconds
  seconds=$(curl -sf -o "$OUT/worklist-$1.json" -w '%{time_total}' -H "$AUTH" -H 'Accept-Language: ja' "$URL") \
    || die "the worklist failed; see $APP_LOG"
  awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }'
}
for i in 1 2 3 4 5; do call "warmup-$i" >/dev/null; done
ITEMS=$(jq '.items | length' "$OUT/worklist-warmup-5.json")
OWN=$(jq .dueThisMonth "$OUT/worklist-warmup-5.json")
CARRIED=$(jq .carriedOver "$OUT/worklist-warmup-5.json")
say "the list holds $ITEMS registrants ($OWN this month, $CARRIED carried over) of $(cat "$OUT/centre-size.txt") at the centre"
[ "$ITEMS" -gt 0 ] || die "the worklist is empty"
ROWS=""
for i in $(seq "$CALLS"); do
  ms=$(call "$i")
  ROWS+="$ms"$'\n'
done
SORTED=$(printf '%s' "$ROWS" | sort -n)
MEDIAN=$(printf '%s\n' "$SORTED" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')
P95=$(printf '%s\n' "$SORTED" | awk '{ v[NR] = $1 } END { i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; print v[i] }')
MAX=$(printf '%s\n' "$SORTED" | tail -1)
say "worklist: median $MEDIAN ms, p95 $P95 ms, max $MAX ms over $CALLS calls"
LOGGED=$(as_postgres -Atc "select count(*) from access_log where region_id = '$REGION' and details->>'list' = 'birth-month-update'")

# ------------------------------------------------------------------------------------------- summary
stop_app
verdict() { awk "BEGIN { if ($1) print \"met\"; else print \"MISSED\" }"; }
cat >"$OUT/summary.md" <<EOF
# Noren birth-month worklist benchmark $STAMP

Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $(as_postgres -Atc 'show server_version').
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Application: NOREN_JAVA_OPTS=$NOREN_JAVA_OPTS. Times are the client's (curl), from request to the last byte.

Region: $((CENTRES * PER_CENTRE)) registrants in $CENTRES centres; the centre measured has $(cat "$OUT/centre-size.txt"). Its list of this month holds
$ITEMS registrants ($OWN this month, $CARRIED carried over). Access-log entries written by the list: $LOGGED.

| calls | median ms | p95 ms | max ms |
|---:|---:|---:|---:|
| $CALLS | $MEDIAN | $P95 | $MAX |

| target | figure | result |
|---|---:|---|
| the worklist opens in < 200 ms (p95) | $P95 ms | $(verdict "$P95 < 200") |
EOF
cat "$OUT/summary.md"
say "results in bench/results/$STAMP"
