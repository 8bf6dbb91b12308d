#!/usr/bin/env bash
# Installs Debian's Tesseract with its Dutch language data when either is missing; the PDF
# reader reads pages without a text layer (scans) with it (src/kamerbrieven/ingest/ocr.py).
# The language data comes from the Debian package: nothing is downloaded at run time.
set -euo pipefail
if command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx nld; then
  exit 0
fi
exec bash "$(dirname "$0")/apt-install.sh" "Tesseract with Dutch" tesseract-ocr tesseract-ocr-nld
