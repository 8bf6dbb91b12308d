#!/usr/bin/env bash
# A PostgreSQL server to try kamerbrieven's PostgreSQL backend on, from Debian's package
# (installed with apt-get when missing). Listens on 127.0.0.1 only, trusts loopback.
#
#   scripts/postgres.sh start [--dir /tmp/kamerbrieven-pg] [--port 5433]
#       prints the URL to pass as --db
#   scripts/postgres.sh stop  [--dir /tmp/kamerbrieven-pg]
#   scripts/postgres.sh status|install
#
# The tests don't need this: they start and remove their own server (tests/pg_server.py).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
exec "$PY" tests/pg_server.py "$@"
