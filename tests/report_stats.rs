// Table rows (`speakers`, `compare`, `timeline`) against reference values
// computed once with scipy.stats, statsmodels and numpy.
//
// The observations below (DATA) go through `Aggregate::push`, the tables
// come out of `report::speaker_rows` / `compare_rows` / `timeline_rows` and
// `report::write_table`, and every numeric cell is parsed back and compared
// with the reference to 1e-6; an undefined value must be an empty cell.
//
// The data set covers: ties across speakers (0.25, -0.5, 0.0, 0.3 recur),
// a speaker with one quote (Lavrov: no sd, no interval, no Welch cells), two
// speakers with identical scores (Baerbock, Wong), two speakers with
// all-equal scores (Kallas 0.25 x4, Rutte -0.5 x3: sd 0, the interval is the
// mean, and Welch between them is undefined), three months plus undated
// quotes (an `undated` timeline row), a second spelling of a name ("WANG Yi"),
// and 7 speakers, so Holm adjusts over 14 defined p-values (21 pairs).
//
// Reference functions:
//   mean, sd     numpy.mean, numpy.std(ddof=1)
//   ci of mean   scipy.stats.t.interval(0.95, n-1, loc=mean, scale=sd/sqrt(n)),
//                (mean, mean) when sd = 0 (scipy wants scale > 0)
//   median       numpy.median
//   welch        scipy.stats.ttest_ind(a, b, equal_var=False) and its
//                .confidence_interval(0.95); undefined (NaN in scipy) when a
//                side has < 2 scores or both variances are 0
//   p_holm       statsmodels multipletests(p, method="holm") over the rows
//                whose p is defined, in row order
//   cohens_d     (mean_a - mean_b) / sqrt((ss_a + ss_b) / (n_a + n_b - 2)),
//                ss = sum of squared deviations; undefined when that sd is 0
//   mw_u, mw_p   scipy.stats.mannwhitneyu(a, b, method="asymptotic",
//                use_continuity=True, alternative="two-sided"): U of a, p
//   shares       label counts / n, net_tone = cooperative - warning
//
// Regenerate (the numbers below came from scipy 1.17.1, statsmodels 0.15.0,
// numpy 2.4.6, Python 3.11):
//
//   pip install scipy statsmodels
//   sed -n "/^\/\/ BEGIN SCRIPT/,/^\/\/ END SCRIPT/p" tests/report_stats.rs \
//     | sed "1d;\$d;s|^// \{0,1\}||" | python3
//
// and paste its output over the block between `// BEGIN GENERATED` and
// `// END GENERATED`, then `rustfmt --edition 2021 tests/report_stats.rs`
// (the generated tables are `#[rustfmt::skip]`, one row a line).
//
// BEGIN SCRIPT
// """Reference values for tests/report_stats.rs (scipy, statsmodels, numpy)."""
// import warnings
//
// import numpy as np
// import scipy
// import scipy.stats as st
// import statsmodels
// from statsmodels.stats.multitest import multipletests
//
// warnings.simplefilter("ignore")
//
// # (name as written, date or None, score); the label is derived by `tone`.
// DATA = [
//     ("Wang Yi", "2024-01-05", 0.62),
//     ("Antony Blinken", "2024-01-09", -0.5),
//     ("Annalena Baerbock", "2024-01-12", 0.3),
//     ("Kaja Kallas", "2024-01-15", 0.25),
//     ("Wang Yi", "2024-01-18", 0.25),
//     ("Mark Rutte", "2024-01-20", -0.5),
//     ("Antony Blinken", "2024-01-22", -0.731),
//     ("Penny Wong", "2024-01-03", 0.3),
//     ("Penny Wong", "2024-01-25", 0.0),
//     ("Wang Yi", "2024-01-30", -0.5),
//     ("Wang Yi", "2024-02-02", 0.4375),
//     ("Antony Blinken", "2024-02-05", 0.25),
//     ("Penny Wong", "2024-02-07", -0.2),
//     ("Sergey Lavrov", "2024-02-10", -0.9),
//     ("Annalena Baerbock", "2024-02-12", -0.2),
//     ("Wang Yi", "2024-02-14", 0.25),
//     ("Kaja Kallas", "2024-02-15", 0.25),
//     ("Antony Blinken", "2024-02-19", -0.25),
//     ("Annalena Baerbock", "2024-02-20", 0.3),
//     ("Kaja Kallas", "2024-02-25", 0.25),
//     ("Wang Yi", "2024-02-28", -0.125),
//     ("Antony Blinken", "2024-03-01", 0.1),
//     ("Mark Rutte", "2024-03-02", -0.5),
//     ("Wang Yi", "2024-03-03", 0.8),
//     ("Annalena Baerbock", "2024-03-05", 0.55),
//     ("Penny Wong", "2024-03-09", 0.55),
//     ("Antony Blinken", "2024-03-11", -0.5),
//     ("Annalena Baerbock", "2024-03-15", 0.0),
//     ("Kaja Kallas", "2024-03-15", 0.25),
//     ("WANG Yi", "2024-03-21", 0.0),
//     ("Antony Blinken", "2024-03-25", -0.066667),
//     ("Mark Rutte", "2024-03-28", -0.5),
//     ("Antony Blinken", "2024-03-30", 0.0),
//     ("Wang Yi", None, 0.333333),
//     ("Penny Wong", None, 0.3),
// ]
//
//
// def tone(x):
//     return "Cooperative" if x > 0.05 else "Warning" if x < -0.05 else "Neutral"
//
//
// def key(name):
//     return " ".join(name.replace(".", " ").replace(",", " ").lower().split())
//
//
// def display(names):
//     # Most frequent written form; ties: first in alphabetical order.
//     return sorted(set(names), key=lambda s: (-names.count(s), s))[0]
//
//
// def group(rows):
//     return {
//         "n": len(rows),
//         "x": [r[2] for r in rows],
//         "tones": [tone(r[2]) for r in rows],
//         "dates": [r[1] for r in rows if r[1] is not None],
//         "names": [r[0] for r in rows],
//     }
//
//
// SPK = {}
// for r in DATA:
//     SPK.setdefault(key(r[0]), []).append(r)
// SPK = {k: group(v) for k, v in sorted(SPK.items())}
// PER = {}
// for r in DATA:
//     PER.setdefault((key(r[0]), r[1][:7] if r[1] else "undated"), []).append(r)
// PER = {k: group(v) for k, v in sorted(PER.items())}
//
//
// def lit(x):
//     if x is None or not np.isfinite(x):
//         return "None"
//     return "Some(%r)" % float(x)
//
//
// def summary(xs):
//     n, mean = len(xs), float(np.mean(xs))
//     if n < 2:
//         return [mean, None, None, None]
//     sd = float(np.std(xs, ddof=1))
//     if sd == 0:  # t.interval needs scale > 0; the interval collapses to the mean
//         return [mean, sd, mean, mean]
//     lo, hi = st.t.interval(0.95, n - 1, loc=mean, scale=sd / np.sqrt(n))
//     return [mean, sd, lo, hi]
//
//
// def shares(g):
//     c, u, w = (g["tones"].count(t) / g["n"] for t in ("Cooperative", "Neutral", "Warning"))
//     return [c, u, w, c - w]
//
//
// def welch(a, b):
//     if len(a) < 2 or len(b) < 2 or (np.var(a) == 0 and np.var(b) == 0):
//         return [None] * 5  # scipy gives NaN here
//     r = st.ttest_ind(a, b, equal_var=False)
//     ci = r.confidence_interval(0.95)
//     return [ci.low, ci.high, r.statistic, r.df, r.pvalue]
//
//
// def cohens_d(a, b):
//     if len(a) + len(b) < 3:
//         return None
//     ss = np.sum((np.array(a) - np.mean(a)) ** 2) + np.sum((np.array(b) - np.mean(b)) ** 2)
//     pooled = np.sqrt(ss / (len(a) + len(b) - 2))
//     return None if pooled == 0 else (np.mean(a) - np.mean(b)) / pooled
//
//
// def compare(pairs):
//     rows = []
//     for ka, kb in pairs:
//         a, b = SPK[ka]["x"], SPK[kb]["x"]
//         w = welch(a, b)
//         mw = st.mannwhitneyu(a, b, method="asymptotic", use_continuity=True, alternative="two-sided")
//         ma, mb = np.mean(a), np.mean(b)
//         rows.append([ka, kb, [ma, mb, ma - mb] + w + [None, cohens_d(a, b), mw.statistic, mw.pvalue]])
//     defined = [r for r in rows if r[2][7] is not None]
//     if defined:
//         for r, ph in zip(defined, multipletests([r[2][7] for r in defined], method="holm")[1]):
//             r[2][8] = ph
//     return rows
//
//
// def emit_compare(name, rows):
//     print("#[rustfmt::skip]")
//     print("const %s: &[(&str, &str, u64, u64, [Cell; 12])] = &[" % name)
//     for ka, kb, v in rows:
//         a, b = SPK[ka], SPK[kb]
//         print('    ("%s", "%s", %d, %d, [%s]),' % (
//             display(a["names"]), display(b["names"]), a["n"], b["n"], ", ".join(lit(x) for x in v)))
//     print("];")
//
//
// def main():
//     print("// BEGIN GENERATED")
//     print("// scipy %s, statsmodels %s, numpy %s" % (scipy.__version__, statsmodels.__version__, np.__version__))
//     print("#[rustfmt::skip]")
//     print("const DATA: &[(&str, Option<&str>, f64, Tone)] = &[")
//     for name, date, x in DATA:
//         d = "None" if date is None else 'Some("%s")' % date
//         print('    ("%s", %s, %r, Tone::%s),' % (name, d, x, tone(x)))
//     print("];")
//     print("#[rustfmt::skip]")
//     print("const SPEAKERS: &[(&str, u64, [Cell; 9], &str, &str)] = &[")
//     for k, g in SPK.items():
//         v = summary(g["x"]) + [np.median(g["x"])] + shares(g)
//         print('    ("%s", %d, [%s], "%s", "%s"),' % (
//             display(g["names"]), g["n"], ", ".join(lit(x) for x in v), min(g["dates"]), max(g["dates"])))
//     print("];")
//     for name, m in (("COMPARE_ALL", 1), ("COMPARE_MIN2", 2)):
//         ks = [k for k, g in SPK.items() if g["n"] >= m]
//         emit_compare(name, compare([(a, b) for i, a in enumerate(ks) for b in ks[i + 1:]]))
//     for name, pair in (
//         ("JUST_WANG_BLINKEN", ("wang yi", "antony blinken")),
//         ("JUST_BLINKEN_WANG", ("antony blinken", "wang yi")),
//         ("JUST_KALLAS_RUTTE", ("kaja kallas", "mark rutte")),
//         ("JUST_LAVROV_WANG", ("sergey lavrov", "wang yi")),
//     ):
//         emit_compare(name, compare([pair]))
//     print("#[rustfmt::skip]")
//     print("const TIMELINE: &[(&str, &str, u64, [Cell; 4])] = &[")
//     for (k, p), g in PER.items():
//         s = summary(g["x"])
//         v = [s[0], s[2], s[3], shares(g)[2]]
//         print('    ("%s", "%s", %d, [%s]),' % (display(SPK[k]["names"]), p, g["n"], ", ".join(lit(x) for x in v)))
//     print("];")
//     print("// END GENERATED")
//
//
// main()
// END SCRIPT

use diplotone::aggregate::{period_of, speaker_key, Aggregate, Observation, Period};
use diplotone::report::{self, columns, Format, Pairs};
use diplotone::Tone;

/// A reference value; `None` means "undefined": an empty cell.
type Cell = Option<f64>;

/// The design's bar: agree with scipy to 1e-6.
const TOL: f64 = 1e-6;

// BEGIN GENERATED
// scipy 1.17.1, statsmodels 0.15.0, numpy 2.4.6
#[rustfmt::skip]
const DATA: &[(&str, Option<&str>, f64, Tone)] = &[
    ("Wang Yi", Some("2024-01-05"), 0.62, Tone::Cooperative),
    ("Antony Blinken", Some("2024-01-09"), -0.5, Tone::Warning),
    ("Annalena Baerbock", Some("2024-01-12"), 0.3, Tone::Cooperative),
    ("Kaja Kallas", Some("2024-01-15"), 0.25, Tone::Cooperative),
    ("Wang Yi", Some("2024-01-18"), 0.25, Tone::Cooperative),
    ("Mark Rutte", Some("2024-01-20"), -0.5, Tone::Warning),
    ("Antony Blinken", Some("2024-01-22"), -0.731, Tone::Warning),
    ("Penny Wong", Some("2024-01-03"), 0.3, Tone::Cooperative),
    ("Penny Wong", Some("2024-01-25"), 0.0, Tone::Neutral),
    ("Wang Yi", Some("2024-01-30"), -0.5, Tone::Warning),
    ("Wang Yi", Some("2024-02-02"), 0.4375, Tone::Cooperative),
    ("Antony Blinken", Some("2024-02-05"), 0.25, Tone::Cooperative),
    ("Penny Wong", Some("2024-02-07"), -0.2, Tone::Warning),
    ("Sergey Lavrov", Some("2024-02-10"), -0.9, Tone::Warning),
    ("Annalena Baerbock", Some("2024-02-12"), -0.2, Tone::Warning),
    ("Wang Yi", Some("2024-02-14"), 0.25, Tone::Cooperative),
    ("Kaja Kallas", Some("2024-02-15"), 0.25, Tone::Cooperative),
    ("Antony Blinken", Some("2024-02-19"), -0.25, Tone::Warning),
    ("Annalena Baerbock", Some("2024-02-20"), 0.3, Tone::Cooperative),
    ("Kaja Kallas", Some("2024-02-25"), 0.25, Tone::Cooperative),
    ("Wang Yi", Some("2024-02-28"), -0.125, Tone::Warning),
    ("Antony Blinken", Some("2024-03-01"), 0.1, Tone::Cooperative),
    ("Mark Rutte", Some("2024-03-02"), -0.5, Tone::Warning),
    ("Wang Yi", Some("2024-03-03"), 0.8, Tone::Cooperative),
    ("Annalena Baerbock", Some("2024-03-05"), 0.55, Tone::Cooperative),
    ("Penny Wong", Some("2024-03-09"), 0.55, Tone::Cooperative),
    ("Antony Blinken", Some("2024-03-11"), -0.5, Tone::Warning),
    ("Annalena Baerbock", Some("2024-03-15"), 0.0, Tone::Neutral),
    ("Kaja Kallas", Some("2024-03-15"), 0.25, Tone::Cooperative),
    ("WANG Yi", Some("2024-03-21"), 0.0, Tone::Neutral),
    ("Antony Blinken", Some("2024-03-25"), -0.066667, Tone::Warning),
    ("Mark Rutte", Some("2024-03-28"), -0.5, Tone::Warning),
    ("Antony Blinken", Some("2024-03-30"), 0.0, Tone::Neutral),
    ("Wang Yi", None, 0.333333, Tone::Cooperative),
    ("Penny Wong", None, 0.3, Tone::Cooperative),
];
#[rustfmt::skip]
const SPEAKERS: &[(&str, u64, [Cell; 9], &str, &str)] = &[
    ("Annalena Baerbock", 5, [Some(0.19), Some(0.292403830344269), Some(-0.1730673090753601), Some(0.5530673090753602), Some(0.3), Some(0.6), Some(0.2), Some(0.2), Some(0.39999999999999997)], "2024-01-12", "2024-03-15"),
    ("Antony Blinken", 8, [Some(-0.212208375), Some(0.34091187246808585), Some(-0.4972178328152797), Some(0.0728010828152797), Some(-0.15833350000000002), Some(0.25), Some(0.125), Some(0.625), Some(-0.375)], "2024-01-09", "2024-03-30"),
    ("Kaja Kallas", 4, [Some(0.25), Some(0.0), Some(0.25), Some(0.25), Some(0.25), Some(1.0), Some(0.0), Some(0.0), Some(1.0)], "2024-01-15", "2024-03-15"),
    ("Mark Rutte", 3, [Some(-0.5), Some(0.0), Some(-0.5), Some(-0.5), Some(-0.5), Some(0.0), Some(0.0), Some(1.0), Some(-1.0)], "2024-01-20", "2024-03-28"),
    ("Penny Wong", 5, [Some(0.19), Some(0.2924038303442689), Some(-0.17306730907536005), Some(0.5530673090753601), Some(0.3), Some(0.6), Some(0.2), Some(0.2), Some(0.39999999999999997)], "2024-01-03", "2024-03-09"),
    ("Sergey Lavrov", 1, [Some(-0.9), None, None, None, Some(-0.9), Some(0.0), Some(0.0), Some(1.0), Some(-1.0)], "2024-02-10", "2024-02-10"),
    ("Wang Yi", 9, [Some(0.229537), Some(0.39423296246762524), Some(-0.0734972805613775), Some(0.5325712805613775), Some(0.25), Some(0.6666666666666666), Some(0.1111111111111111), Some(0.2222222222222222), Some(0.4444444444444444)], "2024-01-05", "2024-03-21"),
];
#[rustfmt::skip]
const COMPARE_ALL: &[(&str, &str, u64, u64, [Cell; 12])] = &[
    ("Annalena Baerbock", "Antony Blinken", 5, 8, [Some(0.19), Some(-0.212208375), Some(0.402208375), Some(0.00421576193790274), Some(0.8002009880620973), Some(2.2616109633052575), Some(9.687937587263164), Some(0.048049599477039545), Some(0.43244639529335593), Some(1.2409485333234178), Some(33.5), Some(0.05601794644967123)]),
    ("Annalena Baerbock", "Kaja Kallas", 5, 4, [Some(0.19), Some(0.25), Some(-0.06), Some(-0.4230673090753601), Some(0.3030673090753601), Some(-0.45883146774112343), Some(4.0), Some(0.6701799733187812), Some(1.0), Some(-0.27144835701531844), Some(12.0), Some(0.6998539373816268)]),
    ("Annalena Baerbock", "Mark Rutte", 5, 3, [Some(0.19), Some(-0.5), Some(0.69), Some(0.32693269092463983), Some(1.05306730907536), Some(5.276561879022919), Some(4.0), Some(0.006184543373572061), Some(0.08039906385643676), Some(2.8900919672126983), Some(15.0), Some(0.03139516531319054)]),
    ("Annalena Baerbock", "Penny Wong", 5, 5, [Some(0.19), Some(0.19), Some(0.0), Some(-0.4264549254587079), Some(0.4264549254587079), Some(0.0), Some(8.000000000000002), Some(1.0), Some(1.0), Some(0.0), Some(12.5), Some(1.0)]),
    ("Annalena Baerbock", "Sergey Lavrov", 5, 1, [Some(0.19), Some(-0.9), Some(1.09), None, None, None, None, None, None, Some(3.7277213459093925), Some(5.0), Some(0.23476366282766925)]),
    ("Annalena Baerbock", "Wang Yi", 5, 9, [Some(0.19), Some(0.229537), Some(-0.03953699999999999), Some(-0.4489671723711406), Some(0.3698931723711406), Some(-0.2132658054902794), Some(10.701457868597531), Some(0.8351279947299926), Some(1.0), Some(-0.10877542640009734), Some(20.5), Some(0.8409623907387959)]),
    ("Antony Blinken", "Kaja Kallas", 8, 4, [Some(-0.212208375), Some(0.25), Some(-0.462208375), Some(-0.7472178328152796), Some(-0.1771989171847203), Some(-3.834781979490147), Some(7.0), Some(0.006417840034654968), Some(0.08039906385643676), Some(-1.6204911529611705), Some(2.0), Some(0.017219910837488406)]),
    ("Antony Blinken", "Mark Rutte", 8, 3, [Some(-0.212208375), Some(-0.5), Some(0.287791625), Some(0.0027821671847202967), Some(0.5728010828152796), Some(2.3877069241728606), Some(7.0), Some(0.04833142636503958), Some(0.43244639529335593), Some(0.9572122768160004), Some(18.0), Some(0.2390041140262411)]),
    ("Antony Blinken", "Penny Wong", 8, 5, [Some(-0.212208375), Some(0.19), Some(-0.402208375), Some(-0.8002009880620973), Some(-0.0042157619379027955), Some(-2.261610963305258), Some(9.687937587263164), Some(0.048049599477039545), Some(0.43244639529335593), Some(-1.2409485333234178), Some(6.5), Some(0.05601794644967123)]),
    ("Antony Blinken", "Sergey Lavrov", 8, 1, [Some(-0.212208375), Some(-0.9), Some(0.687791625), None, None, None, None, None, None, Some(2.0175056386878607), Some(8.0), Some(0.17344170525919056)]),
    ("Antony Blinken", "Wang Yi", 8, 9, [Some(-0.212208375), Some(0.229537), Some(-0.441745375), Some(-0.8218288273716257), Some(-0.06166192262837428), Some(-2.4773229190570483), Some(14.994246361183327), Some(0.025631619000827048), Some(0.2563161900082705), Some(-1.1929182880958764), Some(13.5), Some(0.03327719997486843)]),
    ("Kaja Kallas", "Mark Rutte", 4, 3, [Some(0.25), Some(-0.5), Some(0.75), None, None, None, None, None, None, None, Some(12.0), Some(0.024744672046398936)]),
    ("Kaja Kallas", "Penny Wong", 4, 5, [Some(0.25), Some(0.19), Some(0.06), Some(-0.30306730907536006), Some(0.42306730907536005), Some(0.45883146774112354), Some(4.0), Some(0.670179973318781), Some(1.0), Some(0.27144835701531844), Some(8.0), Some(0.6998539373816268)]),
    ("Kaja Kallas", "Sergey Lavrov", 4, 1, [Some(0.25), Some(-0.9), Some(1.15), None, None, None, None, None, None, None, Some(4.0), Some(0.13361440253771614)]),
    ("Kaja Kallas", "Wang Yi", 4, 9, [Some(0.25), Some(0.229537), Some(0.02046300000000001), Some(-0.2825712805613775), Some(0.3234972805613775), Some(0.15571757271575523), Some(8.0), Some(0.8801131503439824), Some(1.0), Some(0.0608650130956191), Some(16.0), Some(0.8076526554319905)]),
    ("Mark Rutte", "Penny Wong", 3, 5, [Some(-0.5), Some(0.19), Some(-0.69), Some(-1.05306730907536), Some(-0.3269326909246399), Some(-5.27656187902292), Some(4.0), Some(0.0061845433735720585), Some(0.08039906385643676), Some(-2.890091967212699), Some(0.0), Some(0.03139516531319054)]),
    ("Mark Rutte", "Sergey Lavrov", 3, 1, [Some(-0.5), Some(-0.9), Some(0.4), None, None, None, None, None, None, None, Some(3.0), Some(0.24821307898992362)]),
    ("Mark Rutte", "Wang Yi", 3, 9, [Some(-0.5), Some(0.229537), Some(-0.729537), Some(-1.0325712805613776), Some(-0.4265027194386225), Some(-5.551567748928987), Some(8.0), Some(0.0005399799781608732), Some(0.007559719694252225), Some(-2.0689471447167835), Some(1.5), Some(0.030123644381970006)]),
    ("Penny Wong", "Sergey Lavrov", 5, 1, [Some(0.19), Some(-0.9), Some(1.09), None, None, None, None, None, None, Some(3.7277213459093934), Some(5.0), Some(0.23476366282766925)]),
    ("Penny Wong", "Wang Yi", 5, 9, [Some(0.19), Some(0.229537), Some(-0.03953699999999999), Some(-0.44896717237114053), Some(0.36989317237114056), Some(-0.2132658054902794), Some(10.70145786859753), Some(0.8351279947299924), Some(1.0), Some(-0.10877542640009734), Some(20.5), Some(0.8409623907387959)]),
    ("Sergey Lavrov", "Wang Yi", 1, 9, [Some(-0.9), Some(0.229537), Some(-1.129537), None, None, None, None, None, None, Some(-2.865151084602061), Some(0.0), Some(0.16245549726860664)]),
];
#[rustfmt::skip]
const COMPARE_MIN2: &[(&str, &str, u64, u64, [Cell; 12])] = &[
    ("Annalena Baerbock", "Antony Blinken", 5, 8, [Some(0.19), Some(-0.212208375), Some(0.402208375), Some(0.00421576193790274), Some(0.8002009880620973), Some(2.2616109633052575), Some(9.687937587263164), Some(0.048049599477039545), Some(0.43244639529335593), Some(1.2409485333234178), Some(33.5), Some(0.05601794644967123)]),
    ("Annalena Baerbock", "Kaja Kallas", 5, 4, [Some(0.19), Some(0.25), Some(-0.06), Some(-0.4230673090753601), Some(0.3030673090753601), Some(-0.45883146774112343), Some(4.0), Some(0.6701799733187812), Some(1.0), Some(-0.27144835701531844), Some(12.0), Some(0.6998539373816268)]),
    ("Annalena Baerbock", "Mark Rutte", 5, 3, [Some(0.19), Some(-0.5), Some(0.69), Some(0.32693269092463983), Some(1.05306730907536), Some(5.276561879022919), Some(4.0), Some(0.006184543373572061), Some(0.08039906385643676), Some(2.8900919672126983), Some(15.0), Some(0.03139516531319054)]),
    ("Annalena Baerbock", "Penny Wong", 5, 5, [Some(0.19), Some(0.19), Some(0.0), Some(-0.4264549254587079), Some(0.4264549254587079), Some(0.0), Some(8.000000000000002), Some(1.0), Some(1.0), Some(0.0), Some(12.5), Some(1.0)]),
    ("Annalena Baerbock", "Wang Yi", 5, 9, [Some(0.19), Some(0.229537), Some(-0.03953699999999999), Some(-0.4489671723711406), Some(0.3698931723711406), Some(-0.2132658054902794), Some(10.701457868597531), Some(0.8351279947299926), Some(1.0), Some(-0.10877542640009734), Some(20.5), Some(0.8409623907387959)]),
    ("Antony Blinken", "Kaja Kallas", 8, 4, [Some(-0.212208375), Some(0.25), Some(-0.462208375), Some(-0.7472178328152796), Some(-0.1771989171847203), Some(-3.834781979490147), Some(7.0), Some(0.006417840034654968), Some(0.08039906385643676), Some(-1.6204911529611705), Some(2.0), Some(0.017219910837488406)]),
    ("Antony Blinken", "Mark Rutte", 8, 3, [Some(-0.212208375), Some(-0.5), Some(0.287791625), Some(0.0027821671847202967), Some(0.5728010828152796), Some(2.3877069241728606), Some(7.0), Some(0.04833142636503958), Some(0.43244639529335593), Some(0.9572122768160004), Some(18.0), Some(0.2390041140262411)]),
    ("Antony Blinken", "Penny Wong", 8, 5, [Some(-0.212208375), Some(0.19), Some(-0.402208375), Some(-0.8002009880620973), Some(-0.0042157619379027955), Some(-2.261610963305258), Some(9.687937587263164), Some(0.048049599477039545), Some(0.43244639529335593), Some(-1.2409485333234178), Some(6.5), Some(0.05601794644967123)]),
    ("Antony Blinken", "Wang Yi", 8, 9, [Some(-0.212208375), Some(0.229537), Some(-0.441745375), Some(-0.8218288273716257), Some(-0.06166192262837428), Some(-2.4773229190570483), Some(14.994246361183327), Some(0.025631619000827048), Some(0.2563161900082705), Some(-1.1929182880958764), Some(13.5), Some(0.03327719997486843)]),
    ("Kaja Kallas", "Mark Rutte", 4, 3, [Some(0.25), Some(-0.5), Some(0.75), None, None, None, None, None, None, None, Some(12.0), Some(0.024744672046398936)]),
    ("Kaja Kallas", "Penny Wong", 4, 5, [Some(0.25), Some(0.19), Some(0.06), Some(-0.30306730907536006), Some(0.42306730907536005), Some(0.45883146774112354), Some(4.0), Some(0.670179973318781), Some(1.0), Some(0.27144835701531844), Some(8.0), Some(0.6998539373816268)]),
    ("Kaja Kallas", "Wang Yi", 4, 9, [Some(0.25), Some(0.229537), Some(0.02046300000000001), Some(-0.2825712805613775), Some(0.3234972805613775), Some(0.15571757271575523), Some(8.0), Some(0.8801131503439824), Some(1.0), Some(0.0608650130956191), Some(16.0), Some(0.8076526554319905)]),
    ("Mark Rutte", "Penny Wong", 3, 5, [Some(-0.5), Some(0.19), Some(-0.69), Some(-1.05306730907536), Some(-0.3269326909246399), Some(-5.27656187902292), Some(4.0), Some(0.0061845433735720585), Some(0.08039906385643676), Some(-2.890091967212699), Some(0.0), Some(0.03139516531319054)]),
    ("Mark Rutte", "Wang Yi", 3, 9, [Some(-0.5), Some(0.229537), Some(-0.729537), Some(-1.0325712805613776), Some(-0.4265027194386225), Some(-5.551567748928987), Some(8.0), Some(0.0005399799781608732), Some(0.007559719694252225), Some(-2.0689471447167835), Some(1.5), Some(0.030123644381970006)]),
    ("Penny Wong", "Wang Yi", 5, 9, [Some(0.19), Some(0.229537), Some(-0.03953699999999999), Some(-0.44896717237114053), Some(0.36989317237114056), Some(-0.2132658054902794), Some(10.70145786859753), Some(0.8351279947299924), Some(1.0), Some(-0.10877542640009734), Some(20.5), Some(0.8409623907387959)]),
];
#[rustfmt::skip]
const JUST_WANG_BLINKEN: &[(&str, &str, u64, u64, [Cell; 12])] = &[
    ("Wang Yi", "Antony Blinken", 9, 8, [Some(0.229537), Some(-0.212208375), Some(0.441745375), Some(0.06166192262837428), Some(0.8218288273716257), Some(2.4773229190570483), Some(14.994246361183327), Some(0.025631619000827048), Some(0.025631619000827048), Some(1.1929182880958764), Some(58.5), Some(0.03327719997486843)]),
];
#[rustfmt::skip]
const JUST_BLINKEN_WANG: &[(&str, &str, u64, u64, [Cell; 12])] = &[
    ("Antony Blinken", "Wang Yi", 8, 9, [Some(-0.212208375), Some(0.229537), Some(-0.441745375), Some(-0.8218288273716257), Some(-0.06166192262837428), Some(-2.4773229190570483), Some(14.994246361183327), Some(0.025631619000827048), Some(0.025631619000827048), Some(-1.1929182880958764), Some(13.5), Some(0.03327719997486843)]),
];
#[rustfmt::skip]
const JUST_KALLAS_RUTTE: &[(&str, &str, u64, u64, [Cell; 12])] = &[
    ("Kaja Kallas", "Mark Rutte", 4, 3, [Some(0.25), Some(-0.5), Some(0.75), None, None, None, None, None, None, None, Some(12.0), Some(0.024744672046398936)]),
];
#[rustfmt::skip]
const JUST_LAVROV_WANG: &[(&str, &str, u64, u64, [Cell; 12])] = &[
    ("Sergey Lavrov", "Wang Yi", 1, 9, [Some(-0.9), Some(0.229537), Some(-1.129537), None, None, None, None, None, None, Some(-2.865151084602061), Some(0.0), Some(0.16245549726860664)]),
];
#[rustfmt::skip]
const TIMELINE: &[(&str, &str, u64, [Cell; 4])] = &[
    ("Annalena Baerbock", "2024-01", 1, [Some(0.3), None, None, Some(0.0)]),
    ("Annalena Baerbock", "2024-02", 2, [Some(0.04999999999999999), Some(-3.1265511840436737), Some(3.2265511840436734), Some(0.5)]),
    ("Annalena Baerbock", "2024-03", 2, [Some(0.275), Some(-3.2192063024480406), Some(3.7692063024480404), Some(0.0)]),
    ("Antony Blinken", "2024-01", 2, [Some(-0.6154999999999999), Some(-2.083066647028177), Some(0.852066647028177), Some(1.0)]),
    ("Antony Blinken", "2024-02", 2, [Some(0.0), Some(-3.1765511840436735), Some(3.1765511840436735), Some(0.5)]),
    ("Antony Blinken", "2024-03", 4, [Some(-0.11666675000000001), Some(-0.5376647908173883), Some(0.3043312908173882), Some(0.5)]),
    ("Kaja Kallas", "2024-01", 1, [Some(0.25), None, None, Some(0.0)]),
    ("Kaja Kallas", "2024-02", 2, [Some(0.25), Some(0.25), Some(0.25), Some(0.0)]),
    ("Kaja Kallas", "2024-03", 1, [Some(0.25), None, None, Some(0.0)]),
    ("Mark Rutte", "2024-01", 1, [Some(-0.5), None, None, Some(1.0)]),
    ("Mark Rutte", "2024-03", 2, [Some(-0.5), Some(-0.5), Some(-0.5), Some(1.0)]),
    ("Penny Wong", "2024-01", 2, [Some(0.15), Some(-1.755930710426204), Some(2.055930710426204), Some(0.0)]),
    ("Penny Wong", "2024-02", 1, [Some(-0.2), None, None, Some(1.0)]),
    ("Penny Wong", "2024-03", 1, [Some(0.55), None, None, Some(0.0)]),
    ("Penny Wong", "undated", 1, [Some(0.3), None, None, Some(0.0)]),
    ("Sergey Lavrov", "2024-02", 1, [Some(-0.9), None, None, Some(1.0)]),
    ("Wang Yi", "2024-01", 3, [Some(0.12333333333333334), Some(-1.2942222449999525), Some(1.5408889116666191), Some(0.3333333333333333)]),
    ("Wang Yi", "2024-02", 3, [Some(0.1875), Some(-0.5239843187993924), Some(0.8989843187993924), Some(0.3333333333333333)]),
    ("Wang Yi", "2024-03", 2, [Some(0.4), Some(-4.682481894469878), Some(5.4824818944698785), Some(0.0)]),
    ("Wang Yi", "undated", 1, [Some(0.333333), None, None, Some(0.0)]),
];
// END GENERATED

/// The design's column lists ("Commands"), verbatim.
const SPEAKERS_HEADER: &str = "speaker,n,mean,sd,ci_low,ci_high,median,share_cooperative,share_neutral,\
                               share_warning,net_tone,first_date,last_date,top_cooperative,top_warning";
const COMPARE_HEADER: &str =
    "speaker_a,speaker_b,n_a,n_b,mean_a,mean_b,diff,ci_low,ci_high,t,df,p,p_holm,cohens_d,mw_u,mw_p";
const TIMELINE_HEADER: &str = "speaker,period,n,mean,ci_low,ci_high,share_warning";

/// The numeric columns checked against [`SPEAKERS`], in its order.
const SPEAKER_NUMS: [&str; 9] =
    ["mean", "sd", "ci_low", "ci_high", "median", "share_cooperative", "share_neutral", "share_warning", "net_tone"];
/// The numeric columns checked against the `COMPARE_*` and `JUST_*` tables.
const COMPARE_NUMS: [&str; 12] =
    ["mean_a", "mean_b", "diff", "ci_low", "ci_high", "t", "df", "p", "p_holm", "cohens_d", "mw_u", "mw_p"];
/// The numeric columns checked against [`TIMELINE`].
const TIMELINE_NUMS: [&str; 4] = ["mean", "ci_low", "ci_high", "share_warning"];

type Datum = (&'static str, Option<&'static str>, f64, Tone);

fn push(agg: &mut Aggregate, &(name, date, score, tone): &Datum) {
    let o = Observation { score, tone, date, terms: Vec::new(), name };
    agg.push(&speaker_key(name), &period_of(date, Period::Month), &o);
}

fn build<'a>(data: impl IntoIterator<Item = &'a Datum>) -> Aggregate {
    let mut agg = Aggregate::default();
    for d in data {
        push(&mut agg, d);
    }
    agg
}

fn whole() -> Aggregate {
    build(DATA)
}

fn to_string(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("CSV is UTF-8")
}

fn speakers_csv(agg: &Aggregate) -> String {
    let rows = report::speaker_rows(agg);
    to_string(report::write_table(Vec::new(), Format::Csv, columns::SPEAKERS, &rows).unwrap())
}

fn compare_csv(agg: &Aggregate, pairs: &Pairs) -> String {
    let rows = report::compare_rows(agg, pairs);
    to_string(report::write_table(Vec::new(), Format::Csv, columns::COMPARE, &rows).unwrap())
}

fn timeline_csv(agg: &Aggregate) -> String {
    let rows = report::timeline_rows(agg);
    to_string(report::write_table(Vec::new(), Format::Csv, columns::TIMELINE, &rows).unwrap())
}

/// A CSV table split into cells (no cell here needs quoting: names have no
/// commas and the term columns are empty).
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn parse(csv: &str) -> Table {
        assert!(!csv.contains('"'), "unexpected quoting in\n{csv}");
        let mut lines = csv.lines();
        let split = |l: &str| l.split(',').map(str::to_string).collect::<Vec<_>>();
        let header = split(lines.next().expect("a header line"));
        let rows: Vec<Vec<String>> = lines.map(split).collect();
        for (i, r) in rows.iter().enumerate() {
            assert_eq!(r.len(), header.len(), "row {i} has {} cells, header {}", r.len(), header.len());
        }
        Table { header, rows }
    }

    fn cell(&self, row: usize, col: &str) -> &str {
        let j = self.header.iter().position(|h| h == col).unwrap_or_else(|| panic!("no column {col:?}"));
        &self.rows[row][j]
    }
}

/// Collects every disagreement, so one run lists them all.
#[derive(Default)]
struct Check {
    errors: Vec<String>,
}

impl Check {
    fn text(&mut self, what: &str, got: &str, want: &str) {
        if got != want {
            self.errors.push(format!("{what}: got {got:?}, want {want:?}"));
        }
    }

    fn num(&mut self, what: &str, cell: &str, want: Cell) {
        match want {
            None => {
                if !cell.is_empty() {
                    self.errors.push(format!("{what}: got {cell:?}, want an empty cell"));
                }
            }
            Some(w) => {
                // `num` writes six decimals.
                let six = cell.rsplit_once('.').is_some_and(|(_, d)| d.len() == 6);
                match cell.parse::<f64>() {
                    Ok(got) if got.is_finite() && six && (got - w).abs() <= TOL => {}
                    _ => self.errors.push(format!(
                        "{what}: got {cell:?}, want {w:.9} (diff {:.3e})",
                        cell.parse::<f64>().map_or(f64::NAN, |g| (g - w).abs())
                    )),
                }
            }
        }
    }

    fn finish(self) {
        assert!(
            self.errors.is_empty(),
            "{} disagreement(s) with scipy:\n{}",
            self.errors.len(),
            self.errors.join("\n")
        );
    }
}

fn check_compare(csv: &str, want: &[(&str, &str, u64, u64, [Cell; 12])]) {
    let t = Table::parse(csv);
    assert_eq!(t.rows.len(), want.len(), "compare rows:\n{csv}");
    let mut c = Check::default();
    for (i, (a, b, na, nb, nums)) in want.iter().enumerate() {
        let what = format!("compare {a} vs {b}");
        c.text(&format!("{what} speaker_a"), t.cell(i, "speaker_a"), a);
        c.text(&format!("{what} speaker_b"), t.cell(i, "speaker_b"), b);
        c.text(&format!("{what} n_a"), t.cell(i, "n_a"), &na.to_string());
        c.text(&format!("{what} n_b"), t.cell(i, "n_b"), &nb.to_string());
        for (col, want) in COMPARE_NUMS.iter().zip(nums) {
            c.num(&format!("{what} {col}"), t.cell(i, col), *want);
        }
    }
    c.finish();
}

fn assert_no_nan(csv: &str) {
    for (i, line) in csv.lines().enumerate() {
        for cell in line.split(',') {
            let l = cell.to_ascii_lowercase();
            assert!(!l.contains("nan") && !l.contains("inf"), "line {}: cell {cell:?} in {line:?}", i + 1);
        }
    }
}

#[test]
fn speakers_table_matches_scipy() {
    let csv = speakers_csv(&whole());
    let t = Table::parse(&csv);
    assert_eq!(t.rows.len(), SPEAKERS.len(), "speaker rows:\n{csv}");
    let mut c = Check::default();
    for (i, (name, n, nums, first, last)) in SPEAKERS.iter().enumerate() {
        let what = format!("speakers {name}");
        c.text(&format!("{what} speaker"), t.cell(i, "speaker"), name);
        c.text(&format!("{what} n"), t.cell(i, "n"), &n.to_string());
        for (col, want) in SPEAKER_NUMS.iter().zip(nums) {
            c.num(&format!("{what} {col}"), t.cell(i, col), *want);
        }
        c.text(&format!("{what} first_date"), t.cell(i, "first_date"), first);
        c.text(&format!("{what} last_date"), t.cell(i, "last_date"), last);
    }
    c.finish();
}

#[test]
fn compare_all_pairs_matches_scipy_with_holm_over_14_pairs() {
    let defined = COMPARE_ALL.iter().filter(|r| r.4[7].is_some()).count();
    assert!(defined >= 6, "Holm should adjust over at least 6 pairs, has {defined}");
    check_compare(&compare_csv(&whole(), &Pairs::All { min_quotes: 1 }), COMPARE_ALL);
}

#[test]
fn compare_min_quotes_drops_the_single_quote_speaker() {
    check_compare(&compare_csv(&whole(), &Pairs::All { min_quotes: 2 }), COMPARE_MIN2);
}

#[test]
fn compare_just_one_pair_matches_scipy() {
    let agg = whole();
    let just = |a: &str, b: &str| compare_csv(&agg, &Pairs::Just(speaker_key(a), speaker_key(b)));
    // One defined p: Holm leaves it as it is.
    check_compare(&just("wang yi", "antony blinken"), JUST_WANG_BLINKEN);
    // Swapped: diff, t, ci and d change sign, U becomes n_a·n_b − U.
    check_compare(&just("antony blinken", "wang yi"), JUST_BLINKEN_WANG);
    // Two constant speakers: no Welch, no d; Mann–Whitney still defined.
    check_compare(&just("kaja kallas", "mark rutte"), JUST_KALLAS_RUTTE);
    // One quote: no Welch; d (pooled over the other side) and U defined.
    check_compare(&just("sergey lavrov", "wang yi"), JUST_LAVROV_WANG);
    // An unknown key: no row, just the header.
    assert_eq!(just("wang yi", "nobody"), format!("{COMPARE_HEADER}\n"));
}

#[test]
fn timeline_matches_scipy_and_keeps_undated() {
    let csv = timeline_csv(&whole());
    let t = Table::parse(&csv);
    assert_eq!(t.rows.len(), TIMELINE.len(), "timeline rows:\n{csv}");
    let mut c = Check::default();
    for (i, (name, period, n, nums)) in TIMELINE.iter().enumerate() {
        let what = format!("timeline {name} {period}");
        c.text(&format!("{what} speaker"), t.cell(i, "speaker"), name);
        c.text(&format!("{what} period"), t.cell(i, "period"), period);
        c.text(&format!("{what} n"), t.cell(i, "n"), &n.to_string());
        for (col, want) in TIMELINE_NUMS.iter().zip(nums) {
            c.num(&format!("{what} {col}"), t.cell(i, col), *want);
        }
    }
    c.finish();
    let undated: Vec<&str> =
        (0..t.rows.len()).filter(|&i| t.cell(i, "period") == "undated").map(|i| t.cell(i, "speaker")).collect();
    assert_eq!(undated, ["Penny Wong", "Wang Yi"]);
    // Every quote is in exactly one period row.
    let total: u64 = (0..t.rows.len()).map(|i| t.cell(i, "n").parse::<u64>().unwrap()).sum();
    assert_eq!(total, DATA.len() as u64);
}

#[test]
fn undefined_values_are_empty_cells() {
    let agg = whole();
    let s = Table::parse(&speakers_csv(&agg));
    let row = |name: &str| (0..s.rows.len()).find(|&i| s.cell(i, "speaker") == name).unwrap();
    // One quote: mean and median, no sd or interval.
    let lavrov = row("Sergey Lavrov");
    assert_eq!(s.cell(lavrov, "mean"), "-0.900000");
    assert_eq!(s.cell(lavrov, "median"), "-0.900000");
    for col in ["sd", "ci_low", "ci_high"] {
        assert_eq!(s.cell(lavrov, col), "", "Lavrov {col}");
    }
    // All-equal scores: sd 0 and an interval collapsed to the mean.
    for (name, mean) in [("Kaja Kallas", "0.250000"), ("Mark Rutte", "-0.500000")] {
        let i = row(name);
        assert_eq!(s.cell(i, "sd"), "0.000000", "{name} sd");
        for col in ["mean", "ci_low", "ci_high", "median"] {
            assert_eq!(s.cell(i, col), mean, "{name} {col}");
        }
    }
    // Compare rows with a one-quote side or two constant sides: the Welch
    // cells (and p_holm) are empty.
    let c = Table::parse(&compare_csv(&agg, &Pairs::All { min_quotes: 1 }));
    let welch = ["ci_low", "ci_high", "t", "df", "p", "p_holm"];
    let mut undefined = 0;
    for i in 0..c.rows.len() {
        let (a, b) = (c.cell(i, "speaker_a"), c.cell(i, "speaker_b"));
        if a == "Sergey Lavrov" || b == "Sergey Lavrov" || (a, b) == ("Kaja Kallas", "Mark Rutte") {
            undefined += 1;
            for col in welch {
                assert_eq!(c.cell(i, col), "", "{a} vs {b} {col}");
            }
            assert_ne!(c.cell(i, "mw_p"), "", "{a} vs {b} mw_p");
        } else {
            for col in welch {
                assert_ne!(c.cell(i, col), "", "{a} vs {b} {col}");
            }
        }
    }
    assert_eq!(undefined, 7);
}

#[test]
fn csv_headers_are_the_design_columns() {
    let agg = whole();
    let cases = [
        (speakers_csv(&agg), SPEAKERS_HEADER, columns::SPEAKERS),
        (compare_csv(&agg, &Pairs::All { min_quotes: 1 }), COMPARE_HEADER, columns::COMPARE),
        (timeline_csv(&agg), TIMELINE_HEADER, columns::TIMELINE),
    ];
    for (csv, header, cols) in cases {
        assert_eq!(csv.lines().next(), Some(header));
        assert_eq!(cols.join(","), header);
    }
    // Empty tables still carry the header.
    let empty = Aggregate::default();
    assert_eq!(speakers_csv(&empty), format!("{SPEAKERS_HEADER}\n"));
    assert_eq!(compare_csv(&empty, &Pairs::All { min_quotes: 1 }), format!("{COMPARE_HEADER}\n"));
    assert_eq!(timeline_csv(&empty), format!("{TIMELINE_HEADER}\n"));
}

#[test]
fn no_cell_is_nan_or_inf() {
    let agg = whole();
    assert_no_nan(&speakers_csv(&agg));
    assert_no_nan(&compare_csv(&agg, &Pairs::All { min_quotes: 1 }));
    assert_no_nan(&timeline_csv(&agg));
    for (a, b) in [("kaja kallas", "mark rutte"), ("sergey lavrov", "sergey lavrov"), ("mark rutte", "mark rutte")] {
        assert_no_nan(&compare_csv(&agg, &Pairs::Just(speaker_key(a), speaker_key(b))));
    }
}

/// The three tables as bytes.
fn all_tables(agg: &Aggregate) -> [String; 3] {
    [speakers_csv(agg), compare_csv(agg, &Pairs::All { min_quotes: 1 }), timeline_csv(agg)]
}

#[test]
fn merged_splits_write_the_same_bytes() {
    let whole = whole();
    let want = all_tables(&whole);
    let n = DATA.len();
    let halves = [build(&DATA[..n / 2]), build(&DATA[n / 2..])];
    let odd_even = [build(DATA.iter().step_by(2)), build(DATA.iter().skip(1).step_by(2))];
    let singles: Vec<Aggregate> = DATA.iter().rev().map(std::slice::from_ref).map(build).collect();
    let thirds: Vec<Aggregate> = DATA.chunks(n.div_ceil(3)).map(build).collect();
    let splits: [(&str, &[Aggregate]); 4] =
        [("halves", &halves), ("odd/even", &odd_even), ("one per quote, reversed", &singles), ("thirds", &thirds)];
    for (what, parts) in splits {
        // Merge left to right into an empty aggregate…
        let mut merged = Aggregate::default();
        for p in parts {
            merged.merge(p);
        }
        assert_eq!(merged, whole, "{what}");
        assert_eq!(all_tables(&merged), want, "{what}");
        // …and right to left, starting from the last part.
        let mut back = parts.last().unwrap().clone();
        for p in parts.iter().rev().skip(1) {
            back.merge(p);
        }
        assert_eq!(all_tables(&back), want, "{what}, merged backwards");
    }
}
