#!/usr/bin/env bash
# Opt-in Spark test (.ci/run does not run it): the report of
# diplotone_spark.py on Spark local[2] must be the same bytes as
# `diplotone report` on one machine, at 1, 2, 7 and 16 partitions, on the
# example articles plus generated wire copies (COPIES per article, default
# 3). Prints the timings.
#
# Needs Java 17 (Debian: apt-get install openjdk-17-jre-headless) and
# python3 with venv; installs pyspark, pyarrow and pandas (mapInArrow
# needs it) into a venv (VENV,
# default target/spark-venv).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
VENV=${VENV:-$ROOT/target/spark-venv}
WORK=${WORK:-$ROOT/target/spark-test}
COPIES=${COPIES:-3}
PARTITIONS=${PARTITIONS:-"1 2 7 16"}

if ! command -v java >/dev/null; then
    echo "test.sh: needs Java 17: apt-get install openjdk-17-jre-headless" >&2
    exit 2
fi
java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
if [ "${java_major:-0}" -lt 17 ]; then
    echo "test.sh: needs Java 17 or later (found ${java_major:-none}): apt-get install openjdk-17-jre-headless" >&2
    exit 2
fi
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c 'import pyspark, pyarrow, pandas' 2>/dev/null || "$VENV/bin/pip" install -q pyspark pyarrow 'pandas>=2.2,<3'
PY=$VENV/bin/python

cargo build --release --quiet
BIN=$ROOT/target/release/diplotone
rm -rf "$WORK"
mkdir -p "$WORK"
"$PY" contrib/spark/make_corpus.py examples/articles "$COPIES" >"$WORK/corpus.jsonl"
echo "corpus: $(wc -l <"$WORK/corpus.jsonl") records ($COPIES wire copies per example article)"

now() { date +%s.%N; }
secs() { echo "$1 $2" | awk '{printf "%.2f", $2 - $1}'; }

t0=$(now)
"$BIN" report --quiet -o "$WORK/single" "$WORK/corpus.jsonl"
single=$(secs "$t0" "$(now)")
echo "single process: ${single}s"

export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$PY" PYSPARK_DRIVER_PYTHON="$PY"
spark() {
    "$PY" contrib/spark/diplotone_spark.py --master 'local[2]' \
        --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
        --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
        --binary "$BIN" "$@" 2> >(grep -v -e WARN -e '^Setting default log level' -e 'setLogLevel' >&2)
}

fail=0
summary=""
for mode in dataframe rdd; do
    for n in $PARTITIONS; do
        out="$WORK/spark-$mode-$n"
        t0=$(now)
        spark --mode "$mode" --partitions "$n" --output "$out" "$WORK/corpus.jsonl"
        took=$(secs "$t0" "$(now)")
        if diff -r "$WORK/single" "$out" >/dev/null; then
            verdict="same bytes"
        else
            verdict="DIFFERENT"
            fail=1
            diff -r "$WORK/single" "$out" | head -20 >&2 || true
        fi
        line="$mode, $n partitions: ${took}s (single process ${single}s): $verdict"
        echo "$line"
        summary+="$line"$'\n'
    done
done
# A failing binary fails the task, with its stderr in the error, and no
# report is written.
t0=$(now)
if spark --partitions 2 --flags "--lexicon $WORK/missing.tsv" --output "$WORK/spark-fail" \
    "$WORK/corpus.jsonl" >"$WORK/fail.log" 2>&1; then
    line="failing binary: the driver succeeded: WRONG"
    fail=1
elif grep -q "diplotone partial failed on shard" "$WORK/fail.log" && grep -q "missing.tsv: cannot read lexicon" "$WORK/fail.log" \
    && [ ! -e "$WORK/spark-fail/index.html" ]; then
    line="failing binary: task failed with the binary's error, no report ($(secs "$t0" "$(now)")s)"
else
    line="failing binary: the driver failed without the binary's error: WRONG (see $WORK/fail.log)"
    fail=1
fi
echo "$line"
summary+="$line"$'\n'

echo
echo "summary ($(wc -l <"$WORK/corpus.jsonl") records):"
printf '%s' "$summary"
exit $fail
