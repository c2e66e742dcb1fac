//! `diplotone lexicon check|stats|import`: validate lexicons, show their
//! coverage of a corpus, convert other lexicon formats.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::{self, Write};
use std::path::PathBuf;

use diplotone::lexicon::import::{self, CategoryMap};
use diplotone::lexicon::{Class, Lexicon, EMBEDDED};
use diplotone::Analyzer;

use super::common::{self, ConfigError, InputArgs, Runner};

/// Lexicon tools.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Validate lexicon files: every bad line, duplicate, conflicting entry
    /// and entry the tokenizer can never match, as `file:line: reason`.
    Check(CheckArgs),
    /// Entry counts per class; with `--corpus`, the lexicon's coverage of a
    /// corpus and its most frequent unmatched content words.
    Stats(StatsArgs),
    /// Convert a VADER or LIWC-style lexicon to diplotone's TSV (stdout).
    Import(ImportArgs),
}

/// Arguments of `lexicon check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Lexicon files (default: the built-in lexicons).
    files: Vec<PathBuf>,
}

/// Arguments of `lexicon stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Lexicon files (default: the built-in lexicons).
    files: Vec<PathBuf>,
    /// Articles or quotes to measure coverage on (files or folders).
    #[arg(long, num_args = 1.., value_name = "INPUT")]
    corpus: Vec<PathBuf>,
    /// How many unmatched words to list.
    #[arg(long, default_value_t = 40)]
    top: usize,
}

/// Source format of `lexicon import`.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum From {
    /// VADER: `token<TAB>mean<TAB>sd<TAB>[ratings]`, mean in [-4, 4].
    Vader,
    /// LIWC-style `.dic` with a `%` category header.
    Liwc,
}

/// Arguments of `lexicon import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Source format.
    #[arg(long, value_enum)]
    from: From,
    /// The lexicon file.
    file: PathBuf,
    /// LIWC category map, `name=side[:weight],...`
    /// (default `posemo=cooperative:1,negemo=warning:1,anger=warning:1.5,anx=warning:1`).
    #[arg(long)]
    map: Option<String>,
    /// VADER: weight = |mean| × scale.
    #[arg(long, default_value_t = 0.75)]
    scale: f64,
}

fn sources(files: &[PathBuf]) -> anyhow::Result<Vec<(String, String)>> {
    if files.is_empty() {
        return Ok(EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect());
    }
    files.iter().map(|p| common::read_lexicon_file(p, None)).collect()
}

/// Words too common to say anything about a lexicon's coverage.
const STOP: &[&str] = &[
    "about", "after", "also", "been", "before", "being", "could", "does", "each", "from", "have", "into", "just",
    "last", "more", "most", "much", "only", "other", "over", "said", "says", "should", "some", "such", "than", "that",
    "their", "them", "then", "there", "these", "they", "this", "those", "very", "were", "what", "when", "where",
    "which", "while", "will", "with", "would", "your", "year", "years", "people", "because", "through",
];

/// Runs the command.
pub fn run(cmd: Command) -> anyhow::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match cmd {
        Command::Check(a) => {
            let an = Analyzer::new();
            let mut b = Lexicon::builder();
            let mut n = 0;
            for (name, text) in sources(&a.files)? {
                for e in b.check_tsv(&name, &text, &an) {
                    eprintln!("{e}");
                    n += 1;
                }
            }
            let lex = b.build();
            for e in lex.unmatchable(&an) {
                eprintln!(
                    "{}:{}: {:?} can never match: the tokenizer splits it differently inside a sentence",
                    e.source, e.line, e.phrase
                );
                n += 1;
            }
            if n > 0 {
                return Err(anyhow::Error::new(ConfigError(format!("{n} bad lexicon line(s)"))));
            }
            writeln!(out, "ok: {} entries", lex.entries().len())?;
            Ok(out.flush()?)
        }
        Command::Stats(a) => {
            stats(a, &mut out)?;
            Ok(out.flush()?)
        }
        Command::Import(a) => {
            let name = a.file.display().to_string();
            let text = fs::read_to_string(&a.file)
                .map_err(|e| anyhow::Error::new(ConfigError(format!("{name}: cannot read: {e}"))))?;
            let tsv = match a.from {
                From::Vader => import::vader_to_tsv(&name, &text, a.scale, &Analyzer::new()),
                From::Liwc => {
                    let map = match &a.map {
                        Some(spec) => CategoryMap::parse(spec).map_err(|e| ConfigError(format!("--map: {e}")))?,
                        None => CategoryMap::default(),
                    };
                    import::liwc_to_tsv(&name, &text, &map, &Analyzer::new())
                }
            }
            .map_err(|e| ConfigError(e.to_string()))?;
            write!(out, "{tsv}")?;
            Ok(out.flush()?)
        }
    }
}

fn stats(a: StatsArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let an = Analyzer::new();
    let mut b = Lexicon::builder();
    for (name, text) in sources(&a.files)? {
        b.push_tsv(&name, &text, &an).map_err(|e| ConfigError(e.to_string()))?;
    }
    let lex = b.build();
    let mut counts: BTreeMap<(String, Class), (u64, u64, u64)> = BTreeMap::new();
    for e in lex.entries() {
        let c = counts.entry((e.source.clone(), e.class)).or_default();
        c.0 += 1;
        c.1 += u64::from(e.key.contains(' '));
        c.2 += u64::from(e.glob);
    }
    writeln!(out, "source,class,entries,multiword,globs")?;
    for ((src, class), (n, multi, glob)) in counts {
        writeln!(out, "{src},{},{n},{multi},{glob}", class.as_str())?;
    }
    if a.corpus.is_empty() {
        return Ok(());
    }
    let engine = diplotone::Engine::new(an, lex);
    let input = InputArgs {
        inputs: a.corpus.clone(),
        input: common::InputArg::Auto,
        id_field: "id".into(),
        text_field: "text".into(),
        date_field: "date".into(),
        lossy: true,
        aliases: None,
        errors: None,
        keep_duplicates: true,
        repeat_window: 0,
        indirect: false,
    };
    let mut runner = Runner::new(&engine, &input, true)?;
    let mut unmatched: HashMap<String, u64> = HashMap::new();
    let (mut words, mut known, mut quotes, mut no_evidence) = (0u64, 0u64, 0u64, 0u64);
    runner.run(&input.inputs, &mut |r, _| {
        for q in &r.quotes {
            quotes += 1;
            let tokens = engine.analyzer.tokenize(&q.text);
            let mut covered = vec![false; tokens.len()];
            for t in &q.score.terms {
                covered[t.tokens.clone()].iter_mut().for_each(|c| *c = true);
            }
            if q.score.terms.is_empty() {
                no_evidence += 1;
            }
            for (t, c) in tokens.iter().zip(covered) {
                let content = t.is_word && t.text.chars().count() > 3 && t.text.chars().all(char::is_alphabetic);
                if !content || STOP.contains(&t.text.as_str()) {
                    continue;
                }
                words += 1;
                if c {
                    known += 1;
                } else {
                    *unmatched.entry(t.text.to_string()).or_insert(0) += 1;
                }
            }
        }
    })?;
    let share = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    writeln!(out)?;
    writeln!(
        out,
        "corpus: {quotes} quotes, {} with no lexicon evidence; {known} of {words} content words known ({:.1}%)",
        no_evidence,
        100.0 * share(known, words)
    )?;
    let mut top: Vec<(String, u64)> = unmatched.into_iter().collect();
    top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    writeln!(out, "unmatched_word,count")?;
    for (w, c) in top.into_iter().take(a.top) {
        writeln!(out, "{w},{c}")?;
    }
    runner.finish("")
}
