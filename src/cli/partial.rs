//! `diplotone partial`: one shard of a batch into a partial file; and
//! `--from-partials`, which the batch commands read instead of inputs.
//!
//! A shard keeps the compact record of each quote the [`Collector`] of a
//! single run keeps (see [`diplotone::partial`]); everything that depends
//! on the whole batch (shared ids, repeats, sums) is decided when the
//! partials are read back, by the same [`Collector`], so the tables and the
//! report are the same bytes.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use diplotone::aggregate::Period;
use diplotone::partial::{self, Partial};
use diplotone::Engine;

use super::common::{self, Collector, ConfigError, InputArgs, Output, Runner, ScoreArgs};

/// Read and analyze a shard of a batch into a partial file.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    score: ScoreArgs,
    /// The shard's id, unique in the batch: merging refuses an id seen
    /// twice, so that a retried task does not count twice.
    #[arg(long, value_name = "ID")]
    shard_id: String,
    /// Write to FILE instead of stdout (written whole or not at all).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also keep each quote's row (its text and columns), which `quotes
    /// --from-partials` and `report --from-partials` need; without it a
    /// partial keeps a fixed-size record per quote and no text.
    #[arg(long)]
    with_quotes: bool,
}

/// Read the batch from partial files instead of inputs.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct FromPartials {
    /// Partial files (from `diplotone partial` or `merge`) to read instead
    /// of INPUT; the output is the same bytes as a run over the shards'
    /// inputs. The scoring and input flags must be those the partials were
    /// made with.
    #[arg(long, value_name = "PARTIAL", num_args = 1..)]
    pub from_partials: Vec<PathBuf>,
}

fn config(msg: String) -> anyhow::Error {
    anyhow::Error::new(ConfigError(msg))
}

/// The settings fingerprint of a run with these flags: the engine's
/// lexicons, rules and thresholds, the input options, the aliases file's
/// content, the repeat window and whether repeats are kept.
pub fn settings(engine: &Engine, input: &InputArgs) -> anyhow::Result<String> {
    let aliases = match &input.aliases {
        Some(p) => {
            let data = fs::read(p).map_err(|e| config(format!("{}: cannot read aliases: {e}", p.display())))?;
            format!(
                "{:032x}",
                diplotone::dedup::Fingerprint::of("aliases", [String::from_utf8_lossy(&data).as_ref()]).0
            )
        }
        None => "none".to_string(),
    };
    let opts = input.read_options();
    let mut settings = vec![
        ("aliases", aliases),
        ("repeat-window", input.repeat_window.to_string()),
        ("keep-duplicates", input.keep_duplicates.to_string()),
        ("fields", format!("{:?} {:?} {:?}", opts.id_field, opts.text_field, opts.date_field)),
        ("input", format!("{:?}", opts.kind)),
        ("lossy", opts.lossy.to_string()),
    ];
    // Named only when set, so that partials made without it keep their
    // fingerprint.
    if engine.indirect {
        settings.push(("indirect", "true".to_string()));
    }
    Ok(partial::settings_fingerprint(engine, &settings))
}

/// Reads one partial file; any fault is a configuration error naming it.
pub fn load(path: &Path) -> anyhow::Result<Partial> {
    let bytes = fs::read(path).map_err(|e| config(format!("{}: cannot read partial: {e}", path.display())))?;
    Partial::decode(&bytes).map_err(|e| config(format!("{}: {e}", path.display())))
}

/// Reads and merges partial files; a fault names the file.
pub fn load_all(paths: &[PathBuf]) -> anyhow::Result<Partial> {
    let parts = paths.iter().map(|p| load(p)).collect::<anyhow::Result<Vec<_>>>()?;
    partial::merge(&parts).map_err(|e| config(format!("{}: {e}", paths[e.index()].display())))
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let mut engine = common::engine(&args.score)?;
    engine.indirect = args.input.indirect;
    let settings = settings(&engine, &args.input)?;
    // Aliases are applied in the shard (a quote's fingerprint and speaker
    // depend on them); a bad table stops the shard.
    let mut collector = Collector::new(&args.input, Period::Month, args.with_quotes)?;
    let mut runner = Runner::new(&engine, &args.input, args.score.quiet)?;
    let inputs = if args.input.inputs.is_empty() { vec![PathBuf::from("-")] } else { args.input.inputs.clone() };
    let prep = collector.preparer(&engine);
    runner.run_with(&inputs, &|a, t| prep.prepare(a, t), &mut |p, src| collector.add(p, src))?;
    let counts = [runner.records, runner.quotes, runner.errors.count()];
    let p = collector.into_partial(&args.shard_id, &settings, counts)?;
    let mut out = Output::open(args.output.as_deref())?;
    out.write_all(&p.encode())?;
    out.commit()?;
    runner.finish(&format!(", shard {:?}", args.shard_id))
}

/// Fills `collector` with the batch: the inputs read by `runner`, or the
/// records of the merged partials (whose counts then go to `runner`).
/// Nothing is tokenized or scored for partials: their records are the
/// compact ones a shard kept.
pub fn feed(
    input: &InputArgs,
    from: &FromPartials,
    engine: &Engine,
    runner: &mut Runner<'_>,
    collector: &mut Collector,
) -> anyhow::Result<()> {
    match (input.inputs.is_empty(), from.from_partials.is_empty()) {
        (true, true) => Err(config("no INPUT given (`-` reads stdin), nor --from-partials".into())),
        (false, false) => Err(config("give INPUT or --from-partials, not both".into())),
        (false, true) => {
            let prep = collector.preparer(engine);
            runner.run_with(&input.inputs, &|a, t| prep.prepare(a, t), &mut |p, src| collector.add(p, src))
        }
        (true, false) => {
            let merged = load_all(&from.from_partials)?;
            let ours = settings(engine, input)?;
            let first = from.from_partials[0].display();
            if merged.settings != ours {
                return Err(config(format!(
                    "{first}: made with other lexicons, rules or settings than this run (settings {}, this run {ours}); \
                     give the flags the partials were made with",
                    merged.settings
                )));
            }
            if collector.rows() && !merged.with_quotes {
                return Err(config(format!(
                    "{first}: made without --with-quotes: a partial keeps no quote text unless asked, and quote rows \
                     (`quotes`, and `report`'s quotes.csv and example quotes) need it; make the partials with \
                     `diplotone partial --with-quotes`"
                )));
            }
            runner.records = merged.articles;
            runner.quotes = merged.quotes;
            runner.errors.add_reported_elsewhere(merged.errors);
            collector.add_partial(merged);
            Ok(())
        }
    }
}
