#!/usr/bin/env python3
"""Runs diplotone over a batch on Apache Spark and writes the report.

Each Spark partition of the input lines (JSONL records, one article or
quote per line) is piped into `diplotone partial` on a worker; the driver
collects the partials, merges them with `diplotone merge` and writes the
report with `diplotone report --from-partials`. The report is the same,
byte for byte, as `diplotone report` run on the same JSONL files on one
machine, whatever the number of partitions (as long as record ids are
unique: an id shared by two records is qualified with its source, and a
worker's source is its standard input).

The binary is shipped to the workers: `SparkSession.addArtifacts(...,
file=True)` on Spark 4, `SparkContext.addFile` on older clusters (or give
it with `spark-submit --files`). It runs with an empty environment.

Two paths:
- `--mode dataframe` (default): `DataFrame.mapInArrow`, one partial per
  partition.
- `--mode rdd`: `RDD.mapPartitionsWithIndex`, for classic clusters. Not
  `RDD.pipe`, which does not fail the task when the child crashes.

A task fails when the binary fails (exit 2 or more, or a signal), with the
binary's stderr in the error. Exit 1 means some records could not be read:
the partial is written and counts them, as a single run would; the driver
prints their messages and the final report exits 1.

Usage (local):
    python3 diplotone_spark.py --master 'local[2]' --binary target/release/diplotone \\
        --partitions 8 --output report/ corpus.jsonl
On a cluster:
    spark-submit --master yarn diplotone_spark.py --binary ./diplotone \\
        --output report/ hdfs:///news/2024/*.jsonl
"""

import argparse
import os
import shlex
import stat
import subprocess
import sys
import tempfile
import time


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", help="JSONL files (any path Spark reads)")
    p.add_argument("--binary", required=True, help="the diplotone binary (Linux, for the workers)")
    p.add_argument("--output", required=True, help="report folder, written on the driver")
    p.add_argument("--partitions", type=int, default=0, help="partitions (default: Spark's)")
    p.add_argument("--mode", choices=["dataframe", "rdd"], default="dataframe")
    p.add_argument("--master", default=None, help="Spark master (default: spark-submit's)")
    p.add_argument(
        "--flags",
        default="",
        help="diplotone scoring and input flags, given to partial and report alike "
        "(e.g. \"--repeat-window 3\"); files they name must be readable on the workers",
    )
    p.add_argument("--report-flags", default="", help="flags for report only (--by, --title, --min-quotes)")
    p.add_argument("--task-threads", type=int, default=1, help="threads per task (-j)")
    p.add_argument("--partials", default=None, help="keep the partials in this folder")
    p.add_argument("--conf", action="append", default=[], help="extra Spark setting KEY=VALUE")
    return p.parse_args(argv)


def run_partial(binary_name, flags, threads, shard, lines):
    """Pipes `lines` (bytes, without newlines) into `diplotone partial` and
    returns (partial bytes, stderr text). Raises when the binary fails."""
    from pyspark import SparkFiles

    binary = SparkFiles.get(binary_name)
    mode = os.stat(binary).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(binary, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    data = b"".join(line + b"\n" for line in lines)
    # The report writes quotes.csv and example quotes: the partials must
    # carry each quote's row (without it a partial keeps no text).
    cmd = [binary, "partial", "--quiet", "--with-quotes", "-j", str(threads), "--shard-id", shard] + flags
    # Engines run processes with an empty environment; so does this.
    proc = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={})
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        how = f"signal {-proc.returncode}" if proc.returncode < 0 else f"exit {proc.returncode}"
        raise RuntimeError(f"diplotone partial failed on shard {shard} ({how}):\n{err}")
    return proc.stdout, err


def main(argv):
    args = parse_args(argv)
    from pyspark.sql import SparkSession

    binary = os.path.abspath(args.binary)
    binary_name = os.path.basename(binary)
    flags = shlex.split(args.flags)
    threads = args.task_threads

    builder = SparkSession.builder.appName("diplotone")
    if args.master:
        builder = builder.master(args.master)
    for kv in args.conf:
        k, _, v = kv.partition("=")
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    t0 = time.monotonic()

    # Ship the binary to every worker.
    if hasattr(spark, "addArtifacts") and int(spark.version.split(".")[0]) >= 4:
        spark.addArtifacts(binary, file=True)
    else:
        spark.sparkContext.addFile(binary)

    lines = spark.read.text(args.inputs)
    if args.partitions:
        lines = lines.repartition(args.partitions)

    if args.mode == "dataframe":
        import pyarrow as pa

        def per_partition(batches):
            from pyspark import TaskContext

            rows = []
            for b in batches:
                rows.extend(v.encode("utf-8") for v in b.column("value").to_pylist())
            if not rows:
                return
            shard = f"p{TaskContext.get().partitionId()}"
            part, err = run_partial(binary_name, flags, threads, shard, rows)
            yield pa.RecordBatch.from_pydict(
                {"shard": [shard], "partial": [part], "stderr": [err]},
                schema=pa.schema([("shard", pa.string()), ("partial", pa.binary()), ("stderr", pa.string())]),
            )

        out = lines.mapInArrow(per_partition, "shard string, partial binary, stderr string").collect()
        results = [(r["shard"], bytes(r["partial"]), r["stderr"]) for r in out]
    else:

        def per_partition(index, rows):
            rows = [r.value.encode("utf-8") for r in rows]
            if not rows:
                return
            shard = f"p{index}"
            part, err = run_partial(binary_name, flags, threads, shard, rows)
            yield (shard, part, err)

        results = lines.rdd.mapPartitionsWithIndex(per_partition).collect()
    t_map = time.monotonic() - t0
    spark.stop()

    for shard, _, err in sorted(results):
        for line in err.splitlines():
            if not line.startswith("diplotone: ") or " errors" not in line:
                print(f"[{shard}] {line}", file=sys.stderr)

    local = os.path.abspath(args.binary)
    with tempfile.TemporaryDirectory() as tmp:
        keep = args.partials or tmp
        os.makedirs(keep, exist_ok=True)
        paths = []
        for shard, part, _ in sorted(results):
            path = os.path.join(keep, f"{shard}.part")
            with open(path, "wb") as f:
                f.write(part)
            paths.append(path)
        if not paths:
            print("diplotone_spark: no input lines, no report", file=sys.stderr)
            return 2
        merged = os.path.join(keep, "merged.part")
        subprocess.run([local, "merge", "-o", merged] + paths, check=True, env={})
        cmd = [local, "report", "--quiet", "-o", args.output] + flags + shlex.split(args.report_flags)
        cmd += ["--from-partials", merged]
        code = subprocess.run(cmd, env={}).returncode
    print(
        f"diplotone_spark: {len(results)} partials in {t_map:.2f}s (Spark), report in {args.output}",
        file=sys.stderr,
    )
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
