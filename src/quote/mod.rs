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

pub(crate) use names::Fnv;

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
    /// A country named as speaker, standing for the official of that country
    /// the article quotes most ("Venezuela rejects ..." → its foreign minister).
    Country,
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
            SpeakerRule::Country => "country",
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
    let quotes = extract_with(text, &steps, false);
    (quotes, steps.0.get())
}

/// [`extract`], and also reported speech without quotation marks (kind
/// [`QuoteKind::Indirect`]): "Ruiz said the talks would go on", "The talks
/// will go on, the minister said", "..., according to the ministry". Only
/// sentences without quotation marks are read for it. Quotes come back
/// sorted by start offset.
pub fn extract_indirect(text: &str) -> Vec<Quote> {
    extract_with(text, &Steps::default(), true)
}

/// [`extract_indirect`] with its step count (see [`extract_counting`]).
pub fn extract_indirect_counting(text: &str) -> (Vec<Quote>, u64) {
    let steps = Steps::default();
    let quotes = extract_with(text, &steps, true);
    (quotes, steps.0.get())
}

fn extract_with(text: &str, steps: &Steps, indirect: bool) -> Vec<Quote> {
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
    let lower = lex::Lowered::new(text, &toks);
    let cx = Ctx { text, toks: &toks, lower: &lower, names: &names, quoted: &quoted, steps };
    let n = spans.len();
    let mut found: Vec<Option<Found>> = Vec::with_capacity(n);
    let mut attrs: Vec<Attr> = Vec::with_capacity(n);
    for s in &spans {
        let after = cx.after_quote(s);
        let ends_sentence = text[s.content.clone()].ends_with(['.', '!', '?']) && s.close.is_some();
        let f = if ends_sentence {
            cx.before_quote(s, false).or(after)
        } else {
            cx.introduced(s).or(after).or_else(|| cx.before_quote(s, false))
        };
        let f = f
            .or_else(|| cx.after_sentence(s))
            .or_else(|| cx.signature(s))
            .or_else(|| cx.subject_quote(s))
            .or_else(|| cx.headline(s))
            .or_else(|| cx.before_quote(s, true));
        let mut a = f.as_ref().map(|f| cx.resolve(f)).unwrap_or_default();
        let mut f = f;
        if f.as_ref().is_some_and(|f| f.rule == SpeakerRule::AccordingTo) {
            // "Ek said that “...,” according to Radio Norland": the one who
            // said it is the subject of the reporting verb before the quote,
            // named right before that verb; what follows "according to" is
            // where the report comes from.
            if let Some(g) = cx
                .before_quote(s, false)
                .filter(|g| g.cue.as_deref().is_some_and(|c| c != "according to") && g.end <= g.at.end + 3)
            {
                let b = cx.resolve(&g);
                if b.ent.is_some_and(|e| names.ents[e].person) {
                    a = b;
                    f = Some(g);
                }
            }
        }
        if f.is_some() && a.speaker.is_none() {
            // "..., Ola Berg said the talks were “useful,” a report said":
            // words that name no one give way to a reporting clause before
            // the quote that names a person.
            if let Some(g) =
                cx.before_quote(s, false).filter(|g| Some(g.at.clone()) != f.as_ref().map(|f| f.at.clone()))
            {
                let b = cx.resolve(&g);
                if b.ent.is_some_and(|e| names.ents[e].person) {
                    a = b;
                    f = Some(g);
                }
            }
        }
        attrs.push(a);
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
    // “...,” the minister said during talks with Tom Ek. “...,” he added:
    // "he" is the last speaker unless another person became a subject since.
    // A "he" or "she" that found no person also carries on from the last
    // speaker when that speaker is a bare name never written as a place
    // ("“...,” Okafor told reporters. “...,” he said."): a name that speaks
    // and is never somewhere is a person whose sex the text has not shown.
    let placed = cx.placed_entities();
    for i in 1..n {
        let (Some(f), Some(prev)) = (&found[i], attrs[i - 1].ent) else { continue };
        let unresolved = attrs[i].speaker.is_none() && matches!(f.np, attribute::Np::Pronoun { male: Some(_) });
        if (attrs[i].rule != Some(SpeakerRule::Pronoun) && !unresolved)
            || attrs[i].ent == Some(prev)
            || para[i] > para[i - 1] + 1
        {
            continue;
        }
        let from = spans[i - 1].close.map_or(spans[i - 1].open, |c| c + 1);
        let fits = cx.pronoun_fits(&f.np, prev) || (unresolved && !placed[prev] && cx.bare_name_fits(&f.np, prev));
        if fits && f.at.start > from && !cx.subject_between(from, f.at.start) {
            attrs[i].speaker = Some(names.ents[prev].name.clone());
            attrs[i].ent = Some(prev);
            attrs[i].rule = Some(SpeakerRule::Pronoun);
        }
    }
    // A country as speaker stands for its most quoted official.
    let mut counts = vec![0usize; names.ents.len()];
    for a in &attrs {
        if let Some(e) = a.ent {
            counts[e] += 1;
        }
    }
    steps.add(names.ents.len() as u64);
    let mut quoted: Vec<(usize, usize)> =
        counts.iter().enumerate().filter(|&(e, &c)| c > 0 && names.ents[e].person).map(|(e, &c)| (c, e)).collect();
    quoted.sort_by_key(|&(c, e)| (std::cmp::Reverse(c), e));
    quoted.truncate(16);
    for a in &mut attrs {
        let Some(e) = a.ent else { continue };
        if let Some(p) = cx.country_official(e, &quoted) {
            a.speaker = Some(names.ents[p].name.clone());
            a.ent = Some(p);
            a.rule = Some(SpeakerRule::Country);
        }
    }
    let mut out: Vec<Quote> = spans
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
        .collect();
    if indirect {
        for (span, f) in cx.indirect() {
            let a = cx.resolve(&f);
            out.push(Quote {
                span,
                kind: QuoteKind::Indirect,
                speaker: a.speaker,
                mention: a.mention,
                rule: a.rule,
                cue: a.cue,
            });
        }
        out.sort_by_key(|q| q.span.start);
    }
    out
}

/// Quoted text that is clearly not speech: markup attribute values
/// (`author="..."`), numbers, and short standalone quotes with neither
/// speaker nor reporting verb (titles, names).
/// The most words a partial quote with no speaker and no cue may have and
/// still be dropped as a scare quote.
const SHORT_PARTIAL: usize = 6;

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
    if a.speaker.is_some() || a.cue.is_some() {
        return false;
    }
    // Scare quotes, titles and nicknames: a short fragment with neither a
    // speaker nor a reporting verb is not reported speech.
    let words = content.split_whitespace().count();
    match kind {
        QuoteKind::Direct => words <= 3,
        QuoteKind::Partial => words <= SHORT_PARTIAL,
        _ => false,
    }
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
            "subject of the sentence before, no reporting verb",
            "Ana Ruiz stood up at the end of the debate. “Remember this vote in November.”",
            "Remember this vote in November.",
            Some("Ana Ruiz"),
            "continuation",
            "",
        ),
        (
            "subject with an aside, no reporting verb",
            "Tom Ekberg, a diplomat from Velgrad, nodded. “I never thought I would agree with her.”",
            "I never thought I would agree with her.",
            Some("Tom Ekberg"),
            "continuation",
            "",
        ),
        (
            "subject of the paragraph before, no reporting verb",
            "Ola Berg is upbeat about the talks, in part because he trusts the mediators.\n\n“They know the region better than anyone.”",
            "They know the region better than anyone.",
            Some("Ola Berg"),
            "continuation",
            "",
        ),
        (
            "pronoun subject of the paragraph before, no reporting verb",
            "“We will sign in May,” Tom Ekberg said.\n\nHe also wished the hosts a good summer.\n\n“Our doors stay open to every neighbour.”",
            "Our doors stay open to every neighbour.",
            Some("Tom Ekberg"),
            "continuation",
            "",
        ),
        (
            "a sentence that goes on after the quote has its own subject",
            "Ana Ruiz stood up at the end of the debate. “Remember this vote in November,” Ola Berg winked at her.",
            "Remember this vote in November,",
            None,
            "",
            "",
        ),
        (
            "a capital word after a full stop opens a new sentence",
            "Kim Lund stood by the window. “I have waited ten years for this.” After that, the room fell silent.",
            "I have waited ten years for this.",
            Some("Kim Lund"),
            "continuation",
            "",
        ),
        (
            "a chairman is the president who chairs",
            "President Ana Ruiz of Norland took over the bloc on Sunday. “Our work must go on,” Ruiz said.\n\n“Peace needs money as well as words,” the chairman said.",
            "Peace needs money as well as words,",
            Some("Ana Ruiz"),
            "description",
            "said",
        ),
        (
            "a chairman of a named body",
            "“We will meet in Velgrad,” said President Tom Ekberg of Kestria.\n\nThe new Coral Union chairman says that “trade must come before tariffs.”",
            "trade must come before tariffs.",
            Some("Tom Ekberg"),
            "description",
            "says",
        ),
        (
            "a chairwoman",
            "Kestria's President Kim Lund opened the session in Velgrad.\n\n“Nobody leaves this room without a deal,” the chairwoman warned.",
            "Nobody leaves this room without a deal,",
            Some("Kim Lund"),
            "description",
            "warned",
        ),
        (
            "a quote that names the subject is about that person",
            "Kim Lund visited the mediators in Velgrad.\n\n“Secretary Lund also thanked the hosts for their work.”",
            "Secretary Lund also thanked the hosts for their work.",
            None,
            "",
            "",
        ),
        (
            "a counted subject is no speaker",
            "Two Velgradians were hurt at the crossing.\n\n“Nobody was armed and nobody expected it.”",
            "Nobody was armed and nobody expected it.",
            None,
            "",
            "",
        ),
        (
            "a subject that is no person is no speaker",
            "The storm hit the coast of Norland on Monday. “The roofs of the port are gone.”",
            "The roofs of the port are gone.",
            None,
            "",
            "",
        ),
        (
            "passive agent before a quote paragraph",
            "The warning was echoed by Trade Minister Ola Berg.\n\n“Nobody gains from a long war.”",
            "Nobody gains from a long war.",
            Some("Ola Berg"),
            "continuation",
            "",
        ),
        (
            "passive agent with an appositive name",
            "This view was shared by the envoy for trade, fish and farms, Ana Ruiz, on Friday.\n\n“The talks must go on.”",
            "The talks must go on.",
            Some("Ana Ruiz"),
            "continuation",
            "",
        ),
        (
            "passive agent with an adverb",
            "The plan was quickly announced by Tom Ekberg at the summit.\n\n“We start in May.”",
            "We start in May.",
            Some("Tom Ekberg"),
            "continuation",
            "",
        ),
        (
            "passive agent in the quote's own sentence",
            "Ana Ruiz was asked by host Tom Ekberg whether the plan was “dead on arrival” now.",
            "dead on arrival",
            Some("Ana Ruiz"),
            "before-quote",
            "asked",
        ),
        (
            "passive agent: an office of a place, then the name",
            "This was revealed by the Prime Minister of Norland and the Isles, Dr Ana Ruiz, on Monday.\n\n“We will meet again in June.”",
            "We will meet again in June.",
            Some("Ana Ruiz"),
            "continuation",
            "",
        ),
        (
            "the name after an infinitive cue is addressed",
            "Tom Ekberg flew to Norland to ask Prime Minister Ana Ruiz “respectfully” for more time.",
            "respectfully",
            Some("Tom Ekberg"),
            "before-quote",
            "flew",
        ),
        (
            "the name after an infinitive cue is addressed, thanked",
            "Ola Berg wrote to thank Ana Ruiz “for a warm and open welcome.”",
            "for a warm and open welcome.",
            Some("Ola Berg"),
            "before-quote",
            "wrote",
        ),
        (
            "the name after an infinitive cue is addressed, congratulated",
            "Ana Ruiz called to congratulate Tom Ekberg “on a clean and fair vote.”",
            "on a clean and fair vote.",
            Some("Ana Ruiz"),
            "before-quote",
            "called",
        ),
        (
            "passive agent that is no person",
            "The plan was announced by the parliament.\n\n“This plan is over for good now.”",
            "This plan is over for good now.",
            None,
            "",
            "",
        ),
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
            "the two countries",
            "Norway and Chile signed a fisheries pact on Monday.\n\n\
             The two countries said the pact was “a fair deal for both.”",
            "a fair deal for both.",
            Some("Norway and Chile"),
            "description",
            "said",
        ),
        (
            "the countries of a list",
            "Peru, Bolivia and Chile issued an appeal on Monday.\n\n\
             The countries said the blockade must “end at once.”",
            "end at once.",
            Some("Peru, Bolivia and Chile"),
            "description",
            "said",
        ),
        (
            "the two sides of countries",
            "Talks between Norway and Chile ended on Monday.\n\n\
             The two sides said the talks were “open and useful.”",
            "open and useful.",
            Some("Norway and Chile"),
            "description",
            "said",
        ),
        (
            "which NAME sees as",
            "The ministry summoned the envoy over a speech which Oslo sees as “hostile and false,” officials said.",
            "hostile and false,",
            Some("Oslo"),
            "before-quote",
            "sees",
        ),
        (
            "surname ending in -ese",
            "The vote failed.\n\n“The text was fair,” Peru’s UN envoy Carla Ruiz Danese said after the vote.",
            "The text was fair,",
            Some("Carla Ruiz Danese"),
            "after-quote",
            "said",
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
            "description gives way to the name before its preposition",
            "Ola Berg at the time said the talks were “going nowhere fast”.",
            "going nowhere fast",
            Some("Ola Berg"),
            "before-quote",
            "said",
        ),
        (
            "a document gives way to the subject that issued it",
            "Ana Ruiz issued a statement saying the plan was “dead on arrival”.",
            "dead on arrival",
            Some("Ana Ruiz"),
            "before-quote",
            "saying",
        ),
        (
            "an indefinite document is new: its issuer is the subject, not an earlier statement's",
            "The Trade Council met on Monday and issued a statement.\n\nLater, Ana Ruiz issued a statement calling the plan “a dead end for the whole region”.",
            "a dead end for the whole region",
            Some("Ana Ruiz"),
            "before-quote",
            "calling",
        ),
        (
            "an indefinite document with an adjective",
            "Ola Berg said in a statement on Monday that the talks would resume.\n\nTom Ekberg released a short statement describing the talks as “pointless and slow”.",
            "pointless and slow",
            Some("Tom Ekberg"),
            "before-quote",
            "describing",
        ),
        (
            "an indefinite document after an earlier speaker's statement",
            "“We will stay the course,” Ana Ruiz said in a statement.\n\nMira Holm put out an angry statement calling her plan “reckless beyond words”.",
            "reckless beyond words",
            Some("Mira Holm"),
            "before-quote",
            "calling",
        ),
        (
            "a person's name qualifies the title of the person after it",
            "Ana Ruiz left office in May.\n\nFormer Ruiz speechwriter Tom Ekberg derided “the professional pessimists of the party” in a column.",
            "the professional pessimists of the party",
            Some("Tom Ekberg"),
            "before-quote",
            "derided",
        ),
        (
            "a person's name before a two-word title",
            "Ana Ruiz trails in the polls.\n\nRuiz campaign manager Ola Berg released a memo titled “Where the Race Really Stands Today.”",
            "Where the Race Really Stands Today.",
            Some("Ola Berg"),
            "before-quote",
            "released",
        ),
        (
            "a body's name before an agent noun",
            "The Northern Trade Council met in Oslo.\n\nNorthern Trade Council strategist Mira Holm gave the plan “a failing grade on every count”.",
            "a failing grade on every count",
            Some("Mira Holm"),
            "before-quote",
            "gave",
        ),
        (
            "a body's name and an agent noun open the sentence before the subject's aside",
            "Veldoria Daily columnist Mira Holm, a former envoy to Oslo, calls the plan “a bridge too far for everyone”.",
            "a bridge too far for everyone",
            Some("Mira Holm"),
            "before-quote",
            "calls",
        ),
        (
            "a title word that looks like a verb keeps the person before it the subject",
            "Ana Ruiz spoke in Oslo.\n\nRuiz quotes former adviser Tom Lund in her book: “We never had a plan for the day after.”",
            "We never had a plan for the day after.",
            Some("Ana Ruiz"),
            "colon",
            "quotes",
        ),
        (
            "a person named only in a caption is no antecedent",
            "“We have done what we came to do,” Mr Tom Lund said at the closing session.\n\nMr Ola Berg greets delegates in Oslo\n\n“An agreement is only as good as the will behind it,” he added.",
            "An agreement is only as good as the will behind it,",
            Some("Tom Lund"),
            "pronoun",
            "added",
        ),
        (
            "a person named only in a link to another story is no antecedent",
            "Ana Ruiz told reporters the ban was expected.\nNorland bars entry to Mira Holm and other envoys\n“Norland only harms itself,” she said.",
            "Norland only harms itself,",
            Some("Ana Ruiz"),
            "pronoun",
            "said",
        ),
        (
            "a photo line is no antecedent",
            "Mr Tom Lund spoke after the talks.\n\nPhoto: Mr Ola Berg signs the accord in Oslo\n\n“The door stays open for everyone,” he said.",
            "The door stays open for everyone,",
            Some("Tom Lund"),
            "pronoun",
            "said",
        ),
        (
            "a line ending in an abbreviation with its period is a sentence",
            "Mr Tom Lund is the new envoy to the U.S.\n\n“The door stays open for everyone,” he said.",
            "The door stays open for everyone,",
            Some("Tom Lund"),
            "pronoun",
            "said",
        ),
        (
            "an unresolved pronoun carries on from a bare name that spoke",
            "“We will not bend on this,” Okafor told reporters in Lagos.\n\n“Nobody threatens our citizens on our soil,” he said.",
            "Nobody threatens our citizens on our soil,",
            Some("Okafor"),
            "pronoun",
            "said",
        ),
        (
            "an unresolved she carries on from a bare name that spoke",
            "“The talks went well,” Ekberg said after the meeting.\n\n“We meet again in June,” she added.",
            "We meet again in June,",
            Some("Ekberg"),
            "pronoun",
            "added",
        ),
        (
            "a bare name written as a place is no antecedent",
            "Officials met in Varnia on Monday.\n\n“The border stays closed,” Varnia said.\n\n“We will keep talking,” he said.",
            "We will keep talking,",
            None,
            "",
            "said",
        ),
        (
            "passive agent: a place's office, then the name",
            "Talks opened in Oslo.\n\nThis sentiment was shared by Norland's minister of foreign affairs, trade and climate, Ola Berg.\n\n“We look forward to our cooperation.”",
            "We look forward to our cooperation.",
            Some("Ola Berg"),
            "continuation",
            "",
        ),
        (
            "passive agent: a place's envoy, then the name",
            "The concern was echoed by Veldoria’s envoy to the talks, Mira Holm.\n\n“Nobody gains from a long delay.”",
            "Nobody gains from a long delay.",
            Some("Mira Holm"),
            "continuation",
            "",
        ),
        (
            "passive agent: a place's deputy premier, then the name and a time",
            "The hope was voiced by Kestria's deputy premier, Tom Lund, on Friday.\n\n“We will be back in May.”",
            "We will be back in May.",
            Some("Tom Lund"),
            "continuation",
            "",
        ),
        (
            "a body's chief is the person holding its office",
            "High Representative Ana Ruiz met the envoys on Monday.\n\n“We will not walk away,” the union's foreign policy chief said.",
            "We will not walk away,",
            Some("Ana Ruiz"),
            "description",
            "said",
        ),
        (
            "a chief with no office named is the person last speaking",
            "Tom Lund told a news conference late on Saturday that the deal was close.\n\n“This means practical steps,” the trade bloc's chief said.",
            "This means practical steps,",
            Some("Tom Lund"),
            "description",
            "said",
        ),
        (
            "a commission chief is its chairperson",
            "Commission chairperson Mira Holm spoke in Oslo on Monday.\n\nThe commission chief also described the vote as a “flagrant breach of the rules”.",
            "flagrant breach of the rules",
            Some("Mira Holm"),
            "description",
            "described",
        ),
        (
            "capitalised plural title: the two named together",
            "Ana Ruiz and Tom Lund, the two envoys, met the press in Oslo.\n\nThe Ambassadors call on “all sides to return to the table at once”.",
            "all sides to return to the table at once",
            Some("Ana Ruiz and Tom Lund"),
            "description",
            "call",
        ),
        (
            "capitalised plural title after a pair of ministers",
            "Ana Ruiz and Tom Lund signed the accord for their countries on Monday.\n\nThe Foreign Ministers said the deal would bring “a new era of trade for the region”.",
            "a new era of trade for the region",
            Some("Ana Ruiz and Tom Lund"),
            "description",
            "said",
        ),
        (
            "capitalised plural title with no one named is no speaker",
            "The talks ended on Monday.\n\nThe Ministers welcomed “the steady progress made on the border talks so far”.",
            "the steady progress made on the border talks so far",
            None,
            "",
            "welcomed",
        ),
        (
            "capitalised \"Officials\" stay as written, not a pair",
            "Ana Ruiz and Tom Lund met in Oslo on Monday.\n\nOfficials said the plan was “a dead end for the whole region”.",
            "a dead end for the whole region",
            Some("Officials"),
            "before-quote",
            "said",
        ),
        (
            "the leaders of two places are no place",
            "The talks ended on Monday.\n\nThe leaders of Norland and Veldoria agreed to pursue “complete and lasting” peace.",
            "complete and lasting",
            None,
            "",
            "agreed",
        ),
        (
            "the foreign minister of a place is the person with that office",
            "Foreign Minister Ola Berg flew to Oslo on Monday.\n\nThe foreign minister of Norland said the plan was “a dead end for the whole region”.",
            "a dead end for the whole region",
            Some("Ola Berg"),
            "description",
            "said",
        ),
        (
            "the presidents of a list of places are none of them",
            "The summit closed on Monday.\n\nThe presidents of Norland, Veldoria and Kestria said the summit was “a turning point for the whole region”.",
            "a turning point for the whole region",
            None,
            "",
            "said",
        ),
        (
            "description set before a name",
            "The Veldorian Foreign Minister, Ola Berg, arrived in Oslo.\n\n“We came to listen,” the foreign minister said.",
            "We came to listen,",
            Some("Ola Berg"),
            "description",
            "said",
        ),
        (
            "office of foreign affairs before a name",
            "The Minister of Foreign Affairs of Norland, Ola Berg, spoke.\n\n“We stay,” the minister said.",
            "We stay,",
            Some("Ola Berg"),
            "description",
            "said",
        ),
        (
            "sentence end without its space",
            "The draft was rejected by the Council.Veldorian Ambassador Ola Berg told reporters “the time for talk is over.”",
            "the time for talk is over.",
            Some("Ola Berg"),
            "before-quote",
            "told",
        ),
        (
            "main clause after a subordinate one",
            "After Tom Ek criticized the deal, Ana Ruiz said it was “a good start”.",
            "a good start",
            Some("Ana Ruiz"),
            "before-quote",
            "said",
        ),
        (
            "capitalised cue opening a sentence",
            "Foreign Minister Ana Ruiz spoke on Monday.\n\nStated Ruiz: “We will not yield.”",
            "We will not yield.",
            Some("Ana Ruiz"),
            "colon",
            "stated",
        ),
        (
            "person in apposition to a description",
            "The envoy for the Norland Strait, Ada Kovac, urged calm and “restraint at sea”.",
            "restraint at sea",
            Some("Ada Kovac"),
            "before-quote",
            "urged",
        ),
        (
            "description of a place's envoy",
            "The envoy for the Norland Strait told the council that the risk was “higher than ever before”.",
            "higher than ever before",
            None,
            "",
            "told",
        ),
        (
            "a nationality is not a subject",
            "Veldorian state media described the measures as “a declaration of economic war on our people”.",
            "a declaration of economic war on our people",
            None,
            "",
            "",
        ),
        (
            "pronoun never resolves to a place",
            "Asked whether Norland would leave Geneva, spokesperson Ana Ruiz said no decision had been taken. \
             She said Norland remained committed to the Geneva process. “Talks are not over,” she said.",
            "Talks are not over,",
            Some("Ana Ruiz"),
            "pronoun",
            "said",
        ),
        (
            "country standing for its quoted official",
            "Veldoria rejects ‘foreign meddling’\n\nVeldorian Foreign Minister Ana Ruiz said the government rejected \
             the “gross interference” of its neighbours.",
            "foreign meddling",
            Some("Ana Ruiz"),
            "country",
            "rejects",
        ),
        (
            "pronoun continues the last speaker",
            "Veldorian Foreign Minister Pavel Orlov arrived on Monday.\n\n“We will act,” the Veldorian minister said \
             during a meeting with his Norlandic counterpart Tom Ek in Oslo.\n\n“Nobody wants a war,” he added.",
            "Nobody wants a war,",
            Some("Pavel Orlov"),
            "pronoun",
            "added",
        ),
        (
            "short name without its article",
            "President Abdel Karim el-Haddad spoke.\n\n“We stay,” Haddad said.",
            "We stay,",
            Some("Abdel Karim el-Haddad"),
            "after-quote",
            "said",
        ),
        (
            "relative clause naming the quote's speaker",
            "Norland and Veldoria agreed to resume talks, in what envoy Ada Kovac called “the best day in years”.",
            "the best day in years",
            Some("Ada Kovac"),
            "before-quote",
            "called",
        ),
        (
            "a person in apposition becomes the subject",
            "President Pavel Orlov put it differently.\n\n“We wait,” Orlov said.\n\n\
             The spokesperson of the ministry, Ana Ruiz, was more guarded. “Doors close,” she said.",
            "Doors close,",
            Some("Ana Ruiz"),
            "pronoun",
            "said",
        ),
        (
            "label with an aside before the colon",
            "Who won the debate?\n\nJane Roe, The Daily Post: “Nobody did, and everyone lost.”",
            "Nobody did, and everyone lost.",
            Some("Jane Roe"),
            "label",
            "",
        ),
        (
            "first name ending like an adverb",
            "“We take every claim seriously,” said Beverly Ann Strand, director of the elections board.",
            "We take every claim seriously,",
            Some("Beverly Ann Strand"),
            "after-quote",
            "said",
        ),
        (
            "an unnamed spokesperson speaks for the office",
            "The Foreign Office rejected the claims on Monday.\n\n“We will act responsibly,” the spokesperson said.",
            "We will act responsibly,",
            Some("Foreign Office"),
            "description",
            "said",
        ),
        (
            "a document under another name",
            "The Foreign Ministry said in a statement that talks would resume.\n\n“Both sides agreed,” the document says.",
            "Both sides agreed,",
            Some("Foreign Ministry"),
            "description",
            "says",
        ),
        (
            "a press release is a document its issuer wrote",
            "The Coral Union announced in a press release that the summit was postponed.\n\n“New dates will follow,” the release said.",
            "New dates will follow,",
            Some("Coral Union"),
            "description",
            "said",
        ),
        (
            "a press release said in by a person is hers",
            "Tomas Varga said in a press release that the office would close.\n\n“Nobody will lose a job,” the release said.",
            "Nobody will lose a job,",
            Some("Tomas Varga"),
            "description",
            "said",
        ),
        (
            "a news release points back to the body that put it out",
            "The Northern Trade Council said in a news release that tariffs would fall.\n\nTraders welcomed the news.\n\n“The cut starts in May,” the release stated.",
            "The cut starts in May,",
            Some("Northern Trade Council"),
            "description",
            "stated",
        ),
        (
            "inverted speaker with a long appositive",
            "“It is an expensive model,” said Will Dolan, a professor of economics at the university in Oslo. \
             “Prices keep rising.”",
            "Prices keep rising.",
            Some("Will Dolan"),
            "continuation",
            "",
        ),
        (
            "a country's office speaks as written",
            "Norland’s defence ministry said the ship sailed “in full accordance with the law”.",
            "in full accordance with the law",
            Some("Norland’s defence ministry"),
            "description",
            "said",
        ),
        (
            "office joining two portfolios",
            "French Minister of Europe and Foreign Affairs Jean Dupont spoke in Paris.\n\n\
             “We warned them,” the French diplomat said.",
            "We warned them,",
            Some("Jean Dupont"),
            "description",
            "said",
        ),
        (
            "the reporting verb next to the quote governs it",
            "Ana Ruiz later called the talks “useful” while Tom Ek said, “We need more time.”",
            "We need more time.",
            Some("Tom Ek"),
            "before-quote",
            "said",
        ),
        (
            "a person after a preposition is not the adjacent verb's subject",
            "A source speaking to Ana Ruiz said, “The file is closed.”",
            "The file is closed.",
            None,
            "",
            "speaking",
        ),
        (
            "a name inside the aside of the opening subject",
            "Ana Ruiz, the elder sister of Norland leader Tom Ek on Monday warned of “grave consequences”.",
            "grave consequences",
            Some("Ana Ruiz"),
            "before-quote",
            "warned",
        ),
        (
            "a name in a relative clause of the opening subject",
            "Ana Ruiz, who handed the chair to her Veldorian counterpart, Tom Ek, revealed “a deep rift” in the bloc.",
            "a deep rift",
            Some("Ana Ruiz"),
            "before-quote",
            "revealed",
        ),
        (
            "a closed aside leaves the later clause its own subject",
            "Ana Ruiz, the nominee in 2019, left the hall after rival Tom Ek told a rally that the plan was “a fraud”.",
            "a fraud",
            Some("Tom Ek"),
            "before-quote",
            "told",
        ),
        (
            "an abbreviated month is no name",
            "The council on Wednesday, Nov. 13, warned of “grave risks ahead for every town in the region”.",
            "grave risks ahead for every town in the region",
            None,
            "",
            "",
        ),
        (
            "a region opened by a compass word is no person",
            "Commissioner Ana Ruiz spoke on Monday. Aid has reached Mali, Chad and Western Sahara.\n\n“We must do more,” she said.",
            "We must do more,",
            Some("Ana Ruiz"),
            "pronoun",
            "said",
        ),
        (
            "words naming no one give way to the person reporting before the quote",
            "Ola Berg on Friday said the talks had been “constructive and calm,” a report said.",
            "constructive and calm,",
            Some("Ola Berg"),
            "before-quote",
            "said",
        ),
        (
            "a possessor after the quote owns the office that speaks",
            "“We are ready,” wrote President Ruiz’s press office on Friday.",
            "We are ready,",
            Some("President Ruiz’s press office"),
            "description",
            "wrote",
        ),
        (
            "a possessor's spokesman speaks, not the possessor",
            "“Nothing is decided yet,” said Tom Ek’s spokesman in Ostmark.",
            "Nothing is decided yet,",
            Some("Tom Ek’s spokesman"),
            "description",
            "said",
        ),
        (
            "a possessor's ministry is the source cited",
            "“The door stays open,” according to Ola Berg’s foreign ministry.",
            "The door stays open,",
            Some("Ola Berg’s foreign ministry"),
            "description",
            "according to",
        ),
        (
            "a name after the possessor's office is the speaker",
            "“We came in peace,” said Lina Holm’s envoy Ana Ruiz.",
            "We came in peace,",
            Some("Ana Ruiz"),
            "after-quote",
            "said",
        ),
        (
            "a person's name after the verb ends at a preposition: the one written to is no speaker",
            "Ostmark recalled its envoy.\n\n“Your threats will not move us,” said Rafael Oquendo in a letter to Lina Holm.",
            "Your threats will not move us,",
            Some("Rafael Oquendo"),
            "after-quote",
            "said",
        ),
        (
            "a writer named after the verb speaks, not the paper he writes for",
            "“The vote is closer than it looks,” wrote Tomas Varga for the Coral Ledger.",
            "The vote is closer than it looks,",
            Some("Tomas Varga"),
            "after-quote",
            "wrote",
        ),
        (
            "a person's name after the verb ends at a preposition: the body where it was said is no speaker",
            "“We will not sign,” said Ana Ruiz at the Coral Union.",
            "We will not sign,",
            Some("Ana Ruiz"),
            "after-quote",
            "said",
        ),
        (
            "a sound after the quote reports it: barked",
            "“We will wait,” Ana Ruiz said.\n\n“That is nonsense,” Tomas Varga barked.",
            "That is nonsense,",
            Some("Tomas Varga"),
            "after-quote",
            "barked",
        ),
        (
            "a reaction after the quote reports it, with the subject inverted",
            "“The plan is sound,” Ana Ruiz said.\n\n“It will fail by spring,” reacted Lina Holm.",
            "It will fail by spring,",
            Some("Lina Holm"),
            "after-quote",
            "reacted",
        ),
        (
            "a gesture after the quote reports it: shrugged",
            "“Talks resume Monday,” Ana Ruiz said.\n\n“Maybe, maybe not,” Ola Berg shrugged.",
            "Maybe, maybe not,",
            Some("Ola Berg"),
            "after-quote",
            "shrugged",
        ),
        (
            "a capitalised office alone is the person the article gave it",
            "Prime Minister Lina Holm flew to Ostmark.\n\nThe PM said the talks were “going nowhere at all.”",
            "going nowhere at all.",
            Some("Lina Holm"),
            "description",
            "said",
        ),
        (
            "a capitalised title alone after the person is named with it",
            "President Tom Ek arrived on Monday. The President said Norland was “ready to sign today.”",
            "ready to sign today.",
            Some("Tom Ek"),
            "description",
            "said",
        ),
        (
            "a capitalised office nobody in the article holds names no one",
            "Norland’s PM warns of “grave provocations” at the border",
            "grave provocations",
            None,
            "",
            "warns",
        ),
        (
            "a sentence adverb between an aside and the verb after the quote",
            "“We will not leave,” Ana Ruiz, whose office faces the square, nevertheless assured Radio Norland.",
            "We will not leave,",
            Some("Ana Ruiz"),
            "after-quote",
            "assured",
        ),
        (
            "'meanwhile' between the speaker and the verb after the quote",
            "“Talks go on in good faith,” Tom Ek meanwhile told Radio Vetland.",
            "Talks go on in good faith,",
            Some("Tom Ek"),
            "after-quote",
            "told",
        ),
        (
            "'nonetheless' between the speaker and the verb after the quote",
            "“The border stays open to trade,” Ola Berg, the trade minister, nonetheless told Radio Norland.",
            "The border stays open to trade,",
            Some("Ola Berg"),
            "after-quote",
            "told",
        ),
        (
            "the subject of the reporting verb before a partial quote outranks the source cited after it",
            "Tom Ek said that the plan was “a fair start,” according to Radio Norland.",
            "a fair start,",
            Some("Tom Ek"),
            "before-quote",
            "said",
        ),
        (
            "an opening aside leaves the subject named before its verb",
            "Questioned by reporters, Ola Berg insisted that “nothing has changed at all,” according to Radio Vetland.",
            "nothing has changed at all,",
            Some("Ola Berg"),
            "before-quote",
            "insisted",
        ),
        (
            "a speaker with no name before the verb leaves the quote to the source",
            "Ana Ruiz left the stage after someone shouted “Fire in the hall!,” according to the Vetland Police Service.",
            "Fire in the hall!,",
            Some("Vetland Police Service"),
            "according-to",
            "according to",
        ),
        (
            "a name far from its verb leaves the quote to the source",
            "Lina Holm met Tom Ek, saying the visit was “a turning point for the region,” according to Radio Norland.",
            "a turning point for the region,",
            Some("Radio Norland"),
            "according-to",
            "according to",
        ),
        (
            "a sentence quoted after its reporting clause outranks the source cited after it",
            "Tom Ek thanked Ana Ruiz for her letter, in which she said, “We stand with you”, according to Radio Norland.",
            "We stand with you",
            Some("Ana Ruiz"),
            "pronoun",
            "said",
        ),
        (
            "an office with its own of-phrase set before a name",
            "Also speaking, the Chairperson of the Norland Commission, Ada Kovac, urged calm.\n\n\
             The chairman also noted “deep worries” in the north.",
            "deep worries",
            Some("Ada Kovac"),
            "description",
            "noted",
        ),
        (
            "a title no one carries goes to the last subject without an office",
            "Sheikh Ali Hamad spoke at a conference in Rome on Friday.\n\n“We want calm,” the foreign minister said.",
            "We want calm,",
            Some("Ali Hamad"),
            "description",
            "said",
        ),
        (
            "a title no one carries skips a person after a preposition",
            "Reporters met with Tom Ek in Rome on Friday.\n\n“We want calm,” the foreign minister said.",
            "We want calm,",
            None,
            "",
            "said",
        ),
        (
            "a title no one carries skips a person holding another office",
            "President Tom Ek spoke in Rome on Friday.\n\n“We want calm,” the foreign minister said.",
            "We want calm,",
            None,
            "",
            "said",
        ),
        (
            "a statement described only by a statement points further back",
            "The Foreign Ministry issued a statement on Monday.\n\nThe statement referred to the talks in Oslo.\n\n\
             The statement stressed “the need for calm on all sides”.",
            "the need for calm on all sides",
            Some("Foreign Ministry"),
            "description",
            "stressed",
        ),
        (
            "a pronoun after a description standing as subject",
            "“Talks will go on,” Foreign Minister Taro Sato told Mr. Tom Ek of Radio Norland.\n\n\
             The Veldorian foreign minister also spoke about trade.\n\n\
             On trade, he called the tariff plan a “grave mistake” for both sides.",
            "grave mistake",
            Some("Taro Sato"),
            "pronoun",
            "called",
        ),
        (
            "a name inside the question of “Asked ..., she said” is not her",
            "Foreign Minister Ms. Ana Ruiz met Tom Ek on Monday.\n\n\
             Asked what message Ek had delivered, she said: “Nothing we had not heard before.”",
            "Nothing we had not heard before.",
            Some("Ana Ruiz"),
            "pronoun",
            "said",
        ),
        (
            "a name right after the article stands for itself",
            "“The meetings were held in secret,” noted the Norland Journal this week.",
            "The meetings were held in secret,",
            Some("Norland Journal"),
            "after-quote",
            "noted",
        ),
        (
            "a name with its article after the verb is an object",
            "Sen. Ana Ruiz (D-Nor.), also a candidate, called the Norland Journal “a danger to peace”.",
            "a danger to peace",
            Some("Ana Ruiz"),
            "before-quote",
            "called",
        ),
        (
            "a name qualifying the title of the person after it",
            "Democratic presidential candidate Ana Ruiz is releasing an ad that urges voters to “send a message” to banks.",
            "send a message",
            Some("Ana Ruiz"),
            "before-quote",
            "releasing",
        ),
        (
            "an aside after a subject with titles in front",
            "Former Norland governor Ana Ruiz, an early ally of the president, calls the issue “a priority”.",
            "a priority",
            Some("Ana Ruiz"),
            "before-quote",
            "calls",
        ),
        (
            "an abbreviated office resolves to its holder",
            "Prime Minister Ana Ruiz met Tom Ek in Oslo.\n\nThe Norland PM announced that fees would be “cut at once” for traders.",
            "cut at once",
            Some("Ana Ruiz"),
            "description",
            "announced",
        ),
        (
            "an abbreviated office with a country in front",
            "Vice President Tom Ek toured the port with Governor Ana Ruiz.\n\nThe Norland VP told reporters the port was “a model for the region”.",
            "a model for the region",
            Some("Tom Ek"),
            "description",
            "told",
        ),
        (
            "the vice president abbreviated",
            "Vice President Tom Ek toured the port with Governor Ana Ruiz.\n\n“We are here to stay,” the VP said.",
            "We are here to stay,",
            Some("Tom Ek"),
            "description",
            "said",
        ),
        (
            "a person of a country, with an aside, is the speaker",
            "Ambassador Lena Varga of Norland, chair of the review, told reporters she was “deeply frustrated” by the result.",
            "deeply frustrated",
            Some("Lena Varga"),
            "before-quote",
            "told",
        ),
        (
            "a person of a country before the verb",
            "Tom Ek met envoys on Monday.\n\nForeign Minister Ana Ruiz of Veldoria said the plan was “a step back for everyone”.",
            "a step back for everyone",
            Some("Ana Ruiz"),
            "before-quote",
            "said",
        ),
        (
            "a person of a country after the quote",
            "“We will not sign this text,” said Envoy Ana Ruiz of Veldoria, the chair of the bloc.",
            "We will not sign this text,",
            Some("Ana Ruiz"),
            "after-quote",
            "said",
        ),
        (
            "a name after a possessive description following the verb",
            "“We will start at once,” added his campaign manager Tom Ek.",
            "We will start at once,",
            Some("Tom Ek"),
            "after-quote",
            "added",
        ),
        (
            "a name after a possessive description and an aside",
            "“We have a path,” said her chief negotiator Tom Ek, speaking to Radio Norland after the rally ended.",
            "We have a path,",
            Some("Tom Ek"),
            "after-quote",
            "said",
        ),
        (
            "a possessive description naming no one stays a description",
            "“The door is open,” said his spokesman on Monday.",
            "The door is open,",
            None,
            "",
            "",
        ),
        (
            "a body named before a title qualifies the title",
            "The Northern Trade Council (NTC) met on Monday.\n\n“Nobody expects miracles,” an NTC diplomat said.",
            "Nobody expects miracles,",
            Some("an NTC diplomat"),
            "description",
            "said",
        ),
        (
            "a body by its acronym speaks when no title follows",
            "The Northern Trade Council met on Monday.\n\n“Nobody expects miracles,” said the NTC in a statement.",
            "Nobody expects miracles,",
            Some("Northern Trade Council"),
            "after-quote",
            "said",
        ),
        (
            "a body named in full before a title qualifies it too",
            "The Northern Trade Council met on Monday.\n\n“The text is ready,” said a Northern Trade Council official.",
            "The text is ready,",
            Some("a Northern Trade Council official"),
            "description",
            "said",
        ),
        (
            "an unnamed official described as written",
            "Talks resumed in Oslo.\n\n“We are close to a deal,” a senior Veldorian official told reporters.",
            "We are close to a deal,",
            Some("a senior Veldorian official"),
            "description",
            "told",
        ),
        (
            "a bare indefinite title is too vague to name",
            "Talks resumed in Oslo.\n\n“We are close to a deal,” an official said.",
            "We are close to a deal,",
            None,
            "",
            "said",
        ),
        (
            "a subject with a title before a quote that opens with its verb",
            "Talks resumed on Monday.\n\nCommissioner Ana Ruiz “calls on all parties to return to the table without delay”.",
            "calls on all parties to return to the table without delay",
            Some("Ana Ruiz"),
            "before-quote",
            "",
        ),
        (
            "a possessor before a quote that opens like a verb says nothing",
            "Tom Ek met the council on Monday.\n\nEk’s “excesses are the problem here and everyone knows it”, the paper wrote in its editorial.",
            "excesses are the problem here and everyone knows it",
            None,
            "",
            "wrote",
        ),
        (
            "a named subject before a quote that opens with its verb",
            "Tom Ek met the council on Monday.\n\nTom Ek “welcomes the decision of the council and thanks its members”.",
            "welcomes the decision of the council and thanks its members",
            Some("Tom Ek"),
            "before-quote",
            "",
        ),
        (
            "an object before a quote that opens with a verb is no subject",
            "The council thanked Tom Ek, who “remains committed to the talks in every way”.",
            "remains committed to the talks in every way",
            None,
            "",
            "",
        ),
        (
            "a region before a plural of leaders is the collective",
            "Coral Sea leaders issued a call for “an ocean of calm” on Monday.",
            "an ocean of calm",
            Some("Coral Sea leaders"),
            "before-quote",
            "issued",
        ),
        (
            "a body before an office in the plural",
            "The Northern Trade Council met in Oslo.\n\nNorthern Trade Council foreign ministers said the plan was “a fair start for all of us”.",
            "a fair start for all of us",
            Some("Northern Trade Council foreign ministers"),
            "before-quote",
            "said",
        ),
        (
            "a country before its lawmakers",
            "Instead, Norland lawmakers advocated finding “a new and realistic framework” for the talks.",
            "a new and realistic framework",
            Some("Norland lawmakers"),
            "before-quote",
            "advocated",
        ),
        (
            "an indefinite description with its verb after a place is no appositive",
            "Ties will grow “in every field of common interest” between Norland and Vetland, a Norland foreign office spokesperson said.\n\n“We spoke for an hour,” the spokesperson added.",
            "We spoke for an hour,",
            None,
            "",
            "added",
        ),
        (
            "an indefinite description with its verb names the speaker as written",
            "Ties will grow “in every field of common interest” between Norland and Vetland, a Norland foreign office spokesperson said.",
            "in every field of common interest",
            Some("a Norland foreign office spokesperson"),
            "description",
            "said",
        ),
        (
            "an indefinite appositive without a verb still describes the name",
            "Talks went on with Ana Ruiz, a Norland foreign office spokesperson, in the room.\n\n“We spoke for an hour,” the spokesperson said.",
            "We spoke for an hour,",
            Some("Ana Ruiz"),
            "description",
            "said",
        ),
        (
            "no speaker",
            "The crowd chanted a long and angry “we want change and we want it now” all night.",
            "we want change and we want it now",
            None,
            "",
            "",
        ),
        (
            "inverted description after a place",
            "Ana Ruiz, the ministry spokesperson, spoke. Oslo uses “the old story” as a pretext for sanctions on Moscow, the ministry spokesperson stated.",
            "the old story",
            Some("Ana Ruiz"),
            "description",
            "stated",
        ),
        (
            "signature line",
            "Ana Ruiz spoke on Monday.\n\n“We will open the border to trade next year.”\n\n— Ana Ruiz.\n\nThat is not true.",
            "We will open the border to trade next year.",
            Some("Ana Ruiz"),
            "label",
            "",
        ),
        (
            "pronoun after a description subject read on through its verb",
            "Foreign Minister Ana Ruiz said on Monday that talks will go on.\n\nShe condemned General Lena Berg.\n\nOn the plan, the foreign minister expressed her welcome for any initiatives.\n\nShe also said, “We talked with the administration about the plan for weeks.”",
            "We talked with the administration about the plan for weeks.",
            Some("Ana Ruiz"),
            "pronoun",
            "said",
        ),
        (
            "participle after an object and a place aside",
            "Speaking in Salem, New Hampshire, Ana Ruiz went after Tom Ek, calling him “a total stiff.”",
            "a total stiff.",
            Some("Ana Ruiz"),
            "before-quote",
            "calling",
        ),
        (
            "main clause subject past a subordinate clause without a cue",
            "After Governor Tom Ek criticized the plan during a debate, Ana Ruiz shot back, “I chose to fulfil my duty to the voters.”",
            "I chose to fulfil my duty to the voters.",
            Some("Ana Ruiz"),
            "before-quote",
            "shot",
        ),
        (
            "pronoun past a sentence opened by the same pronoun",
            "“We are proud of the progress,” Ana Ruiz said. She added that more effort is needed to address conflict situations in Somalia, Guinea-Bissau, eastern DR Congo, Darfur and Mali. “We must continue to support those countries in their recovery,” she said.",
            "We must continue to support those countries in their recovery,",
            Some("Ana Ruiz"),
            "pronoun",
            "said",
        ),
        (
            "a plural opening the sentence, its verb of speech as cue",
            "Ana Ruiz opened the summit.\n\nForeign ministers of the Coral Forum voiced alarm over “rising” tension near the strait.",
            "rising",
            Some("Foreign ministers"),
            "before-quote",
            "voiced",
        ),
        (
            "a plural opening the sentence, a past form after a phrase as cue",
            "Ana Ruiz opened the summit.\n\nDelegates from ten member states gathered for the “family photo” on the pier.",
            "family photo",
            None,
            "",
            "gathered",
        ),
        (
            "a plural opening the sentence, a verb of speech past a phrase",
            "Ana Ruiz opened the summit.\n\nPacific envoys from the island states warned of a “dangerous drift” in the talks.",
            "dangerous drift",
            Some("Pacific envoys"),
            "before-quote",
            "warned",
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
            "Ola Berg said “never\n\nA new paragraph with “a quote of some considerable length here” in it.",
            &[("never", QuoteKind::Partial), ("a quote of some considerable length here", QuoteKind::Partial)],
        ),
        (
            "scare quotes without speaker or cue are dropped",
            "The “peace dividend” never came, and the so-called “grand bargain” stalled.",
            &[],
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
