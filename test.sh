#!/usr/bin/env bash
# Runs every test: frontend (Vitest), backend unit and HTTP tests against a real PostgreSQL, and the suites
# that start a real Keycloak and drive Debian's Chromium (*IT). Needs Chromium at /usr/bin/chromium
# (Debian package "chromium"); .ci/run installs it on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B verify "$@"
