#!/usr/bin/env bash
# Installs Debian's Tesseract with its Dutch language data when either is missing; the PDF
# reader reads pages without a text layer (scans) with it (src/kamerbrieven/ingest/ocr.py).
# The language data comes from the Debian package: nothing is downloaded at run time.
set -euo pipefail
if command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx nld; then
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "Tesseract with Dutch is not installed and we are not root: install Debian's 'tesseract-ocr' and 'tesseract-ocr-nld' packages" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
echo "installing Tesseract with Dutch from Debian's packages ..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq tesseract-ocr tesseract-ocr-nld >/dev/null
