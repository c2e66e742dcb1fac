//! `diplotone quotes`: one row per quote.

use std::path::PathBuf;

use diplotone::aggregate::{Aggregate, Period};
use diplotone::quote::SpeakerRule;
use diplotone::report::{columns, QuoteRow, RowWriter};

use super::common::{self, Aliases, FormatArg, InputArgs, Output, Runner, ScoreArgs};

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
    let aliases = Aliases::load(args.input.aliases.as_deref())?;
    let mut out = RowWriter::new(Output::open(args.output.as_deref())?, args.format.into());
    let mut runner = Runner::new(&engine, &args.input, args.score.quiet)?;
    let mut agg = Aggregate::default();
    let mut wrote = false;
    runner.run(&args.input.inputs, &mut |a| {
        for (i, q) in a.quotes.iter().enumerate() {
            let (speaker, aliased) = common::resolve_speaker(&aliases, q.quote.speaker.as_deref());
            let mut row = QuoteRow::new(&a.doc, a.date.as_deref(), i + 1, q, speaker.unwrap_or(""), &engine.lexicon);
            if aliased {
                row.speaker_rule = SpeakerRule::Alias.as_str();
            }
            out.write(&row)?;
            wrote = true;
        }
        common::aggregate_record(&mut agg, &a, &engine, &aliases, Period::Month);
        Ok(())
    })?;
    if !wrote {
        out.header(columns::QUOTES)?;
    }
    out.finish()?.commit()?;
    runner.finish(&format!(", {} without speaker", agg.unattributed))
}
