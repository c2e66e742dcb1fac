//! Rates the tone of quoted diplomatic statements — cooperative versus
//! warning — and who said them.
//!
//! * [`article`] reads records; [`quote::extract`] finds quotes and their
//!   speakers.
//! * [`Analyzer`] turns text into [`Token`]s; [`Lexicon`] holds weighted
//!   phrases and valence shifters.
//! * [`Scorer`] turns tokens into a [`Score`]; [`pipeline::analyze`] runs the
//!   pipeline in parallel, in input order.
//! * [`aggregate`] keeps exact, mergeable per-speaker sums; [`stats`] turns
//!   them into intervals and tests; [`report`] writes CSV and HTML.
//! * [`partial`] keeps a shard's work so that shards merge to exactly the
//!   result of a single run.
//!
//! ```
//! let an = diplotone::Analyzer::new();
//! let tsv = "phrase\tclass\tweight\nred line\twarning\t2\n";
//! let lex = diplotone::Lexicon::from_tsv("inline", tsv, &an)?;
//! let score = diplotone::Scorer::new(&lex).score(&an.tokenize("This is a red line."));
//! assert_eq!(score.tone(&diplotone::Thresholds::default()), diplotone::Tone::Warning);
//! # Ok::<(), diplotone::Error>(())
//! ```
#![deny(missing_docs, clippy::print_stdout, clippy::print_stderr)]

pub mod aggregate;
pub mod article;
pub mod dedup;
pub mod error;
pub mod lexicon;
pub mod partial;
pub mod pipeline;
pub mod quote;
pub mod report;
pub mod score;
pub mod stats;
pub mod tokenize;

pub use article::{Article, Record};
pub use error::{Error, RecordError};
pub use lexicon::{Lexicon, LexiconError};
pub use pipeline::Engine;
pub use score::{Score, Scorer, Thresholds, Tone};
pub use tokenize::{Analyzer, Token};
