#!/usr/bin/env python3
"""Writes a large corpus for whole-process benchmarks, built from the
bundled example articles (ours), paragraphs recombined deterministically.

    gen_corpus.py OUT_DIR N_ARTICLES [--jsonl]

With --jsonl it writes one OUT_DIR/corpus.jsonl instead of .txt files.
"""
import json
import os
import random
import sys


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    jsonl = "--jsonl" in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    src = os.path.join(here, "..", "examples", "articles")
    paras = []
    for root, _, files in sorted(os.walk(src)):
        for f in sorted(files):
            if f.endswith(".txt"):
                with open(os.path.join(root, f), encoding="utf-8") as fh:
                    body = fh.read().split("\n\n")[1:]
                paras.extend(p.strip() for p in body if p.strip())
    rng = random.Random(42)
    os.makedirs(out, exist_ok=True)
    sink = open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") if jsonl else None
    for i in range(n):
        k = rng.randint(6, 14)
        text = "\n\n".join(rng.choice(paras) for _ in range(k))
        date = "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if sink:
            sink.write(json.dumps({"id": "a%06d" % i, "date": date, "text": text}) + "\n")
        else:
            sub = os.path.join(out, "%03d" % (i // 1000))
            os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, "a%06d.txt" % i), "w", encoding="utf-8") as fh:
                fh.write("date %s\n\n%s\n" % (date, text))
    if sink:
        sink.close()


if __name__ == "__main__":
    main()
