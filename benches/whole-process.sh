#!/usr/bin/env bash
# Whole-process runs on a generated corpus, as a user runs them:
#   benches/whole-process.sh [N_ARTICLES [RUNS]]   (defaults 6000, about 10 MB; 5 runs)
#
# Prints, as medians of RUNS runs: MB/s of input, articles/s, quotes/s and
# peak RSS of `quotes --format csv` at 1 and 2 threads and of `speakers`;
# checks that 1 and 2 threads write the same bytes; and runs a pinned peer,
# VADER's Rust port (crate vader_sentiment, built in a scratch folder under
# target/, never committed) scoring every sentence of the same corpus in the
# same run, and prints our speed as a ratio of the peer's.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-6000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
bin=target/release/diplotone

# The peer: its own cargo project, its version pinned exactly.
peer=target/vader-peer
mkdir -p "$peer/src"
cat >"$peer/Cargo.toml" <<'EOF'
[package]
name = "vader-peer"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
vader_sentiment = "=0.1.1"
serde_json = "1"
unicode-segmentation = "1"

[profile.release]
debug = 1
EOF
cat >"$peer/src/main.rs" <<'EOF'
// VADER's Rust port scoring every sentence of every article of a JSONL
// corpus; prints the count and the sum of compound scores so no work can
// be skipped.
use std::io::{BufRead, BufReader};
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let path = std::env::args().nth(1).expect("usage: vader-peer CORPUS.jsonl");
    let analyzer = vader_sentiment::SentimentIntensityAnalyzer::new();
    let (mut sentences, mut sum) = (0u64, 0.0f64);
    for line in BufReader::new(std::fs::File::open(path).unwrap()).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        for s in v["text"].as_str().unwrap_or("").unicode_sentences() {
            sum += analyzer.polarity_scores(s)["compound"];
            sentences += 1;
        }
    }
    println!("sentences={sentences} compound_sum={sum:.3}");
}
EOF
(cd "$peer" && cargo build --release --quiet)
peer_bin=$peer/target/release/vader-peer

python3 benches/gen_corpus.py "$work/c" "$n" --jsonl
corpus=$work/c/corpus.jsonl

python3 - "$bin" "$peer_bin" "$corpus" "$n" "$runs" "$work" <<'EOF'
import csv, os, statistics, subprocess, sys, time

bin, peer, corpus, n, runs, work = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
size = os.path.getsize(corpus)


def run(argv, out_path):
    """Wall seconds, CPU seconds and peak RSS (KB) of one child, its stdout kept."""
    with open(out_path, "wb") as out:
        t = time.perf_counter()
        p = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        secs = time.perf_counter() - t
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed: status {status}")
    return secs, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def median_run(name, argv, out_path):
    secs, cpu, rss = zip(*(run(argv, out_path) for _ in range(runs)))
    return statistics.median(secs), statistics.median(cpu), statistics.median(rss)


print(f"corpus: {n} articles, {size / 1e6:.1f} MB; medians of {runs} runs; {os.cpu_count()} cores")
# MB/s per CPU second as well: on a loaded machine it moves less than wall time.
print(f"{'run':<22} {'MB/s':>7} {'articles/s':>11} {'quotes/s':>9} {'RSS MB':>7} {'MB/CPU-s':>9}")
rows = {}
for name, argv in [
    ("quotes csv -j1", [bin, "quotes", "--quiet", "--format", "csv", "-j", "1", corpus]),
    ("quotes csv -j2", [bin, "quotes", "--quiet", "--format", "csv", "-j", "2", corpus]),
    ("speakers -j1", [bin, "speakers", "--quiet", "-j", "1", corpus]),
    ("speakers -j2", [bin, "speakers", "--quiet", "-j", "2", corpus]),
    ("vader peer (1 thread)", [peer, corpus]),
]:
    out = os.path.join(work, name.replace(" ", "_") + ".out")
    secs, cpu, rss = median_run(name, argv, out)
    rows[name] = (secs, out, cpu)
    if name.startswith("quotes"):
        with open(out, newline="", encoding="utf-8") as fh:
            rows_out = sum(1 for _ in csv.reader(fh)) - 1
        quotes = f"{rows_out / secs:9.0f}"
    else:
        quotes = f"{'':>9}"
    print(f"{name:<22} {size / 1e6 / secs:7.1f} {n / secs:11.0f} {quotes} {rss / 1024:7.1f} {size / 1e6 / cpu:9.1f}")

same = open(rows["quotes csv -j1"][1], "rb").read() == open(rows["quotes csv -j2"][1], "rb").read()
print("same bytes at 1 and 2 threads" if same else "DIFFERENT bytes at 1 and 2 threads")
j1, j2, vader = rows["quotes csv -j1"][0], rows["quotes csv -j2"][0], rows["vader peer (1 thread)"][0]
vader_cpu, j1_cpu = rows["vader peer (1 thread)"][2], rows["quotes csv -j1"][2]
print(f"quotes -j1 / VADER: {vader / j1:.2f}x wall, {vader_cpu / j1_cpu:.2f}x CPU   quotes -j2 / -j1: {j1 / j2:.2f}x")
sys.exit(0 if same else 1)
EOF
