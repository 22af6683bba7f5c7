#!/usr/bin/env bash
# Builds wengao and wengao-bench for release, with the Swift standard library and
# Foundation linked statically as Scripts/setup.sh ships them, and prints the benchmark table
# (Docs/benchmark.md). Arguments go to wengao-bench, e.g. --quick or --documents 200.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product wengao
swift build -c release --static-swift-stdlib --product wengao-bench
exec .build/release/wengao-bench "$@"
