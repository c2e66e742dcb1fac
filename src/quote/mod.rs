//! Quote extraction and speaker attribution: pure functions over borrowed text.
//!
//! [`extract`] finds every quotation in an article's text and decides who said
//! it. Offsets are byte offsets into the text it is given; a quote's span
//! covers its content without the quotation marks.

use std::ops::Range;

mod attribute;
mod lex;
mod marks;
mod names;

use attribute::{Attr, Ctx, Found};
use lex::Class;

/// How a quote sits in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuoteKind {
    /// A whole quoted statement: “We will respond,” she said.
    Direct,
    /// One part of a quote interrupted by its attribution: “A,” he said, “B.”
    Split,
    /// Introduced by a colon: Blinken said: “...”.
    Colon,
    /// A short quoted fragment inside reported speech: warned of a “downward spiral”.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The name used in the `kind` column.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Split => "split",
            QuoteKind::Colon => "colon",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Which attribution rule decided the speaker (the `speaker_rule` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SpeakerRule {
    /// “...,” NAME said / “...,” said NAME.
    AfterQuote,
    /// NAME said “...” / NAME said ... “partial”.
    BeforeQuote,
    /// NAME said: “...”.
    Colon,
    /// A pronoun (he, she, they) resolved to the nearest compatible person.
    Pronoun,
    /// No cue; the paragraph continues the previous quote's speaker.
    Continuation,
    /// A definite description ("the minister") resolved to a person.
    Description,
    /// "according to NAME".
    AccordingTo,
    /// Merged by an alias table across articles.
    Alias,
    /// Given by quote-level input.
    Given,
}

impl SpeakerRule {
    /// The name used in the `speaker_rule` column.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerRule::AfterQuote => "after-quote",
            SpeakerRule::BeforeQuote => "before-quote",
            SpeakerRule::Colon => "colon",
            SpeakerRule::Pronoun => "pronoun",
            SpeakerRule::Continuation => "continuation",
            SpeakerRule::Description => "description",
            SpeakerRule::AccordingTo => "according-to",
            SpeakerRule::Alias => "alias",
            SpeakerRule::Given => "given",
        }
    }
}

/// One quotation found in a text, with its attribution.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Byte range of the quote's content (without the marks) in the text.
    pub span: Range<usize>,
    /// How the quote is set in its sentence.
    pub kind: QuoteKind,
    /// Canonical speaker: the fullest form of the name in the article,
    /// titles stripped. `None` when no speaker can be found.
    pub speaker: Option<String>,
    /// The words in the text that point to the speaker ("he", "Wang").
    pub mention: Option<String>,
    /// Which rule decided the speaker.
    pub rule: Option<SpeakerRule>,
    /// The reporting verb tying quote and speaker, lowercased ("said").
    pub cue: Option<String>,
}

/// Finds every quote in `text` and attributes it. Quotes come back sorted by
/// start offset; every span lies inside `text` on char boundaries.
///
/// Runs in time linear in the text: every search window is bounded by the
/// paragraph and by a fixed number of tokens.
pub fn extract(text: &str) -> Vec<Quote> {
    let toks = lex::lex(text);
    let spans = marks::find(text, &toks);
    let mut quoted = vec![false; toks.len()];
    for s in &spans {
        let end = s.close.map_or(s.para_end, |c| c + 1).min(toks.len());
        for q in &mut quoted[s.open..end] {
            *q = true;
        }
    }
    let names = names::Names::build(text, &toks, &quoted);
    let cx = Ctx { text, toks: &toks, quoted: &quoted, names: &names };
    let n = spans.len();
    let mut found: Vec<Option<Found>> = Vec::with_capacity(n);
    let mut attrs: Vec<Attr> = Vec::with_capacity(n);
    for s in &spans {
        let after = cx.after_quote(s);
        let ends_sentence = text[s.content.clone()].ends_with(['.', '!', '?']) && s.close.is_some();
        let f = if ends_sentence {
            cx.before_quote(s).or(after)
        } else {
            after.or_else(|| cx.before_quote(s))
        };
        attrs.push(f.as_ref().map(|f| cx.resolve(f)).unwrap_or_default());
        found.push(f);
    }
    // Paragraph number of each quote.
    let mut para = Vec::with_capacity(n);
    let mut p = 0usize;
    for (i, s) in spans.iter().enumerate() {
        if i > 0 && s.para_start != spans[i - 1].para_start {
            p += toks[spans[i - 1].para_end.min(s.para_start)..s.para_start].iter().filter(|t| t.class == Class::Break).count();
        }
        para.push(p);
    }
    let mut kinds: Vec<QuoteKind> = spans.iter().map(|s| kind(&cx, s)).collect();
    // Split quotes: “A,” he said, “B.”
    for i in 1..n {
        let (a, b) = (&spans[i - 1], &spans[i]);
        let Some(fa) = &found[i - 1] else { continue };
        let Some(ca) = a.close else { continue };
        if a.para_start != b.para_start || fa.at.start <= ca || fa.end > b.open {
            continue;
        }
        let between_ok = (fa.end..b.open).all(|k| toks[k].class == Class::Punct && toks[k].first != '.');
        if !between_ok || text[a.content.clone()].ends_with(['.', '!', '?']) {
            continue;
        }
        kinds[i - 1] = QuoteKind::Split;
        kinds[i] = QuoteKind::Split;
        if attrs[i].speaker.is_none() || found[i].as_ref().is_some_and(|f| f.at == fa.at) {
            attrs[i] = attrs[i - 1].clone();
        }
    }
    // Continuation: no cue, right after a quote of a known speaker.
    for i in 1..n {
        if found[i].is_some() || attrs[i].speaker.is_some() || attrs[i - 1].speaker.is_none() {
            continue;
        }
        let same_para = para[i] == para[i - 1];
        let opens_para = spans[i].open == spans[i].para_start;
        if same_para || (opens_para && para[i] == para[i - 1] + 1) {
            attrs[i] = Attr { rule: Some(SpeakerRule::Continuation), cue: None, ..attrs[i - 1].clone() };
        }
    }
    // The first part of a quote running over paragraphs takes the speaker of the next.
    for i in (0..n.saturating_sub(1)).rev() {
        if spans[i].close.is_none() && attrs[i].speaker.is_none() && attrs[i + 1].speaker.is_some() && para[i + 1] == para[i] + 1 {
            attrs[i] = Attr { rule: Some(SpeakerRule::Continuation), cue: None, ..attrs[i + 1].clone() };
        }
    }
    spans
        .into_iter()
        .zip(attrs)
        .zip(kinds)
        .map(|((s, a), kind)| Quote { span: s.content, kind, speaker: a.speaker, mention: a.mention, rule: a.rule, cue: a.cue })
        .collect()
}

/// How a quote sits in its sentence, from the words just before it.
fn kind(cx: &Ctx<'_>, s: &marks::Span) -> QuoteKind {
    let o = s.open;
    if o > s.para_start && cx.toks[o - 1].class == Class::Punct && cx.toks[o - 1].first == ':' {
        return QuoteKind::Colon;
    }
    let starts_lower = cx.text[s.content.clone()].chars().next().is_some_and(char::is_lowercase);
    let prev_word = o > s.para_start && cx.toks[o - 1].class == Class::Word && !cx.quoted[o - 1];
    if starts_lower || (prev_word && !attribute::is_cue(&cx.text[cx.toks[o - 1].start..cx.toks[o - 1].end])) {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    }
}
