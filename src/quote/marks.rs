//! Pairs quotation marks into quoted spans, one paragraph at a time.
//!
//! Whether a mark opens or closes is decided by the characters around it
//! (an opening mark follows a space and precedes a word; a closing mark
//! follows a word and precedes a space or punctuation), with the mark's own
//! shape as a tie-breaker. That handles straight quotes, curly quotes,
//! „low-high“ quotes and both directions of guillemets alike. A mark left
//! open at the end of its paragraph ends there: nothing crosses a paragraph
//! break, so a stray mark can never swallow the rest of the text.

use super::lex::{Class, Tok};
use super::Steps;
use std::ops::Range;

/// The longest single-quoted span taken for a quotation, in bytes.
const MAX_SINGLE: usize = 400;

/// A quoted span found in the text.
#[derive(Clone, Debug)]
pub(crate) struct Span {
    /// Token index of the opening mark (of the paragraph's first token
    /// when a closing mark had no opening one).
    pub open: usize,
    /// Token index of the closing mark; `None` when the paragraph ended first.
    pub close: Option<usize>,
    /// Byte range of the content, white space trimmed.
    pub content: Range<usize>,
    /// Token index one past the paragraph's last token.
    pub para_end: usize,
    /// Token index of the paragraph's first token.
    pub para_start: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lean {
    Open,
    Close,
    Either,
}

fn lean(c: char) -> Lean {
    match c {
        '\u{201C}' | '\u{201E}' | '\u{201F}' | '«' | '\u{2018}' => Lean::Open,
        '\u{201D}' | '»' | '\u{2019}' => Lean::Close,
        _ => Lean::Either,
    }
}

fn is_single(c: char) -> bool {
    matches!(c, '\u{2018}' | '\u{2019}' | '\'')
}

/// Characters after which a mark may open a quote.
fn opens_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':')
        || super::lex::is_mark(c)
}

/// Characters before which a mark may close a quote.
fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\u{2014}' | '\u{2013}' | '-' | '\u{2026}' | '/'
        )
        || super::lex::is_mark(c)
}

/// Finds the quoted spans of `text`, sorted by start.
/// Counts one step per token looked at into `steps`.
pub(crate) fn find(text: &str, toks: &[Tok], steps: &Steps) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < toks.len() {
        let end = toks[start..].iter().position(|t| t.class == Class::Break).map_or(toks.len(), |p| start + p);
        // The paragraph is scanned twice: for its end, then for its marks.
        steps.add(2 * (end - start) as u64 + 1);
        paragraph(text, toks, start, end, &mut out);
        start = end + 1;
    }
    out
}

fn trimmed(text: &str, from: usize, to: usize) -> Range<usize> {
    let s = &text[from..to];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    from + lead..from + lead + t.len()
}

fn paragraph(text: &str, toks: &[Tok], ps: usize, pe: usize, out: &mut Vec<Span>) {
    let mut open: Option<usize> = None;
    let mut single: Option<usize> = None;
    let para_end_byte = toks.get(pe.wrapping_sub(1)).map_or(0, |t| t.end);
    let mut seen_mark = false;
    // Doubled straight singles ('') are a typewriter double quote, a mark
    // token of their own (see `lex`); single ones beside them are left alone,
    // since an apostrophe there cannot be told from a nested mark.
    let para_text = toks.get(ps).map_or("", |t| &text[t.start..para_end_byte.max(t.start)]);
    let straight_singles = !para_text.contains("''");
    let push = |out: &mut Vec<Span>, o: usize, close: Option<usize>, to: usize| {
        let content = trimmed(text, toks[o].end, to);
        if !content.is_empty() && text[content.clone()].chars().any(char::is_alphanumeric) {
            out.push(Span { open: o, close, content, para_end: pe, para_start: ps });
        }
    };
    for i in ps..pe {
        let t = toks[i];
        if t.class != Class::Mark {
            continue;
        }
        let c = t.first;
        let before = text[..t.start].chars().next_back();
        let after = text[t.end..].chars().next();
        let opener = before.is_none_or(opens_after) && after.is_some_and(|a| !a.is_whitespace());
        let closer = before.is_some_and(|b| !b.is_whitespace()) && after.is_none_or(closes_before);
        if is_single(c) {
            if open.is_some() {
                continue;
            }
            let letter_after = after.is_some_and(char::is_alphabetic);
            let curly_open = c == '\u{2018}' && opener && !after.is_some_and(|a| a.is_ascii_digit());
            let straight_open = c == '\'' && straight_singles && opener && letter_after && single.is_none();
            if curly_open || straight_open {
                single = Some(i);
            } else if c != '\u{2018}' && closer && (c != '\'' || straight_singles) {
                if let Some(o) = single.take() {
                    if t.start - toks[o].end <= MAX_SINGLE {
                        push(out, o, Some(i), t.start);
                    }
                }
            }
            continue;
        }
        let first_mark = !seen_mark;
        seen_mark = true;
        match open {
            Some(o) => {
                let l = lean(c);
                if opener && !closer && l == Lean::Open {
                    // A new opening mark: the previous quote was never closed.
                    push(out, o, None, t.start);
                    open = Some(i);
                } else if closer || l != Lean::Open || c == '"' {
                    push(out, o, Some(i), t.start);
                    open = None;
                    single = None;
                }
            }
            None => {
                let l = lean(c);
                if c == '\u{201E}' || opener || (!closer && l != Lean::Close) {
                    open = Some(i);
                    single = None;
                } else if l == Lean::Close
                    && closer
                    && first_mark
                    && i > ps
                    && out.last().is_none_or(|s: &Span| s.para_start != ps)
                {
                    // A closing mark whose opening mark was left out: the
                    // quote runs from the start of the paragraph (unless a
                    // quote of the paragraph already ended, which it would
                    // swallow).
                    let from = toks[ps].start;
                    let content = trimmed(text, from, t.start);
                    if !content.is_empty() {
                        out.push(Span { open: ps, close: Some(i), content, para_end: pe, para_start: ps });
                    }
                }
            }
        }
    }
    if let Some(o) = open {
        push(out, o, None, para_end_byte.max(toks[o].end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::lex::lex;

    fn spans(text: &str) -> Vec<&str> {
        let toks = lex(text);
        find(text, &toks, &Steps::default()).into_iter().map(|s| &text[s.content]).collect()
    }

    const CASES: &[(&str, &str, &[&str])] = &[
        ("straight", r#"He said "we are ready" and left."#, &["we are ready"]),
        ("curly", "“We are ready,” he said.", &["We are ready,"]),
        ("guillemets", "Il a dit «nous sommes prêts» hier.", &["nous sommes prêts"]),
        ("reversed guillemets", "Er sagte »wir sind bereit« gestern.", &["wir sind bereit"]),
        ("low-high", "Er sagte „wir sind bereit“ gestern.", &["wir sind bereit"]),
        ("apostrophes", "Xi’s plan, don’t worry, the ’90s and the players’ union.", &[]),
        ("single quotes", "Addressing gaps ‘responsibly’ was the aim.", &["responsibly"]),
        ("single inside double", "“He called it ‘a farce’ today,” she said.", &["He called it ‘a farce’ today,"]),
        ("stray mark stays in paragraph", "He said “never\n\nThe next paragraph.", &["never"]),
        ("multi-paragraph", "“First part.\n\n“Second part,” he said.", &["First part.", "Second part,"]),
        ("straight singles", "He is against 'talks for show' now.", &["talks for show"]),
        ("typewriter doubles", "He said ''we go'' and left.", &["we go"]),
        ("typewriter doubles around a sentence", "''We will not yield,'' the envoy said.", &["We will not yield,"]),
        (
            "typewriter doubles with a single nested at the end",
            "''He told me, 'Wait for spring,''' she recalled. ''Then we moved.''",
            &["He told me, 'Wait for spring,'", "Then we moved."],
        ),
        (
            "typewriter doubles with a single nested at the start",
            "She wrote: '''Spring' is a code word for the talks.''",
            &["'Spring' is a code word for the talks."],
        ),
        (
            "typewriter doubles run over paragraphs",
            "''First part.\n\n''Second part,'' he said.",
            &["First part.", "Second part,"],
        ),
        ("backtick doubles", "He said ``we go'' and left.", &["we go"]),
        ("missing opening mark", "We go now,” he said.", &["We go now,"]),
        ("missing opening mark after a closed quote", "He said ‘no way’ to the partners” then.", &["no way"]),
        ("split", "“A thing,” he said, “another thing.”", &["A thing,", "another thing."]),
    ];

    #[test]
    fn pairs_marks() {
        for (name, text, want) in CASES {
            assert_eq!(spans(text), *want, "{name}");
        }
    }

    #[test]
    fn survives_many_marks() {
        let text = "\"".repeat(100_001);
        assert_eq!(find(&text, &lex(&text), &Steps::default()).len(), 0);
        let text = "“a ".repeat(50_000);
        assert!(find(&text, &lex(&text), &Steps::default()).len() <= 50_000);
    }
}
