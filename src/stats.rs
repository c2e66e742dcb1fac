//! Pure statistical functions behind the `speakers`, `compare` and
//! `timeline` tables.
//!
//! Every number here must agree with scipy.stats to 1e-6 (see the design
//! notes, "Statistics"), and per-speaker sums must merge exactly whatever the
//! split of a batch ("Exactness"). So:
//!
//! * [`Moments`] keeps exact integer sums of fixed-point scores; they merge
//!   in any order to the same value, and are turned into floats only in
//!   [`Moments::summary`].
//! * [`summary`], [`t_interval`], [`welch`], [`cohens_d`], [`mann_whitney`],
//!   [`holm`] and [`median_of_hist`] are pure functions of those sums or of
//!   sorted `(value, count)` histograms. They run in `O(n)` (or
//!   `O(n log n)` when a histogram has to be sorted first).
//! * A value that is undefined (a standard deviation of one score, a test
//!   with no variance) is `None`, never NaN, so it becomes an empty CSV cell.

use std::borrow::Cow;
use std::cmp::Ordering;

use statrs::distribution::{Continuous, ContinuousCDF, Normal, StudentsT};

/// Fixed-point scale of [`Moments`]: a score is stored as `score × SCALE`.
pub const SCALE: f64 = 1e6;

/// Confidence level of the intervals in the report tables.
const LEVEL: f64 = 0.95;

/// Converts a score to fixed point (`score × 10⁶`), rounding half away
/// from zero.
///
/// Scores are expected in `[-1, 1]`; out-of-range values saturate at the
/// `i64` bounds and NaN maps to 0 (Rust's `as` semantics).
pub fn to_micro(score: f64) -> i64 {
    // `f64::round` rounds half away from zero.
    (score * SCALE).round() as i64
}

/// Exact, order-independent sums of fixed-point scores (score × 10⁶ as
/// i64).
///
/// Integer addition is associative, so any split of a batch (threads, files,
/// machines) merges to the same sums, and the same bytes in the report.
/// With `|micro| ≤ 10⁶` the sums cannot overflow before 10²⁶ scores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Moments {
    /// Number of scores.
    pub n: u64,
    /// Sum of the fixed-point scores.
    pub sum: i128,
    /// Sum of the squared fixed-point scores.
    pub sum_sq: i128,
}

impl Moments {
    /// Adds one fixed-point score (see [`to_micro`]).
    pub fn push(&mut self, micro: i64) {
        let m = i128::from(micro);
        self.n += 1;
        self.sum += m;
        self.sum_sq += m * m;
    }

    /// Adds all the scores counted in `other`.
    pub fn merge(&mut self, other: &Moments) {
        self.n += other.n;
        self.sum += other.sum;
        self.sum_sq += other.sum_sq;
    }

    /// Mean, sample standard deviation and 95% interval of the scores (in
    /// score units, not fixed point).
    ///
    /// The variance numerator `n·Σx² − (Σx)²` is computed exactly in
    /// integers before the one conversion to `f64`, so a group of identical
    /// scores has a standard deviation of exactly 0.
    pub fn summary(&self) -> Summary {
        if self.n == 0 {
            return Summary::empty(0);
        }
        let n = self.n as f64;
        let mean = self.sum as f64 / n / SCALE;
        if self.n < 2 {
            return Summary::from_mean_var(self.n, mean, None);
        }
        let var = match i128::from(self.n)
            .checked_mul(self.sum_sq)
            .and_then(|nss| nss.checked_sub(self.sum.checked_mul(self.sum)?))
        {
            // Exact numerator; one rounding in `as f64`.
            Some(num) => num as f64 / (n * (n - 1.0)) / (SCALE * SCALE),
            // Only reachable past ~10¹³ scores: fall back to floats.
            None => {
                let (s, ss) = (self.sum as f64, self.sum_sq as f64);
                (ss - s * s / n) / (n - 1.0) / (SCALE * SCALE)
            }
        };
        Summary::from_mean_var(self.n, mean, Some(var))
    }
}

impl std::ops::AddAssign<&Moments> for Moments {
    fn add_assign(&mut self, other: &Moments) {
        self.merge(other);
    }
}

/// Mean, sample sd and 95% Student-t interval from exact sums.
///
/// Fields that are undefined for the sample size are `None`: everything
/// for `n = 0`; `sd` and the interval for `n = 1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// Number of scores.
    pub n: u64,
    /// Arithmetic mean (`n ≥ 1`).
    pub mean: Option<f64>,
    /// Sample standard deviation, denominator `n − 1` (`n ≥ 2`).
    pub sd: Option<f64>,
    /// Lower end of the 95% Student-t interval of the mean (`n ≥ 2`).
    pub ci_low: Option<f64>,
    /// Upper end of the 95% Student-t interval of the mean (`n ≥ 2`).
    pub ci_high: Option<f64>,
}

impl Summary {
    fn empty(n: u64) -> Summary {
        Summary { n, mean: None, sd: None, ci_low: None, ci_high: None }
    }

    /// Builds a summary from a mean and a (possibly slightly negative,
    /// through rounding) sample variance; non-finite inputs give `None`.
    fn from_mean_var(n: u64, mean: f64, var: Option<f64>) -> Summary {
        if n == 0 || !mean.is_finite() {
            return Summary::empty(n);
        }
        let sd = var.filter(|v| n >= 2 && v.is_finite()).map(|v| v.max(0.0).sqrt());
        let ci = sd.and_then(|sd| t_interval(n, mean, sd, LEVEL));
        Summary { n, mean: Some(mean), sd, ci_low: ci.map(|c| c.0), ci_high: ci.map(|c| c.1) }
    }

    /// The sample variance, `sd²`.
    fn var(&self) -> Option<f64> {
        self.sd.map(|sd| sd * sd)
    }
}

/// Summarizes `n` scores from their sum and sum of squares.
///
/// `sd` and the interval need `n ≥ 2`; with `sd = 0` the interval is
/// `[mean, mean]`. Non-finite sums give `None` fields.
pub fn summary(n: u64, sum: f64, sum_sq: f64) -> Summary {
    if n == 0 {
        return Summary::empty(0);
    }
    let nf = n as f64;
    let mean = sum / nf;
    let var = (n >= 2).then(|| (sum_sq - sum * mean) / (nf - 1.0));
    Summary::from_mean_var(n, mean, var)
}

/// Summarizes a slice of scores.
///
/// Uses the corrected two-pass algorithm (mean first, then squared
/// deviations), which is more accurate than [`summary`] on raw sums.
pub fn summary_of(xs: &[f64]) -> Summary {
    let n = xs.len() as u64;
    if n == 0 {
        return Summary::empty(0);
    }
    let nf = n as f64;
    let mean = xs.iter().sum::<f64>() / nf;
    let var = (n >= 2).then(|| {
        let (mut ss, mut comp) = (0.0, 0.0);
        for &x in xs {
            let d = x - mean;
            ss += d * d;
            comp += d;
        }
        (ss - comp * comp / nf) / (nf - 1.0)
    });
    Summary::from_mean_var(n, mean, var)
}

/// Below this many degrees of freedom statrs's incomplete beta gives the t
/// tail to ~1e-12 relative; above it its `ln Γ` differences lose digits
/// (1e-8 at 10⁷), so Hill's normalizing transform takes over.
const LARGE_DF: f64 = 1e4;

/// Upper tail `P(T > x)` of Student's t with `df` degrees of freedom.
fn t_sf(x: f64, df: f64) -> Option<f64> {
    let p = if df < LARGE_DF {
        StudentsT::new(0.0, 1.0, df).ok()?.sf(x)
    } else {
        // Hill (1970), CACM Algorithm 395: a transform of t to a standard
        // normal deviate, with error O(df⁻⁴); agrees with scipy's `t.sf` to
        // ~1e-12 relative for df ≥ 10⁴ and |t| ≤ 37.
        let a = df - 0.5;
        let b = 48.0 * a * a;
        let y = a * (x * x / df).ln_1p();
        let z =
            (((((-0.4 * y - 3.3) * y - 24.0) * y - 85.5) / (0.8 * y * y + 100.0 + b) + y + 3.0) / b + 1.0) * y.sqrt();
        Normal::new(0.0, 1.0).ok()?.sf(if x < 0.0 { -z } else { z })
    };
    p.is_finite().then_some(p)
}

/// Upper `q` quantile of Student's t with `df` degrees of freedom: the `x`
/// with `P(T > x) = q`, for `0 < q ≤ 0.5`.
///
/// statrs's `StudentsT::inverse_cdf` is not used: its inverse incomplete
/// beta can loop forever (statrs issue #435). Instead: a Cornish–Fisher
/// start, then Newton steps on `ln P(T > x)` kept inside a bracket, with
/// bisection when a step leaves it. Every loop is bounded.
fn t_upper(q: f64, df: f64) -> Option<f64> {
    if !(q > 0.0 && q <= 0.5 && df > 0.0 && df.is_finite()) {
        return None;
    }
    if q == 0.5 {
        return Some(0.0);
    }
    // Abramowitz & Stegun 26.7.5 from the normal quantile.
    let z = -Normal::new(0.0, 1.0).ok()?.inverse_cdf(q);
    let (z2, v) = (z * z, df);
    let g1 = (z2 + 1.0) * z / 4.0;
    let g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
    let g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
    let mut x = z + g1 / v + g2 / (v * v) + g3 / (v * v * v);
    if !(x.is_finite() && x > 0.0) {
        x = z.max(1.0);
    }
    // Bracket the root: sf(lo) > q ≥ sf(hi).
    let (mut lo, mut hi) = (0.0f64, x);
    let mut s = t_sf(x, df)?;
    while s > q {
        lo = hi;
        hi *= 2.0;
        if !hi.is_finite() {
            return None;
        }
        s = t_sf(hi, df)?;
    }
    x = hi;
    let ln_q = q.ln();
    let pdf_of = StudentsT::new(0.0, 1.0, df).ok()?;
    for _ in 0..200 {
        let pdf = pdf_of.pdf(x);
        let step = (s.ln() - ln_q) * s / pdf;
        let mut next = x + step;
        if !(next > lo && next < hi) {
            next = lo + (hi - lo) / 2.0;
        }
        if (next - x).abs() <= 1e-15 * x || hi - lo <= 1e-15 * hi {
            return Some(next);
        }
        x = next;
        s = t_sf(x, df)?;
        if s > q {
            lo = x;
        } else {
            hi = x;
        }
    }
    Some(x)
}

/// Student-t interval of a mean:
/// `scipy.stats.t.interval(level, n-1, loc=mean, scale=sd/sqrt(n))`.
///
/// `None` when `n < 2`, `level` is not in `(0, 1)`, or `mean`/`sd` is not
/// finite (or `sd < 0`). With `sd = 0` the interval is `(mean, mean)`.
pub fn t_interval(n: u64, mean: f64, sd: f64, level: f64) -> Option<(f64, f64)> {
    if n < 2 || !(level > 0.0 && level < 1.0) || !mean.is_finite() {
        return None;
    }
    if !(sd >= 0.0 && sd.is_finite()) {
        return None;
    }
    if sd == 0.0 {
        return Some((mean, mean));
    }
    // scipy evaluates the quantiles at (1 − level)/2 and (1 + level)/2;
    // their rounding differs, and at extreme levels so do the two ends.
    let df = (n - 1) as f64;
    let lo = t_upper((1.0 - level) / 2.0, df)?;
    let hi = t_upper(1.0 - (1.0 + level) / 2.0, df)?;
    let scale = sd / (n as f64).sqrt();
    Some((mean - lo * scale, mean + hi * scale))
}

/// Two-sided p-value of a t statistic with `df` degrees of freedom.
fn t_two_sided_p(t: f64, df: f64) -> Option<f64> {
    // The upper tail is computed directly (not as 1 − cdf), so small
    // p-values keep their relative accuracy.
    let p = 2.0 * t_sf(t.abs(), df)?;
    Some(p.clamp(0.0, 1.0))
}

/// Result of Welch's unequal-variances t-test of `a` against `b`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Welch {
    /// Difference of the means, `mean_a − mean_b`.
    pub diff: f64,
    /// Lower end of the 95% interval of `diff`.
    pub ci_low: f64,
    /// Upper end of the 95% interval of `diff`.
    pub ci_high: f64,
    /// t statistic.
    pub t: f64,
    /// Welch–Satterthwaite degrees of freedom.
    pub df: f64,
    /// Two-sided p-value.
    pub p: f64,
}

/// Welch's t-test, two-sided, as
/// `scipy.stats.ttest_ind(a, b, equal_var=False)`, with the 95% interval
/// of the difference from its `confidence_interval(0.95)`.
///
/// `None` when either side has fewer than 2 scores, or both variances are
/// 0 (scipy gives NaN there).
pub fn welch(a: &Summary, b: &Summary) -> Option<Welch> {
    if a.n < 2 || b.n < 2 {
        return None;
    }
    let (ma, mb) = (a.mean?, b.mean?);
    let (na, nb) = (a.n as f64, b.n as f64);
    let (ea, eb) = (a.var()? / na, b.var()? / nb);
    let se2 = ea + eb;
    if !(se2 > 0.0 && se2.is_finite()) {
        return None;
    }
    let se = se2.sqrt();
    let diff = ma - mb;
    let t = diff / se;
    // (ea+eb)² / (ea²/(na−1) + eb²/(nb−1)), normalized so that tiny
    // variances cannot underflow to 0/0.
    let (wa, wb) = (ea / se2, eb / se2);
    let df = 1.0 / (wa * wa / (na - 1.0) + wb * wb / (nb - 1.0));
    let p = t_two_sided_p(t, df)?;
    // As scipy's `confidence_interval`: quantiles at `tail` and `1 − tail`.
    let tail = (1.0 - LEVEL) / 2.0;
    let lo = t_upper(tail, df)?;
    let hi = t_upper(1.0 - (1.0 - tail), df)?;
    let out = Welch { diff, ci_low: diff - lo * se, ci_high: diff + hi * se, t, df, p };
    [out.diff, out.ci_low, out.ci_high, out.t, out.df].iter().all(|x| x.is_finite()).then_some(out)
}

/// Cohen's d of `a` against `b`, with the pooled standard deviation
/// `sqrt(((na−1)·sa² + (nb−1)·sb²) / (na+nb−2))`.
///
/// A side with one score contributes 0 to the pooled sum of squares.
/// `None` when a side is empty, `na + nb < 3`, or the pooled sd is 0.
pub fn cohens_d(a: &Summary, b: &Summary) -> Option<f64> {
    let (ma, mb) = (a.mean?, b.mean?);
    if a.n + b.n < 3 {
        return None;
    }
    let ss = |s: &Summary| -> Option<f64> {
        if s.n < 2 {
            Some(0.0)
        } else {
            Some((s.n - 1) as f64 * s.var()?)
        }
    };
    let pooled = ((ss(a)? + ss(b)?) / (a.n + b.n - 2) as f64).sqrt();
    if !(pooled > 0.0 && pooled.is_finite()) {
        return None;
    }
    let d = (ma - mb) / pooled;
    d.is_finite().then_some(d)
}

/// Result of the Mann–Whitney U test of `a` against `b`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MannWhitney {
    /// U statistic of sample `a` (scipy's `U1`).
    pub u: f64,
    /// Two-sided p-value, normal approximation with tie and continuity
    /// corrections.
    pub p: f64,
}

/// Orders values numerically, with `-0.0 == 0.0` and NaN last.
fn value_cmp(x: f64, y: f64) -> Ordering {
    x.partial_cmp(&y).unwrap_or_else(|| x.is_nan().cmp(&y.is_nan()))
}

/// `h` itself when sorted by value, else a sorted copy.
fn sorted_hist(h: &[(f64, u64)]) -> Cow<'_, [(f64, u64)]> {
    if h.windows(2).all(|w| value_cmp(w[0].0, w[1].0) != Ordering::Greater) {
        Cow::Borrowed(h)
    } else {
        let mut v = h.to_vec();
        v.sort_by(|x, y| value_cmp(x.0, y.0));
        Cow::Owned(v)
    }
}

/// Total count of a histogram; `None` on overflow.
fn hist_len(h: &[(f64, u64)]) -> Option<u128> {
    h.iter().try_fold(0u128, |acc, &(_, c)| acc.checked_add(u128::from(c)))
}

/// Mann–Whitney U test, two-sided, as
/// `scipy.stats.mannwhitneyu(a, b, method='asymptotic',
/// use_continuity=True, alternative='two-sided')`.
///
/// `a` and `b` are `(value, count)` histograms sorted by value (an unsorted
/// one is sorted first); a value may appear in both, and even more than
/// once in one. Ties get average ranks. When every score ties, scipy's p is
/// 1, and so is this one. `None` when either side is empty or a count
/// overflows.
pub fn mann_whitney(a: &[(f64, u64)], b: &[(f64, u64)]) -> Option<MannWhitney> {
    if a.iter().chain(b).any(|&(v, c)| c > 0 && v.is_nan()) {
        return None;
    }
    let (a, b) = (sorted_hist(a), sorted_hist(b));
    let (n1, n2) = (hist_len(&a)?, hist_len(&b)?);
    if n1 == 0 || n2 == 0 {
        return None;
    }
    // Walk both histograms in value order, one group of equal values at a
    // time. Ranks are half-integers, so keep twice the rank sum of `a`,
    // exactly, in integers.
    let (mut i, mut j) = (0, 0);
    let mut below: u128 = 0; // scores ranked before the current group
    let mut r1_twice: u128 = 0;
    let mut tie_term = 0.0; // Σ (t³ − t), in floats as scipy has it
    let mut groups = 0u32;
    loop {
        let v = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => {
                if value_cmp(x.0, y.0) == Ordering::Greater {
                    y.0
                } else {
                    x.0
                }
            }
            (Some(x), None) => x.0,
            (None, Some(y)) => y.0,
            (None, None) => break,
        };
        // `value_cmp`, not `==`: a (zero-count) NaN entry must be consumed
        // too, or the walk would stall on it.
        let same = |e: &&(f64, u64)| value_cmp(e.0, v) == Ordering::Equal;
        let (mut ca, mut cb) = (0u128, 0u128);
        while let Some(&(_, c)) = a.get(i).filter(same) {
            ca += u128::from(c);
            i += 1;
        }
        while let Some(&(_, c)) = b.get(j).filter(same) {
            cb += u128::from(c);
            j += 1;
        }
        let t = ca + cb;
        if t == 0 {
            continue;
        }
        groups = groups.saturating_add(1);
        // Average rank of the group is below + (t + 1) / 2.
        let twice_rank = below.checked_mul(2)?.checked_add(t + 1)?;
        r1_twice = r1_twice.checked_add(ca.checked_mul(twice_rank)?)?;
        let tf = t as f64;
        tie_term += tf * tf * tf - tf;
        below += t;
    }
    let nn = n1.checked_mul(n2)?;
    // 2·U1 = 2·R1 − n1(n1+1), exact.
    let u1_twice = r1_twice.checked_sub(n1.checked_mul(n1 + 1)?)?;
    let u2_twice = (2 * nn).checked_sub(u1_twice)?;
    let u1 = u1_twice as f64 / 2.0;
    if groups <= 1 {
        // Every score ties: sigma is 0, z = −∞ and scipy clips 2·sf to 1.
        return Some(MannWhitney { u: u1, p: 1.0 });
    }
    let u = u1_twice.max(u2_twice) as f64 / 2.0;
    let (f1, f2) = (n1 as f64, n2 as f64);
    let n = f1 + f2;
    let mu = f1 * f2 / 2.0;
    let s = (f1 * f2 / 12.0 * ((n + 1.0) - tie_term / (n * (n - 1.0)))).sqrt();
    let z = (u - mu - 0.5) / s;
    let p = 2.0 * Normal::new(0.0, 1.0).ok()?.sf(z);
    if !(p.is_finite() && u1.is_finite()) {
        return None;
    }
    Some(MannWhitney { u: u1, p: p.clamp(0.0, 1.0) })
}

/// Holm–Bonferroni step-down adjusted p-values, in input order, as
/// `statsmodels.stats.multitest.multipletests(ps, method='holm')[1]`.
///
/// The k-th smallest p (from 0) is multiplied by `m − k`, made monotone
/// with a running maximum, and capped at 1. A NaN input is treated as 1.
pub fn holm(ps: &[f64]) -> Vec<f64> {
    let m = ps.len();
    let clean = |p: f64| if p.is_nan() { 1.0 } else { p.max(0.0) };
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&i, &j| clean(ps[i]).total_cmp(&clean(ps[j])));
    let mut out = vec![1.0; m];
    let mut running = 0.0f64;
    for (k, &i) in order.iter().enumerate() {
        running = running.max(clean(ps[i]) * (m - k) as f64);
        out[i] = running.min(1.0);
    }
    out
}

/// Median of a `(value, count)` histogram sorted by value (an unsorted one
/// is sorted first), averaging the two middle values when the total count
/// is even, as `numpy.median` of the expanded sample.
///
/// `None` when the histogram holds no scores.
pub fn median_of_hist(h: &[(f64, u64)]) -> Option<f64> {
    let h = sorted_hist(h);
    let total = hist_len(&h)?;
    if total == 0 {
        return None;
    }
    // 0-based ranks of the two middle scores (equal when total is odd).
    let (lo, hi) = ((total - 1) / 2, total / 2);
    let mut seen: u128 = 0;
    let mut lo_val = None;
    for &(v, c) in h.iter() {
        seen += u128::from(c);
        if lo_val.is_none() && seen > lo {
            lo_val = Some(v);
        }
        if seen > hi {
            let lo_val = lo_val?;
            let m = if lo == hi { v } else { (lo_val + v) / 2.0 };
            return m.is_finite().then_some(m);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    //! Reference values come from scipy.stats (`ttest_ind(equal_var=False)`
    //! and its `confidence_interval`, `mannwhitneyu(method='asymptotic')`,
    //! `t.interval`), statsmodels `multipletests(method='holm')` and numpy
    //! (`mean`, `std(ddof=1)`, `median`); versions are in the generated
    //! block. Regenerate with `python3 tests/stats_reference.py`.

    use super::*;

    /// The design's bar: agree with scipy to 1e-6.
    const TOL: f64 = 1e-6;

    fn close(what: &str, got: f64, want: f64) {
        assert!(
            got.is_finite() && (got - want).abs() < TOL,
            "{what}: got {got:e}, want {want:e}, diff {:e}",
            (got - want).abs()
        );
    }

    /// p-values: absolute and relative agreement.
    fn close_p(what: &str, got: f64, want: f64) {
        close(what, got, want);
        assert!(
            (got - want).abs() <= TOL * want.abs(),
            "{what}: got {got:e}, want {want:e}, relative diff {:e}",
            (got - want).abs() / want.abs()
        );
    }

    fn close_opt(what: &str, got: Option<f64>, want: Option<f64>) {
        match (got, want) {
            (Some(g), Some(w)) => close(what, g, w),
            (None, None) => {}
            _ => panic!("{what}: got {got:?}, want {want:?}"),
        }
    }

    /// Deterministic pseudo-random sample, mirrored in stats_reference.py:
    /// `((a·i² + b·i + c) mod m − off) / div` for `i` in `0..n`.
    fn quad(n: i64, a: i64, b: i64, c: i64, m: i64, off: i64, div: f64) -> Vec<f64> {
        (0..n).map(|i| ((a * i * i + b * i + c) % m - off) as f64 / div).collect()
    }

    /// Sorted `(value, count)` histogram of a sample.
    fn hist(xs: &[f64]) -> Vec<(f64, u64)> {
        let mut v = xs.to_vec();
        v.sort_by(|x, y| x.total_cmp(y));
        let mut h: Vec<(f64, u64)> = Vec::new();
        for x in v {
            match h.last_mut() {
                Some(last) if last.0 == x => last.1 += 1,
                _ => h.push((x, 1)),
            }
        }
        h
    }

    /// (mean_a, sd_a, n_a, mean_b, sd_b, n_b, [diff, ci_low, ci_high, t, df, p])
    type WelchRow = (f64, f64, u64, f64, f64, u64, [f64; 6]);
    /// (name, histogram, median)
    type MedianRow = (&'static str, &'static [(f64, u64)], f64);

    struct Case {
        name: &'static str,
        a: Vec<f64>,
        b: Vec<f64>,
        /// mean, sd, ci_low, ci_high
        summary_a: [Option<f64>; 4],
        summary_b: [Option<f64>; 4],
        median_a: Option<f64>,
        median_b: Option<f64>,
        /// diff, ci_low, ci_high, t, df, p
        welch: Option<[f64; 6]>,
        cohens_d: Option<f64>,
        /// u, p
        mann_whitney: Option<[f64; 2]>,
    }

    fn check_summary(what: &str, got: &Summary, n: usize, want: &[Option<f64>; 4]) {
        assert_eq!(got.n, n as u64, "{what}: n");
        close_opt(&format!("{what}: mean"), got.mean, want[0]);
        close_opt(&format!("{what}: sd"), got.sd, want[1]);
        close_opt(&format!("{what}: ci_low"), got.ci_low, want[2]);
        close_opt(&format!("{what}: ci_high"), got.ci_high, want[3]);
    }

    /// The same sample summarized three ways: two-pass, float sums, and
    /// exact fixed-point sums (the case data are multiples of 10⁻⁶).
    fn summaries(xs: &[f64]) -> [(&'static str, Summary); 3] {
        let mut m = Moments::default();
        xs.iter().for_each(|&x| m.push(to_micro(x)));
        let sum = xs.iter().sum::<f64>();
        let sum_sq = xs.iter().map(|x| x * x).sum::<f64>();
        [("summary_of", summary_of(xs)), ("summary", summary(xs.len() as u64, sum, sum_sq)), ("Moments", m.summary())]
    }

    #[test]
    fn summaries_match_scipy() {
        for case in cases() {
            for (side, xs, want) in [("a", &case.a, &case.summary_a), ("b", &case.b, &case.summary_b)] {
                for (how, got) in summaries(xs) {
                    check_summary(&format!("{} {side} {how}", case.name), &got, xs.len(), want);
                }
            }
        }
    }

    #[test]
    fn welch_matches_scipy() {
        for case in cases() {
            for (how, sa) in summaries(&case.a) {
                let sb = summaries(&case.b).into_iter().find(|s| s.0 == how).unwrap().1;
                let what = format!("{} {how}", case.name);
                match (welch(&sa, &sb), case.welch) {
                    (None, None) => {}
                    (Some(got), Some(w)) => {
                        close(&format!("{what}: diff"), got.diff, w[0]);
                        close(&format!("{what}: ci_low"), got.ci_low, w[1]);
                        close(&format!("{what}: ci_high"), got.ci_high, w[2]);
                        close(&format!("{what}: t"), got.t, w[3]);
                        close(&format!("{what}: df"), got.df, w[4]);
                        close_p(&format!("{what}: p"), got.p, w[5]);
                    }
                    (got, want) => panic!("{what}: got {got:?}, want {want:?}"),
                }
            }
        }
    }

    #[test]
    fn welch_from_stats_matches_scipy() {
        for &(ma, sa, na, mb, sb, nb, w) in WELCH_FROM_STATS {
            let what = format!("n={na} vs n={nb}");
            let (a, b) = (summary_stats(na, ma, sa), summary_stats(nb, mb, sb));
            let got = welch(&a, &b).unwrap();
            close(&format!("{what}: diff"), got.diff, w[0]);
            close(&format!("{what}: ci_low"), got.ci_low, w[1]);
            close(&format!("{what}: ci_high"), got.ci_high, w[2]);
            close(&format!("{what}: t"), got.t, w[3]);
            // Welch df reaches 10⁸ here: compare it relatively.
            close(&format!("{what}: df"), got.df / w[4], 1.0);
            if w[5] > 0.0 {
                close_p(&format!("{what}: p"), got.p, w[5]);
            } else {
                // scipy's p underflowed; ours must be (nearly) 0 too.
                assert!(got.p < 1e-300, "{what}: p {}", got.p);
            }
        }
    }

    /// A summary with the given mean and sd (the interval is not needed).
    fn summary_stats(n: u64, mean: f64, sd: f64) -> Summary {
        Summary { n, mean: Some(mean), sd: Some(sd), ci_low: None, ci_high: None }
    }

    #[test]
    fn cohens_d_matches_reference() {
        for case in cases() {
            for (how, sa) in summaries(&case.a) {
                let sb = summaries(&case.b).into_iter().find(|s| s.0 == how).unwrap().1;
                close_opt(&format!("{} {how}: d", case.name), cohens_d(&sa, &sb), case.cohens_d);
            }
        }
    }

    #[test]
    fn mann_whitney_matches_scipy() {
        for case in cases() {
            let (ha, hb) = (hist(&case.a), hist(&case.b));
            // The same samples as unmerged, unsorted histograms.
            let raw = |xs: &[f64]| -> Vec<(f64, u64)> { xs.iter().rev().map(|&x| (x, 1)).collect() };
            for (how, a, b) in [("hist", ha, hb), ("raw", raw(&case.a), raw(&case.b))] {
                let what = format!("{} {how}", case.name);
                match (mann_whitney(&a, &b), case.mann_whitney) {
                    (None, None) => {}
                    (Some(got), Some(w)) => {
                        close(&format!("{what}: u"), got.u, w[0]);
                        close_p(&format!("{what}: p"), got.p, w[1]);
                    }
                    (got, want) => panic!("{what}: got {got:?}, want {want:?}"),
                }
            }
        }
    }

    #[test]
    fn medians_match_numpy() {
        for case in cases() {
            close_opt(&format!("{} a", case.name), median_of_hist(&hist(&case.a)), case.median_a);
            close_opt(&format!("{} b", case.name), median_of_hist(&hist(&case.b)), case.median_b);
        }
        for &(name, h, want) in MEDIANS {
            close(name, median_of_hist(h).unwrap(), want);
            let mut rev = h.to_vec();
            rev.reverse();
            close(&format!("{name} unsorted"), median_of_hist(&rev).unwrap(), want);
        }
        assert_eq!(median_of_hist(&[]), None);
        assert_eq!(median_of_hist(&[(0.5, 0)]), None);
    }

    #[test]
    fn t_interval_matches_scipy() {
        for &(n, mean, sd, level, lo, hi) in T_INTERVALS {
            let (l, h) = t_interval(n, mean, sd, level).unwrap();
            close(&format!("n={n} level={level} low"), l, lo);
            close(&format!("n={n} level={level} high"), h, hi);
        }
    }

    #[test]
    fn holm_matches_statsmodels() {
        for &(name, ps, want) in HOLM {
            let got = holm(ps);
            assert_eq!(got.len(), want.len(), "{name}");
            for (k, (&g, &w)) in got.iter().zip(want).enumerate() {
                close(&format!("{name}[{k}]"), g, w);
                if w > 0.0 {
                    close_p(&format!("{name}[{k}]"), g, w);
                }
            }
        }
        assert!(holm(&[]).is_empty());
        assert_eq!(holm(&[f64::NAN, 0.01]), vec![1.0, 0.02]);
    }

    #[test]
    fn degenerate_inputs_give_none_not_nan() {
        let empty = summary(0, 0.0, 0.0);
        assert_eq!(empty, Summary { n: 0, mean: None, sd: None, ci_low: None, ci_high: None });
        assert_eq!(summary_of(&[]), empty);
        assert_eq!(Moments::default().summary(), empty);
        let one = summary(1, 0.4, 0.16);
        assert_eq!((one.mean, one.sd, one.ci_low), (Some(0.4), None, None));
        assert_eq!(summary(2, f64::NAN, 1.0).mean, None);
        assert_eq!(summary(3, f64::INFINITY, 1.0).mean, None);
        // Sums that disagree (through rounding) can give a negative variance: sd is 0.
        let flat = summary(3, 0.3, 0.0299);
        assert_eq!(flat.sd, Some(0.0));
        for level in [0.0, 1.0, -0.5, 1.5, f64::NAN] {
            assert_eq!(t_interval(10, 0.0, 1.0, level), None, "level {level}");
        }
        assert_eq!(t_interval(1, 0.0, 1.0, 0.95), None);
        assert_eq!(t_interval(5, 0.2, 0.0, 0.95), Some((0.2, 0.2)));
        assert_eq!(t_interval(5, 0.2, f64::NAN, 0.95), None);
        assert_eq!(t_interval(5, 0.2, -1.0, 0.95), None);
        assert_eq!(mann_whitney(&[], &[(0.1, 2)]), None);
        assert_eq!(mann_whitney(&[(0.1, 0)], &[(0.1, 2)]), None);
        assert_eq!(mann_whitney(&[(f64::NAN, 1)], &[(0.1, 2)]), None);
        // A NaN with no scores is no score; it must not stall the walk.
        assert_eq!(
            mann_whitney(&[(0.3, 2), (f64::NAN, 0)], &[(0.1, 2), (f64::NAN, 0)]),
            mann_whitney(&[(0.3, 2)], &[(0.1, 2)])
        );
        assert_eq!(median_of_hist(&[(0.2, 1), (f64::NAN, 0)]), Some(0.2));
        // Zero counts are no scores.
        assert_eq!(mann_whitney(&[(0.1, 0), (0.5, 2)], &[(0.2, 3), (0.9, 0)]), mann_whitney(&[(0.5, 2)], &[(0.2, 3)]));
    }

    #[test]
    fn constant_group_has_exactly_zero_sd() {
        let mut m = Moments::default();
        for _ in 0..1001 {
            m.push(to_micro(0.123457));
        }
        let s = m.summary();
        assert_eq!(s.sd, Some(0.0));
        assert_eq!(s.ci_low, s.mean);
        assert_eq!(s.ci_high, s.mean);
    }

    #[test]
    fn to_micro_rounds_half_away_from_zero() {
        assert_eq!(to_micro(0.0), 0);
        assert_eq!(to_micro(1.0), 1_000_000);
        assert_eq!(to_micro(-1.0), -1_000_000);
        assert_eq!(to_micro(0.25), 250_000);
        assert_eq!(to_micro(2.5e-6), 3); // exactly representable half
        assert_eq!(to_micro(-2.5e-6), -3);
        assert_eq!(to_micro(0.1234564), 123_456);
        assert_eq!(to_micro(-0.1234566), -123_457);
    }

    #[test]
    fn moments_merge_is_associative_and_order_independent() {
        let xs = quad(200, 7, 3, 5, 41, 20, 20.0);
        let micros: Vec<i64> = xs.iter().map(|&x| to_micro(x)).collect();
        let part = |r: std::ops::Range<usize>| {
            let mut m = Moments::default();
            micros[r].iter().for_each(|&x| m.push(x));
            m
        };
        let (p, q, r) = (part(0..37), part(37..150), part(150..200));
        let whole = part(0..200);
        let mut reversed = Moments::default();
        micros.iter().rev().for_each(|&x| reversed.push(x));
        assert_eq!(reversed, whole);
        for order in [[&p, &q, &r], [&r, &q, &p], [&q, &p, &r], [&r, &p, &q]] {
            let mut left = order[0].clone(); // (x + y) + z
            left.merge(order[1]);
            left += order[2];
            let mut yz = order[1].clone(); // x + (y + z)
            yz += order[2];
            let mut right = order[0].clone();
            right += &yz;
            assert_eq!(left, whole);
            assert_eq!(right, whole);
            assert_eq!(left.summary(), whole.summary());
        }
    }

    #[test]
    fn large_histograms_run_in_linear_time() {
        // 100k distinct values per side; a quadratic walk would take minutes.
        let a: Vec<(f64, u64)> = (0..100_000).map(|i| (f64::from(i) / 1e5, 3)).collect();
        let b: Vec<(f64, u64)> = (0..100_000).map(|i| (f64::from(i) / 1e5 + 5e-6, 2)).collect();
        let mw = mann_whitney(&a, &b).unwrap();
        assert!(mw.p > 0.0 && mw.p <= 1.0);
        // U1 + U2 = n1·n2 and symmetry: U of b against a is n1·n2 − U1.
        let back = mann_whitney(&b, &a).unwrap();
        assert_eq!(mw.u + back.u, 300_000.0 * 200_000.0);
        assert_eq!(mw.p, back.p);
        assert!(median_of_hist(&a).is_some());
    }

    // BEGIN GENERATED by tests/stats_reference.py
    // scipy 1.17.1, statsmodels 0.15.0, numpy 2.4.6
    fn cases() -> Vec<Case> {
        vec![
            Case {
                name: "small_ints_ties",
                a: vec![1.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0],
                b: vec![2.0, 3.0, 3.0, 4.0, 5.0, 5.0],
                summary_a: [
                    Some(2.5714285714285716),
                    Some(0.9759000729485333),
                    Some(1.6688715381788513),
                    Some(3.473985604678292),
                ],
                summary_b: [
                    Some(3.6666666666666665),
                    Some(1.2110601416389968),
                    Some(2.3957369919732243),
                    Some(4.937596341360109),
                ],
                median_a: Some(3.0),
                median_b: Some(3.5),
                welch: Some([
                    -1.095238095238095,
                    -2.47686821134457,
                    0.2863920208683799,
                    -1.775545711744263,
                    9.629009003586662,
                    0.10735548183922343,
                ]),
                cohens_d: Some(-1.0056323828311609),
                mann_whitney: Some([10.5, 0.13820766697402573]),
            },
            Case {
                name: "unequal_3_vs_7",
                a: vec![-0.5, 0.25, 0.75],
                b: vec![0.1, -0.2, 0.3, 0.3, 0.9, -0.8, 0.0],
                summary_a: [
                    Some(0.16666666666666666),
                    Some(0.6291528696058959),
                    Some(-1.3962357031772772),
                    Some(1.7295690365106107),
                ],
                summary_b: [
                    Some(0.0857142857142857),
                    Some(0.5209880722517277),
                    Some(-0.3961193178321389),
                    Some(0.5675478892607103),
                ],
                median_a: Some(0.25),
                median_b: Some(0.1),
                welch: Some([
                    0.08095238095238096,
                    -1.1776702934663672,
                    1.339575055371129,
                    0.19592392984498866,
                    3.254546337829742,
                    0.8562735413416017,
                ]),
                cohens_d: Some(0.14717890715824317),
                mann_whitney: Some([11.0, 1.0]),
            },
            Case {
                name: "one_on_one_side",
                a: vec![0.5],
                b: vec![0.1, 0.2, 0.3],
                summary_a: [Some(0.5), None, None, None],
                summary_b: [
                    Some(0.20000000000000004),
                    Some(0.09999999999999999),
                    Some(-0.048413771175032955),
                    Some(0.448413771175033),
                ],
                median_a: Some(0.5),
                median_b: Some(0.2),
                welch: None,
                cohens_d: Some(2.9999999999999996),
                mann_whitney: Some([3.0, 0.37109336952269756]),
            },
            Case {
                name: "one_vs_one",
                a: vec![0.5],
                b: vec![-0.25],
                summary_a: [Some(0.5), None, None, None],
                summary_b: [Some(-0.25), None, None, None],
                median_a: Some(0.5),
                median_b: Some(-0.25),
                welch: None,
                cohens_d: None,
                mann_whitney: Some([1.0, 1.0]),
            },
            Case {
                name: "identical_groups",
                a: vec![0.2, -0.4, 0.6, 0.6, 0.0],
                b: vec![0.2, -0.4, 0.6, 0.6, 0.0],
                summary_a: [Some(0.2), Some(0.4242640687119285), Some(-0.32679341985104965), Some(0.7267934198510497)],
                summary_b: [Some(0.2), Some(0.4242640687119285), Some(-0.32679341985104965), Some(0.7267934198510497)],
                median_a: Some(0.2),
                median_b: Some(0.2),
                welch: Some([0.0, -0.6187658403254557, 0.6187658403254557, 0.0, 8.0, 1.0]),
                cohens_d: Some(0.0),
                mann_whitney: Some([12.5, 1.0]),
            },
            Case {
                name: "one_group_constant",
                a: vec![0.3, 0.3, 0.3, 0.3, 0.3],
                b: vec![0.1, 0.5, -0.2, 0.8],
                summary_a: [Some(0.3), Some(0.0), Some(0.3), Some(0.3)],
                summary_b: [Some(0.3), Some(0.439696865275764), Some(-0.3996558321708417), Some(0.9996558321708418)],
                median_a: Some(0.3),
                median_b: Some(0.3),
                welch: Some([0.0, -0.6996558321708417, 0.6996558321708417, 0.0, 3.0, 1.0]),
                cohens_d: Some(0.0),
                mann_whitney: Some([10.0, 1.0]),
            },
            Case {
                name: "all_equal",
                a: vec![0.25, 0.25, 0.25, 0.25],
                b: vec![0.25, 0.25, 0.25],
                summary_a: [Some(0.25), Some(0.0), Some(0.25), Some(0.25)],
                summary_b: [Some(0.25), Some(0.0), Some(0.25), Some(0.25)],
                median_a: Some(0.25),
                median_b: Some(0.25),
                welch: None,
                cohens_d: None,
                mann_whitney: Some([6.0, 1.0]),
            },
            Case {
                name: "mixed_signs",
                a: vec![-1.0, -0.75, -0.5, 0.0, 0.5, 1.0],
                b: vec![-0.9, -0.1, 0.2, 0.4, 0.45, 0.7, 1.0, -1.0],
                summary_a: [Some(-0.125), Some(0.770551750371122), Some(-0.9336444692236893), Some(0.6836444692236893)],
                summary_b: [
                    Some(0.09375),
                    Some(0.7213269023126754),
                    Some(-0.5092943816677474),
                    Some(0.6967943816677474),
                ],
                median_a: Some(-0.25),
                median_b: Some(0.30000000000000004),
                welch: Some([
                    -0.21875,
                    -1.1153430269316784,
                    0.6778430269316784,
                    -0.5401689118734119,
                    10.494243792351725,
                    0.6003556789099609,
                ]),
                cohens_d: Some(-0.29471833774899486),
                mann_whitney: Some([21.0, 0.7463466712447837]),
            },
            Case {
                name: "empty_side",
                a: vec![],
                b: vec![0.1, 0.2],
                summary_a: [None, None, None, None],
                summary_b: [
                    Some(0.15000000000000002),
                    Some(0.07071067811865477),
                    Some(-0.48531023680873475),
                    Some(0.7853102368087348),
                ],
                median_a: None,
                median_b: Some(0.15000000000000002),
                welch: None,
                cohens_d: None,
                mann_whitney: None,
            },
            Case {
                name: "large_200_vs_180",
                a: quad(200, 7, 3, 5, 41, 20, 20.0),
                b: quad(180, 11, 5, 1, 37, 16, 20.0),
                summary_a: [
                    Some(0.10799999999999998),
                    Some(0.6231795598534146),
                    Some(0.021104848942703994),
                    Some(0.194895151057296),
                ],
                summary_b: [
                    Some(0.09972222222222221),
                    Some(0.5531650228640399),
                    Some(0.018361879244250617),
                    Some(0.1810825652001938),
                ],
                median_a: Some(0.2),
                median_b: Some(0.05),
                welch: Some([
                    0.008277777777777773,
                    -0.11037945209092676,
                    0.1269350076464823,
                    0.1371704857337374,
                    377.9310292706434,
                    0.890969084593869,
                ]),
                cohens_d: Some(0.01400498843734372),
                mann_whitney: Some([18671.5, 0.5299261962143997]),
            },
            Case {
                name: "separated_30_vs_25",
                a: quad(30, 0, 7, 60, 31, 0, 100.0),
                b: quad(25, 0, 11, 0, 41, 90, 100.0),
                summary_a: [
                    Some(0.1476666666666667),
                    Some(0.09152664331647703),
                    Some(0.11349005637542445),
                    Some(0.18184327695790894),
                ],
                summary_b: [
                    Some(-0.7116),
                    Some(0.12088837826689545),
                    Some(-0.761500270004518),
                    Some(-0.661699729995482),
                ],
                median_a: Some(0.14500000000000002),
                median_b: Some(-0.72),
                welch: Some([
                    0.8592666666666667,
                    0.800037218055065,
                    0.9184961152782685,
                    29.236271159171736,
                    44.081076984736704,
                    1.6874559706091357e-30,
                ]),
                cohens_d: Some(8.118809896499844),
                mann_whitney: Some([750.0, 2.448351076788868e-10]),
            },
        ]
    }

    /// (n, mean, sd, level, low, high)
    const T_INTERVALS: &[(u64, f64, f64, f64, f64, f64)] = &[
        (2, 0.5, 0.25, 0.95, -1.746160883023438, 2.746160883023438),
        (3, -0.1, 0.4, 0.95, -1.093655084700132, 0.8936550847001321),
        (5, 0.0, 1.0, 0.9, -0.953390866368172, 0.9533908663681715),
        (7, 0.3, 0.05, 0.99, 0.22993619608501636, 0.3700638039149836),
        (30, 0.12, 0.33, 0.95, -0.003224025130172975, 0.24322402513017297),
        (101, -0.4, 0.2, 0.95, -0.43948250890496643, -0.3605174910950336),
        (1000, 0.01, 0.5, 0.95, -0.021027342820822414, 0.04102734282082241),
        (100000, 0.2, 0.6, 0.95, 0.1962811847945051, 0.20371881520549492),
        (12, 0.7, 0.3, 0.5, 0.6395994628582383, 0.7604005371417616),
        (4, 0.1, 0.2, 0.999, -1.1923978636687476, 1.3923978636687964),
        (2, 0.0, 1.0, 0.999999, -450158.15806523815, 450158.15801526053),
        (3, 0.0, 1.0, 0.999999, -577.3498361685326, 577.3498361364833),
        (10001, 0.0, 100.0, 0.95, -1.9601032371787737, 1.9601032371787737),
        (1000001, 0.5, 1000.0, 0.999999, -4.391666514872081, 5.391666514850233),
        (100000001, 0.0, 10000.0, 0.95, -1.959963998462946, 1.959963998462946),
    ];

    /// (mean_a, sd_a, n_a, mean_b, sd_b, n_b, [diff, ci_low, ci_high, t, df, p])
    const WELCH_FROM_STATS: &[WelchRow] = &[
        (
            0.12,
            0.4,
            1000000,
            0.1185,
            0.41,
            900000,
            [
                0.0015000000000000013,
                0.0003458187840755147,
                0.0026541812159244877,
                2.5472151519726345,
                1868407.0073284868,
                0.01085872564022838,
            ],
        ),
        (
            0.02,
            0.5,
            50000000,
            0.0198,
            0.5,
            60000000,
            [
                0.0001999999999999988,
                1.2347732963897918e-05,
                0.00038765226703609966,
                2.0889318714683616,
                106451610.90426637,
                0.036713858731676756,
            ],
        ),
        (
            0.3,
            0.9,
            2,
            0.0,
            0.01,
            50,
            [0.3, -7.786010422313372, 8.386010422313372, 0.4714033568335629, 1.0000098765670988, 0.7195621923513593],
        ),
        (
            0.3,
            0.2,
            3,
            -0.5,
            0.6,
            3,
            [0.8, -0.5289250660382896, 2.1289250660382897, 2.1908902300206647, 2.4390243902439024, 0.1365536891256081],
        ),
        (
            0.1,
            0.3,
            20000,
            -0.05,
            0.35,
            15000,
            [0.15000000000000002, 0.14302414977032776, 0.15697585022967228, 42.14636152117624, 29390.040481769276, 0.0],
        ),
    ];

    /// (name, p, Holm-adjusted p)
    const HOLM: &[(&str, &[f64], &[f64])] = &[
        ("single", &[0.03], &[0.03]),
        ("ordered", &[0.01, 0.02, 0.03, 0.04], &[0.04, 0.06, 0.06, 0.06]),
        ("shuffled", &[0.04, 0.001, 0.5, 0.02, 0.013], &[0.08, 0.005, 0.5, 0.06, 0.052]),
        ("ties", &[0.02, 0.02, 0.01, 0.3, 0.02], &[0.08, 0.08, 0.05, 0.3, 0.08]),
        ("capped", &[0.6, 0.9, 0.2, 1.0], &[1.0, 1.0, 0.8, 1.0]),
        ("tiny", &[1e-12, 3e-08, 0.0, 0.049], &[3e-12, 6e-08, 0.0, 0.049]),
    ];

    /// (name, histogram, numpy.median of the expanded sample)
    const MEDIANS: &[MedianRow] = &[
        ("single", &[(0.5, 1)], 0.5),
        ("odd", &[(-0.5, 1), (0.1, 1), (0.9, 1)], 0.1),
        ("even_split", &[(-0.5, 1), (0.1, 1), (0.3, 1), (0.9, 1)], 0.2),
        ("even_same_bin", &[(-0.5, 1), (0.1, 4), (0.9, 1)], 0.1),
        ("counts_even", &[(-1.0, 3), (-0.25, 2), (0.125, 1), (0.75, 6)], 0.4375),
        ("counts_odd", &[(-1.0, 3), (-0.25, 2), (0.125, 2), (0.75, 6)], 0.125),
        ("zero_counts", &[(-0.7, 0), (-0.2, 2), (0.4, 0), (0.6, 2), (0.8, 0)], 0.19999999999999998),
    ];
    // END GENERATED by tests/stats_reference.py
}
