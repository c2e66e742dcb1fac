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
pub struct Shifters {
    /// For each token, the shifter starting there: (class, weight, length).
    at: Vec<Option<(Class, f64, usize)>>,
    /// Clause boundaries: punctuation that ends a scope.
    boundary: Vec<bool>,
    /// Sentence ends.
    sentence_end: Vec<bool>,
    /// Question marks.
    question: Vec<bool>,
}

impl Shifters {
    /// Finds the shifters and boundaries of `tokens`.
    pub fn new(lex: &Lexicon, tokens: &[Token]) -> Shifters {
        let mut at = vec![None; tokens.len()];
        for h in lex.find_shifters(tokens) {
            let e = lex.entry(h.entry);
            at[h.tokens.start] = Some((e.class, e.weight, h.tokens.len()));
        }
        let boundary = tokens
            .iter()
            .map(|t| matches!(t.text.as_str(), "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "\"" | "..."))
            .collect();
        let sentence_end = tokens.iter().map(|t| matches!(t.text.as_str(), "." | "!" | "?")).collect();
        let question = tokens.iter().map(|t| t.text == "?").collect();
        Shifters { at, boundary, sentence_end, question }
    }

    /// Start of the clause holding token `i`.
    fn clause_start(&self, i: usize) -> usize {
        self.boundary[..i].iter().rposition(|&b| b).map_or(0, |p| p + 1)
    }

    /// The sentence holding token `i`.
    fn sentence(&self, i: usize) -> Range<usize> {
        let start = self.sentence_end[..i].iter().rposition(|&b| b).map_or(0, |p| p + 1);
        let end = self.sentence_end[i..].iter().position(|&b| b).map_or(self.sentence_end.len(), |p| i + p + 1);
        start..end
    }

    /// Shifters of `class` that start and end inside `window`, nearest last.
    fn in_window(&self, window: Range<usize>, class: Class) -> Option<(usize, f64)> {
        let end = window.end;
        window.rev().find_map(|i| match self.at[i] {
            Some((c, w, len)) if c == class && i + len <= end => Some((i, w)),
            _ => None,
        })
    }
}

/// Applies every rule to one term, in a fixed order.
pub fn apply(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    deescalate(t, sh, cfg);
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

fn change(t: &mut Term, factor: f64, rule: Rule, trigger: usize) {
    t.value *= factor;
    t.rules.push(rule);
    t.triggers.push(trigger);
}

/// "prevent escalation", "calm tensions": a negative word under a
/// de-escalating verb reads as cooperative.
pub fn deescalate(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    if t.value >= 0.0 {
        return;
    }
    if let Some((i, w)) = sh.in_window(before(t, sh, cfg.deescalation_window), Class::Deescalator) {
        change(t, w, Rule::Deescalation, i);
    }
}

/// "will not retaliate", "partners, not rivals": a negator in scope flips
/// and damps the value.
pub fn negate(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    if let Some((i, w)) = sh.in_window(before(t, sh, cfg.negation_window), Class::Negator) {
        change(t, w, Rule::Negation, i);
    }
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
/// in the same sentence counts less. "although", "though" (weight < 1):
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
        if w > 1.0 {
            change(t, w, Rule::AfterContrast, i);
            return;
        }
    }
    // Strong contrast after the term in its sentence.
    let after = t.tokens.end.min(s.end)..s.end;
    if let Some(i) = after.clone().find(|&i| matches!(sh.at[i], Some((Class::Contrast, w, _)) if w > 1.0)) {
        if let Some((_, w, _)) = sh.at[i] {
            change(t, (2.0 - w).max(0.25), Rule::BeforeContrast, i);
        }
    }
}

/// Tone words in a question count less: "Who is threatening whom?"
pub fn question(t: &mut Term, sh: &Shifters, cfg: &RuleConfig) {
    let s = sh.sentence(t.tokens.start);
    if s.end > s.start && sh.question[s.end - 1] {
        change(t, cfg.question_factor, Rule::Question, s.end - 1);
    }
}
