#!/usr/bin/env bash
# Prints the GB/T 9704 measurement table for every document (see Docs/geometry.md).
#
#   Scripts/measure.sh                 both samples and the stress input, in both genres and formats
#   Scripts/measure.sh a.docx b.odt    the given documents
#
# Builds wengao and wengao-measure, renders everything in one LibreOffice start, and exits 1
# when any rule fails. Schemas are read from ../shared/schemas or $WENGAO_SCHEMAS.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --quiet --product wengao
swift build --quiet --product wengao-measure
bin=$(swift build --show-bin-path)

if [ $# -gt 0 ]; then
  exec "$bin/wengao-measure" "$@"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
documents=()
for input in Samples/half-year-summary.yaml Samples/meeting-speech.yaml Tests/WengaoEndToEndTests/Fixtures/stress.yaml; do
  name=$(basename "$input" .yaml)
  for genre in summary speech; do
    for format in docx odt; do
      "$bin/wengao" "$genre" "$input" -o "$out/$genre-$name.$format" 2>/dev/null \
        || "$bin/wengao" "$genre" "$input" -o "$out/$genre-$name.$format"  # again, to show why it failed
      documents+=("$out/$genre-$name.$format")
    done
  done
done
"$bin/wengao-measure" "${documents[@]}"
