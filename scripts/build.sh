#!/usr/bin/env bash
# Build the site into site/ (strict: a broken link or anchor stops the build).
set -euo pipefail
cd "$(dirname "$0")/.."
NEED_BROWSER="${NEED_BROWSER:-0}" bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
# Not --quiet: it hides the warnings that --strict counts, so broken links would pass.
# INFO lines are filtered out instead; pipefail keeps mkdocs' exit status.
.venv/bin/mkdocs build --strict 2>&1 | { grep -v '^INFO ' || true; }
echo "== built site/"
