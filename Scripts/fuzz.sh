#!/usr/bin/env bash
# Builds the libFuzzer target (Fuzz/, a package of its own so `swift build` never builds it)
# with -sanitize=fuzzer,address and runs it over parse → validate → template → write.
#   Scripts/fuzz.sh [seconds] [input|style|template|import-text|import-zip]      default 600 s of input files
# The mode picks what the bytes are (WENGAO_FUZZ_MODE; Fuzz/Sources/WengaoFuzz/FuzzTarget.swift);
# style files and templates have seed corpora of their own (Fuzz/Corpus-style, Fuzz/Corpus-template).
# New inputs go to Fuzz/.build/corpus (the committed seeds in Fuzz/Corpus stay as they are);
# crashes, leaks and slow inputs go to Fuzz/Findings/. Each finding becomes a regression
# fixture in Tests/WengaoKitTests/Fixtures/fuzz/, which `swift test` runs.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
mode="${2:-input}"
case "$mode" in
  input) seeds=Fuzz/Corpus; dict=(-dict=Fuzz/yaml.dict) ;;
  style) seeds=Fuzz/Corpus-style; dict=(-dict=Fuzz/yaml.dict) ;;
  template) seeds=Fuzz/Corpus-template; dict=(-dict=Fuzz/mustache.dict) ;;
  import-text) seeds=Fuzz/Corpus-import-text; dict=() ;;
  import-zip) seeds=Tests/WengaoEndToEndTests/Fixtures/import; dict=() ;;
  *) echo "mode: input, style, template, import-text or import-zip" >&2; exit 64 ;;
esac
# -enable-testing: the target checks each written part with the library's internal writers.
# The coverage flags are spelled out: with Swift 6.3, `--sanitize=fuzzer` alone left WengaoKit's
# objects without coverage counters (libFuzzer ran blind: "cov: 0", "no interesting inputs").
swift build --package-path Fuzz -c release --sanitize=fuzzer --sanitize=address -Xswiftc -enable-testing \
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
corpus="Fuzz/.build/corpus-$mode"
[ "$mode" = input ] && corpus=Fuzz/.build/corpus
mkdir -p "$corpus" Fuzz/Findings
export WENGAO_FUZZ_MODE="$mode"
# The template tree loaded once at start looks leaked to LeakSanitizer (Fuzz/lsan.supp says why).
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"
# One worker in fork mode keeps going after a finding, so a run always lasts its time and
# reports every finding; -timeout turns any input slower than 5 s into a finding.
exec Fuzz/.build/release/WengaoFuzz "$corpus" "$seeds" \
  ${dict[@]+"${dict[@]}"} -max_len="$([ "$mode" = import-zip ] && echo 65536 || echo 8192)" -timeout=5 -rss_limit_mb=2048 \
  -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="Fuzz/Findings/$mode-"
