//! Wire copies: which copies of a repeated quote count.
//!
//! The same quote reaches a batch through many outlets. A *repeat* is the
//! same normalized quote by the same speaker within a window of days of the
//! copy that counts; the copy that counts is the earliest by (date, doc,
//! offset). The decision depends on the copies alone, never on the order in
//! which they arrive, so that any order of files and records, any thread
//! count and any split of a batch give the same answer.
//!
//! The rule, for the copies of one fingerprint sorted by [`CopyKey`]:
//! - the first copy counts;
//! - a dated copy repeats the last counted copy when it is at most
//!   `window` days after it, and counts (opening a new window) otherwise;
//! - an undated copy repeats the first copy that counts, whatever its date:
//!   nothing shows it to lie outside the window, and wire copies often lose
//!   their dates. Undated copies sort after dated ones, so the earliest copy
//!   counts when one is dated.
//!
//! Equal copies (same fingerprint, date, doc and offset: the same file read
//! twice) are interchangeable: the first of them in `copies` counts.

use std::collections::HashMap;

/// How many days after a counted copy a copy is still a repeat, by default.
pub const DEFAULT_WINDOW_DAYS: u32 = 7;

/// A stable 128-bit fingerprint of a quote: its speaker's key and its
/// normalized words (case, typography and punctuation do not matter).
///
/// The hash is FNV-1a over the key, a 0 byte, then each word followed by a
/// 0 byte; it is the same on every machine and in every version, so it can
/// be stored and merged later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(pub u128);

impl Fingerprint {
    /// The fingerprint of `words` said by the speaker with key `speaker`.
    pub fn of<'a>(speaker: &str, words: impl IntoIterator<Item = &'a str>) -> Fingerprint {
        const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
        const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
        let mut h = OFFSET;
        let mut eat = |bytes: &[u8]| {
            for &b in bytes.iter().chain(std::iter::once(&0u8)) {
                h ^= u128::from(b);
                h = h.wrapping_mul(PRIME);
            }
        };
        eat(speaker.as_bytes());
        for w in words {
            eat(w.as_bytes());
        }
        Fingerprint(h)
    }
}

/// The fingerprint of quote `text` said by the speaker with key `speaker`
/// (see [`crate::aggregate::speaker_key`]; empty when there is none): its
/// word tokens as `analyzer` normalizes them, so that case, typography and
/// punctuation do not matter.
pub fn fingerprint(analyzer: &crate::Analyzer, speaker: &str, text: &str) -> Fingerprint {
    fingerprint_tokens(speaker, &analyzer.tokenize(text))
}

/// The fingerprint of a quote already tokenized (by the analyzer that
/// scored it): the same value as [`fingerprint`] of its text.
pub fn fingerprint_tokens(speaker: &str, tokens: &[crate::tokenize::Token]) -> Fingerprint {
    Fingerprint::of(speaker, tokens.iter().filter(|t| t.is_word).map(|t| t.text.as_str()))
}

/// Where a copy stands: what orders copies, earliest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CopyKey {
    /// Day number of the document's date (see [`day_number`]), if dated.
    pub day: Option<i64>,
    /// The document id's rank among the batch's ids in sorted order
    /// (equal ids, equal ranks): ids order copies as their ranks do, and a
    /// number is all a batch of millions of copies needs to hold.
    pub doc: usize,
    /// Byte offset of the quote in its document.
    pub offset: usize,
}

impl CopyKey {
    fn sort_key(&self) -> (bool, i64, usize, usize) {
        (self.day.is_none(), self.day.unwrap_or(0), self.doc, self.offset)
    }
}

impl Ord for CopyKey {
    /// Dated copies by date, then undated ones; ties by doc, then offset.
    fn cmp(&self, other: &CopyKey) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for CopyKey {
    fn partial_cmp(&self, other: &CopyKey) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Decides, for each copy, whether it counts (`None`) or which copy it
/// repeats (`Some(index into copies)`). A pure function of the set of
/// copies: permuting `copies` permutes the answer the same way.
pub fn decide(copies: &[(Fingerprint, CopyKey)], window_days: u32) -> Vec<Option<usize>> {
    let mut groups: HashMap<Fingerprint, Vec<usize>> = HashMap::new();
    for (i, (fp, _)) in copies.iter().enumerate() {
        groups.entry(*fp).or_default().push(i);
    }
    let mut out = vec![None; copies.len()];
    for mut members in groups.into_values() {
        // Equal keys are equal copies; the index breaks the tie only so
        // that the sort is total.
        members.sort_by(|&a, &b| copies[a].1.cmp(&copies[b].1).then(a.cmp(&b)));
        let mut group = Group::new(window_days);
        for &i in &members {
            out[i] = group.next(i, &copies[i].1);
        }
    }
    out
}

/// The copies of one fingerprint, decided one at a time in the order of
/// their [`CopyKey`]s (equal keys in the order of their ids): what
/// [`decide`] does for each group, for a caller that streams the copies
/// sorted (by fingerprint, then key) instead of holding them all. It keeps
/// the first copy and the last counted one, nothing else.
#[derive(Clone, Debug)]
pub struct Group<I> {
    window_days: u32,
    /// The first copy, and the last counted copy with its day.
    state: Option<(I, I, Option<i64>)>,
}

impl<I: Copy> Group<I> {
    /// An empty group.
    pub fn new(window_days: u32) -> Group<I> {
        Group { window_days, state: None }
    }

    /// Decides the next copy, `id` at `key` (never before the previous
    /// one): `None` when it counts, else the id of the copy it repeats.
    pub fn next(&mut self, id: I, key: &CopyKey) -> Option<I> {
        let Some((first, counted, counted_day)) = &mut self.state else {
            self.state = Some((id, id, key.day));
            return None;
        };
        match (key.day, *counted_day) {
            (None, _) => Some(*first),
            (Some(d), Some(c)) if d - c <= i64::from(self.window_days) => Some(*counted),
            _ => {
                *counted = id;
                *counted_day = key.day;
                None
            }
        }
    }
}

/// Days since 1970-01-01 of a valid `YYYY-MM-DD` date.
pub fn day_number(date: &str) -> Option<i64> {
    if !crate::article::valid_date(date) {
        return None;
    }
    let y: i64 = date[..4].parse().ok()?;
    let m: i64 = date[5..7].parse().ok()?;
    let d: i64 = date[8..].parse().ok()?;
    Some(crate::aggregate::days_from_civil(y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A copy of document `doc` (one letter, ranked as letters sort).
    fn key(day: Option<&str>, doc: &str, offset: usize) -> CopyKey {
        CopyKey { day: day.and_then(day_number), doc: usize::from(doc.as_bytes()[0]), offset }
    }

    const A: Fingerprint = Fingerprint(1);
    const B: Fingerprint = Fingerprint(2);

    /// Every permutation of `copies` gives the same decisions, mapped.
    fn check_all_orders(copies: &[(Fingerprint, CopyKey)], window: u32, want: &[Option<usize>]) {
        assert_eq!(decide(copies, window), want);
        let n = copies.len();
        let mut perm: Vec<usize> = (0..n).collect();
        // Heap's algorithm over indices.
        let mut c = vec![0; n];
        let mut i = 0;
        while i < n {
            if c[i] < i {
                perm.swap(if i % 2 == 0 { 0 } else { c[i] }, i);
                let shuffled: Vec<_> = perm.iter().map(|&p| copies[p]).collect();
                let got = decide(&shuffled, window);
                for (pos, &orig) in perm.iter().enumerate() {
                    let mapped = got[pos].map(|j| perm[j]);
                    assert_eq!(mapped, want[orig], "order {perm:?}");
                }
                c[i] += 1;
                i = 0;
            } else {
                c[i] = 0;
                i += 1;
            }
        }
    }

    #[test]
    fn earliest_copy_counts_whatever_the_order() {
        let copies = [
            (A, key(Some("2024-03-05"), "b", 10)),
            (A, key(Some("2024-03-03"), "z", 40)),
            (B, key(Some("2024-03-01"), "a", 0)),
            (A, key(Some("2024-03-03"), "c", 5)),
        ];
        check_all_orders(&copies, 7, &[Some(3), Some(3), None, None]);
    }

    #[test]
    fn a_repeat_months_later_counts_again() {
        let copies = [
            (A, key(Some("2024-01-10"), "a", 0)),
            (A, key(Some("2024-01-15"), "b", 0)),
            (A, key(Some("2024-05-02"), "c", 0)),
            (A, key(Some("2024-05-04"), "d", 0)),
        ];
        check_all_orders(&copies, 7, &[None, Some(0), None, Some(2)]);
        // A window of 0 days keeps only same-day copies together.
        assert_eq!(decide(&copies, 0), vec![None, None, None, None]);
        // The window runs from the counted copy, not from the previous copy.
        let chain = [
            (A, key(Some("2024-01-01"), "a", 0)),
            (A, key(Some("2024-01-06"), "b", 0)),
            (A, key(Some("2024-01-11"), "c", 0)),
        ];
        check_all_orders(&chain, 7, &[None, Some(0), None]);
    }

    #[test]
    fn undated_copies_repeat_the_earliest() {
        let copies = [
            (A, key(None, "a", 0)),
            (A, key(Some("2024-06-01"), "z", 3)),
            (A, key(Some("2024-09-01"), "y", 3)),
            (A, key(None, "b", 7)),
        ];
        check_all_orders(&copies, 7, &[Some(1), None, None, Some(1)]);
        let undated = [(A, key(None, "b", 0)), (A, key(None, "a", 9)), (A, key(None, "a", 2))];
        check_all_orders(&undated, 7, &[Some(2), Some(2), None]);
    }

    #[test]
    fn fingerprints_are_stable_and_separate_speakers() {
        let f = Fingerprint::of("ana ruiz", ["we", "agree"]);
        assert_eq!(f, Fingerprint::of("ana ruiz", ["we", "agree"]));
        assert_ne!(f, Fingerprint::of("ana ruis", ["we", "agree"]));
        assert_ne!(f, Fingerprint::of("ana ruiz", ["weagree"]));
        assert_ne!(f, Fingerprint::of("ana ruizwe", ["agree"]));
        // The value itself is fixed (FNV-1a of a single 0 byte for an
        // empty key and no words), so stored fingerprints stay valid.
        let empty = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d_u128.wrapping_mul(0x0100_0000_0000_0000_0000_013b);
        assert_eq!(Fingerprint::of("", []).0, empty);
    }

    #[test]
    fn fingerprints_ignore_case_typography_and_punctuation() {
        let an = crate::Analyzer::new();
        let f = fingerprint(&an, "ana ruiz", "We agree — fully.");
        assert_eq!(f, fingerprint(&an, "ana ruiz", "we AGREE, fully"));
        assert_eq!(f, fingerprint(&an, "ana ruiz", "“We agree” - fully!"));
        assert_ne!(f, fingerprint(&an, "ana ruiz", "We agree partly."));
        assert_ne!(f, fingerprint(&an, "", "We agree — fully."));
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(), 2);
        assert_eq!(day_number("2024-02-31"), None);
        assert_eq!(day_number("2024-13-45"), None);
    }
}
