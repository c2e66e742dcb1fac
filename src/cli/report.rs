//! `diplotone report`: every table plus an HTML page, in one pass.
//!
//! The input is read once into a decided batch (as `quotes`, `speakers`,
//! `compare` and `timeline` do); its quote rows are written as `quotes`
//! writes them and each counted quote is offered to an [`ExampleKeeper`];
//! the other tables and the page are made from the aggregate. Every file is written to a temporary name in the
//! output folder and renamed into place only once all of them are complete.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use diplotone::aggregate::Period;
use diplotone::pipeline::ScoredQuote;
use diplotone::quote::{Quote, QuoteKind};
use diplotone::report::html::{self, Counts, Example, ExampleKeeper, ReportData};
use diplotone::report::{self, columns, Format, Pairs, RowWriter};
use diplotone::Engine;

use super::common::{self, Batch, Collector, ConfigError, InputArgs, Output, PeriodArg, QuoteTable, Runner, ScoreArgs};
use super::partial::{self, FromPartials};

/// How many example quotes the page shows per speaker and side.
const EXAMPLES: usize = 3;

/// Write quotes.csv, speakers.csv, compare.csv, timeline.csv and index.html into a folder.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    score: ScoreArgs,
    #[command(flatten)]
    from: FromPartials,
    /// Period length of the timeline.
    #[arg(long, value_enum, default_value_t)]
    by: PeriodArg,
    /// Speakers with fewer quotes are left out of the pairwise comparison.
    #[arg(long, default_value_t = 5)]
    min_quotes: u64,
    /// Folder to write into (created if missing); existing files of the
    /// same names are replaced.
    #[arg(short, long, value_name = "DIR")]
    output: PathBuf,
    /// Title of the HTML page.
    #[arg(long, default_value = "diplotone report")]
    title: String,
}

fn period_name(p: PeriodArg) -> &'static str {
    match p {
        PeriodArg::Day => "day",
        PeriodArg::Week => "week",
        PeriodArg::Month => "month",
    }
}

/// Writes a whole CSV table to a temporary file in `dir`, to be committed
/// under `name`.
fn table<T: serde::Serialize>(dir: &Path, name: &str, cols: &[&str], rows: &[T]) -> anyhow::Result<Output> {
    let out = Output::open(Some(&dir.join(name)))?;
    Ok(report::write_table(out, Format::Csv, cols, rows)?)
}

/// The example a stand-in stands for: its quote scored again from its row
/// (text, cue and kind give the same score), which maps its terms to the
/// words of the text. Only the few winners of the choice are built.
fn example(batch: &Batch, engine: &Engine, stand_in: &Example) -> anyhow::Result<Example> {
    let found = stand_in.quote_id.rsplit_once('#').and_then(|(doc, n)| {
        let r = batch.find(doc)?;
        Some((r, n.parse::<usize>().ok()?.checked_sub(1)?))
    });
    let Some((r, i)) = found else { return Ok(stand_in.clone()) };
    let texts = batch.record(r)?.texts;
    let Some(t) = texts.get(i) else { return Ok(stand_in.clone()) };
    let kind = [QuoteKind::Direct, QuoteKind::Split, QuoteKind::Colon, QuoteKind::Partial, QuoteKind::Indirect]
        .into_iter()
        .find(|k| k.as_str() == t.kind)
        .unwrap_or(QuoteKind::Direct);
    let cue = Some(t.cue.clone()).filter(|c| !c.is_empty());
    let tokens = engine.analyzer.tokenize(&t.quote);
    let score = engine.score_tokens(&t.quote, &tokens, cue.as_deref(), kind == QuoteKind::Partial);
    let tone = score.tone(&engine.thresholds);
    let quote = Quote { span: t.start..t.end, kind, speaker: None, mention: None, rule: None, cue };
    let q = ScoredQuote { quote, text: t.quote.clone(), score, tone };
    let date = Some(stand_in.date.as_str()).filter(|d| !d.is_empty());
    Ok(Example::new(stand_in.quote_id.clone(), date, &q, &engine.analyzer, &engine.lexicon))
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let mut engine = common::engine(&args.score)?;
    engine.indirect = args.input.indirect;
    let dir = &args.output;
    fs::create_dir_all(dir)
        .map_err(|e| anyhow::Error::new(ConfigError(format!("{}: cannot create folder: {e}", dir.display()))))?;
    let by: Period = args.by.into();
    for name in ["quotes.csv", "speakers.csv", "compare.csv", "timeline.csv", "index.html"] {
        common::check_output_path(&dir.join(name))?;
    }

    let mut quotes = QuoteTable::new(RowWriter::new(Output::open(Some(&dir.join("quotes.csv")))?, Format::Csv));
    let mut runner = Runner::new(&engine, &args.input, args.score.quiet)?;
    let mut collector = Collector::new(&args.input, by, true)?;
    let mut keeper = ExampleKeeper::new(EXAMPLES);
    partial::feed(&args.input, &args.from, &engine, &mut runner, &mut collector)?;
    let batch = collector.finish()?;
    for r in 0..batch.len() {
        let rec = batch.record(r)?;
        // The same rows as `diplotone quotes`.
        quotes.write(&batch, r, &rec)?;
        // Examples are chosen with stand-ins; only the winners are built.
        let doc = batch.doc(r);
        for (i, (q, t)) in rec.quotes.iter().zip(&rec.texts).enumerate() {
            if let (Some(key), false) = (batch.speaker_key(q), rec.is_repeat(i)) {
                keeper.offer_with(key, q.tone, q.micro, &t.quote, || {
                    Example::stand_in(format!("{doc}#{}", i + 1), rec.date.as_deref(), &t.quote)
                });
            }
        }
    }
    let mut failed = None;
    let keeper = keeper.map(|stand_in| match example(&batch, &engine, &stand_in) {
        Ok(e) => e,
        Err(e) => {
            failed.get_or_insert(e);
            stand_in
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    let quotes = quotes.finish()?;
    let agg = batch.agg;

    let speakers = report::speaker_rows(&agg);
    let compare = report::compare_rows(&agg, &Pairs::All { min_quotes: args.min_quotes });
    let timeline = report::timeline_rows(&agg);
    let speakers_out = table(dir, "speakers.csv", columns::SPEAKERS, &speakers)?;
    let compare_out = table(dir, "compare.csv", columns::COMPARE, &compare)?;
    let timeline_out = table(dir, "timeline.csv", columns::TIMELINE, &timeline)?;

    let examples = keeper.into_examples(&agg);
    let page = html::render(&ReportData {
        title: &args.title,
        counts: Counts {
            articles: runner.records,
            quotes: runner.quotes,
            unattributed: agg.unattributed,
            duplicates: agg.duplicates,
            errors: runner.errors.count(),
        },
        speakers: &speakers,
        compare: &compare,
        timeline: &timeline,
        examples: &examples,
        period: period_name(args.by),
        min_quotes: args.min_quotes,
        thresholds: engine.thresholds,
    });
    let mut index = Output::open(Some(&dir.join("index.html")))?;
    index.write_all(page.as_bytes())?;

    // Everything is written: now rename each file into place.
    for out in [quotes, speakers_out, compare_out, timeline_out, index] {
        out.commit()?;
    }
    runner.finish(&format!(
        ", {} speakers, {} quotes without speaker; wrote {}",
        agg.speakers.len(),
        agg.unattributed,
        dir.display()
    ))
}
