//! `diplotone text`: scores free text, one row per input record.

use std::fs;
use std::io::{self, Read};
use std::path::PathBuf;

use anyhow::Context;
use diplotone::report::{columns, RowWriter, TextRow};
use diplotone::RecordError;

use super::common::{self, Errors, FormatArg, Output, ScoreArgs};

/// Score free text: a CSV with `id,text` columns, or plain lines (id = line
/// number).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A CSV file with a header holding `id` and `text`, or a text file of
    /// one record per line; `-` or nothing reads stdin.
    #[arg(value_name = "FILE")]
    input: Option<PathBuf>,
    #[command(flatten)]
    score: ScoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: FormatArg,
    /// Write to FILE instead of stdout (written whole or not at all).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Decode invalid UTF-8 with U+FFFD instead of rejecting the record.
    #[arg(long)]
    lossy: bool,
    /// Also write every record error as a CSV row.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
}

/// Parsed records: (id, text), errors reported on the way.
fn records(name: &str, data: &[u8], lossy: bool, errors: &mut Errors) -> Vec<(String, String)> {
    let data = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    let first_line = data.split(|&b| b == b'\n').next().unwrap_or(b"");
    let first_line = String::from_utf8_lossy(first_line);
    let is_csv = {
        let cols: Vec<&str> = first_line.trim_end_matches('\r').split(',').map(str::trim).collect();
        cols.contains(&"text")
    };
    let mut out = Vec::new();
    if is_csv {
        let opts = diplotone::article::ReadOptions { lossy, ..Default::default() };
        let res = diplotone::article::read_csv(name, data, &opts, |r| match r {
            Ok(diplotone::Record::Article(a)) => out.push((a.id, a.text)),
            Ok(diplotone::Record::Quote(q)) => out.push((q.id, q.text)),
            Err(e) => errors.report(&e),
        });
        if let Err(e) = res {
            errors.report(&e);
        }
    } else {
        for (i, line) in data.split(|&b| b == b'\n').enumerate() {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let n = i as u64 + 1;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match diplotone::article::decode(name, Some(n), line, lossy) {
                Ok(t) => out.push((n.to_string(), t)),
                Err(e) => errors.report(&e),
            }
        }
    }
    out
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let engine = common::engine(&args.score)?;
    let (name, data) = match &args.input {
        Some(p) if p.as_os_str() != "-" => {
            let name = p.display().to_string();
            match fs::read(p) {
                Ok(d) => (name, d),
                Err(e) => {
                    let mut errors = Errors::new(args.errors.as_deref())?;
                    errors.report(&RecordError::in_file(&name, format!("cannot read: {e}")));
                    errors.finish()?;
                    return Err(anyhow::Error::new(common::RecordsFailed(1)));
                }
            }
        }
        _ => {
            let mut d = Vec::new();
            io::stdin().lock().read_to_end(&mut d).context("reading stdin")?;
            ("-".to_string(), d)
        }
    };
    let mut errors = Errors::new(args.errors.as_deref())?;
    let recs = records(&name, &data, args.lossy, &mut errors);
    let texts: Vec<String> = recs.iter().map(|(_, t)| t.clone()).collect();
    let scores = diplotone::pipeline::score_texts(&engine, &texts);
    let mut out = RowWriter::new(Output::open(args.output.as_deref())?, args.format.into());
    if recs.is_empty() {
        out.header(columns::TEXT)?;
    }
    for ((id, _), s) in recs.iter().zip(&scores) {
        let label = s.tone(&engine.thresholds).as_str();
        out.write(&TextRow::new(id, s, label, &engine.lexicon))?;
    }
    out.finish()?.commit()?;
    let n = errors.count();
    if !args.score.quiet {
        eprintln!("diplotone: {} records, {} errors", recs.len(), n);
    }
    errors.finish()?;
    if n > 0 {
        return Err(anyhow::Error::new(common::RecordsFailed(n)));
    }
    Ok(())
}
