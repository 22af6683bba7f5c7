#!/usr/bin/env bash
# The main job: install what is missing, build wengao (release), and write the sample
# documents into Output/: the half-year summary and the meeting speech, each as .docx and .odt.
set -euo pipefail
cd "$(dirname "$0")/.."
./Scripts/install-dependencies.sh
./Scripts/build-release.sh wengao
bin="$(./Scripts/build-release.sh --bin-path)/wengao"
"$bin" summary Samples/half-year-summary.yaml
"$bin" speech Samples/meeting-speech.yaml
echo "Samples written to Output/:"
ls -1 Output/*.docx Output/*.odt
echo "The web page for filling in, checking and downloading: $bin serve  (then open http://127.0.0.1:8080/)"
