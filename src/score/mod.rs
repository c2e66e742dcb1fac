//! Scoring: lexicon hits plus rules give a [`Score`] in [-1, 1].
//!
//! The [`Scorer`] finds tone phrases and valence shifters in a token list,
//! lets the rules in [`rules`] change each hit's value (negation, intensity,
//! hedges, contrast, de-escalation), adds the reporting verb as a separate
//! channel, and squashes the sum into a compound score. Every hit is kept
//! with the rules that changed it, so a score can always be explained.

pub mod acts;
pub mod rules;

use std::ops::Range;

use crate::lexicon::{Class, Hit, Lexicon};
use crate::tokenize::Token;

/// Rule knobs. The defaults are documented in the README and tested.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleConfig {
    /// How many tokens before a tone word a negator may stand (within its clause).
    pub negation_window: usize,
    /// How far (in tokens) a function-word negator that negates nothing
    /// nearby reaches, within its clause, to the first tone word after it.
    pub negation_scope: usize,
    /// How many tokens before a tone word an intensifier or diminisher may stand.
    pub intensifier_window: usize,
    /// How many tokens before a negative word a de-escalating verb may stand.
    pub deescalation_window: usize,
    /// Weight of the reporting verb's channel relative to the quote's words.
    pub cue_factor: f64,
    /// Factor on a negator's weight when it negates a warning word: "will
    /// not retaliate" turns mildly cooperative, not as much as praise.
    pub negated_warning_factor: f64,
    /// Warning value of a negator that negates no tone word ("That is not
    /// how it works.").
    pub bare_negation: f64,
    /// Factor on the cooperative words of a question ("Who is threatening whom?").
    pub question_factor: f64,
    /// Factor on the cooperative words after a wh-word in a question ("Who
    /// will help us?", "How can they speak of partnership?"): 0, they are
    /// questioned, not asserted.
    pub wh_question_factor: f64,
    /// Factor on the main verb of an event sentence (its first past verb
    /// outside fronted and subordinate clauses, see [`rules::main_verb`]):
    /// "lifted" in "lifted the curfew imposed after clashes".
    pub lead_factor: f64,
    /// Factor on tone words in a subordinate clause of a sentence with a
    /// main verb: "killed" in "lifted a curfew where 28 were killed".
    pub backdrop_factor: f64,
    /// Factor on the cooperative words of a demand ("they must now agree
    /// to ...", see [`rules::demand`]).
    pub demand_factor: f64,
    /// Warning value of a demand itself (an obligation put on another party).
    pub demand_weight: f64,
    /// How many tokens after a verb of harm ("undermine", "a threat to")
    /// a cooperative object may start.
    pub obstruction_window: usize,
    /// Factor on a cooperative object of a verb of harm: negative, so that
    /// "undermine the peace process" counts the peace it harms as warning.
    pub obstruction_factor: f64,
    /// Factor on a tone word named as the topic of talk ("talks on the
    /// peace treaty", see [`rules::topic`]).
    pub topic_factor: f64,
    /// Factor on words for a hardship of the situation ("crisis",
    /// "problems") when they are a text's only tone words (see
    /// [`rules::circumstance`]).
    pub circumstance_factor: f64,
    /// Factor on nouns of diplomatic activity when they are the only tone
    /// words of a partial quote (see [`rules::mention`]).
    pub mention_factor: f64,
    /// Factor on the misfortune words of a condolence, which turns them
    /// cooperative (negative: "with great sadness", see [`acts::condole`]).
    pub condolence_factor: f64,
    /// Factor on a warning word forbidden to another party ("you cannot
    /// annex", see [`acts::forbid`]): it stays warning, at full weight, since
    /// the act named is the point of a prohibition.
    pub prohibition_factor: f64,
    /// Factor on a shared conflict a call ends ("an end to the long
    /// conflict", see [`acts::end_conflict`]): negative, it turns
    /// cooperative.
    pub end_conflict_factor: f64,
    /// Factor on a warning word that a passive of removal removes ("the
    /// tariffs were removed", see [`acts::removed`]): negative.
    pub removal_factor: f64,
    /// Factor on a cooperative act the speaker asks of one other party
    /// ("I expect them to respect the accord", see [`acts::urge`]): negative, what
    /// is asked is what that party is not doing.
    pub urge_factor: f64,
    /// Factor on a document cited for what it says ("under the port
    /// agreement", see [`acts::cited`]).
    pub citation_factor: f64,
    /// Warning value of a fragment that is only a word of emphasis
    /// ("'strongly'", see [`acts::emphasis`]).
    pub emphasis_weight: f64,
    /// Normalization constant: compound = s / sqrt(s² + alpha).
    pub alpha: f64,
}

impl Default for RuleConfig {
    fn default() -> RuleConfig {
        RuleConfig {
            negation_window: 3,
            negation_scope: 8,
            intensifier_window: 2,
            deescalation_window: 3,
            cue_factor: 1.0,
            negated_warning_factor: 0.4,
            bare_negation: 0.15,
            question_factor: 0.7,
            wh_question_factor: 0.0,
            lead_factor: 3.0,
            backdrop_factor: 0.5,
            demand_factor: 0.3,
            demand_weight: 0.8,
            obstruction_window: 4,
            obstruction_factor: -0.5,
            topic_factor: 0.02,
            circumstance_factor: 0.02,
            mention_factor: 0.04,
            condolence_factor: 0.5,
            prohibition_factor: 1.0,
            end_conflict_factor: -0.8,
            removal_factor: -0.5,
            urge_factor: -0.5,
            citation_factor: 0.01,
            emphasis_weight: 0.8,
            alpha: 6.0,
        }
    }
}

/// Weight at or below which a lexicon entry is a neutralizer: a fixed
/// phrase that claims a tone word used without tone ("work in progress",
/// "without delay"), see the NEUTRALIZERS section of the tone lexicon.
const NEUTRALIZER: f64 = 0.05;

/// Whether shifter hit `s` is a negator absorbed by a multi-word tone
/// phrase it stands in: the "not" of "will not allow" negates nothing
/// after it and is no bare negation. Other shifters keep their reach
/// ("will not tolerate" also strengthens the warning after it), and so
/// does a weak negator that opens a neutralizer ("without delay and
/// preconditions" still means no preconditions).
///
/// Tone hits come in text order and never overlap (the matcher moves past
/// each), so only the last one starting at or before `s` can hold it: one
/// binary search, not a scan of every hit per negator.
fn absorbed(lex: &Lexicon, s: &Hit, tone_hits: &[Hit]) -> bool {
    let neg = lex.entry(s.entry);
    if neg.class != Class::Negator {
        return false;
    }
    let k = tone_hits.partition_point(|h| h.tokens.start <= s.tokens.start);
    tone_hits[..k]
        .last()
        .filter(|h| h.tokens.len() > 1 && h.tokens.start <= s.tokens.start && s.tokens.end <= h.tokens.end)
        .is_some_and(|h| {
            let opens_neutralizer = h.tokens.start == s.tokens.start && lex.entry(h.entry).weight <= NEUTRALIZER;
            !(opens_neutralizer && neg.weight > rules::FULL_NEGATOR)
        })
}

/// Label thresholds on the compound score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Thresholds {
    /// Scores at or above this are cooperative.
    pub cooperative: f64,
    /// Scores at or below this are warning.
    pub warning: f64,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds { cooperative: 0.05, warning: -0.05 }
    }
}

/// The tone label of a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tone {
    /// Cooperative: partnership, progress, dialogue, praise.
    Cooperative,
    /// Neither side clearly, or no evidence.
    Neutral,
    /// Warning: threats, red lines, condemnation.
    Warning,
}

impl Tone {
    /// The label as written in the `label` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Cooperative => "cooperative",
            Tone::Neutral => "neutral",
            Tone::Warning => "warning",
        }
    }
}

/// A rule that changed a hit's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A negator in scope flipped and damped the value.
    Negation,
    /// A de-escalating verb turned a negative object cooperative.
    Deescalation,
    /// An intensifier strengthened it.
    Intensifier,
    /// A diminisher weakened it.
    Diminisher,
    /// A hedge (modal) softened it.
    Hedge,
    /// A strengthener ("must") strengthened a warning.
    Strengthener,
    /// It stands after a contrast word ("but") and counts more.
    AfterContrast,
    /// It stands before a contrast word, or in a concessive clause, and counts less.
    BeforeContrast,
    /// It stands in a question.
    Question,
    /// A warning word after "not to" keeps its sign ("warned them not to").
    Admonition,
    /// A negator that negates no tone word, counted as a little warning.
    BareNegation,
    /// The main verb of an event sentence, which counts more.
    Lead,
    /// An obligation put on another party ("they must ..."): a demand.
    Demand,
    /// It names the topic of talk ("talks on the treaty") and counts less.
    Topic,
    /// It stands in a subordinate clause of an event sentence and counts less.
    Backdrop,
    /// It is the object of a verb of harm ("undermine the peace process").
    Obstruction,
    /// A de-escalating verb over another party's wrongdoing ("end the
    /// occupation"): an accusation, which keeps its sign.
    Accusation,
    /// It names a hardship of the situation and is the text's only tone.
    Circumstance,
    /// A partial quote names a diplomatic activity without judging it.
    Mention,
    /// A verb of protection over the party's own stake ("protect our
    /// interests"): an assertion against others, counted as warning.
    Assertion,
    /// A misfortune word in a condolence ("the victims of the floods"),
    /// counted as the cooperative gesture the condolence is.
    Condolence,
    /// A warning word forbidden to another party ("you cannot annex"):
    /// it keeps its sign under the negator.
    Prohibition,
    /// A warning word under a denial of hostile intent ("no intention of
    /// starting a conflict") or a promise that it will not come ("there
    /// will not be a war").
    Denial,
    /// A shared conflict that a call ends ("an end to the conflict").
    EndConflict,
    /// A warning word under a negated de-escalating verb ("never
    /// stopped shelling"): the de-escalation is undone.
    Persistence,
    /// A warning word that a passive of removal removes ("the tariffs
    /// were removed").
    Removal,
    /// A fragment that is only a word of emphasis ("'strongly'"): the
    /// force of an unquoted protest or demand.
    Emphasis,
    /// A denied wrongdoing ("we did nothing wrong", "there is no
    /// blockade"): a rebuttal of a charge, which keeps its warning sign.
    Rebuttal,
    /// A warning word set aside by "instead of" or "rather than": it is
    /// there, named as the wrong course, and keeps its sign.
    Alternative,
}

impl Rule {
    /// Short tag used in the `terms` column.
    pub fn tag(self) -> &'static str {
        match self {
            Rule::Negation => "neg",
            Rule::Deescalation => "deesc",
            Rule::Intensifier => "int",
            Rule::Diminisher => "dim",
            Rule::Hedge => "hedge",
            Rule::Strengthener => "strong",
            Rule::AfterContrast => "contrast",
            Rule::BeforeContrast => "conceded",
            Rule::Question => "question",
            Rule::Admonition => "admon",
            Rule::BareNegation => "bare",
            Rule::Lead => "lead",
            Rule::Demand => "demand",
            Rule::Topic => "topic",
            Rule::Backdrop => "backdrop",
            Rule::Obstruction => "harmed",
            Rule::Accusation => "accuse",
            Rule::Circumstance => "plight",
            Rule::Mention => "mention",
            Rule::Assertion => "assert",
            Rule::Condolence => "condole",
            Rule::Prohibition => "forbid",
            Rule::Denial => "deny",
            Rule::EndConflict => "end",
            Rule::Persistence => "persist",
            Rule::Removal => "removed",
            Rule::Emphasis => "emphasis",
            Rule::Rebuttal => "rebut",
            Rule::Alternative => "instead",
        }
    }
}

/// One lexicon hit and what the rules made of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// Index of the lexicon entry.
    pub entry: usize,
    /// The tokens it covers.
    pub tokens: Range<usize>,
    /// The entry's signed value before rules (+ cooperative, − warning).
    pub base: f64,
    /// The signed value after rules.
    pub value: f64,
    /// The rules that changed it, in the order applied.
    pub rules: Vec<Rule>,
    /// The shifter tokens that triggered each rule.
    pub triggers: Vec<usize>,
}

/// The tone of one text.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// Compound tone in [-1, 1]: negative warning, positive cooperative.
    pub compound: f64,
    /// Summed cooperative evidence (≥ 0), cue included.
    pub cooperative: f64,
    /// Summed warning evidence (≥ 0), cue included.
    pub warning: f64,
    /// Every tone hit with its rules.
    pub terms: Vec<Term>,
    /// The reporting verb and its weighted contribution, if one was given
    /// and the lexicon knows it.
    pub cue: Option<(String, f64)>,
    /// Share of content words the lexicon knows, in [0, 1]; `None` when the
    /// text has no content word.
    pub coverage: Option<f64>,
}

impl Score {
    /// The tone label under `th`.
    pub fn tone(&self, th: &Thresholds) -> Tone {
        if self.compound >= th.cooperative {
            Tone::Cooperative
        } else if self.compound <= th.warning {
            Tone::Warning
        } else {
            Tone::Neutral
        }
    }

    /// The `terms` column: `partners(+2.10);rivals(+1.26*neg);cue:warned(-0.90)`.
    pub fn terms_column(&self, lexicon: &Lexicon) -> String {
        let cue = usize::from(self.cue.is_some());
        let mut out = String::with_capacity((self.terms.len() + cue) * 24);
        self.push_terms_column(lexicon, &mut out);
        out
    }

    /// Appends the `terms` column ([`Score::terms_column`]) to `out`.
    pub fn push_terms_column(&self, lexicon: &Lexicon, out: &mut String) {
        let from = out.len();
        for t in &self.terms {
            if out.len() > from {
                out.push(';');
            }
            out.push_str(&lexicon.entry(t.entry).label);
            out.push('(');
            crate::report::push_signed2(out, t.value);
            for r in &t.rules {
                out.push('*');
                out.push_str(r.tag());
            }
            out.push(')');
        }
        if let Some((verb, v)) = &self.cue {
            if *v != 0.0 {
                if out.len() > from {
                    out.push(';');
                }
                out.push_str("cue:");
                out.push_str(verb);
                out.push('(');
                crate::report::push_signed2(out, *v);
                out.push(')');
            }
        }
    }
}

/// Scores token lists against a lexicon. Cheap to share between threads.
#[derive(Clone, Debug)]
pub struct Scorer<'l> {
    lexicon: &'l Lexicon,
    config: RuleConfig,
}

impl<'l> Scorer<'l> {
    /// A scorer with the default rules.
    pub fn new(lexicon: &'l Lexicon) -> Scorer<'l> {
        Scorer { lexicon, config: RuleConfig::default() }
    }

    /// A scorer with the given rule knobs.
    pub fn with_config(lexicon: &'l Lexicon, config: RuleConfig) -> Scorer<'l> {
        Scorer { lexicon, config }
    }

    /// The lexicon it scores with.
    pub fn lexicon(&self) -> &'l Lexicon {
        self.lexicon
    }

    /// The rule knobs.
    pub fn config(&self) -> &RuleConfig {
        &self.config
    }

    /// Scores a text with no reporting verb.
    pub fn score(&self, tokens: &[Token]) -> Score {
        self.score_with_cue(tokens, None)
    }

    /// Scores a quote together with the verb that reported it.
    pub fn score_with_cue(&self, tokens: &[Token], cue: Option<&str>) -> Score {
        self.score_speech(tokens, cue, false)
    }

    /// Scores a partial quote, a fragment set inside reported speech
    /// ("called it a 'strategic dialogue'"), with its reporting verb: as
    /// [`Scorer::score_with_cue`], and a fragment that only names a
    /// diplomatic activity reads neutral ([`rules::mention`]).
    pub fn score_fragment(&self, tokens: &[Token], cue: Option<&str>) -> Score {
        self.score_speech(tokens, cue, true)
    }

    fn score_speech(&self, tokens: &[Token], cue: Option<&str>, fragment: bool) -> Score {
        self.score_counting(tokens, cue, fragment).0
    }

    /// [`Scorer::score_fragment`] or [`Scorer::score_with_cue`], also
    /// returning the number of elementary steps the rules took: it grows
    /// linearly with the text, however long its sentences; tests use it to
    /// keep every rule that way.
    pub fn score_counting(&self, tokens: &[Token], cue: Option<&str>, fragment: bool) -> (Score, u64) {
        let lex = self.lexicon;
        let (tone_hits, mut shifter_hits) = lex.find_all(tokens);
        debug_assert!(tone_hits.windows(2).all(|w| w[0].tokens.end <= w[1].tokens.start));
        shifter_hits.retain(|s| !absorbed(lex, s, &tone_hits));
        let shifters = rules::Shifters::from_hits(lex, tokens, shifter_hits);
        let mut terms: Vec<Term> = tone_hits
            .into_iter()
            .map(|h| {
                let base = lex.entry(h.entry).valence();
                Term { entry: h.entry, tokens: h.tokens, base, value: base, rules: Vec::new(), triggers: Vec::new() }
            })
            .collect();
        // Rules find a position's terms by binary search: tone hits come
        // in text order.
        debug_assert!(terms.windows(2).all(|w| w[0].tokens.start <= w[1].tokens.start));
        for t in &mut terms {
            rules::apply(t, &shifters, &self.config);
        }
        rules::topic(&mut terms, &shifters, &self.config);
        rules::obstruct(&mut terms, &shifters, &self.config);
        acts::exit_from(&mut terms, tokens, &self.config, &shifters);
        acts::avoided_acts(&mut terms, tokens, &self.config, &shifters);
        acts::watching(&mut terms, tokens, &self.config, &shifters);
        acts::furthers(&mut terms, tokens, &self.config, &shifters);
        acts::guarded_hope(&mut terms, tokens, &self.config, &shifters);
        acts::harm_chain(&mut terms, tokens, &self.config, &shifters);
        acts::oppose(&mut terms, tokens, &self.config);
        rules::assert_stake(&mut terms, &shifters);
        rules::negate_far(&mut terms, &shifters, &self.config);
        rules::negate_object(&mut terms, &shifters);
        rules::negate_conjuncts(&mut terms, &shifters);
        acts::end_object(&mut terms, tokens, &shifters);
        acts::stop_doing(&mut terms, tokens, &shifters);
        acts::fall_short(&mut terms, tokens, &shifters);
        acts::distanced_praise(&mut terms, tokens, &self.config, &shifters);
        acts::end_conflict_demand(&mut terms, tokens, &self.config, &shifters);
        acts::hollow_praise(&mut terms, tokens, &self.config, &shifters);
        acts::inquiry_attributes(&mut terms, tokens, &self.config, &shifters);
        acts::forbid(&mut terms, tokens, &self.config, &shifters);
        acts::persist(&mut terms, tokens);
        acts::removed(&mut terms, tokens, &self.config, &shifters);
        acts::release(&mut terms, tokens, &self.config, &shifters);
        acts::rebut(&mut terms, tokens, &shifters);
        acts::instead(&mut terms, tokens, &shifters);
        acts::deny_intent(&mut terms, tokens, &self.config, &shifters);
        acts::end_conflict(&mut terms, tokens, &self.config, &shifters);
        acts::urge(&mut terms, tokens, &self.config, &shifters);
        acts::imperative_list(&mut terms, tokens, &self.config, &shifters);
        acts::cited(&mut terms, tokens, &self.config, &shifters);
        acts::procedure(&mut terms, tokens, &self.config, &shifters);
        acts::announces(&mut terms, tokens, &self.config, &shifters);
        acts::sought(&mut terms, tokens, &self.config, &shifters);
        acts::compared(&mut terms, tokens, &self.config, &shifters);
        rules::lead(&mut terms, &shifters, &self.config);
        rules::backdrop(&mut terms, &shifters, &self.config);
        rules::circumstance(&mut terms, &shifters, &self.config);
        acts::condole(&mut terms, tokens, &self.config);
        if fragment {
            rules::mention(&mut terms, &shifters, &self.config);
            acts::grief_fragment(&mut terms, tokens, &self.config);
            terms.extend(acts::emphasis(&terms, tokens, &self.config, &shifters));
        }
        let demands = rules::demand(&mut terms, &shifters, &self.config);
        terms.extend(demands);
        let bare = rules::bare_negations(&terms, &shifters, &self.config);
        terms.extend(bare);
        terms.sort_by_key(|t| t.tokens.start);
        let mut cooperative: f64 = terms.iter().map(|t| t.value.max(0.0)).sum();
        let mut warning: f64 = terms.iter().map(|t| (-t.value).max(0.0)).sum();
        let cue = cue.and_then(|verb| {
            let e = lex.cue(verb)?;
            Some((verb.trim().to_lowercase(), e.weight * self.config.cue_factor))
        });
        if let Some((_, v)) = &cue {
            cooperative += v.max(0.0);
            warning += (-v).max(0.0);
        }
        let s = cooperative - warning;
        let compound = if s == 0.0 { 0.0 } else { (s / (s * s + self.config.alpha).sqrt()).clamp(-1.0, 1.0) };
        let steps = shifters.steps() + terms.len() as u64;
        (Score { compound, cooperative, warning, coverage: coverage(tokens, &terms), terms, cue }, steps)
    }
}

/// Share of word tokens covered by tone hits, among word tokens longer
/// than three letters (a cheap stand-in for content words).
fn coverage(tokens: &[Token], terms: &[Term]) -> Option<f64> {
    let content = |t: &Token| t.is_word && t.text.chars().count() > 3;
    let n = tokens.iter().filter(|t| content(t)).count();
    if n == 0 {
        return None;
    }
    let known = terms.iter().flat_map(|t| t.tokens.clone()).filter(|&i| content(&tokens[i])).count();
    Some(known.min(n) as f64 / n as f64)
}

#[cfg(test)]
mod tests {
    use super::{Scorer, Thresholds, Tone};
    use crate::lexicon::Lexicon;
    use crate::tokenize::Analyzer;

    /// A small lexicon written for these tests.
    const TSV: &str = "phrase\tclass\tweight\n\
        partners\tcooperative\t2\n\
        threats\twarning\t2.5\n\
        said\tcue\t0\n\
        warned\tcue\t-1.5\n\
        praised\tcue\t1.5\n";

    fn score(text: &str, cue: Option<&str>) -> super::Score {
        let an = Analyzer::new();
        let lex = Lexicon::from_tsv("score-test.tsv", TSV, &an).unwrap();
        Scorer::new(&lex).score_with_cue(&an.tokenize(text), cue)
    }

    /// The reporting verb is its own channel: it adds its weight to the
    /// quote's words, and a neutral verb adds nothing.
    #[test]
    fn cue_channel() {
        const CASES: &[(&str, &str, Option<&str>, Tone)] = &[
            ("no_cue", "We met.", None, Tone::Neutral),
            ("neutral_cue", "We met.", Some("said"), Tone::Neutral),
            ("warning_cue", "We met.", Some("warned"), Tone::Warning),
            ("praise_cue", "We met.", Some("praised"), Tone::Cooperative),
            ("cue_tips_balance", "They are threats and partners.", Some("praised"), Tone::Cooperative),
            ("unknown_cue", "We met.", Some("whispered"), Tone::Neutral),
            ("words_outweigh_cue", "They are partners, true partners.", Some("warned"), Tone::Cooperative),
        ];
        for &(name, text, cue, want) in CASES {
            let s = score(text, cue);
            assert_eq!(s.tone(&Thresholds::default()), want, "case {name}: {text:?} scored {}", s.compound);
        }
        assert!(score("partners", Some("warned")).compound < score("partners", None).compound);
    }

    /// Scores stay in [-1, 1], however much evidence piles up.
    #[test]
    fn bounded() {
        let many = "threats ".repeat(500);
        for (text, cue) in [(many.as_str(), Some("warned")), ("partners ".repeat(500).as_str(), Some("praised"))] {
            let s = score(text, cue);
            assert!((-1.0..=1.0).contains(&s.compound), "{}", s.compound);
        }
    }

    /// Shifters and rules through the shipped lexicons, on text written
    /// for this test.
    #[test]
    fn shipped_lexicon() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("zero_is_no", "We offer zero tariffs.", Tone::Cooperative),
            ("defence_of_our", "The defence of our borders comes first.", Tone::Warning),
            ("defense_of_its", "The navy acts in defense of its waters.", Tone::Warning),
            ("defence_of_others", "The defence of the thesis took an hour.", Tone::Neutral),
            ("solution_to", "We seek a solution to the crisis.", Tone::Cooperative),
            ("resolution_to", "This is a sign of a possible resolution to the conflict.", Tone::Cooperative),
            ("silence_the_guns", "The summit aims at silencing the guns.", Tone::Cooperative),
            ("strong_grades_only", "It has a strong impact on the economy.", Tone::Neutral),
            ("strong_partnership", "We have a strong partnership.", Tone::Cooperative),
            ("strong_opposition", "We face strong hostility.", Tone::Warning),
            ("plight_only", "The world's energy supply is in crisis.", Tone::Neutral),
            ("plight_and_blame", "Their aggression caused this crisis.", Tone::Warning),
            ("without_delay", "The parcels will be sent on without delay.", Tone::Neutral),
            ("without_delay_and", "They will leave without delay and without provocations.", Tone::Cooperative),
            ("without_delay_or", "Talks will resume without delay or preconditions.", Tone::Cooperative),
            ("delay", "There will be a delay.", Tone::Warning),
            ("concern_verb", "The rule does not concern small firms.", Tone::Neutral),
            ("concern_noun", "This is a matter of concern.", Tone::Warning),
            ("no_alternative", "There is no alternative to dialogue.", Tone::Cooperative),
            ("no_alternative_but", "They left us no alternative but war.", Tone::Warning),
            ("not_ruled_out", "We have not ruled out military action.", Tone::Warning),
            ("ruled_out", "We rule out military action.", Tone::Cooperative),
            ("ruled_out_talks", "The minister ruled out talks with the rebels.", Tone::Warning),
            ("nothing_off_the_table", "Nothing is off the table.", Tone::Warning),
            ("patience_has_limits", "Our patience has limits.", Tone::Warning),
            ("patience", "We thank them for their patience.", Tone::Cooperative),
            ("in_kind", "We will respond in kind.", Tone::Warning),
            ("not_against", "We are not against dialogue.", Tone::Cooperative),
            ("spare_no_effort", "We will spare no effort.", Tone::Neutral),
            ("spare_no_effort_for", "We spare no effort to achieve peace.", Tone::Cooperative),
            ("no_stone_unturned", "No stone will be left unturned.", Tone::Neutral),
            ("deems_necessary", "It will take the steps it deems necessary.", Tone::Warning),
            ("for_its_own_sake", "These are talks for the sake of talks.", Tone::Warning),
            ("dialogue", "This is dialogue.", Tone::Cooperative),
            ("long_gone", "Those old habits are long gone.", Tone::Warning),
            ("thanks_to_cause", "Thanks to their stubbornness, relations collapsed.", Tone::Warning),
            ("thanks_to_credit", "Thanks to their patience, the talks resumed.", Tone::Cooperative),
            ("share_of", "Its share of the market rose.", Tone::Neutral),
            ("share", "We share their views.", Tone::Cooperative),
            ("understanding_that", "We act on the understanding that nothing changes.", Tone::Neutral),
            ("understanding", "We reached an understanding.", Tone::Cooperative),
            ("military_operation", "The special military operation continues.", Tone::Warning),
            ("extremists", "Extremists seized the town.", Tone::Warning),
            ("small_circles", "They build small circles.", Tone::Warning),
            ("olive_branch", "They held out an olive branch.", Tone::Cooperative),
            ("new_chapter", "This opens a new chapter.", Tone::Cooperative),
            ("protect_own_stake", "We will protect our national interests.", Tone::Warning),
            ("safeguard_own_stake", "It will safeguard its sovereignty.", Tone::Warning),
            ("protect_civilians", "We will protect civilians.", Tone::Cooperative),
            ("protect_their_rights", "We will protect their rights.", Tone::Cooperative),
            ("outstanding_issues", "They listed the outstanding issues.", Tone::Neutral),
            ("outstanding", "It was an outstanding result.", Tone::Cooperative),
            ("of_mutual_interest", "They raised issues of mutual interest.", Tone::Neutral),
            ("mutual_interest", "It serves our mutual interest.", Tone::Cooperative),
            ("bloodbath", "It was a bloodbath.", Tone::Warning),
            ("flouted_negated", "They never flouted the rules.", Tone::Cooperative),
            ("defused", "The crisis was defused.", Tone::Cooperative),
            ("sticking_point", "The talks have reached a sticking point.", Tone::Warning),
            ("fait_accompli", "They seek to impose a fait accompli.", Tone::Warning),
            ("intransigence", "They showed intransigence.", Tone::Warning),
            ("power_politics", "This is power politics.", Tone::Warning),
            ("cornerstone", "The alliance is the cornerstone of our security.", Tone::Cooperative),
            ("bury_the_hatchet", "The two leaders agreed to bury the hatchet.", Tone::Cooperative),
            ("off_ramp", "We offer them an off-ramp.", Tone::Cooperative),
            ("rash_actions", "These were rash actions.", Tone::Warning),
            ("rash_only", "The rash cleared up on Monday.", Tone::Neutral),
            ("nazir_is_a_name", "Nazir Ahmed read the list.", Tone::Neutral),
            ("cultural_exchange_topic", "They discussed cultural exchange.", Tone::Neutral),
            ("dial_down", "Both sides moved to dial down the rhetoric.", Tone::Cooperative),
            ("stave_off", "Envoys worked to stave off a war.", Tone::Cooperative),
            ("allay_fears", "The statement sought to allay fears in the region.", Tone::Cooperative),
            ("cessation_of", "We call for a cessation of hostilities.", Tone::Cooperative),
            ("refrain_from", "We urge all sides to refrain from violence.", Tone::Cooperative),
            ("rolled_back_sanctions", "They rolled back the sanctions.", Tone::Cooperative),
            ("rolled_back_progress", "They rolled back the progress.", Tone::Warning),
            ("scaled_back_cooperation", "They scaled back the cooperation.", Tone::Warning),
            ("failed_to", "The two ministers failed to reach a compromise.", Tone::Warning),
            ("by_no_means", "This is by no means acceptable.", Tone::Warning),
            ("yet_to", "Both armies have yet to show restraint.", Tone::Warning),
            ("a_little", "We are a little disappointed.", Tone::Warning),
            ("nothing_but", "These claims are nothing but lies.", Tone::Warning),
            ("sco_name", "The Shanghai Cooperation Organisation holds its summit in June.", Tone::Neutral),
            ("cooperation", "We value cooperation with our neighbours.", Tone::Cooperative),
            ("with_respect_to", "With respect to the border, the talks continue.", Tone::Neutral),
            ("respect", "We respect their sovereignty.", Tone::Cooperative),
            ("amnesty_international", "Amnesty International published a report on Tuesday.", Tone::Neutral),
            ("rapid_support_forces", "The Rapid Support Forces entered the capital.", Tone::Neutral),
            ("support_forces_of_peace", "We support the forces of peace.", Tone::Cooperative),
            ("domestic_demand", "The plan reflects domestic demand for energy.", Tone::Neutral),
            ("demand", "We demand an immediate withdrawal.", Tone::Warning),
        ];
        let an = Analyzer::new();
        let lex = Lexicon::embedded(&an).unwrap();
        for &(name, text, want) in CASES {
            let s = Scorer::new(&lex).score(&an.tokenize(text));
            assert_eq!(s.tone(&Thresholds::default()), want, "case {name}: {text:?} scored {}", s.compound);
        }
    }

    /// Issue 12: scoring is linear in the length of a sentence. Each
    /// doubling of a text (one endless sentence, one endless clause, many
    /// sentences, a long question) may at most double the steps the rules
    /// take, plus 10%. The words make every rule fire: negators, hedges,
    /// obligations, contrasts, wh-words, verbs of harm, topics, past verbs.
    #[test]
    fn scoring_steps_grow_linearly() {
        let an = Analyzer::new();
        let lex = Lexicon::embedded(&an).unwrap();
        let scorer = Scorer::new(&lex);
        let words = "we must not allow threats but they should never undermine the peace process \
                     although dialogue could help and not only trade but also talks about sanctions \
                     who will prevent escalation of the crisis the army attacked and lifted the curfew \
                     imposed after clashes all sides need to agree on very deep cooperation \
                     we call for an end to the war and have no intention of starting a conflict \
                     you cannot annex them and the sanctions will be lifted while they terminate the \
                     cooperation agreement and work against our freedom which undermines efforts to \
                     strengthen trust and we urge the government to support the talks under the terms of the trade agreement. the meeting will be held in may";
        type Shape = fn(&str, usize) -> String;
        let shapes: [(&str, Shape); 4] = [
            ("one sentence, no punctuation", |w, n| w.repeat(n)),
            ("one sentence of clauses", |w, n| format!("{}.", format!("{w}, ").repeat(n))),
            ("many sentences", |w, n| format!("{w}. ").repeat(n)),
            ("one long question", |w, n| format!("{}?", w.repeat(n))),
        ];
        for (name, make) in shapes {
            let steps = |n: usize| {
                let text = make(&format!("{words} "), n);
                let tokens = an.tokenize(&text);
                let (score, steps) = scorer.score_counting(&tokens, Some("warned"), false);
                assert!((-1.0..=1.0).contains(&score.compound));
                assert!(!score.terms.is_empty(), "{name}");
                steps
            };
            let mut n = 8;
            let mut prev = steps(n);
            for _ in 0..4 {
                n *= 2;
                let cur = steps(n);
                let ratio = cur as f64 / prev.max(1) as f64;
                assert!(ratio <= 2.2, "{name}: {prev} steps → {cur} steps for 2× input (ratio {ratio:.2})");
                prev = cur;
            }
        }
    }
}
