#!/usr/bin/env bash
# Set up everything the site and the tests need, on a fresh machine or an old one.
# Idempotent and quick when nothing changed. Needs: Python 3.11+, Node 20+, and
# root (or sudo) once for Debian's chromium, which the browser tests drive.
set -euo pipefail
cd "$(dirname "$0")/.."

need_browser="${NEED_BROWSER:-1}"

# Debian's packages, in one apt-get run that goes on in the background while pip and npm install
# (they do not depend on each other; on a fresh machine this is the longest part of the set-up).
#  - chromium: the browser tests. The fonts are named so print tests (page counts) measure the
#    same text on every machine.
#  - LibreOffice (Writer only, no GUI) and poppler: the Word documents are checked the way a
#    committee sees them (tests/templates/test_templates_libreoffice.py). Carlito has Calibri's
#    metrics, so line breaks match Word's.
apt_packages=()
if [ "$need_browser" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  apt_packages+=(chromium fonts-liberation fonts-dejavu-core)
fi
if [ "${NEED_OFFICE:-1}" = 1 ] && { [ ! -x /usr/bin/soffice ] || [ ! -x /usr/bin/pdftotext ] \
     || [ ! -f /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf ]; }; then
  apt_packages+=(libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito)
fi
apt_pid=""
apt_log=""
if [ "${#apt_packages[@]}" -gt 0 ]; then
  echo "== installing Debian's ${apt_packages[*]} (in the background)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  apt_log=$(mktemp)
  ( $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}" ) \
    >"$apt_log" 2>&1 &
  apt_pid=$!
fi

stamp() { sha256sum "$@" | sha256sum | cut -c1-16; }

if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  python3 -m venv .venv
fi
py_stamp=$(stamp requirements.txt pyproject.toml)
if [ "$(cat .venv/.stamp 2>/dev/null)" != "$py_stamp" ]; then
  echo "== installing pinned Python packages"
  .venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
  echo "$py_stamp" > .venv/.stamp
fi

js_stamp=$(stamp package.json package-lock.json)
if [ "$(cat node_modules/.stamp 2>/dev/null)" != "$js_stamp" ]; then
  echo "== installing pinned npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$js_stamp" > node_modules/.stamp
fi

if [ -n "$apt_pid" ]; then
  if ! wait "$apt_pid"; then
    cat "$apt_log" >&2
    echo "apt-get could not install: ${apt_packages[*]}" >&2
    exit 1
  fi
  rm -f "$apt_log"
  echo "== Debian's packages are installed"
fi
