# Shared by the benchmarks (run.sh, import.sh): settings, logging, clean-up, the database and Keycloak, the
# application, a region admin's token and CPU accounting. Source it from the repository root after setting OUT.
# shellcheck shell=bash

APP_PORT=${BENCH_APP_PORT:-18080}
KC_PORT=${BENCH_KEYCLOAK_PORT:-18280}
KC_MGMT_PORT=${BENCH_KEYCLOAK_MANAGEMENT_PORT:-18290}
DB_PORT=${BENCH_DB_PORT:-55439}
KEYCLOAK_VERSION=26.5.0
HOME_DIR=$REPO/.noren/bench            # ignored by git like every .noren directory
JAR=$REPO/backend/target/noren.jar
APP_URL=http://127.0.0.1:$APP_PORT
KC_URL=http://localhost:$KC_PORT       # the token issuer is http://localhost:<port>

NICE=()
[ -z "${BENCH_NICE:-}" ] || NICE=(nice -n "$BENCH_NICE")

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/bench.log" >&2; }
die() { say "ERROR: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

require_tools() { # tool…
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install wrk postgresql-client jq curl time)"
  done
  local port
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

# --------------------------------------------------------------------------------- build, database and Keycloak
build_if_needed() {
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
}

start_infra() {
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
  export PGHOST=127.0.0.1 PGPORT=$DB_PORT PGDATABASE=noren PGCLIENTENCODING=UTF8
}
as_postgres() { PGUSER=postgres PGPASSWORD=postgres psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# ------------------------------------------------------------------------------------------- the app
APP_LOG=""
start_app() { # log file
  APP_LOG=$1
  local url="jdbc:postgresql://127.0.0.1:$DB_PORT/noren"
  # The stats and owner URLs are given as system properties: application.yml's fallbacks
  # ${STATS_DATASOURCE_URL:${datasources.default.url}} and ${OWNER_DATASOURCE_URL:…} do not resolve (a nested
  # placeholder in a default), so under java -jar they give a broken URL (see docs/performance.md).
  # shellcheck disable=SC2086
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

# ------------------------------------------------------------------------------------------- Keycloak user
# A region admin of <alias> in Keycloak (organization and user created when missing); sets TOKEN. A fifth argument
# gives another realm role (responder).
region_admin() { # alias name user password [role]
  local alias=$1 name=$2 user=$3 password=$4 role_name=${5:-region-admin}
  say "creating organization $alias and user $user in Keycloak"
  ADMIN_TOKEN=$(curl -sf -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$KC_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token)
  ADMIN_API=$KC_URL/admin/realms/mimamo
  local org user_id role
  org=$(kc "$ADMIN_API/organizations?max=10000" | jq -r --arg a "$alias" '.[] | select(.alias == $a) | .id')
  if [ -z "$org" ]; then
    kc -X POST -d "{\"name\":\"$name\",\"alias\":\"$alias\",\"enabled\":true}" "$ADMIN_API/organizations" >/dev/null
    org=$(kc "$ADMIN_API/organizations?max=10000" | jq -r --arg a "$alias" '.[] | select(.alias == $a) | .id')
  fi
  user_id=$(kc "$ADMIN_API/users?username=$user&exact=true" | jq -r '.[0].id // empty')
  if [ -z "$user_id" ]; then
    kc -X POST -d "{\"username\":\"$user\",\"email\":\"$user@mimamo.example\",\"firstName\":\"太郎\",\"lastName\":\"計測\",\"enabled\":true,\"emailVerified\":true}" \
      "$ADMIN_API/users" >/dev/null
    user_id=$(kc "$ADMIN_API/users?username=$user&exact=true" | jq -r '.[0].id // empty')
  fi
  kc -X PUT -d "{\"type\":\"password\",\"value\":\"$password\",\"temporary\":false}" "$ADMIN_API/users/$user_id/reset-password" >/dev/null
  role=$(kc "$ADMIN_API/roles/$role_name" | jq -c '[{id, name}]')
  kc -X POST -d "$role" "$ADMIN_API/users/$user_id/role-mappings/realm" >/dev/null
  if ! kc "$ADMIN_API/organizations/$org/members?max=1000" | jq -e --arg id "$user_id" 'any(.[]; .id == $id)' >/dev/null; then
    kc -X POST -d "\"$user_id\"" "$ADMIN_API/organizations/$org/members" >/dev/null
  fi
  token_for "$user" "$password"
}
token_for() { # user password; sets TOKEN (an access token lives 5 minutes: take a new one before each measurement)
  TOKEN=$(curl -sf -d grant_type=password -d client_id=noren-cli -d "username=$1" -d "password=$2" \
    "$KC_URL/realms/mimamo/protocol/openid-connect/token" | jq -r .access_token)
  [ -n "$TOKEN" ] && [ "$TOKEN" != null ] || die "no token for $1"
}
kc() { # curl arguments; prints the body, fails with the answer on an HTTP error
  local body code
  body=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' "$@") || die "Keycloak: curl $*"
  code=${body##*$'\n'}
  body=${body%$'\n'*}
  [ "$code" -lt 400 ] || die "Keycloak answered $code to $*: $body"
  printf '%s' "$body"
}
token_claims() { # file
  echo "$TOKEN" | cut -d. -f2 | tr '_-' '/+' | { read -r p; while [ $(( ${#p} % 4 )) -ne 0 ]; do p="$p="; done; echo "$p"; } \
    | base64 -d 2>/dev/null | jq '{iss, organization, roles, exp}' >"$1"
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
busy_ms() { awk '/^cpu / { print int(($2 + $3 + $4 + $7 + $8 + $9) * 1000 / '"$HZ"') }' /proc/stat; }
pg_cpu_ms() { cpu_ms "$POSTMASTER_PID" $(ps --ppid "$POSTMASTER_PID" -o pid= | tr '\n' ' '); }
per() { awk -v a="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.2f", a / n; else printf "0" }'; } # ms, count
