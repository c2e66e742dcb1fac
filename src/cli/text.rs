//! `diplotone text`: scores free text, one row per input record.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::PathBuf;

use diplotone::article::{self, ReadOptions};
use diplotone::report::{columns, RowWriter, TextRow};
use diplotone::{Engine, Record, RecordError};

use super::common::{self, Errors, Output, OutputArgs, ScoreArgs};

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
    #[command(flatten)]
    out: OutputArgs,
    /// Decode invalid UTF-8 with U+FFFD instead of rejecting the record.
    #[arg(long)]
    lossy: bool,
    /// Also write every record error as a CSV row.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
}

/// How many texts are scored at once.
const CHUNK: usize = 2048;

/// Buffers records and scores them a chunk at a time, in parallel, writing
/// rows in input order.
struct Batch<'e> {
    engine: &'e Engine,
    buf: Vec<(String, String)>,
    out: RowWriter<Output>,
    rows: u64,
}

impl Batch<'_> {
    fn push(&mut self, id: String, text: String) -> anyhow::Result<()> {
        self.buf.push((id, text));
        if self.buf.len() >= CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        let texts: Vec<String> = self.buf.iter().map(|(_, t)| t.clone()).collect();
        let scores = diplotone::pipeline::score_texts(self.engine, &texts);
        for ((id, _), s) in self.buf.iter().zip(&scores) {
            let label = s.tone(&self.engine.thresholds).as_str();
            self.out.write(&TextRow::new(id, s, label, &self.engine.lexicon))?;
            self.rows += 1;
        }
        self.buf.clear();
        Ok(())
    }
}

/// Whether a header line names a `text` column (then the input is CSV).
fn is_csv_header(line: &[u8]) -> bool {
    let line = String::from_utf8_lossy(line);
    let line = line.trim_start_matches('\u{feff}').trim_end_matches(['\r', '\n']);
    line.split(',').map(|c| c.trim().trim_matches('"')).any(|c| c == "text")
}

/// Whether a first line is a CSV header with an `id` column: two or more
/// comma-separated names, one of them `id`.
fn has_id_column(line: &[u8]) -> bool {
    let line = String::from_utf8_lossy(line);
    let line = line.trim_start_matches('\u{feff}').trim_end_matches(['\r', '\n']);
    let cols: Vec<&str> = line.split(',').map(|c| c.trim().trim_matches('"')).collect();
    cols.len() >= 2 && cols.contains(&"id")
}

/// Reads records from `rdr` into `batch`, reporting faults to `errors`.
fn read(
    name: &str,
    mut rdr: impl BufRead,
    lossy: bool,
    batch: &mut Batch<'_>,
    errors: &mut Errors,
) -> anyhow::Result<()> {
    let mut first = Vec::new();
    rdr.read_until(b'\n', &mut first)?;
    if !is_csv_header(&first) && (name.to_ascii_lowercase().ends_with(".csv") || has_id_column(&first)) {
        // A CSV without a `text` column: scoring its header and raw rows
        // as plain lines would be a silent misreading.
        return Err(anyhow::Error::new(common::ConfigError(format!(
            "{name}:1: the CSV header has no \"text\" column (plain text input has no header)"
        ))));
    }
    if is_csv_header(&first) {
        let opts = ReadOptions { lossy, ..ReadOptions::default() };
        let mut failed = None;
        let mut warnings = Vec::new();
        let res = article::read_csv(
            name,
            io::Cursor::new(first).chain(rdr),
            &opts,
            |_, r| {
                let pushed = match r {
                    Ok(Record::Article(a)) => batch.push(a.id, a.text),
                    Ok(Record::Quote(q)) => batch.push(q.id, q.text),
                    Err(e) => {
                        errors.report(&e);
                        Ok(())
                    }
                };
                if let (Err(e), None) = (pushed, &failed) {
                    failed = Some(e);
                }
            },
            &mut |w| warnings.push(w),
        );
        for w in &warnings {
            errors.warn(w);
        }
        if let Some(e) = failed {
            return Err(e);
        }
        if let Err(e) = res {
            errors.report(&e);
        }
        return Ok(());
    }
    let mut line = first;
    let mut n = 0u64;
    loop {
        if line.is_empty() && rdr.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        n += 1;
        let mut l = line.strip_suffix(b"\n").unwrap_or(&line);
        l = l.strip_suffix(b"\r").unwrap_or(l);
        if n == 1 {
            l = l.strip_prefix(b"\xef\xbb\xbf").unwrap_or(l);
        }
        if !l.iter().all(u8::is_ascii_whitespace) {
            match article::decode(name, Some(n), l, lossy) {
                Ok(t) => batch.push(n.to_string(), t)?,
                Err(e) => errors.report(&e),
            }
        }
        line.clear();
    }
    Ok(())
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let engine = common::engine(&args.score)?;
    let mut errors = Errors::new(args.errors.as_deref())?;
    let mut batch = Batch { engine: &engine, buf: Vec::with_capacity(CHUNK), out: args.out.writer()?, rows: 0 };
    match &args.input {
        Some(p) if p.as_os_str() != "-" => {
            let name = p.display().to_string();
            match File::open(p) {
                Ok(f) => read(&name, BufReader::new(f), args.lossy, &mut batch, &mut errors)?,
                Err(e) => errors.report(&RecordError::in_file(&name, format!("cannot read: {e}"))),
            }
        }
        _ => read("-", BufReader::new(io::stdin().lock()), args.lossy, &mut batch, &mut errors)?,
    }
    batch.flush()?;
    if batch.rows == 0 {
        batch.out.header(columns::TEXT)?;
    }
    batch.out.finish()?.commit()?;
    let n = errors.count();
    if !args.score.quiet {
        eprintln!("diplotone: {} records, {} errors", batch.rows, n);
    }
    errors.finish()?;
    if n > 0 {
        return Err(anyhow::Error::new(common::RecordsFailed(n)));
    }
    Ok(())
}
