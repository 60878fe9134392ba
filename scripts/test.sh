#!/usr/bin/env bash
# Set up everything the tests need on a fresh Debian with Python 3.11, then run
# lint, type checks and the whole test suite. `.ci/run` runs exactly this script.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the tests use (installed only when missing; needs root or sudo).
apt_packages=()
need() { command -v "$1" >/dev/null 2>&1 || apt_packages+=("$2"); }
need chromium chromium          # browser tests (Playwright drives Debian's chromium)
if [ ${#apt_packages[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q && $SUDO apt-get install -y -q "${apt_packages[@]}"
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev,spacy]'

.venv/bin/ruff check .
.venv/bin/mypy
set +e
.venv/bin/pytest -q -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"
