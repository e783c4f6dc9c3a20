#!/usr/bin/env bash
# The whole test suite: set up, build the site, then every test (engine, Pyodide
# parity, browser). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
NEED_BROWSER=1 bash scripts/setup.sh
bash scripts/build.sh
set +e
# Two workers: the machines (CI included) have 2 cores; the browser tests are mostly waiting.
.venv/bin/python -m pytest -n "${PYTEST_WORKERS:-2}" "$@"
rc=$?
set -e
if [ "$rc" = 5 ]; then
  echo "pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit "$rc"
