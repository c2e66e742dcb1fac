//! The HTML report: one self-contained page of charts and tables.
//!
//! [`render`] turns the same rows the CSV tables hold ([`SpeakerRow`],
//! [`CompareRow`], [`TimelineRow`]) plus a few example quotes per speaker
//! into a page that opens from disk: inline CSS and SVG only, no script, no
//! font or URL from elsewhere. It is a pure function of its input (no
//! clock, no hash order), so the same batch gives the same bytes.
//!
//! Accessibility is part of the format, not an afterthought: the palette is
//! colour-blind safe (Okabe–Ito blue `#0072B2` for cooperative, vermillion
//! `#D55E00` for warning, grey for neutral) and never the only cue (marker
//! shapes, hatching, underline styles and text labels carry the same
//! information); every chart is an `role="img"` SVG with a `<title>` and a
//! `<desc>`, followed by a `<details>` table with its numbers.
//!
//! [`ExampleKeeper`] collects the example quotes while a batch streams by,
//! keeping a fixed number per speaker and side, so memory grows with the
//! number of speakers only.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;

use crate::aggregate::Aggregate;
use crate::lexicon::Lexicon;
use crate::pipeline::{Engine, ScoredQuote};
use crate::report::{CompareRow, SpeakerRow, TimelineRow};
use crate::score::{Thresholds, Tone};
use crate::stats;
use crate::tokenize::Analyzer;

/// At most this many speakers (the most quoted) are drawn in each chart;
/// the tables under the charts and the CSV files hold every speaker.
pub const CHART_SPEAKERS: usize = 40;

/// Holm-adjusted p below which a pair is reported as different.
const ALPHA: f64 = 0.05;

/// Cooperative colour (Okabe–Ito blue).
const BLUE: &str = "#0072B2";
/// Warning colour (Okabe–Ito vermillion).
const ORANGE: &str = "#D55E00";
/// Neutral colour.
const GREY: &str = "#8C8C8C";

/// Batch counts shown in the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Records read.
    pub articles: u64,
    /// Quotes found, with or without a speaker.
    pub quotes: u64,
    /// Quotes without a speaker.
    pub unattributed: u64,
    /// Quotes left out as duplicates.
    pub duplicates: u64,
    /// Records that could not be read.
    pub errors: u64,
}

/// Everything the page shows.
#[derive(Clone, Debug)]
pub struct ReportData<'a> {
    /// Page title.
    pub title: &'a str,
    /// Batch counts.
    pub counts: Counts,
    /// The `speakers` table.
    pub speakers: &'a [SpeakerRow],
    /// The `compare` table (all pairs of speakers with enough quotes).
    pub compare: &'a [CompareRow],
    /// The `timeline` table.
    pub timeline: &'a [TimelineRow],
    /// Example quotes per speaker, matched to `speakers` by name.
    pub examples: &'a [SpeakerExamples],
    /// Name of the timeline's period ("day", "week", "month").
    pub period: &'a str,
    /// Minimum quotes per speaker for the pairwise comparison.
    pub min_quotes: u64,
    /// The label thresholds the scores were labelled with.
    pub thresholds: Thresholds,
}

/// Which way a term pushed a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    /// Towards cooperative (positive value).
    Cooperative,
    /// Towards warning (negative value).
    Warning,
}

impl Side {
    fn class(self) -> &'static str {
        match self {
            Side::Cooperative => "coop",
            Side::Warning => "warn",
        }
    }
}

/// One lexicon term that drove a quote's score.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    /// Byte range of the term in the quote's text; `None` when the tokens
    /// could not be mapped back (the term is still listed).
    pub span: Option<Range<usize>>,
    /// Which way it pushed.
    pub side: Side,
    /// The term as it reads in the quote (from the word of a rule that set
    /// its side, see [`crate::aggregate::term_reading`]), its final value
    /// and the rules that changed it: `not rivals(+1.26*neg)`.
    pub label: String,
}

/// An example quote with the terms that drove its score.
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    /// `doc#n`, as in the `quotes` table.
    pub quote_id: String,
    /// Document date, empty when unknown.
    pub date: String,
    /// Compound score.
    pub score: f64,
    /// The quote's text.
    pub text: String,
    /// The tone terms in text order (value zero left out).
    pub highlights: Vec<Highlight>,
    /// The reporting verb and its weighted contribution, when it counted.
    pub cue: Option<(String, f64)>,
}

impl Example {
    /// A stand-in for an example not built yet: id, date and text only.
    pub fn stand_in(quote_id: String, date: Option<&str>, text: &str) -> Example {
        Example {
            quote_id,
            date: date.unwrap_or("").to_string(),
            score: 0.0,
            text: text.to_string(),
            highlights: Vec::new(),
            cue: None,
        }
    }

    /// The example of one scored quote. The quote is tokenized again with
    /// `analyzer` (the scorer's analyzer) to map each term's token range to
    /// bytes of `q.text`.
    pub fn new(
        quote_id: String,
        date: Option<&str>,
        q: &ScoredQuote,
        analyzer: &Analyzer,
        lexicon: &Lexicon,
    ) -> Example {
        let tokens = analyzer.tokenize(&q.text);
        let mut highlights = Vec::new();
        for t in &q.score.terms {
            let side = if t.value > 0.0 {
                Side::Cooperative
            } else if t.value < 0.0 {
                Side::Warning
            } else {
                continue;
            };
            let span = (t.tokens.start < t.tokens.end && t.tokens.end <= tokens.len())
                .then(|| tokens[t.tokens.start].span.start..tokens[t.tokens.end - 1].span.end)
                .filter(|s| q.text.get(s.clone()).is_some());
            // The term as it reads in the quote ("never threatened"), not
            // as the lexicon spells it ("threat*"); the rules follow.
            let reading = crate::aggregate::term_reading(&q.text, &tokens, t);
            let words = reading.split('[').next().filter(|w| !w.is_empty());
            let mut label = format!("{}({:+.2}", words.unwrap_or(&lexicon.entry(t.entry).label), t.value);
            for r in &t.rules {
                label.push('*');
                label.push_str(r.tag());
            }
            label.push(')');
            highlights.push(Highlight { span, side, label });
        }
        highlights.sort_by_key(|h| h.span.as_ref().map_or((usize::MAX, usize::MAX), |s| (s.start, s.end)));
        Example {
            quote_id,
            date: date.unwrap_or("").to_string(),
            score: q.score.compound,
            text: q.text.clone(),
            highlights,
            cue: q.score.cue.clone().filter(|(_, v)| *v != 0.0),
        }
    }
}

/// The example quotes of one speaker, best first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpeakerExamples {
    /// Display name, as in the `speakers` table.
    pub speaker: String,
    /// The most cooperative quotes labelled cooperative.
    pub cooperative: Vec<Example>,
    /// The most warning quotes labelled warning.
    pub warning: Vec<Example>,
}

#[derive(Clone, Debug, Default)]
struct Kept {
    cooperative: Vec<(i64, u64, Example)>,
    warning: Vec<(i64, u64, Example)>,
}

/// Keeps, per speaker, the `k` most cooperative quotes labelled cooperative
/// and the `k` most warning quotes labelled warning, while a batch streams
/// by.
///
/// # Resource usage
/// At most `2k` quotes per speaker are held. Ties in score keep the quote
/// offered first, so the choice depends only on input order, and a quote
/// whose text is already kept on that side is skipped.
#[derive(Clone, Debug)]
pub struct ExampleKeeper {
    k: usize,
    seq: u64,
    by_key: BTreeMap<String, Kept>,
}

impl ExampleKeeper {
    /// A keeper of `k` quotes per speaker and side.
    pub fn new(k: usize) -> ExampleKeeper {
        ExampleKeeper { k, seq: 0, by_key: BTreeMap::new() }
    }

    /// Offers quote number `n` (from 1) of document `doc`, said by the
    /// speaker whose key is `key`, scored by `engine`. The example (and its re-tokenization) is
    /// built only when the quote is kept.
    pub fn offer(&mut self, key: &str, doc: &str, date: Option<&str>, n: usize, q: &ScoredQuote, engine: &Engine) {
        let micro = stats::to_micro(q.score.compound);
        self.offer_with(key, q.tone, micro, &q.text, || {
            Example::new(format!("{doc}#{n}"), date, q, &engine.analyzer, &engine.lexicon)
        });
    }

    /// Offers a quote by what the choice reads: its label, its score × 10⁶
    /// and its text; `make` builds the example only when it is kept. The
    /// example must carry `text`.
    pub fn offer_with(&mut self, key: &str, tone: Tone, micro: i64, text: &str, make: impl FnOnce() -> Example) {
        self.seq += 1;
        let seq = self.seq;
        let cooperative = match tone {
            Tone::Cooperative => true,
            Tone::Warning => false,
            Tone::Neutral => return,
        };
        if self.k == 0 {
            return;
        }
        // Rank so that smaller is better on both sides.
        let rank = if cooperative { -micro } else { micro };
        let kept = self.by_key.entry(key.to_string()).or_default();
        let list = if cooperative { &mut kept.cooperative } else { &mut kept.warning };
        if list.len() >= self.k && list.last().is_some_and(|(r, _, _)| rank >= *r) {
            return;
        }
        if list.iter().any(|(_, _, e)| e.text == text) {
            return;
        }
        let at = list.partition_point(|(r, s, _)| (*r, *s) < (rank, seq));
        list.insert(at, (rank, seq, make()));
        list.truncate(self.k);
    }

    /// The same choice with every kept example replaced by `f` of it: a
    /// batch can choose with cheap stand-ins (text and id only) and build
    /// the examples of the winners alone.
    pub fn map(mut self, mut f: impl FnMut(Example) -> Example) -> ExampleKeeper {
        for kept in self.by_key.values_mut() {
            for list in [&mut kept.cooperative, &mut kept.warning] {
                for item in list.iter_mut() {
                    item.2 = f(std::mem::replace(&mut item.2, Example::stand_in(String::new(), None, "")));
                }
            }
        }
        self
    }

    /// The examples of every speaker in key order (the order of the
    /// `speakers` table), named as `agg` names them.
    pub fn into_examples(self, agg: &Aggregate) -> Vec<SpeakerExamples> {
        self.by_key
            .into_iter()
            .map(|(key, kept)| SpeakerExamples {
                speaker: agg.speakers.get(&key).map_or(key.clone(), |s| s.display_name().to_string()),
                cooperative: kept.cooperative.into_iter().map(|(_, _, e)| e).collect(),
                warning: kept.warning.into_iter().map(|(_, _, e)| e).collect(),
            })
            .collect()
    }
}

/// Escapes text for HTML element content and quoted attribute values:
/// `&`, `<`, `>`, `"` and `'`.
///
/// # Example
/// ```
/// use diplotone::report::html::escape;
/// assert_eq!(escape(r#"<b class="x">Tom & Jerry's</b>"#),
///            "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;");
/// ```
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A number with `d` decimals, never `-0.000`.
fn fixed(x: f64, d: usize) -> String {
    let s = format!("{x:.d$}");
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// Three decimals with an explicit sign: `+0.412`, `-0.080`, `0.000`.
fn signed(x: f64) -> String {
    let s = fixed(x, 3);
    if x > 0.0 && s != "0.000" {
        format!("+{s}")
    } else {
        s
    }
}

/// A table cell parsed back into a number (the rows hold formatted text).
fn parse(s: &str) -> Option<f64> {
    s.parse::<f64>().ok().filter(|x| x.is_finite())
}

fn cell_signed(s: &str) -> String {
    parse(s).map_or_else(|| "–".to_string(), signed)
}

fn cell3(s: &str) -> String {
    parse(s).map_or_else(|| "–".to_string(), |x| fixed(x, 3))
}

fn cell_p(s: &str) -> String {
    match parse(s) {
        Some(p) if p < 0.001 => "&lt;0.001".to_string(),
        Some(p) => fixed(p, 3),
        None => "–".to_string(),
    }
}

/// Estimated advance of a character, in ems, in a wide sans-serif (the
/// widths of DejaVu Sans, wider than Arial or Helvetica), so that a label
/// that fits here fits in the fonts a reader is likely to have.
fn advance(c: char) -> f64 {
    match c {
        ' ' | '.' | ',' | ':' | ';' | '\'' | '’' | '‘' | '!' | '|' => 0.32,
        'i' | 'j' | 'l' | 'I' | 'J' | 'ı' => 0.30,
        'f' | 't' | '-' | '(' | ')' | '‐' | '–' => 0.40,
        'r' => 0.42,
        'm' => 0.98,
        'w' | 'M' => 0.87,
        'W' => 1.0,
        '…' | '—' => 1.0,
        c if c.is_ascii_digit() => 0.64,
        c if c.is_ascii_lowercase() => 0.63,
        c if c.is_ascii_uppercase() => 0.76,
        c if c.is_alphabetic() && (c as u32) < 0x2E80 => {
            // Accented and other alphabetic letters: as wide as the widest
            // plain letters of their case.
            if c.is_uppercase() {
                0.78
            } else {
                0.64
            }
        }
        // CJK and other full-width characters.
        _ => 1.0,
    }
}

/// Estimated width of `s` at `font` pixels, in the chart's units.
fn text_width(s: &str, font: f64) -> f64 {
    s.chars().map(advance).sum::<f64>() * font
}

/// Shortens a name for a chart label so that it fits in `width` units at
/// `font` pixels: its start is kept whole and an ellipsis ends it. The
/// full name is in the row's tooltip (`<title>`) and in the table.
fn fit(name: &str, width: f64, font: f64) -> String {
    if text_width(name, font) <= width {
        return name.to_string();
    }
    let budget = width - text_width("…", font);
    let mut used = 0.0;
    let mut s = String::new();
    for c in name.chars() {
        used += advance(c) * font;
        if used > budget {
            break;
        }
        s.push(c);
    }
    let mut s = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '.' | '(')).to_string();
    s.push('…');
    s
}

/// Font sizes of chart labels (see the CSS): wide and narrow charts.
const LABEL_FONT: f64 = 13.0;
const LABEL_FONT_NARROW: f64 = 14.0;

/// A speaker as the charts need it.
struct Sp<'a> {
    row: &'a SpeakerRow,
    mean: f64,
    ci: Option<(f64, f64)>,
    shares: [f64; 3],
}

impl<'a> Sp<'a> {
    fn new(row: &'a SpeakerRow) -> Option<Sp<'a>> {
        let mean = parse(&row.mean)?;
        let ci = parse(&row.ci_low).zip(parse(&row.ci_high));
        let shares = [
            parse(&row.share_cooperative).unwrap_or(0.0),
            parse(&row.share_neutral).unwrap_or(0.0),
            parse(&row.share_warning).unwrap_or(0.0),
        ];
        Some(Sp { row, mean, ci, shares })
    }
}

/// The speakers drawn: the [`CHART_SPEAKERS`] most quoted (ties by name),
/// then sorted by mean from most warning to most cooperative.
fn charted(rows: &[SpeakerRow]) -> Vec<Sp<'_>> {
    let mut v: Vec<Sp<'_>> = rows.iter().filter_map(Sp::new).collect();
    v.sort_by(|a, b| b.row.n.cmp(&a.row.n).then_with(|| a.row.speaker.cmp(&b.row.speaker)));
    v.truncate(CHART_SPEAKERS);
    v.sort_by(|a, b| a.mean.total_cmp(&b.mean).then_with(|| a.row.speaker.cmp(&b.row.speaker)));
    v
}

/// Marker of a mean: shape and colour both tell the side.
fn marker(out: &mut String, x: f64, y: f64, v: f64, th: &Thresholds) {
    if v >= th.cooperative {
        let _ = write!(out, r#"<circle cx="{x:.1}" cy="{y:.1}" r="6" fill="{BLUE}" class="pt"/>"#);
    } else if v <= th.warning {
        let _ = write!(
            out,
            r#"<path d="M{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}Z" fill="{ORANGE}" class="pt"/>"#,
            x - 8.0,
            y - 8.0,
            x + 8.0,
            y + 8.0
        );
    } else {
        let _ = write!(
            out,
            r#"<rect x="{:.1}" y="{:.1}" width="11" height="11" fill="{GREY}" class="pt"/>"#,
            x - 5.5,
            y - 5.5
        );
    }
}

fn side_colour(v: f64, th: &Thresholds) -> &'static str {
    if v >= th.cooperative {
        BLUE
    } else if v <= th.warning {
        ORANGE
    } else {
        GREY
    }
}

/// Opens a chart's `<svg>` with its text alternative.
fn svg_open(out: &mut String, id: &str, class: &str, w: f64, h: f64, title: &str, desc: &str) {
    let _ = write!(
        out,
        r#"<svg class="chart {class}" viewBox="0 0 {w:.0} {h:.0}" width="100%" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        escape(title),
        escape(desc)
    );
}

/// Geometry of the speaker charts at one width.
struct Layout {
    /// viewBox width.
    w: f64,
    /// Plot area, left and right.
    x0: f64,
    x1: f64,
    /// Height of one speaker's row.
    row: f64,
    /// Name above the row (phones) instead of to its left.
    narrow: bool,
}

const WIDE: Layout = Layout { w: 960.0, x0: 250.0, x1: 840.0, row: 28.0, narrow: false };
const NARROW: Layout = Layout { w: 400.0, x0: 12.0, x1: 388.0, row: 48.0, narrow: true };

/// The mean-tone chart: one row per speaker, a point at the mean and a bar
/// over its 95% interval, on a diverging axis from −1 to +1.
fn forest(out: &mut String, sps: &[Sp<'_>], th: &Thresholds, l: &Layout, id: &str) {
    let top = 34.0;
    let n = sps.len() as f64;
    let h = top + n * l.row + 30.0;
    let x = |v: f64| l.x0 + (v.clamp(-1.0, 1.0) + 1.0) / 2.0 * (l.x1 - l.x0);
    let (first, last) = (&sps[0], &sps[sps.len() - 1]);
    let desc = format!(
        "{} speakers sorted from the most warning mean to the most cooperative. Most warning: {} ({}); most cooperative: {} ({}). Points are means, bars 95% intervals; no bar when a speaker has a single quote.",
        sps.len(),
        first.row.speaker,
        signed(first.mean),
        last.row.speaker,
        signed(last.mean)
    );
    let class = if l.narrow { "narrow" } else { "wide" };
    svg_open(out, id, class, l.w, h, "Mean tone per speaker with 95% intervals", &desc);
    let (xz, bottom) = (x(0.0), top + n * l.row);
    let _ = write!(
        out,
        r##"<rect x="{:.1}" y="{top}" width="{:.1}" height="{:.1}" fill="#FBEEE6"/><rect x="{xz:.1}" y="{top}" width="{:.1}" height="{:.1}" fill="#E8F1F8"/>"##,
        l.x0,
        xz - l.x0,
        n * l.row,
        l.x1 - xz,
        n * l.row
    );
    for t in [-1.0, -0.5, 0.5, 1.0] {
        let _ = write!(out, r#"<line x1="{0:.1}" x2="{0:.1}" y1="{top}" y2="{bottom:.1}" class="grid"/>"#, x(t));
    }
    let _ = write!(
        out,
        r#"<text x="{:.1}" y="20" class="end warn-t">← more warning</text><text x="{:.1}" y="20" text-anchor="end" class="end coop-t">more cooperative →</text>"#,
        l.x0, l.x1
    );
    for (i, sp) in sps.iter().enumerate() {
        let y0 = top + i as f64 * l.row;
        let r = sp.row;
        let ci_txt = sp.ci.map_or_else(
            || "no interval (one quote)".to_string(),
            |(a, b)| format!("95% interval {} to {}", signed(a), signed(b)),
        );
        let _ = write!(out, "<g><title>{}: mean {}, {ci_txt}, n={}</title>", escape(&r.speaker), signed(sp.mean), r.n);
        let yc = if l.narrow {
            let _ = write!(
                out,
                r#"<text x="{:.1}" y="{:.1}" class="lbl">{}</text><text x="{:.1}" y="{:.1}" text-anchor="end" class="val">{}  n={}</text>"#,
                l.x0,
                y0 + 16.0,
                escape(&fit(&r.speaker, l.x1 - l.x0 - 130.0, LABEL_FONT_NARROW)),
                l.x1,
                y0 + 16.0,
                signed(sp.mean),
                r.n
            );
            y0 + 33.0
        } else {
            let yc = y0 + l.row / 2.0;
            let _ = write!(
                out,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="end" class="lbl">{}</text><text x="{:.1}" y="{:.1}" class="val">{}  n={}</text>"#,
                l.x0 - 10.0,
                yc + 4.5,
                escape(&fit(&r.speaker, l.x0 - 14.0, LABEL_FONT)),
                l.x1 + 12.0,
                yc + 4.5,
                signed(sp.mean),
                r.n
            );
            yc
        };
        if let Some((a, b)) = sp.ci {
            let col = side_colour(sp.mean, th);
            let (xa, xb) = (x(a), x(b));
            let _ =
                write!(out, r#"<line x1="{xa:.1}" x2="{xb:.1}" y1="{yc:.1}" y2="{yc:.1}" stroke="{col}" class="ci"/>"#);
            for (xe, clipped, dir) in [(xa, a < -1.0, 1.0), (xb, b > 1.0, -1.0)] {
                if clipped {
                    // The interval runs past the axis: an arrowhead, not a cap.
                    let _ = write!(
                        out,
                        r#"<path d="M{:.1} {:.1}L{xe:.1} {yc:.1}L{:.1} {:.1}" stroke="{col}" class="cap"/>"#,
                        xe + 6.0 * dir,
                        yc - 5.0,
                        xe + 6.0 * dir,
                        yc + 5.0
                    );
                } else {
                    let _ = write!(
                        out,
                        r#"<line x1="{xe:.1}" x2="{xe:.1}" y1="{:.1}" y2="{:.1}" stroke="{col}" class="cap"/>"#,
                        yc - 5.0,
                        yc + 5.0
                    );
                }
            }
        }
        marker(out, x(sp.mean), yc, sp.mean, th);
        out.push_str("</g>");
    }
    let _ =
        write!(out, r#"<line x1="{xz:.1}" x2="{xz:.1}" y1="{:.1}" y2="{:.1}" class="zero"/>"#, top - 4.0, bottom + 4.0);
    for t in [-1.0, -0.5, 0.0, 0.5, 1.0] {
        let anchor = if t == -1.0 && l.narrow {
            "start"
        } else if t == 1.0 && l.narrow {
            "end"
        } else {
            "middle"
        };
        let label = if t == 0.0 { "0.00".to_string() } else { format!("{t:+.2}") };
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="{anchor}" class="tick">{label}</text>"#,
            x(t),
            bottom + 20.0
        );
    }
    out.push_str("</svg>");
}

/// Hatching for warning segments, so that they differ from cooperative ones
/// without colour.
fn hatch_def(out: &mut String, id: &str) {
    let _ = write!(
        out,
        r#"<defs><pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="{ORANGE}"/><line x1="0" y1="0" x2="0" y2="6" stroke="white" stroke-opacity="0.45" stroke-width="2.5"/></pattern></defs>"#
    );
}

/// Stacked cooperative / neutral / warning shares per speaker.
fn shares(out: &mut String, sps: &[Sp<'_>], l: &Layout, id: &str) {
    let top = 8.0;
    let n = sps.len() as f64;
    let (x0, x1) = if l.narrow { (l.x0, l.x1) } else { (l.x0, l.x1 - 30.0) };
    let h = top + n * l.row + 26.0;
    let desc = format!(
        "For each of {} speakers, in the order of the mean-tone chart, the share of their quotes labelled cooperative (solid blue, left), neutral (grey, middle) and warning (hatched vermillion, right).",
        sps.len()
    );
    let class = if l.narrow { "narrow" } else { "wide" };
    svg_open(out, id, class, l.w, h, "Share of cooperative, neutral and warning quotes per speaker", &desc);
    let pat = format!("{id}-hatch");
    hatch_def(out, &pat);
    let bottom = top + n * l.row;
    for (i, sp) in sps.iter().enumerate() {
        let r = sp.row;
        let y0 = top + i as f64 * l.row;
        let [c, m, w] = sp.shares;
        let _ = write!(
            out,
            "<g><title>{}: cooperative {}, neutral {}, warning {} (n={})</title>",
            escape(&r.speaker),
            fixed(c, 3),
            fixed(m, 3),
            fixed(w, 3),
            r.n
        );
        let (yb, bh) = if l.narrow {
            let _ = write!(
                out,
                r#"<text x="{x0:.1}" y="{:.1}" class="lbl">{}</text><text x="{x1:.1}" y="{:.1}" text-anchor="end" class="val">n={}</text>"#,
                y0 + 16.0,
                escape(&fit(&r.speaker, x1 - x0 - 60.0, LABEL_FONT_NARROW)),
                y0 + 16.0,
                r.n
            );
            (y0 + 23.0, 20.0)
        } else {
            let yc = y0 + l.row / 2.0;
            let _ = write!(
                out,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="end" class="lbl">{}</text><text x="{:.1}" y="{:.1}" class="val">n={}</text>"#,
                x0 - 10.0,
                yc + 4.5,
                escape(&fit(&r.speaker, l.x0 - 14.0, LABEL_FONT)),
                x1 + 12.0,
                yc + 4.5,
                r.n
            );
            (yc - 10.0, 20.0)
        };
        let mut xs = x0;
        for (k, share) in [c, m, w].into_iter().enumerate() {
            let wd = share.clamp(0.0, 1.0) * (x1 - x0);
            if wd <= 0.0 {
                continue;
            }
            let fill = match k {
                0 => BLUE.to_string(),
                1 => "#C8C8C8".to_string(),
                _ => format!("url(#{pat})"),
            };
            let _ = write!(out, r#"<rect x="{xs:.1}" y="{yb:.1}" width="{wd:.1}" height="{bh:.1}" fill="{fill}"/>"#);
            if wd >= 34.0 {
                let _ = write!(
                    out,
                    r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" class="pct">{:.0}%</text>"#,
                    xs + wd / 2.0,
                    yb + bh / 2.0 + 4.5,
                    share * 100.0
                );
            }
            xs += wd;
        }
        out.push_str("</g>");
    }
    let xm = (x0 + x1) / 2.0;
    let _ = write!(out, r#"<line x1="{xm:.1}" x2="{xm:.1}" y1="{top}" y2="{bottom:.1}" class="grid mid"/>"#);
    for (t, label) in [(0.0, "0%"), (0.5, "50%"), (1.0, "100%")] {
        let anchor = match label {
            "0%" => "start",
            "100%" => "end",
            _ => "middle",
        };
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="{anchor}" class="tick">{label}</text>"#,
            x0 + t * (x1 - x0),
            bottom + 18.0
        );
    }
    out.push_str("</svg>");
}

/// One timeline point.
struct Pt<'a> {
    row: &'a TimelineRow,
    mean: f64,
    ci: Option<(f64, f64)>,
}

/// One small multiple: a speaker's mean tone per dated period, on the
/// shared period axis `periods`.
fn timeline_panel(
    out: &mut String,
    name: &str,
    pts: &[Pt<'_>],
    periods: &[&str],
    th: &Thresholds,
    id: &str,
    unit: &str,
) {
    let (w, h) = (320.0, 176.0);
    let (x0, x1, y0, y1) = (44.0, 306.0, 14.0, 144.0);
    let y = |v: f64| y0 + (1.0 - v.clamp(-1.0, 1.0)) / 2.0 * (y1 - y0);
    let x = |i: usize| {
        if periods.len() <= 1 {
            (x0 + x1) / 2.0
        } else {
            x0 + 10.0 + i as f64 * (x1 - x0 - 20.0) / (periods.len() - 1) as f64
        }
    };
    let lo = pts.iter().map(|p| p.mean).fold(f64::INFINITY, f64::min);
    let hi = pts.iter().map(|p| p.mean).fold(f64::NEG_INFINITY, f64::max);
    let desc = format!(
        "{} {unit}(s) with quotes, from {} to {}; mean tone from {} to {}.",
        pts.len(),
        pts[0].row.period,
        pts[pts.len() - 1].row.period,
        signed(lo),
        signed(hi)
    );
    svg_open(out, id, "panel", w, h, &format!("Mean tone of {name} per {unit}"), &desc);
    let _ = write!(
        out,
        r##"<rect x="{x0}" y="{y0}" width="{:.1}" height="{:.1}" fill="#E8F1F8"/><rect x="{x0}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#FBEEE6"/>"##,
        x1 - x0,
        y(0.0) - y0,
        y(0.0),
        x1 - x0,
        y1 - y(0.0)
    );
    for (v, label) in [(1.0, "+1.00"), (0.0, "0.00"), (-1.0, "-1.00")] {
        let class = if v == 0.0 { "zero" } else { "grid" };
        let _ = write!(
            out,
            r#"<line x1="{x0}" x2="{x1}" y1="{0:.1}" y2="{0:.1}" class="{class}"/><text x="{1:.1}" y="{2:.1}" text-anchor="end" class="tick">{label}</text>"#,
            y(v),
            x0 - 5.0,
            y(v) + 4.0
        );
    }
    let idx = |p: &str| periods.iter().position(|q| *q == p).unwrap_or(0);
    if pts.len() > 1 {
        let coords: Vec<String> =
            pts.iter().map(|p| format!("{:.1},{:.1}", x(idx(&p.row.period)), y(p.mean))).collect();
        let _ = write!(out, r#"<polyline points="{}" class="trend"/>"#, coords.join(" "));
    }
    for p in pts {
        let (px, py) = (x(idx(&p.row.period)), y(p.mean));
        let ci = p.ci.map_or_else(String::new, |(a, b)| format!(", 95% interval {} to {}", signed(a), signed(b)));
        let _ = write!(out, "<g><title>{}: mean {}{ci}, n={}</title>", escape(&p.row.period), signed(p.mean), p.row.n);
        if let Some((a, b)) = p.ci {
            let col = side_colour(p.mean, th);
            let _ = write!(
                out,
                r#"<line x1="{px:.1}" x2="{px:.1}" y1="{:.1}" y2="{:.1}" stroke="{col}" class="ci"/>"#,
                y(b),
                y(a)
            );
        }
        marker(out, px, py, p.mean, th);
        out.push_str("</g>");
    }
    for i in 0..periods.len() {
        let _ = write!(out, r#"<line x1="{0:.1}" x2="{0:.1}" y1="{y1}" y2="{1}" class="axis"/>"#, x(i), y1 + 4.0);
    }
    match periods {
        [] => {}
        [only] => {
            let _ = write!(
                out,
                r#"<text x="{:.1}" y="164" text-anchor="middle" class="tick">{}</text>"#,
                x(0),
                escape(only)
            );
        }
        [first, .., last] => {
            let _ = write!(
                out,
                r#"<text x="{:.1}" y="164" text-anchor="start" class="tick">{}</text><text x="{:.1}" y="164" text-anchor="end" class="tick">{}</text>"#,
                x0,
                escape(first),
                x1,
                escape(last)
            );
        }
    }
    out.push_str("</svg>");
}

const CSS: &str = r#"
:root{color-scheme:light;--coop:#0072B2;--warn:#D55E00;--neu:#8C8C8C;--ink:#1d1d1f;--muted:#5a5a5a;--line:#d9d9d9}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1120px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:1.8rem;margin:0 0 4px}
h2{font-size:1.35rem;margin:40px 0 8px;padding-top:8px;border-top:1px solid var(--line)}
h3{font-size:1.08rem;margin:20px 0 6px}
h4{font-size:.95rem;margin:10px 0 6px}
p{margin:6px 0}
.muted,.note{color:var(--muted)}
nav ul{list-style:none;padding:0;margin:8px 0;display:flex;flex-wrap:wrap;gap:4px 18px}
a{color:#005a8c}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(130px,1fr));gap:10px;margin:16px 0;padding:0}
.cards div{border:1px solid var(--line);border-radius:8px;padding:8px 12px}
.cards dt{font-size:.8rem;color:var(--muted);margin:0}
.cards dd{font-size:1.45rem;font-weight:600;margin:0;font-variant-numeric:tabular-nums}
.legend{display:flex;flex-wrap:wrap;gap:4px 18px;margin:8px 0;font-size:.9rem;color:var(--muted)}
.legend span{display:inline-flex;align-items:center;gap:6px}
.sw{display:inline-block;width:14px;height:14px;border-radius:2px}
.sw.coop{background:var(--coop)}
.sw.neu{background:#C8C8C8}
.sw.warn{background:repeating-linear-gradient(45deg,var(--warn) 0 4px,#ECA67E 4px 6px)}
.k.coop{color:var(--coop)}.k.warn{color:var(--warn)}.k.neu{color:var(--neu)}
svg.chart{display:block;width:100%;height:auto;margin:8px 0}
svg.chart text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:13px;fill:var(--ink)}
svg.chart .tick{font-size:12px;fill:var(--muted)}
svg.chart .val{fill:var(--muted);font-variant-numeric:tabular-nums;white-space:pre}
svg.chart .end{font-size:12px;font-weight:600}
svg.chart .warn-t{fill:#A64500}svg.chart .coop-t{fill:#005A8C}
svg.chart .pct{font-size:12px;font-weight:600;fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg.chart .grid{stroke:#fff;stroke-width:1}
svg.chart .grid.mid{stroke:#888;stroke-dasharray:3 3}
svg.panel .grid{stroke:#c9c9c9}
svg.chart .axis{stroke:#888;stroke-width:1}
svg.chart .zero{stroke:#333;stroke-width:1.5}
svg.chart .ci{stroke-width:2.5}
svg.chart .cap{stroke-width:2;fill:none}
svg.chart .pt{stroke:#fff;stroke-width:1.5}
svg.panel .ci{stroke-opacity:.5;stroke-width:2}
svg.chart .trend{fill:none;stroke:#555;stroke-width:1.5}
svg.chart.narrow{display:none}
@media (max-width:700px){
 main{padding:16px 12px 40px}
 h1{font-size:1.5rem}
 svg.chart.wide{display:none}
 svg.chart.narrow{display:block}
 svg.chart.narrow text{font-size:14px}
 svg.chart.narrow .tick,svg.chart.narrow .end{font-size:12.5px}
 .cards{grid-template-columns:repeat(2,1fr)}
 .tbl th:first-child,.tbl td:first-child{position:sticky;left:0;background:#fff;z-index:1;min-width:7.5em}
}
.panels{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px 20px}
.panels figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:8px 10px}
.panels figcaption{font-weight:600;font-size:.95rem}
.panels .undated{font-size:.85rem;color:var(--muted);margin:0}
details{margin:8px 0 4px}
summary{cursor:pointer;color:#005a8c}
.tbl{overflow-x:auto}
table{border-collapse:collapse;font-size:.88rem;margin:8px 0;font-variant-numeric:tabular-nums}
th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th:first-child,td:first-child,td.name,th.name{text-align:left;white-space:normal}
.cmp td:nth-child(2),.cmp th:nth-child(2){text-align:left;white-space:normal}
thead th{border-bottom:2px solid #999}
.sp{border-top:1px solid var(--line);padding-top:6px}
.excols{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:0 28px}
.excols ol{padding-left:1.3em;margin:4px 0}
.excols li{margin:0 0 12px}
blockquote{margin:0;padding:2px 0 2px 10px;border-left:3px solid var(--line)}
.coop-col blockquote{border-left-color:var(--coop)}
.warn-col blockquote{border-left:3px dashed var(--warn)}
mark{color:inherit;padding:0 1px;border-radius:2px}
mark.coop{background:#D4E7F4;border-bottom:2px solid var(--coop)}
mark.warn{background:#F8DCCB;border-bottom:2px dashed var(--warn)}
.meta,.terms{font-size:.82rem;color:var(--muted);margin:2px 0 0 13px}
.none{color:var(--muted);font-style:italic}
footer{margin-top:40px;font-size:.85rem;color:var(--muted)}
"#;

fn legend_points(out: &mut String, bar: &str) {
    let _ = write!(
        out,
        r#"<p class="legend"><span><b class="k coop" aria-hidden="true">●</b> cooperative mean</span><span><b class="k neu" aria-hidden="true">■</b> neutral mean</span><span><b class="k warn" aria-hidden="true">◆</b> warning mean</span><span>{bar}</span></p>"#
    );
}

fn legend_shares(out: &mut String) {
    out.push_str(
        r#"<p class="legend"><span><i class="sw coop"></i> cooperative</span><span><i class="sw neu"></i> neutral</span><span><i class="sw warn"></i> warning (hatched)</span></p>"#,
    );
}

fn table_open(out: &mut String, summary: &str, headers: &[&str]) {
    let _ = write!(out, "<details><summary>{}</summary><div class=\"tbl\"><table><thead><tr>", escape(summary));
    for h in headers {
        let _ = write!(out, "<th scope=\"col\">{h}</th>");
    }
    out.push_str("</tr></thead><tbody>");
}

fn table_close(out: &mut String) {
    out.push_str("</tbody></table></div></details>");
}

fn tr(out: &mut String, cells: &[String]) {
    out.push_str("<tr>");
    for (i, c) in cells.iter().enumerate() {
        if i == 0 {
            let _ = write!(out, "<th scope=\"row\">{c}</th>");
        } else {
            let _ = write!(out, "<td>{c}</td>");
        }
    }
    out.push_str("</tr>");
}

fn section_summary(out: &mut String, d: &ReportData<'_>) {
    let c = d.counts;
    let attributed = c.quotes.saturating_sub(c.unattributed + c.duplicates);
    out.push_str(
        r#"<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2><dl class="cards">"#,
    );
    for (label, v) in [
        ("Articles", c.articles),
        ("Quotes", c.quotes),
        ("With a speaker", attributed),
        ("Speakers", d.speakers.len() as u64),
        ("Without a speaker", c.unattributed),
        ("Duplicates", c.duplicates),
        ("Read errors", c.errors),
    ] {
        let _ = write!(out, "<div><dt>{label}</dt><dd>{v}</dd></div>");
    }
    out.push_str("</dl>");
    let _ = write!(
        out,
        "<p>Each quote gets a tone score from -1.00 (warning) to +1.00 (cooperative); scores at or above {} are labelled \
         cooperative, at or below {} warning, the rest neutral. Speaker intervals are 95% Student-t intervals of the mean. \
         {} quote(s) had no identifiable speaker and {} were left out as duplicates; neither enters the speaker statistics.</p>",
        signed(d.thresholds.cooperative),
        signed(d.thresholds.warning),
        c.unattributed,
        c.duplicates
    );
    // The headline ranks only speakers quoted often enough to compare, so
    // that a single stray quote does not make the news.
    let sps: Vec<Sp<'_>> = charted(d.speakers).into_iter().filter(|s| s.row.n >= d.min_quotes.max(1)).collect();
    if let (Some(first), Some(last)) = (sps.first(), sps.last()) {
        if sps.len() > 1 {
            let _ = write!(
                out,
                "<p>Among speakers with at least {} quotes, means run from <strong>{}</strong> ({}, n={}) at the warning \
                 end to <strong>{}</strong> ({}, n={}) at the cooperative end.</p>",
                d.min_quotes,
                escape(&first.row.speaker),
                signed(first.mean),
                first.row.n,
                escape(&last.row.speaker),
                signed(last.mean),
                last.row.n
            );
        }
    }
    if d.speakers.len() > CHART_SPEAKERS {
        let _ = write!(
            out,
            "<p class=\"note\">Charts show the {CHART_SPEAKERS} most quoted of {} speakers; the tables and CSV files hold all of them.</p>",
            d.speakers.len()
        );
    }
    if c.errors > 0 {
        let _ = write!(out, "<p class=\"note\">{} record(s) could not be read and are not included.</p>", c.errors);
    }
    out.push_str(
        r#"<p class="muted">Tables: <a href="quotes.csv">quotes.csv</a> · <a href="speakers.csv">speakers.csv</a> · <a href="compare.csv">compare.csv</a> · <a href="timeline.csv">timeline.csv</a></p></section>"#,
    );
}

fn no_speakers(out: &mut String) {
    out.push_str(r#"<p class="none">No quote in this batch has a speaker, so there is nothing to chart.</p>"#);
}

fn section_tone(out: &mut String, d: &ReportData<'_>, sps: &[Sp<'_>]) {
    out.push_str(r#"<section id="tone" aria-labelledby="tone-h"><h2 id="tone-h">Mean tone per speaker</h2>"#);
    if sps.is_empty() {
        no_speakers(out);
    } else {
        out.push_str(
            "<p class=\"muted\">Sorted from the most warning mean (top) to the most cooperative (bottom). \
             Speakers with a single quote have no interval.</p>",
        );
        legend_points(out, "bar: 95% interval (arrow: runs past ±1)");
        forest(out, sps, &d.thresholds, &WIDE, "forest-w");
        forest(out, sps, &d.thresholds, &NARROW, "forest-n");
    }
    table_open(out, "Table: mean tone per speaker", &["Speaker", "n", "Mean", "95% low", "95% high", "Median", "SD"]);
    for r in d.speakers {
        tr(
            out,
            &[
                escape(&r.speaker),
                r.n.to_string(),
                cell_signed(&r.mean),
                cell_signed(&r.ci_low),
                cell_signed(&r.ci_high),
                cell_signed(&r.median),
                cell3(&r.sd),
            ],
        );
    }
    table_close(out);
    out.push_str("</section>");
}

fn section_shares(out: &mut String, d: &ReportData<'_>, sps: &[Sp<'_>]) {
    out.push_str(r#"<section id="shares" aria-labelledby="shares-h"><h2 id="shares-h">Cooperative, neutral and warning quotes</h2>"#);
    if sps.is_empty() {
        no_speakers(out);
    } else {
        out.push_str(
            "<p class=\"muted\">Share of each speaker's quotes per label, in the order of the chart above.</p>",
        );
        legend_shares(out);
        shares(out, sps, &WIDE, "shares-w");
        shares(out, sps, &NARROW, "shares-n");
    }
    table_open(
        out,
        "Table: label shares per speaker",
        &["Speaker", "n", "Cooperative", "Neutral", "Warning", "Net tone"],
    );
    for r in d.speakers {
        tr(
            out,
            &[
                escape(&r.speaker),
                r.n.to_string(),
                cell3(&r.share_cooperative),
                cell3(&r.share_neutral),
                cell3(&r.share_warning),
                cell_signed(&r.net_tone),
            ],
        );
    }
    table_close(out);
    out.push_str("</section>");
}

fn section_timeline(out: &mut String, d: &ReportData<'_>, sps: &[Sp<'_>]) {
    let unit = d.period;
    let _ = write!(
        out,
        r#"<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">Tone over time (per {})</h2>"#,
        escape(unit)
    );
    let mut periods: Vec<&str> = d.timeline.iter().map(|r| r.period.as_str()).filter(|p| *p != "undated").collect();
    periods.sort_unstable();
    periods.dedup();
    // Panels for the charted speakers, most quoted first.
    let mut order: Vec<&Sp<'_>> = sps.iter().collect();
    order.sort_by(|a, b| b.row.n.cmp(&a.row.n).then_with(|| a.row.speaker.cmp(&b.row.speaker)));
    let mut by_speaker: BTreeMap<&str, Vec<&TimelineRow>> = BTreeMap::new();
    for r in d.timeline {
        by_speaker.entry(r.speaker.as_str()).or_default().push(r);
    }
    if sps.is_empty() {
        no_speakers(out);
    } else if periods.is_empty() {
        out.push_str("<p class=\"none\">No quote has a known date; undated quotes are listed below.</p>");
    } else {
        let _ = write!(
            out,
            "<p class=\"muted\">One panel per speaker, most quoted first; {} {}(s) with quotes from {} to {}, evenly spaced and \
             shared by all panels (periods without quotes are left out). Points are means, vertical bars 95% intervals.</p>",
            periods.len(),
            escape(unit),
            escape(periods[0]),
            escape(periods[periods.len() - 1])
        );
        legend_points(out, "vertical bar: 95% interval (cut at ±1)");
        out.push_str("<div class=\"panels\">");
        for (i, sp) in order.iter().enumerate() {
            let rows = by_speaker.get(sp.row.speaker.as_str()).map_or(&[][..], |v| v.as_slice());
            let pts: Vec<Pt<'_>> = rows
                .iter()
                .filter(|r| r.period != "undated")
                .filter_map(|r| Some(Pt { row: r, mean: parse(&r.mean)?, ci: parse(&r.ci_low).zip(parse(&r.ci_high)) }))
                .collect();
            let undated = rows.iter().find(|r| r.period == "undated");
            if pts.is_empty() && undated.is_none() {
                continue;
            }
            let _ = write!(
                out,
                "<figure><figcaption>{} <span class=\"muted\">(n={})</span></figcaption>",
                escape(&sp.row.speaker),
                sp.row.n
            );
            if pts.is_empty() {
                out.push_str("<p class=\"none\">No dated quotes.</p>");
            } else {
                timeline_panel(out, &sp.row.speaker, &pts, &periods, &d.thresholds, &format!("tl-{i}"), unit);
            }
            if let Some(u) = undated {
                let _ = write!(out, "<p class=\"undated\">Undated: n={}, mean {}</p>", u.n, cell_signed(&u.mean));
            }
            out.push_str("</figure>");
        }
        out.push_str("</div>");
    }
    table_open(
        out,
        "Table: tone per speaker and period",
        &["Speaker", "Period", "n", "Mean", "95% low", "95% high", "Warning share"],
    );
    for r in d.timeline {
        tr(
            out,
            &[
                escape(&r.speaker),
                escape(&r.period),
                r.n.to_string(),
                cell_signed(&r.mean),
                cell_signed(&r.ci_low),
                cell_signed(&r.ci_high),
                cell3(&r.share_warning),
            ],
        );
    }
    table_close(out);
    let undated: Vec<&TimelineRow> = d.timeline.iter().filter(|r| r.period == "undated").collect();
    if !undated.is_empty() {
        // One row per speaker with undated quotes: in a large batch that is
        // most speakers, so the table is folded like the others and a line
        // says what it holds.
        let n: u64 = undated.iter().map(|r| r.n).sum();
        let _ = write!(
            out,
            "<h3>Undated quotes</h3><p class=\"note\">{n} quote(s) by {} speaker(s) come from articles without a date; they are in no period above.</p>",
            undated.len()
        );
        table_open(
            out,
            "Table: undated quotes per speaker",
            &["Speaker", "n", "Mean", "95% low", "95% high", "Warning share"],
        );
        for r in undated {
            tr(
                out,
                &[
                    escape(&r.speaker),
                    r.n.to_string(),
                    cell_signed(&r.mean),
                    cell_signed(&r.ci_low),
                    cell_signed(&r.ci_high),
                    cell3(&r.share_warning),
                ],
            );
        }
        table_close(out);
    }
    out.push_str("</section>");
}

fn section_compare(out: &mut String, d: &ReportData<'_>) {
    out.push_str(r#"<section id="compare" aria-labelledby="compare-h"><h2 id="compare-h">Speakers who differ</h2>"#);
    let mut sig: Vec<(f64, &CompareRow)> =
        d.compare.iter().filter_map(|r| parse(&r.p_holm).filter(|p| *p < ALPHA).map(|p| (p, r))).collect();
    sig.sort_by(|a, b| a.0.total_cmp(&b.0));
    let _ = write!(
        out,
        "<p class=\"muted\">Welch's t-test on mean tone for every pair of speakers with at least {} quotes, \
         p-values adjusted over all pairs with Holm's method; pairs with adjusted p below {} are listed. \
         Cohen's d uses the pooled standard deviation.</p>",
        d.min_quotes,
        fixed(ALPHA, 2)
    );
    if d.compare.is_empty() {
        let _ = write!(
            out,
            "<p class=\"none\">No pair compared: fewer than two speakers have at least {} quotes.</p>",
            d.min_quotes
        );
    } else if sig.is_empty() {
        let _ = write!(
            out,
            "<p class=\"none\">None of the {} pair(s) compared differs significantly after Holm's correction (p_holm &lt; {}). \
             See compare.csv for every pair.</p>",
            d.compare.len(),
            fixed(ALPHA, 2)
        );
    } else {
        let _ = write!(
            out,
            "<p>{} of {} pair(s) differ significantly after Holm's correction.</p>",
            sig.len(),
            d.compare.len()
        );
        out.push_str("<div class=\"tbl\"><table class=\"cmp\"><thead><tr>");
        for h in [
            "Speaker A",
            "Speaker B",
            "n A",
            "n B",
            "Mean A",
            "Mean B",
            "Difference",
            "95% interval",
            "p (Holm)",
            "Cohen's d",
        ] {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(h));
        }
        out.push_str("</tr></thead><tbody>");
        for (_, r) in sig {
            tr(
                out,
                &[
                    escape(&r.speaker_a),
                    escape(&r.speaker_b),
                    r.n_a.to_string(),
                    r.n_b.to_string(),
                    cell_signed(&r.mean_a),
                    cell_signed(&r.mean_b),
                    cell_signed(&r.diff),
                    format!("{} to {}", cell_signed(&r.ci_low), cell_signed(&r.ci_high)),
                    cell_p(&r.p_holm),
                    cell_signed(&r.cohens_d),
                ],
            );
        }
        out.push_str("</tbody></table></div>");
    }
    out.push_str("</section>");
}

/// The quote's text with its terms wrapped in `<mark>`.
fn marked(ex: &Example) -> String {
    let mut out = String::new();
    let mut at = 0;
    for h in &ex.highlights {
        let Some(s) = &h.span else { continue };
        if s.start < at || ex.text.get(s.clone()).is_none() {
            continue; // overlapping or unmappable: listed under the quote only
        }
        out.push_str(&escape(&ex.text[at..s.start]));
        let _ = write!(
            out,
            "<mark class=\"{}\" title=\"{}\">{}</mark>",
            h.side.class(),
            escape(&h.label),
            escape(&ex.text[s.clone()])
        );
        at = s.end;
    }
    out.push_str(&escape(&ex.text[at..]));
    out
}

fn example_list(out: &mut String, exs: &[Example], side: Side) {
    let (class, head, none) = match side {
        Side::Cooperative => ("coop-col", "Most cooperative", "No quote labelled cooperative."),
        Side::Warning => ("warn-col", "Most warning", "No quote labelled warning."),
    };
    let _ = write!(out, "<div class=\"{class}\"><h4>{head}</h4>");
    if exs.is_empty() {
        let _ = write!(out, "<p class=\"none\">{none}</p></div>");
        return;
    }
    out.push_str("<ol>");
    for ex in exs {
        let _ =
            write!(out, "<li><blockquote>“{}”</blockquote><p class=\"meta\">score {}", marked(ex), signed(ex.score));
        if let Some((verb, v)) = &ex.cue {
            let _ = write!(out, " · cue “{}” ({:+.2})", escape(verb), v);
        }
        let _ = write!(out, " · {}", escape(&ex.quote_id));
        if !ex.date.is_empty() {
            let _ = write!(out, " · {}", escape(&ex.date));
        }
        out.push_str("</p>");
        if !ex.highlights.is_empty() {
            let terms: Vec<String> = ex.highlights.iter().map(|h| escape(&h.label)).collect();
            let _ = write!(out, "<p class=\"terms\">Terms: {}</p>", terms.join("; "));
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></div>");
}

/// A `top_cooperative` or `top_warning` cell (`no war[neg](3);partners(2)`)
/// for reading: `no war ×3, partners ×2`, the rule that set a term's side
/// in its tooltip; "none" when empty.
fn top_terms_html(col: &str) -> String {
    if col.is_empty() {
        return "none".to_string();
    }
    let items: Vec<String> = col
        .split(';')
        .map(|item| {
            let (head, count) = item.rsplit_once('(').map_or((item, ""), |(h, c)| (h, c.trim_end_matches(')')));
            match head.split_once('[') {
                Some((words, rule)) => format!(
                    "<span title=\"rule: {}\">{}</span> ×{}",
                    escape(rule.trim_end_matches(']')),
                    escape(words),
                    escape(count)
                ),
                None => format!("{} ×{}", escape(head), escape(count)),
            }
        })
        .collect();
    items.join(", ")
}

fn section_examples(out: &mut String, d: &ReportData<'_>) {
    out.push_str(r#"<section id="examples" aria-labelledby="examples-h"><h2 id="examples-h">What they said</h2>"#);
    if d.speakers.is_empty() {
        no_speakers(out);
        out.push_str("</section>");
        return;
    }
    out.push_str(
        "<p class=\"muted\">For each speaker, the quotes with the most cooperative and the most warning scores. \
         Terms that pushed towards cooperative are <mark class=\"coop\">marked with a solid underline</mark>, \
         terms that pushed towards warning <mark class=\"warn\">with a dashed underline</mark>; \
         each term's value and rules are listed under the quote.</p>",
    );
    let by_name: BTreeMap<&str, &SpeakerExamples> = d.examples.iter().map(|e| (e.speaker.as_str(), e)).collect();
    let empty = SpeakerExamples::default();
    for r in d.speakers {
        let ex = by_name.get(r.speaker.as_str()).copied().unwrap_or(&empty);
        let _ = write!(
            out,
            "<section class=\"sp\"><h3>{} <span class=\"muted\">n={} · mean {}</span></h3><div class=\"excols\">",
            escape(&r.speaker),
            r.n,
            cell_signed(&r.mean)
        );
        example_list(out, &ex.cooperative, Side::Cooperative);
        example_list(out, &ex.warning, Side::Warning);
        out.push_str("</div>");
        if !r.top_cooperative.is_empty() || !r.top_warning.is_empty() {
            let _ = write!(
                out,
                "<p class=\"terms\">Most frequent terms, cooperative: {}; warning: {}</p>",
                top_terms_html(&r.top_cooperative),
                top_terms_html(&r.top_warning)
            );
        }
        out.push_str("</section>");
    }
    out.push_str("</section>");
}

/// Renders the whole page.
///
/// The output is deterministic (same data, same bytes), self-contained
/// (inline CSS and SVG, no script, nothing fetched) and escapes every piece
/// of text it is given.
pub fn render(d: &ReportData<'_>) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let title = escape(d.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><style>{CSS}</style></head><body><main><header><h1>{title}</h1><p class=\"muted\">Tone of quoted statements — cooperative or warning — per speaker.</p><nav aria-label=\"Sections\"><ul><li><a href=\"#summary\">Summary</a></li><li><a href=\"#tone\">Mean tone</a></li><li><a href=\"#shares\">Label shares</a></li><li><a href=\"#timeline\">Over time</a></li><li><a href=\"#compare\">Differences</a></li><li><a href=\"#examples\">Quotes</a></li></ul></nav></header>"
    );
    let sps = charted(d.speakers);
    section_summary(&mut out, d);
    section_tone(&mut out, d, &sps);
    section_shares(&mut out, d, &sps);
    section_timeline(&mut out, d, &sps);
    section_compare(&mut out, d);
    section_examples(&mut out, d);
    out.push_str("<footer>Made with diplotone. Scores come from a lexicon and rules: read the quotes before drawing conclusions.</footer></main></body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(name: &str, n: u64, mean: &str, ci: Option<(&str, &str)>, shares: [&str; 3]) -> SpeakerRow {
        SpeakerRow {
            speaker: name.to_string(),
            n,
            mean: mean.to_string(),
            sd: if n > 1 { "0.300000".into() } else { String::new() },
            ci_low: ci.map_or(String::new(), |c| c.0.to_string()),
            ci_high: ci.map_or(String::new(), |c| c.1.to_string()),
            median: mean.to_string(),
            share_cooperative: shares[0].to_string(),
            share_neutral: shares[1].to_string(),
            share_warning: shares[2].to_string(),
            net_tone: "0.000000".into(),
            first_date: "2024-01-02".into(),
            last_date: "2024-03-02".into(),
            top_cooperative: String::new(),
            top_warning: String::new(),
        }
    }

    fn tl(name: &str, period: &str, n: u64, mean: &str, ci: Option<(&str, &str)>) -> TimelineRow {
        TimelineRow {
            speaker: name.to_string(),
            period: period.to_string(),
            n,
            mean: mean.to_string(),
            ci_low: ci.map_or(String::new(), |c| c.0.to_string()),
            ci_high: ci.map_or(String::new(), |c| c.1.to_string()),
            share_warning: "0.500000".into(),
        }
    }

    fn cmp(a: &str, b: &str, p_holm: &str) -> CompareRow {
        CompareRow {
            speaker_a: a.into(),
            speaker_b: b.into(),
            n_a: 6,
            n_b: 5,
            mean_a: "-0.400000".into(),
            mean_b: "0.300000".into(),
            diff: "-0.700000".into(),
            ci_low: "-1.100000".into(),
            ci_high: "-0.300000".into(),
            t: "-3.900000".into(),
            df: "8.500000".into(),
            p: "0.004000".into(),
            p_holm: p_holm.into(),
            cohens_d: "-2.100000".into(),
            mw_u: "2.000000".into(),
            mw_p: "0.010000".into(),
        }
    }

    struct Fixture {
        speakers: Vec<SpeakerRow>,
        compare: Vec<CompareRow>,
        timeline: Vec<TimelineRow>,
        examples: Vec<SpeakerExamples>,
    }

    fn fixture() -> Fixture {
        let speakers = vec![
            speaker("Wang <Yi> & \"co\"", 6, "-0.400000", Some(("-1.200000", "0.100000")), ["0.1", "0.2", "0.7"]),
            speaker("Antony Blinken", 5, "0.300000", Some(("0.050000", "0.550000")), ["0.6", "0.4", "0.0"]),
            speaker("Solo", 1, "0.000000", None, ["0.0", "1.0", "0.0"]),
        ];
        let timeline = vec![
            tl("Antony Blinken", "2024-01", 3, "0.250000", Some(("0.000000", "0.500000"))),
            tl("Antony Blinken", "2024-03", 2, "0.350000", Some(("0.100000", "0.600000"))),
            tl("Solo", "undated", 1, "0.000000", None),
            tl("Wang <Yi> & \"co\"", "2024-01", 6, "-0.400000", Some(("-1.200000", "0.100000"))),
        ];
        let compare = vec![cmp("Wang <Yi> & \"co\"", "Antony Blinken", "0.012000")];
        let examples = vec![SpeakerExamples {
            speaker: "Antony Blinken".into(),
            cooperative: vec![Example {
                quote_id: "doc#1".into(),
                date: "2024-01-02".into(),
                score: 0.52,
                text: "We are partners, not <rivals>.".into(),
                highlights: vec![
                    Highlight { span: Some(7..15), side: Side::Cooperative, label: "partners(+2.10)".into() },
                    Highlight { span: Some(22..28), side: Side::Cooperative, label: "rivals(+1.26*neg)".into() },
                ],
                cue: Some(("said".into(), 0.0)),
            }],
            warning: vec![],
        }];
        Fixture { speakers, compare, timeline, examples }
    }

    fn data(f: &Fixture) -> ReportData<'_> {
        ReportData {
            title: "Test <report>",
            counts: Counts { articles: 3, quotes: 14, unattributed: 2, duplicates: 1, errors: 0 },
            speakers: &f.speakers,
            compare: &f.compare,
            timeline: &f.timeline,
            examples: &f.examples,
            period: "month",
            min_quotes: 5,
            thresholds: Thresholds::default(),
        }
    }

    const VOID: &[&str] = &["meta", "br", "hr", "img", "input", "link", "col", "wbr", "source"];

    /// A small well-formedness check: every tag closes in order, void
    /// elements aside; `<style>` content, comments and the doctype skipped.
    fn check_balanced(doc: &str) -> Result<(), String> {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = doc;
        while let Some(i) = rest.find('<') {
            rest = &rest[i..];
            if rest.starts_with("<!--") {
                let end = rest.find("-->").ok_or("unclosed comment")?;
                rest = &rest[end + 3..];
                continue;
            }
            let end = rest.find('>').ok_or("unclosed tag")?;
            let tag = &rest[1..end];
            if tag.matches('"').count() % 2 != 0 {
                return Err(format!("unbalanced quotes in <{tag}>"));
            }
            rest = &rest[end + 1..];
            if tag.starts_with('!') {
                continue;
            }
            if let Some(name) = tag.strip_prefix('/') {
                match stack.pop() {
                    Some(open) if open == name => {}
                    other => return Err(format!("</{name}> closes {other:?}")),
                }
                continue;
            }
            let name: String = tag.chars().take_while(|c| !c.is_whitespace() && *c != '/').collect();
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(format!("bad tag <{tag}>"));
            }
            if tag.ends_with('/') || VOID.contains(&name.as_str()) {
                continue;
            }
            if name == "style" {
                let close = rest.find("</style>").ok_or("unclosed style")?;
                rest = &rest[close + "</style>".len()..];
                continue;
            }
            stack.push(name);
        }
        if stack.is_empty() {
            Ok(())
        } else {
            Err(format!("unclosed: {stack:?}"))
        }
    }

    fn svgs(doc: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = doc;
        while let Some(i) = rest.find("<svg") {
            let end = rest[i..].find("</svg>").expect("svg closes") + i + "</svg>".len();
            out.push(&rest[i..end]);
            rest = &rest[end..];
        }
        out
    }

    #[test]
    fn escapes_markup_and_quotes() {
        const CASES: &[(&str, &str, &str)] = &[
            ("plain", "Wang Yi", "Wang Yi"),
            ("amp", "A & B", "A &amp; B"),
            ("tags", "<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
            ("quotes", r#"say "no" it's"#, "say &quot;no&quot; it&#39;s"),
            ("already_escaped", "&amp;", "&amp;amp;"),
            ("unicode", "“Partners” — 合作", "“Partners” — 合作"),
            ("empty", "", ""),
        ];
        for &(name, input, want) in CASES {
            assert_eq!(escape(input), want, "case {name}");
        }
    }

    #[test]
    fn user_text_never_reaches_the_page_raw() {
        let f = fixture();
        let html = render(&data(&f));
        assert!(!html.contains("<Yi>") && !html.contains("<rivals>") && !html.contains("<report>"));
        assert!(html.contains("Wang &lt;Yi&gt; &amp; &quot;co&quot;"));
        assert!(html.contains("&lt;<mark class=\"coop\" title=\"rivals(+1.26*neg)\">rivals</mark>&gt;"));
        assert!(!html.contains("<script"), "no script");
        assert!(!html.contains("http://") || html.matches("http://").count() == html.matches("xmlns=").count());
        assert!(!html.contains("https://"));
    }

    /// Chart labels keep a name's start whole and end it with an
    /// ellipsis when it is too long for the space left of the plot.
    #[test]
    fn long_names_are_shortened_at_the_end() {
        const CASES: &[(&str, f64, f64, &str)] = &[
            ("Ana Ruiz", 236.0, LABEL_FONT, "Ana Ruiz"),
            ("European External Action Service", 236.0, LABEL_FONT, "European External Action Service"),
            ("Maximiliano Bartholomew Hohenberg-Castellane", 236.0, LABEL_FONT, "Maximiliano Bartholomew Hohen…"),
            ("Wilhelmina Konstantinopoulou-Vanderbilt", 120.0, LABEL_FONT_NARROW, "Wilhelmina Ko…"),
            ("李明华外交部发言人代表团团长", 100.0, LABEL_FONT, "李明华外交部…"),
        ];
        for &(name, width, font, want) in CASES {
            let got = fit(name, width, font);
            assert_eq!(got, want, "{name} in {width} at {font}px");
            assert!(text_width(&got, font) <= width, "{got:?} is wider than {width}");
        }
    }

    /// At 1280 px the label stands left of the plot, anchored at its end:
    /// a long name is shortened there, and the row's tooltip has it whole.
    #[test]
    fn chart_rows_name_long_speakers_in_full_in_the_tooltip() {
        let long = "Maximiliano Bartholomew Hohenberg-Castellane";
        let mut f = fixture();
        f.speakers.push(speaker(long, 4, "0.100000", Some(("-0.300000", "0.500000")), ["0.5", "0.25", "0.25"]));
        let page = render(&data(&f));
        // The first wide chart is the mean-tone chart.
        let wide = page.split("class=\"chart wide\"").nth(1).expect("a wide chart");
        let wide = &wide[..wide.find("</svg>").unwrap()];
        assert!(wide.contains(&format!("<title>{long}: mean +0.100")), "full name in the row's tooltip");
        assert!(wide.contains(">Maximiliano Bartholomew Hohen…</text>"), "label shortened at the end");
        assert!(!wide.contains(&format!(">{long}</text>")));
    }

    #[test]
    fn top_terms_read_as_words_with_their_rule_in_a_tooltip() {
        assert_eq!(
            top_terms_html("no war[neg](3);partners(2);didn't<x>[bare](1)"),
            "<span title=\"rule: neg\">no war</span> ×3, partners ×2, <span title=\"rule: bare\">didn&#39;t&lt;x&gt;</span> ×1"
        );
        assert_eq!(top_terms_html(""), "none");
        let mut f = fixture();
        f.speakers[1].top_cooperative = "partners(2);not rivals[neg](1)".into();
        let page = render(&data(&f));
        assert!(page.contains(
            "Most frequent terms, cooperative: partners ×2, <span title=\"rule: neg\">not rivals</span> ×1; warning: none"
        ));
    }

    /// Undated quotes are summed up in a line, their table folded as the
    /// others are: in a large batch it has a row for most speakers.
    #[test]
    fn undated_table_is_folded_under_a_summary_line() {
        let page = render(&data(&fixture()));
        let at = page.find("<h3>Undated quotes</h3>").expect("undated section");
        let rest = &page[at..];
        assert!(rest.contains("1 quote(s) by 1 speaker(s) come from articles without a date"), "{rest:.300}");
        let table = rest.find("<table>").unwrap();
        assert!(rest[..table].contains("<details><summary>Table: undated quotes per speaker</summary>"));
        assert!(rest[table..].find("</details>").unwrap() < rest[table..].find("</section>").unwrap());
        // The timeline's own table stands before it, under the panels.
        assert!(page.find("Table: tone per speaker and period").unwrap() < at);
    }

    #[test]
    fn every_section_and_chart_is_there() {
        let f = fixture();
        let html = render(&data(&f));
        for id in ["summary", "tone", "shares", "timeline", "compare", "examples"] {
            assert!(html.contains(&format!("<section id=\"{id}\"")), "section {id}");
        }
        for id in ["forest-w", "forest-n", "shares-w", "shares-n", "tl-0"] {
            assert!(html.contains(&format!("aria-labelledby=\"{id}-t {id}-d\"")), "chart {id}");
        }
        // Each chart is followed by its numbers.
        assert!(html.matches("<details>").count() >= 3);
        // The significant pair is listed; the n=1 speaker has no interval.
        assert!(html.contains("1 of 1 pair(s) differ"));
        assert!(html.contains("Solo: mean 0.000, no interval (one quote), n=1"));
        assert!(html.contains("Undated: n=1, mean 0.000"));
        assert!(html.contains("<mark class=\"coop\" title=\"partners(+2.10)\">partners</mark>"));
        assert!(html.contains("No quote labelled warning."));
        // Sorted by mean, most warning first.
        let w = html.find("Wang &lt;Yi&gt; &amp; &quot;co&quot;: mean").unwrap();
        let b = html.find("Antony Blinken: mean").unwrap();
        assert!(w < b);
    }

    #[test]
    fn svgs_are_well_formed_with_viewbox_and_title() {
        let f = fixture();
        let html = render(&data(&f));
        let parts = svgs(&html);
        // Two widths of two charts, and a timeline panel for each speaker
        // with a dated quote.
        assert_eq!(parts.len(), 6);
        for s in parts {
            assert!(s.contains(" viewBox=\"0 0 "), "viewBox in {}", &s[..80]);
            assert!(s.contains("width=\"100%\"") && s.contains("role=\"img\""));
            let open_end = s.find('>').unwrap();
            assert!(s[open_end + 1..].starts_with("<title id="), "title first");
            assert!(!s.contains("NaN") && !s.contains("\"inf") && !s.contains("\"-inf"), "finite numbers");
            check_balanced(s).unwrap_or_else(|e| panic!("{e} in {s}"));
        }
        check_balanced(&html).unwrap();
    }

    #[test]
    fn checker_catches_broken_markup() {
        assert!(check_balanced("<svg><g></svg>").is_err());
        assert!(check_balanced("<svg><text x=\"1>a</text></svg>").is_err());
        assert!(check_balanced("<p><br></p><svg><rect/></svg>").is_ok());
    }

    #[test]
    fn output_is_deterministic() {
        let (a, b) = (fixture(), fixture());
        let (x, y) = (render(&data(&a)), render(&data(&b)));
        assert_eq!(x, y);
        assert_eq!(x, render(&data(&a)));
    }

    #[test]
    fn empty_batch_renders() {
        let d = ReportData {
            title: "empty",
            counts: Counts::default(),
            speakers: &[],
            compare: &[],
            timeline: &[],
            examples: &[],
            period: "month",
            min_quotes: 5,
            thresholds: Thresholds::default(),
        };
        let html = render(&d);
        assert!(svgs(&html).is_empty());
        assert!(html.contains("nothing to chart"));
        assert!(html.contains("No pair compared"));
        check_balanced(&html).unwrap();
    }

    #[test]
    fn no_significant_pair_is_said() {
        let mut f = fixture();
        f.compare[0].p_holm = "0.200000".into();
        let html = render(&data(&f));
        assert!(html.contains("None of the 1 pair(s) compared differs significantly"));
    }

    #[test]
    fn numbers_have_three_decimals_and_no_negative_zero() {
        assert_eq!(signed(0.41249), "+0.412");
        assert_eq!(signed(-0.0001), "0.000");
        assert_eq!(signed(-0.08), "-0.080");
        assert_eq!(fixed(-0.0004, 3), "0.000");
        assert_eq!(cell_p("0.000200"), "&lt;0.001");
        assert_eq!(cell_signed(""), "–");
    }

    #[test]
    fn keeper_keeps_the_best_and_breaks_ties_by_input_order() {
        use crate::quote::{Quote, QuoteKind};
        use crate::score::Score;
        let an = Analyzer::new();
        let lex = Lexicon::from_tsv("t", "phrase\tclass\tweight\npartners\tcooperative\t2\n", &an).unwrap();
        let engine = Engine::new(an, lex);
        let q = |text: &str, s: f64| ScoredQuote {
            quote: Quote { span: 0..0, kind: QuoteKind::Direct, speaker: None, mention: None, rule: None, cue: None },
            text: text.to_string(),
            score: Score { compound: s, cooperative: 0.0, warning: 0.0, terms: vec![], cue: None, coverage: None },
            tone: Score { compound: s, cooperative: 0.0, warning: 0.0, terms: vec![], cue: None, coverage: None }
                .tone(&Thresholds::default()),
        };
        let mut k = ExampleKeeper::new(2);
        let quotes =
            [("a", 0.5), ("b", 0.9), ("c", 0.5), ("d", -0.6), ("e", 0.0), ("b", 0.9), ("f", -0.6), ("g", -0.7)];
        for (i, (t, s)) in quotes.iter().enumerate() {
            k.offer("x", "doc", None, i + 1, &q(t, *s), &engine);
        }
        let got = k.into_examples(&Aggregate::default());
        let texts = |v: &[Example]| v.iter().map(|e| e.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(&got[0].cooperative), ["b", "a"]);
        assert_eq!(texts(&got[0].warning), ["g", "d"]);
        assert_eq!(got[0].cooperative[0].quote_id, "doc#2");
    }

    proptest::proptest! {
        /// Choosing with stand-ins and building the winners afterwards
        /// keeps the examples an eager choice keeps, in the same order:
        /// ties in score, repeated texts on a side and quotes of several
        /// speakers included.
        #[test]
        fn stand_ins_choose_what_eager_examples_choose(
            offers in proptest::collection::vec((0usize..3, 0usize..3, -3i64..4, 0usize..5), 0..40),
            k in 0usize..4,
        ) {
            let tones = [Tone::Cooperative, Tone::Neutral, Tone::Warning];
            let texts = ["We agree.", "We warn.", "Talks go on.", "No deal.", "Ports reopen."];
            // The example of offer i: its id, and a score only it has.
            let real = |i: usize| {
                let (_, _, micro, text) = offers[i];
                Example { score: micro as f64 + i as f64 / 1000.0, ..Example::stand_in(format!("d#{i}"), None, texts[text]) }
            };
            let (mut eager, mut lazy) = (ExampleKeeper::new(k), ExampleKeeper::new(k));
            let mut built = 0;
            for (i, &(key, tone, micro, text)) in offers.iter().enumerate() {
                let key = ["a", "b", "c"][key];
                eager.offer_with(key, tones[tone], micro, texts[text], || real(i));
                lazy.offer_with(key, tones[tone], micro, texts[text], || {
                    Example::stand_in(format!("d#{i}"), None, texts[text])
                });
            }
            let lazy = lazy.map(|stand_in| {
                built += 1;
                real(stand_in.quote_id[2..].parse().unwrap())
            });
            let agg = Aggregate::default();
            let (want, got) = (eager.into_examples(&agg), lazy.into_examples(&agg));
            proptest::prop_assert!(built <= 2 * k * 3, "built {built}");
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn highlights_map_terms_to_bytes() {
        let engine = crate::Engine::embedded().unwrap();
        let text = "We are “partners”, not rivals.";
        let tokens = engine.analyzer.tokenize(text);
        let score = engine.scorer().score(&tokens);
        let tone = score.tone(&engine.thresholds);
        let sq = ScoredQuote {
            quote: crate::quote::Quote {
                span: 0..text.len(),
                kind: crate::quote::QuoteKind::Direct,
                speaker: None,
                mention: None,
                rule: None,
                cue: None,
            },
            text: text.to_string(),
            score,
            tone,
        };
        let ex = Example::new("d#1".into(), None, &sq, &engine.analyzer, &engine.lexicon);
        assert!(!ex.highlights.is_empty());
        for h in &ex.highlights {
            let s = h.span.clone().expect("mapped");
            let word = &text[s];
            assert!(["partners", "rivals"].iter().any(|w| word.contains(w)), "{word}");
        }
        // Terms are listed as they read, the negator included.
        let labels: Vec<&str> = ex.highlights.iter().map(|h| h.label.split('(').next().unwrap()).collect();
        assert_eq!(labels, ["partners", "not rivals"]);
    }
}
