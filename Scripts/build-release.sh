#!/usr/bin/env bash
# Builds a product for release the way Wengao ships: one static executable, with the Swift
# standard library, FoundationEssentials and the C libraries inside, and no dynamic loader
# at start-up (Docs/design-notes.md, "One static executable").
#   Scripts/build-release.sh PRODUCT     builds it
#   Scripts/build-release.sh --bin-path  prints the folder the executables go to
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(-c release --static-swift-stdlib -Xswiftc -static-executable)
if [ "${1:-}" = "--bin-path" ]; then
  exec swift build "${flags[@]}" --show-bin-path
fi
exec swift build "${flags[@]}" --product "$1"
