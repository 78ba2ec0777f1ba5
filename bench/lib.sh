#!/usr/bin/env bash
# What the benchmarks in bench/ share: settings, logging, clean-up, the embedded PostgreSQL and Keycloak, the
# application under `java -jar`, the benchmark regions' roster, a region admin's token and CPU accounting.
# Sourced by run.sh and renewals.sh (which may set BENCH_NAME first); the settings are in bench/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$(pwd)

APP_PORT=${BENCH_APP_PORT:-18080}
KC_PORT=${BENCH_KEYCLOAK_PORT:-18280}
KC_MGMT_PORT=${BENCH_KEYCLOAK_MANAGEMENT_PORT:-18290}
DB_PORT=${BENCH_DB_PORT:-55439}
KEYCLOAK_VERSION=26.5.0
HOME_DIR=$REPO/.noren/bench            # ignored by git like every .noren directory
JAR=$REPO/backend/target/noren.jar
APP_URL=http://127.0.0.1:$APP_PORT
KC_URL=http://localhost:$KC_PORT       # the token issuer is http://localhost:<port>
BENCH_PASSWORD=bench-password-1

NICE=()
[ -z "${BENCH_NICE:-}" ] || NICE=(nice -n "$BENCH_NICE")

STAMP=$(date +%Y%m%d-%H%M%S)${BENCH_NAME:+-$BENCH_NAME}
OUT=$REPO/bench/results/$STAMP
mkdir -p "$OUT"
ln -sfn "$STAMP" "$REPO/bench/results/latest${BENCH_NAME:+-$BENCH_NAME}"

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/bench.log" >&2; }
die() { say "ERROR: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

bench_require() { # tool…
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install wrk postgresql-client jq curl time)"
  done
  GNU_TIME=$(type -P time) || die "GNU time is missing (Debian: apt-get install time)"
  for port in "$APP_PORT" "$KC_PORT" "$KC_MGMT_PORT" "$DB_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port is in use; choose other ports with BENCH_*_PORT"
    fi
  done
}

# ------------------------------------------------------------------------------------------- clean-up
INFRA_PID=""
APP_PID=""
stop_pid() { # pid, seconds
  local pid=$1 wait=${2:-30}
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq $((wait * 10))); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
stop_app() {
  if [ -n "$APP_PID" ]; then
    stop_pid "$APP_PID" 30
    APP_PID=""
  fi
}
descendants() { local p; for p in $(ps --ppid "$1" -o pid= 2>/dev/null); do echo "$p"; descendants "$p"; done; }
cleanup() {
  local rc=$? left p
  set +e
  stop_app
  if [ -n "$INFRA_PID" ]; then
    say "stopping Keycloak and PostgreSQL"
    left=$(descendants "$INFRA_PID")
    stop_pid "$INFRA_PID" 90
    # Normally the launcher stops Keycloak and PostgreSQL itself; anything of theirs still running is stopped here.
    for p in $left; do stop_pid "$p" 20; done
    INFRA_PID=""
  fi
  [ $rc -eq 0 ] || say "failed (exit $rc); logs in $OUT"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Builds the jar if it is missing, then starts the embedded PostgreSQL and Keycloak, and the application once (which
# applies the migrations on a new database).
bench_start() {
  if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -f "$JAR" ] || [ ! -x "$REPO/.noren/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ]; then
    say "building (mvn -DskipTests install)"
    mvn -B -q -DskipTests install >"$OUT/build.log" 2>&1 || die "build failed; see $OUT/build.log"
  fi
  mkdir -p "$HOME_DIR"
  if [ "${BENCH_FRESH:-0}" = 1 ]; then
    rm -rf "$HOME_DIR/postgres" "$HOME_DIR/keycloak-$KEYCLOAK_VERSION"
  fi
  KC_HOME=$HOME_DIR/keycloak-$KEYCLOAK_VERSION
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    # A private copy: Keycloak writes into its home while it runs, and ./run.sh may be using .noren's.
    cp -a "$REPO/.noren/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  fi

  say "starting embedded PostgreSQL 17 (port $DB_PORT) and Keycloak (port $KC_PORT); a first start takes 1–2 minutes"
  "${NICE[@]}" java -cp "$JAR" bench/BenchTool.java infra "$HOME_DIR" "$KC_HOME" infra/keycloak/mimamo-realm.json \
    "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT" >"$OUT/infra.log" 2>&1 &
  INFRA_PID=$!
  for _ in $(seq 600); do
    grep -q BENCH-INFRA-READY "$OUT/infra.log" && break
    kill -0 "$INFRA_PID" 2>/dev/null || die "database or Keycloak did not start; see $OUT/infra.log"
    sleep 0.5
  done
  grep -q BENCH-INFRA-READY "$OUT/infra.log" || die "database or Keycloak did not start in 5 minutes"

  POSTMASTER_PID=$(head -1 "$HOME_DIR/postgres/postmaster.pid")
  say "starting the application once (applies the migrations on a new database)"
  start_app "$OUT/app-first.log"
  await_health 120
}

export PGHOST=127.0.0.1 PGPORT=$DB_PORT PGDATABASE=noren PGCLIENTENCODING=UTF8
as_postgres() { PGUSER=postgres PGPASSWORD=postgres psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# ------------------------------------------------------------------------------------------- the app
APP_LOG=""
start_app() { # log file
  APP_LOG=$1
  local url="jdbc:postgresql://127.0.0.1:$DB_PORT/noren"
  # The stats and owner URLs are given as system properties: application.yml's fallbacks
  # ${STATS_DATASOURCE_URL:${datasources.default.url}} and ${OWNER_DATASOURCE_URL:…} do not resolve (a nested
  # placeholder in a default), so under java -jar they give a broken URL (see docs/performance.md).
  env DATASOURCE_URL="$url" DATASOURCE_USERNAME=noren_app DATASOURCE_PASSWORD=noren_app \
    STATS_DATASOURCE_USERNAME=noren_stats STATS_DATASOURCE_PASSWORD=noren_stats \
    OWNER_DATASOURCE_USERNAME=noren_owner OWNER_DATASOURCE_PASSWORD=noren_owner \
    KEYCLOAK_URL="$KC_URL" NOREN_PORT="$APP_PORT" NOREN_HOST=127.0.0.1 NOREN_PUBLIC_URL="http://localhost:$APP_PORT" \
    "${NICE[@]}" java ${NOREN_JAVA_OPTS:-} -Ddatasources.stats.url="$url" -Dnoren.database.owner-url="$url" \
      -jar "$JAR" >"$APP_LOG" 2>&1 &
  APP_PID=$!
}
# The HTTP status of GET <path> on the app, through bash's /dev/tcp: polling this way costs next to no CPU,
# where a curl process every few milliseconds would slow the start-up it measures.
http_status() { # path [header]
  local line
  { exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT"; } 2>/dev/null || { echo 000; return; }
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n%s\r\n' "$1" "${2:+$2$'\r\n'}" >&3
  read -r -t 10 line <&3 || line=""
  exec 3<&- 3>&-
  line=${line#HTTP/* }
  echo "${line:0:3}"
}
await_health() { # timeout seconds
  local deadline=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(http_status /health)" = 200 ] && return 0
    kill -0 "$APP_PID" 2>/dev/null || die "the application stopped; see $APP_LOG"
    sleep 0.01
  done
  die "the application did not answer /health; see $APP_LOG"
}

# ------------------------------------------------------------------------------------------- data
# The regions bench1…bench<n>, each with a roster of <per region> sponsors (about 5 % archived), replacing any.
bench_load_sponsors() { # regions per_region
  local regions=$1 per_region=$2 load_started
  say "loading $regions regions × $per_region sponsors"
  java -cp "$JAR" bench/BenchTool.java data "$OUT" "$regions" "$per_region" 42
  load_started=$(now_ms)
  ( cd "$OUT" && as_postgres >/dev/null <<SQL
  begin;
  insert into regions (code, name, name_en)
    select 'bench' || g, 'ベンチマーク支部' || g, 'Benchmark region ' || g from generate_series(1, $regions) g
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
}

# ------------------------------------------------------------------------------------------- Keycloak user
# Sets TOKEN to an access token of a region admin of bench1, created in Keycloak with its organization.
bench_token() {
  local BENCH_USER=bench1-admin ADMIN_TOKEN ORG_ID USER_ID ROLE
  say "creating organization bench1 and user $BENCH_USER in Keycloak"
  ADMIN_TOKEN=$(curl -sf -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$KC_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token)
  kc() { # curl arguments; prints the body, fails with the answer on an HTTP error
    local body code
    body=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' "$@") || die "Keycloak: curl $*"
    code=${body##*$'\n'}
    body=${body%$'\n'*}
    [ "$code" -lt 400 ] || die "Keycloak answered $code to $*: $body"
    printf '%s' "$body"
  }
  ADMIN_API=$KC_URL/admin/realms/mimamo
  org_id() { kc "$ADMIN_API/organizations?max=10000" | jq -r '.[] | select(.alias == "bench1") | .id'; }
  ORG_ID=$(org_id)
  if [ -z "$ORG_ID" ]; then
    kc -X POST -d '{"name":"ベンチマーク支部1","alias":"bench1","enabled":true}' "$ADMIN_API/organizations" >/dev/null
    ORG_ID=$(org_id)
  fi
  user_id() { kc "$ADMIN_API/users?username=$BENCH_USER&exact=true" | jq -r '.[0].id // empty'; }
  USER_ID=$(user_id)
  if [ -z "$USER_ID" ]; then
    kc -X POST -d "{\"username\":\"$BENCH_USER\",\"email\":\"$BENCH_USER@mimamo.example\",\"firstName\":\"太郎\",\"lastName\":\"計測\",\"enabled\":true,\"emailVerified\":true}" \
      "$ADMIN_API/users" >/dev/null
    USER_ID=$(user_id)
  fi
  kc -X PUT -d "{\"type\":\"password\",\"value\":\"$BENCH_PASSWORD\",\"temporary\":false}" "$ADMIN_API/users/$USER_ID/reset-password" >/dev/null
  ROLE=$(kc "$ADMIN_API/roles/region-admin" | jq -c '[{id, name}]')
  kc -X POST -d "$ROLE" "$ADMIN_API/users/$USER_ID/role-mappings/realm" >/dev/null
  if ! kc "$ADMIN_API/organizations/$ORG_ID/members?max=1000" | jq -e --arg id "$USER_ID" 'any(.[]; .id == $id)' >/dev/null; then
    kc -X POST -d "\"$USER_ID\"" "$ADMIN_API/organizations/$ORG_ID/members" >/dev/null
  fi
  TOKEN=$(curl -sf -d grant_type=password -d client_id=noren-cli -d "username=$BENCH_USER" -d "password=$BENCH_PASSWORD" \
    "$KC_URL/realms/mimamo/protocol/openid-connect/token" | jq -r .access_token)
  [ -n "$TOKEN" ] && [ "$TOKEN" != null ] || die "no token for $BENCH_USER"
  echo "$TOKEN" | cut -d. -f2 | tr '_-' '/+' | { read -r p; while [ $(( ${#p} % 4 )) -ne 0 ]; do p="$p="; done; echo "$p"; } \
    | base64 -d 2>/dev/null | jq '{iss, organization, roles, exp}' >"$OUT/token-claims.json"
}

# ------------------------------------------------------------------------------------------- CPU accounting
# CPU time (ms) of a process and of its reaped children: for PostgreSQL the postmaster's children are the
# backends, so this counts every backend, also those that ended during the run.
HZ=$(getconf CLK_TCK)
cpu_ms() { # pid…
  local total=0 pid t
  for pid in "$@"; do
    t=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
    total=$(( total + t ))
  done
  echo $(( total * 1000 / HZ ))
}
# Other work on the machine makes the figures unreliable: note each phase where it took over 10 % of the CPU.
BUSY_NOTES=""
note_others() { # phase others_ms
  local cap=$(( $(nproc) * DURATION * 1000 ))
  if [ "$2" -gt $(( cap / 10 )) ]; then
    BUSY_NOTES+="- $1: other processes used $2 ms of $cap ms CPU ($(( 100 * $2 / cap )) %)."$'\n'
    say "WARNING: other processes used $(( 100 * $2 / cap )) % of the CPU during $1"
  fi
}
per() { awk -v a="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.2f", a / n; else printf "0" }'; } # ms, count
busy_ms() { awk '/^cpu / { print int(($2 + $3 + $4 + $7 + $8 + $9) * 1000 / '"$HZ"') }' /proc/stat; }
pg_cpu_ms() { cpu_ms "$POSTMASTER_PID" $(ps --ppid "$POSTMASTER_PID" -o pid= | tr '\n' ' '); }
