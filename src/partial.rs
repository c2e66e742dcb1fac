//! Partials: the work of one shard of a batch, kept so that shards run on
//! different machines merge to exactly the result of a single run, without
//! doing the work again.
//!
//! Which copy of a repeated quote counts ([`crate::dedup`]) depends on every
//! copy in the batch, so no shard can add its quotes into per-speaker sums
//! by itself. A partial therefore keeps, for every quote, its
//! [`Contribution`]: a fixed-size record of what the quote adds once the
//! batch decides that it counts (speaker, fixed-point score, label, the
//! counted terms as they read) and what that decision needs (fingerprint,
//! document, date, offset). No text, no tokens: reading a partial back
//! scores nothing. Names and term readings are written once per partial,
//! in two sorted tables, and quotes refer to them by number.
//!
//! With `partial --with-quotes`, each quote also carries its `quotes` row
//! ([`QuoteText`]): what `quotes` and `report` (its `quotes.csv` and the
//! example quotes of its page) print of a quote.
//!
//! # File format (version 2)
//! Three lines of UTF-8:
//! ```text
//! diplotone-partial 2
//! {"shards":[...],"settings":"...","articles":N,"quotes":N,"errors":N,"with_quotes":false,"names":[...],"readings":[...],"records":[...]}
//! crc32 89abcdef 12345
//! ```
//! The first line names the format and its version. The second is a JSON
//! object ([`Partial`]); a record is `[doc, source, date, [quote...],
//! [row...]]` and a quote `[offset, fingerprint, speaker, written, aliased,
//! micro, tone, [term...]]` (see [`Contribution`]). The last line holds the
//! CRC-32 (IEEE) of the second line's bytes and its length, so that a
//! truncated or altered file is detected. Tables, records and shard ids are
//! sorted, so the bytes of a merge do not depend on the order or grouping
//! of its inputs.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::dedup::Fingerprint;
use crate::pipeline::Engine;
use crate::score::Tone;

/// The first word of a partial file.
pub const MAGIC: &str = "diplotone-partial";

/// The format version this build reads and writes.
pub const VERSION: u32 = 2;

/// What one quote adds to a batch once the batch has decided that it
/// counts, and what that decision needs. Written as a JSON array:
/// `[offset, fingerprint, speaker, written, aliased, micro, tone, terms]`,
/// the flag as 0 or 1 and the label as 0 (cooperative), 1 or 2 (warning).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "ContributionFields", try_from = "ContributionFields")]
pub struct Contribution {
    /// Byte offset of the quote in its document (orders copies).
    pub offset: usize,
    /// The quote's fingerprint: its speaker (after aliases) and words.
    pub fingerprint: Fingerprint,
    /// The speaker after aliases: a number in the names table.
    pub speaker: Option<u32>,
    /// The speaker as the article named it, before aliases (names table).
    pub written: Option<u32>,
    /// Whether the alias table renamed the speaker.
    pub aliased: bool,
    /// The compound score × 10⁶ (see [`crate::stats::to_micro`]).
    pub micro: i64,
    /// The label.
    pub tone: Tone,
    /// Every term with a value other than zero, as it reads in the quote (a
    /// number in the readings table), and whether it pushed towards
    /// cooperative. Written as one signed number each: reading + 1, negated
    /// for a warning term.
    pub terms: Vec<(u32, bool)>,
}

type ContributionFields = (usize, String, Option<u32>, Option<u32>, u8, i64, u8, Vec<i64>);

/// A label as a number: 0 cooperative, 1 neutral, 2 warning.
pub fn tone_code(t: Tone) -> u8 {
    match t {
        Tone::Cooperative => 0,
        Tone::Neutral => 1,
        Tone::Warning => 2,
    }
}

fn tone_of_code(c: u8) -> Option<Tone> {
    [Tone::Cooperative, Tone::Neutral, Tone::Warning].get(usize::from(c)).copied()
}

impl From<Contribution> for ContributionFields {
    fn from(c: Contribution) -> ContributionFields {
        let terms = c.terms.iter().map(|&(r, coop)| (i64::from(r) + 1) * if coop { 1 } else { -1 }).collect();
        (
            c.offset,
            format!("{:032x}", c.fingerprint.0),
            c.speaker,
            c.written,
            u8::from(c.aliased),
            c.micro,
            tone_code(c.tone),
            terms,
        )
    }
}

impl TryFrom<ContributionFields> for Contribution {
    type Error = String;

    fn try_from(f: ContributionFields) -> Result<Contribution, String> {
        let (offset, fp, speaker, written, aliased, micro, tone, terms) = f;
        if fp.len() != 32 {
            return Err(format!("bad fingerprint {fp:?}"));
        }
        let fingerprint = u128::from_str_radix(&fp, 16).map_err(|_| format!("bad fingerprint {fp:?}"))?;
        let tone = tone_of_code(tone).ok_or_else(|| format!("bad label {tone}"))?;
        let aliased = match aliased {
            0 => false,
            1 => true,
            a => return Err(format!("bad alias flag {a}")),
        };
        if speaker.is_some() != written.is_some() {
            return Err("a speaker without its written form, or the reverse".into());
        }
        let terms = terms
            .into_iter()
            .map(|t| match u32::try_from(t.unsigned_abs()) {
                Ok(r) if r > 0 => Ok((r - 1, t > 0)),
                _ => Err(format!("bad term {t}")),
            })
            .collect::<Result<_, String>>()?;
        Ok(Contribution {
            offset,
            fingerprint: Fingerprint(fingerprint),
            speaker,
            written,
            aliased,
            micro,
            tone,
            terms,
        })
    }
}

/// A quote's row of the `quotes` table, but for what the batch decides
/// (document id, speaker after aliases, `duplicate_of`): the columns as
/// they are written. Written as a JSON array in column order.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "TextFields", from = "TextFields")]
pub struct QuoteText {
    /// `start` column.
    pub start: usize,
    /// `end` column.
    pub end: usize,
    /// `speaker_mention` column.
    pub mention: String,
    /// `speaker_rule` column (before aliases).
    pub rule: String,
    /// `kind` column.
    pub kind: String,
    /// `cue` column.
    pub cue: String,
    /// `score` column.
    pub score: String,
    /// `cooperative` column.
    pub cooperative: String,
    /// `warning` column.
    pub warning: String,
    /// `terms` column.
    pub terms: String,
    /// `quote` column.
    pub quote: String,
    /// `coverage` column.
    pub coverage: String,
}

type TextFields = (usize, usize, String, String, String, String, String, String, String, String, String, String);

impl From<QuoteText> for TextFields {
    fn from(t: QuoteText) -> TextFields {
        let QuoteText { start, end, mention, rule, kind, cue, score, cooperative, warning, terms, quote, coverage } = t;
        (start, end, mention, rule, kind, cue, score, cooperative, warning, terms, quote, coverage)
    }
}

impl From<TextFields> for QuoteText {
    fn from(f: TextFields) -> QuoteText {
        let (start, end, mention, rule, kind, cue, score, cooperative, warning, terms, quote, coverage) = f;
        QuoteText { start, end, mention, rule, kind, cue, score, cooperative, warning, terms, quote, coverage }
    }
}

/// One analyzed record. Written as a JSON array:
/// `[doc, source, date, quotes, texts]`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "RecordFields", from = "RecordFields")]
pub struct PartialRecord {
    /// Document id as read (before ids shared across the batch are qualified).
    pub doc: String,
    /// Where it came from: `FILE` or `FILE:LINE`.
    pub source: String,
    /// Document date.
    pub date: Option<String>,
    /// Its quotes in text order.
    pub quotes: Vec<Contribution>,
    /// Their rows, in the same order; empty unless made `--with-quotes`.
    pub texts: Vec<QuoteText>,
}

type RecordFields = (String, String, Option<String>, Vec<Contribution>, Vec<QuoteText>);

impl From<PartialRecord> for RecordFields {
    fn from(r: PartialRecord) -> RecordFields {
        (r.doc, r.source, r.date, r.quotes, r.texts)
    }
}

impl From<RecordFields> for PartialRecord {
    fn from(f: RecordFields) -> PartialRecord {
        let (doc, source, date, quotes, texts) = f;
        PartialRecord { doc, source, date, quotes, texts }
    }
}

/// The work of one or more shards.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partial {
    /// Ids of the shards merged in, sorted; each appears once.
    pub shards: Vec<String>,
    /// Fingerprint of the lexicons, rules, thresholds and settings the
    /// shards ran with (see [`settings_fingerprint`]).
    pub settings: String,
    /// Records read.
    pub articles: u64,
    /// Quotes found.
    pub quotes: u64,
    /// Records that could not be read or analyzed.
    pub errors: u64,
    /// Whether every quote carries its row ([`QuoteText`]).
    pub with_quotes: bool,
    /// Speaker names (after aliases and as written), sorted, each once.
    pub names: Vec<String>,
    /// Term readings ("no war[neg]"), sorted, each once.
    pub readings: Vec<String>,
    /// Every analyzed record, sorted.
    pub records: Vec<PartialRecord>,
}

/// Strings numbered in the order they are first seen.
#[derive(Clone, Debug, Default)]
pub struct Interner {
    /// FNV: the serial collector hashes a name or reading per quote and term.
    ids: HashMap<String, u32, std::hash::BuildHasherDefault<crate::quote::Fnv>>,
    list: Vec<String>,
}

impl Interner {
    /// The number of `s`, given it one if it has none yet.
    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        let i = u32::try_from(self.list.len()).expect("fewer than 2^32 distinct strings");
        self.ids.insert(s.to_string(), i);
        self.list.push(s.to_string());
        i
    }

    /// The string numbered `i`.
    pub fn get(&self, i: u32) -> &str {
        &self.list[i as usize]
    }

    /// Every string, by number.
    pub fn into_strings(self) -> Vec<String> {
        self.list
    }

    /// The strings sorted, and for each old number its new one.
    pub fn into_sorted(self) -> (Vec<String>, Vec<u32>) {
        sorted_table([self.list])
    }
}

/// The strings of `tables` united and sorted, and for each string of the
/// tables, in order, its number in the result.
fn sorted_table<I: IntoIterator<Item = Vec<String>>>(tables: I) -> (Vec<String>, Vec<u32>) {
    let all: Vec<String> = tables.into_iter().flatten().collect();
    let mut sorted = all.clone();
    sorted.sort_unstable();
    sorted.dedup();
    let map = all.iter().map(|s| sorted.binary_search(s).expect("every string is in the table") as u32).collect();
    (sorted, map)
}

impl Contribution {
    /// The same contribution with its table numbers mapped through
    /// `names` and `readings`.
    pub fn renumbered(&self, names: &[u32], readings: &[u32]) -> Contribution {
        Contribution {
            speaker: self.speaker.map(|i| names[i as usize]),
            written: self.written.map(|i| names[i as usize]),
            terms: self.terms.iter().map(|&(r, side)| (readings[r as usize], side)).collect(),
            ..self.clone()
        }
    }
}

/// Why a partial could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The first line is not `diplotone-partial N`.
    #[error("not a diplotone partial (the first line should be \"{MAGIC} {VERSION}\")")]
    NotAPartial,
    /// A version this build does not know.
    #[error("partial format version {0} is not known to this build (it reads version {VERSION})")]
    UnknownVersion(String),
    /// Version 1, which kept the text of every quote.
    #[error(
        "partial format version 1 (made by an earlier build, with quote text and no scores) is not read by this \
         build, which reads version {VERSION}: make the partial again with this build's `diplotone partial`"
    )]
    OldVersion,
    /// The file ends early.
    #[error("truncated partial: {0}")]
    Truncated(&'static str),
    /// The body does not match its checksum or cannot be read.
    #[error("corrupted partial: {0}")]
    Corrupt(String),
}

/// Why partials could not be merged; `index` is the offending partial's
/// position among the inputs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// Made with other lexicons, rules or settings than the first partial.
    #[error("made with other lexicons, rules or settings than the first partial (settings {theirs}, expected {ours})")]
    Settings {
        /// Offending input.
        index: usize,
        /// Its settings fingerprint.
        theirs: String,
        /// The first partial's.
        ours: String,
    },
    /// A shard id already merged (a retried task must not count twice).
    #[error("shard id {id:?} is already in another partial")]
    ShardTwice {
        /// Offending input.
        index: usize,
        /// The repeated shard id.
        id: String,
    },
    /// Made with `--with-quotes` when the first partial was not, or the reverse.
    #[error("{}", if *.with_quotes { "made with --with-quotes, the first partial without" } else { "made without --with-quotes, the first partial with it" })]
    WithQuotes {
        /// Offending input.
        index: usize,
        /// Whether it carries quote rows.
        with_quotes: bool,
    },
}

impl MergeError {
    /// The position of the offending partial among the inputs.
    pub fn index(&self) -> usize {
        match self {
            MergeError::Settings { index, .. }
            | MergeError::ShardTwice { index, .. }
            | MergeError::WithQuotes { index, .. } => *index,
        }
    }
}

/// CRC-32 (IEEE 802.3, reflected, as zlib computes it).
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

impl Partial {
    /// The file's bytes.
    pub fn encode(&self) -> Vec<u8> {
        let body = serde_json::to_string(self).expect("a partial always serializes");
        format!("{MAGIC} {VERSION}\n{body}\ncrc32 {:08x} {}\n", crc32(body.as_bytes()), body.len()).into_bytes()
    }

    /// Reads a partial's bytes, checking magic, version, checksum and that
    /// every number refers to its table.
    ///
    /// # Errors
    /// A file that is not a partial, of an unknown version, truncated or
    /// corrupted.
    pub fn decode(bytes: &[u8]) -> Result<Partial, DecodeError> {
        let Some(nl) = bytes.iter().position(|&b| b == b'\n') else {
            return Err(if bytes.starts_with(MAGIC.as_bytes()) {
                DecodeError::Truncated("no body after the first line")
            } else {
                DecodeError::NotAPartial
            });
        };
        let first = std::str::from_utf8(&bytes[..nl]).map_err(|_| DecodeError::NotAPartial)?;
        let version = first.strip_prefix(MAGIC).and_then(|v| v.strip_prefix(' ')).ok_or(DecodeError::NotAPartial)?;
        if version == "1" {
            return Err(DecodeError::OldVersion);
        }
        if version != VERSION.to_string() {
            return Err(DecodeError::UnknownVersion(version.to_string()));
        }
        let rest = &bytes[nl + 1..];
        let Some(body_end) = rest.iter().position(|&b| b == b'\n') else {
            return Err(DecodeError::Truncated("the body line does not end"));
        };
        let (body, trailer) = (&rest[..body_end], &rest[body_end + 1..]);
        let trailer = std::str::from_utf8(trailer).map_err(|_| DecodeError::Corrupt("bad checksum line".into()))?;
        if trailer.is_empty() {
            return Err(DecodeError::Truncated("the checksum line is missing"));
        }
        let Some(trailer) = trailer.strip_suffix('\n') else {
            return Err(DecodeError::Truncated("the checksum line does not end"));
        };
        let fields: Vec<&str> = trailer.split(' ').collect();
        let (crc, len) = match fields.as_slice() {
            ["crc32", crc, len] => (
                u32::from_str_radix(crc, 16).map_err(|_| DecodeError::Corrupt("bad checksum line".into()))?,
                len.parse::<usize>().map_err(|_| DecodeError::Corrupt("bad checksum line".into()))?,
            ),
            _ => return Err(DecodeError::Corrupt("bad checksum line".into())),
        };
        if len != body.len() {
            return Err(DecodeError::Corrupt(format!(
                "the body has {} bytes, the checksum line says {len}",
                body.len()
            )));
        }
        if crc32(body) != crc {
            return Err(DecodeError::Corrupt(format!("checksum {:08x} does not match {crc:08x}", crc32(body))));
        }
        let p: Partial = serde_json::from_slice(body).map_err(|e| DecodeError::Corrupt(format!("bad body: {e}")))?;
        p.check().map_err(DecodeError::Corrupt)?;
        Ok(p)
    }

    /// Checks what the checksum cannot: tables sorted and without repeats,
    /// every number in its table, rows present exactly when promised.
    fn check(&self) -> Result<(), String> {
        for (what, table) in [("names", &self.names), ("readings", &self.readings)] {
            if table.windows(2).any(|w| w[0] >= w[1]) {
                return Err(format!("the {what} table is not sorted"));
            }
        }
        let (n, r) = (self.names.len(), self.readings.len());
        for rec in &self.records {
            let bad = |why: &str| Err(format!("record {:?}: {why}", rec.doc));
            let texts = if self.with_quotes { rec.quotes.len() } else { 0 };
            if rec.texts.len() != texts {
                return bad("quote rows do not match its quotes");
            }
            for q in &rec.quotes {
                if q.speaker.is_some_and(|i| i as usize >= n) || q.written.is_some_and(|i| i as usize >= n) {
                    return bad("a speaker outside the names table");
                }
                if q.terms.iter().any(|&(i, _)| i as usize >= r) {
                    return bad("a term outside the readings table");
                }
            }
        }
        Ok(())
    }
}

/// Merges partials: shard ids united, counts added, tables united and
/// sorted, records renumbered, united and sorted. Associative and
/// commutative: any order and grouping of the same shards gives the same
/// partial, byte for byte.
///
/// # Errors
/// Partials made with other settings than the first, or with a different
/// `--with-quotes`, or a shard id seen twice.
pub fn merge(parts: &[Partial]) -> Result<Partial, MergeError> {
    let mut out = Partial::default();
    let mut shards = BTreeSet::new();
    for (index, p) in parts.iter().enumerate() {
        if index == 0 {
            out.settings = p.settings.clone();
            out.with_quotes = p.with_quotes;
        } else if p.settings != out.settings {
            return Err(MergeError::Settings { index, theirs: p.settings.clone(), ours: out.settings.clone() });
        } else if p.with_quotes != out.with_quotes {
            return Err(MergeError::WithQuotes { index, with_quotes: p.with_quotes });
        }
        for id in &p.shards {
            if !shards.insert(id.clone()) {
                return Err(MergeError::ShardTwice { index, id: id.clone() });
            }
        }
        out.articles += p.articles;
        out.quotes += p.quotes;
        out.errors += p.errors;
    }
    let (names, name_map) = sorted_table(parts.iter().map(|p| p.names.clone()));
    let (readings, reading_map) = sorted_table(parts.iter().map(|p| p.readings.clone()));
    let (mut n0, mut r0) = (0, 0);
    for p in parts {
        let (nm, rm) = (&name_map[n0..n0 + p.names.len()], &reading_map[r0..r0 + p.readings.len()]);
        n0 += p.names.len();
        r0 += p.readings.len();
        out.records.extend(p.records.iter().map(|rec| PartialRecord {
            quotes: rec.quotes.iter().map(|q| q.renumbered(nm, rm)).collect(),
            ..rec.clone()
        }));
    }
    out.shards = shards.into_iter().collect();
    out.names = names;
    out.readings = readings;
    out.records.sort();
    Ok(out)
}

/// A fingerprint of everything that decides a batch's numbers: this
/// build's version, the partial format, every lexicon entry, the rule
/// knobs, the thresholds, and `settings` (name, value) pairs the caller
/// adds (repeat window, aliases, input options...). 32 hex digits.
pub fn settings_fingerprint(engine: &Engine, settings: &[(&str, String)]) -> String {
    let mut parts: Vec<String> = vec![
        format!("diplotone {}", env!("CARGO_PKG_VERSION")),
        format!("format {VERSION}"),
        format!("rules {:?}", engine.rules),
        format!("thresholds {:?} {:?}", engine.thresholds.cooperative, engine.thresholds.warning),
    ];
    for e in engine.lexicon.entries() {
        parts.push(format!("entry {} {} {} {:?} {}", e.phrase, e.key, e.class.as_str(), e.weight, e.glob));
    }
    for (k, v) in settings {
        parts.push(format!("{k} {v}"));
    }
    let fp = crate::dedup::Fingerprint::of("settings", parts.iter().map(String::as_str));
    format!("{:032x}", fp.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_check_value() {
        // The standard check value of CRC-32/ISO-HDLC.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    fn sample(shard: &str) -> Partial {
        let q = Contribution {
            offset: 4,
            fingerprint: Fingerprint(0x0123_4567_89ab_cdef_0011_2233_4455_6677),
            speaker: Some(0),
            written: Some(1),
            aliased: true,
            micro: -512_300,
            tone: Tone::Warning,
            terms: vec![(1, false), (0, true)],
        };
        let text = QuoteText { start: 4, end: 20, quote: "We will keep talking".into(), ..QuoteText::default() };
        Partial {
            shards: vec![shard.into()],
            settings: "00ff".into(),
            articles: 2,
            quotes: 1,
            errors: 0,
            with_quotes: true,
            names: vec!["Ana Ruiz".into(), "Ruiz".into()],
            readings: vec!["no war[neg]".into(), "threat".into()],
            records: vec![
                PartialRecord {
                    doc: "a".into(),
                    source: "a.txt".into(),
                    date: Some("2024-05-01".into()),
                    quotes: vec![q],
                    texts: vec![text],
                },
                PartialRecord { doc: "b".into(), source: "b.txt".into(), date: None, quotes: vec![], texts: vec![] },
            ],
        }
    }

    #[test]
    fn encode_decode_round_trip() {
        let p = sample("s1");
        assert_eq!(Partial::decode(&p.encode()).unwrap(), p);
        let body = String::from_utf8(p.encode()).unwrap();
        // A quote is one short array: signed term numbers, label as a digit.
        assert!(body.contains(r#"[4,"0123456789abcdef0011223344556677",0,1,1,-512300,2,[-2,1]]"#), "{body}");
    }

    #[test]
    fn every_cut_of_a_partial_is_refused() {
        let bytes = sample("s1").encode();
        for cut in 0..bytes.len() {
            let e = Partial::decode(&bytes[..cut]).unwrap_err();
            assert!(
                matches!(e, DecodeError::Truncated(_) | DecodeError::Corrupt(_) | DecodeError::NotAPartial),
                "cut at {cut}: {e:?}"
            );
            if cut > MAGIC.len() + 3 {
                assert!(!matches!(e, DecodeError::NotAPartial), "cut at {cut}: {e:?}");
            }
        }
    }

    #[test]
    fn every_flipped_body_byte_is_refused() {
        let bytes = sample("s1").encode();
        let start = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
        let end = start + bytes[start..].iter().position(|&b| b == b'\n').unwrap();
        for i in start..end {
            let mut bad = bytes.clone();
            bad[i] ^= 0x04;
            assert!(Partial::decode(&bad).is_err(), "byte {i} flipped was accepted");
        }
    }

    /// A body that passes its checksum but whose numbers point outside
    /// their tables (a partial written by a faulty tool) is refused too.
    #[test]
    fn numbers_outside_their_tables_are_refused() {
        type Spoil = fn(&mut Partial);
        let cases: [(&str, Spoil); 5] = [
            ("speaker", |p| p.records[0].quotes[0].speaker = Some(2)),
            ("term", |p| p.records[0].quotes[0].terms[0].0 = 2),
            ("rows", |p| p.records[0].texts.clear()),
            ("unsorted", |p| p.names.reverse()),
            ("rows without the flag", |p| p.with_quotes = false),
        ];
        for (why, spoil) in cases {
            let mut p = sample("s1");
            spoil(&mut p);
            assert!(matches!(Partial::decode(&p.encode()), Err(DecodeError::Corrupt(_))), "{why}");
        }
    }

    #[test]
    fn unknown_and_old_versions_and_other_files_are_named() {
        let bytes = sample("s1").encode();
        let text = String::from_utf8(bytes).unwrap();
        let v3 = text.replacen("diplotone-partial 2", "diplotone-partial 3", 1);
        assert_eq!(Partial::decode(v3.as_bytes()), Err(DecodeError::UnknownVersion("3".into())));
        let v1 = text.replacen("diplotone-partial 2", "diplotone-partial 1", 1);
        let e = Partial::decode(v1.as_bytes()).unwrap_err();
        assert_eq!(e, DecodeError::OldVersion);
        assert!(e.to_string().contains("version 1") && e.to_string().contains("again"), "{e}");
        assert_eq!(Partial::decode(b"doc,date\nx,y\n"), Err(DecodeError::NotAPartial));
    }

    #[test]
    fn merge_refuses_other_settings_and_repeated_shards() {
        let (a, mut b) = (sample("s1"), sample("s2"));
        b.settings = "0100".into();
        assert!(matches!(merge(&[a.clone(), b]), Err(MergeError::Settings { index: 1, .. })));
        let e = merge(&[a.clone(), sample("s2"), sample("s1")]).unwrap_err();
        assert_eq!(e, MergeError::ShardTwice { index: 2, id: "s1".into() });
        // A merged partial carries its shard ids: merging it with one of
        // them again is refused too.
        let ab = merge(&[a.clone(), sample("s2")]).unwrap();
        assert_eq!(ab.shards, ["s1", "s2"]);
        assert_eq!(merge(&[sample("s2"), ab]).unwrap_err().index(), 1);
        let mut bare = sample("s3");
        bare.with_quotes = false;
        bare.records[0].texts.clear();
        assert_eq!(merge(&[a, bare]).unwrap_err(), MergeError::WithQuotes { index: 1, with_quotes: false });
    }

    /// Tables of different shards are united and every quote renumbered:
    /// the same names and readings whichever partial they came from.
    #[test]
    fn merge_renumbers_names_and_readings() {
        let a = sample("s1");
        let mut b = sample("s2");
        b.names = vec!["Li Wen".into(), "Ruiz".into()];
        b.readings = vec!["partners".into()];
        b.records[0].quotes[0].terms = vec![(0, true)];
        b.records[0].doc = "c".into();
        let m = merge(&[b, a]).unwrap();
        assert_eq!(m.names, ["Ana Ruiz", "Li Wen", "Ruiz"]);
        assert_eq!(m.readings, ["no war[neg]", "partners", "threat"]);
        let speakers: Vec<_> = m
            .records
            .iter()
            .flat_map(|r| &r.quotes)
            .map(|q| {
                let terms: Vec<_> = q.terms.iter().map(|&(t, _)| m.readings[t as usize].as_str()).collect();
                (m.names[q.speaker.unwrap() as usize].as_str(), terms)
            })
            .collect();
        assert_eq!(speakers, [("Ana Ruiz", vec!["threat", "no war[neg]"]), ("Li Wen", vec!["partners"])]);
        assert_eq!(Partial::decode(&m.encode()).unwrap(), m);
    }
}
