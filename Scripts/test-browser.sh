#!/usr/bin/env bash
# The page of `wengao serve` in real browsers: Tests/Browser (pytest; Playwright driving
# Debian's Chromium, and Firefox ESR through its own WebDriver BiDi). Uses the built wengao
# (WENGAO_BIN, else the debug build `swift build` makes). Under CI=true a missing browser,
# Playwright or websockets fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${WENGAO_BIN:-}" ]; then
  swift build --product wengao
  WENGAO_BIN="$(swift build --show-bin-path)/wengao"
fi
export WENGAO_BIN
exec python3 -m pytest -q Tests/Browser "$@"
