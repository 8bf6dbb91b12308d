#!/usr/bin/env bash
# Installs Debian's PostgreSQL server when it is missing; the tests start and stop their own
# server from it (tests/pg_server.py), on a loopback port, in a temporary folder.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
exec bash "$(dirname "$0")/apt-install.sh" "PostgreSQL server" postgresql
