//! Normalization and tokenization: text in, [`Token`]s out.
//!
//! Words follow UAX#29 word boundaries. Every token keeps the byte span of
//! its source in the original text; normalization (NFKC, typographic quotes,
//! apostrophes and dashes folded, lowercase) rewrites only the token's
//! `text`, never its `span`. Lexicon phrases go through the same
//! [`Analyzer`], so that "Red-Line" in a lexicon matches "red‑line" in a
//! quote.

use std::ops::Range;

use compact_str::CompactString;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};
use unicode_segmentation::UnicodeSegmentation;

/// A word or punctuation mark of a text.
///
/// `span` indexes the original text and always lies on char boundaries;
/// `text` is the normalized form used for matching and never contains
/// white space. It is a small string: a word of up to 24 bytes, nearly
/// every word, is held in the token itself, with no allocation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Normalized text (NFKC, folded, lowercase).
    pub text: CompactString,
    /// Byte range of the token in the original text.
    pub span: Range<usize>,
    /// Index of the token in its token list.
    pub position: usize,
    /// Whether the token holds a letter or digit (a word) or not
    /// (punctuation, symbols).
    pub is_word: bool,
}

/// Turns text into normalized tokens. Cheap to share between threads.
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    _private: (),
}

impl Analyzer {
    /// The default analyzer: NFKC, folded punctuation, lowercase.
    pub fn new() -> Analyzer {
        Analyzer { _private: () }
    }

    /// Splits `text` into tokens, white space dropped.
    ///
    /// # Example
    /// ```
    /// let an = diplotone::Analyzer::new();
    /// let toks = an.tokenize("Partners, not “rivals”");
    /// let words: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
    /// assert_eq!(words, ["partners", ",", "not", "\"", "rivals", "\""]);
    /// assert_eq!(&"Partners, not “rivals”"[toks[4].span.clone()], "rivals");
    /// ```
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        // Most news text is ASCII, where word boundaries need no table.
        if text.is_ascii() {
            tokens(text, AsciiWordBounds { text, at: 0 })
        } else {
            tokens(text, text.split_word_bound_indices())
        }
    }
}

/// The tokens of `text` from its word-boundary pieces (start, piece).
fn tokens<'a>(text: &'a str, pieces: impl Iterator<Item = (usize, &'a str)>) -> Vec<Token> {
    {
        // About one token per five bytes of news text: room enough to
        // grow the list once or not at all.
        let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
        for (start, piece) in pieces {
            if piece.chars().all(char::is_whitespace) {
                continue;
            }
            // "Mr." and "U.S." keep their period: it ends no sentence.
            if piece == "." {
                if let Some(last) = out.last_mut() {
                    if last.span.end == start && is_abbreviation(&last.text) {
                        last.span.end += 1;
                        last.text.push('.');
                        continue;
                    }
                }
            }
            let is_word = piece.chars().any(char::is_alphanumeric);
            let norm = normalize_token(piece);
            if norm.is_empty() {
                continue;
            }
            // NFKC can turn one piece into several words ("½" stays, but
            // some compatibility forms expand with spaces): keep one token
            // per piece so spans stay exact, joining with no space.
            let norm = if norm.contains(char::is_whitespace) {
                norm.split_whitespace().collect()
            } else if piece == "US" && !shouted(text, &out) {
                // "US" is the country, written as "U.S." is, not the pronoun "us".
                CompactString::const_new("u.s.")
            } else {
                norm
            };
            out.push(Token { text: norm, span: start..start + piece.len(), position: out.len(), is_word });
        }
        out
    }
}

/// The word-boundary pieces of ASCII text, each with its start: what
/// `split_word_bound_indices` gives (UAX#29), from the few rules that
/// apply to ASCII. Letters, digits and '_' hold together; a single ':',
/// '.' or '\'' between two letters ("don't", "U.S") and a single ',',
/// ';', '.' or '\'' between two digits ("1,500", "3.5") join them; runs
/// of spaces hold together, and so does CR LF; every other byte is a
/// piece of its own.
struct AsciiWordBounds<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for AsciiWordBounds<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let b = self.text.as_bytes();
        let start = self.at;
        let first = *b.get(start)?;
        let end = if first == b'\r' {
            if b.get(start + 1) == Some(&b'\n') {
                start + 2
            } else {
                start + 1
            }
        } else if first == b' ' {
            start + 1 + b[start + 1..].iter().take_while(|&&c| c == b' ').count()
        } else if is_word_byte(first) {
            let mut i = start;
            loop {
                match b.get(i + 1) {
                    Some(&c) if is_word_byte(c) => i += 1,
                    Some(&mid) if joins(b[i], mid, b.get(i + 2).copied()) => i += 2,
                    _ => break i + 1,
                }
            }
        } else {
            start + 1
        };
        self.at = end;
        // Cut at ASCII bytes only, so on char boundaries.
        Some((start, &self.text[start..end]))
    }
}

/// A letter, digit or '_': bytes that hold together in a word.
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Whether `mid` between `before` and `after` is inside a word: between
/// two letters ':', '.' or '\'', between two digits ',', ';', '.' or '\''.
fn joins(before: u8, mid: u8, after: Option<u8>) -> bool {
    let Some(after) = after else { return false };
    (before.is_ascii_alphabetic() && after.is_ascii_alphabetic() && matches!(mid, b':' | b'.' | b'\''))
        || (before.is_ascii_digit() && after.is_ascii_digit() && matches!(mid, b',' | b';' | b'.' | b'\''))
}

/// Whether the word before the current piece is written in capitals
/// ("LET US"), so that a capitalized "US" may be the pronoun.
fn shouted(text: &str, out: &[Token]) -> bool {
    out.iter().rev().find(|t| t.is_word).is_some_and(|t| {
        let w = &text[t.span.clone()];
        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
    })
}

/// Words whose period marks an abbreviation, not the end of a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "co", "col", "corp", "dec", "dept", "dr", "feb", "gen", "gov", "inc", "jan", "jr",
    "jul", "jun", "lt", "ltd", "maj", "mar", "mr", "mrs", "ms", "mt", "nov", "oct", "prof", "rep", "rev", "sen", "sep",
    "sept", "sgt", "sr", "st", "vs",
];

/// Whether a normalized word followed by '.' is an abbreviation: a known
/// title or month, or initials with inner periods ("u.s", "u.n").
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
        || (word.contains('.') && word.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic)))
}

/// Splits `text` into sentences (UAX#29 sentence boundaries), joining the
/// splits that follow an abbreviation ("Mr. Lee", "the U.S. side"). Byte
/// ranges into `text`, white space at the ends included as UAX#29 does.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut join = false;
    for (start, s) in text.split_sentence_bound_indices() {
        let end = start + s.len();
        match out.last_mut() {
            Some(last) if join => last.end = end,
            _ => out.push(start..end),
        }
        let trimmed = s.trim_end();
        join = trimmed.strip_suffix('.').is_some_and(|head| {
            let word = head.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"').next().unwrap_or("");
            is_abbreviation(&normalize(word))
        });
    }
    out
}

/// Normalizes one piece of text for matching: NFKC, typographic quotes,
/// apostrophes and dashes folded to ASCII, lowercase.
pub fn normalize(piece: &str) -> String {
    normalize_token(piece).into()
}

/// [`normalize`] into a token's small string: a piece that is plain
/// lower-case ASCII, most words and all ASCII punctuation but '`', is
/// copied as it is, with no allocation for up to 24 bytes.
fn normalize_token(piece: &str) -> CompactString {
    let bytes = piece.as_bytes();
    if bytes.iter().all(|&b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`') {
        return CompactString::from(piece);
    }
    if piece.is_ascii() {
        let mut out = CompactString::from(piece);
        out.make_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'").into();
        }
        return out;
    }
    let mut out = CompactString::with_capacity(piece.len());
    if is_nfkc_quick(piece.chars()) == IsNormalized::Yes {
        push_folded(&mut out, piece.chars());
    } else {
        push_folded(&mut out, piece.nfkc());
    }
    out
}

/// Pushes `chars` folded ([`fold`]) and lower-cased onto `out`.
fn push_folded(out: &mut CompactString, chars: impl Iterator<Item = char>) {
    for c in chars {
        match fold(c) {
            Some(f) => out.push(f),
            None => {
                if c.is_ascii() {
                    out.push(c.to_ascii_lowercase());
                } else {
                    out.extend(c.to_lowercase());
                }
            }
        }
    }
}

/// Folds typographic variants to the ASCII character used in lexicons.
fn fold(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        Analyzer::new().tokenize(s).into_iter().map(|t| t.text.into()).collect()
    }

    const CASES: &[(&str, &str, &[&str])] = &[
        ("plain", "Red line", &["red", "line"]),
        ("curly_apostrophe", "don’t", &["don't"]),
        ("possessive", "China’s", &["china's"]),
        ("dash_folded", "win–win", &["win", "-", "win"]),
        ("hyphen", "win-win", &["win", "-", "win"]),
        ("abbreviation_kept", "U.S. talks", &["u.s.", "talks"]),
        ("us_country", "The US must stop", &["the", "u.s.", "must", "stop"]),
        ("us_pronoun", "Join us", &["join", "us"]),
        ("us_shouted", "LET US PRAY", &["let", "us", "pray"]),
        ("title_period", "Mr. Lee.", &["mr.", "lee", "."]),
        ("sentence_period", "We agree. Talks", &["we", "agree", ".", "talks"]),
        ("nfkc_ligature", "ﬁrm", &["firm"]),
        ("fullwidth", "ＲＥＤ", &["red"]),
        ("guillemets", "«non»", &["\"", "non", "\""]),
        ("empty", "", &[]),
        ("only_space", " \n\t", &[]),
    ];

    #[test]
    fn tokenize_table() {
        for &(name, input, want) in CASES {
            assert_eq!(texts(input), want, "case {name}");
        }
    }

    /// Normalization written out plainly: NFKC, folded, lower-cased.
    fn general(piece: &str) -> String {
        piece.nfkc().map(|c| fold(c).unwrap_or(c)).flat_map(char::to_lowercase).collect()
    }

    /// The ASCII fast path gives what the general path gives.
    #[test]
    fn normalize_ascii_matches_the_general_path() {
        for piece in ["Red", "don`t", "U.S", "WIN-WIN", "42nd", "", "\"", "MiXeD`Case`"] {
            assert_eq!(normalize(piece), general(piece), "{piece:?}");
        }
        assert_eq!(normalize("Don`T"), "don't");
        assert_eq!(normalize("Ｄon’t"), "don't");
    }

    /// A token's small string holds the plain normalization, on every path:
    /// plain lower-case ASCII, ASCII to lower or fold, NFKC-stable and not.
    #[test]
    fn normalize_token_matches_the_general_path() {
        let pieces = [
            "red",
            "Red",
            "RED",
            "don`t",
            "'",
            "-",
            "u.s",
            "42nd",
            "",
            "ｆｕｌｌｗｉｄｔｈ",
            "ﬁrm",
            "Ｄon’t",
            "Zürich",
            "ÉLAN",
            "«",
            "—",
            "İstanbul",
            "an-extraordinarily-long-hyphenated-compound-word",
            "ΣΟΦΙΑ",
        ];
        for piece in pieces {
            let token = normalize_token(piece);
            assert_eq!(token.as_str(), general(piece), "{piece:?}");
        }
        assert_eq!(normalize_token("Don`T"), "don't");
        assert!(!normalize_token("cooperation").is_heap_allocated());
    }

    /// The ASCII word boundaries are UAX#29's: every string of up to three
    /// bytes over the bytes that have a rule, then longer mixed ones.
    #[test]
    fn ascii_word_bounds_match_uax29() {
        fn check(text: &str) {
            let fast: Vec<(usize, &str)> = AsciiWordBounds { text, at: 0 }.collect();
            let uax: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
            assert_eq!(fast, uax, "{text:?}");
        }
        let alphabet = "aZ09_.,;:'\" \t\r\n\x0b\x0c-!?()$%@#`/\x00\x7f";
        let bytes: Vec<char> = alphabet.chars().collect();
        check("");
        for &a in &bytes {
            for &b in &bytes {
                for &c in &bytes {
                    check(&format!("{a}"));
                    check(&format!("{a}{b}"));
                    check(&format!("{a}{b}{c}"));
                }
            }
        }
        for text in [
            "Mr. Lee's U.S. visit cost $1,500.75; talks at 10:30 a.m. re-opened",
            "x_1 2_y __ a1b2 1.2.3 a.b.c 1'000 rock'n'roll it's 3' a:'b 1;2 1,,2 a..b",
            "  double  spaces\r\n\r\rtabs\t\tand \n\nlines ",
            "\"Quoted,\" she said: 'no.' WHO? us-led (U.N.) 24/7 #1 @x",
        ] {
            check(text);
        }
    }

    proptest::proptest! {
        /// Longer ASCII strings, any byte: the same pieces as UAX#29.
        #[test]
        fn ascii_word_bounds_match_uax29_on_any_ascii(text in "[\\x00-\\x7f]{0,60}", words in "[a1_.,;:' \r\n-]{0,60}") {
            for t in [&text, &words] {
                let fast: Vec<(usize, &str)> = AsciiWordBounds { text: t, at: 0 }.collect();
                let uax: Vec<(usize, &str)> = t.split_word_bound_indices().collect();
                proptest::prop_assert_eq!(fast, uax);
            }
        }
    }

    /// The ASCII path and the table path cut the same tokens: a text with
    /// one non-ASCII character far from the others tokenizes as before.
    #[test]
    fn ascii_path_matches_the_table_path() {
        let text = "Mr. Lee said the U.S. would pay 1,500.5 tons, don't ask: it's 10:30.";
        let fast = Analyzer::new().tokenize(text);
        let table = tokens(text, text.split_word_bound_indices());
        assert_eq!(fast, table);
        let with_accent = format!("{text} é");
        let slow = Analyzer::new().tokenize(&with_accent);
        assert_eq!(&slow[..fast.len()], &fast[..]);
        assert_eq!(slow.last().map(|t| t.text.as_str()), Some("é"));
    }

    #[test]
    fn spans_index_the_original() {
        let s = "  “Partners,” Xi said — not rivals.";
        for t in Analyzer::new().tokenize(s) {
            assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
            assert!(!s[t.span.clone()].trim().is_empty());
        }
    }

    #[test]
    fn sentences_respect_abbreviations() {
        let text = "Mr. Lee met U.S. envoys on Jan. 3. They agreed. Gen. Ode left!";
        let got: Vec<&str> = sentences(text).into_iter().map(|r| text[r].trim()).collect();
        assert_eq!(got, ["Mr. Lee met U.S. envoys on Jan. 3.", "They agreed.", "Gen. Ode left!"]);
    }

    #[test]
    fn positions_are_dense() {
        let toks = Analyzer::new().tokenize("a , b . c");
        let pos: Vec<usize> = toks.iter().map(|t| t.position).collect();
        assert_eq!(pos, [0, 1, 2, 3, 4]);
    }
}
