//! Input records: articles (`.txt`, JSONL, CSV) and already-extracted quotes.
//!
//! The readers take bytes that the caller has read and return records or
//! [`RecordError`]s: a bad record is data, never a reason to stop.

use std::io;

use serde_json::Value;

use crate::error::RecordError;

/// One news article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Document id: the path relative to the folder given, without extension,
    /// or the `id` field of JSONL and CSV input.
    pub id: String,
    /// `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// The text exactly as read; offsets index it.
    pub text: String,
}

/// A quote given with its speaker (Quotebank-style input).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GivenQuote {
    /// Record id (the `id` field, or `file:line`).
    pub id: String,
    /// `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// The speaker as given.
    pub speaker: String,
    /// The quotation.
    pub text: String,
}

/// An input record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    /// An article, to be searched for quotes.
    Article(Article),
    /// A quote with a given speaker.
    Quote(GivenQuote),
}

/// What JSONL lines hold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputKind {
    /// Articles, or quotes where a line has `quotation` and `speaker`.
    #[default]
    Auto,
    /// Articles only.
    Articles,
    /// Quotes only.
    Quotes,
}

/// How to read input records.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// JSONL/CSV field holding the id.
    pub id_field: String,
    /// JSONL/CSV field holding the text.
    pub text_field: String,
    /// JSONL/CSV field holding the date.
    pub date_field: String,
    /// What JSONL lines hold.
    pub kind: InputKind,
    /// Decode invalid UTF-8 with U+FFFD instead of rejecting the record.
    pub lossy: bool,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            id_field: "id".into(),
            text_field: "text".into(),
            date_field: "date".into(),
            kind: InputKind::Auto,
            lossy: false,
        }
    }
}

/// Decodes bytes as UTF-8, or explains where they are not.
pub fn decode(file: &str, line: Option<u64>, bytes: &[u8], lossy: bool) -> Result<String, RecordError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes).into_owned()),
        Err(e) => Err(RecordError {
            file: file.to_string(),
            line,
            byte: Some(e.valid_up_to() as u64),
            reason: "invalid UTF-8 (use --lossy to replace bad bytes with U+FFFD)".into(),
        }),
    }
}

/// Checks a `YYYY-MM-DD` date: a real day of the Gregorian calendar
/// (`2024-02-29` is one, `2023-02-29` and `2024-04-31` are not).
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        let part = &s[r];
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse::<u32>().ok()).flatten()
    };
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d),
        _ => false,
    }
}

/// Days in month `m` (1-12) of year `y`, leap years by the Gregorian rule.
fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// The `date ...` header of a `.txt` article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Header {
    /// No header.
    Absent,
    /// `date unknown`.
    Unknown,
    /// A valid `date YYYY-MM-DD`.
    Date(String),
    /// `date` followed by something that is not a real day ("2024-13-45").
    Bad(String),
}

/// Reads the optional `date YYYY-MM-DD` / `date unknown` header at the start
/// of a `.txt` article (after leading white space, followed by white space or
/// the end).
pub fn txt_header(text: &str) -> Header {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text.trim_start().strip_prefix("date") else { return Header::Absent };
    let Some(rest) = rest.strip_prefix(|c: char| c == ' ' || c == '\t') else { return Header::Absent };
    let word: &str = rest.trim_start_matches([' ', '\t']).split(char::is_whitespace).next().unwrap_or("");
    if valid_date(word) {
        Header::Date(word.to_string())
    } else if word == "unknown" {
        Header::Unknown
    } else if word.starts_with(|c: char| c.is_ascii_digit()) {
        Header::Bad(word.to_string())
    } else {
        // "date of the summit ...": prose, not a header.
        Header::Absent
    }
}

/// The date of a `.txt` article's header (None for unknown, absent or bad).
pub fn txt_header_date(text: &str) -> Option<String> {
    match txt_header(text) {
        Header::Date(d) => Some(d),
        _ => None,
    }
}

/// The warning about a date that is given but is no real day; the record is
/// kept as undated.
fn bad_date(file: &str, line: Option<u64>, id: &str, raw: &str) -> RecordError {
    let reason = format!("record {id:?}: date {raw:?} is not a valid YYYY-MM-DD day; read as undated");
    RecordError { file: file.to_string(), line, byte: None, reason }
}

/// Reads a `.txt` article: the text is the whole file, header included. A
/// header date that is no real day goes to `warn`, the article is undated.
///
/// # Errors
/// Invalid UTF-8 (unless `lossy`), with the byte offset.
pub fn read_txt(
    id: &str,
    file: &str,
    bytes: &[u8],
    opts: &ReadOptions,
    warn: &mut dyn FnMut(RecordError),
) -> Result<Article, RecordError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(RecordError::in_file(file, "empty file"));
    }
    let text = decode(file, None, bytes, opts.lossy)?;
    let date = match txt_header(&text) {
        Header::Date(d) => Some(d),
        Header::Bad(raw) => {
            warn(bad_date(file, Some(1), id, &raw));
            None
        }
        Header::Absent | Header::Unknown => None,
    };
    Ok(Article { id: id.to_string(), date, text })
}

fn field_str(v: &Value, name: &str) -> Result<Option<String>, String> {
    match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(format!("field {name:?} must be a string, found {}", json_type(other))),
    }
}

fn text_field(v: &Value, name: &str) -> Result<Option<String>, String> {
    match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("field {name:?} must be a string, found {}", json_type(other))),
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A date as given, checked: `Ok(None)` when empty, `Err(raw)` when it is
/// no real day. Timestamps such as `2015-01-05 12:00:00` or
/// `2015-01-05T12:00:00Z` count by their date part.
pub fn check_date(raw: &str) -> Result<Option<String>, String> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let head = t.get(..10).unwrap_or(t);
    let rest = t.get(10..).unwrap_or("");
    if valid_date(head) && (rest.is_empty() || rest.starts_with([' ', 'T', 't'])) {
        Ok(Some(head.to_string()))
    } else {
        Err(t.to_string())
    }
}

/// Reads one JSONL line (without its newline). Blank lines give `Ok(None)`.
///
/// # Errors
/// Not JSON, not an object, no text, or a text of the wrong type.
/// A date that is no real day goes to `warn`; the record is kept undated.
pub fn read_jsonl_line(
    file: &str,
    line: u64,
    bytes: &[u8],
    opts: &ReadOptions,
    warn: &mut dyn FnMut(RecordError),
) -> Result<Option<Record>, RecordError> {
    let err = |reason: String| RecordError::at_line(file, line, reason);
    let s = decode(file, Some(line), bytes, opts.lossy)?;
    let s = s.strip_prefix('\u{feff}').unwrap_or(&s);
    if s.trim().is_empty() {
        return Ok(None);
    }
    let v: Value = serde_json::from_str(s).map_err(|e| err(format!("not valid JSON: {e}")))?;
    if !v.is_object() {
        return Err(err(format!("expected a JSON object, found {}", json_type(&v))));
    }
    let id = field_str(&v, &opts.id_field).map_err(err)?.unwrap_or_else(|| format!("{file}:{line}"));
    let date = match field_str(&v, &opts.date_field).map_err(err)? {
        None => None,
        Some(raw) => check_date(&raw).unwrap_or_else(|raw| {
            warn(bad_date(file, Some(line), &id, &raw));
            None
        }),
    };
    let is_quote = match opts.kind {
        InputKind::Quotes => true,
        InputKind::Articles => false,
        InputKind::Auto => v.get("quotation").is_some(),
    };
    if is_quote {
        let text =
            text_field(&v, "quotation").map_err(err)?.ok_or_else(|| err("missing field \"quotation\"".into()))?;
        let speaker = match v.get("speaker") {
            Some(Value::String(s)) => s.clone(),
            // Quotebank lists candidate speakers with probabilities; take the
            // top one only when it is given as the `speaker` string.
            None | Some(Value::Null) => String::new(),
            Some(o) => return Err(err(format!("field \"speaker\" must be a string, found {}", json_type(o)))),
        };
        let speaker = if speaker.eq_ignore_ascii_case("none") { String::new() } else { speaker };
        return Ok(Some(Record::Quote(GivenQuote { id, date, speaker, text })));
    }
    let text = text_field(&v, &opts.text_field)
        .map_err(err)?
        .ok_or_else(|| err(format!("missing field {:?}", opts.text_field)))?;
    Ok(Some(Record::Article(Article { id, date, text })))
}

/// Reads CSV articles (a header with `id`, `text` and optionally `date`).
/// Calls `sink` with each record's line and the record or error, in order;
/// a date that is no real day goes to `warn` and the record is kept
/// undated. Without an `id` column a record's id is `FILE:LINE`. Lines are
/// the csv reader's own record positions, so quoted fields with line
/// breaks and unquoted fields holding a `"` (`a 12" gun`) keep them right.
///
/// # Errors
/// Only when the header itself is unusable; row faults go to `sink`.
pub fn read_csv<R: io::Read>(
    file: &str,
    rdr: R,
    opts: &ReadOptions,
    mut sink: impl FnMut(u64, Result<Record, RecordError>),
    warn: &mut dyn FnMut(RecordError),
) -> Result<(), RecordError> {
    let tail = std::rc::Rc::new(std::cell::RefCell::new(Tail { start: 0, bytes: Vec::new() }));
    let keeping = TailKeeper { inner: rdr, tail: tail.clone() };
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(keeping);
    let headers =
        rdr.byte_headers().map_err(|e| RecordError::at_line(file, 1, format!("unreadable CSV header: {e}")))?.clone();
    let find = |name: &str| headers.iter().position(|h| trim_bom(h) == name.as_bytes());
    let text_i = find(&opts.text_field)
        .ok_or_else(|| RecordError::at_line(file, 1, format!("the CSV header has no {:?} column", opts.text_field)))?;
    let id_i = find(&opts.id_field);
    let date_i = find(&opts.date_field);
    let mut rec = csv::ByteRecord::new();
    let mut n = 0u64;
    // The last record is held back until the end of input: a quoted field
    // that never closes runs to the end of the file, and only its raw
    // bytes (kept from where it starts) can tell.
    let mut pending: Option<(u64, u64, Result<Record, RecordError>)> = None;
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {
                n += 1;
                let (line, byte) = rec.position().map_or((n + 1, 0), |p| (p.line(), p.byte()));
                let r = if rec.len() != headers.len() {
                    Err(RecordError::at_line(
                        file,
                        line,
                        format!("expected {} fields, found {}", headers.len(), rec.len()),
                    ))
                } else {
                    let get = |i: usize| decode(file, Some(line), &rec[i], opts.lossy);
                    (|| {
                        let text = get(text_i)?;
                        let id = match id_i {
                            Some(i) => get(i)?,
                            None => format!("{file}:{line}"),
                        };
                        let date = match date_i {
                            Some(i) => check_date(&get(i)?).unwrap_or_else(|raw| {
                                warn(bad_date(file, Some(line), &id, &raw));
                                None
                            }),
                            None => None,
                        };
                        Ok(Record::Article(Article { id, date, text }))
                    })()
                };
                if let Some((l, _, p)) = pending.replace((line, byte, r)) {
                    sink(l, p);
                }
                tail.borrow_mut().keep_from(byte);
            }
            Err(e) => {
                let line = e.position().map_or(n + 2, |p| p.line());
                if let Some((l, _, p)) = pending.take() {
                    sink(l, p);
                }
                sink(line, Err(RecordError::at_line(file, line, format!("bad CSV row: {e}"))));
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
            }
        }
    }
    if let Some((line, byte, p)) = pending {
        let open = {
            let t = tail.borrow();
            byte.checked_sub(t.start)
                .is_some_and(|skip| ends_in_open_quote(t.bytes.get(skip as usize..).unwrap_or(&[])))
        };
        if open {
            sink(line, Err(RecordError::at_line(file, line, "unterminated quoted field (unbalanced quoting)")));
        } else {
            sink(line, p);
        }
    }
    Ok(())
}

/// The raw bytes of the input from the start of the last record on.
struct Tail {
    /// Offset in the input of `bytes[0]`.
    start: u64,
    bytes: Vec<u8>,
}

impl Tail {
    /// Forgets the bytes before input offset `pos`.
    fn keep_from(&mut self, pos: u64) {
        let drop = pos.saturating_sub(self.start).min(self.bytes.len() as u64);
        self.bytes.drain(..drop as usize);
        self.start += drop;
    }
}

/// Keeps what it reads in a [`Tail`].
struct TailKeeper<R> {
    inner: R,
    tail: std::rc::Rc<std::cell::RefCell<Tail>>,
}

impl<R: io::Read> io::Read for TailKeeper<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.tail.borrow_mut().bytes.extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

/// Whether a CSV record's raw bytes end inside a quoted field: a `"` opens
/// a quoted field only at the start of a field (after a comma, a line break
/// or the start), `""` inside it is a literal quote, and a `"` in the
/// middle of an unquoted field (`a 12" gun`) is just a character.
fn ends_in_open_quote(raw: &[u8]) -> bool {
    let (mut quoted, mut field_start, mut i) = (false, true, 0);
    while i < raw.len() {
        let b = raw[i];
        if quoted {
            if b == b'"' {
                if raw.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
        } else if field_start && b == b'"' {
            quoted = true;
            field_start = false;
        } else {
            field_start = matches!(b, b',' | b'\n' | b'\r');
        }
        i += 1;
    }
    quoted
}

fn trim_bom(h: &[u8]) -> &[u8] {
    h.strip_prefix(b"\xef\xbb\xbf").unwrap_or(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADERS: &[(&str, &str, Option<&str>)] = &[
        ("seed_style", " date 2024-04-27 BEIJING – Chinese", Some("2024-04-27")),
        ("own_line", "date 2024-04-27\n\nText", Some("2024-04-27")),
        ("unknown", "date unknown\n\nText", None),
        ("none", "BEIJING – text", None),
        ("bad_month", "date 2024-13-01\n", None),
        ("bad_day", "date 2024-02-31\n", None),
        ("leap_day", "date 2024-02-29\n", Some("2024-02-29")),
        ("glued", "date 2024-04-27x", None),
        ("crlf", "date 2024-04-27\r\nText", Some("2024-04-27")),
        ("dateline_word", "dated 2024-04-27", None),
        ("bom", "\u{feff}date 2024-04-27\n", Some("2024-04-27")),
    ];

    #[test]
    fn header_dates() {
        for &(name, text, want) in HEADERS {
            assert_eq!(txt_header_date(text).as_deref(), want, "case {name}");
        }
    }

    #[test]
    fn invalid_utf8_reports_byte() {
        let e = read_txt("a", "a.txt", b"ok \xff bad", &ReadOptions::default(), &mut |_| {}).unwrap_err();
        assert_eq!(e.byte, Some(3));
        assert!(e.to_string().starts_with("a.txt (byte 3): invalid UTF-8"));
        let lossy = ReadOptions { lossy: true, ..ReadOptions::default() };
        assert_eq!(read_txt("a", "a.txt", b"ok \xff", &lossy, &mut |_| {}).unwrap().text, "ok \u{fffd}");
    }

    const JSONL: &[(&str, &str, &str)] = &[
        ("not_json", "{oops", "f.jsonl:7: not valid JSON"),
        ("not_object", "[1]", "f.jsonl:7: expected a JSON object, found an array"),
        ("no_text", "{\"id\": \"a\"}", "f.jsonl:7: missing field \"text\""),
        ("text_type", "{\"id\": \"a\", \"text\": 5}", "f.jsonl:7: field \"text\" must be a string"),
    ];

    #[test]
    fn jsonl_errors() {
        for &(name, line, want) in JSONL {
            let e = read_jsonl_line("f.jsonl", 7, line.as_bytes(), &ReadOptions::default(), &mut |_| {}).unwrap_err();
            assert!(e.to_string().starts_with(want), "case {name}: {e}");
        }
    }

    #[test]
    fn jsonl_records() {
        let o = ReadOptions::default();
        let a = read_jsonl_line("f", 1, br#"{"id":"x","date":"2024-01-02","text":"hi"}"#, &o, &mut |_| {}).unwrap();
        assert_eq!(
            a,
            Some(Record::Article(Article { id: "x".into(), date: Some("2024-01-02".into()), text: "hi".into() }))
        );
        let q = read_jsonl_line(
            "f",
            3,
            br#"{"quotation":"We agree.","speaker":"Ana Ruiz","date":"2024-01-02 10:00:00"}"#,
            &o,
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(
            q,
            Some(Record::Quote(GivenQuote {
                id: "f:3".into(),
                date: Some("2024-01-02".into()),
                speaker: "Ana Ruiz".into(),
                text: "We agree.".into()
            }))
        );
        assert_eq!(read_jsonl_line("f", 2, b"  ", &o, &mut |_| {}).unwrap(), None);
    }

    /// Issue 12, case 3: a `"` inside an unquoted field is a character (an
    /// inch mark); the row is kept and the lines after it stay right.
    #[test]
    fn csv_inch_marks_and_line_numbers() {
        let data = "id,text\na,the 12\" gun and the 3\" shell\nb,\"two\nlines\"\nc,x\nd\ne,\"open\n";
        let mut got = Vec::new();
        read_csv("g.csv", data.as_bytes(), &ReadOptions::default(), |l, r| got.push((l, r)), &mut |_| {}).unwrap();
        let lines: Vec<u64> = got.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [2, 3, 5, 6, 7]);
        assert!(matches!(&got[0].1, Ok(Record::Article(a)) if a.text == "the 12\" gun and the 3\" shell"));
        assert!(matches!(&got[1].1, Ok(Record::Article(a)) if a.text == "two\nlines"));
        assert!(matches!(&got[2].1, Ok(Record::Article(a)) if a.id == "c"));
        assert_eq!(got[3].1.as_ref().unwrap_err().to_string(), "g.csv:6: expected 2 fields, found 1");
        assert_eq!(
            got[4].1.as_ref().unwrap_err().to_string(),
            "g.csv:7: unterminated quoted field (unbalanced quoting)"
        );
        // The last row with an inch mark is kept too.
        let mut last = Vec::new();
        let data = "id,text\na,ok\nb,a 12\" gun";
        read_csv("h.csv", data.as_bytes(), &ReadOptions::default(), |l, r| last.push((l, r)), &mut |_| {}).unwrap();
        assert!(matches!(&last[1], (3, Ok(Record::Article(a))) if a.text == "a 12\" gun"), "{last:?}");
    }

    #[test]
    fn open_quotes() {
        const CASES: &[(&str, bool)] = &[
            ("a,b", false),
            ("a,\"b", true),
            ("a,\"b\"\"c\"", false),
            ("a,\"b\"\"", true),
            ("12\" gun,x", false),
            ("\"a\",\"b\nc", true),
            ("\"\"", false),
        ];
        for &(raw, want) in CASES {
            assert_eq!(ends_in_open_quote(raw.as_bytes()), want, "{raw:?}");
        }
    }

    /// Issue 12, case 4: a date that is no real day is a warning naming the
    /// record; the record is kept, undated.
    #[test]
    fn bad_dates_are_warned_and_kept_undated() {
        let o = ReadOptions::default();
        for (raw, want) in [
            ("2024-02-29", Ok(Some("2024-02-29"))),
            ("2024-02-29T10:00:00Z", Ok(Some("2024-02-29"))),
            ("", Ok(None)),
            ("2023-02-29", Err(())),
            ("2024-02-31", Err(())),
            ("2024-13-45", Err(())),
            ("2024-04-31", Err(())),
            ("2024-1-5", Err(())),
            ("2024-01-05x", Err(())),
        ] {
            let got = check_date(raw);
            assert_eq!(got.as_ref().map(Option::as_deref).map_err(|_| ()), want, "{raw:?}");
        }
        let mut warned = Vec::new();
        let line = br#"{"id":"x","date":"2024-02-31","text":"hi"}"#;
        let r = read_jsonl_line("f.jsonl", 4, line, &o, &mut |w| warned.push(w.to_string())).unwrap();
        assert!(matches!(r, Some(Record::Article(a)) if a.date.is_none() && a.text == "hi"));
        assert_eq!(
            warned,
            ["f.jsonl:4: record \"x\": date \"2024-02-31\" is not a valid YYYY-MM-DD day; read as undated"]
        );
        warned.clear();
        let a = read_txt("t", "t.txt", b"date 2024-13-45\n\nText", &o, &mut |w| warned.push(w.to_string())).unwrap();
        assert_eq!((a.date, a.text.as_str()), (None, "date 2024-13-45\n\nText"));
        assert_eq!(
            warned,
            ["t.txt:1: record \"t\": date \"2024-13-45\" is not a valid YYYY-MM-DD day; read as undated"]
        );
        warned.clear();
        let data = "id,date,text\nr1,2024-02-31,hello\nr2,2024-03-01,hi\n";
        let mut got = Vec::new();
        read_csv("c.csv", data.as_bytes(), &o, |_, r| got.push(r), &mut |w| warned.push(w.to_string())).unwrap();
        assert!(matches!(&got[0], Ok(Record::Article(a)) if a.date.is_none()));
        assert!(matches!(&got[1], Ok(Record::Article(a)) if a.date.as_deref() == Some("2024-03-01")));
        assert_eq!(warned.len(), 1);
        assert!(warned[0].starts_with("c.csv:2: record \"r1\": date \"2024-02-31\""), "{warned:?}");
    }

    #[test]
    fn csv_rows_and_faults() {
        let data = "id,date,text\na,2024-01-01,\"He said \"\"yes\"\".\"\nb,2024-01-02\nc,,plain\n";
        let mut got = Vec::new();
        read_csv("a.csv", data.as_bytes(), &ReadOptions::default(), |_, r| got.push(r), &mut |_| {}).unwrap();
        assert_eq!(got.len(), 3);
        assert!(matches!(&got[0], Ok(Record::Article(a)) if a.text == "He said \"yes\"."));
        assert_eq!(got[1].as_ref().unwrap_err().to_string(), "a.csv:3: expected 3 fields, found 2");
        assert!(matches!(&got[2], Ok(Record::Article(a)) if a.id == "c" && a.date.is_none()));
    }
}
