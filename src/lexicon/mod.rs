//! Weighted phrases: the tone lexicon, valence shifters and reporting verbs.
//!
//! A [`Lexicon`] is parsed and validated once, then shared by reference
//! (`&Lexicon` is `Send + Sync`). Phrases are normalized with the same
//! [`Analyzer`] as the quotes they are matched against, and matched on whole
//! tokens by the longest phrase that starts at a token (a byte trie), so that `cooperat*` can
//! never fire inside "uncooperative".

pub mod import;
mod parse;

use std::collections::hash_map::Entry as Slot;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use crate::quote::Fnv;
use crate::tokenize::{Analyzer, Token};

pub use parse::{LexiconError, LexiconErrorKind};

/// What a lexicon entry does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Evidence of cooperative tone (partnership, progress, praise).
    Cooperative,
    /// Evidence of warning tone (threats, red lines, condemnation).
    Warning,
    /// Flips and damps the tone words in its scope ("not", "never").
    Negator,
    /// Strengthens the next tone word ("deeply", "very").
    Intensifier,
    /// Weakens the next tone word ("somewhat").
    Diminisher,
    /// Softens warnings in its clause ("could", "may").
    Hedge,
    /// Shifts weight to the clause after it ("but", "however").
    Contrast,
    /// Strengthens warnings in its clause ("must", "will not tolerate").
    Strengthener,
    /// Turns a following negative object cooperative ("prevent", "calm").
    Deescalator,
    /// A reporting verb, scored as its own channel ("warned", "praised").
    Cue,
}

impl Class {
    /// The class name as written in lexicon files.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Cooperative => "cooperative",
            Class::Warning => "warning",
            Class::Negator => "negator",
            Class::Intensifier => "intensifier",
            Class::Diminisher => "diminisher",
            Class::Hedge => "hedge",
            Class::Contrast => "contrast",
            Class::Strengthener => "strengthener",
            Class::Deescalator => "deescalator",
            Class::Cue => "cue",
        }
    }

    /// Parses a class name as written in lexicon files.
    pub fn parse(s: &str) -> Option<Class> {
        const ALL: [Class; 10] = [
            Class::Cooperative,
            Class::Warning,
            Class::Negator,
            Class::Intensifier,
            Class::Diminisher,
            Class::Hedge,
            Class::Contrast,
            Class::Strengthener,
            Class::Deescalator,
            Class::Cue,
        ];
        ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Whether the class carries tone (cooperative or warning).
    pub fn is_tone(self) -> bool {
        matches!(self, Class::Cooperative | Class::Warning)
    }
}

/// One lexicon line.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The phrase as written in the file (without a trailing `*`).
    pub phrase: String,
    /// The phrase as shown in reports: with its `*` when it is a glob.
    pub label: String,
    /// Normalized tokens joined by single spaces: the matching key.
    pub key: String,
    /// What the entry does.
    pub class: Class,
    /// Strength (tone), factor (shifters) or signed weight (cues).
    pub weight: f64,
    /// Whether the last word is a prefix glob (`cooperat*`).
    pub glob: bool,
    /// Which file the entry came from.
    pub source: String,
    /// 1-based line in that file.
    pub line: u64,
}

impl Entry {
    /// The signed tone value of a tone entry: positive cooperative,
    /// negative warning; 0 for other classes.
    pub fn valence(&self) -> f64 {
        match self.class {
            Class::Cooperative => self.weight,
            Class::Warning => -self.weight,
            _ => 0.0,
        }
    }
}

/// A lexicon entry found in a token list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index of the entry in [`Lexicon::entries`].
    pub entry: usize,
    /// The tokens it covers.
    pub tokens: Range<usize>,
}

/// Phrase matcher over the entries of one channel.
#[derive(Clone, Debug)]
struct Matcher {
    trie: Trie,
    /// Entry index of each pattern.
    ids: Vec<usize>,
}

impl Matcher {
    fn build(entries: &[Entry], keep: impl Fn(&Entry) -> bool) -> Matcher {
        let mut ids = Vec::new();
        let mut patterns = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if keep(e) {
                ids.push(i);
                // Whole-phrase keys end at a token boundary (' '); a glob's
                // key ends inside its last token.
                patterns.push(if e.glob { e.key.clone() } else { format!("{} ", e.key) });
            }
        }
        Matcher { trie: Trie::new(&patterns), ids }
    }

    /// Longest match starting at each token, left to right, non-overlapping.
    fn find(&self, joined: &Joined) -> Vec<Hit> {
        let mut hits = Vec::new();
        let text = joined.text.as_bytes();
        let mut i = 0;
        while i < joined.starts.len() {
            let start = joined.starts[i];
            match self.trie.longest(&text[start..]) {
                Some((pattern, len)) => {
                    // Tokens whose first byte lies inside the match.
                    let end = joined.starts.partition_point(|&s| s < start + len);
                    let end = end.max(i + 1);
                    hits.push(Hit { entry: self.ids[pattern], tokens: i..end });
                    i = end;
                }
                None => i += 1,
            }
        }
        hits
    }
}

/// A byte trie over a list of patterns, asked only for the longest pattern
/// that a text starts with: an anchored, leftmost-longest search, which
/// needs no failure links. Built from the patterns sorted, so that the
/// edges out of each state are one sorted run of `edges`.
#[derive(Clone, Debug, Default)]
struct Trie {
    /// The state after each first byte, [`NO_STATE`] where none.
    root: Vec<u32>,
    /// Per state (0 is the root): its edges, and the pattern that ends
    /// there ([`NO_PATTERN`] where none).
    states: Vec<TrieState>,
    /// (byte, next state), sorted by byte within each state's run.
    edges: Vec<(u8, u32)>,
}

#[derive(Clone, Copy, Debug)]
struct TrieState {
    edges: u32,
    len: u32,
    pattern: u32,
}

const NO_STATE: u32 = u32::MAX;
const NO_PATTERN: u32 = u32::MAX;

impl Trie {
    fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Trie {
        // Of two equal patterns the first listed sorts first and is kept.
        let mut sorted: Vec<(&[u8], u32)> = patterns.iter().zip(0..).map(|(p, i)| (p.as_ref(), i)).collect();
        sorted.sort_unstable();
        let mut trie = Trie { root: vec![NO_STATE; 256], states: Vec::new(), edges: Vec::new() };
        // States to add, each the patterns of `sorted` that share their
        // first `depth` bytes, with the edge that leads to it. A work list,
        // not recursion: a pattern may be as long as a lexicon line.
        let mut work: Vec<(Range<usize>, usize, Option<usize>)> = vec![(0..sorted.len(), 0, None)];
        while let Some((range, depth, from)) = work.pop() {
            let id = trie.states.len() as u32;
            if let Some(edge) = from {
                trie.edges[edge].1 = id;
            }
            let group = &sorted[range.clone()];
            // The patterns that end here sort first; the first listed wins.
            let ends = group.partition_point(|(p, _)| p.len() == depth);
            let pattern = group.first().filter(|_| ends > 0).map_or(NO_PATTERN, |&(_, i)| i);
            // One edge per run of patterns that share their next byte.
            let first = trie.edges.len();
            let mut k = ends;
            while k < group.len() {
                let byte = group[k].0[depth];
                let end = k + group[k..].partition_point(|(p, _)| p[depth] == byte);
                work.push((range.start + k..range.start + end, depth + 1, Some(trie.edges.len())));
                trie.edges.push((byte, NO_STATE));
                k = end;
            }
            let len = (trie.edges.len() - first) as u32;
            trie.states.push(TrieState { edges: first as u32, len, pattern });
        }
        let root = trie.states[0];
        for &(byte, next) in &trie.edges[root.edges as usize..(root.edges + root.len) as usize] {
            trie.root[byte as usize] = next;
        }
        trie
    }

    /// The longest pattern that `text` starts with: (pattern, its length).
    fn longest(&self, text: &[u8]) -> Option<(usize, usize)> {
        let (&first, rest) = text.split_first()?;
        let mut state = *self.root.get(first as usize)?;
        let mut best = None;
        let mut len = 1;
        let mut rest = rest.iter();
        while state != NO_STATE {
            let s = self.states[state as usize];
            if s.pattern != NO_PATTERN {
                best = Some((s.pattern as usize, len));
            }
            let Some(&byte) = rest.next() else { break };
            let run = &self.edges[s.edges as usize..(s.edges + s.len) as usize];
            state = run.iter().find(|&&(b, _)| b == byte).map_or(NO_STATE, |&(_, next)| next);
            len += 1;
        }
        best
    }
}

/// Token texts joined with a space after each, and where each starts.
struct Joined {
    text: String,
    starts: Vec<usize>,
}

impl Joined {
    fn new(tokens: &[Token]) -> Joined {
        let mut j = Joined { text: String::new(), starts: Vec::new() };
        j.fill(tokens);
        j
    }

    /// Joins `tokens` into this one's buffers, replacing what they held.
    fn fill(&mut self, tokens: &[Token]) {
        self.text.clear();
        self.text.reserve(tokens.iter().map(|t| t.text.len() + 1).sum());
        self.starts.clear();
        self.starts.reserve(tokens.len());
        for t in tokens {
            self.starts.push(self.text.len());
            self.text.push_str(&t.text);
            self.text.push(' ');
        }
    }
}

thread_local! {
    /// The buffers of the last token list this thread joined: a quote's
    /// tokens are joined without allocating once they are big enough.
    static JOINED: std::cell::RefCell<Joined> =
        const { std::cell::RefCell::new(Joined { text: String::new(), starts: Vec::new() }) };
}

/// The lexicons shipped in the binary: (source name, contents).
pub const EMBEDDED: &[(&str, &str)] = &[
    ("lexicons/tone.tsv", include_str!("../../lexicons/tone.tsv")),
    ("lexicons/shifters.tsv", include_str!("../../lexicons/shifters.tsv")),
    ("lexicons/cues.tsv", include_str!("../../lexicons/cues.tsv")),
];

/// Tone words, valence shifters and reporting verbs, validated and indexed.
///
/// Immutable once built; share it by reference across threads.
#[derive(Clone, Debug)]
pub struct Lexicon {
    entries: Vec<Entry>,
    tone: Matcher,
    shifters: Matcher,
    cues: HashMap<String, usize, BuildHasherDefault<Fnv>>,
}

impl Lexicon {
    /// Starts an empty builder.
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// The lexicons shipped with diplotone.
    ///
    /// # Errors
    /// Only if the embedded files are broken, which the test suite rules out.
    pub fn embedded(an: &Analyzer) -> Result<Lexicon, LexiconError> {
        let mut b = Lexicon::builder();
        for (source, text) in EMBEDDED {
            b.push_tsv(source, text, an)?;
        }
        Ok(b.build())
    }

    /// Parses one TSV lexicon (all classes may appear in one file).
    ///
    /// # Errors
    /// The first bad line, with its 1-based line number.
    pub fn from_tsv(source: &str, text: &str, an: &Analyzer) -> Result<Lexicon, LexiconError> {
        let mut b = Lexicon::builder();
        b.push_tsv(source, text, an)?;
        Ok(b.build())
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Entry `id` (from a [`Hit`]).
    pub fn entry(&self, id: usize) -> &Entry {
        &self.entries[id]
    }

    /// Tone entries (cooperative, warning) found in `tokens`.
    pub fn find_tone(&self, tokens: &[Token]) -> Vec<Hit> {
        self.tone.find(&Joined::new(tokens))
    }

    /// Valence shifters found in `tokens`.
    pub fn find_shifters(&self, tokens: &[Token]) -> Vec<Hit> {
        self.shifters.find(&Joined::new(tokens))
    }

    /// Tone entries and valence shifters in one pass over the tokens'
    /// joined text: (tone hits, shifter hits).
    pub fn find_all(&self, tokens: &[Token]) -> (Vec<Hit>, Vec<Hit>) {
        let find = |joined: &Joined| (self.tone.find(joined), self.shifters.find(joined));
        JOINED
            .try_with(|j| {
                let mut j = j.borrow_mut();
                j.fill(tokens);
                find(&j)
            })
            .unwrap_or_else(|_| find(&Joined::new(tokens)))
    }

    /// Entries that the tokenizer can never match as written: their phrase
    /// tokenizes differently inside a sentence than alone, or starts with a
    /// clitic ("n't", "'s") that UAX#29 always glues to the word before it
    /// ("don't" is one token), so the key never occurs in text.
    pub fn unmatchable(&self, an: &Analyzer) -> Vec<&Entry> {
        self.entries
            .iter()
            .filter(|e| {
                let in_context = an.tokenize(&format!("x {} x", e.phrase));
                let inner: Vec<&str> = in_context
                    .iter()
                    .skip(1)
                    .take(in_context.len().saturating_sub(2))
                    .map(|t| t.text.as_str())
                    .collect();
                let glued_glob = e.glob && in_context.len() < 3;
                let clitic = e.key.starts_with('\'') || e.key.starts_with("n't");
                clitic
                    || inner.join(" ") != e.key
                    || glued_glob
                    || in_context.last().map(|t| t.text.as_str()) != Some("x")
            })
            .collect()
    }

    /// The cue entry for a reporting verb, if the lexicon knows it.
    pub fn cue(&self, verb: &str) -> Option<&Entry> {
        let verb = verb.trim();
        // Most verbs are already keys: lower-case ASCII words apart by one
        // space, which normalizing and re-spacing would leave as they are.
        let plain = verb.bytes().all(|b| b == b' ' || (b.is_ascii_graphic() && !b.is_ascii_uppercase() && b != b'`'))
            && !verb.contains("  ");
        let i = if plain {
            self.cues.get(verb)
        } else {
            let key = crate::tokenize::normalize(verb);
            let key = key.split_whitespace().collect::<Vec<_>>().join(" ");
            self.cues.get(&key)
        };
        i.map(|&i| &self.entries[i])
    }
}

/// Collects entries from one or more files, then builds a [`Lexicon`].
#[derive(Debug, Default)]
pub struct LexiconBuilder {
    entries: Vec<Entry>,
    /// (class group, key, glob) → entry index, for duplicate detection.
    seen: HashMap<(u8, String, bool), usize, BuildHasherDefault<Fnv>>,
}

impl LexiconBuilder {
    /// Adds every line of a TSV file, stopping at the first bad one.
    ///
    /// # Errors
    /// The first bad line, with its 1-based line number.
    pub fn push_tsv(&mut self, source: &str, text: &str, an: &Analyzer) -> Result<(), LexiconError> {
        match parse::parse(source, text, an, self, true).into_iter().next() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Adds every good line of a TSV file and returns every bad one.
    pub fn check_tsv(&mut self, source: &str, text: &str, an: &Analyzer) -> Vec<LexiconError> {
        parse::parse(source, text, an, self, false)
    }

    /// Adds one entry; on a duplicate returns the first one.
    fn push(&mut self, entry: Entry) -> Result<(), Entry> {
        let group = match entry.class {
            c if c.is_tone() => 0,
            Class::Cue => 2,
            _ => 1,
        };
        match self.seen.entry((group, entry.key.clone(), entry.glob)) {
            Slot::Occupied(first) => Err(self.entries[*first.get()].clone()),
            Slot::Vacant(slot) => {
                slot.insert(self.entries.len());
                self.entries.push(entry);
                Ok(())
            }
        }
    }

    /// Builds the phrase matchers.
    pub fn build(self) -> Lexicon {
        let entries = self.entries;
        let tone = Matcher::build(&entries, |e| e.class.is_tone());
        let shifters = Matcher::build(&entries, |e| !e.class.is_tone() && e.class != Class::Cue);
        let cues = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.class == Class::Cue)
            .map(|(i, e)| (e.key.clone(), i))
            .collect();
        Lexicon { entries, tone, shifters, cues }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(tsv: &str) -> (Analyzer, Lexicon) {
        let an = Analyzer::new();
        let l = Lexicon::from_tsv("test.tsv", tsv, &an).unwrap();
        (an, l)
    }

    fn found(l: &Lexicon, an: &Analyzer, text: &str) -> Vec<String> {
        let toks = an.tokenize(text);
        l.find_tone(&toks).iter().map(|h| l.entry(h.entry).phrase.clone()).collect()
    }

    const TSV: &str = "phrase\tclass\tweight\n\
        # a comment\n\
        red line\twarning\t2.5\n\
        first red line\twarning\t3\n\
        line\twarning\t0.5\n\
        cooperat*\tcooperative\t1.5\n\
        cooperation\tcooperative\t2\n\
        win-win\tcooperative\t2\n\
        not\tnegator\t-0.7\n";

    const FIND: &[(&str, &str, &[&str])] = &[
        ("phrase", "a red line", &["red line"]),
        ("longest_wins", "the first red line", &["first red line"]),
        ("glob", "they cooperated", &["cooperat"]),
        ("exact_beats_glob", "cooperation", &["cooperation"]),
        ("glob_not_inside_word", "uncooperative", &[]),
        ("case_and_dash", "a Win–Win deal", &["win-win"]),
        ("not_across_tokens", "redline", &[]),
        ("shifters_apart", "not a red line", &["red line"]),
    ];

    #[test]
    fn find_table() {
        let (an, l) = lex(TSV);
        for &(name, text, want) in FIND {
            assert_eq!(found(&l, &an, text), want, "case {name}");
        }
    }

    #[test]
    fn hit_token_ranges() {
        let (an, l) = lex(TSV);
        let toks = an.tokenize("We cooperated on the red line.");
        let hits = l.find_tone(&toks);
        let ranges: Vec<_> = hits.iter().map(|h| h.tokens.clone()).collect();
        assert_eq!(ranges, [1..2, 4..6]);
    }

    /// The trie finds what an anchored leftmost-longest aho-corasick
    /// automaton over the same patterns finds, on the embedded lexicons:
    /// each pattern alone, cut one byte short, run on into a longer word,
    /// followed by more words and by the next pattern.
    #[test]
    fn trie_finds_what_an_anchored_automaton_finds() {
        use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
        let an = Analyzer::new();
        let l = Lexicon::embedded(&an).unwrap();
        let channels: [&dyn Fn(&Entry) -> bool; 2] =
            [&|e| e.class.is_tone(), &|e| !e.class.is_tone() && e.class != Class::Cue];
        for keep in channels {
            let patterns: Vec<String> = l
                .entries()
                .iter()
                .filter(|e| keep(e))
                .map(|e| if e.glob { e.key.clone() } else { format!("{} ", e.key) })
                .collect();
            assert!(patterns.len() > 50);
            let trie = Trie::new(&patterns);
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .build(&patterns)
                .unwrap();
            let mut checked = 0;
            for (k, p) in patterns.iter().enumerate() {
                let next = &patterns[(k * 7 + 3) % patterns.len()];
                let texts = [
                    p.clone(),
                    p[..p.len() - 1].to_string(),
                    format!("{}ing now ", p.trim_end()),
                    format!("{p}{next}"),
                ];
                for text in texts {
                    let want =
                        ac.find(Input::new(&text).anchored(Anchored::Yes)).map(|m| (m.pattern().as_usize(), m.end()));
                    assert_eq!(trie.longest(text.as_bytes()), want, "{text:?}");
                    checked += usize::from(want.is_some());
                }
            }
            assert!(checked > patterns.len());
        }
        assert_eq!(Trie::new::<&str>(&[]).longest(b"red line "), None);
        assert_eq!(Trie::new(&["red ", "red line ", "red"]).longest(b"red line x"), Some((1, 9)));
        assert_eq!(Trie::new(&["red ", "red", "red "]).longest(b"red "), Some((0, 4)));
    }

    /// A phrase as long as a lexicon line may be (here a million bytes)
    /// builds its trie without running out of stack, and is found.
    #[test]
    fn a_very_long_phrase_builds_and_matches() {
        let long = "ab".repeat(500_000);
        let trie = Trie::new(&[long.as_str(), "a"]);
        assert_eq!(trie.longest(long.as_bytes()), Some((0, long.len())));
        assert_eq!(trie.longest(b"ac"), Some((1, 1)));
    }

    #[test]
    fn embedded_lexicons_load() {
        let an = Analyzer::new();
        let l = Lexicon::embedded(&an).unwrap();
        assert!(l.entries().len() > 100);
        assert!(l.cue("warned").is_some());
    }

    /// A reporting verb finds its cue however it is cased and spaced, and
    /// a verb already written as its key finds the same entry.
    #[test]
    fn cue_lookup() {
        let (_, l) = lex("phrase\tclass\tweight\nsaid\tcue\t0\npointed out\tcue\t0.5\nwarned\tcue\t-1.5\n");
        const CASES: &[(&str, Option<&str>)] = &[
            ("said", Some("said")),
            ("  said ", Some("said")),
            ("Said", Some("said")),
            ("pointed out", Some("pointed out")),
            ("pointed  out", Some("pointed out")),
            ("Pointed\tOUT", Some("pointed out")),
            ("pointed\u{a0}out", Some("pointed out")),
            ("ｗarned", Some("warned")),
            ("warned`", None),
            ("pointedout", None),
            ("", None),
        ];
        for &(verb, want) in CASES {
            assert_eq!(l.cue(verb).map(|e| e.phrase.as_str()), want, "{verb:?}");
        }
    }

    #[test]
    fn unmatchable_entries() {
        let (an, l) = lex("phrase\tclass\tweight\nn't\tnegator\t-0.7\n'll\twarning\t1\nwon't\tnegator\t-0.7\n");
        let bad: Vec<&str> = l.unmatchable(&an).iter().map(|e| e.phrase.as_str()).collect();
        assert_eq!(bad, ["n't", "'ll"]);
        let (an, l) = lex(TSV);
        assert!(l.unmatchable(&an).is_empty());
    }

    #[test]
    fn shareable() {
        fn ok<T: Send + Sync>() {}
        ok::<Lexicon>();
        ok::<Analyzer>();
    }
}
