//! Plumbing shared by the subcommands: flags, inputs, outputs, the engine.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use diplotone::aggregate::{self, speaker_key, Aggregate, Observation, Period};
use diplotone::article::{self, InputKind, ReadOptions, Record};
use diplotone::pipeline::{self, Analyzed};
use diplotone::quote::SpeakerRule;
use diplotone::report::{Format, QuoteRow, RowWriter};
use diplotone::{Analyzer, Engine, Lexicon, RecordError, Thresholds};

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
    #[arg(value_name = "INPUT", required = true)]
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

/// Sets the global thread pool; called once per process.
pub fn set_threads(n: Option<usize>) -> anyhow::Result<()> {
    if let Some(n) = n {
        if n == 0 {
            return Err(config("--threads must be at least 1"));
        }
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().context("setting up the thread pool")?;
    }
    Ok(())
}

/// Builds the engine: the lexicons (embedded or `--lexicon`) and thresholds.
pub fn engine(args: &ScoreArgs) -> anyhow::Result<Engine> {
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
    let th = Thresholds { cooperative: args.cooperative_threshold, warning: args.warning_threshold };
    if !th.warning.is_finite() || !th.cooperative.is_finite() || th.warning > th.cooperative {
        return Err(config("--warning-threshold must not exceed --cooperative-threshold"));
    }
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
    /// Reads `alias,speaker` rows (a header row is optional).
    pub fn load(path: Option<&Path>) -> anyhow::Result<Aliases> {
        let Some(path) = path else {
            return Ok(Aliases::default());
        };
        let name = path.display().to_string();
        let data = fs::read(path).map_err(|e| config(format!("{name}: cannot read aliases: {e}")))?;
        let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(&data[..]);
        let mut map = BTreeMap::new();
        for (i, rec) in rdr.records().enumerate() {
            let line = i + 1;
            let rec = rec.map_err(|e| config(format!("{name}:{line}: bad CSV: {e}")))?;
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
            map.insert(speaker_key(alias), speaker.to_string());
        }
        Ok(Aliases(map))
    }

    /// The canonical name for `speaker`, if the table merges it.
    pub fn get(&self, speaker: &str) -> Option<&str> {
        self.0.get(&speaker_key(speaker)).map(String::as_str)
    }
}

/// Where results go: stdout, or a file written whole or not at all.
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<io::Stdout>),
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
            Some(p) => {
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
            Output::File { w, .. } => w.as_mut().ok_or_else(closed)?.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File { w, .. } => w.as_mut().ok_or_else(closed)?.flush(),
        }
    }
}

fn closed() -> io::Error {
    io::Error::other("output already committed")
}

/// A temporary name beside `path`: `.NAME.tmp-PID`.
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

/// Reports record errors on stderr (and to `--errors FILE`) and counts them.
pub struct Errors {
    count: u64,
    csv: Option<csv::Writer<Output>>,
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
        Ok(Errors { count: 0, csv })
    }

    /// Reports one error.
    pub fn report(&mut self, e: &RecordError) {
        self.count += 1;
        eprintln!("diplotone: {e}");
        if let Some(w) = &mut self.csv {
            let line = e.line.map(|l| l.to_string()).unwrap_or_default();
            let byte = e.byte.map(|b| b.to_string()).unwrap_or_default();
            let _ = w.write_record([e.file.as_str(), &line, &byte, &e.reason]);
        }
    }

    /// How many errors were reported.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Writes the `--errors` file into place.
    pub fn finish(self) -> anyhow::Result<()> {
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

/// Reads every input in order and hands each analyzed record to `sink`,
/// in input order, scoring chunks of records in parallel.
pub struct Runner<'e> {
    engine: &'e Engine,
    opts: ReadOptions,
    buf: Vec<Record>,
    /// Records read.
    pub records: u64,
    /// Quotes found.
    pub quotes: u64,
    /// Record errors.
    pub errors: Errors,
    progress: Option<indicatif::ProgressBar>,
}

impl<'e> Runner<'e> {
    /// A runner over `engine`.
    pub fn new(engine: &'e Engine, input: &InputArgs, quiet: bool) -> anyhow::Result<Runner<'e>> {
        let progress = (!quiet && io::stderr().is_terminal()).then(|| {
            let pb = indicatif::ProgressBar::new_spinner();
            pb.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {pos} records, {msg} [{elapsed}]")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            pb
        });
        Ok(Runner {
            engine,
            opts: input.read_options(),
            buf: Vec::with_capacity(CHUNK),
            records: 0,
            quotes: 0,
            errors: Errors::new(input.errors.as_deref())?,
            progress,
        })
    }

    /// Runs over every input.
    pub fn run(
        &mut self,
        inputs: &[PathBuf],
        sink: &mut dyn FnMut(Analyzed) -> anyhow::Result<()>,
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
        self.flush(sink)?;
        if let Some(pb) = &self.progress {
            pb.finish_and_clear();
        }
        Ok(())
    }

    fn push(
        &mut self,
        r: Result<Record, RecordError>,
        sink: &mut dyn FnMut(Analyzed) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        match r {
            Ok(rec) => {
                self.buf.push(rec);
                if self.buf.len() >= CHUNK {
                    self.flush(sink)?;
                }
            }
            Err(e) => self.errors.report(&e),
        }
        Ok(())
    }

    fn flush(&mut self, sink: &mut dyn FnMut(Analyzed) -> anyhow::Result<()>) -> anyhow::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let out = pipeline::analyze(self.engine, &self.buf);
        self.records += self.buf.len() as u64;
        self.buf.clear();
        for a in out {
            self.quotes += a.quotes.len() as u64;
            sink(a)?;
        }
        if let Some(pb) = &self.progress {
            pb.set_position(self.records);
            pb.set_message(format!("{} quotes", self.quotes));
        }
        Ok(())
    }

    fn read_stdin(&mut self, sink: &mut dyn FnMut(Analyzed) -> anyhow::Result<()>) -> anyhow::Result<()> {
        let mut rdr = BufReader::new(io::stdin().lock());
        let peek = rdr.fill_buf().context("reading stdin")?;
        let first = peek.iter().find(|b| !b.is_ascii_whitespace()).copied();
        if first == Some(b'{') {
            self.read_jsonl("-", rdr, sink)
        } else {
            let mut data = Vec::new();
            rdr.read_to_end(&mut data).context("reading stdin")?;
            let r = article::read_txt("-", "-", &data, &self.opts);
            self.push(r.map(Record::Article), sink)
        }
    }

    fn read_file(
        &mut self,
        path: &Path,
        rel: &Path,
        sink: &mut dyn FnMut(Analyzed) -> anyhow::Result<()>,
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
                let res = article::read_csv(&name, BufReader::new(file), &opts, |r| {
                    if failed.is_none() {
                        if let Err(e) = self.push(r, sink) {
                            failed = Some(e);
                        }
                    }
                });
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
                let r = article::read_txt(&id, &name, &data, &self.opts);
                self.push(r.map(Record::Article), sink)
            }
        }
    }

    /// Reads JSONL line by line: memory holds one line and one chunk.
    fn read_jsonl(
        &mut self,
        name: &str,
        mut rdr: impl BufRead,
        sink: &mut dyn FnMut(Analyzed) -> anyhow::Result<()>,
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
            match article::read_jsonl_line(name, n, l, &self.opts) {
                Ok(Some(r)) => self.push(Ok(r), sink)?,
                Ok(None) => {}
                Err(e) => self.push(Err(e), sink)?,
            }
        }
        Ok(())
    }

    /// Prints the summary line and turns record errors into exit code 1.
    pub fn finish(self, extra: &str) -> anyhow::Result<()> {
        let n = self.errors.count();
        eprintln!("diplotone: {} articles, {} quotes, {} errors{extra}", self.records, self.quotes, n);
        self.errors.finish()?;
        if n > 0 {
            return Err(anyhow::Error::new(RecordsFailed(n)));
        }
        Ok(())
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

/// What the collector decided about one quote.
#[derive(Clone, Debug, Default)]
pub struct QuoteMeta {
    /// The speaker after aliases, if any.
    pub speaker: Option<String>,
    /// Whether the alias table renamed it.
    pub aliased: bool,
    /// The quote id of an earlier identical quote by the same speaker.
    pub duplicate_of: Option<String>,
}

/// Aggregates analyzed records: aliases, duplicates, per-speaker sums.
pub struct Collector {
    /// The sums so far.
    pub agg: Aggregate,
    aliases: Aliases,
    by: Period,
    keep_duplicates: bool,
    /// Fingerprint of (speaker key, normalized words) → first quote id.
    seen: std::collections::HashMap<u128, String>,
    /// Speaker key → every form it was written in before merging, with
    /// counts and whether the alias table did the merge.
    pub written: BTreeMap<String, BTreeMap<String, (u64, bool)>>,
}

impl Collector {
    /// A collector for these input flags, grouping periods `by`.
    pub fn new(input: &InputArgs, by: Period) -> anyhow::Result<Collector> {
        Ok(Collector {
            agg: Aggregate::default(),
            aliases: Aliases::load(input.aliases.as_deref())?,
            by,
            keep_duplicates: input.keep_duplicates,
            seen: Default::default(),
            written: BTreeMap::new(),
        })
    }

    /// Adds a record's quotes; returns what was decided for each, in order.
    pub fn add(&mut self, a: &Analyzed, engine: &Engine) -> Vec<QuoteMeta> {
        let mut metas = Vec::with_capacity(a.quotes.len());
        for (i, q) in a.quotes.iter().enumerate() {
            let (speaker, aliased) = resolve_speaker(&self.aliases, q.quote.speaker.as_deref());
            let speaker = speaker.map(str::to_string);
            if let (Some(s), Some(original)) = (&speaker, &q.quote.speaker) {
                let forms = self.written.entry(speaker_key(s)).or_default();
                let e = forms.entry(original.clone()).or_insert((0, false));
                e.0 += 1;
                e.1 |= aliased;
            }
            let fp = fingerprint(engine, speaker.as_deref().map(speaker_key).as_deref().unwrap_or(""), &q.text);
            let id = format!("{}#{}", a.doc, i + 1);
            let duplicate_of = match self.seen.get(&fp) {
                Some(first) => Some(first.clone()),
                None => {
                    self.seen.insert(fp, id);
                    None
                }
            };
            let counted = duplicate_of.is_none() || self.keep_duplicates;
            if duplicate_of.is_some() {
                self.agg.duplicates += 1;
            }
            match &speaker {
                None => self.agg.unattributed += 1,
                Some(s) if counted => {
                    // Each term as it reads in the quote ("no war[neg]").
                    let tokens = if q.score.terms.is_empty() { Vec::new() } else { engine.analyzer.tokenize(&q.text) };
                    let readings: Vec<String> =
                        q.score.terms.iter().map(|t| aggregate::term_reading(&q.text, &tokens, t)).collect();
                    let terms = readings.iter().zip(&q.score.terms).map(|(r, t)| (r.as_str(), t.value)).collect();
                    let o =
                        Observation { score: q.score.compound, tone: q.tone, date: a.date.as_deref(), terms, name: s };
                    let period = aggregate::period_of(a.date.as_deref(), self.by);
                    self.agg.push(&speaker_key(s), &period, &o);
                }
                Some(_) => {}
            }
            metas.push(QuoteMeta { speaker, aliased, duplicate_of });
        }
        metas
    }
}

/// The `quotes` rows of one analyzed record, given the collector's
/// decisions: shared by `quotes` and `report` so that both write the same
/// bytes.
fn quote_rows<'a>(a: &'a Analyzed, metas: &'a [QuoteMeta], lexicon: &Lexicon) -> Vec<QuoteRow<'a>> {
    a.quotes
        .iter()
        .zip(metas)
        .enumerate()
        .map(|(i, (q, m))| {
            let speaker = m.speaker.as_deref().unwrap_or("");
            let mut row = QuoteRow::new(&a.doc, a.date.as_deref(), i + 1, q, speaker, lexicon);
            if m.aliased {
                row.speaker_rule = SpeakerRule::Alias.as_str();
            }
            row.duplicate_of = m.duplicate_of.as_deref().unwrap_or("");
            row
        })
        .collect()
}

/// The `quotes` table as it is written: rows as records complete, and the
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

    /// Writes the rows of one analyzed record.
    pub fn write(&mut self, a: &Analyzed, metas: &[QuoteMeta], lexicon: &Lexicon) -> anyhow::Result<()> {
        for row in quote_rows(a, metas, lexicon) {
            self.out.write(&row)?;
            self.wrote = true;
        }
        Ok(())
    }

    /// Flushes and returns the inner writer.
    pub fn finish(mut self) -> anyhow::Result<W> {
        if !self.wrote {
            self.out.header(diplotone::report::columns::QUOTES)?;
        }
        Ok(self.out.finish()?)
    }
}

/// A 128-bit fingerprint of a quote: speaker key and the quote's words,
/// normalized (case, typography and punctuation do not matter).
fn fingerprint(engine: &Engine, speaker: &str, text: &str) -> u128 {
    use std::hash::{Hash, Hasher};
    let words: Vec<String> = engine.analyzer.tokenize(text).into_iter().filter(|t| t.is_word).map(|t| t.text).collect();
    let mut halves = [0u64; 2];
    for (salt, h) in halves.iter_mut().enumerate() {
        // DefaultHasher::new() is SipHash with fixed keys: the same value in
        // every run, which dedup across chunks needs.
        let mut st = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut st);
        speaker.hash(&mut st);
        words.hash(&mut st);
        *h = st.finish();
    }
    (u128::from(halves[0]) << 64) | u128::from(halves[1])
}
