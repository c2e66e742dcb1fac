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

/// Reads the optional `date YYYY-MM-DD` / `date unknown` header at the start
/// of a `.txt` article (after leading white space, followed by white space or
/// the end). Returns the date (None for unknown or absent).
pub fn txt_header_date(text: &str) -> Option<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text.trim_start().strip_prefix("date")?;
    let rest = rest.strip_prefix(|c: char| c == ' ' || c == '\t')?.trim_start_matches([' ', '\t']);
    let word: &str = rest.split(char::is_whitespace).next().unwrap_or("");
    if valid_date(word) {
        Some(word.to_string())
    } else {
        None
    }
}

/// Reads a `.txt` article: the text is the whole file, header included.
///
/// # Errors
/// Invalid UTF-8 (unless `lossy`), with the byte offset.
pub fn read_txt(id: &str, file: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Article, RecordError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(RecordError::in_file(file, "empty file"));
    }
    let text = decode(file, None, bytes, opts.lossy)?;
    let date = txt_header_date(&text);
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

fn date_field(v: &Value, name: &str) -> Result<Option<String>, String> {
    let d = field_str(v, name)?;
    Ok(d.and_then(|d| {
        // Accept timestamps such as 2015-01-05 12:00:00 by their date part.
        let head = d.get(..10).unwrap_or("");
        valid_date(head).then(|| head.to_string())
    }))
}

/// Reads one JSONL line (without its newline). Blank lines give `Ok(None)`.
///
/// # Errors
/// Not JSON, not an object, no text, or a text of the wrong type.
pub fn read_jsonl_line(file: &str, line: u64, bytes: &[u8], opts: &ReadOptions) -> Result<Option<Record>, RecordError> {
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
    let date = date_field(&v, &opts.date_field).map_err(err)?;
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
/// Calls `sink` with each record's line and the record or error, in order.
/// Without an `id` column a record's id is `FILE:LINE`.
///
/// # Errors
/// Only when the header itself is unusable; row faults go to `sink`.
pub fn read_csv<R: io::Read>(
    file: &str,
    rdr: R,
    opts: &ReadOptions,
    mut sink: impl FnMut(u64, Result<Record, RecordError>),
) -> Result<(), RecordError> {
    let quotes = std::rc::Rc::new(std::cell::Cell::new(0u64));
    let counting = QuoteCounter { inner: rdr, quotes: quotes.clone() };
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(counting);
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
    // that never closes runs to the end of the file, and only then can the
    // count of quote characters tell.
    let mut pending: Option<(u64, Result<Record, RecordError>)> = None;
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {
                n += 1;
                let line = rec.position().map_or(n + 1, |p| p.line());
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
                            Some(i) => Some(get(i)?).filter(|d| valid_date(d)),
                            None => None,
                        };
                        Ok(Record::Article(Article { id, date, text }))
                    })()
                };
                if let Some((l, p)) = pending.replace((line, r)) {
                    sink(l, p);
                }
            }
            Err(e) => {
                let line = e.position().map_or(n + 2, |p| p.line());
                if let Some((l, p)) = pending.take() {
                    sink(l, p);
                }
                sink(line, Err(RecordError::at_line(file, line, format!("bad CSV row: {e}"))));
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
            }
        }
    }
    if let Some((line, p)) = pending {
        if quotes.get() % 2 == 1 {
            sink(line, Err(RecordError::at_line(file, line, "unterminated quoted field (unbalanced quoting)")));
        } else {
            sink(line, p);
        }
    }
    Ok(())
}

/// Counts `"` bytes as they are read: an odd count at the end of a CSV file
/// means a quoted field never closed.
struct QuoteCounter<R> {
    inner: R,
    quotes: std::rc::Rc<std::cell::Cell<u64>>,
}

impl<R: io::Read> io::Read for QuoteCounter<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let q = buf[..n].iter().filter(|&&b| b == b'"').count() as u64;
        self.quotes.set(self.quotes.get() + q);
        Ok(n)
    }
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
        let e = read_txt("a", "a.txt", b"ok \xff bad", &ReadOptions::default()).unwrap_err();
        assert_eq!(e.byte, Some(3));
        assert!(e.to_string().starts_with("a.txt (byte 3): invalid UTF-8"));
        let lossy = ReadOptions { lossy: true, ..ReadOptions::default() };
        assert_eq!(read_txt("a", "a.txt", b"ok \xff", &lossy).unwrap().text, "ok \u{fffd}");
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
            let e = read_jsonl_line("f.jsonl", 7, line.as_bytes(), &ReadOptions::default()).unwrap_err();
            assert!(e.to_string().starts_with(want), "case {name}: {e}");
        }
    }

    #[test]
    fn jsonl_records() {
        let o = ReadOptions::default();
        let a = read_jsonl_line("f", 1, br#"{"id":"x","date":"2024-01-02","text":"hi"}"#, &o).unwrap();
        assert_eq!(
            a,
            Some(Record::Article(Article { id: "x".into(), date: Some("2024-01-02".into()), text: "hi".into() }))
        );
        let q = read_jsonl_line(
            "f",
            3,
            br#"{"quotation":"We agree.","speaker":"Ana Ruiz","date":"2024-01-02 10:00:00"}"#,
            &o,
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
        assert_eq!(read_jsonl_line("f", 2, b"  ", &o).unwrap(), None);
    }

    #[test]
    fn csv_rows_and_faults() {
        let data = "id,date,text\na,2024-01-01,\"He said \"\"yes\"\".\"\nb,2024-01-02\nc,,plain\n";
        let mut got = Vec::new();
        read_csv("a.csv", data.as_bytes(), &ReadOptions::default(), |_, r| got.push(r)).unwrap();
        assert_eq!(got.len(), 3);
        assert!(matches!(&got[0], Ok(Record::Article(a)) if a.text == "He said \"yes\"."));
        assert_eq!(got[1].as_ref().unwrap_err().to_string(), "a.csv:3: expected 3 fields, found 2");
        assert!(matches!(&got[2], Ok(Record::Article(a)) if a.id == "c" && a.date.is_none()));
    }
}
