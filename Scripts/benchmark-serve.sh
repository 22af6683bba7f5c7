#!/usr/bin/env bash
# Load on `wengao serve` (Docs/benchmark.md, "wengao serve under load"): POST
# /api/speech.docx with a ~5,000-character speech at 16 connections through wrk, on
# 127.0.0.1 only, bounded in time:
#   1. paced: each connection waits PACE_MS between its requests, which holds the rate a
#      little above 300 documents a second: the latency a user sees at the target rate;
#   2. flat out: no wait, in rounds of fixed length until 100,000 documents are answered
#      (at most 30 rounds): the most the machine gives, and the server's resident set after
#      every round;
# then what one PDF request costs.
#   Scripts/benchmark-serve.sh                 builds the release wengao first (build-release.sh)
#   WENGAO_BIN=path Scripts/benchmark-serve.sh uses that binary
# Options by environment: REQUESTS (100000), ROUND_SECONDS (10), CONNECTIONS (16), THREADS (1),
# PACE_MS (30), PACED_SECONDS (30), PDF_RUNS (5). wrk's latency is each request's own, from
# sending to the answer; the pause between requests is not in it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [ -z "${WENGAO_BIN:-}" ]; then
  ./Scripts/build-release.sh wengao >&2
  WENGAO_BIN="$(./Scripts/build-release.sh --bin-path)/wengao"
fi
requests=${REQUESTS:-100000}; round=${ROUND_SECONDS:-10}; connections=${CONNECTIONS:-16}
threads=${THREADS:-1}; pdf_runs=${PDF_RUNS:-5}; pace=${PACE_MS:-30}; paced_seconds=${PACED_SECONDS:-30}
work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The speech: the team's own phrases in a fixed order (no randomness, no copied text),
# grown until its texts hold about 5,000 characters.
python3 - "$work/speech.yaml" <<'PY'
import sys
subjects = ["基层治理", "营商环境", "安全生产", "民生保障", "干部队伍", "数字政务", "生态环境", "乡村振兴"]
verbs = ["健全", "完善", "深化", "压实", "优化", "推进"]
lines = ["title: 某某区2026年上半年工作总结", "organization: 某某区人民政府", "speaker: 张某某",
         "occasion: 全区2026年上半年工作推进会", "date: 2026-07-10", "audience: 同志们",
         "opening: 今天召开这次会议，主要是总结上半年工作，分析当前形势，部署下半年重点任务。"]
count = 60
def details(i, j):
    s = subjects[(i + j) % len(subjects)]
    return f"围绕{s}这项重点工作，{verbs[(i * 3 + j) % len(verbs)]}工作机制{i + j + 3}项，完成年度任务的{52 + (i * 7 + j) % 40}%，群众满意度稳步提高。"
chars = sum(len(l) for l in lines)
parts = {"achievements": [], "problems": [], "next_steps": []}
i = 0
while chars < 5000:
    part = ["achievements", "achievements", "problems", "next_steps"][i % 4]
    point = f"{verbs[i % len(verbs)]}{subjects[i % len(subjects)]}工作机制"
    d = [details(i, 0), details(i, 1)]
    parts[part].append((point, d))
    chars += len(point) + sum(len(x) for x in d)
    i += 1
for part, items in parts.items():
    lines.append(f"{part}:")
    lines.append("  items:")
    for point, d in items:
        lines.append(f"    - point: {point}")
        lines.append("      details:")
        lines += [f"        - {x}" for x in d]
lines.append("closing: 同志们，下半年任务艰巨，让我们共同努力，确保全年目标任务圆满完成。")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"speech: {chars} characters of text, {sum(len(v) for v in parts.values())} items", file=sys.stderr)
PY

"$WENGAO_BIN" serve --port 0 > "$work/out.log" 2> "$work/serve.log" &
server_pid=$!
for _ in $(seq 1 100); do grep -q "http://127.0.0.1:" "$work/serve.log" && break; sleep 0.1; done
url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.log" | head -1)"
[ -n "$url" ] || { echo "wengao serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$server_pid/status"; }

# The same bytes from the API as from the command line: a load of the wrong documents proves nothing.
curl -sf -X POST --data-binary @"$work/speech.yaml" "${url}api/speech.docx" -o "$work/api.docx"
"$WENGAO_BIN" speech "$work/speech.yaml" -o "$work/cli.docx" 2>/dev/null
cmp -s "$work/api.docx" "$work/cli.docx" || { echo "the API's DOCX differs from the command line's" >&2; exit 1; }

cat > "$work/post.lua" <<LUA
wrk.method = "POST"
local file = io.open("$work/speech.yaml", "rb")
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/yaml"
done = function(summary, latency, requests)
  io.write(string.format("ROUND %d %d %d %.3f %.3f %.3f\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
{ cat "$work/post.lua"; echo "function delay() return $pace end"; } > "$work/paced.lua"

echo "server: $url  binary: $WENGAO_BIN  cores: $(nproc)  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rss at start: $(rss) MiB"
wrk -t"$threads" -c"$connections" -d2s -s "$work/post.lua" "${url}api/speech.docx" > /dev/null  # warm-up
echo "rss after warm-up: $(rss) MiB"
line="$(wrk -t"$threads" -c"$connections" -d"${paced_seconds}s" --latency -s "$work/paced.lua" "${url}api/speech.docx" | grep '^ROUND')"
read -r _ count micros errors p50 p99 max <<< "$line"
printf 'paced (%s ms between requests, %s connections, %s s): %d documents, %.0f docs/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %s errors\n' \
  "$pace" "$connections" "$paced_seconds" "$count" "$(awk -v c="$count" -v u="$micros" 'BEGIN { print c / (u / 1e6) }')" "$p50" "$p99" "$max" "$errors"
echo "flat out:"
printf '| round | documents | docs/s | p50 ms | p99 ms | max ms | errors | RSS MiB |\n|---|---|---|---|---|---|---|---|\n'
total=0; rounds=0; worst_p99=0; min_rate=""; rss_first=""; rss_last=""
while [ "$total" -lt "$requests" ] && [ "$rounds" -lt 30 ]; do
  rounds=$((rounds + 1))
  line="$(wrk -t"$threads" -c"$connections" -d"${round}s" --latency -s "$work/post.lua" "${url}api/speech.docx" | grep '^ROUND')"
  read -r _ count micros errors p50 p99 max <<< "$line"
  rate=$(awk -v c="$count" -v u="$micros" 'BEGIN { printf "%.0f", c / (u / 1e6) }')
  total=$((total + count)); now="$(rss)"
  [ -z "$rss_first" ] && rss_first="$now"; rss_last="$now"
  worst_p99=$(awk -v a="$worst_p99" -v b="$p99" 'BEGIN { print (b > a) ? b : a }')
  min_rate=$(awk -v a="${min_rate:-999999}" -v b="$rate" 'BEGIN { print (b < a) ? b : a }')
  printf '| %d | %d | %s | %.2f | %.2f | %.2f | %s | %s |\n' "$rounds" "$total" "$rate" "$p50" "$p99" "$max" "$errors" "$now"
done
echo
echo "documents: $total in $rounds rounds; slowest round $min_rate docs/s; worst p99 $worst_p99 ms; RSS after round 1 $rss_first MiB, at the end $rss_last MiB"

# One PDF request at a time: generation plus one LibreOffice start, as the command line's -o x.pdf.
times=()
for _ in $(seq 1 "$pdf_runs"); do
  times+=("$(curl -sf -o "$work/api.pdf" -w '%{time_total}' -X POST --data-binary @"$work/speech.yaml" "${url}api/speech.pdf")")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "PDF request: median %.0f ms of %d (min %.0f, max %.0f); rss after: ", a[int((NR + 1) / 2)] * 1000, NR, a[1] * 1000, a[NR] * 1000 }'
echo "$(rss) MiB"
