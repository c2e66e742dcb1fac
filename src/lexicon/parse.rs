//! The TSV lexicon format: `phrase<TAB>class<TAB>weight`, a header row,
//! `#` comment lines and blank lines.

use std::fmt;

use super::{Class, Entry, LexiconBuilder};
use crate::tokenize::Analyzer;

/// A bad lexicon line. Displays as `lexicons/tone.tsv:17: weight "high" is not a number`.
#[derive(Clone, Debug, PartialEq)]
pub struct LexiconError {
    source: String,
    line: u64,
    kind: LexiconErrorKind,
}

/// What was wrong with a lexicon line.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum LexiconErrorKind {
    /// The first non-comment line is not `phrase<TAB>class<TAB>weight`.
    BadHeader {
        /// The line as found.
        found: String,
    },
    /// The line does not have exactly three tab-separated fields.
    Columns {
        /// How many fields it has.
        found: usize,
    },
    /// The phrase is empty or has no word the tokenizer can match.
    EmptyPhrase,
    /// The class is not one of the known names.
    BadClass {
        /// The class as written.
        value: String,
    },
    /// The weight is not a finite number.
    BadWeight {
        /// The weight as written.
        value: String,
    },
    /// The weight is outside the range its class allows.
    WeightRange {
        /// The weight.
        value: f64,
        /// What the class allows.
        allowed: &'static str,
    },
    /// A glob (`word*`) is too short to be safe, or not on the last word.
    BadGlob {
        /// The phrase as written.
        phrase: String,
    },
    /// The same phrase appears again in one channel with another class or
    /// weight.
    Conflict {
        /// The normalized phrase.
        phrase: String,
        /// Where it first appeared.
        first: String,
        /// The class it had there.
        first_class: &'static str,
        /// The weight it had there.
        first_weight: f64,
    },
    /// The same phrase appears twice in one channel.
    Duplicate {
        /// The normalized phrase.
        phrase: String,
        /// Where it first appeared.
        first: String,
    },
}

impl LexiconError {
    pub(crate) fn new(source: &str, line: u64, kind: LexiconErrorKind) -> LexiconError {
        LexiconError { source: source.to_string(), line, kind }
    }

    /// The file name given to the parser.
    pub fn source_name(&self) -> &str {
        &self.source
    }

    /// The 1-based line number.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// What was wrong.
    pub fn kind(&self) -> &LexiconErrorKind {
        &self.kind
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.source, self.line)?;
        match &self.kind {
            LexiconErrorKind::BadHeader { found } => {
                write!(f, "expected the header \"phrase<TAB>class<TAB>weight\", found {found:?}")
            }
            LexiconErrorKind::Columns { found } => {
                write!(f, "expected 3 tab-separated fields, found {found}")
            }
            LexiconErrorKind::EmptyPhrase => write!(f, "empty phrase"),
            LexiconErrorKind::BadClass { value } => write!(
                f,
                "unknown class {value:?} (expected cooperative, warning, negator, intensifier, \
                 diminisher, hedge, contrast, strengthener, deescalator or cue)"
            ),
            LexiconErrorKind::BadWeight { value } => write!(f, "weight {value:?} is not a number"),
            LexiconErrorKind::WeightRange { value, allowed } => {
                write!(f, "weight {value} out of range: {allowed}")
            }
            LexiconErrorKind::BadGlob { phrase } => {
                write!(f, "glob {phrase:?} must put '*' at the end of the last word, after at least 4 letters")
            }
            LexiconErrorKind::Conflict { phrase, first, first_class, first_weight } => {
                write!(f, "conflicting entry for {phrase:?}: {first} has it as {first_class} {first_weight}")
            }
            LexiconErrorKind::Duplicate { phrase, first } => {
                write!(f, "duplicate phrase {phrase:?} (first at {first})")
            }
        }
    }
}

impl std::error::Error for LexiconError {}

/// Allowed weight range per class, checked so that a typo cannot flip a rule.
fn weight_range(class: Class) -> (f64, f64, &'static str) {
    match class {
        Class::Cooperative | Class::Warning => (0.0, 5.0, "tone weights are strengths in (0, 5]"),
        Class::Negator | Class::Deescalator => (-1.5, 0.0, "factors in [-1.5, 0)"),
        Class::Intensifier | Class::Strengthener => (1.0, 3.0, "multipliers in (1, 3]"),
        Class::Diminisher | Class::Hedge => (0.0, 1.0, "multipliers in (0, 1)"),
        Class::Contrast => (0.0, 3.0, "multipliers in (0, 3]"),
        Class::Cue => (-3.0, 3.0, "signed weights in [-3, 3]"),
    }
}

/// Parses `text` into `b`. With `stop_at_first`, returns at most one error.
pub(super) fn parse(
    source: &str,
    text: &str,
    an: &Analyzer,
    b: &mut LexiconBuilder,
    stop_at_first: bool,
) -> Vec<LexiconError> {
    let mut errors = Vec::new();
    let mut header_seen = false;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, raw) in text.lines().enumerate() {
        let line = i as u64 + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let result = if header_seen {
            parse_line(source, line, raw, an).and_then(|e| {
                let (class, weight) = (e.class, e.weight);
                // A duplicate has the first entry's key.
                b.push(e).map_err(|first| {
                    let at = format!("{}:{}", first.source, first.line);
                    let key = first.key;
                    if first.class != class || first.weight != weight {
                        LexiconErrorKind::Conflict {
                            phrase: key,
                            first: at,
                            first_class: first.class.as_str(),
                            first_weight: first.weight,
                        }
                    } else {
                        LexiconErrorKind::Duplicate { phrase: key, first: at }
                    }
                })
            })
        } else {
            header_seen = true;
            let fields: Vec<&str> = raw.split('\t').map(str::trim).collect();
            if fields == ["phrase", "class", "weight"] {
                Ok(())
            } else {
                Err(LexiconErrorKind::BadHeader { found: raw.to_string() })
            }
        };
        if let Err(kind) = result {
            errors.push(LexiconError::new(source, line, kind));
            if stop_at_first {
                break;
            }
        }
    }
    if !header_seen {
        errors.push(LexiconError::new(source, 1, LexiconErrorKind::BadHeader { found: String::new() }));
    }
    errors
}

fn parse_line(source: &str, line: u64, raw: &str, an: &Analyzer) -> Result<Entry, LexiconErrorKind> {
    let mut split = raw.split('\t');
    let (Some(f0), Some(f1), Some(f2), None) = (split.next(), split.next(), split.next(), split.next()) else {
        return Err(LexiconErrorKind::Columns { found: raw.split('\t').count() });
    };
    let fields = [f0, f1, f2];
    let phrase = fields[0].trim();
    let class = Class::parse(fields[1].trim())
        .ok_or_else(|| LexiconErrorKind::BadClass { value: fields[1].trim().to_string() })?;
    let wtext = fields[2].trim();
    let weight: f64 = wtext
        .parse()
        .ok()
        .filter(|w: &f64| w.is_finite())
        .ok_or_else(|| LexiconErrorKind::BadWeight { value: wtext.to_string() })?;
    let (lo, hi, allowed) = weight_range(class);
    let ok = match class {
        Class::Cue => (lo..=hi).contains(&weight),
        Class::Intensifier | Class::Strengthener => weight > lo && weight <= hi,
        Class::Negator | Class::Deescalator => (lo..hi).contains(&weight),
        // A multiplier of 1 would change nothing, above 1 it would invert
        // the class: (0, 1) open at both ends, as documented.
        Class::Diminisher | Class::Hedge => weight > lo && weight < hi,
        _ => weight > lo && weight <= hi,
    };
    if !ok {
        return Err(LexiconErrorKind::WeightRange { value: weight, allowed });
    }
    let (body, glob) = match phrase.strip_suffix('*') {
        Some(b) => (b, true),
        None => (phrase, false),
    };
    if body.contains('*') {
        return Err(LexiconErrorKind::BadGlob { phrase: phrase.to_string() });
    }
    let tokens = an.tokenize(body);
    if tokens.is_empty() {
        return Err(LexiconErrorKind::EmptyPhrase);
    }
    if glob {
        let last = tokens.last().map(|t| t.text.chars().count()).unwrap_or(0);
        let glued = tokens.last().map(|t| t.span.end == body.len()).unwrap_or(false);
        if last < 4 || !glued {
            return Err(LexiconErrorKind::BadGlob { phrase: phrase.to_string() });
        }
    }
    let mut key = String::with_capacity(body.len() + 4);
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(&t.text);
    }
    let label = if glob { format!("{body}*") } else { body.to_string() };
    Ok(Entry { phrase: body.to_string(), label, key, class, weight, glob, source: source.to_string(), line })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BAD: &[(&str, &str, &str)] = &[
        ("header", "word\tclass\n", "x.tsv:1: expected the header"),
        ("columns", "phrase\tclass\tweight\nred line\twarning\n", "x.tsv:2: expected 3 tab-separated fields, found 2"),
        ("class", "phrase\tclass\tweight\nred\twarm\t1\n", "x.tsv:2: unknown class \"warm\""),
        ("weight", "phrase\tclass\tweight\n\nred\twarning\thigh\n", "x.tsv:3: weight \"high\" is not a number"),
        ("nan", "phrase\tclass\tweight\nred\twarning\tNaN\n", "x.tsv:2: weight \"NaN\" is not a number"),
        ("range", "phrase\tclass\tweight\nnot\tnegator\t0.7\n", "x.tsv:2: weight 0.7 out of range"),
        ("hedge_one", "phrase\tclass\tweight\nmay\thedge\t1.0\n", "x.tsv:2: weight 1 out of range"),
        ("diminisher_one", "phrase\tclass\tweight\nslightly\tdiminisher\t1\n", "x.tsv:2: weight 1 out of range"),
        ("hedge_zero", "phrase\tclass\tweight\nmay\thedge\t0\n", "x.tsv:2: weight 0 out of range"),
        ("empty", "phrase\tclass\tweight\n \twarning\t1\n", "x.tsv:2: empty phrase"),
        ("glob_short", "phrase\tclass\tweight\nwa*\twarning\t1\n", "x.tsv:2: glob \"wa*\""),
        ("glob_middle", "phrase\tclass\tweight\nred* line\twarning\t1\n", "x.tsv:2: glob"),
        (
            "duplicate",
            "phrase\tclass\tweight\nRed Line\twarning\t1\n# c\nred line\twarning\t1\n",
            "x.tsv:4: duplicate phrase \"red line\" (first at x.tsv:2)",
        ),
        (
            "conflict",
            "phrase\tclass\tweight\nrival\twarning\t1\nrival\tcooperative\t1\n",
            "x.tsv:3: conflicting entry for \"rival\": x.tsv:2 has it as warning 1",
        ),
    ];

    #[test]
    fn bad_lines() {
        let an = Analyzer::new();
        for &(name, tsv, want) in BAD {
            let err = super::super::Lexicon::from_tsv("x.tsv", tsv, &an).unwrap_err();
            assert!(err.to_string().starts_with(want), "case {name}: got {err}");
        }
    }

    #[test]
    fn check_reports_every_bad_line() {
        let an = Analyzer::new();
        let tsv = "phrase\tclass\tweight\nred\twarm\t1\nok\twarning\t1\nx\twarning\tzz\n";
        let mut b = super::super::Lexicon::builder();
        let errs = b.check_tsv("x.tsv", tsv, &an);
        let lines: Vec<u64> = errs.iter().map(|e| e.line()).collect();
        assert_eq!(lines, [2, 4]);
        assert_eq!(b.build().entries().len(), 1);
    }

    #[test]
    fn same_phrase_in_two_channels_is_fine() {
        let an = Analyzer::new();
        let tsv = "phrase\tclass\tweight\nwarned\twarning\t1\nwarned\tcue\t-1.5\n";
        assert!(super::super::Lexicon::from_tsv("x.tsv", tsv, &an).is_ok());
    }
}
