//! `diplotone merge`: partial files into one.

use std::io::Write;
use std::path::PathBuf;

use super::common::Output;
use super::partial::load_all;

/// Merge partial files into one; associative and commutative.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Partial files, from `diplotone partial` or an earlier `merge`.
    #[arg(value_name = "PARTIAL", required = true)]
    partials: Vec<PathBuf>,
    /// The merged partial (written whole or not at all).
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
}

/// Runs the command. Partials of other settings, a shard id seen twice, a
/// truncated or corrupted file, or an unknown version: exit 2, the file
/// named, nothing written.
pub fn run(args: Args) -> anyhow::Result<()> {
    let merged = load_all(&args.partials)?;
    let mut out = Output::open(Some(&args.output))?;
    out.write_all(&merged.encode())?;
    out.commit()?;
    eprintln!(
        "diplotone: merged {} shards: {} articles, {} quotes, {} errors",
        merged.shards.len(),
        merged.articles,
        merged.quotes,
        merged.errors
    );
    Ok(())
}
