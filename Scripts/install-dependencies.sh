#!/usr/bin/env bash
# Installs the Debian packages Wengao builds and tests with, when they are missing.
#   libxml2-dev              libxml2 headers and libxml2.a (the writers and the markup parser)
#   liblzma-dev              liblzma.a, which the static libxml2 links against
#   libyaml-dev              libyaml (yaml.h, libyaml.a): the input and style files' parser
#   libreoffice-writer-nogui the real consumer: tests convert every output to PDF
#   fonts-noto-cjk           CJK fonts for LibreOffice when the GB2312 fonts are absent
#   poppler-utils            pdftotext / pdfinfo read the rendered pages
#   libxml2-utils            xmllint, for people checking parts by hand
#   time                     /usr/bin/time measures the binary on hostile inputs (validation tests)
#   zlib1g-dev               libz.a, which the static libxml2 links against
#   libdeflate-dev           libdeflate (the package writer's deflate and CRC-32)
#   fonts-arphic-gkai00mp    AR PL KaitiM GB: the PDF's 楷体 (all 6,763 GB2312 hanzi)
#   texlive-lang-chinese     FandolFang, the one free 仿宋 with all of GB2312: the PDF's body face
#   fonts-liberation         Liberation Serif, Times New Roman's metrics: digits and Latin letters
#                            render at the widths the 署名/成文日期 layout computes
#   libopencc-dev            OpenCC (opencc.h, libopencc and its t2s dictionaries): `wengao import --simplified`
#   chromium                 the real browser Tests/Browser drives through `wengao serve`'s page
#   firefox-esr              the second browser: Tests/Browser drives it through its own WebDriver BiDi
#   wrk                      the HTTP load of Scripts/benchmark-serve.sh (127.0.0.1 only)
# and, from pip, jsonschema and pyyaml: the schema tests check inputs as an editor would;
# playwright and pytest: Tests/Browser drives Debian's chromium with Playwright (never
# `playwright install`: the browser is Debian's, not a download); websockets: the BiDi
# connection to Firefox.
set -euo pipefail
if ! python3 -c "import jsonschema, yaml" 2>/dev/null; then
  python3 -m pip install --quiet jsonschema pyyaml
fi
if ! python3 -c "import playwright.sync_api, pytest, websockets" 2>/dev/null; then
  python3 -m pip install --quiet playwright pytest websockets
fi
packages=(libxml2-dev liblzma-dev libyaml-dev libreoffice-writer-nogui fonts-noto-cjk poppler-utils libxml2-utils time zlib1g-dev libdeflate-dev
          fonts-arphic-gkai00mp texlive-lang-chinese fonts-liberation patch libopencc-dev
          chromium firefox-esr wrk)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
