//! Splits text into the tokens that quote finding and attribution work on.
//!
//! Words keep their inner apostrophes, hyphens and abbreviation periods
//! ("don’t", "Xi’s", "U.S.", "Mr."), so that an apostrophe inside a word is
//! never taken for a quotation mark. Quotation marks, other punctuation and
//! paragraph breaks are tokens of their own. Whitespace within a line is
//! dropped.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A run of letters and digits (with inner apostrophes, hyphens, periods).
    Word,
    /// One punctuation or symbol character.
    Punct,
    /// One quotation mark character.
    Mark,
    /// A run of white space holding at least one line break.
    Break,
}

/// One token: its byte range in the text, its class and first character.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is.
    pub class: Class,
    /// The token's first character.
    pub first: char,
}

/// Every token of a text lower-cased once, as [`str::to_lowercase`] does
/// it, into one buffer: a token's form is then a slice, whatever number
/// of times the rules ask for it.
pub(crate) struct Lowered {
    /// The text with its ASCII letters lower-cased, then the forms of the
    /// tokens that are not ASCII.
    buf: String,
    /// Each token's form in `buf`.
    spans: Vec<(u32, u32)>,
}

impl Lowered {
    /// The lower-cased forms of `toks`, tokens of `text`.
    pub(crate) fn new(text: &str, toks: &[Tok]) -> Lowered {
        // An ASCII token lower-cases byte by byte, in place: its form is
        // its own span of the text lower-cased in one pass. Lower-casing
        // other characters may change their length, so those tokens are
        // lower-cased alone after it.
        let mut buf = String::with_capacity(text.len() + text.len() / 16);
        buf.push_str(text);
        buf.make_ascii_lowercase();
        let mut spans = Vec::with_capacity(toks.len());
        for t in toks {
            let w = &text[t.start..t.end];
            if w.is_ascii() {
                spans.push((t.start as u32, t.end as u32));
            } else {
                let start = buf.len();
                buf.push_str(&w.to_lowercase());
                spans.push((start as u32, buf.len() as u32));
            }
        }
        Lowered { buf, spans }
    }

    /// Token `i` lower-cased; empty past the last token.
    pub(crate) fn get(&self, i: usize) -> &str {
        self.spans.get(i).map_or("", |&(a, b)| &self.buf[a as usize..b as usize])
    }
}

/// Quotation mark characters, double and single.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '«' | '»' | '\u{2018}' | '\u{2019}' | '\'')
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Abbreviations that keep their final period (lowercase, without it).
const ABBREV: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dr", "feb", "ft", "gen", "gov", "inc", "jan",
    "jr", "lt", "ltd", "maj", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept",
    "sgt", "sr", "st", "vs",
];

fn keeps_period(word: &str) -> bool {
    if word.contains('.') {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    word.len() <= 4 && ABBREV.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Splits `text` into tokens, in text order.
pub(crate) fn lex(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut it = Cursor { text, pos: 0 };
    let mut prev: Option<char> = None;
    'outer: while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            let mut end = i + c.len_utf8();
            let mut breaks = usize::from(is_break(c) && c != '\r');
            let mut cr = c == '\r';
            while let Some((j, d)) = it.peek() {
                if !d.is_whitespace() {
                    break;
                }
                breaks += usize::from(is_break(d) && d != '\r');
                cr |= d == '\r';
                end = j + d.len_utf8();
                it.next();
            }
            let brk = breaks > 0 || cr;
            // Hard-wrapped text: a single line break after a word or a comma
            // and before a lowercase word is inside a sentence, not between
            // paragraphs (a sentence never opens in lowercase).
            let wrapped = breaks == 1
                && prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, ',' | ';'))
                && text[end..].chars().next().is_some_and(char::is_lowercase);
            if brk && !wrapped {
                toks.push(Tok { start: i, end, class: Class::Break, first: '\n' });
            }
            prev = Some(' ');
            continue;
        }
        let next = it.peek().map(|(_, d)| d);
        let leading_apostrophe =
            is_apostrophe(c) && next.is_some_and(|d| d.is_ascii_digit()) && !prev.is_some_and(char::is_alphanumeric);
        if c.is_alphanumeric() || leading_apostrophe {
            let mut end = i + c.len_utf8();
            loop {
                // A run of ASCII letters and digits, most of a word, is
                // skipped byte by byte.
                let run = text.as_bytes()[it.pos..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                if run > 0 {
                    it.pos += run;
                    end = it.pos;
                }
                let Some((j, d)) = it.peek() else { break };
                if d.is_alphanumeric() || is_combining(d) {
                    end = j + d.len_utf8();
                    it.next();
                    continue;
                }
                if matches!(d, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' | '.' | '&') {
                    let mut ahead = it.clone();
                    ahead.next();
                    if d == '.' && missing_space(&text[i..end], ahead.clone()) {
                        // "the Council.Russian Ambassador": a sentence end
                        // with its space lost.
                        toks.push(Tok { start: i, end, class: Class::Word, first: c });
                        toks.push(Tok { start: j, end: j + 1, class: Class::Punct, first: '.' });
                        it.next();
                        prev = Some('.');
                        continue 'outer;
                    }
                    if ahead.peek().is_some_and(|(_, e)| e.is_alphanumeric()) {
                        end = j + d.len_utf8();
                        it.next();
                        continue;
                    }
                    // "R-Ky., said", "(D-Md.)": a period before a comma or a
                    // closing parenthesis never ends a sentence.
                    let before_comma = ahead.peek().is_some_and(|(_, e)| matches!(e, ',' | ')'));
                    if d == '.' && (before_comma || keeps_period(&text[i..end])) {
                        end = j + 1;
                        it.next();
                    }
                }
                break;
            }
            toks.push(Tok { start: i, end, class: Class::Word, first: c });
            prev = text[..end].chars().next_back();
            continue;
        }
        if let Some(mark) = doubled(c, next, prev, it.clone()) {
            // Two apostrophes (or two backticks) standing for a double quotation
            // mark, as newswire exports print them: one mark token of two bytes.
            it.next();
            toks.push(Tok { start: i, end: i + 2, class: Class::Mark, first: mark });
            prev = Some(c);
            continue;
        }
        let class = if is_mark(c) { Class::Mark } else { Class::Punct };
        toks.push(Tok { start: i, end: i + c.len_utf8(), class, first: c });
        prev = Some(c);
    }
    toks
}

/// The characters of a text with their byte offsets, as
/// [`str::char_indices`] gives them, with a look at the next one that
/// costs no state: ASCII, most of any text, needs no decoding.
#[derive(Clone)]
struct Cursor<'t> {
    text: &'t str,
    /// Byte offset of the next character.
    pos: usize,
}

impl Cursor<'_> {
    /// The next character and its offset, without moving past it.
    #[inline]
    fn peek(&self) -> Option<(usize, char)> {
        let b = *self.text.as_bytes().get(self.pos)?;
        if b.is_ascii() {
            Some((self.pos, char::from(b)))
        } else {
            self.text[self.pos..].chars().next().map(|c| (self.pos, c))
        }
    }
}

impl Iterator for Cursor<'_> {
    type Item = (usize, char);

    #[inline]
    fn next(&mut self) -> Option<(usize, char)> {
        let (i, c) = self.peek()?;
        self.pos = i + c.len_utf8();
        Some((i, c))
    }
}

/// The mark that a doubled apostrophe (`''`) or doubled backtick (``` `` ```)
/// at `c` stands for, given the character after it (`next`), the one before
/// it (`prev`) and the characters from `next` on (`ahead`). Two apostrophes
/// are a straight double mark, which opens or closes by position; two
/// backticks only ever open. In a run of three apostrophes a single mark
/// nests inside the double one: `'''We` opens double then single, `it,'''`
/// closes single then double, so the first apostrophe goes alone when the
/// run closes a quote.
fn doubled(
    c: char,
    next: Option<char>,
    prev: Option<char>,
    mut ahead: impl Iterator<Item = (usize, char)>,
) -> Option<char> {
    if next != Some(c) {
        return None;
    }
    match c {
        '`' => Some('\u{201C}'),
        '\'' => {
            ahead.next();
            let third = ahead.next().is_some_and(|(_, d)| d == '\'');
            let closing = prev.is_some_and(|p| !p.is_whitespace());
            (!(third && closing)).then_some('"')
        }
        _ => None,
    }
}

/// Whether a period after `word`, followed by the characters `ahead`, ends
/// a sentence whose space was lost ("Council.Russian"), rather than sitting
/// inside an abbreviation or a web address ("U.S.", "Axar.az").
fn missing_space(word: &str, mut ahead: impl Iterator<Item = (usize, char)>) -> bool {
    let lower_word = word.chars().count() >= 3 && word.chars().all(char::is_alphabetic);
    let ends_lower = word.chars().next_back().is_some_and(char::is_lowercase);
    let next_upper = ahead.next().is_some_and(|(_, e)| e.is_uppercase());
    let then_lower = ahead.next().is_some_and(|(_, e)| e.is_lowercase());
    lower_word && ends_lower && next_upper && then_lower
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        lex(text).iter().map(|t| &text[t.start..t.end]).collect()
    }

    /// `Lowered` holds each token as `to_lowercase` gives it, in scripts
    /// whose lower case is longer or shorter in bytes too.
    #[test]
    fn lowered_tokens_are_to_lowercase() {
        for text in ["Mr. Varga SAID “it’s DONE,” İSTANBUL ΟΔΟΣ straße", "", "a", "Ⱥ ȺȺ said Kelvin \u{212A}"]
        {
            let toks = lex(text);
            let low = Lowered::new(text, &toks);
            for (i, t) in toks.iter().enumerate() {
                assert_eq!(low.get(i), text[t.start..t.end].to_lowercase(), "{text:?} token {i}");
            }
            assert_eq!(low.get(toks.len()), "");
        }
    }

    /// The cursor walks a text as `char_indices` does, ASCII or not.
    #[test]
    fn cursor_is_char_indices() {
        for text in ["", "a", "Ana said “no”.\r\n", "İSTANBUL ΟΔΟΣ e\u{301} 😀x", "\u{85}\u{2028}\t"] {
            let c = Cursor { text, pos: 0 };
            assert_eq!(c.clone().collect::<Vec<_>>(), text.char_indices().collect::<Vec<_>>(), "{text:?}");
            assert_eq!(c.peek(), text.char_indices().next());
        }
    }

    /// A carriage return alone breaks a paragraph as a line feed does;
    /// spaces and tabs alone do not.
    #[test]
    fn carriage_returns_break() {
        for (text, breaks) in [("said.\r\rThen", 1), ("said.\r\n\r\nThen", 1), ("said. \t Then", 0), ("a\rb \r c", 2)] {
            let n = lex(text).iter().filter(|t| t.class == Class::Break).count();
            assert_eq!(n, breaks, "{text:?}");
        }
    }

    #[test]
    fn keeps_apostrophes_and_abbreviations_in_words() {
        assert_eq!(words("Xi’s U.S. visit, don’t Mr. Li."), ["Xi’s", "U.S.", "visit", ",", "don’t", "Mr.", "Li", "."]);
        assert_eq!(words("the ’90s"), ["the", "’90s"]);
        assert_eq!(
            words("Paul (R-Ky.) and Cruz, R-Tex., said"),
            ["Paul", "(", "R-Ky.", ")", "and", "Cruz", ",", "R-Tex.", ",", "said"]
        );
        assert_eq!(words("“A”\n\nB"), ["“", "A", "”", "\n\n", "B"]);
        assert_eq!(words("we will\nbe there.\nThen"), ["we", "will", "be", "there", ".", "\n", "Then"]);
        assert_eq!(words("the Council.Russian envoy"), ["the", "Council", ".", "Russian", "envoy"]);
        assert_eq!(words("Axar.az and Yahoo.com"), ["Axar.az", "and", "Yahoo.com"]);
    }

    #[test]
    fn doubled_apostrophes_are_one_mark() {
        let text = "''We wait,'' he said; ``no more'' and it,''' then '''Go.";
        let toks = lex(text);
        let marks: Vec<(&str, char)> =
            toks.iter().filter(|t| t.class == Class::Mark).map(|t| (&text[t.start..t.end], t.first)).collect();
        assert_eq!(
            marks,
            [
                ("''", '"'),
                ("''", '"'),
                ("``", '\u{201C}'),
                ("''", '"'),
                ("'", '\''),
                ("''", '"'),
                ("''", '"'),
                ("'", '\'')
            ]
        );
        assert_eq!(words("the players' union"), ["the", "players", "'", "union"]);
    }
}
