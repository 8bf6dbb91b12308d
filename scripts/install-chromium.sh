#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing; the web app's end-to-end tests drive it
# headless through Playwright (tests/web/), launched with executable_path=/usr/bin/chromium.
# Playwright's own browser download (`playwright install`) is never used: the browser comes
# from the Debian package, the Playwright Python package from PyPI (pyproject's dev extra).
set -euo pipefail
if command -v chromium >/dev/null; then
  exit 0
fi
exec bash "$(dirname "$0")/apt-install.sh" "Chromium" chromium fonts-dejavu-core
