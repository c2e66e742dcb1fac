#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600) on one core.
# cargo-fuzz needs nightly features; on a stable toolchain
# RUSTC_BOOTSTRAP=1 enables them.
#   fuzz/run-all.sh [SECONDS] [TARGET...]
# By default new inputs grow the committed corpora (commit them after a
# review). With FUZZ_READONLY=1 (as in CI) the committed corpora are only
# read and new inputs go to a temporary folder. Exits non-zero when a
# target fails (a crash, a panic, an assertion), after running them all.
set -uo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(readers quotes tokenize lexicon)
failed=()
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  dirs=("corpus/$t")
  if [ "${FUZZ_READONLY:-0}" = 1 ]; then
    scratch=$(mktemp -d)
    dirs=("$scratch" "corpus/$t")
  fi
  echo "== $t ($secs s)"
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "${dirs[@]}" -- -max_total_time="$secs" -max_len=65536 -timeout=20 \
    >"${TMPDIR:-/tmp}/fuzz-$t.log" 2>&1
  rc=$?
  grep -E "^(#[0-9]+\s+(DONE|INITED)|Done|==[0-9]+==|SUMMARY|artifact)" "${TMPDIR:-/tmp}/fuzz-$t.log" | tail -n 4
  if [ $rc -ne 0 ]; then
    failed+=("$t")
    tail -n 30 "${TMPDIR:-/tmp}/fuzz-$t.log"
  fi
  [ "${FUZZ_READONLY:-0}" = 1 ] && rm -rf "$scratch"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
