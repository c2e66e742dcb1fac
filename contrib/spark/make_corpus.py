#!/usr/bin/env python3
"""Writes a JSONL corpus for the Spark test: the example articles (id =
path without extension, date from the header) plus wire copies of each
under other ids and dates: earlier, within the repeat window, a month
later, undated... (COPIES per article, cycling through those shifts)."""

import datetime
import json
import os
import sys

SHIFTS = [-3, 5, 30, None, 1, -10, 60, 2]


def main(folder, copies):
    articles = []
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".txt"):
                articles.append(os.path.join(root, name))
    articles.sort()
    out = sys.stdout
    for k, path in enumerate(articles):
        rel = os.path.relpath(path, folder)[: -len(".txt")]
        with open(path, encoding="utf-8") as f:
            text = f.read().lstrip()
        date = None
        if text.startswith("date unknown"):
            text = text[len("date unknown"):].lstrip()
        elif text.startswith("date "):
            date, text = text[5:15], text[15:].lstrip()
        out.write(json.dumps({"id": rel, "date": date, "text": text}, ensure_ascii=False) + "\n")
        for c in range(copies):
            shift = SHIFTS[c % len(SHIFTS)]
            when = None
            if date and shift is not None:
                day = datetime.date.fromisoformat(date) + datetime.timedelta(days=shift + 365 * (c // len(SHIFTS)))
                when = day.isoformat()
            rec = {"id": f"wire/{k:03}-{c:04}", "date": when, "text": text}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
