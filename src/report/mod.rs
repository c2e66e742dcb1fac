//! Output rows (one struct per table; field order = column order) and
//! writers that take any `io::Write`.

use std::borrow::Cow;
use std::io;

pub mod html;

use serde::Serialize;

use crate::aggregate::{Aggregate, SpeakerStats};
use crate::lexicon::Lexicon;
use crate::pipeline::ScoredQuote;
use crate::score::Score;
use crate::stats;

/// Output format of a table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// CSV with a header row.
    #[default]
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// Writes rows of one table as CSV or JSONL, one at a time.
#[derive(Debug)]
pub enum RowWriter<W: io::Write> {
    /// CSV, header written with the first row.
    Csv(Box<csv::Writer<W>>),
    /// JSON lines.
    Jsonl(W),
}

impl<W: io::Write> RowWriter<W> {
    /// A writer of `format` over `w`.
    pub fn new(w: W, format: Format) -> RowWriter<W> {
        match format {
            Format::Csv => RowWriter::Csv(Box::new(csv::Writer::from_writer(w))),
            Format::Jsonl => RowWriter::Jsonl(w),
        }
    }

    /// Writes one row.
    ///
    /// # Errors
    /// When the underlying writer fails.
    pub fn write<T: Serialize>(&mut self, row: &T) -> Result<(), crate::Error> {
        match self {
            RowWriter::Csv(w) => w.serialize(row)?,
            RowWriter::Jsonl(w) => {
                serde_json::to_writer(&mut *w, row)?;
                w.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    /// A writer into memory that writes rows as a writer of `format` does,
    /// without the CSV header: rows formatted on other threads, handed
    /// in order to [`RowWriter::write_formatted`].
    pub fn buffer(format: Format) -> RowWriter<Vec<u8>> {
        match format {
            Format::Csv => {
                RowWriter::Csv(Box::new(csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new())))
            }
            Format::Jsonl => RowWriter::Jsonl(Vec::new()),
        }
    }

    /// The format rows are written in.
    pub fn format(&self) -> Format {
        match self {
            RowWriter::Csv(_) => Format::Csv,
            RowWriter::Jsonl(_) => Format::Jsonl,
        }
    }

    /// Writes rows formatted by a [`RowWriter::buffer`] of this format,
    /// after `header` for CSV when one is given (before the first rows);
    /// the CSV writer returned writes no header of its own.
    ///
    /// # Errors
    /// When the underlying writer fails.
    pub fn write_formatted(self, header: Option<&[&str]>, rows: &[u8]) -> Result<RowWriter<W>, crate::Error> {
        match self {
            RowWriter::Csv(mut w) => {
                if let Some(h) = header {
                    w.write_record(h)?;
                }
                // Flushes what `write` and the header left in the CSV
                // writer's buffer, so that the rows come after it.
                let mut inner = w.into_inner().map_err(|e| crate::Error::Io(e.into_error()))?;
                inner.write_all(rows)?;
                Ok(RowWriter::Csv(Box::new(csv::WriterBuilder::new().has_headers(false).from_writer(inner))))
            }
            RowWriter::Jsonl(mut w) => {
                w.write_all(rows)?;
                Ok(RowWriter::Jsonl(w))
            }
        }
    }

    /// Writes the header of an empty CSV table (a no-op for JSONL).
    ///
    /// # Errors
    /// When the underlying writer fails.
    pub fn header(&mut self, columns: &[&str]) -> Result<(), crate::Error> {
        if let RowWriter::Csv(w) = self {
            w.write_record(columns)?;
        }
        Ok(())
    }

    /// Flushes and returns the inner writer.
    ///
    /// # Errors
    /// When flushing fails.
    pub fn finish(self) -> Result<W, crate::Error> {
        match self {
            RowWriter::Csv(w) => w.into_inner().map_err(|e| crate::Error::Io(e.into_error())),
            RowWriter::Jsonl(mut w) => {
                w.flush()?;
                Ok(w)
            }
        }
    }
}

/// Formats a number with six decimals (enough for 1e-6 agreement), or an
/// empty cell for "undefined"; never NaN.
pub fn num(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => {
            let s = format!("{x:.6}");
            if s == "-0.000000" {
                "0.000000".into()
            } else {
                s
            }
        }
        _ => String::new(),
    }
}

/// Formats a score-like number with four decimals.
pub fn num4(v: f64) -> String {
    let mut out = String::with_capacity(16);
    push_num4(&mut out, v);
    out
}

/// Appends [`num4`] of `v` to `out`.
pub fn push_num4(out: &mut String, v: f64) {
    if let Some((neg, q)) = fixed(v, 10_000) {
        if neg && q != 0 {
            out.push('-');
        }
        push_decimals(out, q, 4);
        return;
    }
    let s = format!("{v:.4}");
    out.push_str(if s == "-0.0000" { "0.0000" } else { &s });
}

/// Appends `v` with an explicit sign and two decimals, as `{v:+.2}`
/// writes it (`-` whenever the sign bit is set, `-0.00` included).
pub fn push_signed2(out: &mut String, v: f64) {
    match fixed(v, 100) {
        Some((neg, q)) => {
            out.push(if neg { '-' } else { '+' });
            push_decimals(out, q, 2);
        }
        None => {
            use std::fmt::Write as _;
            let _ = write!(out, "{v:+.2}");
        }
    }
}

/// The sign of `v` and its magnitude times `scale` (a power of ten up to
/// 10,000) rounded to a whole number, half to even on the float's exact
/// value as the formatter rounds; `None` for the numbers this does not
/// cover (not finite, or 2^40 and more, or whole numbers the formatter
/// handles as well).
fn fixed(v: f64, scale: u128) -> Option<(bool, u64)> {
    let bits = v.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = match exp {
        0x7ff => return None,
        0 => (frac, -1074),
        _ => (frac | (1u64 << 52), exp - 1075),
    };
    if e > -13 {
        return None;
    }
    // v = m · 2^e, so v · scale = m · scale / 2^-e, with -e ≥ 13.
    let shift = e.unsigned_abs();
    let scaled = u128::from(m) * scale;
    let q = if shift >= 100 {
        0
    } else {
        let (q, r) = (scaled >> shift, scaled & ((1u128 << shift) - 1));
        let half = 1u128 << (shift - 1);
        if r > half || (r == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    // Below 2^40 times 10^4: a u64, whose division costs less.
    Some((neg, u64::try_from(q).ok()?))
}

/// Appends `q / 10^places` with `places` decimals.
fn push_decimals(out: &mut String, q: u64, places: u32) {
    let unit = 10u64.pow(places);
    push_whole(out, q / unit);
    out.push('.');
    let mut buf = [b'0'; 20];
    let mut dec = q % unit;
    for digit in buf[..places as usize].iter_mut().rev() {
        *digit = b'0' + (dec % 10) as u8;
        dec /= 10;
    }
    out.push_str(std::str::from_utf8(&buf[..places as usize]).unwrap_or_default());
}

/// Appends the decimal digits of `n`.
fn push_whole(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or_default());
}

/// The quote id `doc#n`, written without the formatter.
pub fn quote_id(doc: &str, n: usize) -> String {
    let mut out = String::with_capacity(doc.len() + 8);
    out.push_str(doc);
    out.push('#');
    push_whole(&mut out, n as u64);
    out
}

/// The ten text cells of a quote's row (see [`QuoteRow::new`]) in this
/// order: speaker mention, speaker rule, kind, cue, score, cooperative,
/// warning, terms, quote, coverage; the numbers and terms written into
/// `buf` (cleared first), which a caller keeps from one quote to the next.
pub fn quote_cells<'a>(q: &'a ScoredQuote, lexicon: &Lexicon, buf: &'a mut String) -> [&'a str; 10] {
    buf.clear();
    let mut ends = [0; 5];
    push_num4(buf, q.score.compound);
    ends[0] = buf.len();
    push_num4(buf, q.score.cooperative);
    ends[1] = buf.len();
    push_num4(buf, q.score.warning);
    ends[2] = buf.len();
    q.score.push_terms_column(lexicon, buf);
    ends[3] = buf.len();
    if let Some(c) = q.score.coverage {
        push_num4(buf, c);
    }
    ends[4] = buf.len();
    let buf: &'a String = buf;
    [
        q.quote.mention.as_deref().unwrap_or(""),
        q.quote.rule.map_or("", |r| r.as_str()),
        q.quote.kind.as_str(),
        q.quote.cue.as_deref().unwrap_or(""),
        &buf[..ends[0]],
        &buf[ends[0]..ends[1]],
        &buf[ends[1]..ends[2]],
        &buf[ends[2]..ends[3]],
        &q.text,
        &buf[ends[3]..ends[4]],
    ]
}

/// One line of the `quotes` table.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteRow<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Document date.
    pub date: &'a str,
    /// `doc#n`, n counting the document's quotes from 1.
    pub quote_id: String,
    /// Byte offset of the quote's start.
    pub start: usize,
    /// Byte offset of the quote's end (exclusive).
    pub end: usize,
    /// Canonical speaker, empty when unknown.
    pub speaker: &'a str,
    /// The words that named the speaker.
    pub speaker_mention: &'a str,
    /// The attribution rule that decided.
    pub speaker_rule: &'a str,
    /// direct, split, colon, partial or indirect.
    pub kind: &'a str,
    /// The reporting verb.
    pub cue: &'a str,
    /// Compound tone in [-1, 1].
    pub score: Cow<'a, str>,
    /// cooperative, neutral or warning.
    pub label: &'a str,
    /// Cooperative evidence.
    pub cooperative: Cow<'a, str>,
    /// Warning evidence.
    pub warning: Cow<'a, str>,
    /// Lexicon hits with their rules.
    pub terms: Cow<'a, str>,
    /// The quote's text.
    pub quote: &'a str,
    /// Share of content words the lexicon knows; empty with no content word.
    pub coverage: Cow<'a, str>,
    /// The quote id of an earlier identical quote by the same speaker.
    pub duplicate_of: &'a str,
}

impl<'a> QuoteRow<'a> {
    /// The row of quote number `n` (from 1) of document `doc`.
    pub fn new(
        doc: &'a str,
        date: Option<&'a str>,
        n: usize,
        q: &'a ScoredQuote,
        speaker: &'a str,
        lexicon: &Lexicon,
    ) -> QuoteRow<'a> {
        QuoteRow {
            doc,
            date: date.unwrap_or(""),
            quote_id: quote_id(doc, n),
            start: q.quote.span.start,
            end: q.quote.span.end,
            speaker,
            speaker_mention: q.quote.mention.as_deref().unwrap_or(""),
            speaker_rule: q.quote.rule.map_or("", |r| r.as_str()),
            kind: q.quote.kind.as_str(),
            cue: q.quote.cue.as_deref().unwrap_or(""),
            score: num4(q.score.compound).into(),
            label: q.tone.as_str(),
            cooperative: num4(q.score.cooperative).into(),
            warning: num4(q.score.warning).into(),
            terms: q.score.terms_column(lexicon).into(),
            quote: &q.text,
            coverage: q.score.coverage.map_or(Cow::Borrowed(""), |c| num4(c).into()),
            duplicate_of: "",
        }
    }
}

/// One line of the `text` table.
#[derive(Clone, Debug, Serialize)]
pub struct TextRow<'a> {
    /// The record's id.
    pub id: &'a str,
    /// Compound tone in [-1, 1].
    pub score: String,
    /// cooperative, neutral or warning.
    pub label: &'a str,
    /// Cooperative evidence.
    pub cooperative: String,
    /// Warning evidence.
    pub warning: String,
    /// Lexicon hits with their rules.
    pub terms: String,
    /// Share of content words the lexicon knows.
    pub coverage: String,
}

impl<'a> TextRow<'a> {
    /// The row of one scored text.
    pub fn new(id: &'a str, s: &Score, label: &'a str, lexicon: &Lexicon) -> TextRow<'a> {
        TextRow {
            id,
            score: num4(s.compound),
            label,
            cooperative: num4(s.cooperative),
            warning: num4(s.warning),
            terms: s.terms_column(lexicon),
            coverage: s.coverage.map_or(String::new(), num4),
        }
    }
}

/// One line of the `speakers` table.
#[derive(Clone, Debug, Serialize)]
pub struct SpeakerRow {
    /// Canonical speaker.
    pub speaker: String,
    /// Number of quotes.
    pub n: u64,
    /// Mean score.
    pub mean: String,
    /// Sample standard deviation.
    pub sd: String,
    /// 95% Student-t interval, low end.
    pub ci_low: String,
    /// 95% Student-t interval, high end.
    pub ci_high: String,
    /// Median score.
    pub median: String,
    /// Share of cooperative quotes.
    pub share_cooperative: String,
    /// Share of neutral quotes.
    pub share_neutral: String,
    /// Share of warning quotes.
    pub share_warning: String,
    /// share_cooperative − share_warning.
    pub net_tone: String,
    /// Earliest date.
    pub first_date: String,
    /// Latest date.
    pub last_date: String,
    /// Most frequent cooperative terms.
    pub top_cooperative: String,
    /// Most frequent warning terms.
    pub top_warning: String,
}

impl SpeakerRow {
    /// The row of one speaker.
    pub fn new(st: &SpeakerStats) -> SpeakerRow {
        let s = st.summary();
        let shares = st.shares();
        let share = |i: usize| num(shares.map(|s| s[i]));
        SpeakerRow {
            speaker: st.display_name().to_string(),
            n: st.n(),
            mean: num(s.mean),
            sd: num(s.sd),
            ci_low: num(s.ci_low),
            ci_high: num(s.ci_high),
            median: num(st.median()),
            share_cooperative: share(0),
            share_neutral: share(1),
            share_warning: share(2),
            net_tone: num(shares.map(|s| s[0] - s[2])),
            first_date: st.first_date.clone().unwrap_or_default(),
            last_date: st.last_date.clone().unwrap_or_default(),
            top_cooperative: st.top_terms(true, 5),
            top_warning: st.top_terms(false, 5),
        }
    }
}

/// The `speakers` table, one row per speaker in key order.
pub fn speaker_rows(agg: &Aggregate) -> Vec<SpeakerRow> {
    agg.speakers.values().map(SpeakerRow::new).collect()
}

/// One line of the `compare` table.
#[derive(Clone, Debug, Serialize)]
pub struct CompareRow {
    /// First speaker.
    pub speaker_a: String,
    /// Second speaker.
    pub speaker_b: String,
    /// Quotes of the first.
    pub n_a: u64,
    /// Quotes of the second.
    pub n_b: u64,
    /// Mean of the first.
    pub mean_a: String,
    /// Mean of the second.
    pub mean_b: String,
    /// mean_a − mean_b.
    pub diff: String,
    /// 95% Welch interval of the difference, low end.
    pub ci_low: String,
    /// 95% Welch interval of the difference, high end.
    pub ci_high: String,
    /// Welch's t.
    pub t: String,
    /// Welch–Satterthwaite degrees of freedom.
    pub df: String,
    /// Two-sided p of Welch's test.
    pub p: String,
    /// Holm-adjusted p over all pairs reported.
    pub p_holm: String,
    /// Cohen's d with the pooled sd.
    pub cohens_d: String,
    /// Mann–Whitney U of the first sample.
    pub mw_u: String,
    /// Two-sided p of the tie-corrected normal approximation.
    pub mw_p: String,
}

/// Which pairs to compare.
#[derive(Clone, Debug)]
pub enum Pairs {
    /// Every pair of speakers with at least this many quotes.
    All {
        /// Minimum quotes per speaker.
        min_quotes: u64,
    },
    /// Just these two speaker keys.
    Just(String, String),
}

/// The `compare` table: Welch, Cohen's d, Mann–Whitney, Holm over the rows.
pub fn compare_rows(agg: &Aggregate, pairs: &Pairs) -> Vec<CompareRow> {
    let mut chosen: Vec<(&SpeakerStats, &SpeakerStats)> = Vec::new();
    match pairs {
        Pairs::All { min_quotes } => {
            let eligible: Vec<&SpeakerStats> = agg.speakers.values().filter(|s| s.n() >= *min_quotes).collect();
            for (i, a) in eligible.iter().enumerate() {
                for b in &eligible[i + 1..] {
                    chosen.push((a, b));
                }
            }
        }
        Pairs::Just(a, b) => {
            if let (Some(a), Some(b)) = (agg.speakers.get(a), agg.speakers.get(b)) {
                chosen.push((a, b));
            }
        }
    }
    let mut rows = Vec::with_capacity(chosen.len());
    let mut ps = Vec::new();
    for (a, b) in &chosen {
        let (sa, sb) = (a.summary(), b.summary());
        let w = stats::welch(&sa, &sb);
        let mw = stats::mann_whitney(&a.histogram(), &b.histogram());
        if let Some(w) = &w {
            ps.push(w.p);
        }
        rows.push(CompareRow {
            speaker_a: a.display_name().to_string(),
            speaker_b: b.display_name().to_string(),
            n_a: a.n(),
            n_b: b.n(),
            mean_a: num(sa.mean),
            mean_b: num(sb.mean),
            diff: num(sa.mean.zip(sb.mean).map(|(x, y)| x - y)),
            ci_low: num(w.as_ref().map(|w| w.ci_low)),
            ci_high: num(w.as_ref().map(|w| w.ci_high)),
            t: num(w.as_ref().map(|w| w.t)),
            df: num(w.as_ref().map(|w| w.df)),
            p: num(w.as_ref().map(|w| w.p)),
            p_holm: String::new(),
            cohens_d: num(stats::cohens_d(&sa, &sb)),
            mw_u: num(mw.as_ref().map(|m| m.u)),
            mw_p: num(mw.as_ref().map(|m| m.p)),
        });
    }
    let adjusted = stats::holm(&ps);
    let mut it = adjusted.into_iter();
    for row in &mut rows {
        if !row.p.is_empty() {
            row.p_holm = num(it.next());
        }
    }
    rows
}

/// One line of the `timeline` table.
#[derive(Clone, Debug, Serialize)]
pub struct TimelineRow {
    /// Canonical speaker.
    pub speaker: String,
    /// Period: date, ISO week, month, or `undated`.
    pub period: String,
    /// Quotes in the period.
    pub n: u64,
    /// Mean score.
    pub mean: String,
    /// 95% Student-t interval, low end.
    pub ci_low: String,
    /// 95% Student-t interval, high end.
    pub ci_high: String,
    /// Share of warning quotes.
    pub share_warning: String,
}

/// The `timeline` table, by speaker key then period; periods without quotes
/// are absent.
pub fn timeline_rows(agg: &Aggregate) -> Vec<TimelineRow> {
    agg.periods
        .iter()
        .flat_map(|(key, periods)| periods.iter().map(move |(period, st)| (key, period, st)))
        .map(|(key, period, st)| {
            let s = st.summary();
            let name = agg.speakers.get(key).map_or(st.display_name(), |s| s.display_name());
            TimelineRow {
                speaker: name.to_string(),
                period: period.clone(),
                n: st.n(),
                mean: num(s.mean),
                ci_low: num(s.ci_low),
                ci_high: num(s.ci_high),
                share_warning: num(st.shares().map(|s| s[2])),
            }
        })
        .collect()
}

/// Column names of each table, for empty outputs.
pub mod columns {
    /// `quotes`.
    pub const QUOTES: &[&str] = &[
        "doc",
        "date",
        "quote_id",
        "start",
        "end",
        "speaker",
        "speaker_mention",
        "speaker_rule",
        "kind",
        "cue",
        "score",
        "label",
        "cooperative",
        "warning",
        "terms",
        "quote",
        "coverage",
        "duplicate_of",
    ];
    /// `text`.
    pub const TEXT: &[&str] = &["id", "score", "label", "cooperative", "warning", "terms", "coverage"];
    /// `speakers`.
    pub const SPEAKERS: &[&str] = &[
        "speaker",
        "n",
        "mean",
        "sd",
        "ci_low",
        "ci_high",
        "median",
        "share_cooperative",
        "share_neutral",
        "share_warning",
        "net_tone",
        "first_date",
        "last_date",
        "top_cooperative",
        "top_warning",
    ];
    /// `compare`.
    pub const COMPARE: &[&str] = &[
        "speaker_a",
        "speaker_b",
        "n_a",
        "n_b",
        "mean_a",
        "mean_b",
        "diff",
        "ci_low",
        "ci_high",
        "t",
        "df",
        "p",
        "p_holm",
        "cohens_d",
        "mw_u",
        "mw_p",
    ];
    /// `timeline`.
    pub const TIMELINE: &[&str] = &["speaker", "period", "n", "mean", "ci_low", "ci_high", "share_warning"];
}

/// Writes a whole table.
///
/// # Errors
/// When the writer fails.
pub fn write_table<W: io::Write, T: Serialize>(
    w: W,
    format: Format,
    columns: &[&str],
    rows: &[T],
) -> Result<W, crate::Error> {
    let mut out = RowWriter::new(w, format);
    if rows.is_empty() {
        out.header(columns)?;
    }
    for r in rows {
        out.write(r)?;
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row with cells that need quoting in CSV and escaping in JSON.
    #[derive(Serialize)]
    struct Cells<'a> {
        id: u32,
        text: &'a str,
        score: f64,
    }

    /// Rows formatted by `buffer` and written by `write_formatted` come
    /// out as `write` writes them one at a time (CSV header included),
    /// whether or not rows written by `write` come first.
    #[test]
    fn formatted_rows_are_the_bytes_write_writes() {
        let rows: Vec<Cells> = (0..7)
            .map(|i| Cells {
                id: i,
                text: ["plain", "a, \"quoted\" cell", "two\nlines", ""][i as usize % 4],
                score: -0.5,
            })
            .collect();
        for format in [Format::Csv, Format::Jsonl] {
            let mut one = RowWriter::new(Vec::new(), format);
            for r in &rows {
                one.write(r).unwrap();
            }
            let want = one.finish().unwrap();
            for split in [0, 3] {
                let mut out = RowWriter::new(Vec::new(), format);
                for r in &rows[..split] {
                    out.write(r).unwrap();
                }
                let mut buf = RowWriter::<Vec<u8>>::buffer(format);
                for r in &rows[split..] {
                    buf.write(r).unwrap();
                }
                let header: &[&str] = &["id", "text", "score"];
                let out = out.write_formatted((split == 0).then_some(header), &buf.finish().unwrap()).unwrap();
                let got = out.finish().unwrap();
                assert_eq!(String::from_utf8(got).unwrap(), String::from_utf8(want.clone()).unwrap(), "{split}");
            }
        }
    }

    /// The formatter's path `num4` took before its integer path.
    fn num4_by_format(v: f64) -> String {
        let s = format!("{v:.4}");
        if s == "-0.0000" {
            "0.0000".into()
        } else {
            s
        }
    }

    #[test]
    fn num4_writes_what_the_formatter_writes_at_the_edges() {
        let mut vs = vec![0.0, -0.0, 1.0, -1.0, 0.5, 0.00005, -0.00005, 0.99995, -0.99995, 1e-300, -1e-300, 5e-324];
        vs.extend([f64::MIN_POSITIVE, 1e12, -1e12, 2f64.powi(40), 2f64.powi(40) - 0.5, 1e300, f64::MAX]);
        vs.extend([f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 0.1 + 0.2, 123_456.789_05]);
        // Exact ties at the fifth decimal: odd multiples of 1/32 and of 2^-k.
        for k in -4000..4000 {
            vs.push(f64::from(k) / 32.0);
            vs.push(f64::from(k) / 20_000.0);
            vs.push(f64::from(k) * 0.000_05);
            vs.push(f64::from(2 * k + 1) / 1024.0);
        }
        for v in vs {
            assert_eq!(num4(v), num4_by_format(v), "{v:e}");
        }
    }

    #[test]
    fn quote_id_is_the_doc_a_hash_and_the_number() {
        for (doc, n) in [("a", 0), ("wire-7", 12), ("", 1), ("x", 1_000_000), ("é", usize::MAX)] {
            assert_eq!(quote_id(doc, n), format!("{doc}#{n}"));
        }
    }

    /// The cells written into a kept buffer are the cells of the row
    /// `QuoteRow::new` builds, for quotes with and without terms, a cue,
    /// a speaker and content words, one buffer kept across them.
    #[test]
    fn quote_cells_are_the_rows_cells() {
        use crate::quote::{Quote, QuoteKind, SpeakerRule};
        let engine = crate::Engine::embedded().unwrap();
        let mut buf = String::from("left over");
        let (mut with_terms, mut without_coverage) = (0, 0);
        let texts = [
            ("We are partners, not rivals, and we will not accept threats.", Some("warned"), QuoteKind::Direct),
            ("the talks went well", Some("said"), QuoteKind::Partial),
            ("...", None, QuoteKind::Direct),
            ("Cooperation is welcome; sanctions are a danger.", Some("insisted"), QuoteKind::Colon),
        ];
        for (i, (text, cue, kind)) in texts.into_iter().enumerate() {
            let tokens = engine.analyzer.tokenize(text);
            let score = engine.score_tokens(text, &tokens, cue, kind == QuoteKind::Partial);
            let tone = score.tone(&engine.thresholds);
            let named = i % 2 == 0;
            let quote = Quote {
                span: 3..3 + text.len(),
                kind,
                speaker: named.then(|| "A Minister".to_string()),
                mention: named.then(|| "the minister".to_string()),
                rule: named.then_some(SpeakerRule::Description),
                cue: cue.map(str::to_string),
            };
            let q = ScoredQuote { quote, text: text.to_string(), score, tone };
            let row = QuoteRow::new("d", None, i + 1, &q, "", &engine.lexicon);
            let want = [
                row.speaker_mention,
                row.speaker_rule,
                row.kind,
                row.cue,
                &row.score,
                &row.cooperative,
                &row.warning,
                &row.terms,
                row.quote,
                &row.coverage,
            ];
            assert_eq!(quote_cells(&q, &engine.lexicon, &mut buf), want, "{text}");
            with_terms += usize::from(!row.terms.is_empty());
            without_coverage += usize::from(row.coverage.is_empty());
        }
        assert!(with_terms >= 2 && without_coverage == 1, "{with_terms} {without_coverage}");
    }

    fn signed2(v: f64) -> String {
        let mut s = String::from("x");
        push_signed2(&mut s, v);
        s.split_off(1)
    }

    #[test]
    fn signed2_writes_what_the_formatter_writes_at_the_edges() {
        let mut vs = vec![0.0, -0.0, 1.0, -1.0, 0.005, -0.005, 0.004_999, -0.995, 0.995, 1e-300, -1e-300, -5e-324];
        vs.extend([f64::MIN_POSITIVE, 1e12, -1e12, 2f64.powi(40), -(2f64.powi(40) - 0.25), 1e300, f64::MAX]);
        vs.extend([f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 0.1 + 0.2, -2.675, 1.125, -1.375]);
        // Exact ties at the third decimal: odd multiples of 1/8 and of 2^-k.
        for k in -4000..4000 {
            vs.push(f64::from(k) / 8.0);
            vs.push(f64::from(k) / 200.0);
            vs.push(f64::from(k) * 0.005);
            vs.push(f64::from(2 * k + 1) / 1024.0);
        }
        for v in vs {
            assert_eq!(signed2(v), format!("{v:+.2}"), "{v:e}");
        }
    }

    proptest::proptest! {
        #[test]
        fn signed2_writes_what_the_formatter_writes(bits in proptest::prelude::any::<u64>(), x in -30.0f64..30.0) {
            let v = f64::from_bits(bits);
            proptest::prop_assert_eq!(signed2(v), format!("{v:+.2}"));
            proptest::prop_assert_eq!(signed2(x), format!("{x:+.2}"));
            let near = (x * 100.0).round() / 100.0 + 0.005;
            proptest::prop_assert_eq!(signed2(near), format!("{near:+.2}"));
        }

        #[test]
        fn num4_writes_what_the_formatter_writes(bits in proptest::prelude::any::<u64>(), x in -3.0f64..3.0) {
            let v = f64::from_bits(bits);
            proptest::prop_assert_eq!(num4(v), num4_by_format(v));
            proptest::prop_assert_eq!(num4(x), num4_by_format(x));
            let near = (x * 10_000.0).round() / 10_000.0 + 0.000_05;
            proptest::prop_assert_eq!(num4(near), num4_by_format(near));
        }
    }
}
