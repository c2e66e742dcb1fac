//! `diplotone quotes`: one row per quote.

use std::path::PathBuf;

use diplotone::aggregate::Period;
use diplotone::report::{columns, RowWriter};

use super::common::{self, Collector, FormatArg, InputArgs, Output, Runner, ScoreArgs};

/// Find, attribute and score every quote; one row per quote.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    score: ScoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: FormatArg,
    /// Write to FILE instead of stdout (written whole or not at all).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let engine = common::engine(&args.score)?;
    let mut out = RowWriter::new(Output::open(args.output.as_deref())?, args.format.into());
    let mut runner = Runner::new(&engine, &args.input, args.score.quiet)?;
    let mut collector = Collector::new(&args.input, Period::Month)?;
    let mut wrote = false;
    runner.run(&args.input.inputs, &mut |a| {
        let metas = collector.add(&a, &engine);
        for row in common::quote_rows(&a, &metas, &engine.lexicon) {
            out.write(&row)?;
            wrote = true;
        }
        Ok(())
    })?;
    if !wrote {
        out.header(columns::QUOTES)?;
    }
    out.finish()?.commit()?;
    let agg = &collector.agg;
    runner.finish(&format!(", {} without speaker, {} duplicates", agg.unattributed, agg.duplicates))
}
