//! Quote extraction and speaker attribution: pure functions over borrowed text.
//!
//! [`extract`] finds every quotation in an article's text and decides who said
//! it. Offsets are byte offsets into the text it is given; a quote's span
//! covers its content without the quotation marks.

use std::cell::Cell;
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
    /// A label heading the paragraph: `NAME: ...` (transcripts, headlines).
    Label,
    /// The subject of a title-case headline, named in the article.
    Headline,
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
            SpeakerRule::Label => "label",
            SpeakerRule::Headline => "headline",
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

/// A counter of elementary steps (tokens and mentions looked at), to check
/// that extraction stays linear in its input.
#[derive(Debug, Default)]
pub(crate) struct Steps(Cell<u64>);

impl Steps {
    /// Adds `n` steps.
    pub(crate) fn add(&self, n: u64) {
        self.0.set(self.0.get().saturating_add(n));
    }
}

/// Finds every quote in `text` and attributes it. Quotes come back sorted by
/// start offset; every span lies inside `text` on char boundaries.
///
/// Runs in time linear in the text: every search window is bounded by the
/// paragraph and by a fixed number of tokens.
pub fn extract(text: &str) -> Vec<Quote> {
    extract_counting(text).0
}

/// [`extract`], also returning the number of elementary steps taken: the
/// tokens looked at by quote-mark pairing, name finding and the attribution
/// windows, and the mentions looked at when resolving speakers. It grows
/// linearly with the text; tests use it to keep every path that way.
pub fn extract_counting(text: &str) -> (Vec<Quote>, u64) {
    let steps = Steps::default();
    let quotes = extract_with(text, &steps);
    (quotes, steps.0.get())
}

fn extract_with(text: &str, steps: &Steps) -> Vec<Quote> {
    let toks = lex::lex(text);
    steps.add(toks.len() as u64);
    let spans = marks::find(text, &toks, steps);
    let mut quoted = vec![false; toks.len()];
    for s in &spans {
        let end = s.close.map_or(s.para_end, |c| c + 1).min(toks.len());
        for q in &mut quoted[s.open..end] {
            *q = true;
        }
    }
    let names = names::Names::build(text, &toks, &quoted, steps);
    let cx = Ctx { text, toks: &toks, quoted: &quoted, names: &names, steps };
    let n = spans.len();
    let mut found: Vec<Option<Found>> = Vec::with_capacity(n);
    let mut attrs: Vec<Attr> = Vec::with_capacity(n);
    for s in &spans {
        let after = cx.after_quote(s);
        let ends_sentence = text[s.content.clone()].ends_with(['.', '!', '?']) && s.close.is_some();
        let f = if ends_sentence {
            cx.before_quote(s, false).or(after)
        } else {
            after.or_else(|| cx.before_quote(s, false))
        };
        let f = f.or_else(|| cx.after_sentence(s)).or_else(|| cx.headline(s)).or_else(|| cx.before_quote(s, true));
        attrs.push(f.as_ref().map(|f| cx.resolve(f)).unwrap_or_default());
        found.push(f);
    }
    // Paragraph number of each quote.
    let mut para = Vec::with_capacity(n);
    let mut p = 0usize;
    for (i, s) in spans.iter().enumerate() {
        if i > 0 && s.para_start != spans[i - 1].para_start {
            p += toks[spans[i - 1].para_end.min(s.para_start)..s.para_start]
                .iter()
                .filter(|t| t.class == Class::Break)
                .count();
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
    // Continuation: no cue, right after a reporting clause or a quote of a known speaker.
    for i in 0..n {
        if found[i].is_some() || attrs[i].speaker.is_some() {
            continue;
        }
        if let Some(f) = cx.previous_sentence(&spans[i]) {
            let a = cx.resolve(&f);
            if a.speaker.is_some() {
                attrs[i] = Attr { cue: None, ..a };
                continue;
            }
        }
        if i == 0 || attrs[i - 1].speaker.is_none() {
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
        if spans[i].close.is_none()
            && attrs[i].speaker.is_none()
            && attrs[i + 1].speaker.is_some()
            && para[i + 1] <= para[i] + 2
        {
            attrs[i] = Attr { rule: Some(SpeakerRule::Continuation), cue: None, ..attrs[i + 1].clone() };
        }
    }
    spans
        .into_iter()
        .zip(attrs)
        .zip(kinds)
        .filter(|((s, a), kind)| !not_speech(&cx, s, a, *kind))
        .map(|((s, a), kind)| Quote {
            span: s.content,
            kind,
            speaker: a.speaker,
            mention: a.mention,
            rule: a.rule,
            cue: a.cue,
        })
        .collect()
}

/// Quoted text that is clearly not speech: markup attribute values
/// (`author="..."`), numbers, and short standalone quotes with neither
/// speaker nor reporting verb (titles, names).
fn not_speech(cx: &Ctx<'_>, s: &marks::Span, a: &Attr, kind: QuoteKind) -> bool {
    if s.open > 0
        && cx.toks[s.open - 1].class == Class::Punct
        && cx.toks[s.open - 1].first == '='
        && cx.toks[s.open - 1].end == cx.toks[s.open].start
    {
        return true;
    }
    let content = &cx.text[s.content.clone()];
    if !content.chars().any(char::is_alphabetic) {
        return true;
    }
    if a.speaker.is_some() || a.cue.is_some() || kind != QuoteKind::Direct {
        return false;
    }
    content.split_whitespace().count() <= 3
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

#[cfg(test)]
mod tests {
    use super::*;

    /// (rule, text, quote content, speaker, rule name, cue)
    type Case = (&'static str, &'static str, &'static str, Option<&'static str>, &'static str, &'static str);

    const ATTRIBUTION: &[Case] = &[
        (
            "after-quote",
            "“We will not back down,” Maria Lopez said.",
            "We will not back down,",
            Some("Maria Lopez"),
            "after-quote",
            "said",
        ),
        (
            "after-quote inverted",
            "“Talks went well,” said Trade Minister Ola Berg.",
            "Talks went well,",
            Some("Ola Berg"),
            "after-quote",
            "said",
        ),
        (
            "before-quote",
            "Ola Berg warned that the plan was “dead on arrival” for now.",
            "dead on arrival",
            Some("Ola Berg"),
            "before-quote",
            "warned",
        ),
        (
            "colon",
            "Ola Berg said: “The door remains open.”",
            "The door remains open.",
            Some("Ola Berg"),
            "colon",
            "said",
        ),
        (
            "pronoun",
            "Foreign Minister Ana Ruiz met Mr. Tom Ek on Monday.\n\n“We agreed on much,” she said.",
            "We agreed on much,",
            Some("Ana Ruiz"),
            "pronoun",
            "said",
        ),
        (
            "continuation",
            "“We are ready,” Ola Berg told reporters.\n\n“The rest is up to them.”",
            "The rest is up to them.",
            Some("Ola Berg"),
            "continuation",
            "",
        ),
        (
            "description",
            "Chinese Premier Li Wen arrived on Monday.\n\n“Trade must grow,” the premier said.",
            "Trade must grow,",
            Some("Li Wen"),
            "description",
            "said",
        ),
        (
            "according-to",
            "The deal is “within reach,” according to Ola Berg.",
            "within reach,",
            Some("Ola Berg"),
            "according-to",
            "according to",
        ),
        (
            "title stripping",
            "“No comment,” said Russian Foreign Minister Pavel Orlov.",
            "No comment,",
            Some("Pavel Orlov"),
            "after-quote",
            "said",
        ),
        (
            "appositive",
            "“We disagree,” Pavel Orlov, Russia's foreign minister, said.",
            "We disagree,",
            Some("Pavel Orlov"),
            "after-quote",
            "said",
        ),
        (
            "short name",
            "Top diplomat Nina Holm visited Oslo.\n\n“It was useful,” Holm said.",
            "It was useful,",
            Some("Nina Holm"),
            "after-quote",
            "said",
        ),
        (
            "institution",
            "The ministry is busy.\n\n“We reject the claims,” the foreign ministry said.",
            "We reject the claims,",
            Some("Foreign Ministry"),
            "description",
            "said",
        ),
        (
            "speaker later in the sentence",
            "“Boots on the ground” would be wise, Defence Minister Ola Berg said after the attack.",
            "Boots on the ground",
            Some("Ola Berg"),
            "after-quote",
            "said",
        ),
        (
            "name ending like a participle",
            "“We will wait,” Ahmed said.",
            "We will wait,",
            Some("Ahmed"),
            "after-quote",
            "said",
        ),
        (
            "party and state in parentheses",
            "“We will wait,” Sen. Rand Olsen (R-Ky.) said on Monday.",
            "We will wait,",
            Some("Rand Olsen"),
            "after-quote",
            "said",
        ),
        (
            "label",
            "Berg: Trade Talks Are ‘Dead On Arrival’\n\nTrade Minister Ola Berg spoke on Monday.",
            "Dead On Arrival",
            Some("Ola Berg"),
            "label",
            "",
        ),
        (
            "headline subject",
            "Ola Berg Calls Tariff Plan ‘A Disgrace’\n\nTrade Minister Ola Berg spoke on Monday.",
            "A Disgrace",
            Some("Ola Berg"),
            "headline",
            "",
        ),
        (
            "description named later",
            "Kremlin spokesman says talks ‘too early’\n\nKremlin spokesman Ivan Petrov said the talks had stalled.",
            "too early",
            Some("Ivan Petrov"),
            "description",
            "says",
        ),
        (
            "description by nationality and related title",
            "Turkish Foreign Minister Ali Demir met his German counterpart Karl Vogt.\n\n\
             “We need dialogue,” the German foreign minister said.",
            "We need dialogue,",
            Some("Karl Vogt"),
            "description",
            "said",
        ),
        (
            "office of a country",
            "President of Norland Ola Berg arrived.\n\n“We came in peace,” the president said.",
            "We came in peace,",
            Some("Ola Berg"),
            "description",
            "said",
        ),
        (
            "statement issuer",
            "The Foreign Ministry said in a statement that talks would resume.\n\n\
             “Both sides agreed,” the statement added.",
            "Both sides agreed,",
            Some("Foreign Ministry"),
            "description",
            "added",
        ),
        (
            "they as a pair",
            "President Ana Ruiz and Prime Minister Tom Ek met on Friday.\n\n“We agreed,” they said.",
            "We agreed,",
            Some("Ana Ruiz and Tom Ek"),
            "pronoun",
            "said",
        ),
        (
            "the two leaders",
            "President Ana Ruiz met Prime Minister Tom Ek on Friday.\n\n\
             The two leaders called the meeting “a new start.”",
            "a new start.",
            Some("Ana Ruiz and Tom Ek"),
            "description",
            "called",
        ),
        (
            "pronoun skips a possessor",
            "Economy Minister Katrin Vogel spoke on Monday.\n\nTom Ek’s tariffs “would hurt us all,” she said.",
            "would hurt us all,",
            Some("Katrin Vogel"),
            "pronoun",
            "said",
        ),
        (
            "name before a colon",
            "Analysts were unmoved - Jane Roe: “Nothing will change.”",
            "Nothing will change.",
            Some("Jane Roe"),
            "colon",
            "",
        ),
        (
            "bare weekday between subject and verb",
            "Ola Berg Thursday told reporters: “We are ready.”",
            "We are ready.",
            Some("Ola Berg"),
            "colon",
            "told",
        ),
        (
            "no speaker",
            "The crowd chanted a long and angry “we want change now” all night.",
            "we want change now",
            None,
            "",
            "",
        ),
    ];

    #[test]
    fn attribution_rules() {
        for &(name, text, quote, speaker, rule, cue) in ATTRIBUTION {
            let qs = extract(text);
            let q = qs
                .iter()
                .find(|q| &text[q.span.clone()] == quote)
                .unwrap_or_else(|| panic!("{name}: quote not found in {qs:?}"));
            assert_eq!(q.speaker.as_deref(), speaker, "{name}: speaker");
            assert_eq!(q.rule.map_or("", SpeakerRule::as_str), rule, "{name}: rule");
            assert_eq!(q.cue.as_deref().unwrap_or(""), cue, "{name}: cue");
        }
    }

    type Found = &'static [(&'static str, QuoteKind)];

    /// (case, text, quotes found as (content, kind))
    const EXTRACTION: &[(&str, &str, Found)] = &[
        (
            "split",
            "“We came to talk,” he said, “and we will stay.”",
            &[("We came to talk,", QuoteKind::Split), ("and we will stay.", QuoteKind::Split)],
        ),
        (
            "multi-paragraph",
            "“The first part runs on.\n\n“The second part ends it,” Ola Berg said.",
            &[("The first part runs on.", QuoteKind::Direct), ("The second part ends it,", QuoteKind::Direct)],
        ),
        ("guillemets", "Ola Berg said «we stay» today.", &[("we stay", QuoteKind::Partial)]),
        ("apostrophes", "Xi’s aides don’t recall the ’90s or the players’ union.", &[]),
        (
            "stray mark",
            "Ola Berg said “never\n\nA new paragraph with “a quote” in it.",
            &[("never", QuoteKind::Partial), ("a quote", QuoteKind::Partial)],
        ),
    ];

    #[test]
    fn extraction() {
        for &(name, text, want) in EXTRACTION {
            let got: Vec<(&str, QuoteKind)> = extract(text).iter().map(|q| (&text[q.span.clone()], q.kind)).collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn split_parts_share_the_speaker() {
        let text = "“We came to talk,” Ola Berg said, “and we will stay.”";
        let qs = extract(text);
        assert_eq!(qs.len(), 2);
        assert!(qs.iter().all(|q| q.speaker.as_deref() == Some("Ola Berg")));
    }

    #[test]
    fn multi_paragraph_quote_takes_the_later_speaker() {
        let text = "“The first part runs on.\n\n“The second part ends it,” Ola Berg said.";
        let qs = extract(text);
        assert_eq!(qs[0].speaker.as_deref(), Some("Ola Berg"));
        assert_eq!(qs[0].rule, Some(SpeakerRule::Continuation));
    }

    /// Steps taken for `make(n)` and `make(2n)`, n doubling from `n0`:
    /// each doubling of the input may at most double the work (plus 10%).
    fn assert_linear(name: &str, n0: usize, make: impl Fn(usize) -> String) {
        let mut n = n0;
        let mut prev = extract_counting(&make(n)).1;
        for _ in 0..4 {
            n *= 2;
            let cur = extract_counting(&make(n)).1;
            let ratio = cur as f64 / prev.max(1) as f64;
            assert!(ratio <= 2.2, "{name}: {prev} steps → {cur} steps for 2× input (ratio {ratio:.2})");
            prev = cur;
        }
    }

    #[test]
    fn work_grows_linearly() {
        let para = "Foreign Minister Ana Ruiz met Mr. Tom Ek and Li Wen in Oslo. “We agreed on much,” she said. \
                    The two leaders called the talks “useful,” and the statement said “more talks” would follow.\n\n\
                    “It was a good day,” Ek told reporters. He warned of a “long road.”\n\n";
        assert_linear("paragraphs", 20, |n| para.repeat(n));
        assert_linear("marks in one paragraph", 500, |n| format!("Ana Ruiz said {}\n", "“a” ".repeat(n)));
        assert_linear("stray marks", 500, |n| format!("Ana Ruiz said {}", "“a ".repeat(n)));
        assert_linear("one long line", 50, |n| {
            "Ana Ruiz said “we stay” and Tom Ek replied “we go,” the minister said. ".repeat(n)
        });
        assert_linear("capitalised words", 200, |n| "Ana Ruiz Tom Ek Oslo ".repeat(n));
    }

    #[test]
    fn adversarial_inputs_stay_bounded() {
        let marks = format!("{}\n", "“a” ".repeat(100_000));
        let qs = extract(&marks);
        assert!(qs.windows(2).all(|w| w[0].span.start <= w[1].span.start));
        let long = "word ".repeat(2_000_000);
        assert!(extract(&long).is_empty());
        let stray = format!("He said “{}", "x ".repeat(100_000));
        for q in extract(&stray) {
            assert!(stray.is_char_boundary(q.span.start) && stray.is_char_boundary(q.span.end));
        }
        let odd = "\"\u{201C}\u{201D}«»„‘’'\u{0}\u{FEFF}é\"\n\"";
        let _ = extract(odd);
    }
}
