#!/usr/bin/env bash
# End-to-end extraction throughput and peak memory of `marsad extract` on the Arabic
# source texts of the Airwars dev set, and the knowledge-base load time.
#
#   bench/throughput.sh [--copies K] [--runs R] [--kb-runs N] [--data FILE]
#
# The Arabic texts are written to a temporary JSON Lines file (one article a line,
# `published` when the set gives a usable ISO publication date), replicated K times with
# distinct ids (default 10) so a run lasts a few seconds; then
# `marsad extract -q FILE > /dev/null` runs with -j 1 and -j 2 under /usr/bin/time -v,
# R times each (default 3), and the median wall time and the largest peak RSS are shown.
# `marsad kb stats` (which prints the KB load time) runs N times (default 7).
# Nothing from ../shared is written into the repository; temporary files go to mktemp.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${AIRWARS_DEV:-$ROOT/../shared/data/airwars/incidents-dev.jsonl}"
COPIES=10
RUNS=3
KB_RUNS=7
while [[ $# -gt 0 ]]; do
  case "$1" in
    --copies) COPIES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --kb-runs) KB_RUNS="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

MARSAD="$ROOT/target/release/marsad"
if [[ ! -x "$MARSAD" ]]; then
  echo "building target/release/marsad ..." >&2
  (cd "$ROOT" && cargo build --release --quiet)
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "/usr/bin/time is missing; installing Debian's time package ..." >&2
  if ! { apt-get install -y -qq time >&2 || { apt-get update -qq >&2 && apt-get install -y -qq time >&2; }; }; then
    echo "could not install /usr/bin/time; peak memory cannot be measured" >&2
    exit 1
  fi
fi

TMP="$(mktemp -d -t marsad-throughput-XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

python3 - "$DATA" "$COPIES" "$TMP/ar.jsonl" > "$TMP/corpus.txt" <<'PY'
import json, re, sys
data, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
iso = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[Tt ])")
recs = []
with open(data, encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        inc = json.loads(line)
        for i, s in enumerate(inc.get("sources") or []):
            if (s.get("language") or "").lower() != "ar":
                continue
            rec = {"id": f"{inc['incident_code']}#{i}", "text": s.get("text") or "", "language": "ar"}
            m = iso.match((s.get("publication_date") or "").strip())
            if m:
                rec["published"] = m.group(1)
            recs.append(rec)
text_bytes = 0
with open(out, "w", encoding="utf-8") as f:
    for k in range(copies):
        for r in recs:
            r2 = dict(r, id=f"{r['id']}@{k}")
            text_bytes += len(r2["text"].encode("utf-8"))
            f.write(json.dumps(r2, ensure_ascii=False) + "\n")
print(len(recs), len(recs) * copies, text_bytes)
PY
read -r UNIQUE ARTICLES TEXT_BYTES < "$TMP/corpus.txt"
FILE_BYTES=$(stat -c %s "$TMP/ar.jsonl")

# Runs a command under /usr/bin/time -v; prints "wall_seconds peak_rss_kb cpu_seconds".
measure() {
  /usr/bin/time -v -o "$TMP/time.txt" "$@" > /dev/null 2> "$TMP/stderr.txt" || {
    echo "command failed: $*" >&2; cat "$TMP/stderr.txt" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $2 }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
    END { print wall, rss, cpu }' "$TMP/time.txt"
}

# Share of CPU time the whole machine spent busy over one second (other processes included).
busy_pct() {
  local a b
  a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
  awk -v a="${a[*]}" -v b="${b[*]}" 'BEGIN {
    n = split(a, x, " "); split(b, y, " "); t = 0; idle = 0
    for (i = 2; i <= n; i++) t += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    printf "%.0f", (t > 0) ? 100 * (t - idle) / t : 0 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "marsad end-to-end throughput on the Airwars dev set's Arabic texts ($(date -u +%Y-%m-%d), $(nproc) cores)"
echo "binary: $MARSAD ($(stat -c %y "$MARSAD" | cut -d. -f1))"
echo "input: $UNIQUE Arabic articles x $COPIES copies = $ARTICLES articles;" \
  "$(awk -v b="$TEXT_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB of text" \
  "($(awk -v b="$FILE_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB as JSON Lines); median of $RUNS runs each"
echo "wall, articles/s and MB/s are medians of the runs (MB/s counts UTF-8 text bytes); CPU s is the median" \
  "user+sys time; start-up and KB load are inside every run;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
BUSY=$(busy_pct)
echo "CPU busy (all processes) in the second before the runs: ${BUSY}%$( ((BUSY > 10)) && echo \
  " -- WARNING: something else is running; wall-clock figures are pessimistic, see articles/CPU-s and best wall")"
echo
printf '| %-4s | %8s | %10s | %19s | %5s | %13s | %11s | %14s | %13s |\n' jobs "wall (s)" "articles/s" "articles/s per core" "MB/s" "best wall (s)" "CPU s (u+s)" "articles/CPU-s" "peak RSS (MB)"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ------ ---------- ------------ --------------------- ------- --------------- ------------- ---------------- ---------------
for J in 1 2; do
  : > "$TMP/walls"; : > "$TMP/cpus"; PEAK=0
  for ((r = 0; r < RUNS; r++)); do
    read -r W RSS CPU < <(measure "$MARSAD" extract -q -j "$J" "$TMP/ar.jsonl")
    echo "$W" >> "$TMP/walls"; echo "$CPU" >> "$TMP/cpus"
    (( RSS > PEAK )) && PEAK=$RSS
  done
  W=$(median < "$TMP/walls"); CPU=$(median < "$TMP/cpus"); BEST=$(sort -g "$TMP/walls" | head -1)
  awk -v j="$J" -v w="$W" -v bw="$BEST" -v c="$CPU" -v n="$ARTICLES" -v b="$TEXT_BYTES" -v rss="$PEAK" 'BEGIN {
    printf "| %-4s | %8.2f | %10.0f | %19.0f | %5.2f | %13.2f | %11.2f | %14.0f | %13.1f |\n", j, w, n / w, n / w / j, b / 1e6 / w, bw, c, n / c, rss / 1024 }'
done

echo
: > "$TMP/loads"; KB_PEAK=0
for ((r = 0; r < KB_RUNS; r++)); do
  /usr/bin/time -v -o "$TMP/time.txt" "$MARSAD" kb stats > "$TMP/kb.txt" 2>&1
  sed -n 's/.*loaded in *\([0-9.]*\) *ms.*/\1/p' "$TMP/kb.txt" >> "$TMP/loads"
  RSS=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$TMP/time.txt")
  (( RSS > KB_PEAK )) && KB_PEAK=$RSS
done
LOADS=$(sort -g "$TMP/loads" | tr '\n' ' ')
echo "knowledge base load (\`marsad kb stats\`, $KB_RUNS runs): median $(median < "$TMP/loads") ms" \
  "(all: ${LOADS% }), peak RSS of the whole command $(awk -v r="$KB_PEAK" 'BEGIN { printf "%.1f", r / 1024 }') MB"
sed -n '1,2p' "$TMP/kb.txt" | sed 's/^/  /'
