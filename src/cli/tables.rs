//! `diplotone speakers`, `compare` and `timeline`: aggregate tables.

use diplotone::aggregate::{speaker_key, Aggregate, Period};
use diplotone::report::{self, columns, Pairs};
use diplotone::Engine;

use super::common::{self, Batch, Collector, InputArgs, Output, OutputArgs, PeriodArg, Runner, ScoreArgs};
use super::partial::{self, FromPartials};

/// Flags every aggregate table takes.
#[derive(Debug, clap::Args)]
pub struct TableArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    score: ScoreArgs,
    #[command(flatten)]
    out: OutputArgs,
    #[command(flatten)]
    from: FromPartials,
}

/// Reads and scores every input, keeping only the aggregate.
pub fn aggregate(t: &TableArgs, by: Period) -> anyhow::Result<(Engine, Aggregate, Runner<'static>)> {
    let (engine, c, runner) = collect(t, by)?;
    Ok((engine, c.agg, runner))
}

/// Reads and scores every input into a decided batch.
fn collect(t: &TableArgs, by: Period) -> anyhow::Result<(Engine, Batch, Runner<'static>)> {
    let mut engine = common::engine(&t.score)?;
    engine.indirect = t.input.indirect;
    let engine: &'static Engine = Box::leak(Box::new(engine));
    check_output(t)?;
    let mut runner = Runner::new(engine, &t.input, t.score.quiet)?;
    let mut collector = Collector::new(&t.input, by, false)?;
    partial::feed(&t.input, &t.from, engine, &mut runner, &mut collector)?;
    let batch = collector.finish()?;
    Ok((engine.clone(), batch, runner))
}

fn write<T: serde::Serialize>(t: &TableArgs, cols: &[&str], rows: &[T]) -> anyhow::Result<()> {
    let out = Output::open(t.out.output.as_deref())?;
    report::write_table(out, t.out.format.into(), cols, rows)?.commit()
}

/// Checks the output path before any work: a bad one is exit 2, found
/// before the run, not after it.
fn check_output(t: &TableArgs) -> anyhow::Result<()> {
    match t.out.output.as_deref() {
        Some(p) if p != std::path::Path::new("-") => common::check_output_path(p),
        _ => Ok(()),
    }
}

/// Aggregate tone per speaker; one row per speaker.
#[derive(Debug, clap::Args)]
pub struct SpeakersArgs {
    #[command(flatten)]
    table: TableArgs,
    /// Instead of the table, list how names were merged: one row per written
    /// form of each speaker (`speaker,written_as,n,merged_by`), for speakers
    /// written in more than one way.
    #[arg(long)]
    list_aliases: bool,
}

/// One row of `speakers --list-aliases`.
#[derive(serde::Serialize)]
struct AliasRow<'a> {
    speaker: &'a str,
    written_as: &'a str,
    n: u64,
    merged_by: &'a str,
}

/// Runs `speakers`.
pub fn speakers(args: SpeakersArgs) -> anyhow::Result<()> {
    let (_, collector, runner) = collect(&args.table, Period::Month)?;
    let agg = &collector.agg;
    if args.list_aliases {
        let mut rows = Vec::new();
        for (key, forms) in &collector.written {
            let Some(st) = agg.speakers.get(key) else { continue };
            if forms.len() < 2 && !forms.values().any(|f| f.1) {
                continue;
            }
            for (form, &(n, aliased)) in forms {
                let merged_by = if aliased { "alias-table" } else { "name-key" };
                rows.push(AliasRow { speaker: st.display_name(), written_as: form, n, merged_by });
            }
        }
        write(&args.table, &["speaker", "written_as", "n", "merged_by"], &rows)?;
        return runner.finish("");
    }
    write(&args.table, columns::SPEAKERS, &report::speaker_rows(agg))?;
    runner.finish(&format!(
        ", {} speakers, {} quotes without speaker, {} duplicates",
        agg.speakers.len(),
        agg.unattributed,
        agg.duplicates
    ))
}

/// Compare speakers pairwise: Welch's t, Holm, Cohen's d, Mann–Whitney U.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    #[command(flatten)]
    table: TableArgs,
    /// Compare just these two speakers (give twice).
    #[arg(long, num_args = 1)]
    speaker: Vec<String>,
    /// Speakers with fewer quotes are left out of all-pairs comparison.
    #[arg(long, default_value_t = 5)]
    min_quotes: u64,
}

/// Runs `compare`.
pub fn compare(args: CompareArgs) -> anyhow::Result<()> {
    let pairs = match args.speaker.as_slice() {
        [] => Pairs::All { min_quotes: args.min_quotes },
        [a, b] => Pairs::Just(speaker_key(a), speaker_key(b)),
        _ => {
            return Err(anyhow::Error::new(common::ConfigError(
                "--speaker must be given exactly twice (or not at all)".into(),
            )))
        }
    };
    let (_, agg, runner) = aggregate(&args.table, Period::Month)?;
    let rows = report::compare_rows(&agg, &pairs);
    write(&args.table, columns::COMPARE, &rows)?;
    runner.finish(&format!(", {} pairs", rows.len()))
}

/// Tone per speaker and period.
#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    table: TableArgs,
    /// Period length.
    #[arg(long, value_enum, default_value_t)]
    by: PeriodArg,
}

/// Runs `timeline`.
pub fn timeline(args: TimelineArgs) -> anyhow::Result<()> {
    let (_, agg, runner) = aggregate(&args.table, args.by.into())?;
    write(&args.table, columns::TIMELINE, &report::timeline_rows(&agg))?;
    runner.finish("")
}
