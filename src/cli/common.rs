//! Plumbing shared by the subcommands: flags, inputs, outputs, the engine.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::Context;
use diplotone::aggregate::{self, speaker_key, Aggregate, Observation, Period};
use diplotone::article::{self, InputKind, ReadOptions, Record};
use diplotone::dedup;
use diplotone::partial::{Contribution, Interner, Partial, PartialRecord, QuoteText};
use diplotone::pipeline::{self, Analyzed, QuoteTokens};
use diplotone::quote::SpeakerRule;
use diplotone::report::{quote_cells, Format, QuoteRow, RowWriter};
use diplotone::score::Tone;
use diplotone::stats;
use diplotone::{Analyzer, Engine, Lexicon, RecordError, Thresholds};
use rayon::prelude::*;

use super::spill;

/// A configuration fault: exit 2, nothing written.
#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

/// Some records failed; the rest were written (exit 1).
#[derive(Debug)]
pub struct RecordsFailed(pub u64);

impl std::fmt::Display for RecordsFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} record(s) could not be read", self.0)
    }
}

impl std::error::Error for RecordsFailed {}

fn config(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(ConfigError(msg.into()))
}

/// Output format flag.
#[derive(Clone, Copy, Debug, clap::ValueEnum, Default)]
pub enum FormatArg {
    /// CSV with a header row.
    #[default]
    Csv,
    /// One JSON object per line.
    Jsonl,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Csv => Format::Csv,
            FormatArg::Jsonl => Format::Jsonl,
        }
    }
}

/// What JSONL lines hold.
#[derive(Clone, Copy, Debug, clap::ValueEnum, Default)]
pub enum InputArg {
    /// Articles; lines with `quotation` are quotes.
    #[default]
    Auto,
    /// Articles only.
    Articles,
    /// Quotes with given speakers (Quotebank style).
    Quotes,
}

/// Period flag of `timeline`.
#[derive(Clone, Copy, Debug, clap::ValueEnum, Default)]
pub enum PeriodArg {
    /// ISO dates.
    Day,
    /// ISO weeks (2024-W17).
    Week,
    /// Months (2024-04).
    #[default]
    Month,
}

impl From<PeriodArg> for Period {
    fn from(p: PeriodArg) -> Period {
        match p {
            PeriodArg::Day => Period::Day,
            PeriodArg::Week => Period::Week,
            PeriodArg::Month => Period::Month,
        }
    }
}

/// Flags about scoring, shared by every command that scores.
#[derive(Clone, Debug, clap::Args)]
pub struct ScoreArgs {
    /// Lexicon file(s) replacing the built-in lexicons (repeat to combine
    /// several): diplotone TSV, VADER's word list, or a LIWC-style `.dic`.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// How LIWC categories map to sides: `name=side[:weight],...`
    /// (default `posemo=cooperative:1,negemo=warning:1,anger=warning:1.5,anx=warning:1`).
    #[arg(long, value_name = "SPEC")]
    pub liwc_map: Option<String>,
    /// Scores at or above this are labelled cooperative.
    #[arg(long, default_value_t = Thresholds::default().cooperative, allow_hyphen_values = true)]
    pub cooperative_threshold: f64,
    /// Scores at or below this are labelled warning.
    #[arg(long, default_value_t = Thresholds::default().warning, allow_hyphen_values = true)]
    pub warning_threshold: f64,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
    /// Hide the progress bar.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Where and how a table is written, shared by the table commands.
#[derive(Clone, Debug, clap::Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: FormatArg,
    /// Write to FILE instead of stdout (written whole or not at all).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl OutputArgs {
    /// A row writer on the chosen output.
    pub fn writer(&self) -> anyhow::Result<RowWriter<Output>> {
        Ok(RowWriter::new(Output::open(self.output.as_deref())?, self.format.into()))
    }
}

/// Flags about reading input, shared by the batch commands.
#[derive(Clone, Debug, clap::Args)]
pub struct InputArgs {
    /// Files or folders (walked recursively, sorted) of .txt, .jsonl or
    /// .csv articles; `-` reads stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// What JSONL lines hold.
    #[arg(long, value_enum, default_value_t)]
    pub input: InputArg,
    /// JSONL/CSV field holding the id.
    #[arg(long, default_value = "id")]
    pub id_field: String,
    /// JSONL/CSV field holding the text.
    #[arg(long, default_value = "text")]
    pub text_field: String,
    /// JSONL/CSV field holding the date.
    #[arg(long, default_value = "date")]
    pub date_field: String,
    /// Decode invalid UTF-8 with U+FFFD instead of rejecting the record.
    #[arg(long)]
    pub lossy: bool,
    /// CSV file of `alias,speaker` rows merging spellings across articles.
    #[arg(long, value_name = "FILE")]
    pub aliases: Option<PathBuf>,
    /// Also write every record error as a CSV row (file,line,byte,reason).
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Count repeated quotes (same normalized text and speaker, as in wire
    /// copy) every time, instead of once.
    #[arg(long)]
    pub keep_duplicates: bool,
    /// A copy of a quote (same normalized words, same speaker) at most this
    /// many days after the copy that counts is a repeat of it.
    #[arg(long, value_name = "DAYS", default_value_t = dedup::DEFAULT_WINDOW_DAYS)]
    pub repeat_window: u32,
    /// Also find reported speech without quotation marks ("Ruiz said the
    /// talks would go on"), as quotes of kind `indirect`.
    #[arg(long)]
    pub indirect: bool,
}

impl InputArgs {
    /// The reader options these flags ask for.
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            id_field: self.id_field.clone(),
            text_field: self.text_field.clone(),
            date_field: self.date_field.clone(),
            kind: match self.input {
                InputArg::Auto => InputKind::Auto,
                InputArg::Articles => InputKind::Articles,
                InputArg::Quotes => InputKind::Quotes,
            },
            lossy: self.lossy,
        }
    }
}

/// The most worker threads `-j` accepts: far more than any machine has
/// cores, few enough that starting them takes no noticeable time.
pub const MAX_THREADS: usize = 1024;

/// Sets the global thread pool; called once per process.
pub fn set_threads(n: Option<usize>) -> anyhow::Result<()> {
    if let Some(n) = n {
        if n == 0 || n > MAX_THREADS {
            return Err(config(format!("--threads must be between 1 and {MAX_THREADS}, not {n}")));
        }
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().context("setting up the thread pool")?;
    }
    Ok(())
}

/// Checks the label thresholds: finite, in [-1, 1], and not crossed.
pub fn check_thresholds(th: &Thresholds) -> anyhow::Result<()> {
    for (flag, v) in [("--cooperative-threshold", th.cooperative), ("--warning-threshold", th.warning)] {
        if !(-1.0..=1.0).contains(&v) {
            return Err(config(format!("{flag} must be in [-1, 1] (scores are), not {v}")));
        }
    }
    if th.warning > th.cooperative {
        return Err(config(format!(
            "--warning-threshold ({}) must not exceed --cooperative-threshold ({}): the labels would swap",
            th.warning, th.cooperative
        )));
    }
    Ok(())
}

/// Builds the engine: the lexicons (embedded or `--lexicon`) and thresholds.
/// Every setting is checked first, before any input is read or output
/// opened.
pub fn engine(args: &ScoreArgs) -> anyhow::Result<Engine> {
    let th = Thresholds { cooperative: args.cooperative_threshold, warning: args.warning_threshold };
    check_thresholds(&th)?;
    set_threads(args.threads)?;
    let an = Analyzer::new();
    let lexicon = if args.lexicon.is_empty() {
        Lexicon::embedded(&an).map_err(|e| config(e.to_string()))?
    } else {
        let mut b = Lexicon::builder();
        for p in &args.lexicon {
            let (name, text) = read_lexicon_file(p, args.liwc_map.as_deref())?;
            b.push_tsv(&name, &text, &an).map_err(|e| config(e.to_string()))?;
        }
        b.build()
    };
    let mut e = Engine::new(an, lexicon);
    e.thresholds = th;
    Ok(e)
}

/// Reads a lexicon file as diplotone TSV: a `.dic` file is read as LIWC
/// (categories mapped by `liwc_map` or the default map), a file whose first
/// data line is `word<TAB>number<TAB>...` without our header as VADER's
/// format; anything else as our TSV.
pub fn read_lexicon_file(p: &Path, liwc_map: Option<&str>) -> anyhow::Result<(String, String)> {
    use diplotone::lexicon::import;
    let name = p.display().to_string();
    let text = fs::read_to_string(p).map_err(|e| config(format!("{name}: cannot read lexicon: {e}")))?;
    let is_dic = p.extension().is_some_and(|e| e.eq_ignore_ascii_case("dic"));
    let first = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or("");
    let first_fields: Vec<&str> = first.split('\t').collect();
    let is_vader = first_fields.len() >= 3
        && first_fields[0] != "phrase"
        && first_fields[1].trim().parse::<f64>().is_ok()
        && first_fields[2].trim().parse::<f64>().is_ok();
    let tsv = if is_dic {
        let map = match liwc_map {
            Some(spec) => import::CategoryMap::parse(spec).map_err(|e| config(format!("--liwc-map: {e}")))?,
            None => import::CategoryMap::default(),
        };
        import::liwc_to_tsv(&name, &text, &map, &Analyzer::new()).map_err(|e| config(e.to_string()))?
    } else if is_vader {
        import::vader_to_tsv(&name, &text, 0.75, &Analyzer::new()).map_err(|e| config(e.to_string()))?
    } else {
        text
    };
    Ok((name, tsv))
}

/// The alias table: speaker key → canonical display name.
#[derive(Clone, Debug, Default)]
pub struct Aliases(BTreeMap<String, String>);

impl Aliases {
    /// Reads `alias,speaker` rows (a header row is optional). A chain
    /// (A → B, B → C) is followed to its end; an alias given twice with
    /// different speakers, and a cycle (A → B, B → A), are refused with
    /// the file and line of each row involved.
    pub fn load(path: Option<&Path>) -> anyhow::Result<Aliases> {
        let Some(path) = path else {
            return Ok(Aliases::default());
        };
        let name = path.display().to_string();
        let data = fs::read(path).map_err(|e| config(format!("{name}: cannot read aliases: {e}")))?;
        let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(&data[..]);
        // alias key → (speaker as written, line)
        let mut rows: BTreeMap<String, (String, u64)> = BTreeMap::new();
        let mut rec = csv::StringRecord::new();
        loop {
            let more = rdr.read_record(&mut rec).map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                config(format!("{name}:{line}: bad CSV: {e}"))
            })?;
            if !more {
                break;
            }
            let line = rec.position().map_or(0, |p| p.line());
            if line == 1 && rec.get(0) == Some("alias") && rec.get(1) == Some("speaker") {
                continue;
            }
            if rec.len() != 2 {
                return Err(config(format!("{name}:{line}: expected 2 fields (alias,speaker), found {}", rec.len())));
            }
            let (alias, speaker) = (rec[0].trim(), rec[1].trim());
            if alias.is_empty() || speaker.is_empty() {
                return Err(config(format!("{name}:{line}: empty alias or speaker")));
            }
            let key = speaker_key(alias);
            if let Some((before, at)) = rows.get(&key) {
                if speaker_key(before) != speaker_key(speaker) {
                    return Err(config(format!(
                        "{name}:{line}: alias {alias:?} is given twice: {name}:{at} maps it to {before:?}, this row to {speaker:?}"
                    )));
                }
                continue;
            }
            rows.insert(key, (speaker.to_string(), line));
        }
        // Follow chains; a walk that comes back to a name is a cycle.
        let mut map = BTreeMap::new();
        for (key, (speaker, line)) in &rows {
            let mut seen = vec![(key.clone(), *line)];
            let mut target = speaker.clone();
            loop {
                let tkey = speaker_key(&target);
                match rows.get(&tkey) {
                    Some((next, l)) if tkey != seen.last().map_or(String::new(), |s| s.0.clone()) => {
                        if seen.iter().any(|(k, _)| *k == tkey) {
                            let lines: Vec<String> = seen.iter().map(|(_, l)| format!("{name}:{l}")).collect();
                            return Err(config(format!(
                                "{name}:{line}: aliases form a cycle ({}); each name must lead to one speaker",
                                lines.join(", ")
                            )));
                        }
                        seen.push((tkey, *l));
                        target = next.clone();
                    }
                    _ => break,
                }
            }
            map.insert(key.clone(), target);
        }
        Ok(Aliases(map))
    }

    /// The canonical name for `speaker`, if the table merges it.
    pub fn get(&self, speaker: &str) -> Option<&str> {
        if self.0.is_empty() {
            // No table (the usual run): no key to compute.
            return None;
        }
        self.0.get(&speaker_key(speaker)).map(String::as_str)
    }
}

/// Where results go: stdout, or a file written whole or not at all.
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<io::Stdout>),
    /// A device or pipe (`/dev/null`, a FIFO), written in place: renaming
    /// a file onto it would replace the device.
    Device(BufWriter<File>),
    /// A temporary file renamed onto `path` by [`Output::commit`].
    File {
        /// Temporary file in the same folder.
        tmp: PathBuf,
        /// Final path.
        path: PathBuf,
        /// Writer into `tmp` (taken by `commit`).
        w: Option<BufWriter<File>>,
    },
}

impl Output {
    /// Opens `-o PATH`, or stdout when absent or `-`.
    pub fn open(path: Option<&Path>) -> anyhow::Result<Output> {
        match path {
            None => Ok(Output::Stdout(BufWriter::new(io::stdout()))),
            Some(p) if p == Path::new("-") => Ok(Output::Stdout(BufWriter::new(io::stdout()))),
            Some(p) if fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
                let f = fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .map_err(|e| config(format!("{}: cannot write: {e}", p.display())))?;
                Ok(Output::Device(BufWriter::new(f)))
            }
            Some(p) => {
                check_output_path(p)?;
                let tmp = temp_path(p);
                let f = File::create(&tmp).map_err(|e| config(format!("{}: cannot write: {e}", p.display())))?;
                Ok(Output::File { tmp, path: p.to_path_buf(), w: Some(BufWriter::new(f)) })
            }
        }
    }

    /// Flushes, and for a file renames it into place.
    pub fn commit(mut self) -> anyhow::Result<()> {
        match &mut self {
            Output::Stdout(w) => Ok(w.flush()?),
            Output::Device(w) => Ok(w.flush()?),
            Output::File { tmp, path, w } => {
                if let Some(mut w) = w.take() {
                    w.flush().with_context(|| format!("writing {}", path.display()))?;
                    w.get_ref().sync_all().ok();
                }
                fs::rename(&tmp, &path).with_context(|| format!("renaming into {}", path.display()))?;
                *tmp = PathBuf::new();
                Ok(())
            }
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        // A file not committed is removed, never left half-written.
        if let Output::File { tmp, .. } = self {
            if !tmp.as_os_str().is_empty() {
                let _ = fs::remove_file(tmp);
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::Device(w) => w.write(buf),
            Output::File { w, .. } => w.as_mut().ok_or_else(closed)?.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::Device(w) => w.flush(),
            Output::File { w, .. } => w.as_mut().ok_or_else(closed)?.flush(),
        }
    }
}

fn closed() -> io::Error {
    io::Error::other("output already committed")
}

/// Checks, before any work, that a file can be written at `path`: not a
/// folder, in a folder that exists.
pub fn check_output_path(path: &Path) -> anyhow::Result<()> {
    let shown = path.display();
    if path.is_dir() {
        return Err(config(format!("{shown}: is a folder, not a file to write")));
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(config(format!("{shown}: cannot write: folder {} does not exist", parent.display())));
    }
    Ok(())
}

/// A temporary name beside `path`: `.NAME.tmp-PID`.
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

/// Reports record errors on stderr (and to `--errors FILE`) and counts them.
pub struct Errors {
    count: u64,
    warnings: u64,
    /// The first failure to write the `--errors` file.
    write_failed: Option<String>,
    csv: Option<csv::Writer<Output>>,
    /// Errors and warnings held back, in order, while an earlier chunk's
    /// analysis runs, so that they come after that chunk's own.
    held: Option<Vec<Held>>,
}

/// A message held back by [`Errors`]: an error, or a warning.
enum Held {
    Error(RecordError),
    Warning(RecordError),
}

impl Errors {
    /// Opens the `--errors` file, if any.
    pub fn new(path: Option<&Path>) -> anyhow::Result<Errors> {
        let csv = match path {
            Some(p) => {
                let mut w = csv::Writer::from_writer(Output::open(Some(p))?);
                w.write_record(["file", "line", "byte", "reason"])?;
                Some(w)
            }
            None => None,
        };
        Ok(Errors { count: 0, warnings: 0, write_failed: None, csv, held: None })
    }

    /// Reports one error.
    pub fn report(&mut self, e: &RecordError) {
        if let Some(h) = &mut self.held {
            h.push(Held::Error(e.clone()));
            return;
        }
        self.count += 1;
        eprintln!("diplotone: {e}");
        if let Some(w) = &mut self.csv {
            let line = e.line.map(|l| l.to_string()).unwrap_or_default();
            let byte = e.byte.map(|b| b.to_string()).unwrap_or_default();
            if let Err(err) = w.write_record([e.file.as_str(), &line, &byte, &e.reason]) {
                // Kept, and returned by `finish`: an errors file that
                // silently lacks rows would be worse than none.
                self.write_failed.get_or_insert(err.to_string());
            }
        }
    }

    /// Reports a warning: a record kept, but not as given (a bad date).
    pub fn warn(&mut self, w: &RecordError) {
        if let Some(h) = &mut self.held {
            h.push(Held::Warning(w.clone()));
            return;
        }
        self.warnings += 1;
        eprintln!("diplotone: warning: {w}");
    }

    /// Holds back what is reported from now on, until [`Errors::release`].
    fn hold(&mut self) {
        self.held.get_or_insert_with(Vec::new);
    }

    /// Stops holding back, and reports what was held, in order.
    fn release(&mut self) {
        for h in self.held.take().unwrap_or_default() {
            match h {
                Held::Error(e) => self.report(&e),
                Held::Warning(w) => self.warn(&w),
            }
        }
    }

    /// How many warnings were reported.
    pub fn warnings(&self) -> u64 {
        self.warnings
    }

    /// How many errors were reported.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Counts `n` errors already reported elsewhere (by the runs that
    /// made the partials a batch is read from).
    pub fn add_reported_elsewhere(&mut self, n: u64) {
        self.count += n;
    }

    /// Writes the `--errors` file into place.
    pub fn finish(self) -> anyhow::Result<()> {
        if let Some(e) = self.write_failed {
            anyhow::bail!("writing the errors file: {e}");
        }
        if let Some(w) = self.csv {
            let out = w.into_inner().map_err(|e| anyhow::anyhow!("writing the errors file: {}", e.error()))?;
            out.commit()?;
        }
        Ok(())
    }
}

/// How many records are read and scored at once: bounds memory while
/// keeping every core busy.
const CHUNK: usize = 512;

/// What a run does with each record: `prepare` on the pool, right after
/// the record's analysis; `sink` in input order.
///
/// With more than one worker thread, a chunk's analysis runs while this
/// thread reads the next chunk and sinks the one before (`scope` is then
/// set): at most one chunk is analyzed at a time, so memory holds three
/// chunks at most. With one worker, each chunk is analyzed and sunk
/// before the next is read, and the run uses one core.
struct Stage<'a, 's, 'env, T> {
    engine: &'s Engine,
    prepare: &'s (dyn Fn(Analyzed, QuoteTokens) -> T + Sync),
    sink: &'a mut dyn FnMut(T, String),
    scope: Option<&'s std::thread::Scope<'s, 'env>>,
    /// The chunk under analysis: its results, and where its records came from.
    pending: Option<Pending<'s, T>>,
}

/// The results of analyzing one chunk of records, in input order.
type Analyses<T> = Vec<Result<(usize, T), pipeline::Failed>>;

/// A chunk under analysis on the pool.
struct Pending<'s, T> {
    analyses: std::thread::ScopedJoinHandle<'s, Analyses<T>>,
    sources: Vec<(String, Option<u64>)>,
    text_bytes: u64,
}

/// Reads every input in order and hands each analyzed record to `sink`,
/// in input order, scoring chunks of records in parallel.
pub struct Runner<'e> {
    engine: &'e Engine,
    opts: ReadOptions,
    buf: Vec<Record>,
    /// Where each buffered record came from: file, and line where it has one.
    sources: Vec<(String, Option<u64>)>,
    /// Records read.
    pub records: u64,
    /// Quotes found.
    pub quotes: u64,
    /// Record errors.
    pub errors: Errors,
    /// Bytes of record text analyzed, for the progress bar's MB/s.
    text_bytes: u64,
    progress: Option<indicatif::ProgressBar>,
}

impl<'e> Runner<'e> {
    /// A runner over `engine`.
    pub fn new(engine: &'e Engine, input: &InputArgs, quiet: bool) -> anyhow::Result<Runner<'e>> {
        let progress = (!quiet && io::stderr().is_terminal()).then(|| {
            let pb = indicatif::ProgressBar::new_spinner();
            pb.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {pos} articles, {msg} [{elapsed}]")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            pb
        });
        Ok(Runner {
            engine,
            opts: input.read_options(),
            buf: Vec::with_capacity(CHUNK),
            sources: Vec::with_capacity(CHUNK),
            records: 0,
            quotes: 0,
            errors: Errors::new(input.errors.as_deref())?,
            text_bytes: 0,
            progress,
        })
    }

    /// Runs over every input, handing each analyzed record to `sink`.
    pub fn run(&mut self, inputs: &[PathBuf], sink: &mut dyn FnMut(Analyzed, String)) -> anyhow::Result<()> {
        self.run_with(inputs, &|a, _| a, sink)
    }

    /// Runs over every input: `prepare` turns each analyzed record (with
    /// its quotes' tokens) into what `sink` keeps, on the thread pool right
    /// after the analysis; `sink` receives them in input order.
    pub fn run_with<T: Send>(
        &mut self,
        inputs: &[PathBuf],
        prepare: &(dyn Fn(Analyzed, QuoteTokens) -> T + Sync),
        sink: &mut dyn FnMut(T, String),
    ) -> anyhow::Result<()> {
        let overlap = rayon::current_num_threads() > 1;
        std::thread::scope(|scope| {
            let sink =
                &mut Stage { engine: self.engine, prepare, sink, scope: overlap.then_some(scope), pending: None };
            self.read_all(inputs, sink)?;
            // The last chunk read, then the last under analysis.
            self.flush(sink)?;
            self.flush(sink)
        })?;
        if let Some(pb) = &self.progress {
            pb.finish_and_clear();
        }
        Ok(())
    }

    /// Reads every input in order, handing chunks of records to `flush`.
    fn read_all<'s, T: Send + 's>(
        &mut self,
        inputs: &[PathBuf],
        sink: &mut Stage<'_, 's, '_, T>,
    ) -> anyhow::Result<()> {
        for input in inputs {
            if input == Path::new("-") {
                self.read_stdin(sink)?;
                continue;
            }
            let meta = match fs::metadata(input) {
                Ok(m) => m,
                Err(e) => {
                    self.errors
                        .report(&RecordError::in_file(&input.display().to_string(), format!("cannot read: {e}")));
                    continue;
                }
            };
            if meta.is_dir() {
                let mut files = Vec::new();
                walk(input, &mut files, &mut self.errors);
                files.sort();
                for f in files {
                    let rel = f.strip_prefix(input).unwrap_or(&f).to_path_buf();
                    self.read_file(&f, &rel, sink)?;
                }
            } else {
                let rel = PathBuf::from(input.file_name().unwrap_or_default());
                self.read_file(input, &rel, sink)?;
            }
        }
        Ok(())
    }

    fn push<'s, T: Send + 's>(
        &mut self,
        r: Result<Record, RecordError>,
        source: (&str, Option<u64>),
        sink: &mut Stage<'_, 's, '_, T>,
    ) -> anyhow::Result<()> {
        match r {
            Ok(rec) => {
                self.buf.push(rec);
                self.sources.push((source.0.to_string(), source.1));
                if self.buf.len() >= CHUNK {
                    self.flush(sink)?;
                }
            }
            Err(e) => self.errors.report(&e),
        }
        Ok(())
    }

    /// Starts the analysis of the records read so far and sinks the chunk
    /// analyzed before them; with one worker thread, analyzes and sinks the
    /// records read so far.
    fn flush<'s, T: Send + 's>(&mut self, sink: &mut Stage<'_, 's, '_, T>) -> anyhow::Result<()> {
        let done = match sink.pending.take() {
            Some(p) => {
                let analyses =
                    p.analyses.join().map_err(|_| anyhow::anyhow!("the thread that analyzes records failed"))?;
                Some((analyses, p.sources, p.text_bytes))
            }
            None => None,
        };
        if !self.buf.is_empty() {
            let records = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK));
            let sources = std::mem::replace(&mut self.sources, Vec::with_capacity(CHUNK));
            let text_bytes = if self.progress.is_some() { records.iter().map(record_text_len).sum::<u64>() } else { 0 };
            let (engine, prepare) = (sink.engine, sink.prepare);
            match sink.scope {
                Some(scope) => {
                    let analyses = scope.spawn(move || pipeline::analyze_then(engine, &records, prepare));
                    sink.pending = Some(Pending { analyses, sources, text_bytes });
                }
                None => {
                    let analyses = pipeline::analyze_then(engine, &records, prepare);
                    self.sink_chunk(analyses, sources, text_bytes, sink);
                }
            }
        }
        if let Some((analyses, sources, text_bytes)) = done {
            // What was reported while reading the next chunk comes after
            // this chunk's own reports.
            let held = self.errors.held.take();
            self.sink_chunk(analyses, sources, text_bytes, sink);
            self.errors.held = held;
            self.errors.release();
        }
        if sink.pending.is_some() {
            self.errors.hold();
        }
        Ok(())
    }

    /// Hands a chunk's analyzed records to the sink, in input order, and
    /// reports the records whose analysis failed.
    fn sink_chunk<'s, T: Send + 's>(
        &mut self,
        out: Analyses<T>,
        sources: Vec<(String, Option<u64>)>,
        text_bytes: u64,
        sink: &mut Stage<'_, 's, '_, T>,
    ) {
        self.records += out.len() as u64;
        self.text_bytes += text_bytes;
        for (a, (file, line)) in out.into_iter().zip(sources) {
            match a {
                Ok((quotes, t)) => {
                    self.quotes += quotes as u64;
                    let source = match line {
                        Some(l) => format!("{file}:{l}"),
                        None => file,
                    };
                    (sink.sink)(t, source);
                }
                Err(failed) => {
                    let reason = format!("record {:?} failed and was skipped: {}", failed.id, failed.message);
                    self.errors.report(&RecordError { file, line, byte: None, reason });
                }
            }
        }
        if let Some(pb) = &self.progress {
            pb.set_position(self.records);
            pb.set_message(progress_message(self.quotes, self.text_bytes, pb.elapsed().as_secs_f64()));
        }
    }

    fn read_stdin<'s, T: Send + 's>(&mut self, sink: &mut Stage<'_, 's, '_, T>) -> anyhow::Result<()> {
        let mut rdr = BufReader::new(io::stdin().lock());
        let peek = rdr.fill_buf().context("reading stdin")?;
        let first = peek.iter().find(|b| !b.is_ascii_whitespace()).copied();
        if first == Some(b'{') {
            self.read_jsonl("-", rdr, sink)
        } else {
            let mut data = Vec::new();
            rdr.read_to_end(&mut data).context("reading stdin")?;
            let r = article::read_txt("-", "-", &data, &self.opts, &mut |w| self.errors.warn(&w));
            self.push(r.map(Record::Article), ("-", None), sink)
        }
    }

    fn read_file<'s, T: Send + 's>(
        &mut self,
        path: &Path,
        rel: &Path,
        sink: &mut Stage<'_, 's, '_, T>,
    ) -> anyhow::Result<()> {
        let name = path.display().to_string();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.errors.report(&RecordError::in_file(&name, format!("cannot read: {e}")));
                return Ok(());
            }
        };
        match ext.as_str() {
            "jsonl" | "ndjson" => self.read_jsonl(&name, BufReader::new(file), sink),
            "csv" => {
                let opts = self.opts.clone();
                let mut failed = None;
                let mut warnings = Vec::new();
                let res = article::read_csv(
                    &name,
                    BufReader::new(file),
                    &opts,
                    |line, r| {
                        if failed.is_none() {
                            if let Err(e) = self.push(r, (&name, Some(line)), sink) {
                                failed = Some(e);
                            }
                        }
                    },
                    &mut |w| warnings.push(w),
                );
                for w in &warnings {
                    self.errors.warn(w);
                }
                if let Some(e) = failed {
                    return Err(e);
                }
                if let Err(e) = res {
                    self.errors.report(&e);
                }
                Ok(())
            }
            _ => {
                let mut data = Vec::new();
                if let Err(e) = BufReader::new(file).read_to_end(&mut data) {
                    self.errors.report(&RecordError::in_file(&name, format!("cannot read: {e}")));
                    return Ok(());
                }
                let id = rel.with_extension("").to_string_lossy().replace('\\', "/");
                let r = article::read_txt(&id, &name, &data, &self.opts, &mut |w| self.errors.warn(&w));
                self.push(r.map(Record::Article), (&name, None), sink)
            }
        }
    }

    /// Reads JSONL line by line: memory holds one line and one chunk.
    fn read_jsonl<'s, T: Send + 's>(
        &mut self,
        name: &str,
        mut rdr: impl BufRead,
        sink: &mut Stage<'_, 's, '_, T>,
    ) -> anyhow::Result<()> {
        let mut line = Vec::new();
        let mut n = 0u64;
        loop {
            line.clear();
            let got = match rdr.read_until(b'\n', &mut line) {
                Ok(g) => g,
                Err(e) => {
                    self.errors.report(&RecordError::at_line(name, n + 1, format!("cannot read: {e}")));
                    break;
                }
            };
            if got == 0 {
                break;
            }
            n += 1;
            let mut l = &line[..];
            if let Some(s) = l.strip_suffix(b"\n") {
                l = s;
            }
            if let Some(s) = l.strip_suffix(b"\r") {
                l = s;
            }
            match article::read_jsonl_line(name, n, l, &self.opts, &mut |w| self.errors.warn(&w)) {
                Ok(Some(r)) => self.push(Ok(r), (name, Some(n)), sink)?,
                Ok(None) => {}
                Err(e) => self.push(Err(e), (name, Some(n)), sink)?,
            }
        }
        Ok(())
    }

    /// Prints the summary line and turns record errors into exit code 1.
    pub fn finish(self, extra: &str) -> anyhow::Result<()> {
        let n = self.errors.count();
        let warnings = match self.errors.warnings() {
            0 => String::new(),
            w => format!(", {w} warnings"),
        };
        eprintln!("diplotone: {} articles, {} quotes, {} errors{warnings}{extra}", self.records, self.quotes, n);
        self.errors.finish()?;
        if n > 0 {
            return Err(anyhow::Error::new(RecordsFailed(n)));
        }
        Ok(())
    }
}

/// Bytes of text a record holds.
fn record_text_len(r: &Record) -> u64 {
    match r {
        Record::Article(a) => a.text.len() as u64,
        Record::Quote(q) => q.text.len() as u64,
    }
}

/// The progress bar's message: quotes so far and text throughput.
fn progress_message(quotes: u64, text_bytes: u64, secs: f64) -> String {
    let mb = text_bytes as f64 / 1e6;
    if secs > 0.0 {
        format!("{quotes} quotes, {mb:.1} MB, {:.1} MB/s", mb / secs)
    } else {
        format!("{quotes} quotes, {mb:.1} MB")
    }
}

/// Files under `dir` with an input extension, recursively.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Errors) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.report(&RecordError::in_file(&dir.display().to_string(), format!("cannot read folder: {e}")));
            return;
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&p, out, errors),
            Ok(_) => {
                let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
                if matches!(ext.as_str(), "txt" | "jsonl" | "ndjson" | "csv") {
                    out.push(p);
                }
            }
            Err(e) => errors.report(&RecordError::in_file(&p.display().to_string(), format!("cannot read: {e}"))),
        }
    }
}

/// Resolves the speaker of a quote through the alias table.
pub fn resolve_speaker<'a>(aliases: &'a Aliases, speaker: Option<&'a str>) -> (Option<&'a str>, bool) {
    match speaker {
        Some(s) => match aliases.get(s) {
            Some(c) => (Some(c), true),
            None => (Some(s), false),
        },
        None => (None, false),
    }
}

/// One quote as the pool prepares it for the [`Collector`]: its
/// contribution with names and readings still spelled out, and its row
/// when the command writes quote rows.
pub struct PreparedQuote {
    offset: usize,
    fingerprint: dedup::Fingerprint,
    /// Speaker after aliases, as written (both in the record's `strings`),
    /// and whether the alias table renamed it.
    speaker: Option<(Range<usize>, Range<usize>, bool)>,
    micro: i64,
    tone: Tone,
    /// Its terms: a range of the record's `terms`.
    terms: Range<usize>,
}

/// A record as the pool prepares it for the [`Collector`].
pub struct Prepared {
    doc: String,
    date: Option<String>,
    quotes: Vec<PreparedQuote>,
    /// The speakers and term readings of every quote, one after another,
    /// so that the collector frees one string per record, not several per
    /// quote.
    strings: String,
    /// Each quote's term readings (ranges of `strings`) and sides.
    terms: Vec<(Range<usize>, bool)>,
    /// The quotes' rows, encoded for the record spill on the pool (see
    /// [`encode_texts`]); empty unless the command writes quote rows.
    texts: Vec<u8>,
}

/// What the pool computes from each analyzed record, right after its
/// analysis and from the tokens the scorer read: fingerprints, term
/// readings, fixed-point scores and (for quote rows) the formatted columns.
/// The record's text and scores are dropped after it.
pub struct Preparer<'e> {
    engine: &'e Engine,
    aliases: Aliases,
    rows: bool,
}

impl Preparer<'_> {
    /// The compact form of one analyzed record.
    pub fn prepare(&self, a: Analyzed, tokens: QuoteTokens) -> Prepared {
        let mut encoded = Vec::new();
        let mut numbers = String::new();
        if self.rows {
            // A row is its quote's text and some 150 bytes of other cells.
            encoded.reserve(a.quotes.iter().map(|q| q.text.len() + 160).sum());
        }
        let (mut strings, mut terms) = (String::new(), Vec::new());
        let mut keys: Vec<(&str, String)> = Vec::new();
        let push = |strings: &mut String, s: &str| {
            strings.push_str(s);
            strings.len() - s.len()..strings.len()
        };
        let quotes = a
            .quotes
            .iter()
            .zip(&tokens)
            .map(|(q, toks)| {
                let (speaker, aliased) = resolve_speaker(&self.aliases, q.quote.speaker.as_deref());
                let key = match speaker {
                    // An article quotes a few speakers many times: each key is made once.
                    Some(s) => match keys.iter().position(|(name, _)| *name == s) {
                        Some(k) => &keys[k].1,
                        None => {
                            keys.push((s, speaker_key(s)));
                            &keys[keys.len() - 1].1
                        }
                    },
                    None => "",
                };
                let fingerprint = dedup::fingerprint_tokens(key, toks);
                let first = terms.len();
                for t in q.score.terms.iter().filter(|t| t.value != 0.0) {
                    let from = strings.len();
                    aggregate::push_term_reading(&q.text, toks, t, &mut strings);
                    terms.push((from..strings.len(), t.value > 0.0));
                }
                if self.rows {
                    // The cells of a QuoteText, encoded without copying them into one.
                    let cells = quote_cells(q, &self.engine.lexicon, &mut numbers);
                    encode_text(&mut encoded, q.quote.span.start, q.quote.span.end, cells);
                }
                let speaker = match (speaker, &q.quote.speaker) {
                    (Some(s), Some(written)) => Some((push(&mut strings, s), push(&mut strings, written), aliased)),
                    _ => None,
                };
                PreparedQuote {
                    offset: q.quote.span.start,
                    fingerprint,
                    speaker,
                    micro: stats::to_micro(q.score.compound),
                    tone: q.tone,
                    terms: first..terms.len(),
                }
            })
            .collect();
        Prepared { doc: a.doc, date: a.date, quotes, strings, terms, texts: encoded }
    }
}

/// A record kept until the end of the batch: in memory, only what the
/// unique-id and order decisions need (its ids) and where the rest lies;
/// its date, compact quotes and (for a command that writes them) rows wait
/// in the record spill.
#[derive(Default)]
struct Slot {
    /// The document id (qualified by its source when the batch shares it),
    /// then the source (`file` or `file:line`), in one string.
    ids: Box<str>,
    /// Length of the document id in `ids`.
    doc_len: usize,
    /// Offset of the record's spilled form.
    at: u64,
    /// Length of its spilled form.
    len: usize,
    /// Length of the spilled form's first part, date and compact quotes;
    /// the rows follow it.
    compact: usize,
    /// How many quotes it has.
    quotes: usize,
}

impl Slot {
    fn new(doc: &str, source: &str, at: Spilt, quotes: usize) -> Slot {
        let ids = format!("{doc}{source}").into();
        Slot { ids, doc_len: doc.len(), at: at.at, len: at.len, compact: at.compact, quotes }
    }

    fn doc(&self) -> &str {
        &self.ids[..self.doc_len]
    }

    fn source(&self) -> &str {
        &self.ids[self.doc_len..]
    }
}

/// A record's spilled form: date, compact quotes, rows.
type Spilled = (Option<String>, Vec<Contribution>, Vec<QuoteText>);

/// Where [`Spill::put`] wrote a record: its offset, its length, and the
/// length of its first part (date and compact quotes).
struct Spilt {
    at: u64,
    len: usize,
    compact: usize,
}

/// Appends quote rows to `out` for the record spill: per row its start and
/// end as 8 bytes each, then its ten text cells, each as a 4-byte length
/// and its bytes. Read back by [`decode_texts`]; cheaper both ways than
/// JSON, which escapes and unescapes every quote's text.
fn encode_texts(texts: &[QuoteText], out: &mut Vec<u8>) {
    for t in texts {
        let c = text_cells(t);
        encode_text(out, c.start, c.end, c.cells);
    }
}

/// Appends one row as [`encode_texts`] does, from its start, end and ten
/// text cells in the order of [`QuoteText`]'s fields.
fn encode_text(out: &mut Vec<u8>, start: usize, end: usize, cells: [&str; 10]) {
    out.extend_from_slice(&(start as u64).to_le_bytes());
    out.extend_from_slice(&(end as u64).to_le_bytes());
    for cell in cells {
        put_string(out, cell);
    }
}

/// Reads the bytes of a spilled record in order; running out of them is an
/// error (a damaged temporary file), never a panic.
struct Reader<'b>(&'b [u8]);

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> anyhow::Result<&'b [u8]> {
        anyhow::ensure!(self.0.len() >= n, "reading the batch's records back: a record is cut short");
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u8(&mut self) -> anyhow::Result<u8> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> anyhow::Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }

    fn u64(&mut self) -> anyhow::Result<u64> {
        Ok(u64_at(self.take(8)?, 0))
    }

    fn string(&mut self) -> anyhow::Result<String> {
        Ok(self.str()?.to_string())
    }

    fn str(&mut self) -> anyhow::Result<&'b str> {
        let len = self.u32()? as usize;
        std::str::from_utf8(self.take(len)?).context("reading the batch's records back")
    }
}

fn put_string(out: &mut Vec<u8>, s: &str) {
    let len = u32::try_from(s.len()).expect("a cell of a quote row under 4 GB");
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// One row [`encode_texts`] wrote, its cells borrowed from the bytes.
struct TextCells<'b> {
    start: usize,
    end: usize,
    /// In the order of [`QuoteText`]'s fields: mention, rule, kind, cue,
    /// score, cooperative, warning, terms, quote, coverage.
    cells: [&'b str; 10],
}

/// The cells of a kept row.
fn text_cells(t: &QuoteText) -> TextCells<'_> {
    let cells =
        [&t.mention, &t.rule, &t.kind, &t.cue, &t.score, &t.cooperative, &t.warning, &t.terms, &t.quote, &t.coverage];
    TextCells { start: t.start, end: t.end, cells: cells.map(String::as_str) }
}

/// Reads back the rows [`encode_texts`] wrote, without copying their cells.
fn decode_text_cells(b: &[u8]) -> anyhow::Result<Vec<TextCells<'_>>> {
    let mut r = Reader(b);
    let mut out = Vec::new();
    while !r.0.is_empty() {
        let start = r.u64()? as usize;
        let end = r.u64()? as usize;
        let mut cells = [""; 10];
        for c in &mut cells {
            *c = r.str()?;
        }
        out.push(TextCells { start, end, cells });
    }
    Ok(out)
}

/// Reads back the rows [`encode_texts`] wrote.
fn decode_texts(b: &[u8]) -> anyhow::Result<Vec<QuoteText>> {
    Ok(decode_text_cells(b)?.iter().map(TextCells::to_owned).collect())
}

impl TextCells<'_> {
    /// The row with cells of its own.
    fn to_owned(&self) -> QuoteText {
        let [mention, rule, kind, cue, score, cooperative, warning, terms, quote, coverage] =
            self.cells.map(str::to_string);
        let (start, end) = (self.start, self.end);
        QuoteText { start, end, mention, rule, kind, cue, score, cooperative, warning, terms, quote, coverage }
    }
}

/// Appends a record's date and compact quotes to `out` for the record
/// spill: the date (a flag byte, then the string), the number of quotes,
/// and per quote its offset, fingerprint, a byte of flags (speaker,
/// written form, aliased), the speaker and written numbers, its fixed-point
/// score, label, and terms (number, then each reading and side). Read back
/// by [`decode_compact`]; the fingerprint stays 16 bytes, not 32 hex digits.
fn encode_compact(date: &Option<String>, quotes: &[Contribution], out: &mut Vec<u8>) {
    match date {
        Some(d) => {
            out.push(1);
            put_string(out, d);
        }
        None => out.push(0),
    }
    out.extend_from_slice(&(quotes.len() as u64).to_le_bytes());
    for q in quotes {
        out.extend_from_slice(&(q.offset as u64).to_le_bytes());
        out.extend_from_slice(&q.fingerprint.0.to_le_bytes());
        let flags = u8::from(q.speaker.is_some()) | u8::from(q.written.is_some()) << 1 | u8::from(q.aliased) << 2;
        out.push(flags);
        out.extend_from_slice(&q.speaker.unwrap_or(0).to_le_bytes());
        out.extend_from_slice(&q.written.unwrap_or(0).to_le_bytes());
        out.extend_from_slice(&q.micro.to_le_bytes());
        out.push(diplotone::partial::tone_code(q.tone));
        out.extend_from_slice(&(q.terms.len() as u64).to_le_bytes());
        for &(reading, coop) in &q.terms {
            out.extend_from_slice(&reading.to_le_bytes());
            out.push(u8::from(coop));
        }
    }
}

/// Reads back what [`encode_compact`] wrote.
fn decode_compact(b: &[u8]) -> anyhow::Result<(Option<String>, Vec<Contribution>)> {
    let mut r = Reader(b);
    let date = match r.u8()? {
        0 => None,
        _ => Some(r.string()?),
    };
    let n = r.u64()? as usize;
    // Each quote takes at least 50 bytes: a damaged length cannot reserve much.
    let mut quotes = Vec::with_capacity(n.min(r.0.len() / 50));
    for _ in 0..n {
        let offset = r.u64()? as usize;
        let fingerprint = dedup::Fingerprint(u128::from_le_bytes(r.take(16)?.try_into().expect("16 bytes")));
        let flags = r.u8()?;
        let (speaker, written) = (r.u32()?, r.u32()?);
        let micro = r.u64()? as i64;
        let tone = match r.u8()? {
            0 => Tone::Cooperative,
            1 => Tone::Neutral,
            2 => Tone::Warning,
            t => anyhow::bail!("reading the batch's records back: bad label {t}"),
        };
        let k = r.u64()? as usize;
        let mut terms = Vec::with_capacity(k.min(r.0.len() / 5));
        for _ in 0..k {
            terms.push((r.u32()?, r.u8()? != 0));
        }
        quotes.push(Contribution {
            offset,
            fingerprint,
            speaker: (flags & 1 != 0).then_some(speaker),
            written: (flags & 2 != 0).then_some(written),
            aliased: flags & 4 != 0,
            micro,
            tone,
            terms,
        });
    }
    anyhow::ensure!(r.0.is_empty(), "reading the batch's records back: bytes after a record");
    Ok((date, quotes))
}

/// The records of a batch on disk until its end: each record's date,
/// compact quotes and rows as one JSON array in a temporary file with no
/// name, read back by offset. Memory then grows with the number of records
/// (their ids) and of speakers, not with the number of quotes; the bytes
/// stay in the file (and the page cache).
struct Spill {
    w: BufWriter<File>,
    len: u64,
    /// The first write that failed.
    failed: Option<io::Error>,
}

impl Spill {
    fn new() -> anyhow::Result<Spill> {
        Ok(Spill { w: BufWriter::new(spill::temp_file("the batch's records")?), len: 0, failed: None })
    }

    /// Writes one record, its rows given as [`encode_texts`] wrote them;
    /// returns where it lies.
    fn put(&mut self, date: &Option<String>, quotes: &[Contribution], texts: &[u8]) -> Spilt {
        let mut bytes = Vec::new();
        encode_compact(date, quotes, &mut bytes);
        if self.failed.is_none() {
            if let Err(e) = self.w.write_all(&bytes).and_then(|()| self.w.write_all(texts)) {
                self.failed = Some(e);
            }
        }
        let at = Spilt { at: self.len, len: bytes.len() + texts.len(), compact: bytes.len() };
        self.len += at.len as u64;
        at
    }

    /// The file, written whole, for reading back.
    fn into_reader(self) -> anyhow::Result<File> {
        if let Some(e) = self.failed {
            anyhow::bail!("writing the batch's records to a temporary file: {e}");
        }
        self.w
            .into_inner()
            .map_err(|e| anyhow::anyhow!("writing the batch's records to a temporary file: {}", e.error()))
    }
}

/// Reads `len` bytes at `at` of a temporary file.
fn read_at(file: &File, at: u64, len: usize, what: &str) -> anyhow::Result<Vec<u8>> {
    use std::io::{Seek, SeekFrom};
    let mut f = file;
    let mut buf = vec![0; len];
    f.seek(SeekFrom::Start(at)).and_then(|_| f.read_exact(&mut buf)).with_context(|| format!("reading {what} back"))?;
    Ok(buf)
}

/// Reads back the record a [`Spill`] wrote for `slot`.
fn load(file: &File, slot: &Slot) -> anyhow::Result<Spilled> {
    let buf = read_at(file, slot.at, slot.len, "the batch's records")?;
    let (compact, texts) = buf.split_at(slot.compact);
    let (date, quotes) = decode_compact(compact)?;
    Ok((date, quotes, decode_texts(texts)?))
}

/// Reads back the date and compact quotes a [`Spill`] wrote for `slot`,
/// not its rows: what deciding repeats and summing need.
fn load_compact(file: &File, slot: &Slot) -> anyhow::Result<(Option<String>, Vec<Contribution>)> {
    let buf = read_at(file, slot.at, slot.compact, "the batch's records")?;
    decode_compact(&buf)
}

/// One copy of a quote as the external sort orders it: by fingerprint,
/// then as [`dedup::CopyKey`] orders copies, then by quote number (the
/// quote's position among all quotes, records in table order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct CopyItem {
    fingerprint: u128,
    undated: bool,
    day: i64,
    rank: u64,
    offset: u64,
    id: u64,
}

impl CopyItem {
    fn key(&self) -> dedup::CopyKey {
        dedup::CopyKey {
            day: (!self.undated).then_some(self.day),
            doc: self.rank as usize,
            offset: self.offset as usize,
        }
    }
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

impl spill::Item for CopyItem {
    const SIZE: usize = 16 + 1 + 8 * 4;

    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.fingerprint.to_le_bytes());
        out.push(u8::from(self.undated));
        for v in [self.day as u64, self.rank, self.offset, self.id] {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }

    fn get(b: &[u8]) -> CopyItem {
        CopyItem {
            fingerprint: u128::from_le_bytes(b[..16].try_into().expect("16 bytes")),
            undated: b[16] != 0,
            day: u64_at(b, 17) as i64,
            rank: u64_at(b, 25),
            offset: u64_at(b, 33),
            id: u64_at(b, 41),
        }
    }
}

/// A decision about one quote, by quote number: 0 when it counts, else
/// the number of the quote it repeats plus one.
impl spill::Item for (u64, u64) {
    const SIZE: usize = 16;

    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
        out.extend_from_slice(&self.1.to_le_bytes());
    }

    fn get(b: &[u8]) -> (u64, u64) {
        (u64_at(b, 0), u64_at(b, 8))
    }
}

/// Decides which copies repeat which, for copies given in any order, in
/// bounded memory: the copies are sorted by fingerprint on disk (runs of
/// `run_len`), each fingerprint's group decided as [`dedup::decide`] does
/// ([`dedup::Group`]), and the decisions sorted back by quote number. The
/// answer, read in quote number order: for each quote from 0 to one less
/// than the number of copies, 0 when it counts, else the number of the
/// quote it repeats plus one. Every number from 0 up must be given once.
fn decide_sorted(
    copies: spill::Sorter<CopyItem>,
    window_days: u32,
    run_len: usize,
) -> anyhow::Result<spill::Merged<(u64, u64)>> {
    let mut decisions = spill::Sorter::new(run_len, "decisions about repeats");
    let mut group: Option<(u128, dedup::Group<u64>)> = None;
    for c in copies.finish()? {
        let c = c?;
        let g = match &mut group {
            Some((fp, g)) if *fp == c.fingerprint => g,
            _ => &mut group.insert((c.fingerprint, dedup::Group::new(window_days))).1,
        };
        let repeats = g.next(c.id, &c.key());
        decisions.push((c.id, repeats.map_or(0, |r| r + 1)))?;
    }
    decisions.finish()
}

/// Gathers the compact records of a batch; at its end decides ids,
/// repeats and sums over them. Every decision is a function of the
/// records, not of the order in which they arrived.
pub struct Collector {
    aliases: Aliases,
    by: Period,
    keep_duplicates: bool,
    window_days: u32,
    rows: bool,
    names: Interner,
    readings: Interner,
    slots: Vec<Slot>,
    spill: Spill,
    /// Items per sorted run of the external sorts.
    run_len: usize,
    /// The contributions of the last record added, kept so that the next
    /// one fills them (and their vectors of terms) in place.
    contributions: Vec<Contribution>,
}

/// A whole batch, decided: records in id order, the decisions about their
/// quotes, and the per-speaker sums.
pub struct Batch {
    /// Records sorted by document id.
    slots: Vec<Slot>,
    /// The spilled records.
    spill: File,
    /// For each quote (all quotes, records in table order), as 8 bytes: 0
    /// when it counts, else the number of the quote it repeats plus one.
    decisions: File,
    /// Speaker names by number (see [`Contribution::speaker`]).
    names: Vec<String>,
    /// Each name's speaker key.
    keys: Vec<String>,
    /// Number of each record's first quote among all quotes.
    first: Vec<u64>,
    /// The sums.
    pub agg: Aggregate,
    /// Speaker key → every form it was written in before merging, with
    /// counts and whether the alias table did the merge.
    pub written: BTreeMap<String, BTreeMap<String, (u64, bool)>>,
}

/// One record of a decided batch, read back.
pub struct BatchRecord {
    /// Document date.
    pub date: Option<String>,
    /// What each quote adds, in text order.
    pub quotes: Vec<Contribution>,
    /// Their rows (none unless the batch kept rows).
    pub texts: Vec<QuoteText>,
    /// For each quote, the number of the quote it repeats.
    repeats: Vec<Option<u64>>,
}

impl BatchRecord {
    /// Whether quote `i` repeats another.
    pub fn is_repeat(&self, i: usize) -> bool {
        self.repeats[i].is_some()
    }
}

impl Batch {
    /// How many records the batch has.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// The document id of record `r` (records sorted by id).
    pub fn doc(&self, r: usize) -> &str {
        self.slots[r].doc()
    }

    /// The record whose id is `doc`, if any.
    pub fn find(&self, doc: &str) -> Option<usize> {
        self.slots.binary_search_by(|s| s.doc().cmp(doc)).ok()
    }

    /// Record `r` read back, with the decisions about its quotes.
    pub fn record(&self, r: usize) -> anyhow::Result<BatchRecord> {
        let (buf, compact, decisions) = self.record_bytes(r)?;
        self.decode_record(&buf, compact, &decisions)
    }

    /// The bytes of record `r` and of the decisions about its quotes, as
    /// written: the part of [`Batch::record`] that reads the files.
    fn record_bytes(&self, r: usize) -> anyhow::Result<(Vec<u8>, usize, Vec<u8>)> {
        let slot = &self.slots[r];
        let buf = read_at(&self.spill, slot.at, slot.len, "the batch's records")?;
        let decisions = read_at(&self.decisions, self.first[r] * 8, slot.quotes * 8, "decisions about repeats")?;
        Ok((buf, slot.compact, decisions))
    }

    /// A record from [`Batch::record_bytes`].
    fn decode_record(&self, buf: &[u8], compact: usize, decisions: &[u8]) -> anyhow::Result<BatchRecord> {
        let (mut rec, rows) = self.decode_record_cells(buf, compact, decisions)?;
        rec.texts = rows.iter().map(TextCells::to_owned).collect();
        Ok(rec)
    }

    /// A record from [`Batch::record_bytes`], its rows apart with their
    /// cells borrowed from `buf` (the record's own `texts` left empty).
    fn decode_record_cells<'b>(
        &self,
        buf: &'b [u8],
        compact: usize,
        decisions: &[u8],
    ) -> anyhow::Result<(BatchRecord, Vec<TextCells<'b>>)> {
        let (compact, texts) = buf.split_at(compact);
        let (date, quotes) = decode_compact(compact)?;
        let rows = decode_text_cells(texts)?;
        let repeats = decisions.chunks_exact(8).map(|b| u64_at(b, 0).checked_sub(1)).collect();
        Ok((BatchRecord { date, quotes, texts: Vec::new(), repeats }, rows))
    }

    /// Record `r` read back without its rows, with the decisions about its
    /// quotes.
    fn compact(&self, r: usize) -> anyhow::Result<BatchRecord> {
        let slot = &self.slots[r];
        let (date, quotes) = load_compact(&self.spill, slot)?;
        let bytes = read_at(&self.decisions, self.first[r] * 8, slot.quotes * 8, "decisions about repeats")?;
        let repeats = bytes.chunks_exact(8).map(|b| u64_at(b, 0).checked_sub(1)).collect();
        Ok(BatchRecord { date, quotes, texts: Vec::new(), repeats })
    }

    /// The speaker (after aliases) of quote `q` of a record.
    pub fn speaker(&self, q: &Contribution) -> Option<&str> {
        q.speaker.map(|s| self.names[s as usize].as_str())
    }

    /// The speaker key of quote `q` of a record.
    pub fn speaker_key(&self, q: &Contribution) -> Option<&str> {
        q.speaker.map(|s| self.keys[s as usize].as_str())
    }

    /// The quote id of the copy quote `i` of `rec` repeats, if any.
    pub fn duplicate_of(&self, rec: &BatchRecord, i: usize) -> Option<String> {
        let f = rec.repeats[i]?;
        let fr = self.first.partition_point(|&start| start <= f) - 1;
        // Records without quotes share their number with the next record
        // that has one: the last record starting at or before `f` holds it.
        Some(diplotone::report::quote_id(self.slots[fr].doc(), (f - self.first[fr] + 1) as usize))
    }
}

impl Collector {
    /// A collector for these input flags, grouping periods `by`; `rows`
    /// keeps each quote's row for a command that writes them.
    pub fn new(input: &InputArgs, by: Period, rows: bool) -> anyhow::Result<Collector> {
        Ok(Collector {
            aliases: Aliases::load(input.aliases.as_deref())?,
            by,
            keep_duplicates: input.keep_duplicates,
            window_days: input.repeat_window,
            rows,
            names: Interner::default(),
            readings: Interner::default(),
            slots: Vec::new(),
            spill: Spill::new()?,
            run_len: spill::run_len(),
            contributions: Vec::new(),
        })
    }

    /// Whether quote rows are kept.
    pub fn rows(&self) -> bool {
        self.rows
    }

    /// What the pool runs on each analyzed record for this collector.
    pub fn preparer<'e>(&self, engine: &'e Engine) -> Preparer<'e> {
        Preparer { engine, aliases: self.aliases.clone(), rows: self.rows }
    }

    /// Keeps a record's compact form until the end of the batch.
    pub fn add(&mut self, p: Prepared, source: String) {
        let quotes = &mut self.contributions;
        let at = |r: &Range<usize>| &p.strings[r.clone()];
        for (k, q) in p.quotes.iter().enumerate() {
            let (speaker, written, aliased) = match &q.speaker {
                Some((s, w, aliased)) => (Some(self.names.intern(at(s))), Some(self.names.intern(at(w))), *aliased),
                None => (None, None, false),
            };
            let mut terms = quotes.get_mut(k).map(|c| std::mem::take(&mut c.terms)).unwrap_or_default();
            terms.clear();
            terms.extend(p.terms[q.terms.clone()].iter().map(|(r, side)| (self.readings.intern(at(r)), *side)));
            let c = Contribution {
                offset: q.offset,
                fingerprint: q.fingerprint,
                speaker,
                written,
                aliased,
                micro: q.micro,
                tone: q.tone,
                terms,
            };
            match quotes.get_mut(k) {
                Some(old) => *old = c,
                None => quotes.push(c),
            }
        }
        let n = p.quotes.len();
        let at = self.spill.put(&p.date, &quotes[..n], &p.texts);
        self.slots.push(Slot::new(&p.doc, &source, at, n));
    }

    /// Keeps the records of a (merged) partial.
    pub fn add_partial(&mut self, p: Partial) {
        let names: Vec<u32> = p.names.iter().map(|n| self.names.intern(n)).collect();
        let readings: Vec<u32> = p.readings.iter().map(|r| self.readings.intern(r)).collect();
        for rec in p.records {
            let quotes: Vec<Contribution> = rec.quotes.iter().map(|q| q.renumbered(&names, &readings)).collect();
            let mut texts = Vec::new();
            if self.rows {
                encode_texts(&rec.texts, &mut texts);
            }
            let at = self.spill.put(&rec.date, &quotes, &texts);
            self.slots.push(Slot::new(&rec.doc, &rec.source, at, quotes.len()));
        }
    }

    /// The records kept so far as one shard's partial, with its counts.
    pub fn into_partial(self, shard: &str, settings: &str, counts: [u64; 3]) -> anyhow::Result<Partial> {
        let (names, name_map) = self.names.into_sorted();
        let (readings, reading_map) = self.readings.into_sorted();
        let file = self.spill.into_reader()?;
        let mut records: Vec<PartialRecord> = Vec::with_capacity(self.slots.len());
        for slot in &self.slots {
            let (date, quotes, texts) = load(&file, slot)?;
            records.push(PartialRecord {
                quotes: quotes.iter().map(|q| q.renumbered(&name_map, &reading_map)).collect(),
                doc: slot.doc().to_string(),
                source: slot.source().to_string(),
                date,
                texts,
            });
        }
        records.sort();
        Ok(Partial {
            shards: vec![shard.to_string()],
            settings: settings.to_string(),
            articles: counts[0],
            quotes: counts[1],
            errors: counts[2],
            with_quotes: self.rows,
            names,
            readings,
            records,
        })
    }

    /// Decides the batch: unique ids, repeats, sums. Memory holds the
    /// records' ids, one sorted run and the per-speaker sums; the quotes'
    /// copies are sorted on disk and decided one fingerprint at a time.
    pub fn finish(self) -> anyhow::Result<Batch> {
        let Collector { by, keep_duplicates, window_days, names, readings, mut slots, spill, run_len, .. } = self;
        let spill = spill.into_reader()?;
        unique_ids(&mut slots);
        slots.sort_by(|x, y| x.doc().cmp(y.doc()).then_with(|| x.source().cmp(y.source())));
        let names = names.into_strings();
        let readings = readings.into_strings();
        let keys: Vec<String> = names.iter().map(|n| speaker_key(n)).collect();
        let mut written: BTreeMap<String, BTreeMap<String, (u64, bool)>> = BTreeMap::new();
        let mut copies = spill::Sorter::new(run_len, "copies of quotes");
        let mut first = Vec::with_capacity(slots.len());
        let (mut rank, mut id) = (0u64, 0u64);
        for (r, slot) in slots.iter().enumerate() {
            if r > 0 && slot.doc() != slots[r - 1].doc() {
                rank += 1;
            }
            first.push(id);
            if slot.quotes == 0 {
                continue;
            }
            let (date, quotes) = load_compact(&spill, slot)?;
            let day = date.as_deref().and_then(dedup::day_number);
            for q in &quotes {
                if let (Some(s), Some(w)) = (q.speaker, q.written) {
                    // Keys and forms are copied only the first time they are seen.
                    let (key, form) = (&keys[s as usize], &names[w as usize]);
                    let forms = match written.get_mut(key) {
                        Some(forms) => forms,
                        None => written.entry(key.clone()).or_default(),
                    };
                    let e = match forms.get_mut(form) {
                        Some(e) => e,
                        None => forms.entry(form.clone()).or_insert((0, false)),
                    };
                    e.0 += 1;
                    e.1 |= q.aliased;
                }
                copies.push(CopyItem {
                    fingerprint: q.fingerprint.0,
                    undated: day.is_none(),
                    day: day.unwrap_or(0),
                    rank,
                    offset: q.offset as u64,
                    id,
                })?;
                id += 1;
            }
        }
        // The decisions, in quote number order, into a file of 8 bytes each.
        let mut w = BufWriter::new(spill::temp_file("decisions about repeats")?);
        let mut next = 0u64;
        for d in decide_sorted(copies, window_days, run_len)? {
            let (n, v) = d?;
            anyhow::ensure!(n == next, "deciding repeats: quote {next} has no decision");
            next += 1;
            w.write_all(&v.to_le_bytes()).context("writing decisions about repeats to a temporary file")?;
        }
        anyhow::ensure!(next == id, "deciding repeats: {} quotes, {next} decisions", id);
        let decisions =
            w.into_inner().map_err(|e| anyhow::anyhow!("writing decisions about repeats: {}", e.error()))?;
        let mut batch = Batch { slots, spill, decisions, names, keys, first, agg: Aggregate::default(), written };
        let mut agg = Aggregate::default();
        // The terms of one quote at a time, in one buffer for the batch.
        let mut terms: Vec<(&str, f64)> = Vec::new();
        for r in 0..batch.len() {
            if batch.slots[r].quotes == 0 {
                continue;
            }
            let rec = batch.compact(r)?;
            let period = aggregate::period_of(rec.date.as_deref(), by);
            for (i, q) in rec.quotes.iter().enumerate() {
                let repeat = rec.is_repeat(i);
                if repeat {
                    agg.duplicates += 1;
                }
                match q.speaker {
                    None => agg.unattributed += 1,
                    Some(s) if !repeat || keep_duplicates => {
                        terms.clear();
                        terms.extend(
                            q.terms
                                .iter()
                                .map(|&(t, coop)| (readings[t as usize].as_str(), if coop { 1.0 } else { -1.0 })),
                        );
                        let name = &batch.names[s as usize];
                        let o = Observation {
                            score: q.micro as f64 / stats::SCALE,
                            tone: q.tone,
                            date: rec.date.as_deref(),
                            terms: std::mem::take(&mut terms),
                            name,
                        };
                        agg.push_micro(&batch.keys[s as usize], &period, q.micro, &o);
                        // The buffer back, emptied: an observation has one
                        // lifetime for its date and its words, and an empty
                        // vector collected into the same layout keeps its
                        // allocation.
                        let mut back = o.terms;
                        back.clear();
                        terms = back.into_iter().map(|_| ("", 0.0)).collect();
                    }
                    Some(_) => {}
                }
            }
        }
        batch.agg = agg;
        Ok(batch)
    }
}

/// Makes document ids unique, whatever the order of the records: an id that
/// more than one record carries is qualified with each record's source,
/// `ID@FILE` (`ID@FILE:LINE` for a record of a CSV or JSONL file).
fn unique_ids(slots: &mut [Slot]) {
    let mut order: Vec<usize> = (0..slots.len()).collect();
    order.sort_unstable_by(|&a, &b| slots[a].doc().cmp(slots[b].doc()));
    let mut shared = vec![false; slots.len()];
    for w in order.windows(2) {
        if slots[w[0]].doc() == slots[w[1]].doc() {
            shared[w[0]] = true;
            shared[w[1]] = true;
        }
    }
    drop(order);
    for (slot, shared) in slots.iter_mut().zip(shared) {
        if shared {
            let (doc, source) = (slot.doc(), slot.source());
            let qualified = format!("{doc}@{source}");
            *slot = Slot { ids: format!("{qualified}{source}").into(), doc_len: qualified.len(), ..*slot };
        }
    }
}

/// How many records' rows [`QuoteTable::write_batch`] formats at once.
const ROW_CHUNK: usize = 256;

/// How many records' rows one task of [`QuoteTable::write_batch`] formats.
const ROW_TASK: usize = 16;

/// Hands each row of record `r` of a batch, read back as `rec`, to `f`.
fn each_row(
    batch: &Batch,
    r: usize,
    rec: &BatchRecord,
    rows: &[TextCells<'_>],
    mut f: impl FnMut(&QuoteRow<'_>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let doc = batch.doc(r);
    for (i, (q, t)) in rec.quotes.iter().zip(rows).enumerate() {
        let duplicate_of = batch.duplicate_of(rec, i);
        let [mention, rule, kind, cue, score, cooperative, warning, terms, quote, coverage] = t.cells;
        let row = QuoteRow {
            doc,
            date: rec.date.as_deref().unwrap_or(""),
            quote_id: diplotone::report::quote_id(doc, i + 1),
            start: t.start,
            end: t.end,
            speaker: batch.speaker(q).unwrap_or(""),
            speaker_mention: mention,
            speaker_rule: if q.aliased { SpeakerRule::Alias.as_str() } else { rule },
            kind,
            cue,
            score: score.into(),
            label: q.tone.as_str(),
            cooperative: cooperative.into(),
            warning: warning.into(),
            terms: terms.into(),
            quote,
            coverage: coverage.into(),
            duplicate_of: duplicate_of.as_deref().unwrap_or(""),
        };
        f(&row)?;
    }
    Ok(())
}

/// The `quotes` table as it is written: rows in the order they are given, and the
/// header even when no quote was found.
pub struct QuoteTable<W: Write> {
    out: RowWriter<W>,
    wrote: bool,
}

impl<W: Write> QuoteTable<W> {
    /// A table written to `out`.
    pub fn new(out: RowWriter<W>) -> QuoteTable<W> {
        QuoteTable { out, wrote: false }
    }

    /// Writes the rows of record `r` of a batch, read back as `rec`
    /// ([`Batch::record`]): shared by `quotes` and `report` so that both
    /// write the same bytes.
    pub fn write(&mut self, batch: &Batch, r: usize, rec: &BatchRecord) -> anyhow::Result<()> {
        let out = &mut self.out;
        let wrote = &mut self.wrote;
        let rows: Vec<TextCells<'_>> = rec.texts.iter().map(text_cells).collect();
        each_row(batch, r, rec, &rows, |row| {
            out.write(row)?;
            *wrote = true;
            Ok(())
        })
    }

    /// Writes the rows of every record of a batch, in order, as [`QuoteTable::write`]
    /// does: records are read back here a chunk at a time, and their rows
    /// formatted on the thread pool.
    pub fn write_batch(mut self, batch: &Batch) -> anyhow::Result<QuoteTable<W>> {
        let format = self.out.format();
        let mut r = 0;
        while r < batch.len() {
            let end = (r + ROW_CHUNK).min(batch.len());
            let mut read = Vec::with_capacity(end - r);
            let mut failed = None;
            for i in r..end {
                match batch.record_bytes(i) {
                    Ok(bytes) => read.push((i, bytes)),
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            // Each task formats the rows of a few records into one buffer,
            // up to the first record that fails, as one at a time would.
            let formatted: Vec<(Vec<u8>, Option<anyhow::Error>)> = read
                .par_chunks(ROW_TASK)
                .map(|task| {
                    let mut buf = RowWriter::<Vec<u8>>::buffer(format);
                    let mut failed = None;
                    for (i, (bytes, compact, decisions)) in task {
                        let wrote = batch
                            .decode_record_cells(bytes, *compact, decisions)
                            .and_then(|(rec, rows)| each_row(batch, *i, &rec, &rows, |row| Ok(buf.write(row)?)));
                        if let Err(e) = wrote {
                            failed = Some(e);
                            break;
                        }
                    }
                    match buf.finish() {
                        Ok(rows) => (rows, failed),
                        Err(e) => (Vec::new(), Some(e.into())),
                    }
                })
                .collect();
            let mut rows = Vec::new();
            for (f, e) in formatted {
                rows.extend_from_slice(&f);
                if e.is_some() {
                    failed = e;
                    break;
                }
            }
            if !rows.is_empty() {
                let header = (!self.wrote).then_some(diplotone::report::columns::QUOTES);
                self.out = self.out.write_formatted(header, &rows)?;
                self.wrote = true;
            }
            if let Some(e) = failed {
                return Err(e);
            }
            r = end;
        }
        Ok(self)
    }

    /// Flushes and returns the inner writer.
    pub fn finish(mut self) -> anyhow::Result<W> {
        if !self.wrote {
            self.out.header(diplotone::report::columns::QUOTES)?;
        }
        Ok(self.out.finish()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record's date and compact quotes come back from the record spill
    /// as they went in, whatever their speaker, flags, sign or terms; a
    /// record cut short or with a bad label is an error, not a panic.
    #[test]
    fn compact_records_read_back_from_the_spill_as_written() {
        let quote =
            |offset: usize, speaker: Option<u32>, aliased: bool, micro: i64, tone: Tone, terms: Vec<(u32, bool)>| {
                Contribution {
                    offset,
                    fingerprint: dedup::Fingerprint(u128::MAX - offset as u128),
                    speaker,
                    written: speaker.map(|s| s + 7),
                    aliased,
                    micro,
                    tone,
                    terms,
                }
            };
        let quotes = vec![
            quote(0, Some(3), true, -1_000_000, Tone::Warning, vec![(0, false), (u32::MAX, true)]),
            quote(512, None, false, 0, Tone::Neutral, Vec::new()),
            quote(usize::MAX >> 1, Some(0), false, 999_999, Tone::Cooperative, vec![(12, true)]),
        ];
        for date in [None, Some("2024-04-27".to_string()), Some(String::new())] {
            let mut bytes = Vec::new();
            encode_compact(&date, &quotes, &mut bytes);
            assert_eq!(decode_compact(&bytes).unwrap(), (date.clone(), quotes.clone()));
            for cut in [0, 1, 9, bytes.len() - 1] {
                let e = decode_compact(&bytes[..cut]).unwrap_err();
                assert!(format!("{e:#}").contains("cut short"), "cut at {cut}: {e:#}");
            }
        }
        let mut bytes = Vec::new();
        encode_compact(&None, &quotes[1..2], &mut bytes);
        let label = 1 + 8 + 8 + 16 + 1 + 4 + 4 + 8;
        bytes[label] = 3;
        assert!(format!("{:#}", decode_compact(&bytes).unwrap_err()).contains("bad label 3"));
    }

    /// Quote rows come back from the record spill as they went in, cells
    /// with commas, quotation marks, line breaks, non-ASCII text or nothing
    /// at all included; a row cut short is an error, not a panic.
    #[test]
    fn quote_rows_read_back_from_the_spill_as_written() {
        let row = |start: usize, quote: &str, terms: String| QuoteText {
            start,
            end: start + quote.len(),
            mention: "he".into(),
            rule: "pronoun".into(),
            kind: "direct".into(),
            cue: String::new(),
            score: "-0.2500".into(),
            cooperative: "0.0000".into(),
            warning: "0.2500".into(),
            terms,
            quote: quote.into(),
            coverage: "1.0000".into(),
        };
        let rows = vec![
            row(0, "We will, \"if need be\", act.\nNow.", "act:-0.25".into()),
            row(40, "Ни шагу назад — ça suffit", String::new()),
            row(99, "", "a|b".into()),
        ];
        let mut bytes = Vec::new();
        encode_texts(&rows, &mut bytes);
        assert_eq!(decode_texts(&bytes).unwrap(), rows);
        assert_eq!(decode_texts(&[]).unwrap(), Vec::<QuoteText>::new());
        for cut in [1, 17, bytes.len() - 1] {
            let e = decode_texts(&bytes[..cut]).unwrap_err();
            assert!(format!("{e:#}").contains("cut short"), "cut at {cut}: {e:#}");
        }
    }

    /// Issue 12, case 10: a failure to write the `--errors` file is an
    /// error of the run, not ignored.
    #[test]
    fn errors_file_write_failure_is_not_ignored() {
        let dir = std::env::temp_dir().join(format!("diplotone-errors-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let ro = dir.join("read-only.csv");
        fs::write(&ro, "").unwrap();
        // A writer over a file opened for reading only: every write fails.
        let out =
            Output::File { tmp: PathBuf::new(), path: ro.clone(), w: Some(BufWriter::new(File::open(&ro).unwrap())) };
        let mut errors =
            Errors { count: 0, warnings: 0, write_failed: None, csv: Some(csv::Writer::from_writer(out)), held: None };
        for i in 0..2000 {
            errors.report(&RecordError::at_line("f.jsonl", i, "not valid JSON"));
        }
        assert_eq!(errors.count(), 2000);
        let e = errors.finish().unwrap_err();
        assert!(e.to_string().starts_with("writing the errors file"), "{e}");
        fs::remove_dir_all(&dir).unwrap();
    }

    /// A repeat names the copy it repeats by its record's id and position,
    /// records without quotes in between included, and counts once.
    #[test]
    fn repeats_name_their_copy_across_records_without_quotes() {
        use diplotone::dedup::Fingerprint;
        let q = |offset: usize, fp: u128| Contribution {
            offset,
            fingerprint: Fingerprint(fp),
            speaker: Some(0),
            written: Some(0),
            aliased: false,
            micro: 250_000,
            tone: Tone::Cooperative,
            terms: vec![(0, true)],
        };
        let rec = |doc: &str, date: &str, quotes: Vec<Contribution>| PartialRecord {
            doc: doc.into(),
            source: format!("{doc}.txt"),
            date: Some(date.into()),
            quotes,
            texts: Vec::new(),
        };
        let p = Partial {
            names: vec!["Ana Ruiz".into()],
            readings: vec!["partners".into()],
            records: vec![
                rec("d", "2024-03-04", vec![q(9, 7), q(30, 8)]),
                rec("a", "2024-03-05", vec![]),
                rec("c", "2024-03-01", vec![q(5, 8)]),
                rec("b", "2024-03-02", vec![]),
                rec("e", "2024-03-03", vec![q(1, 7), q(2, 7)]),
            ],
            ..Partial::default()
        };
        let input = test_input(7);
        let mut c = Collector::new(&input, Period::Month, false).unwrap();
        c.add_partial(p);
        let batch = c.finish().unwrap();
        let docs: Vec<&str> = (0..batch.len()).map(|r| batch.doc(r)).collect();
        assert_eq!(docs, ["a", "b", "c", "d", "e"]);
        let dups: Vec<Vec<Option<String>>> = (0..batch.len())
            .map(|r| {
                let rec = batch.record(r).unwrap();
                (0..rec.quotes.len()).map(|i| batch.duplicate_of(&rec, i)).collect()
            })
            .collect();
        let s = |x: &str| Some(x.to_string());
        let want = vec![vec![], vec![], vec![None], vec![s("e#1"), s("c#1")], vec![None, s("e#1")]];
        assert_eq!(dups, want);
        let st = &batch.agg.speakers["ana ruiz"];
        assert_eq!((st.n(), batch.agg.duplicates), (2, 3));
        assert_eq!(st.cooperative_terms.get("partners"), Some(&2));
    }

    /// A batch of records drawn by a property test: (doc id, source,
    /// date, quotes as (offset, fingerprint, speaker)).
    type Drawn = Vec<(u8, u8, Option<u8>, Vec<(u8, u8, Option<u8>)>)>;

    /// The drawn records as a partial: few ids (so that some are shared,
    /// some even by the same source), few days, few fingerprints.
    fn drawn_partial(records: &Drawn) -> Partial {
        let q = |&(offset, fp, speaker): &(u8, u8, Option<u8>)| Contribution {
            offset: usize::from(offset),
            fingerprint: diplotone::dedup::Fingerprint(u128::from(fp) << 100 | u128::from(fp)),
            speaker: speaker.map(|s| u32::from(s % 3)),
            written: speaker.map(|s| u32::from(s % 3)),
            aliased: false,
            micro: i64::from(fp) * 10_000 - 30_000,
            tone: [Tone::Cooperative, Tone::Neutral, Tone::Warning][usize::from(fp % 3)],
            terms: vec![(u32::from(fp % 2), fp % 4 < 2)],
        };
        Partial {
            names: vec!["Ana Ruiz".into(), "Li Wen".into(), "Tom Ek".into()],
            readings: vec!["partners".into(), "threat".into()],
            records: records
                .iter()
                .map(|(doc, source, date, quotes)| PartialRecord {
                    doc: format!("d{}", doc % 6),
                    source: format!("f{}.jsonl:{}", source % 3, source % 4),
                    date: date.map(|d| format!("2024-03-{:02}", 1 + d % 28)),
                    quotes: quotes.iter().map(q).collect(),
                    texts: Vec::new(),
                })
                .collect(),
            ..Partial::default()
        }
    }

    fn test_input(window: u32) -> InputArgs {
        InputArgs {
            inputs: vec![],
            input: InputArg::Auto,
            id_field: "id".into(),
            text_field: "text".into(),
            date_field: "date".into(),
            lossy: false,
            aliases: None,
            errors: None,
            keep_duplicates: false,
            repeat_window: window,
            indirect: false,
        }
    }

    /// A record's id and each of its quotes' `duplicate_of`.
    type DecidedRecord = (String, Vec<Option<String>>);

    /// What a decided batch says: ids in order, each quote's
    /// `duplicate_of`, and the sums.
    fn decided(p: &Partial, window: u32, run_len: usize) -> (Vec<DecidedRecord>, Aggregate) {
        let mut c = Collector::new(&test_input(window), Period::Week, false).unwrap();
        c.run_len = run_len;
        c.add_partial(p.clone());
        let batch = c.finish().unwrap();
        let rows = (0..batch.len())
            .map(|r| {
                let rec = batch.record(r).unwrap();
                (batch.doc(r).to_string(), (0..rec.quotes.len()).map(|i| batch.duplicate_of(&rec, i)).collect())
            })
            .collect();
        (rows, batch.agg)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Sorting the copies on disk in runs of any length (one copy, a
        /// few, more runs than one merge reads, or all in memory) decides
        /// exactly what `dedup::decide` decides over all copies at once.
        #[test]
        fn external_decisions_are_those_of_decide(
            records in proptest::collection::vec(
                (0u8..12, 0u8..6, proptest::option::of(0u8..40),
                 proptest::collection::vec((0u8..8, 0u8..5, proptest::option::of(0u8..3)), 0..5)),
                0..40),
            window in 0u32..10,
        ) {
            let p = drawn_partial(&records);
            let (want, want_agg) = decided(&p, window, usize::MAX);
            // The reference: every copy at once, in table order.
            let mut c = Collector::new(&test_input(window), Period::Week, false).unwrap();
            c.add_partial(p.clone());
            let batch = c.finish().unwrap();
            let mut copies = Vec::new();
            let mut names = Vec::new();
            let mut rank = 0;
            for r in 0..batch.len() {
                if r > 0 && batch.doc(r) != batch.doc(r - 1) {
                    rank += 1;
                }
                let rec = batch.record(r).unwrap();
                let day = rec.date.as_deref().and_then(dedup::day_number);
                for (i, q) in rec.quotes.iter().enumerate() {
                    copies.push((q.fingerprint, dedup::CopyKey { day, doc: rank, offset: q.offset }));
                    names.push(format!("{}#{}", batch.doc(r), i + 1));
                }
            }
            let reference: Vec<Option<String>> =
                dedup::decide(&copies, window).into_iter().map(|d| d.map(|j| names[j].clone())).collect();
            let flat: Vec<Option<String>> = want.iter().flat_map(|(_, d)| d.clone()).collect();
            proptest::prop_assert_eq!(&flat, &reference);
            for run_len in [1, 2, 3, 7] {
                let (got, got_agg) = decided(&p, window, run_len);
                proptest::prop_assert_eq!(&got, &want, "run length {}", run_len);
                proptest::prop_assert_eq!(&got_agg, &want_agg, "run length {}", run_len);
            }
        }
    }

    #[test]
    fn progress_message_shows_quotes_and_throughput() {
        let cases: &[(u64, u64, f64, &str)] = &[
            (0, 0, 0.0, "0 quotes, 0.0 MB"),
            (12, 3_000_000, 2.0, "12 quotes, 3.0 MB, 1.5 MB/s"),
            (7, 400_000, 0.5, "7 quotes, 0.4 MB, 0.8 MB/s"),
        ];
        for &(quotes, bytes, secs, want) in cases {
            assert_eq!(progress_message(quotes, bytes, secs), want);
        }
    }

    /// While held, errors and warnings are neither shown nor counted; on
    /// release they are, in the order they came.
    #[test]
    fn held_reports_come_out_in_order_on_release() {
        let d = std::env::temp_dir().join(format!("diplotone-held-{}", std::process::id()));
        fs::create_dir_all(&d).unwrap();
        let path = d.join("errors.csv");
        let mut errors = Errors::new(Some(&path)).unwrap();
        let e = |line: u64| RecordError::at_line("in.jsonl", line, format!("bad {line}"));
        errors.report(&e(1));
        errors.hold();
        errors.report(&e(2));
        errors.warn(&e(3));
        errors.report(&e(4));
        assert_eq!((errors.count(), errors.warnings()), (1, 0));
        errors.release();
        assert_eq!((errors.count(), errors.warnings()), (3, 1));
        errors.report(&e(5));
        assert_eq!(errors.count(), 4);
        errors.finish().unwrap();
        let written = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = written.lines().map(|l| l.split(',').nth(1).unwrap()).collect();
        assert_eq!(lines, ["line", "1", "2", "4", "5"]);
        fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn record_text_len_counts_the_text_only() {
        let art = Record::Article(diplotone::Article { id: "a1".into(), date: None, text: "We agree.".into() });
        let q = Record::Quote(article::GivenQuote {
            id: "q1".into(),
            date: Some("2025-01-02".into()),
            speaker: "Ode".into(),
            text: "Talks go on".into(),
        });
        assert_eq!(record_text_len(&art), 9);
        assert_eq!(record_text_len(&q), 11);
    }
}
