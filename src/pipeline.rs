//! The pipeline: records in, scored and attributed quotes out. The only
//! module that uses rayon.

use rayon::prelude::*;

use crate::article::{Article, GivenQuote, Record};
use crate::lexicon::Lexicon;
use crate::quote::{self, Quote, QuoteKind, SpeakerRule};
use crate::score::{RuleConfig, Score, Scorer, Thresholds, Tone};
use crate::tokenize::Analyzer;

/// Everything needed to score: analyzer, lexicon, rule knobs, thresholds.
#[derive(Clone, Debug)]
pub struct Engine {
    /// Tokenizer and normalizer.
    pub analyzer: Analyzer,
    /// Tone words, shifters and cues.
    pub lexicon: Lexicon,
    /// Rule knobs.
    pub rules: RuleConfig,
    /// Label thresholds.
    pub thresholds: Thresholds,
}

impl Engine {
    /// An engine with the embedded lexicons and default settings.
    ///
    /// # Errors
    /// Only if the embedded lexicons are broken.
    pub fn embedded() -> Result<Engine, crate::Error> {
        let analyzer = Analyzer::new();
        let lexicon = Lexicon::embedded(&analyzer)?;
        Ok(Engine::new(analyzer, lexicon))
    }

    /// An engine over a given lexicon with default settings.
    pub fn new(analyzer: Analyzer, lexicon: Lexicon) -> Engine {
        Engine { analyzer, lexicon, rules: RuleConfig::default(), thresholds: Thresholds::default() }
    }

    /// A scorer borrowing this engine's lexicon.
    pub fn scorer(&self) -> Scorer<'_> {
        Scorer::with_config(&self.lexicon, self.rules.clone())
    }

    /// Scores free text (no reporting verb).
    pub fn score_text(&self, text: &str) -> Score {
        self.scorer().score(&self.analyzer.tokenize(text))
    }
}

/// A quote with its score.
#[derive(Clone, Debug)]
pub struct ScoredQuote {
    /// Where it is and who said it.
    pub quote: Quote,
    /// The quote's content.
    pub text: String,
    /// Its tone.
    pub score: Score,
    /// Its label.
    pub tone: Tone,
}

/// The result of one record: its document id, date and scored quotes.
#[derive(Clone, Debug)]
pub struct Analyzed {
    /// Document id.
    pub doc: String,
    /// Document date.
    pub date: Option<String>,
    /// Scored quotes in text order.
    pub quotes: Vec<ScoredQuote>,
}

fn score_quote(engine: &Engine, scorer: &Scorer<'_>, quote: Quote, text: &str) -> ScoredQuote {
    let content = &text[quote.span.clone()];
    let score = scorer.score_with_cue(&engine.analyzer.tokenize(content), quote.cue.as_deref());
    let tone = score.tone(&engine.thresholds);
    ScoredQuote { text: content.to_string(), quote, score, tone }
}

/// Extracts, attributes and scores the quotes of one article.
pub fn analyze_article(engine: &Engine, article: &Article) -> Analyzed {
    let scorer = engine.scorer();
    let quotes =
        quote::extract(&article.text).into_iter().map(|q| score_quote(engine, &scorer, q, &article.text)).collect();
    Analyzed { doc: article.id.clone(), date: article.date.clone(), quotes }
}

/// Scores a quote given with its speaker: the whole text is the quote.
pub fn analyze_given(engine: &Engine, q: &GivenQuote) -> Analyzed {
    let scorer = engine.scorer();
    let speaker = Some(q.speaker.trim().to_string()).filter(|s| !s.is_empty());
    let quote = Quote {
        span: 0..q.text.len(),
        kind: QuoteKind::Direct,
        rule: speaker.as_ref().map(|_| SpeakerRule::Given),
        mention: speaker.clone(),
        speaker,
        cue: None,
    };
    Analyzed { doc: q.id.clone(), date: q.date.clone(), quotes: vec![score_quote(engine, &scorer, quote, &q.text)] }
}

/// Analyzes a chunk of records in parallel; results keep input order.
pub fn analyze(engine: &Engine, records: &[Record]) -> Vec<Analyzed> {
    records
        .par_iter()
        .map(|r| match r {
            Record::Article(a) => analyze_article(engine, a),
            Record::Quote(q) => analyze_given(engine, q),
        })
        .collect()
}

/// Scores free texts in parallel; results keep input order.
pub fn score_texts(engine: &Engine, texts: &[String]) -> Vec<Score> {
    texts.par_iter().map(|t| engine.score_text(t)).collect()
}
