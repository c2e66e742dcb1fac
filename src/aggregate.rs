//! Per-speaker and per-period aggregation from exact, mergeable sums.
//!
//! Scores enter as fixed-point integers (score × 10⁶), so that any split
//! of a batch (threads, files, machines) merges to the same bytes: integer
//! sums do not depend on the order of addition. Medians and the
//! Mann–Whitney test come from an exact histogram of those integers.

use std::collections::BTreeMap;

use crate::score::{Rule, Term, Tone};
use crate::stats::{self, Moments, Summary};
use crate::tokenize::Token;

/// Mergeable statistics of one speaker (or one speaker in one period).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpeakerStats {
    /// Count and exact sums of fixed-point scores.
    pub moments: Moments,
    /// Fixed-point score → count (exact median, rank tests).
    pub hist: BTreeMap<i64, u64>,
    /// Quotes labelled cooperative, neutral, warning.
    pub labels: [u64; 3],
    /// Earliest known date.
    pub first_date: Option<String>,
    /// Latest known date.
    pub last_date: Option<String>,
    /// How often each cooperative term fired.
    pub cooperative_terms: BTreeMap<String, u64>,
    /// How often each warning term fired.
    pub warning_terms: BTreeMap<String, u64>,
    /// How often each written form of the name was seen.
    pub names: BTreeMap<String, u64>,
}

/// One scored quote, as aggregation needs it.
#[derive(Clone, Debug)]
pub struct Observation<'a> {
    /// The compound score in [-1, 1].
    pub score: f64,
    /// Its label.
    pub tone: Tone,
    /// The article's date.
    pub date: Option<&'a str>,
    /// Tone terms that fired, with their final signed value.
    pub terms: Vec<(&'a str, f64)>,
    /// The speaker as written in the output.
    pub name: &'a str,
}

fn tone_index(t: Tone) -> usize {
    match t {
        Tone::Cooperative => 0,
        Tone::Neutral => 1,
        Tone::Warning => 2,
    }
}

/// Counts one more `key`, copying it only the first time it is seen.
fn count(map: &mut BTreeMap<String, u64>, key: &str) {
    match map.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            map.insert(key.to_string(), 1);
        }
    }
}

fn min_opt(a: &mut Option<String>, b: Option<&str>) {
    if let Some(b) = b {
        if a.as_deref().is_none_or(|a| b < a) {
            *a = Some(b.to_string());
        }
    }
}

fn max_opt(a: &mut Option<String>, b: Option<&str>) {
    if let Some(b) = b {
        if a.as_deref().is_none_or(|a| b > a) {
            *a = Some(b.to_string());
        }
    }
}

impl SpeakerStats {
    /// Adds one quote.
    pub fn push(&mut self, o: &Observation<'_>) {
        self.push_micro(stats::to_micro(o.score), o);
    }

    /// Adds one quote whose score is already fixed-point (`micro`, see
    /// [`stats::to_micro`]); `o.score` is not read.
    pub fn push_micro(&mut self, micro: i64, o: &Observation<'_>) {
        self.moments.push(micro);
        *self.hist.entry(micro).or_insert(0) += 1;
        self.labels[tone_index(o.tone)] += 1;
        min_opt(&mut self.first_date, o.date);
        max_opt(&mut self.last_date, o.date);
        for &(term, v) in &o.terms {
            let side = if v > 0.0 { &mut self.cooperative_terms } else { &mut self.warning_terms };
            if v != 0.0 {
                count(side, term);
            }
        }
        count(&mut self.names, o.name);
    }

    /// Adds everything counted in `other`. Associative and commutative.
    pub fn merge(&mut self, other: &SpeakerStats) {
        self.moments.merge(&other.moments);
        for (k, v) in &other.hist {
            *self.hist.entry(*k).or_insert(0) += v;
        }
        for i in 0..3 {
            self.labels[i] += other.labels[i];
        }
        min_opt(&mut self.first_date, other.first_date.as_deref());
        max_opt(&mut self.last_date, other.last_date.as_deref());
        for (map, from) in [
            (&mut self.cooperative_terms, &other.cooperative_terms),
            (&mut self.warning_terms, &other.warning_terms),
            (&mut self.names, &other.names),
        ] {
            for (k, v) in from {
                *map.entry(k.clone()).or_insert(0) += v;
            }
        }
    }

    /// Number of quotes.
    pub fn n(&self) -> u64 {
        self.moments.n
    }

    /// Mean, sd and 95% interval.
    pub fn summary(&self) -> Summary {
        self.moments.summary()
    }

    /// Exact median of the scores.
    pub fn median(&self) -> Option<f64> {
        stats::median_of_hist(&self.histogram())
    }

    /// The histogram as (score, count), sorted by score.
    pub fn histogram(&self) -> Vec<(f64, u64)> {
        self.hist.iter().map(|(&k, &c)| (k as f64 / stats::SCALE, c)).collect()
    }

    /// Share of quotes per label: cooperative, neutral, warning.
    pub fn shares(&self) -> Option<[f64; 3]> {
        let n = self.n();
        (n > 0).then(|| self.labels.map(|c| c as f64 / n as f64))
    }

    /// The most frequent written form of the name (ties: the first in
    /// alphabetical order), so that the choice does not depend on input
    /// order or on how a batch was split.
    pub fn display_name(&self) -> &str {
        let mut best: Option<(&String, u64)> = None;
        for (k, &v) in &self.names {
            if best.is_none_or(|(_, bv)| v > bv) {
                best = Some((k, v));
            }
        }
        best.map_or("", |(k, _)| k.as_str())
    }

    /// The `k` most frequent terms of one side, as `reading(count)` joined
    /// by `;` (see [`term_reading`]); ties in alphabetical order.
    pub fn top_terms(&self, cooperative: bool, k: usize) -> String {
        let map = if cooperative { &self.cooperative_terms } else { &self.warning_terms };
        let mut v: Vec<(&String, &u64)> = map.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.iter().take(k).map(|(t, c)| format!("{t}({c})")).collect::<Vec<_>>().join(";")
    }
}

/// Rules that decide which side a term counts on, or that it counts at
/// all: the words that trigger them are part of how the term reads.
fn sets_side(r: Rule) -> bool {
    matches!(
        r,
        Rule::Negation
            | Rule::Deescalation
            | Rule::Accusation
            | Rule::Obstruction
            | Rule::Assertion
            | Rule::Admonition
            | Rule::Demand
            | Rule::BareNegation
    )
}

/// How a term reads in its quote, for the top-terms columns: the words
/// from the one that set its side to the term, as the tokenizer
/// normalizes them (lowercase, typographic marks folded, spaced as in the
/// text), then the tag of that rule in brackets: `no war[neg]`, `avoid a
/// war[deesc]`, `undermine the peace process[harmed]`, `protect our
/// interests[assert]`, `should[demand]`, `not[bare]`. A term no such rule
/// touched reads as its words: `partners`, `red line`. Hedges,
/// intensifiers and other rules that only weigh a term leave its reading
/// alone, so that counts gather. `;`, `(`, `)`, `[` and `]` never occur in
/// a reading, which keeps the column parseable.
pub fn term_reading(text: &str, tokens: &[Token], t: &Term) -> String {
    let mut out = String::new();
    push_term_reading(text, tokens, t, &mut out);
    out
}

/// Appends [`term_reading`] of `t` to `out`.
pub fn push_term_reading(text: &str, tokens: &[Token], t: &Term, out: &mut String) {
    let (mut from, mut to) = (t.tokens.start, t.tokens.end);
    let mut tag = None;
    for (&r, &i) in t.rules.iter().zip(&t.triggers) {
        if sets_side(r) && i < tokens.len() {
            from = from.min(i);
            to = to.max(i + 1);
            tag = Some(r.tag());
        }
    }
    let start = out.len();
    let mut prev_end = None;
    for tok in tokens.get(from..to.min(tokens.len())).unwrap_or(&[]) {
        let kept = |c: &char| !matches!(c, ';' | '(' | ')' | '[' | ']');
        if !tok.text.chars().any(|c| kept(&c)) {
            continue;
        }
        let spaced = prev_end.is_some_and(|e: usize| text.get(e..tok.span.start).is_none_or(|gap| !gap.is_empty()));
        if spaced && out.len() > start {
            out.push(' ');
        }
        out.extend(tok.text.chars().filter(kept));
        prev_end = Some(tok.span.end);
    }
    if let Some(tag) = tag {
        out.push('[');
        out.push_str(tag);
        out.push(']');
    }
}

/// The grouping key of a speaker name: diacritics removed, lowercase,
/// hyphens, punctuation and spacing collapsed, and the common variants of
/// transliterated endings folded where that is safe: "-yy"/"-iy" → "-y"
/// (Zelenskyy, Zelenskiy, Zelensky) and "-ey" → "-ei" (Sergey, Sergei).
/// `--aliases` merges what these rules cannot.
pub fn speaker_key(name: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    // ASCII has nothing to decompose and no accents: lowercasing is all.
    let folded: String = if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.nfkd()
            .filter(|c| !is_combining_mark(*c))
            .map(|c| if c == '\u{2019}' { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut key = String::with_capacity(folded.len());
    for w in folded.split(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == '-').filter(|w| !w.is_empty()) {
        if !key.is_empty() {
            key.push(' ');
        }
        push_folded(w, &mut key);
    }
    key
}

/// Appends `w` to `out` with the endings that transliterations from
/// Cyrillic disagree on folded. Only word endings of words of five letters
/// or more, so short names stay apart.
fn push_folded(w: &str, out: &mut String) {
    if w.chars().count() >= 5 {
        for (from, to) in [("yy", "y"), ("iy", "y"), ("ey", "ei")] {
            if let Some(stem) = w.strip_suffix(from) {
                out.push_str(stem);
                out.push_str(to);
                return;
            }
        }
    }
    out.push_str(w);
}

/// Statistics per speaker key, plus the quotes that had no speaker.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Aggregate {
    /// Speaker key → statistics, sorted by key.
    pub speakers: BTreeMap<String, SpeakerStats>,
    /// Speaker key → period → statistics: a quote finds its period's
    /// statistics without copying the key or the period.
    pub periods: BTreeMap<String, BTreeMap<String, SpeakerStats>>,
    /// Quotes without a speaker.
    pub unattributed: u64,
    /// Quotes left out as duplicates.
    pub duplicates: u64,
}

/// How dates group into periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Period {
    /// ISO date.
    Day,
    /// ISO week, `2024-W17`.
    Week,
    /// `2024-04`.
    #[default]
    Month,
}

/// The period a date falls in; `undated` when the date is unknown.
pub fn period_of(date: Option<&str>, by: Period) -> String {
    let Some(d) = date.filter(|d| crate::article::valid_date(d)) else {
        return "undated".to_string();
    };
    match by {
        Period::Day => d.to_string(),
        Period::Month => d[..7].to_string(),
        Period::Week => {
            let (y, m, day) =
                (d[..4].parse().unwrap_or(1970), d[5..7].parse().unwrap_or(1), d[8..].parse().unwrap_or(1));
            let (wy, w) = iso_week(y, m, day);
            format!("{wy}-W{w:02}")
        }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// ISO 8601 week-numbering year and week of a date.
pub fn iso_week(y: i64, m: i64, d: i64) -> (i64, i64) {
    let days = days_from_civil(y, m, d);
    // 1970-01-01 was a Thursday; ISO weekday 1 = Monday.
    let weekday = (days + 3).rem_euclid(7) + 1;
    let thursday = days - weekday + 4;
    // The ISO year is the year of that week's Thursday.
    let ty = civil_year(thursday);
    let jan1 = days_from_civil(ty, 1, 1);
    (ty, (thursday - jan1) / 7 + 1)
}

fn civil_year(days: i64) -> i64 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(m <= 2)
}

impl Aggregate {
    /// Adds one attributed quote, under `key`, in `period`.
    pub fn push(&mut self, key: &str, period: &str, o: &Observation<'_>) {
        self.push_micro(key, period, stats::to_micro(o.score), o);
    }

    /// Adds one attributed quote whose score is already fixed-point.
    pub fn push_micro(&mut self, key: &str, period: &str, micro: i64, o: &Observation<'_>) {
        match self.speakers.get_mut(key) {
            Some(st) => st.push_micro(micro, o),
            None => self.speakers.entry(key.to_string()).or_default().push_micro(micro, o),
        }
        let periods = match self.periods.get_mut(key) {
            Some(periods) => periods,
            None => self.periods.entry(key.to_string()).or_default(),
        };
        match periods.get_mut(period) {
            Some(st) => st.push_micro(micro, o),
            None => periods.entry(period.to_string()).or_default().push_micro(micro, o),
        }
    }

    /// Adds everything counted in `other`. Associative and commutative.
    pub fn merge(&mut self, other: &Aggregate) {
        for (k, s) in &other.speakers {
            self.speakers.entry(k.clone()).or_default().merge(s);
        }
        for (k, periods) in &other.periods {
            let into = self.periods.entry(k.clone()).or_default();
            for (period, s) in periods {
                into.entry(period.clone()).or_default().merge(s);
            }
        }
        self.unattributed += other.unattributed;
        self.duplicates += other.duplicates;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_weeks() {
        // Checked against Python's date.isocalendar().
        type Case = ((i64, i64, i64), (i64, i64));
        const CASES: &[Case] = &[
            ((2024, 4, 27), (2024, 17)),
            ((2021, 1, 3), (2020, 53)),
            ((2024, 12, 30), (2025, 1)),
            ((2026, 1, 1), (2026, 1)),
            ((2027, 1, 1), (2026, 53)),
            ((2000, 2, 29), (2000, 9)),
        ];
        for &((y, m, d), want) in CASES {
            assert_eq!(iso_week(y, m, d), want, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn periods() {
        assert_eq!(period_of(Some("2024-04-27"), Period::Month), "2024-04");
        assert_eq!(period_of(Some("2024-04-27"), Period::Week), "2024-W17");
        assert_eq!(period_of(Some("2024-04-27"), Period::Day), "2024-04-27");
        assert_eq!(period_of(None, Period::Day), "undated");
    }

    #[test]
    fn keys_fold_case_marks_and_spacing() {
        assert_eq!(speaker_key("Péter  Szijjártó"), "peter szijjarto");
        assert_eq!(speaker_key("Mr. Blinken"), "mr blinken");
        assert_eq!(speaker_key("WANG Yi"), "wang yi");
    }

    /// The ASCII fast path of [`speaker_key`] gives what the general path
    /// (decompose, drop marks, lowercase) gives.
    #[test]
    fn ascii_keys_match_the_general_path() {
        use unicode_normalization::char::is_combining_mark;
        use unicode_normalization::UnicodeNormalization;
        fn general(name: &str) -> String {
            let folded: String = name.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect();
            let words: Vec<String> = folded
                .split(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == '-')
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let mut out = String::new();
                    super::push_folded(w, &mut out);
                    out
                })
                .collect();
            words.join(" ")
        }
        for name in ["Mr. Blinken", "  WANG\tYi ", "Moon Jae-in", "Zelenskyy", "O'Neil, Jr.", "", "...", "A-B-C"] {
            assert_eq!(speaker_key(name), general(name), "{name:?}");
        }
    }

    #[test]
    fn keys_fold_transliterations_where_safe() {
        const SAME: &[(&str, &str)] = &[
            ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
            ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
            ("Sergey Lavrov", "Sergei Lavrov"),
            ("Moon Jae-in", "Moon Jae In"),
        ];
        for &(a, b) in SAME {
            assert_eq!(speaker_key(a), speaker_key(b), "{a} vs {b}");
        }
        const APART: &[(&str, &str)] = &[("Ana Ruiz", "Ana Ruis"), ("Joey Tan", "Joei Tan"), ("Wang Yi", "Wang Yu")];
        for &(a, b) in APART {
            assert_ne!(speaker_key(a), speaker_key(b), "{a} vs {b}");
        }
    }

    /// Each term of a sentence of our own as it reads, through the shipped
    /// lexicons.
    #[test]
    fn terms_read_as_in_the_quote() {
        const CASES: &[(&str, &[&str])] = &[
            ("There will be no war.", &["no war[neg]"]),
            ("We must avoid a war.", &["avoid a war[deesc]"]),
            ("There was no breakthrough in the talks.", &["no breakthrough[neg]"]),
            ("They are our partners.", &["partners"]),
            ("They tried to undermine the peace process.", &["undermine", "undermine the peace process[harmed]"]),
            ("We will protect our national interests.", &["protect our national interests[assert]"]),
            ("We didn't retaliate.", &["didn't retaliate[neg]"]),
            ("They don't want dialogue.", &["don't want dialogue[neg]"]),
        ];
        let engine = crate::Engine::embedded().unwrap();
        for &(text, want) in CASES {
            let tokens = engine.analyzer.tokenize(text);
            let s = engine.scorer().score(&tokens);
            let got: Vec<String> = s.terms.iter().map(|t| term_reading(text, &tokens, t)).collect();
            assert_eq!(got, want, "{text:?}");
            // Appended one after another into one buffer, the same readings.
            let mut all = String::from("before");
            for t in &s.terms {
                push_term_reading(text, &tokens, t, &mut all);
            }
            assert_eq!(all, format!("before{}", want.concat()), "{text:?}");
        }
    }

    /// Readings never hold the characters that delimit the column, even
    /// when a rule's reach spans them.
    #[test]
    fn readings_keep_the_column_parseable() {
        let an = crate::Analyzer::new();
        let text = "not (ever) [really]; retaliate";
        let tokens = an.tokenize(text);
        let last = tokens.len() - 1;
        let t = Term {
            entry: 0,
            tokens: last..last + 1,
            base: -2.0,
            value: 0.8,
            rules: vec![Rule::Hedge, Rule::Negation],
            triggers: vec![last, 0],
        };
        assert_eq!(term_reading(text, &tokens, &t), "not ever really retaliate[neg]");
    }

    #[test]
    fn top_terms_order_by_count_then_reading() {
        let mut st = SpeakerStats::default();
        for terms in [vec![("no war[neg]", 0.5), ("partners", 2.0)], vec![("partners", 2.0), ("red line", -2.0)]] {
            st.push(&Observation { score: 0.1, tone: Tone::Cooperative, date: None, terms, name: "A" });
        }
        assert_eq!(st.top_terms(true, 5), "partners(2);no war[neg](1)");
        assert_eq!(st.top_terms(false, 5), "red line(1)");
    }

    fn obs(score: f64, tone: Tone, date: &'static str) -> Observation<'static> {
        Observation { score, tone, date: Some(date), terms: vec![("peace", score)], name: "A" }
    }

    #[test]
    fn merge_is_order_independent() {
        let xs = [
            (0.5, Tone::Cooperative, "2024-01-03"),
            (-0.7, Tone::Warning, "2024-02-01"),
            (0.0, Tone::Neutral, "2023-12-31"),
        ];
        let mut whole = Aggregate::default();
        for &(s, t, d) in &xs {
            whole.push("a", &period_of(Some(d), Period::Month), &obs(s, t, d));
        }
        let mut parts: Vec<Aggregate> = xs
            .iter()
            .map(|&(s, t, d)| {
                let mut a = Aggregate::default();
                a.push("a", &period_of(Some(d), Period::Month), &obs(s, t, d));
                a
            })
            .collect();
        parts.reverse();
        let mut merged = Aggregate::default();
        for p in &parts {
            merged.merge(p);
        }
        assert_eq!(merged, whole);
        let st = &whole.speakers["a"];
        assert_eq!(st.first_date.as_deref(), Some("2023-12-31"));
        assert_eq!(st.last_date.as_deref(), Some("2024-02-01"));
        assert_eq!(st.median(), Some(0.0));
    }
}
