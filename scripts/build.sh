#!/usr/bin/env bash
# Build the site into site/ (strict: a broken link or anchor stops the build).
set -euo pipefail
cd "$(dirname "$0")/.."
NEED_BROWSER="${NEED_BROWSER:-0}" bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
.venv/bin/mkdocs build --strict --quiet
echo "== built site/"
