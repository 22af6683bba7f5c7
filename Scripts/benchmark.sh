#!/usr/bin/env bash
# Builds wengao and wengao-bench for release, as one static executable each the way
# Scripts/setup.sh ships wengao (Scripts/build-release.sh), and prints the benchmark table
# (Docs/benchmark.md). Arguments go to wengao-bench, e.g. --quick or --documents 200.
set -euo pipefail
cd "$(dirname "$0")/.."
./Scripts/build-release.sh wengao
./Scripts/build-release.sh wengao-bench
exec "$(./Scripts/build-release.sh --bin-path)/wengao-bench" "$@"
