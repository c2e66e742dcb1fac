//! `diplotone quotes`: one row per quote.

use diplotone::aggregate::Period;
use diplotone::report::columns;

use super::common::{self, Collector, InputArgs, OutputArgs, Runner, ScoreArgs};

/// Find, attribute and score every quote; one row per quote.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    score: ScoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let engine = common::engine(&args.score)?;
    let mut out = args.out.writer()?;
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
