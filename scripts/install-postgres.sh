#!/usr/bin/env bash
# Installs Debian's PostgreSQL server when it is missing; the tests start and stop their own
# server from it (tests/pg_server.py), on a loopback port, in a temporary folder.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "PostgreSQL server is not installed and we are not root: install Debian's 'postgresql' package" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
echo "installing PostgreSQL from Debian's packages ..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
