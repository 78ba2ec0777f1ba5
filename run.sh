#!/usr/bin/env bash
# Runs みま～も Noren with no configuration: embedded PostgreSQL 17, Keycloak with the demo realm, a local
# SMTP server and the application with demo regions. Data is kept in .noren/ between runs. Ctrl-C stops all.
# Every part can be pointed elsewhere instead; see docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${NOREN_SKIP_BUILD:-}" != "1" ]; then
  echo "ビルドしています（初回は依存関係のダウンロードで数分かかります）…"
  mvn -B -q -DskipTests install
fi

exec java ${NOREN_JAVA_OPTS:-} -cp backend/target/noren.jar jp.mimamo.noren.devstack.DevStack "$@"
