#!/usr/bin/env bash
# Whole-process runs on a generated corpus: throughput at 1 and 2 threads,
# and peak memory at two corpus sizes (streaming: it should not grow).
#   benches/whole-process.sh [N]      (default 20000 articles)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
bin=target/release/diplotone
python3 benches/gen_corpus.py "$work/small" $((n / 10)) --jsonl
python3 benches/gen_corpus.py "$work/big" "$n" --jsonl
bytes=$(stat -c %s "$work/big/corpus.jsonl")
for j in 1 2; do
  start=$(date +%s.%N)
  "$bin" quotes --quiet -j "$j" "$work/big/corpus.jsonl" >"$work/out-$j.csv"
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  rows=$(($(wc -l <"$work/out-$j.csv") - 1))
  printf 'threads=%s articles=%s quotes=%s seconds=%.2f articles/s=%.0f MB/s=%.1f\n' \
    "$j" "$n" "$rows" "$secs" "$(echo "$n / $secs" | bc -l)" "$(echo "$bytes / $secs / 1000000" | bc -l)"
done
cmp -s "$work/out-1.csv" "$work/out-2.csv" && echo "same bytes at 1 and 2 threads"
for size in small big; do
  rss=$( { /usr/bin/time -f '%M' "$bin" speakers --quiet "$work/$size/corpus.jsonl" >/dev/null; } 2>&1 | tail -n 1)
  echo "speakers on $size corpus: peak RSS ${rss} KB"
done
