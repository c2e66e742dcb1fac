//! The pipeline: records in, scored and attributed quotes out. The only
//! module that uses rayon.

use rayon::prelude::*;

use crate::article::{Article, GivenQuote, Record};
use crate::lexicon::Lexicon;
use crate::quote::{self, Quote, QuoteKind, SpeakerRule};
use crate::score::{RuleConfig, Score, Scorer, Thresholds, Tone};
use crate::tokenize::{Analyzer, Token};

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
    /// Whether articles are also read for reported speech without
    /// quotation marks ([`quote::extract_indirect`]).
    pub indirect: bool,
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
        Engine { analyzer, lexicon, rules: RuleConfig::default(), thresholds: Thresholds::default(), indirect: false }
    }

    /// A scorer borrowing this engine's lexicon.
    pub fn scorer(&self) -> Scorer<'_> {
        Scorer::with_config(&self.lexicon, self.rules.clone())
    }

    /// Scores free text (no reporting verb). A text that starts in lower
    /// case, after any opening quote marks, is a fragment of a sentence
    /// ("serious consultations tomorrow") and is scored as a partial quote.
    pub fn score_text(&self, text: &str) -> Score {
        self.score_tokens(text, &self.analyzer.tokenize(text), None, false)
    }

    /// Scores the tokens of `text` with the verb that reported it, the one
    /// path that `text`, `quotes` and `explain` share: a partial quote, or
    /// a text that starts in lower case, is scored as a fragment.
    pub fn score_tokens(&self, text: &str, tokens: &[Token], cue: Option<&str>, partial: bool) -> Score {
        let scorer = self.scorer();
        if partial || is_fragment(text) {
            scorer.score_fragment(tokens, cue)
        } else {
            scorer.score_with_cue(tokens, cue)
        }
    }
}

/// Whether a text starts in lower case, after spaces and opening quote
/// marks: a fragment of a sentence, not a sentence.
fn is_fragment(text: &str) -> bool {
    text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '‘' | '«' | '('))
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
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

/// Scores one quote with its reporting verb; a fragment (a partial quote,
/// or one that starts in lower case) as such.
fn score_quote(engine: &Engine, quote: Quote, text: &str) -> (ScoredQuote, Vec<Token>) {
    let content = &text[quote.span.clone()];
    let tokens = engine.analyzer.tokenize(content);
    let score = engine.score_tokens(content, &tokens, quote.cue.as_deref(), quote.kind == QuoteKind::Partial);
    let tone = score.tone(&engine.thresholds);
    (ScoredQuote { text: content.to_string(), quote, score, tone }, tokens)
}

/// The tokens of each quote of an [`Analyzed`] record, in its order: what
/// the scorer read, for work that needs the words again (fingerprints, term
/// readings) without tokenizing a second time.
pub type QuoteTokens = Vec<Vec<Token>>;

/// Extracts, attributes and scores the quotes of one article.
pub fn analyze_article(engine: &Engine, article: &Article) -> Analyzed {
    analyze_article_tokens(engine, article).0
}

fn analyze_article_tokens(engine: &Engine, article: &Article) -> (Analyzed, QuoteTokens) {
    let found = if engine.indirect { quote::extract_indirect(&article.text) } else { quote::extract(&article.text) };
    let (quotes, tokens) = found.into_iter().map(|q| score_quote(engine, q, &article.text)).unzip();
    (Analyzed { doc: article.id.clone(), date: article.date.clone(), quotes }, tokens)
}

/// Scores a quote given with its speaker: the whole text is the quote.
pub fn analyze_given(engine: &Engine, q: &GivenQuote) -> Analyzed {
    analyze_given_tokens(engine, q).0
}

fn analyze_given_tokens(engine: &Engine, q: &GivenQuote) -> (Analyzed, QuoteTokens) {
    let speaker = Some(q.speaker.trim().to_string()).filter(|s| !s.is_empty());
    let quote = Quote {
        span: 0..q.text.len(),
        kind: QuoteKind::Direct,
        rule: speaker.as_ref().map(|_| SpeakerRule::Given),
        mention: speaker.clone(),
        speaker,
        cue: None,
    };
    let (scored, tokens) = score_quote(engine, quote, &q.text);
    (Analyzed { doc: q.id.clone(), date: q.date.clone(), quotes: vec![scored] }, vec![tokens])
}

/// Applies `f` to every item in parallel; results in input order. For
/// work that is not a record's analysis (re-scoring the quotes of
/// partials, [`crate::partial`]), on the same thread pool.
pub fn par_map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync + Send) -> Vec<U> {
    items.par_iter().map(f).collect()
}

/// A record whose analysis panicked: a bug, caught so that the batch goes on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failed {
    /// The record's id.
    pub id: String,
    /// The panic's message.
    pub message: String,
}

thread_local! {
    static IN_RECORD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this thread is analyzing a record right now. A panic hook can
/// ask, to keep a panic that [`analyze`] catches and reports as the
/// record's error off stderr.
pub fn in_record() -> bool {
    IN_RECORD.with(std::cell::Cell::get)
}

/// Analyzes one record in isolation: a panic in its analysis becomes its
/// error, and the other records are not touched.
///
/// # Errors
/// The record's id and the panic's message, when its analysis panicked.
pub fn analyze_record(engine: &Engine, record: &Record) -> Result<Analyzed, Failed> {
    let id = match record {
        Record::Article(a) => &a.id,
        Record::Quote(q) => &q.id,
    };
    isolate(id, || match record {
        Record::Article(a) => analyze_article(engine, a),
        Record::Quote(q) => analyze_given(engine, q),
    })
}

/// Runs one record's work `f`, turning a panic into the record's error.
fn isolate<T>(id: &str, f: impl FnOnce() -> T) -> Result<T, Failed> {
    let was = IN_RECORD.with(|flag| flag.replace(true));
    // The work only reads shared data (engine, record); a panic leaves
    // nothing half-changed behind, so unwinding past it is safe.
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    IN_RECORD.with(|flag| flag.set(was));
    r.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic without a message".to_string());
        Failed { id: id.to_string(), message: format!("internal error: {message}") }
    })
}

/// Analyzes a chunk of records in parallel, each in isolation (see
/// [`analyze_record`]); results keep input order.
pub fn analyze(engine: &Engine, records: &[Record]) -> Vec<Result<Analyzed, Failed>> {
    records.par_iter().map(|r| analyze_record(engine, r)).collect()
}

/// Analyzes a chunk of records in parallel as [`analyze`] does, then hands
/// each record's analysis with its quotes' tokens to `then`, on the same
/// thread and in the same isolation (a panic in `then` is the record's
/// error too). Each result carries the record's number of quotes.
pub fn analyze_then<T: Send>(
    engine: &Engine,
    records: &[Record],
    then: &(dyn Fn(Analyzed, QuoteTokens) -> T + Sync),
) -> Vec<Result<(usize, T), Failed>> {
    records
        .par_iter()
        .map(|record| {
            let id = match record {
                Record::Article(a) => &a.id,
                Record::Quote(q) => &q.id,
            };
            isolate(id, || {
                let (a, tokens) = match record {
                    Record::Article(a) => analyze_article_tokens(engine, a),
                    Record::Quote(q) => analyze_given_tokens(engine, q),
                };
                (a.quotes.len(), then(a, tokens))
            })
        })
        .collect()
}

/// Scores free texts in parallel; results keep input order.
pub fn score_texts(engine: &Engine, texts: &[String]) -> Vec<Score> {
    texts.par_iter().map(|t| engine.score_text(t)).collect()
}

#[cfg(test)]
mod tests {
    use super::{in_record, is_fragment, isolate, Engine, Failed};
    use crate::score::Tone;

    /// A panic in one record's work becomes that record's error, with its
    /// id and message; the flag a panic hook reads is set during the work
    /// only.
    #[test]
    fn a_panic_is_the_records_error() {
        assert!(!in_record());
        let ok = isolate("a", || {
            assert!(in_record());
            7
        });
        assert_eq!(ok, Ok(7));
        assert!(!in_record());
        let text = String::from("ab\u{e9}");
        let failed = isolate("b", || text[..3].len());
        let Err(Failed { id, message }) = failed else { panic!("no error: {failed:?}") };
        assert_eq!(id, "b");
        assert!(message.starts_with("internal error: end byte index 3 is not a char boundary"), "{message}");
        assert!(!in_record());
        let failed = isolate("c", || -> u8 { std::panic::panic_any(5u8) });
        assert_eq!(failed.unwrap_err().message, "internal error: panic without a message");
    }

    /// Texts that start in lower case are fragments, scored as partial quotes.
    #[test]
    fn fragments() {
        const CASES: &[(&str, bool)] = &[
            ("serious consultations tomorrow", true),
            ("“strategic dialogue”", true),
            ("  'working lunch'", true),
            ("We held consultations.", false),
            ("Dialogue is the way.", false),
            ("", false),
            ("2024 talks", false),
        ];
        for &(text, want) in CASES {
            assert_eq!(is_fragment(text), want, "{text:?}");
        }
        let engine = Engine::embedded().unwrap();
        const TONES: &[(&str, Tone)] = &[
            ("strategic dialogue", Tone::Neutral),
            ("serious consultations with them tomorrow", Tone::Neutral),
            ("constructive dialogue", Tone::Cooperative),
            ("We want dialogue.", Tone::Cooperative),
            ("no dialogue", Tone::Warning),
        ];
        for &(text, want) in TONES {
            let s = engine.score_text(text);
            assert_eq!(s.tone(&engine.thresholds), want, "{text:?} scored {}", s.compound);
            // A quote given as a record is scored the same way.
            let q = crate::article::GivenQuote {
                id: "q".into(),
                date: None,
                speaker: "Ana Ruiz".into(),
                text: text.into(),
            };
            assert_eq!(super::analyze_given(&engine, &q).quotes[0].tone, want, "given {text:?}");
        }
    }

    /// Reporting verbs found after or before a quote with neutral content:
    /// the quote is attributed, the verb recorded as its cue, and the cue alone
    /// sets the label.
    #[test]
    fn reporting_verb_cues() {
        const CASES: &[(&str, &str, Tone)] = &[
            ("“The report is due in June,” Anna Berg seethed.", "seethed", Tone::Warning),
            ("“The report is due in June,” Anna Berg bristled.", "bristled", Tone::Warning),
            ("“The report is due in June,” Anna Berg sneered.", "sneered", Tone::Warning),
            ("Anna Berg castigated the plan as “a report due in June”.", "castigated", Tone::Warning),
            ("Anna Berg lambasted the plan as “a report due in June”.", "lambasted", Tone::Warning),
            ("“The report is due in June,” Anna Berg enthused.", "enthused", Tone::Cooperative),
            ("“The report is due in June,” Anna Berg rejoiced.", "rejoiced", Tone::Cooperative),
            ("Anna Berg extolled the plan as “a report due in June”.", "extolled", Tone::Cooperative),
            ("“The report is due in June,” Anna Berg surmised.", "surmised", Tone::Neutral),
            ("“The report is due in June,” Anna Berg confided.", "confided", Tone::Neutral),
        ];
        let engine = Engine::embedded().unwrap();
        for &(text, cue, want) in CASES {
            let article = crate::article::Article { id: "a".into(), date: None, text: text.into() };
            let quotes = super::analyze_article(&engine, &article).quotes;
            assert_eq!(quotes.len(), 1, "{text:?}");
            let q = &quotes[0];
            assert_eq!(q.quote.speaker.as_deref(), Some("Anna Berg"), "{text:?}");
            assert_eq!(q.quote.cue.as_deref(), Some(cue), "{text:?}");
            let weight = engine.lexicon.cue(cue).map(|e| e.weight);
            let sign = match want {
                Tone::Cooperative => 1.0,
                Tone::Warning => -1.0,
                Tone::Neutral => 0.0,
            };
            let got = weight.map(|w| if w == 0.0 { 0.0 } else { w.signum() });
            assert_eq!(got, Some(sign), "{cue}");
            assert_eq!(q.tone, want, "{text:?} scored {}", q.score.compound);
        }
    }
}
