#!/usr/bin/env python3
"""Fit the tone lexicon's scale factors and the label thresholds from
labelled sentences, with cross-validation by group, regularized toward the
hand-set weights.  Standard library only.

    python3 contrib/fit/fit.py GOLD.jsonl [--bin target/release/diplotone]
                               [--entries 25] [--write]

GOLD.jsonl has one labelled sentence a line: {"id", "source", "text",
"label"} with label cooperative | warning | neutral.  Rows of the source
"diplomatic" are grouped by collection round (the id's "dipN-" prefix),
other rows by source; each group is held out in turn.

How it works.  diplotone scores every sentence once (`diplotone text`);
each row's `terms` column lists every lexicon hit with its value after the
rules and the tags of the rules that changed it.  The value of a row is
then re-weighted as

    s = sum over terms of  value * family[f] * entry[e] * prod rule[r]

where `family` is the `# --- ... ---` section of lexicons/tone.tsv the
entry stands in (bare negations and demands are families of their own),
`entry` a per-entry factor for entries with at least --entries hits in
the training groups, and `rule` a factor per rule tag.  A row is
cooperative when s >= t_coop, warning when s <= -t_warn, otherwise
neutral.  Every factor starts at 1 (the hand-set lexicon) and thresholds
at the scorer's (compound 0.05).  Coordinate search maximizes the mean
macro-F1 over the training groups minus lambda * sum(log(factor)^2), so a
factor moves away from the hand-set prior only when the data pays for it.

It prints, for each held-out group, the macro-F1 of the prior and of the
setting fitted on the other groups (the cross-validated score), then the
setting fitted on all groups.  With --write it multiplies the weights in
lexicons/tone.tsv by the fitted family and entry factors (comments and
order kept); rule factors and thresholds are printed for the rule
configuration in src/score/mod.rs, to be carried over by hand when the
cross-validation supports them.
"""
import argparse
import csv
import json
import math
import os
import re
import subprocess
import sys
import tempfile

LABELS = ("cooperative", "warning", "neutral")
TERM = re.compile(r"^(?P<label>.+)\((?P<value>[+-]\d+(?:\.\d+)?)(?P<tags>(?:\*[a-z]+)*)\)$")
# Rule tags whose factor is fitted; the others are left at 1.
RULE_TAGS = ("neg", "deesc", "int", "dim", "hedge", "contrast", "conceded", "question", "lead",
             "backdrop", "topic", "harmed", "accuse", "assert", "demand", "condole", "forbid", "deny", "end",
             "persist")
ALPHA = 6.0  # the scorer's normalization constant (RuleConfig::alpha)
COMPOUND_THRESHOLD = 0.05


def compound_to_s(c):
    """The evidence sum s at which s / sqrt(s^2 + alpha) equals c."""
    return c * math.sqrt(ALPHA / (1.0 - c * c))


def s_to_compound(s):
    return s / math.sqrt(s * s + ALPHA)


def group_of(row):
    if row["source"] == "diplomatic":
        return row["id"].split(":", 1)[-1].split("-", 1)[0]
    return row["source"]


def load_lexicon(path):
    """label -> (family, line index) and the file's lines."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    family, out = "untitled", {}
    for i, line in enumerate(lines):
        if line.startswith("# ---"):
            family = line.strip("# -").strip() or "untitled"
            continue
        if not line or line.startswith("#") or line.startswith("phrase\t"):
            continue
        cols = line.split("\t")
        if len(cols) == 3 and cols[1] in ("cooperative", "warning"):
            out.setdefault(cols[0], (family, i))
    return out, lines


def run_diplotone(binary, rows):
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "in.csv")
        with open(inp, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "text"])
            for r in rows:
                w.writerow([r["id"], r["text"]])
        out = subprocess.run([binary, "text", "--format", "csv", "--quiet", inp],
                             capture_output=True, text=True, check=False)
        if out.returncode > 1:
            raise SystemExit("diplotone text exited %d: %s" % (out.returncode, out.stderr.strip()))
        return {r["id"]: r for r in csv.DictReader(out.stdout.splitlines())}


def parse_terms(cell, lexicon):
    """[(family, entry, value, tags)] of a `terms` cell."""
    terms = []
    for part in cell.split(";") if cell else []:
        m = TERM.match(part)
        if not m:
            continue
        label, value = m.group("label"), float(m.group("value"))
        tags = [t for t in m.group("tags").split("*") if t]
        if label.startswith("cue:"):
            family = "cue"
        elif "bare" in tags:
            family = "bare negation"
        elif "demand" in tags and label not in lexicon:
            family = "demand"
        else:
            family = lexicon.get(label, ("shifter",))[0]
        terms.append((family, label, value, tags))
    return terms


def f1(gold, pred, cls):
    tp = sum(1 for g, p in zip(gold, pred) if g == cls and p == cls)
    if tp == 0:
        return 0.0
    fp = sum(1 for g, p in zip(gold, pred) if g != cls and p == cls)
    fn = sum(1 for g, p in zip(gold, pred) if g == cls and p != cls)
    prec, rec = tp / (tp + fp), tp / (tp + fn)
    return 2 * prec * rec / (prec + rec)


def macro_f1(gold, pred, binary=False):
    if binary:
        pairs = [(g, p) for g, p in zip(gold, pred) if g != "neutral"]
        gold, pred = [g for g, _ in pairs], [p for _, p in pairs]
    classes = [c for c in LABELS if c in set(gold)]
    return sum(f1(gold, pred, c) for c in classes) / len(classes) if classes else float("nan")


class Model:
    """Factors and thresholds; every factor defaults to the prior, 1."""

    def __init__(self):
        self.factor = {}
        self.t_coop = compound_to_s(COMPOUND_THRESHOLD)
        self.t_warn = compound_to_s(COMPOUND_THRESHOLD)

    def copy(self):
        m = Model()
        m.factor = dict(self.factor)
        m.t_coop, m.t_warn = self.t_coop, self.t_warn
        return m

    def keys_of(self, term, entries):
        family, label, _, tags = term
        keys = ["family:" + family]
        if label in entries:
            keys.append("entry:" + label)
        keys += ["rule:" + t for t in tags if t in RULE_TAGS]
        return keys

    def term_value(self, term, entries):
        v = term[2]
        for k in self.keys_of(term, entries):
            v *= self.factor.get(k, 1.0)
        return v

    def label(self, s):
        if s >= self.t_coop:
            return "cooperative"
        if s <= -self.t_warn:
            return "warning"
        return "neutral"

    def penalty(self, lam):
        return lam * sum(math.log(f) ** 2 for f in self.factor.values())


def objective(model, data, entries, lam):
    scores = []
    for rows in data.values():
        gold = [r["label"] for r in rows]
        pred = [model.label(sum(model.term_value(t, entries) for t in r["terms"])) for r in rows]
        scores.append(macro_f1(gold, pred))
    return sum(scores) / len(scores) - model.penalty(lam)


FACTOR_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 2.0)
THRESHOLD_GRID = (compound_to_s(COMPOUND_THRESHOLD), 0.25, 0.4, 0.6, 0.8, 1.0, 1.25, 1.5)


def fit(data, lam, min_entry_hits, sweeps=2):
    """Coordinate search on the training groups `data` (group -> rows)."""
    counts = {}
    for rows in data.values():
        for r in rows:
            for t in r["terms"]:
                counts[t[1]] = counts.get(t[1], 0) + 1
    entries = {e for e, n in counts.items() if min_entry_hits and n >= min_entry_hits}
    keys = sorted({k for rows in data.values() for r in rows for t in r["terms"]
                   for k in Model().keys_of(t, entries)})
    model = Model()
    # Per group: each row's terms split by whether they carry the key.
    for _ in range(sweeps):
        for key in keys:
            # s = a + f * b for this key's factor f, the others held.
            split = {}
            for g, rows in data.items():
                ab = []
                for r in rows:
                    a = b = 0.0
                    for t in r["terms"]:
                        ks = model.keys_of(t, entries)
                        if key in ks:
                            b += model.term_value(t, entries) / model.factor.get(key, 1.0)
                        else:
                            a += model.term_value(t, entries)
                    ab.append((a, b, r["label"]))
                split[g] = ab
            best, best_f = None, model.factor.get(key, 1.0)
            rest = model.penalty(lam) - lam * math.log(best_f) ** 2
            for f in FACTOR_GRID:
                mf = [macro_f1([x[2] for x in ab], [model.label(x[0] + f * x[1]) for x in ab])
                      for ab in split.values()]
                obj = sum(mf) / len(mf) - rest - lam * math.log(f) ** 2
                if best is None or obj > best + 1e-12:
                    best, best_f = obj, f
            if best_f == 1.0:
                model.factor.pop(key, None)
            else:
                model.factor[key] = best_f
        for side in ("t_coop", "t_warn"):
            best, best_t = None, getattr(model, side)
            for t in THRESHOLD_GRID:
                trial = model.copy()
                setattr(trial, side, t)
                obj = objective(trial, data, entries, lam)
                if best is None or obj > best + 1e-12:
                    best, best_t = obj, t
            setattr(model, side, best_t)
    return model, entries


def evaluate(model, rows, entries):
    gold = [r["label"] for r in rows]
    pred = [model.label(sum(model.term_value(t, entries) for t in r["terms"])) for r in rows]
    return macro_f1(gold, pred), macro_f1(gold, pred, binary=True)


def write_lexicon(path, lines, lexicon, model, entries):
    changed = 0
    for label, (family, i) in lexicon.items():
        f = model.factor.get("family:" + family, 1.0)
        if label in entries:
            f *= model.factor.get("entry:" + label, 1.0)
        if f == 1.0:
            continue
        phrase, cls, weight = lines[i].split("\t")
        w = float(weight)
        if w <= 0.05:  # neutralizers keep their token weight
            continue
        new = min(5.0, max(0.1, round(w * f, 2)))
        lines[i] = "%s\t%s\t%s" % (phrase, cls, ("%.2f" % new).rstrip("0").rstrip("."))
        changed += 1
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    return changed


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="labelled sentences (JSONL), read only")
    ap.add_argument("--bin", default="target/release/diplotone")
    ap.add_argument("--lexicon", default="lexicons/tone.tsv", help="the tone lexicon the binary was built with")
    ap.add_argument("--lambda", dest="lam", type=float, default=0.02,
                    help="weight of the pull toward the hand-set factors (default 0.02)")
    ap.add_argument("--entries", type=int, default=25,
                    help="fit a per-entry factor for entries with at least this many hits (0: none)")
    ap.add_argument("--write", action="store_true",
                    help="write the factors fitted on all groups into the lexicon")
    args = ap.parse_args(argv)

    with open(args.gold, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    gold = [r for r in gold if r.get("label") in LABELS]
    lexicon, lines = load_lexicon(args.lexicon)
    system = run_diplotone(args.bin, gold)
    data = {}
    for r in gold:
        row = {"label": r["label"], "terms": parse_terms(system.get(r["id"], {}).get("terms", ""), lexicon)}
        data.setdefault(group_of(r), []).append(row)

    prior = Model()
    print("held-out group   n     prior 3-class / binary    cross-validated 3-class / binary")
    deltas = []
    for held in sorted(data):
        train = {g: rows for g, rows in data.items() if g != held}
        model, entries = fit(train, args.lam, args.entries)
        p3, p2 = evaluate(prior, data[held], set())
        c3, c2 = evaluate(model, data[held], entries)
        deltas.append(c3 - p3)
        print("%-14s %5d        %.3f / %.3f               %.3f / %.3f   (%+.3f)" % (
            held, len(data[held]), p3, p2, c3, c2, c3 - p3))
    print("mean change of held-out 3-class macro-F1: %+.4f; groups that lose: %d of %d" % (
        sum(deltas) / len(deltas), sum(1 for d in deltas if d < 0), len(deltas)))

    model, entries = fit(data, args.lam, args.entries)
    print("\nfitted on all groups (lambda %.3g):" % args.lam)
    for k in sorted(model.factor):
        print("  %-60s %.2f" % (k, model.factor[k]))
    print("  thresholds: cooperative s >= %.2f (compound %.3f), warning s <= -%.2f (compound -%.3f)" % (
        model.t_coop, s_to_compound(model.t_coop), model.t_warn, s_to_compound(model.t_warn)))
    if args.write:
        n = write_lexicon(args.lexicon, lines, lexicon, model, entries)
        print("wrote %s: %d weights changed" % (args.lexicon, n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
