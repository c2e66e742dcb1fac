//! The scoring rules, one small function each, over slices of tokens.
//!
//! Scopes are bounded by clause punctuation: a negator never reaches across
//! a comma, so in "partners, not rivals" the "not" touches "rivals" only.

use std::ops::Range;

use super::{Rule, RuleConfig, Term};
use crate::lexicon::{Class, Lexicon};
use crate::tokenize::Token;

/// The valence shifters of a token list, indexed by the token they start at.
#[derive(Debug)]
pub struct Shifters<'t> {
    /// For each token, the shifter starting there: (class, weight, length).
    at: Vec<Option<(Class, f64, usize)>>,
    /// For each token, the lexicon entry of the shifter starting there.
    entry: Vec<Option<usize>>,
    /// Token texts, for the few rules that look at function words:
    /// borrowed from the tokens, never copied.
    text: Vec<&'t str>,
    /// Clause boundaries: punctuation that ends a scope.
    boundary: Vec<bool>,
    /// Sentence ends.
    sentence_end: Vec<bool>,
    /// Question marks.
    question: Vec<bool>,
    /// Per-position lookups, built once so that every rule runs in time
    /// linear in the text, however long its sentences and clauses.
    index: Index,
    /// Elementary steps taken (tokens and shifters looked at), to check
    /// that scoring stays linear in its input.
    steps: std::cell::Cell<u64>,
    /// The main verb of each sentence, at the sentence's first token, once
    /// found ([`UNSEEN`] before): [`lead`] and [`backdrop`] both ask.
    main_verbs: std::cell::RefCell<Vec<u32>>,
}

/// The buffers of a [`Shifters`], kept by each thread between token lists.
#[derive(Default)]
struct Spare {
    at: Vec<Option<(Class, f64, usize)>>,
    entry: Vec<Option<usize>>,
    /// Always empty: only its allocation is kept.
    text: Vec<&'static str>,
    boundary: Vec<bool>,
    sentence_end: Vec<bool>,
    question: Vec<bool>,
    index: Index,
    main_verbs: Vec<u32>,
}

thread_local! {
    /// The buffers of the last [`Shifters`] dropped on this thread.
    static SPARE: std::cell::Cell<Option<Spare>> = const { std::cell::Cell::new(None) };
}

impl Drop for Shifters<'_> {
    /// Hands the buffers back to this thread for the next token list.
    fn drop(&mut self) {
        let spare = Spare {
            at: std::mem::take(&mut self.at),
            entry: std::mem::take(&mut self.entry),
            text: recycle(std::mem::take(&mut self.text)),
            boundary: std::mem::take(&mut self.boundary),
            sentence_end: std::mem::take(&mut self.sentence_end),
            question: std::mem::take(&mut self.question),
            index: std::mem::take(&mut self.index),
            main_verbs: std::mem::take(self.main_verbs.get_mut()),
        };
        // A thread-local that is already gone (thread exit) keeps nothing.
        let _ = SPARE.try_with(|s| s.set(Some(spare)));
    }
}

/// An empty vector of strings of any lifetime with the allocation of `v`:
/// the strings are dropped first, so none outlives its text, and collecting
/// an iterator over a vector into a vector of the same layout reuses its
/// buffer.
fn recycle<'b>(mut v: Vec<&str>) -> Vec<&'b str> {
    v.clear();
    v.into_iter().map(|_| "").collect()
}

/// Marks a sentence whose main verb was not looked for yet.
const UNSEEN: u32 = u32::MAX - 1;

/// Marks "no such token" in the position tables.
const NONE: u32 = u32::MAX;

/// The shifter classes that rules look for in windows, in table order.
const WINDOW_CLASSES: [Class; 7] = [
    Class::Negator,
    Class::Deescalator,
    Class::Intensifier,
    Class::Diminisher,
    Class::Strengthener,
    Class::Hedge,
    Class::Contrast,
];

/// Position tables of a token list of n tokens; every table indexed by a
/// position p in 0..=n.
#[derive(Debug, Default)]
struct Index {
    /// Start of the clause holding token p.
    clause_from: Vec<u32>,
    /// Start and end of the sentence holding token p.
    sentence_from: Vec<u32>,
    sentence_to: Vec<u32>,
    /// First clause boundary at or after p, and first boundary other than
    /// a comma.
    next_boundary: Vec<u32>,
    next_hard_boundary: Vec<u32>,
    /// For each class of [`WINDOW_CLASSES`], the last shifter of that class
    /// starting before p.
    last_of: Vec<[u32; 7]>,
    /// For a shifter at i, the previous shifter of the same class.
    prev_same: Vec<u32>,
    /// Last wh-word before p; last "not only/just/merely" before p; last
    /// first-person word before p; last all-parties word before p.
    last_wh: Vec<u32>,
    last_not_only: Vec<u32>,
    last_first_person: Vec<u32>,
    last_all_parties: Vec<u32>,
    /// First strong, non-additive contrast word at or after p.
    next_strong_contrast: Vec<u32>,
}

fn slot(class: Class) -> Option<usize> {
    WINDOW_CLASSES.iter().position(|&c| c == class)
}

/// Wh-words that question what follows them in their clause.
fn is_wh(w: &str) -> bool {
    matches!(w, "who" | "whom" | "whose" | "why" | "how" | "what" | "where")
}

/// First-person words that bind an obligation to the speaker's side.
fn is_first_person(w: &str) -> bool {
    matches!(w, "we" | "i" | "us" | "our" | "my" | "let" | "let's")
}

/// A table entry as an option.
fn opt(v: u32) -> Option<usize> {
    (v != NONE).then_some(v as usize)
}

impl<'t> Shifters<'t> {
    /// Finds the shifters and boundaries of `tokens`.
    pub fn new(lex: &Lexicon, tokens: &'t [Token]) -> Shifters<'t> {
        Shifters::from_hits(lex, tokens, lex.find_shifters(tokens))
    }

    /// Indexes shifter hits already found in `tokens`. The tables are
    /// filled into buffers this thread used for the last token list, so
    /// that scoring a quote allocates nothing here once they are big enough.
    pub fn from_hits(lex: &Lexicon, tokens: &'t [Token], hits: Vec<crate::lexicon::Hit>) -> Shifters<'t> {
        let n = tokens.len();
        let mut spare = SPARE.try_with(std::cell::Cell::take).ok().flatten().unwrap_or_default();
        let mut at = std::mem::take(&mut spare.at);
        at.clear();
        at.resize(n, None);
        let mut entry = std::mem::take(&mut spare.entry);
        entry.clear();
        entry.resize(n, None);
        for h in &hits {
            let e = lex.entry(h.entry);
            at[h.tokens.start] = Some((e.class, e.weight, h.tokens.len()));
            entry[h.tokens.start] = Some(h.entry);
        }
        let mut text: Vec<&'t str> = recycle(std::mem::take(&mut spare.text));
        text.extend(tokens.iter().map(|t| t.text.as_str()));
        let mut boundary = std::mem::take(&mut spare.boundary);
        boundary.clear();
        boundary.extend(
            tokens
                .iter()
                .map(|t| matches!(t.text.as_str(), "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "\"" | "...")),
        );
        let mut sentence_end = std::mem::take(&mut spare.sentence_end);
        sentence_end.clear();
        sentence_end.extend(tokens.iter().map(|t| matches!(t.text.as_str(), "." | "!" | "?")));
        let mut question = std::mem::take(&mut spare.question);
        question.clear();
        question.extend(tokens.iter().map(|t| t.text == "?"));
        let mut main_verbs = std::mem::take(&mut spare.main_verbs);
        main_verbs.clear();
        main_verbs.resize(n, UNSEEN);
        let mut sh = Shifters {
            at,
            entry,
            text,
            boundary,
            sentence_end,
            question,
            index: Index::default(),
            steps: std::cell::Cell::new(0),
            main_verbs: std::cell::RefCell::new(main_verbs),
        };
        sh.index = sh.build_index(std::mem::take(&mut spare.index));
        sh
    }

    /// Adds `n` elementary steps.
    pub(crate) fn step(&self, n: usize) {
        self.steps.set(self.steps.get().saturating_add(n as u64));
    }

    /// Elementary steps taken so far.
    pub fn steps(&self) -> u64 {
        self.steps.get()
    }

    /// The shifter that starts at token `i`, if any: its class, its
    /// length in tokens and its lexicon entry.
    pub(crate) fn shifter_at(&self, i: usize) -> Option<(Class, usize, usize)> {
        let (class, _, len) = self.at.get(i).copied().flatten()?;
        Some((class, len, self.entry[i]?))
    }

    /// The class, weight and length of the shifter that starts at token
    /// `i`, if any.
    pub(crate) fn weighted_at(&self, i: usize) -> Option<(Class, f64, usize)> {
        self.at.get(i).copied().flatten()
    }

    /// Builds the position tables in a few passes over the tokens, into
    /// the buffers of `ix`.
    fn build_index(&self, mut ix: Index) -> Index {
        let n = self.text.len();
        self.step(8 * (n + 1));
        // Every forward table gets one entry per position: sized once,
        // never regrown.
        for v in [
            &mut ix.clause_from,
            &mut ix.sentence_from,
            &mut ix.last_wh,
            &mut ix.last_not_only,
            &mut ix.last_first_person,
            &mut ix.last_all_parties,
        ] {
            v.clear();
            v.reserve(n + 1);
        }
        ix.last_of.clear();
        ix.last_of.reserve(n + 1);
        // Forward: what stands before p.
        let (mut clause, mut sentence) = (0usize, 0usize);
        let mut last = [NONE; 7];
        let (mut wh, mut not_only, mut first, mut all) = (NONE, NONE, NONE, NONE);
        ix.prev_same.clear();
        ix.prev_same.resize(n, NONE);
        for p in 0..=n {
            ix.clause_from.push(clause as u32);
            ix.sentence_from.push(sentence as u32);
            ix.last_of.push(last);
            ix.last_wh.push(wh);
            ix.last_not_only.push(not_only);
            ix.last_first_person.push(first);
            ix.last_all_parties.push(all);
            if p == n {
                break;
            }
            if self.boundary[p] {
                clause = p + 1;
            }
            if self.sentence_end[p] {
                sentence = p + 1;
            }
            if let Some((c, _, _)) = self.at[p] {
                if let Some(k) = slot(c) {
                    ix.prev_same[p] = last[k];
                    last[k] = p as u32;
                }
            }
            let w = self.text[p];
            if is_wh(w) {
                wh = p as u32;
            }
            if w == "not" && self.text.get(p + 1).is_some_and(|x| matches!(*x, "only" | "just" | "merely")) {
                not_only = p as u32;
            }
            if is_first_person(w) {
                first = p as u32;
            }
            if ALL_PARTIES.contains(&w) {
                all = p as u32;
            }
        }
        // Backward: what stands at or after p.
        ix.sentence_to.clear();
        ix.sentence_to.resize(n + 1, n as u32);
        for v in [&mut ix.next_boundary, &mut ix.next_hard_boundary, &mut ix.next_strong_contrast] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        for p in (0..n).rev() {
            ix.sentence_to[p] = if self.sentence_end[p] { p as u32 + 1 } else { ix.sentence_to[p + 1] };
            ix.next_boundary[p] = if self.boundary[p] { p as u32 } else { ix.next_boundary[p + 1] };
            ix.next_hard_boundary[p] =
                if self.boundary[p] && self.text[p] != "," { p as u32 } else { ix.next_hard_boundary[p + 1] };
            let strong = matches!(self.at[p], Some((Class::Contrast, w, _)) if w > 1.0);
            ix.next_strong_contrast[p] = if strong && !self.additive_with(&ix, p, ix.sentence_from[p] as usize) {
                p as u32
            } else {
                ix.next_strong_contrast[p + 1]
            };
        }
        ix
    }

    /// [`additive`] with the tables built so far (the forward ones).
    fn additive_with(&self, ix: &Index, i: usize, from: usize) -> bool {
        if self.text[i] != "but" {
            return false;
        }
        let also = self
            .text
            .get(i + 1)
            .is_some_and(|w| matches!(*w, "also" | "particularly" | "especially" | "notably" | "above"));
        also || opt(ix.last_not_only[i]).is_some_and(|j| j >= from)
    }

    /// [`main_verb`] of the sentence `s` (a range from [`Shifters::sentence`]),
    /// looked for once per sentence.
    fn sentence_main_verb(&self, s: Range<usize>) -> Option<usize> {
        let known = self.main_verbs.borrow().get(s.start).copied();
        match known {
            Some(UNSEEN) => {
                let v = main_verb(self, s.clone());
                self.main_verbs.borrow_mut()[s.start] = v.map_or(NONE, |v| v as u32);
                v
            }
            Some(v) => opt(v),
            None => main_verb(self, s),
        }
    }

    /// Start of the clause holding token `i`.
    fn clause_start(&self, i: usize) -> usize {
        self.step(1);
        self.index.clause_from[i] as usize
    }

    /// Start of the sentence holding token `i`.
    pub(crate) fn sentence_start(&self, i: usize) -> usize {
        self.step(1);
        self.index.sentence_from[i] as usize
    }

    /// The sentence holding token `i`.
    fn sentence(&self, i: usize) -> Range<usize> {
        self.step(1);
        self.index.sentence_from[i] as usize..self.index.sentence_to[i] as usize
    }

    /// Whether the shifter at `i` is followed by one of `words` ("not to",
    /// "ended in").
    fn followed_by(&self, i: usize, words: &[&str]) -> bool {
        let len = self.at[i].map_or(1, |(_, _, len)| len);
        self.text.get(i + len).is_some_and(|w| words.contains(w))
    }

    /// Shifters of `class` that start and end inside `window`, nearest last.
    fn in_window(&self, window: Range<usize>, class: Class) -> Option<(usize, f64)> {
        let end = window.end;
        let Some(k) = slot(class) else {
            self.step(window.len());
            return window.rev().find_map(|i| match self.at[i] {
                Some((c, w, len)) if c == class && i + len <= end => Some((i, w)),
                _ => None,
            });
        };
        // The shifters of `class` before the end, nearest first: only those
        // that run past the end are passed over, and shifters are short.
        let mut i = opt(self.index.last_of[end][k]);
        while let Some(j) = i.filter(|&j| j >= window.start) {
            self.step(1);
            if let Some((_, w, len)) = self.at[j] {
                if j + len <= end {
                    return Some((j, w));
                }
            }
            i = opt(self.index.prev_same[j]);
        }
        None
    }
}

/// Applies every rule to one term, in a fixed order.
pub fn apply(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    deescalate(t, sh, cfg);
    admonish(t, sh, cfg);
    negate(t, sh, cfg);
    intensify(t, sh, cfg);
    modality(t, sh);
    contrast(t, sh);
    question(t, sh, cfg);
}

/// The window of `n` tokens before the term, cut at its clause start.
fn before(t: &Term, sh: &Shifters, n: usize) -> Range<usize> {
    let start = t.tokens.start;
    start.saturating_sub(n).max(sh.clause_start(start))..start
}

/// Scales a term by `factor` and records the rule and the token that set it off.
pub(super) fn change(t: &mut Term, factor: f64, rule: Rule, trigger: usize) {
    t.value *= factor;
    t.rules.push(rule);
    t.triggers.push(trigger);
}

/// "prevent escalation", "calm tensions": a negative word under a
/// de-escalating verb reads as cooperative. When the word names another
/// party's wrongdoing ("end the occupation", "stop this aggression"), the
/// call is an accusation: the word keeps its sign, damped as much.
pub fn deescalate(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    if t.value >= 0.0 {
        return;
    }
    if let Some((i, w)) = sh.in_window(before(t, sh, cfg.deescalation_window), Class::Deescalator) {
        if i > 0 && POSSESSIVE.contains(&sh.text[i - 1]) {
            // "Whoever doubts our resolve will pay a heavy price": after a
            // possessive the word is a noun and governs no object.
            return;
        }
        if sh.followed_by(i, &["in", "up"]) {
            // "The siege ended in a massacre", "ended up in war": the
            // verb says how it came out, and ends nothing.
            return;
        }
        if copula_between(sh, i, t.tokens.start) {
            // "Our decision to withdraw is irreversible": the word after
            // the copula says what the act is, and is not its object.
            return;
        }
        if t.tokens.clone().any(|j| accuses(sh.text[j])) {
            change(t, -w, Rule::Accusation, i);
        } else {
            change(t, w, Rule::Deescalation, i);
        }
    }
}

/// Possessive determiners: a word after one is a noun ("our resolve",
/// "their end"), not a verb with an object.
const POSSESSIVE: &[&str] = &["our", "their", "its", "his", "my", "your"];

/// Forms of "be": a verb's object does not stand past one.
const COPULA: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];

/// Whether a form of "be" stands between a de-escalating verb at `verb`
/// and a word at `at`: the word is then predicated of the clause, not the
/// verb's object ("to withdraw is irreversible", "stopping it was
/// dangerous"). The window is the de-escalation window, a few tokens.
fn copula_between(sh: &Shifters, verb: usize, at: usize) -> bool {
    sh.step(at.saturating_sub(verb));
    (verb + 1..at).any(|k| COPULA.contains(&sh.text[k]))
}

/// Beginnings of warning words that name another party's wrongdoing, not
/// a harm both sides share: "aggression", "occupation", "interference".
const ACCUSATORY: &[&str] = &[
    "aggress",
    "occupation",
    "occupying",
    "invasion",
    "invad",
    "crime",
    "criminal",
    "atrocit",
    "genocid",
    "interfer",
    "meddl",
    "provocat",
    "bully",
    "hegemon",
    "violation",
    "blockade",
    "annex",
    "illegal",
    "massacre",
    "repressi",
    "oppressi",
    "persecut",
    "brutal",
];

/// Whether a warning word `word` accuses another party; a phrase accuses
/// when any of its words does ("war of aggression").
pub(super) fn accuses(word: &str) -> bool {
    ACCUSATORY.iter().any(|a| word.starts_with(a))
}

/// "warned them not to play with fire", "urged both sides never to resort
/// to force": a warning word after "not to" keeps its sign. The danger
/// named is the point of the sentence, and the negator does not flip it.
pub fn admonish(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    if t.value >= 0.0 {
        return;
    }
    if let Some((i, _)) = sh.in_window(before(t, sh, cfg.negation_window), Class::Negator) {
        if sh.followed_by(i, &["to"]) {
            change(t, 1.0, Rule::Admonition, i);
        }
    }
}

/// "will not help", "partners, not rivals": a negator in scope flips and
/// damps the value. A negated warning word turns only mildly cooperative
/// ("we will not retaliate" reassures, but less than a word of praise).
pub fn negate(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    if t.rules.contains(&Rule::Admonition) {
        return;
    }
    if let Some((i, w)) = sh.in_window(before(t, sh, cfg.negation_window), Class::Negator) {
        if opposing_verb_between(sh, i, t.tokens.start) {
            return;
        }
        let factor = if t.value < 0.0 { w * cfg.negated_warning_factor } else { w };
        change(t, factor, Rule::Negation, i);
    }
}

/// Beginnings of verbs that act against their object, beyond the verbs of
/// harm: "question", "attack", "violate".
const OPPOSING_VERB: &[&str] = &[
    "question", "doubt", "challeng", "disput", "oppos", "attack", "criticis", "criticiz", "condemn", "reject",
    "violat", "breach", "betray", "abandon",
];

/// Whether a verb that acts against its object ([`HARM_VERB`],
/// [`OPPOSING_VERB`]) stands between the negator at `neg` and the word at
/// `to`. The negation then belongs to that verb: "never threatened freedom
/// of navigation" denies a threat and leaves freedom as it is, and "did not
/// question the partnership" does not deny the partnership.
fn opposing_verb_between(sh: &Shifters, neg: usize, to: usize) -> bool {
    let len = sh.at[neg].map_or(1, |(_, _, len)| len);
    sh.text[(neg + len).min(to)..to].iter().any(|w| HARM_VERB.iter().chain(OPPOSING_VERB).any(|v| w.starts_with(v)))
}

/// Beginnings of verbs of harm, which govern a direct object: "undermine
/// the talks", "threatens peace", "derail the process".
const HARM_VERB: &[&str] = &[
    "undermin", "obstruct", "sabotag", "derail", "jeopardi", "hinder", "hamper", "imped", "torpedo", "wreck",
    "disrupt", "block", "endanger", "damag", "harm", "spoil", "destroy", "scuttl", "erode", "eroding", "threaten",
];

/// Words that make a stake the party's own: "our interests", "its
/// sovereignty", "national security". ("their" is left out: "protect their
/// rights" is as often said of others in need.)
const OWN: &[&str] = &["our", "its", "national", "own", "my"];

/// What a party claims against others when it speaks of protecting it.
const STAKE: &[&str] = &["interests", "interest", "sovereignty", "security", "rights", "territory", "borders"];

/// "will take the steps it deems necessary to protect its national energy
/// security", "to safeguard our interests": a cooperative verb of
/// protection whose object is the party's own stake (a word of [`OWN`],
/// then a [`STAKE`] word, both in the five tokens after the verb and in
/// its clause) asserts that
/// stake against others, which diplomatic speech counts as a warning, as
/// it counts "defend our interests". Such a term changes sign.
pub fn assert_stake(terms: &mut [Term], sh: &Shifters) {
    for t in terms.iter_mut() {
        let word = sh.text[t.tokens.start];
        if t.value <= 0.0 || !t.rules.is_empty() || !(word.starts_with("protect") || word.starts_with("safeguard")) {
            continue;
        }
        let end = t.tokens.end;
        let window = end..(end + 5).min(sh.text.len());
        let clause_end = window.clone().find(|&j| sh.boundary[j]).unwrap_or(window.end);
        let Some(own) = (end..clause_end).find(|&j| OWN.contains(&sh.text[j])) else { continue };
        if let Some(stake) = (own + 1..clause_end).find(|&j| STAKE.contains(&sh.text[j])) {
            change(t, -1.0, Rule::Assertion, stake);
        }
    }
}

/// Beginnings of nouns of harm, which govern their object through "to",
/// "for" or "against": "a threat to peace", "a blow to the talks".
const HARM_NOUN: &[&str] = &["threat", "danger", "blow", "setback", "obstacle", "damage", "harm"];

/// Whether a warning term starting with `word`, followed by `next`, harms
/// what comes after it: not "threats and partners", "harmony" or "blowout".
fn harms(word: &str, next: &str) -> bool {
    if word.starts_with("harmon") || word.starts_with("blowout") {
        return false;
    }
    HARM_VERB.iter().any(|h| word.starts_with(h))
        || HARM_NOUN.iter().any(|h| word.starts_with(h)) && matches!(next, "to" | "for" | "against")
}

/// "They tried to undermine the peace process", "a threat to peace and
/// stability": a cooperative word governed by a verb or noun of harm names
/// what is harmed, so it adds to the warning instead of offsetting it. The
/// first cooperative terms starting within `cfg.obstruction_window` tokens
/// after the harm word, in its clause and with no other warning word
/// between, are multiplied by `cfg.obstruction_factor` (negative). A
/// conjunction within reach carries the reach on to the next conjunct.
/// Terms another rule already changed are left alone, unless that rule
/// only graded them (a hedge, an intensifier, a contrast).
pub fn obstruct(terms: &mut [Term], sh: &Shifters, cfg: &RuleConfig) {
    for k in 0..terms.len() {
        let h = &terms[k];
        // The word after the harm noun, or the last word of a phrase that
        // includes it ("threat to").
        let last = &sh.text[h.tokens.end - 1];
        let next = if h.tokens.len() > 1 && matches!(*last, "to" | "for" | "against") {
            last
        } else {
            sh.text.get(h.tokens.end).map_or("", |w| w)
        };
        if h.value >= 0.0 || !harms(sh.text[h.tokens.start], next) {
            continue;
        }
        let (at, end) = (h.tokens.start, h.tokens.end);
        let clause_end = opt(sh.index.next_hard_boundary[end]).unwrap_or(sh.text.len());
        // A conjunction within reach carries it on to the next conjunct
        // ("obstruct and restrict cross-Strait exchanges and cooperation");
        // a hyphenated compound counts as one word.
        let mut reach = end + cfg.obstruction_window;
        let mut j = end;
        while j < reach.min(clause_end) {
            sh.step(1);
            match sh.text[j] {
                "and" | "or" => reach = reach.max(j + 1 + cfg.obstruction_window),
                "-" => reach += 2,
                _ => {}
            }
            j += 1;
        }
        for t in terms[k + 1..].iter_mut() {
            if t.tokens.start >= reach.min(clause_end) || t.value < 0.0 {
                break;
            }
            if t.value > 0.0 && t.rules.iter().all(|r| grades(*r)) {
                change(t, cfg.obstruction_factor, Rule::Obstruction, at);
            }
        }
    }
}

/// Rules that only grade a word's weight and leave its sign and its
/// reading alone: a hedged or intensified object of harm is still harmed
/// ("could erode trust").
fn grades(r: Rule) -> bool {
    matches!(r, Rule::Intensifier | Rule::Diminisher | Rule::Hedge | Rule::AfterContrast | Rule::BeforeContrast)
}

/// Weight at or below which a negator is a full one ("not", "never"),
/// not a weak one ("few", "without"): only a full negator reaches far
/// or counts as a bare negation.
pub const FULL_NEGATOR: f64 = -0.7;

/// Negators that are function words, whose scope is grammatical and runs
/// to the end of the clause ("not in favor of dialogue"). Verbs such as
/// "halt" or "suspend" negate their object only, so they are not here.
fn is_clausal_negator(word: &str) -> bool {
    matches!(word, "not" | "no" | "never" | "cannot" | "dont" | "doesnt" | "didnt" | "wont" | "cant" | "isnt" | "wasnt")
        || word.ends_with("n't")
}

/// "did not want to have any solution", "is not in favor of dialogue":
/// a full negator that negates nothing within the negation window reaches
/// the first tone word later in its clause, up to `cfg.negation_scope`
/// tokens after it, when that word is cooperative and untouched by other
/// rules. A distant warning word keeps its sign: "there is no reason for
/// the talks to fail" is still about failure.
pub fn negate_far(terms: &mut [Term], sh: &Shifters, cfg: &RuleConfig) {
    // What already negates something: a negator changes only terms after
    // it, never one that another negator of this loop triggers.
    let used = triggered(terms, sh);
    sh.step(sh.at.len());
    for i in 0..sh.at.len() {
        let Some((Class::Negator, w, len)) = sh.at[i] else { continue };
        if w > FULL_NEGATOR || !is_clausal_negator(sh.text[i]) || used.get(i) == Some(&true) {
            continue;
        }
        let reach = i + len + cfg.negation_scope;
        let Some(t) = first_from(terms, i + len, sh) else { continue };
        if t.tokens.start >= reach
            || sh.clause_start(t.tokens.start) > i
            || opposing_verb_between(sh, i, t.tokens.start)
        {
            continue;
        }
        if t.value > 0.0 && t.rules.is_empty() {
            change(t, w, Rule::Negation, i);
        } else if t.value < 0.0 && t.rules.iter().all(|&r| r == Rule::Hedge) && denied_kind(sh, i + len, t.tokens.start)
        {
            change(t, w * cfg.negated_warning_factor, Rule::Negation, i);
        }
    }
}

/// Which tokens trigger a rule on some term.
fn triggered(terms: &[Term], sh: &Shifters) -> Vec<bool> {
    let mut used = vec![false; sh.text.len()];
    for t in terms {
        sh.step(1 + t.triggers.len());
        for &j in &t.triggers {
            if let Some(u) = used.get_mut(j) {
                *u = true;
            }
        }
    }
    used
}

/// The first term, in order, that starts at or after token `p`: terms are
/// in text order (tone hits are found left to right), so a binary search
/// finds it.
fn first_from<'t>(terms: &'t mut [Term], p: usize, sh: &Shifters) -> Option<&'t mut Term> {
    sh.step(1 + terms.len().max(1).ilog2() as usize);
    let k = terms.partition_point(|t| t.tokens.start < p);
    terms.get_mut(k)
}

/// Whether the words from `from` to `to` deny a kind of agent ("not a
/// nation that would ever threaten", "not a country which threatens"):
/// an article, one or two words, then a relative pronoun. What the
/// relative clause says of that kind is denied with it.
fn denied_kind(sh: &Shifters, from: usize, to: usize) -> bool {
    let words = &sh.text[from..to];
    words.first().is_some_and(|w| matches!(*w, "a" | "an" | "the"))
        && words.iter().skip(1).take(3).position(|w| matches!(*w, "that" | "who" | "which")).is_some_and(|p| p >= 1)
}

/// "not looking to escalate tariffs", "without succumbing to cynicism": a
/// warning word negated by a verbal negator passes its negation on to a
/// warning word right after it (at most a determiner or modifier between)
/// that no rule has touched: the object of a verb that is not done is not
/// done either. So the object reads as it would inside the negation window
/// ("will not impose sanctions").
pub fn negate_object(terms: &mut [Term], sh: &Shifters) {
    for k in 1..terms.len() {
        let (done, rest) = terms.split_at_mut(k);
        let (prev, t) = (&done[k - 1], &mut rest[0]);
        if prev.base >= 0.0 || t.base >= 0.0 || !t.rules.is_empty() || prev.rules != [Rule::Negation] {
            continue;
        }
        let (Some(&i), gap) = (prev.triggers.last(), t.tokens.start.saturating_sub(prev.tokens.end)) else { continue };
        // A determiner negates its noun, not a verb's object: "no words
        // capture the fear".
        let determiner = matches!(sh.text[i], "no" | "none" | "nothing" | "nobody" | "zero" | "few" | "little");
        // Only a determiner or modifier may stand between: "with warships"
        // in "cannot be imposed with warships" is an instrument, not an object.
        let between_ok = match gap {
            0 => true,
            1 => OBJECT_FILLER.contains(&sh.text[prev.tokens.end]),
            _ => false,
        };
        if determiner || !between_ok {
            continue;
        }
        let factor = prev.value / prev.base;
        change(t, factor, Rule::Negation, i);
    }
}

/// Words that may stand between a negated verb and its object.
const OBJECT_FILLER: &[&str] =
    &["the", "a", "an", "any", "new", "further", "more", "these", "those", "this", "its", "their", "our", "such"];

/// Words that may stand between the conjuncts of a negated list.
const CONJUNCT_FILLER: &[&str] = &[",", "and", "or", "nor", "any", "the", "a", "an", "other", "more", "real", "much"];

/// "no respect, goodwill or flexibility", "did not see any progress or
/// goodwill": a negation reaches every conjunct of the list it negates.
/// After a term whose only rule is a negation, the tone words of the same
/// side that follow it, joined by "and", "or", "nor" or commas (with a
/// determiner or two between) in a list that has a conjunction, and that
/// no rule has touched, are negated as it was.
pub fn negate_conjuncts(terms: &mut [Term], sh: &Shifters) {
    let mut k = 0;
    while k < terms.len() {
        let head = &terms[k];
        let (Some(&i), true) = (head.triggers.last(), head.rules == [Rule::Negation]) else {
            k += 1;
            continue;
        };
        let factor = head.value / head.base;
        let positive = head.base > 0.0;
        // The chain of conjuncts after the head.
        let mut chain = Vec::new();
        let mut joined = false;
        let mut end = head.tokens.end;
        for (m, t) in terms.iter().enumerate().skip(k + 1) {
            let between = &sh.text[end.min(t.tokens.start)..t.tokens.start];
            let fits = between.len() <= 3 && !between.is_empty() && between.iter().all(|w| CONJUNCT_FILLER.contains(w));
            if !fits || (t.base > 0.0) != positive || !t.rules.is_empty() {
                break;
            }
            joined |= between.iter().any(|w| matches!(*w, "and" | "or" | "nor"));
            chain.push(m);
            end = t.tokens.end;
        }
        if joined {
            for &m in &chain {
                change(&mut terms[m], factor, Rule::Negation, i);
            }
        }
        k += chain.len().max(1);
    }
}

/// Words before a past participle that make it an adjective or part of a
/// subordinate clause ("the divided island", "of shared interest", "that
/// would have helped"), not the main verb.
const ADJECTIVAL: &[&str] =
    &["the", "a", "an", "who", "which", "that", "and", "or", "of", "for", "with", "by", "in", "have", "its", "their"];

/// Words that open a subordinate clause, whose verbs are not the main verb
/// ("the release of a man who had been arrested", "if it is attacked").
/// "that" opens one too, except right after a verb of speech.
const SUBORDINATOR: &[&str] = &[
    "who", "whom", "whose", "which", "that", "if", "when", "because", "while", "after", "before", "until", "since",
    "although", "though", "where", "unless", "whether", "amid",
];

/// Irregular past forms common in news leads ("met", "sent", "fought").
/// A `match`, not a list scanned word by word: it is asked of every word
/// of every sentence.
fn is_irregular_past(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "met"
            | "took"
            | "gave"
            | "made"
            | "held"
            | "sent"
            | "told"
            | "began"
            | "won"
            | "lost"
            | "left"
            | "sought"
            | "brought"
            | "kept"
            | "struck"
            | "went"
            | "came"
            | "saw"
            | "found"
            | "fought"
            | "shot"
            | "spoke"
            | "wrote"
            | "broke"
            | "drew"
            | "fled"
            | "paid"
            | "rose"
            | "fell"
            | "threw"
            | "stole"
            | "chose"
            | "froze"
            | "sold"
            | "bought"
            | "thought"
            | "ran"
            | "became"
            | "overthrew"
            | "withdrew"
            | "undertook"
            | "swore"
            | "stood"
            | "dealt"
            | "got"
            | "knew"
            | "grew"
            | "flew"
            | "led"
            | "forgave"
    )
}

/// Words ending in "-ed" that are no past forms.
const NOT_PAST: &[&str] = &[
    "indeed", "united", "hundred", "need", "speed", "proceed", "succeed", "exceed", "seed", "feed", "greed", "breed",
    "deed", "bleed", "sacred", "naked", "wicked", "kindred", "ahmed", "mohammed", "muhammed", "hamed", "saeed",
    "rasheed", "khaled", "creed", "tweed",
];

/// Verbs that report speech: in "Turkey said it had asked ...", the event
/// is in what was said, so the main verb is looked for after them.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "added",
    "reported",
    "noted",
    "explained",
    "indicated",
    "disclosed",
];

/// Words that open a fronted adverbial or subordinate clause ("After
/// clashes, ...", "In a letter handed over on Monday, ..."), which is
/// backdrop: the main verb is looked for after its comma.
const FRONTED: &[&str] = &[
    "after",
    "before",
    "following",
    "as",
    "when",
    "while",
    "although",
    "though",
    "despite",
    "amid",
    "in",
    "with",
    "since",
    "if",
    "because",
    "once",
    "during",
    "on",
    "at",
    "according",
    "faced",
    "under",
    "by",
    "to",
];

/// Whether `word`, after `prev`, looks like a finite past verb: "lifted",
/// "met", "was arrested"; not "the divided island", "of shared interest",
/// "Syrian-backed" or "Mohammed".
pub fn is_past_verb(word: &str, prev: &str) -> bool {
    if is_irregular_past(word) {
        return !matches!(prev, "the" | "a" | "an" | "of");
    }
    word.len() > 4
        && word.ends_with("ed")
        && word.chars().all(|c| c.is_alphabetic())
        && !NOT_PAST.contains(&word)
        && !ADJECTIVAL.contains(&prev)
}

/// Whether a verb of speech stands in `window` ("said Monday that").
fn after_speech(sh: &Shifters, window: Range<usize>) -> bool {
    window.into_iter().any(|i| SPEECH.contains(&sh.text[i]))
}

/// Which tokens of the sentence `s` stand in a subordinate clause: from a
/// subordinator ("who", "where", "if", "after" ...) to the next clause
/// punctuation. "that" right after a verb of speech opens the reported
/// clause, not a subordinate one ("said that it had agreed").
pub fn subordinate_mask(sh: &Shifters, s: Range<usize>) -> Vec<bool> {
    let mut mask = vec![false; s.len()];
    let mut on = false;
    for i in s.clone() {
        let word = sh.text[i];
        if sh.boundary[i] {
            on = false;
        } else if SUBORDINATOR.contains(&word) && !(word == "that" && after_speech(sh, i.max(s.start + 3) - 3..i)) {
            on = true;
        }
        mask[i - s.start] = on;
    }
    mask
}

/// Modal verbs: after a verb of speech, the reported event is not past.
const MODAL: &[&str] = &["will", "would", "can", "could", "may", "might", "must", "should", "shall"];

/// Finite auxiliaries that show a participle before them to be part of the
/// subject ("the men arrested last week were freed").
const FINITE_AUX: &[&str] = &["was", "were", "is", "are", "has", "have", "had"];

/// Whether the past verb at `i` opens a reduced relative clause in the
/// subject: a finite auxiliary follows in its clause before any "and",
/// "but" or other past verb ("The prisoners held for years were released").
/// `sub` is the subordinate mask of the tokens after `i`.
pub fn reduced_relative(sh: &Shifters, i: usize, sub: &[bool]) -> bool {
    for (k, j) in (i + 1..sh.text.len()).enumerate() {
        let word = sh.text[j];
        if sh.boundary[j] || matches!(word, "and" | "but") || is_past_verb(word, sh.text[j - 1]) {
            return false;
        }
        if FINITE_AUX.contains(&word) && !sub.get(k).copied().unwrap_or(false) {
            return true;
        }
    }
    false
}

/// The main verb of the sentence `s`: its first past verb outside fronted
/// and subordinate clauses, looked for again after a verb of speech
/// ("Turkey said Monday it had asked ..."). A participle right before "by"
/// is a passive or a reduced relative clause ("athletes killed by ...") and
/// is passed over. A finite verb follows its subject: a participle with
/// nothing but adverbs before it in its clause modifies the noun after it
/// ("newly elected members have ...") and is passed over too. A
/// participle after "must be" is demanded, not done: the search stops
/// there ("should be pleased" is left alone, a wish as often as a demand).
pub fn main_verb(sh: &Shifters, s: Range<usize>) -> Option<usize> {
    let mut from = s.start;
    if s.end > s.start && FRONTED.contains(&sh.text[s.start]) {
        if let Some(c) = (s.start..s.end).find(|&i| sh.text[i] == ",") {
            from = c + 1;
        }
    }
    let sub = subordinate_mask(sh, s.clone());
    let mut found = None;
    let mut clause = from;
    for i in from..s.end {
        let prev = if i > s.start { sh.text[i - 1] } else { "" };
        let word = sh.text[i];
        if matches!(word, ";" | ":") {
            clause = i + 1;
        }
        if found.is_some() && MODAL.contains(&word) && !sub[i - s.start] {
            // "said it will release boats impounded in March": the
            // reported event is the modal's verb; a later participle
            // modifies its object.
            break;
        }
        if sub[i - s.start] || !is_past_verb(word, prev) || sh.text.get(i + 1).is_some_and(|w| *w == "by") {
            continue;
        }
        if prev == "be" && i >= 2 && sh.text[i - 2] == "must" {
            // "The embargo must be lifted": a demand, not an event.
            break;
        }
        if sh.text[clause..i].iter().all(|w| w.len() > 3 && w.ends_with("ly")) {
            continue;
        }
        if SPEECH.contains(&word) {
            found.get_or_insert(i);
            continue;
        }
        if reduced_relative(sh, i, &sub[i + 1 - s.start..]) {
            continue;
        }
        return Some(i);
    }
    found
}

/// "Sudan lifted the curfew imposed after clashes": in an event sentence
/// the main verb (see [`main_verb`]) names the event, and what follows
/// (objects, relative clauses) is its backdrop. When a tone term covers the
/// main verb it is multiplied by `cfg.lead_factor`; when the main verb is
/// toneless ("resigned as the opposition threatened ..."), or a
/// neutralizer that claims its tone word ("provided for"), nothing is.
pub fn lead(terms: &mut [Term], sh: &Shifters, cfg: &RuleConfig) {
    // For each token, the first term that covers it or that it governs as
    // a negator or de-escalator (what this rule adds changes neither).
    let mut governs = vec![usize::MAX; sh.text.len()];
    for (m, t) in terms.iter().enumerate() {
        sh.step(1 + t.tokens.len() + t.triggers.len());
        let turned = t.rules.iter().any(|r| matches!(r, Rule::Negation | Rule::Deescalation | Rule::Accusation));
        let via_trigger = t.triggers.iter().filter(|_| turned);
        for j in t.tokens.clone().chain(via_trigger.copied()) {
            if let Some(g) = governs.get_mut(j) {
                *g = (*g).min(m);
            }
        }
    }
    let mut start = 0;
    while start < sh.text.len() {
        let s = sh.sentence(start);
        start = s.end.max(start + 1);
        let Some(v) = sh.sentence_main_verb(s) else { continue };
        // A neutralizer ("provided for") claims its words to say they
        // carry no tone: leading the sentence gives it none.
        if let Some(t) = governs.get(v).and_then(|&m| terms.get_mut(m)).filter(|t| t.base.abs() > super::NEUTRALIZER) {
            change(t, cfg.lead_factor, Rule::Lead, v);
        }
    }
}

/// "Yugoslavia lifted a curfew in Kosovo where 28 people have been killed":
/// in a sentence with a main verb, tone words in a subordinate clause are
/// backdrop and count `cfg.backdrop_factor` as much. Terms already damped
/// as conceded are left alone.
pub fn backdrop(terms: &mut [Term], sh: &Shifters, cfg: &RuleConfig) {
    let mut start = 0;
    while start < sh.text.len() {
        let s = sh.sentence(start);
        start = s.end.max(start + 1);
        if sh.sentence_main_verb(s.clone()).is_none() {
            continue;
        }
        let sub = subordinate_mask(sh, s.clone());
        // The terms of this sentence: terms are in text order.
        let from = terms.partition_point(|t| t.tokens.start < s.start);
        let to = terms.partition_point(|t| t.tokens.start < s.end);
        sh.step(to.saturating_sub(from) + 2 * (1 + terms.len().max(1).ilog2() as usize));
        for t in terms[from..to.max(from)].iter_mut() {
            if sub[t.tokens.start - s.start] && !t.rules.contains(&Rule::BeforeContrast) {
                let at = t.tokens.start;
                change(t, cfg.backdrop_factor, Rule::Backdrop, at);
            }
        }
    }
}

/// Words that put an obligation on the subject of their clause: "must",
/// "should", "ought to", "have to", "need to", "it is imperative that".
/// `next` is the word after, `prev` the word before (so that the noun in
/// "the need to" is passed over).
pub fn is_obligation(word: &str, prev: &str, next: &str) -> bool {
    match word {
        "must" | "should" | "imperative" => true,
        "ought" | "have" | "has" => next == "to",
        "need" | "needs" => next == "to" && !matches!(prev, "the" | "a" | "no" | "any" | "our" | "their"),
        _ => false,
    }
}

/// Words in a subject that address every party at once ("all sides must
/// show restraint", "the international community must act"): an appeal,
/// not a demand on one side.
const ALL_PARTIES: &[&str] =
    &["all", "both", "two", "everyone", "everybody", "each", "international", "world", "sides", "parties"];

/// Whether the obligation at `i` binds the speaker's own side: a first
/// person stands before it in its clause ("we must work together", "our
/// work must continue"), which is resolve, not a demand.
fn binds_speaker(sh: &Shifters, i: usize) -> bool {
    let from = sh.clause_start(i);
    opt(sh.index.last_first_person[i]).is_some_and(|j| j >= from)
}

/// Whether the obligation at `i` is no demand on another party: it binds
/// the speaker's side ([`binds_speaker`]), appeals to all parties, says
/// what must be so ("there must be ..."), is a noun ("a must"), or stands
/// in a relative clause ("what needs to be done").
fn no_demand(sh: &Shifters, i: usize) -> bool {
    let from = sh.clause_start(i);
    let subject = &sh.text[from..i];
    binds_speaker(sh, i)
        || passive_obligation(sh, i)
        || opt(sh.index.last_all_parties[i]).is_some_and(|j| j >= from)
        || subject.last().is_some_and(|w| matches!(*w, "there" | "a" | "the" | "what" | "which" | "who" | "that"))
}

/// Whether the obligation at `i` is passive ("the details need to be worked out",
/// "the dispute must be settled quickly"): it says what has to
/// happen, and puts it on no party.
fn passive_obligation(sh: &Shifters, i: usize) -> bool {
    let mut j = i + 1;
    if sh.text.get(j).is_some_and(|w| *w == "to") {
        j += 1;
    }
    sh.text.get(j).is_some_and(|w| *w == "be") && sh.text.get(j + 1).is_some_and(|w| is_past_verb(w, "be"))
}

/// "They must now agree to end this war", "it is imperative that aid be
/// restored": an obligation put on another party is a demand, which the
/// guideline counts as warning, however cooperative the words it asks for.
/// Cooperative terms after the obligation in its clause count
/// `cfg.demand_factor` as much, and the demand itself is a warning of
/// `cfg.demand_weight`. "We must work together" binds the speaker's side
/// and is no demand. Only obligation words the lexicon lists as shifters
/// count, so that the demand term has an entry to show.
pub fn demand(terms: &mut [Term], sh: &Shifters, cfg: &RuleConfig) -> Vec<Term> {
    let mut out = Vec::new();
    sh.step(sh.at.len());
    // Terms are in text order; the terms of a clause up to `done` already
    // carry a demand, so each term is looked at by one demand only (plus
    // the few whose phrase overlaps a later obligation's).
    let mut done = 0;
    // Tokens up to `scanned` have been looked at for a list already: a
    // demand inside an earlier demand's list does not scan it again.
    let mut scanned = 0;
    for i in 0..sh.at.len() {
        let (Some((_, _, len)), Some(entry)) = (sh.at[i], sh.entry[i]) else { continue };
        let prev = if i > 0 { sh.text[i - 1] } else { "" };
        let next = sh.text.get(i + 1).map_or("", |w| w);
        if !is_obligation(sh.text[i], prev, next) || no_demand(sh, i) {
            continue;
        }
        let mut clause_end = opt(sh.index.next_boundary[i]).unwrap_or(sh.text.len());
        if clause_end >= scanned {
            let (end, seen) = demand_list_end(sh, clause_end);
            sh.step(seen);
            scanned = clause_end + seen;
            clause_end = end;
        }
        let from = terms.partition_point(|t| t.tokens.start < i + len).max(done.min(terms.len()));
        sh.step(1 + terms.len().max(1).ilog2() as usize);
        let mut k = from;
        while k < terms.len() && terms[k].tokens.start < clause_end {
            sh.step(1);
            let t = &mut terms[k];
            if t.value > 0.0 && !t.rules.contains(&Rule::Demand) {
                change(t, cfg.demand_factor, Rule::Demand, i);
            }
            k += 1;
        }
        done = k;
        out.push(Term {
            entry,
            tokens: i..i + len,
            base: 0.0,
            value: -cfg.demand_weight,
            rules: vec![Rule::Demand],
            triggers: vec![i],
        });
    }
    out
}

/// Words that open a new clause or an aside after a comma, not the next
/// item of a list: pronouns and demonstratives, conjunctions and
/// subordinators, words of speech and inclusion.
const LIST_BREAK: &[&str] = &[
    "i",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "this",
    "that",
    "these",
    "those",
    "there",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "if",
    "as",
    "because",
    "since",
    "so",
    "but",
    "and",
    "or",
    "nor",
    "then",
    "although",
    "though",
    "however",
    "unless",
    "until",
    "after",
    "before",
    "otherwise",
    "not",
    "said",
    "says",
    "according",
    "including",
    "especially",
    "particularly",
    "even",
    "also",
    "yet",
    "for",
];

/// How many segments after a demand's first clause its list may run on.
const LIST_SEGMENTS: usize = 4;

/// "The junta must step down, free the ministers and respect the
/// vote": a demand distributes over a list after a comma. From the comma
/// at `comma` that ends a demand's clause, the list runs on while each
/// comma is followed by a word that opens no new clause ([`LIST_BREAK`],
/// nor a word in "-ing": "adding", "including"), and it is a list only if
/// it closes with "and" or "or" inside its last segment, within
/// [`LIST_SEGMENTS`] segments. Returns the end of the demand (the list's
/// last boundary, or `comma` when there is no list) and how many tokens
/// were looked at.
fn demand_list_end(sh: &Shifters, comma: usize) -> (usize, usize) {
    let n = sh.text.len();
    let mut p = comma;
    for _ in 0..LIST_SEGMENTS {
        if p >= n || sh.text[p] != "," {
            break;
        }
        let Some(first) = sh.text.get(p + 1) else { break };
        if LIST_BREAK.contains(first) || first.ends_with("ing") || !first.chars().all(char::is_alphabetic) {
            break;
        }
        let end = opt(sh.index.next_boundary[p + 1]).unwrap_or(n);
        if sh.text[p + 1..end].iter().any(|w| matches!(*w, "and" | "or")) {
            return (end, end - comma);
        }
        p = end;
    }
    (comma, p.min(n) - comma + 1)
}

/// Words that make what follows them the topic of talk, not its tone:
/// "talked about security guarantees", "discussed the tariffs", "will
/// debate the use of the veto".
const TOPIC: &[&str] = &[
    "about",
    "regarding",
    "concerning",
    "discussed",
    "discuss",
    "discusses",
    "discussing",
    "reviewed",
    "review",
    "reviews",
    "reviewing",
    "assessed",
    "assess",
    "assessing",
    "examined",
    "examine",
    "examines",
    "examining",
    "address",
    "addresses",
    "addressed",
    "addressing",
    "covered",
    "cover",
    "covers",
    "covering",
    "studied",
    "study",
    "studies",
    "studying",
    "debate",
    "debates",
    "debated",
    "debating",
];

/// Prepositions that name a topic only after a word for talk: "talks on
/// the treaty", "discussions around the peace treaty", "a dispute over
/// tariffs"; but not "on the right track" or "over their war".
const TOPIC_AFTER_TALK: &[&str] = &["on", "over", "around", "upon"];

/// Nouns that name a subject with "of" after them: "the issue of the
/// detained journalists", "the question of the islands", "a list of
/// sanctioned firms".
const SUBJECT_OF: &[&str] = &["issue", "issues", "question", "questions", "topic", "subject", "list"];

/// Words for a list of subjects, whose "includes", "included" or
/// "covers" names topics: "the agenda includes the blockade".
const AGENDA: &[&str] = &["agenda", "topics", "themes", "subjects", "issues"];

/// Verbs that name an [`AGENDA`]'s topics.
const INCLUDES: &[&str] = &["includes", "included", "include", "including"];

/// Words for talk, whose topic a following "on", "over" or "around" names.
const TALK: &[&str] = &[
    "talks",
    "talk",
    "negotiations",
    "negotiation",
    "discussions",
    "discussion",
    "consultations",
    "dialogue",
    "debate",
    "conference",
    "meeting",
    "meetings",
    "summit",
    "views",
    "exchange",
    "question",
    "questions",
    "issue",
    "issues",
    "report",
    "statement",
    "position",
    "dispute",
    "differences",
    "deal",
    "agreement",
    "negotiate",
    "negotiating",
    "talked",
    "talking",
    "spoke",
    "focused",
    "focus",
    "work",
    "working",
    "comment",
    "commented",
    "briefed",
    "brief",
    "briefing",
    "hearing",
    "session",
    "study",
    "touched",
    "touch",
    "vote",
    "resolution",
];

/// Words that may stand between a topic word and the tone word it governs.
const TOPIC_FILLER: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "possible",
    "future",
    "new",
    "bilateral",
    "of",
    "security",
    "trade",
    "economic",
    "nuclear",
    "military",
    "border",
    "current",
    "causes",
    "roots",
    "situation",
    "impact",
    "consequences",
    "use",
];

/// Whether the word at `i` names the topic of what follows: a [`TOPIC`]
/// word, or a [`TOPIC_AFTER_TALK`] preposition right after a [`TALK`] word
/// (a filler may stand between: "talks with them on").
fn names_topic(sh: &Shifters, i: usize, from: usize) -> bool {
    let word = sh.text[i];
    if TOPIC.contains(&word) {
        return true;
    }
    let within = |list: &[&str]| (from..i).rev().take(3).any(|j| list.contains(&sh.text[j]));
    match word {
        _ if SUBJECT_OF.contains(&word) => sh.text.get(i + 1) == Some(&"of"),
        _ if INCLUDES.contains(&word) => within(AGENDA),
        _ => TOPIC_AFTER_TALK.contains(&word) && within(TALK),
    }
}

/// "We had intensive discussions around the peace treaty": a tone word
/// named as the topic of talk (right after "about", "regarding",
/// "discussed", or "on", "over", "around" after a word for talk, with
/// determiners and a few noun modifiers between) describes what was talked
/// about, not how, and counts `cfg.topic_factor` as much: so little that a
/// statement naming only its topic reads neutral. The conjuncts of a topic
/// ("about winners and losers") are topics too.
pub fn topic(terms: &mut [Term], sh: &Shifters, cfg: &RuleConfig) {
    for k in 0..terms.len() {
        let (done, rest) = terms.split_at_mut(k);
        let t = &mut rest[0];
        let from = sh.clause_start(t.tokens.start);
        let mut j = t.tokens.start;
        while j > from && TOPIC_FILLER.contains(&sh.text[j - 1]) {
            sh.step(1);
            j -= 1;
        }
        if j > from && names_topic(sh, j - 1, from) {
            change(t, cfg.topic_factor, Rule::Topic, j - 1);
        } else if let Some(prev) = done.last().filter(|p| p.rules.contains(&Rule::Topic)) {
            // "talks about sanctions and tariffs": the conjuncts of a topic
            // are topics too.
            // "the allegations of abuse": what a topic is of is topic too;
            // so is the next item of a list ("the war, the refugees"),
            // but not a new clause after a comma ("the threats, and
            // escalation is near").
            let between = &sh.text[prev.tokens.end.min(t.tokens.start)..t.tokens.start];
            let and_or = between.iter().any(|w| matches!(*w, "and" | "or"));
            let comma = between.first() == Some(&",");
            let of = between.first() == Some(&"of");
            let joined = between.is_empty() || (and_or && !comma) || (comma && !and_or) || (of && !and_or);
            let only_joiners = between
                .iter()
                .enumerate()
                .all(|(k, w)| matches!(*w, "and" | "or") || TOPIC_FILLER.contains(w) || (k == 0 && (comma || of)));
            if joined && only_joiners && between.len() <= 3 {
                let at = t.tokens.start;
                change(t, cfg.topic_factor, Rule::Topic, at);
            }
        }
    }
}

/// Words for a hardship of the state of affairs, which befalls everyone
/// and is no one's act: "crisis", "problems", "difficulties", "inflation",
/// "recession", "risk", "accidents". Matched on the last word of a term
/// ("economic crisis"), by stem where a trailing letter varies.
fn is_circumstance(word: &str) -> bool {
    matches!(
        word,
        "crisis"
            | "crises"
            | "problem"
            | "problems"
            | "difficult"
            | "difficulty"
            | "difficulties"
            | "inflation"
            | "recession"
            | "downturn"
            | "slowdown"
            | "unemployment"
            | "risk"
            | "risks"
            | "plight"
    ) || ["accident", "shortage", "hardship"].iter().any(|s| word.starts_with(s))
}

/// "The world's energy supply is in crisis", "difficult problems
/// occasionally occur": a text whose only tone words name hardships of the
/// situation ([`is_circumstance`]) describes how things stand; it threatens,
/// blames or rejects no one, so it is no warning. Those words then count
/// `cfg.circumstance_factor` as much. One other tone word ("a threat of
/// recession", "we will overcome the crisis together"), or a circumstance
/// word that leads an event sentence or that a negator or de-escalating
/// verb turned ("no problems", "overcome the crisis"), keeps them all at
/// full weight.
pub fn circumstance(terms: &mut [Term], sh: &Shifters, cfg: &RuleConfig) {
    let head = |t: &Term| sh.text[t.tokens.end - 1];
    let only = !terms.is_empty()
        && terms
            .iter()
            .all(|t| t.value == 0.0 || t.value < 0.0 && is_circumstance(head(t)) && !t.rules.contains(&Rule::Lead));
    if !only {
        return;
    }
    for t in terms.iter_mut().filter(|t| t.value != 0.0) {
        let at = t.tokens.start;
        change(t, cfg.circumstance_factor, Rule::Circumstance, at);
    }
}

/// Nouns that name a diplomatic activity ("dialogue", "consultations",
/// "meetings", "visits"), not how it goes.
const ACTIVITY: &[&str] = &[
    "dialogue",
    "dialogues",
    "dialog",
    "dialogs",
    "consultation",
    "consultations",
    "meeting",
    "meetings",
    "visit",
    "visits",
];

/// A partial quote ("a 'strategic dialogue'", "'serious consultations'
/// tomorrow") whose only tone words are nouns of diplomatic activity
/// ([`ACTIVITY`]) names the activity in the speaker's words; it does not
/// judge it, so those nouns count `cfg.mention_factor` as much. One
/// evaluating word ("'constructive dialogue'"), or a negator over the noun,
/// keeps them whole. Only for fragments: a full sentence that speaks of
/// dialogue says something about it.
pub fn mention(terms: &mut [Term], sh: &Shifters, cfg: &RuleConfig) {
    let only = !terms.is_empty()
        && terms.iter().all(|t| {
            t.value == 0.0
                || t.value > 0.0
                    && t.tokens.len() == 1
                    && ACTIVITY.contains(&sh.text[t.tokens.start].to_lowercase().as_str())
                    && !t.rules.iter().any(|r| matches!(r, Rule::Negation | Rule::Lead))
        });
    if !only {
        return;
    }
    for t in terms.iter_mut().filter(|t| t.value != 0.0) {
        let at = t.tokens.start;
        change(t, cfg.mention_factor, Rule::Mention, at);
    }
}

/// Verbs and adjectives of knowing and believing: a negator before them
/// ("I don't think they will come", "we are not sure") states what the
/// speaker does not know, and refuses nothing.
const EPISTEMIC: &[&str] = &["think", "believe", "know", "sure", "certain", "aware", "expect", "recall", "remember"];

/// Whether the words from `i` are a verb of knowing, or a quantity ("not
/// very much", "not many"), which a negator before them does not make a
/// refusal.
fn epistemic(sh: &Shifters, mut i: usize) -> bool {
    while sh.text.get(i).is_some_and(|w| matches!(*w, "really" | "quite" | "yet" | "entirely" | "very")) {
        i += 1;
    }
    sh.text.get(i).is_some_and(|w| EPISTEMIC.contains(w) || matches!(*w, "much" | "many"))
}

/// "That is not how it works.": a negator that negates no tone word is
/// itself a little evidence of warning (refusal, denial, correction).
/// Only full negators count (weight -0.7 or stronger): "few", "little" and
/// "without" are too weak to mean refusal on their own.
/// Returns one term per such negator, valued `-cfg.bare_negation`.
pub fn bare_negations(terms: &[Term], sh: &Shifters, cfg: &RuleConfig) -> Vec<Term> {
    let triggered = triggered(terms, sh);
    let used = |i: usize| triggered[i];
    sh.step(sh.at.len());
    (0..sh.at.len())
        .filter_map(|i| match (sh.at[i], sh.entry[i]) {
            (Some((Class::Negator, w, len)), Some(entry))
                if !used(i) && w <= FULL_NEGATOR && !epistemic(sh, i + len) =>
            {
                Some(Term {
                    entry,
                    tokens: i..i + len,
                    base: 0.0,
                    value: -cfg.bare_negation,
                    rules: vec![Rule::BareNegation],
                    triggers: vec![i],
                })
            }
            _ => None,
        })
        .collect()
}

/// "deeply concerned", "somewhat positive".
pub fn intensify(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    let win = before(t, sh, cfg.intensifier_window);
    if let Some((i, w)) = sh.in_window(win.clone(), Class::Intensifier) {
        change(t, w, Rule::Intensifier, i);
    } else if let Some((i, w)) = sh.in_window(win, Class::Diminisher) {
        change(t, w, Rule::Diminisher, i);
    }
}

/// Modal verbs earlier in the clause: hedges ("could", "may") soften either
/// side; strengtheners ("must", "will not tolerate") strengthen warnings.
pub fn modality(t: &mut Term, sh: &Shifters) {
    let clause = sh.clause_start(t.tokens.start)..t.tokens.start;
    if t.value < 0.0 {
        if let Some((i, w)) = sh.in_window(clause.clone(), Class::Strengthener) {
            change(t, w, Rule::Strengthener, i);
            return;
        }
    }
    if let Some((i, w)) = sh.in_window(clause, Class::Hedge) {
        change(t, w, Rule::Hedge, i);
    }
}

/// "but", "however" (weight > 1): what follows counts more, what precedes
/// in the same sentence counts less, unless the "but" adds ("not only ...
/// but also", see [`additive`]). "although", "though" (weight < 1):
/// their own clause counts less.
pub fn contrast(t: &mut Term, sh: &Shifters) {
    let s = sh.sentence(t.tokens.start);
    let pos = t.tokens.start;
    // Concessive: a weak contrast word opening this term's clause.
    let clause = sh.clause_start(pos)..pos;
    if let Some((i, w)) = sh.in_window(clause, Class::Contrast) {
        if w < 1.0 {
            change(t, w, Rule::BeforeContrast, i);
            return;
        }
    }
    // Strong contrast before the term in its sentence.
    if let Some((i, w)) = sh.in_window(s.start..pos, Class::Contrast) {
        if w > 1.0 && !additive(sh, i, s.start) {
            change(t, w, Rule::AfterContrast, i);
            return;
        }
    }
    // Strong contrast after the term in its sentence.
    let after = t.tokens.end.min(s.end)..s.end;
    if let Some(i) = opt(sh.index.next_strong_contrast[after.start]).filter(|&i| i < after.end) {
        if let Some((_, w, _)) = sh.at[i] {
            change(t, (2.0 - w).max(0.25), Rule::BeforeContrast, i);
        }
    }
}

/// Whether the "but" at `i` adds rather than contrasts: "not only unfair
/// but dumb", "not just aggression, but also ...", "the EU only, but also
/// NATO", "across the world, but especially here". `from` is the start of
/// its sentence.
fn additive(sh: &Shifters, i: usize, from: usize) -> bool {
    // "but also", and a focusing "but" that singles out a part of what
    // came before: "felt across the world, but particularly in Gaza"; or
    // "not only/just/merely" earlier in the sentence.
    sh.step(1);
    sh.additive_with(&sh.index, i, from)
}

/// Cooperative words in a question count less: "Is this what you call
/// partnership?" Warning words keep their weight ("Who is threatening
/// whom?"): a question in a statement is most often a rhetorical challenge.
/// After a wh-word in their clause ("Who will help us?", "How can they
/// speak of partnership?", "Who benefits from this?") cooperative words
/// are questioned outright and count `cfg.wh_question_factor` as much:
/// nothing, by default.
pub fn question(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    let s = sh.sentence(t.tokens.start);
    if t.value > 0.0 && s.end > s.start && sh.question[s.end - 1] {
        let from = sh.clause_start(t.tokens.start);
        let wh = opt(sh.index.last_wh[t.tokens.start]).is_some_and(|i| i >= from);
        let factor = if wh { cfg.wh_question_factor } else { cfg.question_factor };
        change(t, factor, Rule::Question, s.end - 1);
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::score::{Rule, Scorer, Thresholds, Tone};
    use crate::tokenize::Analyzer;

    /// A small lexicon written for these tests, so that they do not move
    /// when the shipped lexicons are tuned.
    const TSV: &str = "phrase\tclass\tweight\n\
        partners\tcooperative\t2\n\
        dialogue\tcooperative\t1.5\n\
        lifted\tcooperative\t1.5\n\
        useful\tcooperative\t1.5\n\
        threats\twarning\t2.5\n\
        retaliate\twarning\t2\n\
        escalation\twarning\t2\n\
        clashes\twarning\t2\n\
        bloody\twarning\t1.5\n\
        imposed\twarning\t2\n\
        force\twarning\t2\n\
        play with fire\twarning\t3\n\
        will not allow\twarning\t3\n\
        will not tolerate\twarning\t3\n\
        will not tolerate\tstrengthener\t1.5\n\
        if\thedge\t0.8\n\
        aggression\twarning\t2.5\n\
        acts of aggression\twarning\t3\n\
        occupation\twarning\t2\n\
        attack\twarning\t2\n\
        pay a price\twarning\t3\n\
        undermine\twarning\t2\n\
        threat to\twarning\t2\n\
        peace process\tcooperative\t2\n\
        partnership\tcooperative\t2\n\
        agreement\tcooperative\t1.5\n\
        stability\tcooperative\t1.5\n\
        not\tnegator\t-0.7\n\
        never\tnegator\t-0.8\n\
        halt\tnegator\t-0.8\n\
        halted\tnegator\t-0.8\n\
        few\tnegator\t-0.4\n\
        prevent\tdeescalator\t-0.4\n\
        ended\tdeescalator\t-0.35\n\
        very\tintensifier\t1.3\n\
        somewhat\tdiminisher\t0.6\n\
        could\thedge\t0.8\n\
        must\tstrengthener\t1.3\n\
        should\thedge\t0.9\n\
        need to\tstrengthener\t1.1\n\
        imperative\tstrengthener\t1.2\n\
        agree\tcooperative\t1.5\n\
        but\tcontrast\t1.5\n\
        although\tcontrast\t0.6\n\
        after\tcontrast\t0.5\n\
        crisis\twarning\t2\n\
        problems\twarning\t1.5\n\
        economic crisis\twarning\t2\n\
        overcome\tdeescalator\t-0.35\n";

    fn score(text: &str) -> crate::score::Score {
        let an = Analyzer::new();
        let lex = Lexicon::from_tsv("rules-test.tsv", TSV, &an).unwrap();
        Scorer::new(&lex).score(&an.tokenize(text))
    }

    /// The main verb of the first sentence of `text`, as a word.
    fn main_verb_of(text: &str) -> Option<String> {
        let an = Analyzer::new();
        let lex = Lexicon::from_tsv("rules-test.tsv", TSV, &an).unwrap();
        let tokens = an.tokenize(text);
        let sh = super::Shifters::new(&lex, &tokens);
        let s = sh.sentence(0);
        super::main_verb(&sh, s).map(|i| tokens[i].text.to_string())
    }

    /// The rules that changed the term starting with `word` in `text`.
    fn rules_of(text: &str, word: &str) -> Vec<Rule> {
        let an = Analyzer::new();
        let tokens = an.tokenize(text);
        let s = score(text);
        s.terms.iter().find(|t| tokens[t.tokens.start].text == word).map(|t| t.rules.clone()).unwrap_or_default()
    }

    fn check(table: &[(&str, &str, Tone)]) {
        for &(name, text, want) in table {
            let s = score(text);
            assert_eq!(s.tone(&Thresholds::default()), want, "case {name}: {text:?} scored {}", s.compound);
        }
    }

    #[test]
    fn deescalate() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("plain", "This means escalation.", Tone::Warning),
            ("prevented", "We will prevent escalation.", Tone::Cooperative),
            ("other_clause", "We will prevent it, escalation is near.", Tone::Warning),
            ("accusation", "We will prevent aggression.", Tone::Warning),
            ("accusation_occupation", "We must prevent the occupation.", Tone::Warning),
            ("accusation_in_phrase", "We will prevent acts of aggression.", Tone::Warning),
            ("ended_in", "The talks ended in escalation.", Tone::Warning),
            ("ended", "The talks ended the escalation.", Tone::Cooperative),
            ("copula", "To prevent is escalation.", Tone::Warning),
            ("copula_past", "What ended was escalation.", Tone::Warning),
            ("object_after_adverb", "We will prevent further escalation.", Tone::Cooperative),
        ];
        check(CASES);
        // The wrongdoing may stand anywhere in the phrase.
        assert!(rules_of("We will prevent acts of aggression.", "acts").contains(&Rule::Accusation));
        assert!(rules_of("We will prevent aggression.", "aggression").contains(&Rule::Accusation));
        // Named under a de-escalating verb, the wrongdoing counts less than on its own.
        assert!(score("We will prevent aggression.").compound > score("This is aggression.").compound);
    }

    #[test]
    fn admonish() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("not_to", "We told them not to play with fire.", Tone::Warning),
            ("never_to", "We urged them never to play with fire.", Tone::Warning),
            ("plain_negation", "We will not play with fire.", Tone::Cooperative),
        ];
        check(CASES);
    }

    #[test]
    fn negate() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("negated_warning", "We will not retaliate.", Tone::Cooperative),
            ("negated_cooperative", "They are not partners.", Tone::Warning),
            ("corrective", "They are partners, not threats.", Tone::Cooperative),
            ("out_of_window", "Not in these long dark days of retaliate.", Tone::Warning),
            ("negated_object", "We are not looking to retaliate bloody clashes.", Tone::Cooperative),
            ("instrument_is_no_object", "It could not be imposed with force.", Tone::Warning),
            ("object_after_comma", "We are not going to retaliate, clashes are near.", Tone::Warning),
            ("determiner_negates_noun", "Few here ever retaliate with force.", Tone::Warning),
            ("negated_list", "They have not sought dialogue, partners or useful ties.", Tone::Warning),
            ("list_without_conjunction", "They have not sought dialogue, partners are useful.", Tone::Cooperative),
            ("corrective_list", "They are partners, not threats and clashes.", Tone::Cooperative),
        ];
        check(CASES);
        // A negated verb that acts against its object keeps the negation
        // to itself: the object reads as it would without the verb.
        const OBJECT_KEPT: &[(&str, &str, Tone)] = &[
            ("negated_harm_verb", "They never undermine the peace process.", Tone::Cooperative),
            ("negated_attack", "We did not attack the peace process.", Tone::Cooperative),
            ("negated_question", "She never questioned the partnership.", Tone::Cooperative),
            ("negated_doubt_far", "We have not doubted for one moment our partners.", Tone::Cooperative),
            ("negated_violation", "They did not violate the agreement.", Tone::Cooperative),
            ("plain_verb_still_negates", "They did not sign the agreement.", Tone::Warning),
        ];
        check(OBJECT_KEPT);
        for (text, word) in [
            ("They never undermine the peace process.", "peace"),
            ("She never questioned the partnership.", "partnership"),
            ("We did not attack the peace process.", "peace"),
        ] {
            assert!(!rules_of(text, word).contains(&Rule::Negation), "{text:?}: {word} negated");
        }
        assert!(rules_of("We are not looking to retaliate bloody clashes.", "clashes").contains(&Rule::Negation));
        // A negated warning word is reassuring, but less than praise.
        assert!(score("We will not retaliate.").compound < score("We are partners.").compound);
    }

    #[test]
    fn negate_far() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("far_cooperative", "They are not at all in favour of dialogue.", Tone::Warning),
            ("far_warning_kept", "There is no reason for these threats.", Tone::Warning),
            ("denied_kind", "We are not a nation that makes threats.", Tone::Cooperative),
            ("denied_kind_hedged", "We are not a nation that should make threats.", Tone::Cooperative),
            ("kind_not_denied", "We do not know a nation that makes threats.", Tone::Warning),
            ("other_clause", "We do not know, but dialogue is useful.", Tone::Cooperative),
            (
                "out_of_scope",
                "We did not expect that at the end of the long year there would be dialogue.",
                Tone::Cooperative,
            ),
        ];
        check(CASES);
        // A verb that negates its object ("halt") does not reach far.
        assert!(score("They halt the old and long tired dialogue.").compound > 0.0);
    }

    #[test]
    fn bare_negations() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("bare_not", "That is not how it works.", Tone::Warning),
            ("bare_never", "Never.", Tone::Warning),
            ("weak_negator", "A few ships arrived.", Tone::Neutral),
            ("used_negator", "We will not retaliate.", Tone::Cooperative),
            ("not_knowing", "I don't think they will come.", Tone::Neutral),
            ("not_sure", "We are not really sure.", Tone::Neutral),
            ("not_quantity", "There is not much to add.", Tone::Neutral),
            ("not_wanting", "We do not want that.", Tone::Warning),
        ];
        check(CASES);
    }

    #[test]
    fn obstruct() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("object_of_harm", "They undermine the peace process.", Tone::Warning),
            ("noun_of_harm", "A threat to stability and dialogue.", Tone::Warning),
            ("other_clause", "They undermine it; the peace process is useful.", Tone::Cooperative),
            ("out_of_window", "They undermine what we all saw as a long useful peace process.", Tone::Cooperative),
            ("coordinated_noun", "There were threats and dialogue and partners.", Tone::Cooperative),
            ("coordinated_objects", "They undermine old well-known ties and the peace process.", Tone::Warning),
            ("coordinated_verbs", "They undermine and weaken cross-border ties and partners.", Tone::Warning),
            ("hedged_object", "This could undermine stability.", Tone::Warning),
        ];
        check(CASES);
        assert!(rules_of("They undermine and weaken cross-border ties and partners.", "partners")
            .contains(&Rule::Obstruction));
        assert!(rules_of("This could undermine stability.", "stability").contains(&Rule::Obstruction));
        assert!(rules_of("They undermine the peace process.", "peace").contains(&Rule::Obstruction));
        // A warning word between ends the reach: the harm is to that one.
        assert!(!rules_of("They undermine escalation and dialogue.", "dialogue").contains(&Rule::Obstruction));
    }

    #[test]
    fn shifter_inside_phrase() {
        // The "not" of "will not allow" belongs to the phrase: it neither
        // negates the word after it nor counts as a bare negation.
        assert!(rules_of("We will not allow escalation.", "escalation").is_empty());
        let s = score("We will not allow it.");
        assert_eq!(s.terms.len(), 1, "{:?}", s.terms);
        // Other shifters that are a tone phrase keep their reach.
        assert!(rules_of("We will not tolerate threats.", "threats").contains(&Rule::Strengthener));
    }

    #[test]
    fn lead() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("main_verb", "The army lifted the curfew imposed after bloody clashes.", Tone::Cooperative),
            ("passive_main_verb", "Bloody clashes; the ban was lifted.", Tone::Cooperative),
            ("no_verb", "Threats and dialogue.", Tone::Warning),
            ("after_of_is_no_verb", "The talk of imposed limits was useful dialogue.", Tone::Cooperative),
            (
                "reported_event",
                "The ministry said on Monday that it had lifted the curfew, citing threats.",
                Tone::Cooperative,
            ),
        ];
        check(CASES);
        // A toneless main verb leaves the tone words after it as they are.
        assert!(!rules_of("The minister resigned and the army imposed a curfew.", "imposed").contains(&Rule::Lead));
        // A verb that negates its object lends the lead to that object.
        assert!(rules_of("They halted dialogue.", "dialogue").contains(&Rule::Lead));
    }

    #[test]
    fn is_past_verb() {
        const CASES: &[(&str, &str, bool)] = &[
            ("lifted", "army", true),
            ("met", "leaders", true),
            ("arrested", "was", true),
            ("divided", "the", false),
            ("shared", "of", false),
            ("united", "the", false),
            ("mohammed", "prince", false),
            ("syrian-backed", "the", false),
            ("need", "they", false),
        ];
        for &(word, prev, want) in CASES {
            assert_eq!(super::is_past_verb(word, prev), want, "{prev} {word}");
        }
    }

    #[test]
    fn main_verb() {
        const CASES: &[(&str, &str, Option<&str>)] = &[
            ("first_past_verb", "The army lifted the curfew imposed after clashes.", Some("lifted")),
            ("fronted_clause", "After talks ended in anger, the army lifted the curfew.", Some("lifted")),
            ("speech_then_event", "The ministry said Monday it had lifted the curfew.", Some("lifted")),
            ("speech_alone", "The ministry said the curfew stays.", Some("said")),
            ("speech_then_modal", "The navy said it will release boats impounded in March.", Some("said")),
            ("after_parenthesis", "The league (ABL) announced it will return arms.", Some("announced")),
            ("subordinate_skipped", "The man who was arrested in May walked free.", None),
            ("relative_then_main", "The man, who was arrested in May, was released.", Some("released")),
            ("reduced_relative", "The men detained last week were freed.", Some("freed")),
            ("passive_agent_skipped", "Men arrested by police marched.", Some("marched")),
            ("irregular", "The two leaders met on Sunday.", Some("met")),
            ("none", "The leaders will meet on Sunday.", None),
            ("participle_without_subject", "Newly elected members arrived early.", Some("arrived")),
            ("participle_opens", "Displaced families returned home.", Some("returned")),
            ("participle_after_semicolon", "The theme is aid; displaced families returned home.", Some("returned")),
            ("adverb_after_subject", "Troops quickly withdrew.", Some("withdrew")),
        ];
        for &(name, text, want) in CASES {
            assert_eq!(main_verb_of(text).as_deref(), want, "case {name}: {text:?}");
        }
    }

    #[test]
    fn backdrop() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("relative_clause", "The army lifted a curfew where bloody clashes were seen.", Tone::Cooperative),
            ("that_clause", "The army lifted a ban that bloody clashes had imposed.", Tone::Cooperative),
            ("no_main_verb", "The curfew where bloody clashes happen.", Tone::Warning),
        ];
        check(CASES);
        assert!(rules_of("The army lifted a curfew where clashes were seen.", "clashes").contains(&Rule::Backdrop));
        assert!(!rules_of("The army lifted a curfew, clashes were seen.", "clashes").contains(&Rule::Backdrop));
    }

    #[test]
    fn intensify() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("intensified", "Very useful.", Tone::Cooperative),
            ("diminished", "Dialogue and somewhat useful threats.", Tone::Cooperative),
        ];
        check(CASES);
        assert!(score("very useful").compound > score("useful").compound);
    }

    #[test]
    fn modality() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("strengthened", "Partners, and we must use force.", Tone::Warning),
            ("hedged", "Partners, and it could come to force.", Tone::Cooperative),
            ("conditional_threat", "If they attack, they will pay a price.", Tone::Warning),
            ("conditional_offer", "If they prevent escalation, we are partners.", Tone::Cooperative),
        ];
        check(CASES);
        // The condition is hedged; the consequence, in its own clause, is not.
        assert!(rules_of("If they attack, they will pay a price.", "attack").contains(&Rule::Hedge));
        assert!(rules_of("If they attack, they will pay a price.", "pay").is_empty());
    }

    #[test]
    fn contrast() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("but_shifts_weight", "The talks were useful but we will use force.", Tone::Warning),
            ("but_other_way", "There were threats but the talks were useful.", Tone::Cooperative),
            ("concessive", "Although there were clashes, we are partners.", Tone::Cooperative),
        ];
        check(CASES);
        assert!(score("after clashes").compound > score("clashes").compound);
        // An additive "but" shifts no weight.
        const ADDITIVE: &[(&str, &str, &str)] = &[
            ("not_only", "They are not only partners but useful.", "useful"),
            ("not_only_before", "They are not only partners but useful.", "partners"),
            ("but_also", "Dialogue, and threats only, but also escalation.", "escalation"),
            ("not_just", "Not just threats, but escalation.", "escalation"),
            ("focusing", "A relief for partners, but especially for useful ones.", "useful"),
            ("focusing_before", "A relief for partners, but particularly for useful ones.", "partners"),
        ];
        for &(name, text, word) in ADDITIVE {
            let rules = rules_of(text, word);
            assert!(
                !rules.contains(&Rule::AfterContrast) && !rules.contains(&Rule::BeforeContrast),
                "case {name}: {rules:?}"
            );
        }
        assert!(rules_of("They are partners but useful.", "useful").contains(&Rule::AfterContrast));
    }

    #[test]
    fn is_obligation() {
        const CASES: &[(&str, &str, &str, bool)] = &[
            ("must", "they", "stop", true),
            ("should", "it", "be", true),
            ("have", "they", "to", true),
            ("have", "they", "talks", false),
            ("need", "we", "to", true),
            ("need", "the", "to", false),
            ("ought", "you", "to", true),
            ("will", "they", "agree", false),
        ];
        for &(word, prev, next, want) in CASES {
            assert_eq!(super::is_obligation(word, prev, next), want, "{prev} {word} {next}");
        }
    }

    #[test]
    fn demand() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("demand_on_them", "They must agree.", Tone::Warning),
            ("fragment_demand", "must now agree to it", Tone::Warning),
            ("imperative", "It is imperative that the ban is lifted.", Tone::Warning),
            ("bare_demand", "The army should leave the city.", Tone::Warning),
            ("first_person", "We must agree to dialogue.", Tone::Cooperative),
            ("country_us", "The US must agree.", Tone::Warning),
            ("pronoun_us", "Let us now agree to dialogue.", Tone::Cooperative),
            ("our_side", "Our work must bring useful dialogue.", Tone::Cooperative),
            ("all_parties", "All sides need to agree to dialogue.", Tone::Cooperative),
            ("both_parties", "The two countries should agree.", Tone::Cooperative),
            ("existential", "There must be dialogue.", Tone::Cooperative),
            ("no_obligation", "They agree to dialogue.", Tone::Cooperative),
            ("passive", "The details need to be worked out.", Tone::Neutral),
            ("passive_irregular", "The issue must be fought over.", Tone::Neutral),
            ("active_be", "They must be useful.", Tone::Warning),
            ("list_of_verbs", "They must leave, withdraw and keep the agreement.", Tone::Warning),
            (
                "list_of_four",
                "They should disarm, leave the port, free the prisoners and keep the agreement.",
                Tone::Warning,
            ),
            ("list_of_nouns", "They must respect the treaty, the borders and the partnership.", Tone::Warning),
            ("new_clause", "They must leave, and we will be partners in dialogue.", Tone::Cooperative),
            ("pronoun_clause", "They must leave, we will then be partners in dialogue.", Tone::Cooperative),
            ("no_conjunction", "They must leave, partners in dialogue, useful partners.", Tone::Cooperative),
            ("aside_in_ing", "They must leave, adding that partnership and dialogue are useful.", Tone::Cooperative),
        ];
        check(CASES);
        assert!(rules_of("They must agree to dialogue.", "dialogue").contains(&Rule::Demand));
        // A term is damped once, however many obligations stand before it.
        let twice = rules_of("They must understand they have to agree.", "agree");
        assert_eq!(twice.iter().filter(|&&r| r == Rule::Demand).count(), 1);
    }

    #[test]
    fn topic() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("about_threats", "Dialogue, and talk about threats.", Tone::Cooperative),
            ("threats_plain", "Dialogue, and more threats.", Tone::Warning),
            ("reviewed", "Dialogue, and they reviewed the threats.", Tone::Cooperative),
        ];
        check(CASES);
        assert!(rules_of("We discussed the escalation.", "escalation").contains(&Rule::Topic));
        assert!(rules_of("Talks on possible dialogue.", "dialogue").contains(&Rule::Topic));
        assert!(!rules_of("They fear escalation.", "escalation").contains(&Rule::Topic));
        // "on", "over", "around" name a topic only after a word for talk.
        const TOPICS: &[(&str, &str, &str, bool)] = &[
            ("about", "We talked about the escalation.", "escalation", true),
            ("talks_on", "Talks on the dialogue went on.", "dialogue", true),
            ("dispute_over", "A dispute over security threats.", "threats", true),
            ("on_track", "They stood on useful ground.", "useful", false),
            ("over_war", "They quarrel over their escalation.", "escalation", false),
            ("conjunct", "We talked about the threats and escalation.", "escalation", true),
            ("not_conjunct", "We talked about the threats, and escalation is near.", "escalation", false),
            ("examined", "The panel examined the escalation.", "escalation", true),
            ("addresses", "The plan addresses the threats.", "threats", true),
            ("studied", "A commission studied the escalation.", "escalation", true),
            ("comment_on", "She would not comment on the threats.", "threats", true),
            ("briefed_on", "He briefed the press on the escalation.", "escalation", true),
            ("touched_upon", "They touched upon the threats.", "threats", true),
            ("issue_of", "He raised the issue of the threats.", "threats", true),
            ("question_of", "The question of escalation came up.", "escalation", true),
            ("issue_plain", "Escalation is the issue.", "escalation", false),
            ("agenda_includes", "The agenda includes the escalation.", "escalation", true),
            ("plan_includes", "Their plan includes threats.", "threats", false),
            ("causes_of", "We examined the causes of the escalation.", "escalation", true),
            ("what_of", "They examined threats of escalation.", "escalation", true),
            ("list_item", "We discussed the clashes, the threats and trade.", "threats", true),
            ("compound", "We discussed the attack threats.", "threats", true),
            ("vote_on", "The vote on the threats was delayed.", "threats", true),
            ("resolution_on", "A resolution on the occupation was tabled.", "occupation", true),
            ("resolution_plain", "Their resolution brought threats.", "threats", false),
        ];
        for &(name, text, word, want) in TOPICS {
            assert_eq!(rules_of(text, word).contains(&Rule::Topic), want, "case {name}: {text:?}");
        }
        // Named as the topic only, a tone word leaves the statement neutral.
        check(&[
            ("topic_only", "We discussed the threats.", Tone::Neutral),
            ("examined_only", "The panel examined the clashes and the threats.", Tone::Neutral),
            ("agenda_only", "The agenda includes the occupation, the clashes and the attack.", Tone::Neutral),
            ("stance_stays", "The threats are bloody and the ministers discussed them.", Tone::Warning),
        ]);
    }

    #[test]
    fn question() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("rhetorical_warning", "Who is making threats?", Tone::Warning),
            ("wh_questioned", "Who will bring dialogue when they make threats?", Tone::Warning),
            ("plain", "They are useful partners.", Tone::Cooperative),
        ];
        check(CASES);
        assert!(score("Are these partners?").compound < score("These are partners.").compound);
        assert_eq!(score("Are these threats?").compound, score("These are threats.").compound);
        // A wh-question questions its cooperative words more than a yes/no question.
        assert!(score("How are these partners?").compound < score("Are these partners?").compound);
        check(&[("wh_only_cooperative", "Who benefits from these partners?", Tone::Neutral)]);
    }

    /// Hardships of the situation, when they are a text's only tone words,
    /// describe how things stand: no warning. Any other tone word, or a
    /// verb over them, keeps them whole.
    #[test]
    fn circumstance() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("state_of_affairs", "The energy supply is in crisis.", Tone::Neutral),
            ("several", "There have been problems, and the economic crisis goes on.", Tone::Neutral),
            ("with_threat", "The crisis brings threats.", Tone::Warning),
            ("with_partner", "With all the problems, we are partners.", Tone::Cooperative),
            ("overcome", "We will overcome the crisis.", Tone::Cooperative),
            ("plain_warning", "These are threats.", Tone::Warning),
        ];
        check(CASES);
        assert!(rules_of("The energy supply is in crisis.", "crisis").contains(&Rule::Circumstance));
        assert!(!rules_of("The crisis brings threats.", "crisis").contains(&Rule::Circumstance));
        // Still on the warning side of zero, for ranking.
        assert!(score("The energy supply is in crisis.").compound < 0.0);
    }

    /// A fragment that only names a diplomatic activity reads neutral; an
    /// evaluating word or a negator keeps it whole; a full sentence is not
    /// touched.
    #[test]
    fn mention() {
        let an = Analyzer::new();
        let lex = Lexicon::from_tsv("rules-test.tsv", TSV, &an).unwrap();
        let scorer = Scorer::new(&lex);
        const CASES: &[(&str, &str, bool, Tone)] = &[
            ("named", "strategic dialogue", true, Tone::Neutral),
            ("judged", "useful dialogue", true, Tone::Cooperative),
            ("negated", "not dialogue", true, Tone::Warning),
            ("with_warning", "dialogue or threats", true, Tone::Warning),
            ("sentence", "strategic dialogue", false, Tone::Cooperative),
        ];
        for &(name, text, fragment, want) in CASES {
            let tokens = an.tokenize(text);
            let s = if fragment { scorer.score_fragment(&tokens, None) } else { scorer.score(&tokens) };
            assert_eq!(s.tone(&Thresholds::default()), want, "case {name}: {text:?} scored {}", s.compound);
        }
        let s = scorer.score_fragment(&an.tokenize("strategic dialogue"), None);
        assert!(s.terms[0].rules.contains(&Rule::Mention) && s.compound > 0.0);
    }
}
