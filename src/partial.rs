//! Partials: the work of one shard of a batch, kept so that shards run on
//! different machines merge to exactly the result of a single run.
//!
//! A partial holds, for every record the shard read, its document id, its
//! source (file, or file and line) and its date, and for every quote found
//! in it what extraction and attribution decided: span, kind, speaker,
//! mention, rule, cue and the quote's content. Nothing that depends on the
//! other shards is decided here: ids shared between records, aliases,
//! wire copies ([`crate::dedup`]), scores, sums and examples are all decided
//! after the merge, over every record at once, by the same code a single
//! run uses. That is what makes the result exact whatever the split: a
//! quote in one shard may repeat a copy in any other shard, so each copy
//! must be at hand when the repeats are decided.
//!
//! # File format (version 1)
//! Three lines of UTF-8:
//! ```text
//! diplotone-partial 1
//! {"shards":[...],"settings":"...","articles":N,"quotes":N,"errors":N,"records":[...]}
//! crc32 89abcdef 12345
//! ```
//! The first line names the format and its version. The second is a JSON
//! object ([`Partial`]). The last holds the CRC-32 (IEEE) of the second
//! line's bytes and its length, so that a truncated or altered file is
//! detected. Records are sorted and shard ids are sorted, so the bytes of a
//! merge do not depend on the order or grouping of its inputs.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::pipeline::{Analyzed, Engine, ScoredQuote};
use crate::quote::{Quote, QuoteKind, SpeakerRule};

/// The first word of a partial file.
pub const MAGIC: &str = "diplotone-partial";

/// The format version this build reads and writes.
pub const VERSION: u32 = 1;

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
    /// Every analyzed record, sorted.
    pub records: Vec<PartialRecord>,
}

/// One analyzed record.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartialRecord {
    /// Document id as read (before ids shared across the batch are qualified).
    pub doc: String,
    /// Where it came from: `FILE` or `FILE:LINE`.
    pub source: String,
    /// Document date.
    pub date: Option<String>,
    /// Its quotes in text order.
    pub quotes: Vec<PartialQuote>,
}

/// One quote as extraction and attribution found it. Written as a JSON
/// array, `[start, end, kind, speaker, mention, rule, cue, text]`, to keep
/// the file small.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "QuoteFields", from = "QuoteFields")]
pub struct PartialQuote {
    /// Byte offset of the content in the document.
    pub start: usize,
    /// End of the content (exclusive).
    pub end: usize,
    /// `kind` column value.
    pub kind: String,
    /// Canonical speaker in the article, before aliases.
    pub speaker: Option<String>,
    /// The words pointing to the speaker.
    pub mention: Option<String>,
    /// `speaker_rule` column value.
    pub rule: Option<String>,
    /// Reporting verb.
    pub cue: Option<String>,
    /// The quote's content.
    pub text: String,
}

type QuoteFields = (usize, usize, String, Option<String>, Option<String>, Option<String>, Option<String>, String);

impl From<PartialQuote> for QuoteFields {
    fn from(q: PartialQuote) -> QuoteFields {
        (q.start, q.end, q.kind, q.speaker, q.mention, q.rule, q.cue, q.text)
    }
}

impl From<QuoteFields> for PartialQuote {
    fn from(f: QuoteFields) -> PartialQuote {
        let (start, end, kind, speaker, mention, rule, cue, text) = f;
        PartialQuote { start, end, kind, speaker, mention, rule, cue, text }
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
}

impl MergeError {
    /// The position of the offending partial among the inputs.
    pub fn index(&self) -> usize {
        match self {
            MergeError::Settings { index, .. } | MergeError::ShardTwice { index, .. } => *index,
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
    /// The partial of one shard: its analyzed records with their sources,
    /// and its counts.
    pub fn new(
        shard: &str,
        settings: &str,
        records: impl IntoIterator<Item = (Analyzed, String)>,
        counts: [u64; 3],
    ) -> Partial {
        let mut records: Vec<PartialRecord> = records
            .into_iter()
            .map(|(a, source)| PartialRecord {
                quotes: a.quotes.iter().map(PartialQuote::from_scored).collect(),
                doc: a.doc,
                source,
                date: a.date,
            })
            .collect();
        records.sort();
        Partial {
            shards: vec![shard.to_string()],
            settings: settings.to_string(),
            articles: counts[0],
            quotes: counts[1],
            errors: counts[2],
            records,
        }
    }

    /// The file's bytes.
    pub fn encode(&self) -> Vec<u8> {
        let body = serde_json::to_string(self).expect("a partial always serializes");
        format!("{MAGIC} {VERSION}\n{body}\ncrc32 {:08x} {}\n", crc32(body.as_bytes()), body.len()).into_bytes()
    }

    /// Reads a partial's bytes, checking magic, version and checksum.
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
        for r in &p.records {
            for q in &r.quotes {
                if parse_kind(&q.kind).is_none() || q.rule.as_deref().is_some_and(|r| parse_rule(r).is_none()) {
                    return Err(DecodeError::Corrupt(format!("record {:?}: unknown kind or rule", r.doc)));
                }
                if q.start > q.end {
                    return Err(DecodeError::Corrupt(format!("record {:?}: span ends before it starts", r.doc)));
                }
            }
        }
        Ok(p)
    }

    /// The records, scored again by `engine` (which must be the engine the
    /// settings fingerprint names), ready for [`crate::dedup`] and
    /// aggregation, with their sources.
    pub fn analyzed(&self, engine: &Engine) -> Vec<(Analyzed, String)> {
        crate::pipeline::par_map(&self.records, |r| {
            let quotes = r.quotes.iter().map(|q| q.to_scored(engine)).collect();
            (Analyzed { doc: r.doc.clone(), date: r.date.clone(), quotes }, r.source.clone())
        })
    }
}

/// Merges partials: shard ids united, counts added, records united and
/// sorted. Associative and commutative: any order and grouping of the same
/// shards gives the same partial, byte for byte.
///
/// # Errors
/// Partials made with other settings than the first, or a shard id seen
/// twice.
pub fn merge(parts: &[Partial]) -> Result<Partial, MergeError> {
    let mut out = Partial::default();
    let mut shards = BTreeSet::new();
    for (index, p) in parts.iter().enumerate() {
        if index == 0 {
            out.settings = p.settings.clone();
        } else if p.settings != out.settings {
            return Err(MergeError::Settings { index, theirs: p.settings.clone(), ours: out.settings.clone() });
        }
        for id in &p.shards {
            if !shards.insert(id.clone()) {
                return Err(MergeError::ShardTwice { index, id: id.clone() });
            }
        }
        out.articles += p.articles;
        out.quotes += p.quotes;
        out.errors += p.errors;
        out.records.extend(p.records.iter().cloned());
    }
    out.shards = shards.into_iter().collect();
    out.records.sort();
    Ok(out)
}

const KINDS: [QuoteKind; 5] =
    [QuoteKind::Direct, QuoteKind::Split, QuoteKind::Colon, QuoteKind::Partial, QuoteKind::Indirect];

const RULES: [SpeakerRule; 12] = [
    SpeakerRule::AfterQuote,
    SpeakerRule::BeforeQuote,
    SpeakerRule::Colon,
    SpeakerRule::Pronoun,
    SpeakerRule::Continuation,
    SpeakerRule::Description,
    SpeakerRule::AccordingTo,
    SpeakerRule::Label,
    SpeakerRule::Headline,
    SpeakerRule::Country,
    SpeakerRule::Alias,
    SpeakerRule::Given,
];

fn parse_kind(s: &str) -> Option<QuoteKind> {
    KINDS.into_iter().find(|k| k.as_str() == s)
}

fn parse_rule(s: &str) -> Option<SpeakerRule> {
    RULES.into_iter().find(|r| r.as_str() == s)
}

impl PartialQuote {
    fn from_scored(q: &ScoredQuote) -> PartialQuote {
        PartialQuote {
            start: q.quote.span.start,
            end: q.quote.span.end,
            kind: q.quote.kind.as_str().to_string(),
            speaker: q.quote.speaker.clone(),
            mention: q.quote.mention.clone(),
            rule: q.quote.rule.map(|r| r.as_str().to_string()),
            cue: q.quote.cue.clone(),
            text: q.text.clone(),
        }
    }

    /// The quote scored as the pipeline scores it: the same tokens, cue and
    /// fragment flag give the same score.
    fn to_scored(&self, engine: &Engine) -> ScoredQuote {
        // `decode` checked kind and rule.
        let kind = parse_kind(&self.kind).unwrap_or(QuoteKind::Direct);
        let quote = Quote {
            span: self.start..self.end,
            kind,
            speaker: self.speaker.clone(),
            mention: self.mention.clone(),
            rule: self.rule.as_deref().and_then(parse_rule),
            cue: self.cue.clone(),
        };
        let tokens = engine.analyzer.tokenize(&self.text);
        let score = engine.score_tokens(&self.text, &tokens, quote.cue.as_deref(), kind == QuoteKind::Partial);
        let tone = score.tone(&engine.thresholds);
        ScoredQuote { quote, text: self.text.clone(), score, tone }
    }
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
        let q = PartialQuote {
            start: 4,
            end: 20,
            kind: "direct".into(),
            speaker: Some("Ana Ruiz".into()),
            mention: Some("Ruiz".into()),
            rule: Some("after-quote".into()),
            cue: Some("said".into()),
            text: "We will keep talking".into(),
        };
        Partial {
            shards: vec![shard.into()],
            settings: "00ff".into(),
            articles: 2,
            quotes: 1,
            errors: 0,
            records: vec![
                PartialRecord {
                    doc: "a".into(),
                    source: "a.txt".into(),
                    date: Some("2024-05-01".into()),
                    quotes: vec![q],
                },
                PartialRecord { doc: "b".into(), source: "b.txt".into(), date: None, quotes: vec![] },
            ],
        }
    }

    #[test]
    fn encode_decode_round_trip() {
        let p = sample("s1");
        assert_eq!(Partial::decode(&p.encode()).unwrap(), p);
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

    #[test]
    fn unknown_versions_and_other_files_are_named() {
        let bytes = sample("s1").encode();
        let text = String::from_utf8(bytes).unwrap();
        let v2 = text.replacen("diplotone-partial 1", "diplotone-partial 2", 1);
        assert_eq!(Partial::decode(v2.as_bytes()), Err(DecodeError::UnknownVersion("2".into())));
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
        let ab = merge(&[a, sample("s2")]).unwrap();
        assert_eq!(ab.shards, ["s1", "s2"]);
        assert_eq!(merge(&[sample("s2"), ab]).unwrap_err().index(), 1);
    }
}
