//! `diplotone lexicon check|stats`: validate lexicons, show their coverage.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use diplotone::lexicon::{Class, Lexicon, EMBEDDED};
use diplotone::Analyzer;

use super::common::ConfigError;

/// Lexicon tools.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Validate lexicon files; every bad line is reported as `file:line: reason`.
    Check(CheckArgs),
    /// Entry counts per class (of FILEs, or of the built-in lexicons).
    Stats(StatsArgs),
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
}

fn sources(files: &[PathBuf]) -> anyhow::Result<Vec<(String, String)>> {
    if files.is_empty() {
        return Ok(EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect());
    }
    files
        .iter()
        .map(|p| {
            let name = p.display().to_string();
            fs::read_to_string(p)
                .map(|t| (name.clone(), t))
                .map_err(|e| anyhow::Error::new(ConfigError(format!("{name}: cannot read: {e}"))))
        })
        .collect()
}

/// Runs the command.
pub fn run(cmd: Command) -> anyhow::Result<()> {
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
            if n > 0 {
                return Err(anyhow::Error::new(ConfigError(format!("{n} bad lexicon line(s)"))));
            }
            println!("ok: {} entries", lex.entries().len());
            Ok(())
        }
        Command::Stats(a) => {
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
                if e.key.contains(' ') {
                    c.1 += 1;
                }
                if e.glob {
                    c.2 += 1;
                }
            }
            println!("source,class,entries,multiword,globs");
            for ((src, class), (n, multi, glob)) in counts {
                println!("{src},{},{n},{multi},{glob}", class.as_str());
            }
            Ok(())
        }
    }
}
