//! `diplotone quotes`: one row per quote.

use diplotone::aggregate::Period;

use super::common::{self, Collector, InputArgs, OutputArgs, QuoteTable, Runner, ScoreArgs};
use super::partial::{self, FromPartials};

/// Find, attribute and score every quote; one row per quote.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    score: ScoreArgs,
    #[command(flatten)]
    out: OutputArgs,
    #[command(flatten)]
    from: FromPartials,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let mut engine = common::engine(&args.score)?;
    engine.indirect = args.input.indirect;
    let table = QuoteTable::new(args.out.writer()?);
    let mut runner = Runner::new(&engine, &args.input, args.score.quiet)?;
    let mut collector = Collector::new(&args.input, Period::Month, true)?;
    partial::feed(&args.input, &args.from, &engine, &mut runner, &mut collector)?;
    // Rows come out once the batch is decided: which copy of a repeated
    // quote counts depends on every copy, and rows are sorted by id so
    // that the table does not depend on the order of the inputs.
    let batch = collector.finish()?;
    table.write_batch(&batch)?.finish()?.commit()?;
    let agg = &batch.agg;
    runner.finish(&format!(", {} without speaker, {} duplicates", agg.unattributed, agg.duplicates))
}
