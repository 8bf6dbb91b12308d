#!/usr/bin/env bash
# Installs Debian packages as root or via sudo, for the install-*.sh scripts that first check
# whether what they need is already there.  Usage: apt-install.sh WHAT PACKAGE...
set -euo pipefail
what=$1; shift
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "$what is not installed and we are not root: install Debian's package(s) $*" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
echo "installing $what from Debian's packages ($*) ..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
