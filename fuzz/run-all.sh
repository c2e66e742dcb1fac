#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600) on one core, growing
# the committed corpora. cargo-fuzz needs nightly features; on a stable
# toolchain RUSTC_BOOTSTRAP=1 enables them.
#   fuzz/run-all.sh [SECONDS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(readers quotes tokenize lexicon)
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  echo "== $t ($secs s)"
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "corpus/$t" -- -max_total_time="$secs" -max_len=65536 -timeout=20 2>&1 \
    | grep -E "^(#[0-9]+\s+(DONE|INITED)|Done|==[0-9]+==|SUMMARY|artifact)" | tail -n 4
done
