#!/usr/bin/env bash
# Every test: unit, golden files, the real binary end to end, LibreOffice rendering, and
# `wengao serve`'s page in a real browser (Scripts/test-browser.sh, after swift test).
# Installs what the tests need first (LibreOffice, CJK fonts, poppler, libxml2).
set -euo pipefail
cd "$(dirname "$0")/.."
./Scripts/install-dependencies.sh
swift test "$@"
./Scripts/test-browser.sh
