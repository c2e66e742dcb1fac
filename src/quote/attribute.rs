//! Speaker attribution: which words around a quote name its speaker, and
//! which person or institution those words refer to.
//!
//! The rules, tried in this order for each quote:
//! 1. after the quote: `“...,” NAME said`, `“...,” said NAME`,
//!    `“...,” NAME, TITLE, said`, `“...,” according to NAME`;
//! 2. before it, in the same sentence: `NAME said: “...”`, `NAME said “...”`,
//!    `NAME warned of a “partial”` (the subject of the sentence's first
//!    reporting verb);
//! 3. the second part of a split quote takes the first part's speaker; a
//!    quote with no cue that opens a paragraph right after a quote of a known
//!    speaker continues that speaker.
//!
//! The words found (a name, a pronoun, a description such as "the
//! minister") are then resolved with the article's [`Names`]. Every window
//! is bounded, so attribution is linear in the text.

use super::lex::{Class, Lowered, Tok};
use super::marks::Span;
use super::names::{has, is_org_head, is_person_title, is_title, strip_possessive, Names};
use super::{SpeakerRule, Steps};
use std::ops::Range;

mod indirect;

/// Reporting verbs (base forms); inflections are derived.
#[rustfmt::skip]
const CUE_BASES: &[&str] = &[
    "accuse", "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege", "announce",
    "argue", "ask", "assert", "assure", "blast", "boast", "brand", "call", "caution", "charge",
    "cite", "claim", "comment", "complain", "concede", "conclude", "condemn", "confirm", "contend",
    "continue", "counter", "declare", "decry", "demand", "denounce", "deny", "describe", "dismiss",
    "dub", "echo", "emphasise", "emphasize", "exclaim", "explain", "hail", "highlight", "indicate",
    "insist", "joke", "label", "lament", "maintain", "mention", "muse", "note", "observe", "plead",
    "pledge", "point", "praise", "predict", "proclaim", "promise", "quip", "quote", "recall",
    "recount", "reiterate", "remark", "remind", "reply", "respond", "retort", "reveal", "say",
    "scoff", "shout", "signal", "slam", "speak", "state", "stress", "suggest", "tell", "term",
    "testify", "threaten", "tout", "tweet", "underline", "underscore", "urge", "vow", "warn",
    "welcome", "wonder", "write", "yell", "fume", "opine", "question", "chide", "mock", "scold",
    "thunder", "gush", "marvel", "bemoan", "grumble", "reassure", "clarify", "elaborate", "interject",
    "concur", "reason", "posit", "whisper",
    // Manner-of-speaking verbs that carry tone ("“...,” the minister seethed").
    "seethe", "bristle", "rant", "rail", "snap", "snarl", "growl", "hiss", "sneer", "jeer", "taunt",
    "fulminate", "huff", "sniff", "gripe", "grouse", "moan", "whine", "fret", "object", "rebut", "enthuse",
    "rejoice", "exult", "cheer", "implore", "confide", "disclose", "divulge", "ponder", "surmise", "aver",
    "reaffirm", "attest", "chime", "murmur", "mutter", "mumble", "sigh", "confess", "inquire", "enquire",
    "query", "venture",
    // Sounds and gestures that report speech after a quote ("“...,” Ek
    // barked", "“...,” reacted Ruiz", "“...,” she laughed").
    "bark", "react", "laugh", "chuckle", "grin", "smile", "shrug", "bellow", "roar", "groan", "gasp", "gloat",
    "crow", "scream", "cry", "stammer", "wail",
];

/// Irregular forms of reporting verbs.
const CUE_IRREGULAR: &[&str] =
    &["said", "says", "read", "reads", "told", "wrote", "written", "spoke", "spoken", "pointed", "quoted"];

/// Bases that are also nouns ("a call", "his remarks"): only their -ed and
/// -ing forms count as reporting verbs.
const NOUNY: &[&str] = &[
    "brand", "call", "charge", "claim", "comment", "counter", "demand", "echo", "label", "note", "pledge", "promise",
    "quote", "remark", "reply", "signal", "state", "term", "tweet", "welcome", "point", "rail", "snap", "hiss",
    "sneer", "jeer", "taunt", "huff", "sniff", "gripe", "moan", "object", "cheer", "murmur", "mutter", "sigh", "query",
    "venture", "rant", "laugh", "grin", "smile", "shrug", "bellow", "roar", "groan", "gasp", "crow", "scream", "cry",
    "wail",
];

/// Words skipped between a speaker and the verb ("Xi also said").
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "again", "also", "already", "earlier", "even", "first", "further", "had", "has", "have", "is",
    "just", "later", "last", "latest", "once", "previously", "recently", "reportedly", "then",
    "today", "was", "were", "would", "will", "yesterday", "tonight", "both", "had", "once", "still",
    "however", "nevertheless", "nonetheless", "meanwhile", "subsequently",
];

/// Day and time words in "on Friday", "last week".
#[rustfmt::skip]
const TIMES: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month",
    "year", "night", "morning", "evening", "afternoon", "weekend",
];

/// Days of the week, which may stand alone as adverbs ("said Thursday").
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Prepositions: a name after one is not a subject.
#[rustfmt::skip]
const PREPS: &[&str] = &[
    "about", "after", "against", "at", "before", "by", "for", "from", "in", "into", "like", "of",
    "on", "over", "than", "to", "toward", "towards", "under", "with", "without", "between", "among",
    "during", "including", "via", "behind", "unlike", "despite",
];

/// Words that start a clause and so end a noun phrase.
const CLAUSE: &[&str] =
    &["who", "whom", "whose", "which", "that", "and", "or", "but", "when", "while", "as", "if", "because"];

/// Lowercase words after a subject that are not its verb.
#[rustfmt::skip]
const NON_VERBS: &[&str] = &[
    "and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "as", "if", "when", "while",
    "because", "been", "be", "being", "not", "no", "so", "than", "then", "there", "here", "it",
    "its", "his", "her", "their", "he", "she", "they", "we", "i", "you", "said", "also", "too",
    "himself", "herself", "themselves", "is", "are", "was", "were", "has", "have", "had", "will",
    "would", "could", "should", "can", "may", "might", "must", "do", "does", "did",
];

const DETERMINERS: &[&str] = &["the", "a", "an", "another", "one", "his", "her", "its", "their"];

/// Plurals of people that make a place or body before them a collective speaker.
const COLLECTIVES: &[&str] = &[
    "leaders",
    "lawmakers",
    "ministers",
    "officials",
    "diplomats",
    "delegates",
    "negotiators",
    "envoys",
    "legislators",
    "senators",
    "authorities",
];

/// Those who speak for an office: an unnamed one speaks for it.
const SPOKESPEOPLE: &[&str] = &["spokesman", "spokesperson", "spokeswoman"];

/// Nouns of speech: "Ek's claim that ...", "Ek's “...” remark".
#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "statement",
    "remark",
    "remarks",
    "comment",
    "comments",
    "aside",
    "suggestion",
    "charge",
    "accusation",
    "argument",
    "warning",
    "promise",
    "pledge",
    "vow",
    "insistence",
    "contention",
    "boast",
    "complaint",
    "description",
    "characterization",
    "prediction",
];

/// Documents that "say" things on behalf of whoever issued them.
const DOCUMENTS: &[&str] =
    &["statement", "document", "report", "declaration", "communique", "communiqué", "readout", "release"];

/// Heads of descriptions that stand for two people ("the two sides").
const GROUPS: &[&str] = &["sides", "leaders", "duo", "pair", "ministers", "presidents", "counterparts"];

/// Heads of descriptions that stand for countries named together ("the two
/// countries", "the nations").
const NATIONS: &[&str] = &["countries", "nations"];

/// Heads of descriptions that stand for a national leader.
const LEADERS: &[&str] = &["president", "premier", "prime", "chancellor", "chairman", "leader", "king"];

/// What [`CUE_WORDS`] knows of a word.
const CUE_BASE: u8 = 1;
const CUE_NOUNY: u8 = 2;
const CUE_IRR: u8 = 4;

/// [`CUE_BASES`], [`NOUNY`] and [`CUE_IRREGULAR`] as one set, built once:
/// each candidate stem costs one hash instead of list scans.
static CUE_WORDS: std::sync::LazyLock<super::names::WordMap<u8>> = std::sync::LazyLock::new(|| {
    let mut m = super::names::WordMap::default();
    for (list, flag) in [(CUE_BASES, CUE_BASE), (NOUNY, CUE_NOUNY), (CUE_IRREGULAR, CUE_IRR)] {
        for w in list {
            *m.entry(*w).or_insert(0) |= flag;
        }
    }
    m
});

/// Whether a lowercase word is a reporting verb.
pub(crate) fn is_cue(w: &str) -> bool {
    let flags = |c: &[u8]| std::str::from_utf8(c).ok().and_then(|c| CUE_WORDS.get(c).copied()).unwrap_or(0);
    let f = flags(w.as_bytes());
    if f & CUE_IRR != 0 || (f & CUE_BASE != 0 && f & CUE_NOUNY == 0) {
        return true;
    }
    // A stem and its ending are joined in a buffer on the stack; no base
    // is longer than it, so a longer candidate is no base.
    let mut buf = [0u8; 24];
    let b = w.as_bytes();
    for (suf, rep) in
        [("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("ied", "y"), ("ies", "y")]
    {
        if let Some(stem) = b.strip_suffix(suf.as_bytes()) {
            let n = stem.len() + rep.len();
            if n < 2 || n > buf.len() {
                continue;
            }
            buf[..stem.len()].copy_from_slice(stem);
            buf[stem.len()..n].copy_from_slice(rep.as_bytes());
            let f = flags(&buf[..n]);
            // "calls", "echoes": a nouny base's -s form is a noun.
            if f & CUE_BASE != 0 && !(suf.ends_with('s') && f & CUE_NOUNY != 0) {
                return true;
            }
        }
    }
    for suf in ["ed", "ing"] {
        if let Some(stem) = w.strip_suffix(suf) {
            // A doubled final consonant ("chatted" → "chat"): compared as
            // characters, and only ASCII letters are undoubled, so the cut
            // is always on a character boundary whatever the script.
            let mut last = stem.chars().rev();
            if let (Some(a), Some(b)) = (last.next(), last.next()) {
                if a == b && a.is_ascii_alphabetic() && stem.len() >= 3 {
                    let c = &stem[..stem.len() - 1];
                    if c.len() >= 2 && flags(c.as_bytes()) & CUE_BASE != 0 {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Words that point to a speaker.
#[derive(Clone, Debug)]
pub(crate) enum Np {
    /// he / she (`Some(true)` = male) or they (`None`).
    Pronoun { male: Option<bool> },
    /// A name, as a mention of the article's [`Names`].
    Name { ent: usize },
    /// A description: "the minister", "the foreign ministry".
    Desc { words: Vec<String> },
}

/// Words pointing to a speaker, with where they are and the reporting verb.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    /// What points to the speaker.
    pub np: Np,
    /// Token range of those words.
    pub at: Range<usize>,
    /// The reporting verb, lowercased.
    pub cue: Option<String>,
    /// The rule that matched.
    pub rule: SpeakerRule,
    /// Token index where the attribution clause ends.
    pub end: usize,
}

/// The attribution of one quote.
#[derive(Clone, Debug, Default)]
pub(crate) struct Attr {
    /// Canonical speaker.
    pub speaker: Option<String>,
    /// The article entity the speaker is, when a name decided.
    pub ent: Option<usize>,
    /// Words in the text that point to the speaker.
    pub mention: Option<String>,
    /// Which rule decided.
    pub rule: Option<SpeakerRule>,
    /// Reporting verb.
    pub cue: Option<String>,
}

/// What attribution looks at: the text, its tokens and names.
pub(crate) struct Ctx<'a> {
    /// The article text.
    pub text: &'a str,
    /// Its tokens.
    pub toks: &'a [Tok],
    /// Its tokens lower-cased.
    pub lower: &'a Lowered,
    /// Whether each token lies inside a quote (marks included).
    pub quoted: &'a [bool],
    /// Its names.
    pub names: &'a Names,
    /// Work done: one step per token or mention looked at.
    pub steps: &'a Steps,
}

/// The longest after-quote window, in tokens.
const AFTER: usize = 40;
/// The longest before-quote window, in tokens.
const BEFORE: usize = 90;

impl<'a> Ctx<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.steps.add(1);
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn lw(&self, i: usize) -> &'a str {
        self.steps.add(1);
        self.lower.get(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.steps.add(1);
        self.toks.get(i).is_some_and(|t| t.class == Class::Word)
    }

    fn is_punct(&self, i: usize, set: &[char]) -> bool {
        self.steps.add(1);
        self.toks.get(i).is_some_and(|t| t.class == Class::Punct && set.contains(&t.first))
    }

    fn q(&self, i: usize) -> bool {
        self.steps.add(1);
        self.quoted.get(i).copied().unwrap_or(true)
    }

    /// A lowercase reporting verb outside quotes.
    fn cue_at(&self, i: usize) -> bool {
        if !self.is_word(i) || self.q(i) {
            return false;
        }
        let w = self.w(i);
        // "a warning", "his remarks" are nouns.
        let noun = i > 0
            && self.is_word(i - 1)
            && has(&["a", "an", "the", "his", "her", "its", "their", "our", "my", "this"], self.lw(i - 1));
        if noun {
            return false;
        }
        if !w.chars().any(char::is_uppercase) {
            // "“...,” Berg went on.": going on, with nothing after "on"
            // but the end of the clause, is going on speaking.
            let goes_on = has(&["went", "goes", "go", "carried", "carries"], w)
                && self.lw(i + 1) == "on"
                && (i + 2 >= self.toks.len() || self.is_punct(i + 2, &['.', ',', ';', ':']));
            return goes_on || is_cue(w);
        }
        // Capitalised: "Jane Roe Says ...", "Stated Roe: ...".
        let lw = w.to_lowercase();
        if !w.chars().skip(1).all(char::is_lowercase) || !is_cue(&lw) || lw.ends_with("ing") {
            return false;
        }
        let after_person = i > 0
            && self.names.at(i - 1).is_some_and(|m| m.full.end == i && self.names.ents[m.ent].person)
            && !self.is_punct(i + 1, &[',']);
        let opens = i == 0 || matches!(self.toks[i - 1].class, Class::Break) || self.is_punct(i - 1, &['.', '!', '?']);
        let inverted = opens && self.names.at(i + 1).is_some_and(|m| m.full.start == i + 1);
        after_person || inverted
    }

    fn pronoun(&self, i: usize) -> Option<Np> {
        if !self.is_word(i) {
            return None;
        }
        match self.lw(i) {
            "he" => Some(Np::Pronoun { male: Some(true) }),
            "she" => Some(Np::Pronoun { male: Some(false) }),
            "they" => Some(Np::Pronoun { male: None }),
            "it" => self.body_it(i),
            _ => None,
        }
    }

    /// "The Harbour Council met on Sunday. It said ...": "it" before a
    /// reporting verb is the body that opens the sentence before, named
    /// ("The Harbour Council") or described ("The foreign ministry"). With
    /// no such body, "it" is no speaker (a report, a plan, a deal).
    fn body_it(&self, i: usize) -> Option<Np> {
        let v = self.skip_adverbs(i + 1, i + 5);
        if !self.cue_at(v) {
            return None;
        }
        self.body_before(i)
    }

    /// The body that opens the sentence before the one of `i`, named or
    /// described ([`Self::body_it`]).
    fn body_before(&self, i: usize) -> Option<Np> {
        let lo = self.sentence_start(i, self.para_start_of(i));
        if lo < 2 {
            return None;
        }
        let f = self.first_word(self.sentence_start(lo - 1, self.para_start_of(lo - 1)));
        if f >= lo || self.q(f) {
            return None;
        }
        let mut start = if self.lw(f) == "the" { f + 1 } else { f };
        let lower =
            |k: usize| self.is_word(k) && !self.q(k) && self.w(k).chars().next().is_some_and(char::is_lowercase);
        if let Some(m) = self.names.at(start).filter(|m| m.full.start == start) {
            let e = &self.names.ents[m.ent];
            // "Norland's defence ministry reported ...": a place owning the
            // body opens its description.
            if e.person || !strip_possessive(self.w(m.full.end - 1)).1 {
                return (e.org && !e.person && lower(m.full.end)).then_some(Np::Name { ent: m.ent });
            }
            start = m.full.end;
        } else if start == f {
            return None;
        }
        // "The foreign ministry summoned ...": up to three lowercase words
        // ending in the head of a body, then a verb; the place of the body
        // may stand between ("the interior ministry in Varna issued").
        let head = (start..(start + 3).min(lo)).find(|&k| has(BODY_HEADS, self.lw(k)))?;
        let mut verb = head + 1;
        if has(&["in", "at"], self.lw(verb)) {
            if let Some(m) = self.names.at(verb + 1).filter(|m| m.full.start == verb + 1) {
                let e = &self.names.ents[m.ent];
                if !e.person && !e.org && !strip_possessive(self.w(m.full.end - 1)).1 {
                    verb = m.full.end;
                }
            }
        }
        let plain = (start..=head).all(lower) && lower(verb);
        (plain && !has(PREPS, self.lw(verb)) && verb < lo).then(|| Np::Desc {
            words: ["the"].into_iter().chain((start..=head).map(|k| self.lw(k))).map(str::to_string).collect(),
        })
    }

    /// Skips words like "also", "on Friday" forwards.
    fn skip_adverbs(&self, mut k: usize, lim: usize) -> usize {
        for _ in 0..4 {
            if k >= lim || !self.is_word(k) {
                break;
            }
            let w = self.lw(k);
            // "Kimberly", "Will Doyle": names, not adverbs.
            if self.names.at(k).is_some_and(|m| m.full.start == k && self.names.ents[m.ent].person) {
                break;
            }
            if has(ADVERBS, w) || has(WEEKDAYS, w) || (w.ends_with("ly") && w.len() > 4 && !self.cue_at(k)) {
                k += 1;
            } else if (w == "on" || w == "last" || w == "this" || w == "late" || w == "early")
                && has(TIMES, self.lw(k + 1))
            {
                k += 2;
            } else if w == "in" && self.lw(k + 1) == "turn" && self.is_word(k + 1) {
                // "Ruiz in turn acknowledged".
                k += 2;
            } else {
                break;
            }
        }
        k
    }

    /// Skips words like "also", "on Friday" backwards; returns the new end.
    fn skip_adverbs_back(&self, mut k: usize, lo: usize) -> usize {
        for _ in 0..4 {
            if k <= lo || !self.is_word(k - 1) {
                break;
            }
            let w = self.lw(k - 1);
            if has(ADVERBS, w) || (w.ends_with("ly") && w.len() > 4 && self.names.at(k - 1).is_none()) {
                k -= 1;
            } else if k >= lo + 2
                && (has(TIMES, w) && matches!(self.lw(k - 2), "on" | "last" | "this" | "late" | "early")
                    || w == "turn" && self.lw(k - 2) == "in")
            {
                // "on Friday", "in turn".
                k -= 2;
            } else if has(WEEKDAYS, w) {
                // "Priebus Thursday told".
                k -= 1;
            } else if has(TIMES, w)
                && k >= lo + 2
                && matches!(self.lw(k - 2), "on" | "last" | "this" | "late" | "early")
            {
                k -= 2;
            } else {
                break;
            }
        }
        k
    }

    /// Reads the words that point to a speaker, starting at token `j`:
    /// a pronoun, a name with whatever titles precede it ("Republican
    /// National Committee spokesman Sean Spicer"), or a description ("the
    /// minister"). Returns the words and the token after the phrase.
    fn np_forward(&self, j: usize, lim: usize) -> Option<(Np, Range<usize>, usize)> {
        if j >= lim || !self.is_word(j) || self.q(j) {
            return None;
        }
        if let Some(np) = self.pronoun(j) {
            return Some((np, j..j + 1, j + 1));
        }
        let first = self.lw(j);
        let person_at = |t: usize| self.names.at(t).is_some_and(|m| m.full.start == t && self.names.ents[m.ent].person);
        let person = person_at(j);
        // "added his campaign manager Tom Ek": a possessive determiner
        // opening a description that ends in a person's name.
        let owned = has(&["his", "her", "their"], first)
            && (j + 1..lim.min(j + 5)).take_while(|&t| self.is_word(t) && !self.q(t)).any(person_at);
        if !person && !owned && (has(PREPS, first) || has(CLAUSE, first) || has(NON_VERBS, first)) {
            return None;
        }
        let definite = has(DETERMINERS, first);
        let mut k = j;
        let mut last: Option<(usize, Range<usize>)> = None;
        let mut prep = false;
        let mut words: Vec<String> = Vec::new();
        while k < lim && k < j + 12 && self.is_word(k) && !self.q(k) && !self.cue_at(k) {
            if let Some(m) = self.names.at(k) {
                let e = &self.names.ents[m.ent];
                // "said the Milwaukee Journal Sentinel": a name right after
                // the article stands for itself.
                let after_the = definite && m.full.start == j + 1 && first == "the" && {
                    // ... and ends the phrase ("the French foreign minister" does not).
                    let n = m.full.end;
                    !self.is_word(n)
                        || self.q(n)
                        || has(ADVERBS, self.lw(n))
                        || has(PREPS, self.lw(n))
                        || has(&["this", "last"], self.lw(n))
                };
                // "an EU diplomat said": a body named before a person's title
                // qualifies the title; the person speaks, not the body.
                let qualifies = !e.person
                    && self.is_word(m.full.end)
                    && !self.q(m.full.end)
                    && is_person_title(self.lw(m.full.end));
                if m.full.start >= j
                    && !qualifies
                    && (e.person || e.org || (m.full.start == j && !definite) || after_the)
                {
                    last = Some((m.ent, m.full.clone()));
                    prep = words.iter().any(|w| has(PREPS, w));
                    words.extend(self.names.ents[m.ent].words.iter().cloned());
                    k = m.full.end.max(k + 1);
                    // "said Ruiz in a letter to Ek", "wrote Ana Ek for the
                    // Daily Mirror": a person's name ends the phrase at a
                    // preposition; what follows is a setting, not the speaker.
                    if e.person && k < lim && self.is_word(k) && !self.q(k) && has(PREPS, self.lw(k)) {
                        break;
                    }
                    continue;
                }
            }
            let w = self.lw(k);
            if k > j && (has(ADVERBS, w) || has(CLAUSE, w)) {
                break;
            }
            words.push(w.into());
            k += 1;
        }
        if k < lim && self.is_punct(k, &['(']) {
            // "Sen. Rand Paul (R-Ky.) said".
            if let Some(p) = (k + 1..lim.min(k + 10)).find(|&p| self.is_punct(p, &[')'])) {
                k = p + 1;
            }
        }
        match last {
            // "wrote President Ruiz’s press office": the name owns what
            // follows it, which is the speaker, as written.
            Some((_, at))
                if strip_possessive(self.w(at.end - 1)).1
                    && k > at.end
                    && self.w(at.end).chars().next().is_some_and(char::is_lowercase) =>
            {
                let stop = (at.end..k)
                    .find(|&t| {
                        let w = self.lw(t);
                        has(PREPS, w) || has(ADVERBS, w) || has(TIMES, w) || has(WEEKDAYS, w)
                    })
                    .unwrap_or(k);
                let words = (at.end - 1..stop).map(|t| self.lw(t).into()).collect();
                Some((Np::Desc { words }, at.start..stop, k))
            }
            Some((ent, at)) if !(prep && definite) => Some((Np::Name { ent }, at, k)),
            _ if k > j && (definite || is_title(&words[0])) => Some((Np::Desc { words }, j..k, k)),
            _ => None,
        }
    }

    /// Reads the subject that ends just before token `end`.
    fn np_backward(&self, end: usize, lo: usize) -> Option<(Np, Range<usize>)> {
        let mut k = self.skip_adverbs_back(end, lo);
        if k > lo && self.is_punct(k - 1, &[')']) {
            let stop = k.saturating_sub(10).max(lo);
            k = (stop..k - 1).rev().find(|&p| self.is_punct(p, &['(']))?;
        }
        if k > lo + 2 && self.is_punct(k - 1, &[',']) {
            // "The envoy for the Selvan Strait, Rafael Oquendo, urged": the
            // person named in the appositive.
            if let Some(m) = self.names.at(k - 2) {
                let s = m.full.start;
                if m.full.end == k - 1 && s > lo && self.is_punct(s - 1, &[',']) && self.names.ents[m.ent].person {
                    return Some((Np::Name { ent: m.ent }, m.full.clone()));
                }
            }
        }
        if k > lo && self.is_punct(k - 1, &[',']) {
            // "Blinken, in China for the second time, said": skip the aside.
            let stop = k.saturating_sub(30).max(lo);
            let mut p = k - 1;
            let mut found = None;
            while p > stop {
                p -= 1;
                if self.q(p) || self.is_punct(p, &['.', '!', '?', ';']) {
                    break;
                }
                if self.is_punct(p, &[',']) {
                    found = Some(p);
                    break;
                }
            }
            k = found?;
        }
        if k <= lo || !self.is_word(k - 1) || self.q(k - 1) {
            return None;
        }
        let mut i = k - 1;
        if self.lw(i) == "who" && i > lo + 1 && self.is_punct(i - 1, &[',']) {
            // "Lai Ching-te, who claimed that ...".
            i -= 2;
        }
        if let Some(np) = self.pronoun(i) {
            return Some((np, i..i + 1));
        }
        if let Some(m) = self.names.at(i) {
            let e = &self.names.ents[m.ent];
            let s = m.full.start;
            if !e.person && s >= lo + 2 && self.lw(s - 1) == "the" && self.lw(s - 2) == "of" {
                // "Enrique Mora of the European Union".
                if let Some(p) = self.names.at(s - 3) {
                    if self.names.ents[p.ent].person {
                        return Some((Np::Name { ent: p.ent }, p.full.clone()));
                    }
                }
            }
            if !e.person && s >= lo + 2 && self.lw(s - 1) == "of" {
                // "Ambassador Lena Varga of Norland, chair of the talks,
                // told": the person, not the country she comes from.
                if let Some(p) = self.names.at(s - 2) {
                    if self.names.ents[p.ent].person && p.full.end == s - 1 {
                        return Some((Np::Name { ent: p.ent }, p.full.clone()));
                    }
                }
            }
            if !e.person {
                // "The leaders of North and South Korea agreed", "the
                // foreign minister of Norland said": a place or body after
                // "of" (alone or ending a list) completes a description of
                // people, which is the subject; the name is not.
                let mut p = s;
                while p > lo + 1 && p + 6 > s && (self.lw(p - 1) == "and" || self.is_punct(p - 1, &[','])) {
                    p -= 1;
                    match self.names.at(p - 1) {
                        Some(n) if !self.names.ents[n.ent].person => p = n.full.start,
                        _ if self.w(p - 1).starts_with(char::is_uppercase) => p -= 1,
                        _ => break,
                    }
                }
                if p > lo + 1 && self.lw(p - 1) == "of" && self.is_word(p - 2) {
                    let head = self.w(p - 2);
                    let people = has(GROUPS, head) || has(COLLECTIVES, head) || is_person_title(head) || head == "head";
                    if people {
                        return match self.np_backward(p - 1, lo) {
                            Some(found @ (Np::Desc { .. }, _)) => Some(found),
                            _ => None,
                        };
                    }
                }
            }
            if !e.person && !e.org && s >= lo + 3 && self.lw(s - 1) == "the" && has(PREPS, self.lw(s - 2)) {
                // "The envoy for the Selvan Strait told": the description.
                if let Some(found @ (Np::Desc { .. }, _)) = self.np_backward(s - 2, lo) {
                    return Some(found);
                }
            }
            if self.toks[m.full.end - 1].end == self.toks[i].end && strip_possessive(self.w(i)).1 {
                return None;
            }
            return Some((Np::Name { ent: m.ent }, m.full.clone()));
        }
        if has(COLLECTIVES, self.w(i)) {
            // "Coral Sea foreign ministers said": the place or body named
            // before a plural of people; `resolve` names the collective.
            let j = if i > lo + 1 && is_title(self.w(i - 1)) { i - 1 } else { i };
            if let Some(m) = self.names.at(j - 1).filter(|m| m.full.end == j && !self.names.ents[m.ent].person) {
                if self.collective_end(m.full.end) == Some(i + 1) {
                    return Some((Np::Name { ent: m.ent }, m.full.clone()));
                }
            }
        }
        // A description: walk back to its determiner ("the German foreign
        // minister"), or to the start of the clause for a bare title
        // ("Kremlin spokesman says").
        let mut s = i + 1;
        let mut words: Vec<String> = Vec::new();
        while s > lo && s + 6 > i + 1 && self.is_word(s - 1) && !self.q(s - 1) {
            let w = self.lw(s - 1);
            if strip_possessive(w).1 && !words.is_empty() && is_org_head(&words[0]) && words.len() <= 2 {
                // "Ebrard’s office said", "Aldenia’s defence ministry said":
                // the office speaks, named as written.
                let mut d = vec![w.into()];
                d.extend(words.iter().rev().cloned());
                return Some((Np::Desc { words: d }, s - 1..k));
            }
            if strip_possessive(w).1 && !words.is_empty() && has(DOCUMENTS, &words[0]) && words.len() <= 2 {
                // "Norland's statement said", "the council's final
                // communique called": the owner issued the document and
                // speaks through it.
                if let Some(m) = self.names.at(s - 1).filter(|m| m.full.end == s) {
                    return Some((Np::Name { ent: m.ent }, m.full.clone()));
                }
                if s >= lo + 2 && self.lw(s - 2) == "the" {
                    let words = vec!["the".to_string(), strip_possessive(w).0.to_string()];
                    return Some((Np::Desc { words }, s - 2..s));
                }
            }
            if self.cue_at(s - 1) || strip_possessive(w).1 || has(PREPS, w) || has(CLAUSE, w) {
                break;
            }
            s -= 1;
            words.push(w.into());
            if has(DETERMINERS, w) {
                if words.len() < 2 {
                    return None;
                }
                // "A spokesperson for the secretary-general said": the
                // spokesperson, named by no one, speaks as written.
                if s >= lo + 3
                    && self.lw(s - 1) == "for"
                    && is_person_title(self.lw(s - 2))
                    && has(&["a", "an"], self.lw(s - 3))
                {
                    let words = (s - 3..k).map(|t| self.lw(t).to_string()).collect();
                    return Some((Np::Desc { words }, s - 3..k));
                }
                // "Ola Berg of the health agency said", "Ana Ruiz from the
                // foreign ministry told": the person the body qualifies.
                if s >= lo + 2 && has(&["of", "from", "at"], self.lw(s - 1)) {
                    if let Some(m) = self.names.at(s - 2) {
                        if m.full.end == s - 1 && self.names.ents[m.ent].person {
                            return Some((Np::Name { ent: m.ent }, m.full.clone()));
                        }
                    }
                }
                words.reverse();
                return Some((Np::Desc { words }, s..k));
            }
        }
        let clause_start = s == lo || !self.is_word(s - 1);
        if clause_start && !words.is_empty() && super::names::is_person_title(&words[0]) {
            words.push("the".into());
            words.reverse();
            return Some((Np::Desc { words }, s..k));
        }
        None
    }

    /// The subject of the sentence `lo..end` and its verb: the first name or
    /// pronoun, not inside a prepositional phrase, followed by a lowercase
    /// word that can be a verb ("Rubio offered a defense of the “...”").
    fn sentence_subject(&self, lo: usize, end: usize) -> Option<(Np, Range<usize>, usize)> {
        self.subject_of(lo, end, true)
    }

    /// [`Self::sentence_subject`]; with `skip_qualifiers` false, a place or
    /// body that qualifies a noun ([`Self::qualifies_noun`]) is taken too,
    /// its noun as the verb.
    fn subject_of(&self, lo: usize, end: usize, skip_qualifiers: bool) -> Option<(Np, Range<usize>, usize)> {
        let mut p = lo;
        let mut tries = 0;
        while p < end && tries < 4 {
            let cand = if let Some(np) = self.pronoun(p) {
                Some((np, p..p + 1))
            } else {
                self.names.at(p).filter(|m| m.full.start == p).map(|m| (Np::Name { ent: m.ent }, m.full.clone()))
            };
            let Some((np, at)) = cand else {
                p += 1;
                continue;
            };
            if let Np::Name { ent } = np {
                let e = &self.names.ents[ent];
                if !e.person && !e.org && e.words.len() == 1 && is_demonym(&e.words[0]) {
                    // "Kestrian state media described": a nationality, not a subject.
                    p = at.end.max(p + 1);
                    continue;
                }
                if self.titled_person_after(at.end, end, e.person || e.org).is_some() {
                    // "Democratic presidential candidate Ana Ruiz is ...",
                    // "Former Ek speechwriter Ana Ruiz published ...", "Ek
                    // campaign manager Ana Ruiz released ...": the name,
                    // a place's or a person's, qualifies the title of the
                    // person after it, who is the subject.
                    p = at.end;
                    continue;
                }
            }
            tries += 1;
            if strip_possessive(self.w(at.end - 1)).1 || (skip_qualifiers && self.qualifies_noun(lo, &np, at.clone())) {
                p = at.end;
                continue;
            }
            let prep_at = |k: usize| k >= lo && self.is_word(k) && has(PREPS, self.lw(k));
            // "in Oslo", "after the Paris attacks".
            let after_prep = at.start > lo
                && (prep_at(at.start - 1)
                    || (at.start > lo + 1 && has(DETERMINERS, self.lw(at.start - 1)) && prep_at(at.start - 2)));
            let mut k = at.end;
            if self.is_punct(k, &['(']) {
                if let Some(c) = (k + 1..end.min(k + 10)).find(|&c| self.is_punct(c, &[')'])) {
                    k = c + 1;
                }
            }
            if let Np::Name { ent } = np {
                // "Coral Sea leaders issued": the plural of people is part of
                // the subject, not its verb.
                if let Some(c) = self.collective_end(k).filter(|_| !self.names.ents[ent].person) {
                    let w = self.lw(c);
                    let verb = self.is_word(c)
                        && !self.q(c)
                        && !has(NON_VERBS, w)
                        && !has(PREPS, w)
                        && !has(DETERMINERS, w)
                        && !w.ends_with("ly");
                    if verb {
                        k = c;
                    }
                }
            }
            // The subject opens the sentence, titles and qualifying names
            // in front ("Former Arizona governor Jan Roe, a ..., calls").
            let first = self.first_word(lo);
            let opens = at.start == first
                || (at.start > first
                    && at.start - first <= 4
                    && (first..at.start).all(|t| {
                        let w = self.w(t);
                        self.is_word(t)
                            && (w.chars().next().is_some_and(char::is_uppercase)
                                || is_title(&w.to_lowercase())
                                || is_person_title(&w.to_lowercase())
                                || is_agent_noun(&w.to_lowercase()))
                    }));
            if self.is_punct(k, &[',']) && opens {
                // "Aaron Kall, a debate coach, compared".
                if let Some(c) = (k + 1..end.min(k + 18)).find(|&c| self.is_punct(c, &[',']) || self.q(c)) {
                    if self.is_punct(c, &[',']) {
                        k = c + 1;
                    }
                }
            }
            let k = self.skip_adverbs(k, end);
            if !after_prep && k < end && self.is_word(k) && !self.q(k) {
                let w = self.w(k);
                let lw = w.to_lowercase();
                if w == lw && !has(NON_VERBS, &lw) && !has(PREPS, &lw) && !has(DETERMINERS, &lw) && !lw.ends_with("ly")
                {
                    return Some((np, at, k));
                }
            }
            p = at.end.max(p + 1);
        }
        None
    }

    /// Whether the name of a place or body at `at` qualifies a noun inside
    /// a phrase opened by an article or a possessive before it ("a Norland
    /// native", "his Oslo degree", "the channel's Oslo affiliate", "an
    /// unassuming west Varna suburb"), adjectives between: the word after
    /// it is that noun, not a verb, and the name is no subject. A noun
    /// right before the name ("her rival Ana Ruiz", "his adviser Ana
    /// Ruiz") makes the name the person it describes, who may well be the
    /// subject, so only words shaped like adjectives may come between.
    fn qualifies_noun(&self, lo: usize, np: &Np, at: Range<usize>) -> bool {
        let Np::Name { ent } = *np else { return false };
        // A person after a possessive is named by it ("the Ledger's Ana
        // Ruiz"); a place or body before a title qualifies a person, who
        // is described ("Norland's foreign ministry spokesperson").
        let next = self.lw(at.end);
        // "a ... Ana Ruiz compared": a verb after the name, which is its
        // subject after all.
        let verb = self.cue_at(at.end) || next.ends_with("ed");
        if self.names.ents[ent].person || verb || is_title(next) || is_person_title(next) || is_agent_noun(next) {
            return false;
        }
        let s = at.start;
        let mut k = s;
        while k > lo && k + 4 > s && self.is_word(k - 1) && !self.q(k - 1) {
            let w = self.w(k - 1);
            let lw = w.to_lowercase();
            if has(&["a", "an", "his", "her", "its", "their", "our", "my", "your"], &lw) || strip_possessive(w).1 {
                return true;
            }
            let adjective = w == lw
                && !self.cue_at(k - 1)
                && (lw.contains('-')
                    || ["ing", "ed", "ous", "ive", "ic"].iter().any(|e| lw.len() > e.len() + 2 && lw.ends_with(e))
                    || has(&["north", "south", "east", "west", "northern", "southern", "eastern", "western"], &lw));
            if !adjective {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// A person named right after lowercase title words starting at token
    /// `k` ("presidential candidate Ana Ruiz"), before `end`. With `strict`
    /// (after a person's or a body's name, which may well be a subject),
    /// no word between may look like a verb ("Ek quotes former adviser Ana
    /// Ruiz": "quotes" is Ek's verb, not part of a title).
    fn titled_person_after(&self, k: usize, end: usize, strict: bool) -> Option<usize> {
        let mut j = k;
        while j < end && j < k + 3 && self.is_word(j) && !self.q(j) && self.names.at(j).is_none() {
            let w = self.w(j);
            if !w.chars().all(|c| c.is_lowercase()) || self.cue_at(j) || has(NON_VERBS, w) || has(PREPS, w) {
                return None;
            }
            let titled = is_title(w) || is_person_title(w) || is_agent_noun(w);
            let verb_like = (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed");
            if strict && verb_like && !titled {
                return None;
            }
            j += 1;
        }
        let last = self.lw(j.checked_sub(1)?);
        if j == k || !(is_title(last) || is_person_title(last) || is_agent_noun(last)) {
            return None;
        }
        self.names.at(j).filter(|m| m.full.start == j && self.names.ents[m.ent].person).map(|m| m.ent)
    }

    /// One past a plural of people starting at token `k`, with an office
    /// word before it ("leaders", "foreign ministers"), lowercase as written.
    fn collective_end(&self, k: usize) -> Option<usize> {
        let lower = |t: usize| self.is_word(t) && !self.q(t) && self.w(t).starts_with(char::is_lowercase);
        let k = if lower(k) && is_title(self.lw(k)) { k + 1 } else { k };
        (lower(k) && has(COLLECTIVES, self.lw(k))).then_some(k + 1)
    }

    /// The first word of the sentence starting at `lo`, past openers like "But".
    fn first_word(&self, lo: usize) -> usize {
        let mut k = lo;
        while k < lo + 3
            && self.is_word(k)
            && has(&["but", "and", "so", "yet", "still", "meanwhile", "however", "also"], self.lw(k))
        {
            k += 1;
        }
        k
    }

    /// `“...,” NAME said`, `“...,” said NAME`, `“...,” according to NAME`.
    pub(crate) fn after_quote(&self, s: &Span) -> Option<Found> {
        let c = s.close?;
        let lim = s.para_end.min(c + 1 + AFTER);
        let mut j = c + 1;
        while j < lim && self.is_punct(j, &[',', '\u{2014}', '\u{2013}', '-', '(']) && j < c + 3 {
            j += 1;
        }
        if j >= lim || self.q(j) {
            return None;
        }
        let lim = (j..lim).find(|&k| self.q(k) || self.is_punct(k, &['.', '!', '?', ';'])).unwrap_or(lim);
        if self.lw(j) == "according" && self.lw(j + 1) == "to" {
            let (np, at, end) = self.np_forward(j + 2, lim)?;
            return Some(Found { np, at, cue: Some("according to".into()), rule: SpeakerRule::AccordingTo, end });
        }
        if self.cue_at(j) || self.reported_at(j) {
            if self.w(j).ends_with("ing") {
                // "“...”, adding that ...": the subject comes before the quote.
                return None;
            }
            let k = self.skip_adverbs(j + 1, lim);
            let (np, at, end) = self.np_forward(k, lim)?;
            let (np, at) = self.appositive_name(np, at, end, lim);
            return Some(Found { np, at, cue: Some(self.lw(j).into()), rule: SpeakerRule::AfterQuote, end });
        }
        let (np, at, mut k) = self.np_forward(j, lim)?;
        let (np, at) = self.appositive_name(np, at, k, lim);
        if self.is_punct(k, &[',']) {
            // "Sergei Lavrov, Russia's foreign minister, said".
            let mut p = k + 1;
            while p < lim && p < k + 18 && !self.is_punct(p, &[',']) {
                p += 1;
            }
            if p < lim && self.is_punct(p, &[',']) {
                k = p + 1;
            }
        }
        let k = self.skip_adverbs(k, lim);
        if let Some(f) = self.quoted_as(k, lim, SpeakerRule::AfterQuote) {
            return Some(f);
        }
        if self.cue_at(k) || self.reported_at(k) {
            return Some(Found { np, at, cue: Some(self.lw(k).into()), rule: SpeakerRule::AfterQuote, end: k + 1 });
        }
        None
    }

    /// `“...” the Coral Ledger reported`, `..., reported Radio Norland`: a
    /// paper, channel or agency that reports a quote is its source when
    /// nothing else in the sentence speaks. "Reported" is no reporting verb
    /// elsewhere ("Ruiz reported a rise ..."), and not in the passive ("as
    /// was reported").
    fn reported_at(&self, i: usize) -> bool {
        self.is_word(i)
            && !self.q(i)
            && has(&["reported", "reports"], self.w(i))
            && !(i > 0 && has(&["was", "were", "is", "are", "been", "be", "being"], self.lw(i - 1)))
    }

    /// `“...” President Ana Ruiz.`, `“...” — Ana Ruiz.`, `“...,” Ek shot
    /// back with a laugh.`: a paragraph opened by a quote and closed by
    /// one sentence right after it that begins with a person's name, with
    /// or without a title, and names no one else: that person speaks,
    /// whatever the verb.
    fn signed_inline(&self, c: usize, pe: usize) -> Option<Found> {
        let mut j = c + 1;
        while j < pe && j < c + 3 && self.is_punct(j, &[',', '-', '\u{2013}', '\u{2014}']) {
            j += 1;
        }
        let (np, at, e) = self.np_forward(j, pe)?;
        let Np::Name { ent } = np else { return None };
        let mut k = e;
        while k < pe && self.is_punct(k, &['.']) {
            k += 1;
        }
        (self.names.ents[ent].person && at.start == j && k == pe).then_some(Found {
            np,
            at,
            cue: None,
            rule: SpeakerRule::Label,
            end: k,
        })
    }

    /// `Ana Ruiz “calls on all sides to ...”`: a subject opening its sentence,
    /// right before a quote whose first word is its verb ("calls",
    /// "decides", "welcomes"). The quote speaks for the subject, which is a
    /// person's name (a pronoun is left to its own rules, which need a
    /// reporting verb); the verb is no reporting verb of ours.
    pub(crate) fn subject_quote(&self, s: &Span) -> Option<Found> {
        let o = s.open;
        let first = self.text[s.content.clone()].split_whitespace().next()?;
        let verb = first.len() > 3
            && first.chars().all(|c| c.is_lowercase())
            && (first.ends_with('s') && !first.ends_with("ss") || first.ends_with("ed"));
        if !verb || o == 0 || o <= s.para_start || !self.is_word(o - 1) || self.q(o - 1) {
            return None;
        }
        let lo = self.sentence_start(o, s.para_start);
        let k = self.first_word(lo);
        if o - 1 == k {
            // "It “decides to ...”": "it" opening the sentence speaks for
            // the body that opened the one before ("he" and "she" are left
            // to their rules: an antecedent wrong there would spread).
            let np = if self.lw(k) == "it" { self.body_before(k) } else { None };
            if let Some(np) = np {
                return Some(Found { np, at: k..o, cue: None, rule: SpeakerRule::BeforeQuote, end: o });
            }
        }
        // A possessor ("Ek’s “excesses”") owns the quoted words; it does not say them.
        let m = self
            .names
            .at(o - 1)
            .filter(|m| m.full.end == o && self.names.ents[m.ent].person && !strip_possessive(self.w(o - 1)).1)?;
        (m.full.start == k).then_some(Found {
            np: Np::Name { ent: m.ent },
            at: m.full.clone(),
            cue: None,
            rule: SpeakerRule::BeforeQuote,
            end: o,
        })
    }

    /// The rest of the sentence after the quote: `“...” would be
    /// appropriate, NAME said`, `“...” for Clinton, said Kunin`.
    pub(crate) fn after_sentence(&self, s: &Span) -> Option<Found> {
        let c = s.close?;
        let lo = c + 1;
        let lim = s.para_end.min(lo + AFTER);
        let end = (lo..lim).find(|&k| self.q(k) || self.is_punct(k, &['.', '!', '?', ';'])).unwrap_or(lim);
        if end < lim && self.q(end) {
            // Another quote follows in the same sentence: its own clause decides.
            return None;
        }
        if let Some((first, head)) = self.collective_opens(s) {
            let words = (first..=head).map(|k| self.lw(k).into()).collect();
            // Its verb: the first word of speech ("voiced", "warned") or
            // lowercase past form ("issued", "gathered") after the head
            // that is no preposition, article or auxiliary; a noun on the
            // way ("leaders from ten member states") is none, and an
            // irregular verb of another kind goes unnamed.
            let cue = (head + 1..s.open)
                .find(|&k| {
                    self.cue_at(k)
                        || (self.is_word(k)
                            && self.w(k).starts_with(char::is_lowercase)
                            && self.w(k).ends_with("ed")
                            && !has(PREPS, self.lw(k))
                            && !has(DETERMINERS, self.lw(k))
                            && !has(NON_VERBS, self.lw(k)))
                })
                .map(|k| self.lw(k).into());
            // A name ("World leaders", "Signatories", "Norland's
            // envoys") is the subject of the sentence; a description
            // speaks as written.
            let lo = self.sentence_start(s.open, s.para_start);
            if let Some((np, at, _)) = self.sentence_subject(lo, s.open).filter(|(_, at, _)| at.start == first) {
                return Some(Found { np, at, cue, rule: SpeakerRule::BeforeQuote, end: head + 1 });
            }
            return Some(Found {
                np: Np::Desc { words },
                at: first..head + 1,
                cue,
                rule: SpeakerRule::BeforeQuote,
                end: head + 1,
            });
        }
        let mut f = match self.clause(lo, end, SpeakerRule::AfterQuote, false) {
            Some(f) => f,
            // "“... the talks.” The text is online, ONA reports.": a
            // quote that ends its sentence is no part of the next one.
            None if !self.text[s.content.clone()].ends_with(['.', '!', '?']) => {
                self.reported_by(lo, end).or_else(|| self.naming_object(lo, end, SpeakerRule::AfterQuote))?
            }
            None => return self.words_from(lo, end),
        };
        if f.rule == SpeakerRule::BeforeQuote {
            f.rule = SpeakerRule::AfterQuote;
        }
        Some(f)
    }

    /// "“...” The words came from Foreign Minister Ana Ruiz.", "“...” That
    /// was the warning from Ruiz on Monday.": the sentence right after a
    /// quote names whose words they were, with no verb of speech; the
    /// one named after "from" (or "of") speaks.
    fn words_from(&self, lo: usize, end: usize) -> Option<Found> {
        const WORDS: &[&str] = &["words", "remarks", "comments", "message", "warning", "appeal", "plea", "verdict"];
        let w = |k: usize| if k < end && self.is_word(k) && !self.q(k) { self.lw(k) } else { "" };
        let from = if has(&["the", "those", "these", "his", "her"], w(lo))
            && has(WORDS, w(lo + 1))
            && w(lo + 2) == "came"
            && w(lo + 3) == "from"
        {
            lo + 4
        } else if has(&["that", "this", "such"], w(lo))
            && has(&["was", "is"], w(lo + 1))
            && w(lo + 2) == "the"
            && has(WORDS, w(lo + 3))
            && has(&["from", "of"], w(lo + 4))
        {
            lo + 5
        } else {
            return None;
        };
        let (np, at, e) = self.np_forward(from, end)?;
        let (np, at) = self.appositive_name(np, at, e, end);
        matches!(np, Np::Name { .. } | Np::Desc { .. }).then_some(Found {
            np,
            at,
            cue: None,
            rule: SpeakerRule::AfterQuote,
            end: e,
        })
    }

    /// `Delegates of the Coral Forum voiced alarm over “rising” tension in
    /// Varna, ...`: a plural of people ("delegates", "the ministers",
    /// "signatories") opening the sentence as the subject of the verb
    /// before the quote owns the quote inside its clause; a verb further
    /// on, after the quote, belongs to a clause of its own ("a deal agreed
    /// among members") and names no speaker of the quote.
    fn collective_opens(&self, s: &Span) -> Option<(usize, usize)> {
        let o = s.open;
        if o <= s.para_start {
            return None;
        }
        let lo = self.sentence_start(o, s.para_start);
        let first = self.first_word(lo);
        let plural = |k: usize| {
            let w = self.lw(k);
            has(COLLECTIVES, w)
                || has(GROUPS, w)
                || has(&["signatories", "members", "parties", "delegations", "governments"], w)
        };
        // The head within the first words, after an article, a possessive
        // or words with a capital ("Foreign ministers", "World leaders",
        // "Norland's envoys").
        // Lowercase unless it opens the sentence: a capital inside a
        // title-case headline ("Ek Sides With Ruiz On ...") is no noun.
        let head = (first..o.min(first + 4))
            .find(|&k| plural(k) && (k == first || self.w(k).starts_with(char::is_lowercase)))?;
        let opening = (first..head).all(|k| {
            self.is_word(k)
                && (has(&["the", "their", "its"], self.lw(k)) || self.w(k).starts_with(char::is_uppercase))
                && self.names.at(k).is_none_or(|m| !self.names.ents[m.ent].person)
        });
        // Nothing between the head and the quote that opens a clause of
        // its own or names a person: "of the Coral Forum (CF) have voiced
        // alarm over".
        let plain = (head + 1..o).all(|k| {
            (self.is_word(k) || self.is_punct(k, &['(', ')']))
                && !self.q(k)
                && self.names.at(k).is_none_or(|m| !self.names.ents[m.ent].person)
                && !has(&["who", "which", "that", "when", "while", "as", "if", "because", "but"], self.lw(k))
        });
        (opening && plain && o > head + 1).then_some((first, head))
    }

    /// `“...” to the king, official broadcaster CCTV reported.`, `...,
    /// reported Radio Norland.`: a sentence after the quote that ends with
    /// its source reporting, named just before "reported" or right after
    /// it.
    fn reported_by(&self, lo: usize, end: usize) -> Option<Found> {
        let v = end.checked_sub(1)?;
        if v > lo && self.reported_at(v) {
            let (np, at) = self.np_backward(v, lo)?;
            return Some(Found { np, at, cue: Some(self.lw(v).into()), rule: SpeakerRule::AfterQuote, end: v + 1 });
        }
        let v = (lo..end).rev().take(8).find(|&v| self.reported_at(v))?;
        let (np, at, e) = self.np_forward(v + 1, end)?;
        (e == end && self.is_punct(v - 1, &[','])).then(|| Found {
            np,
            at,
            cue: Some(self.lw(v).into()),
            rule: SpeakerRule::AfterQuote,
            end: e,
        })
    }

    /// A quote in a paragraph headed by a label or written as a headline:
    /// `Graham: Trump’s ‘...’`, `Lopez: Well, ‘...’` (a transcript), or a
    /// title-case headline whose subject is a person named in the article
    /// (`Jane Roe Calls Plan ‘A Disgrace’`).
    /// “...”¶— NAME.: a line of its own under a quote that fills its
    /// paragraph, holding only a dash and a person's name, signs the quote.
    pub(crate) fn signature(&self, s: &Span) -> Option<Found> {
        let c = s.close?;
        let pe = s.para_end;
        if s.open == s.para_start && c + 1 < pe {
            if let Some(f) = self.signed_inline(c, pe) {
                return Some(f);
            }
        }
        if s.open != s.para_start || !(c + 1..pe).all(|k| self.toks[k].class == Class::Punct) {
            return None;
        }
        let d = pe + 1;
        if pe >= self.toks.len() || !self.is_punct(d, &['-', '\u{2013}', '\u{2014}']) {
            return None;
        }
        let m = self.names.at(d + 1).filter(|m| m.full.start == d + 1 && self.names.ents[m.ent].person)?;
        let mut k = m.full.end;
        while k < self.toks.len() && self.toks[k].class == Class::Punct && self.toks[k].first == '.' {
            k += 1;
        }
        if k < self.toks.len() && self.toks[k].class != Class::Break {
            return None;
        }
        Some(Found { np: Np::Name { ent: m.ent }, at: m.full.clone(), cue: None, rule: SpeakerRule::Label, end: k })
    }

    pub(crate) fn headline(&self, s: &Span) -> Option<Found> {
        let (ps, o) = (s.para_start, s.open);
        if o <= ps || self.sentence_start(o, ps) != ps {
            return None;
        }
        let cap = |k: usize| self.w(k).chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let colon = (ps..o.min(ps + 9)).find(|&k| self.is_punct(k, &[':']) && !self.q(k));
        if let Some(f) = self.label_with_aside(ps, o) {
            return Some(f);
        }
        if let Some(c) = colon {
            let label_ok = c > ps && c <= ps + 4 && (ps..c).all(|k| !self.q(k) && (!self.is_word(k) || cap(k)));
            if label_ok {
                for n in (1..=3).rev() {
                    if c < ps + n || !(c - n..c).all(|k| self.is_word(k)) {
                        continue;
                    }
                    let words: Vec<String> = (c - n..c).map(|k| self.name_word(k)).collect();
                    let words: Vec<&str> = words.iter().map(String::as_str).collect();
                    if let Some(ent) = self.names.person_named(&words) {
                        return Some(Found {
                            np: Np::Name { ent },
                            at: c - n..c,
                            cue: None,
                            rule: SpeakerRule::Label,
                            end: c,
                        });
                    }
                }
                if let Some(m) = self.names.at(c - 1).filter(|m| m.full.end == c) {
                    let e = &self.names.ents[m.ent];
                    if e.person || e.org || e.words.len() >= 2 {
                        return Some(Found {
                            np: Np::Name { ent: m.ent },
                            at: m.full.clone(),
                            cue: None,
                            rule: SpeakerRule::Label,
                            end: c,
                        });
                    }
                }
                return None;
            }
        }
        // A title-case headline: nearly every longer word capitalised.
        let lim = s.para_end.min(ps + 40);
        let (mut long, mut caps) = (0, 0);
        for k in ps..lim {
            if self.is_word(k) && !self.q(k) && self.w(k).chars().count() >= 4 {
                long += 1;
                caps += usize::from(cap(k));
            }
        }
        if long < 3 || caps * 5 < long * 4 || s.para_end - ps > 60 {
            return None;
        }
        // "..., Jane Roe Says": a capitalised reporting verb after a person.
        for v in ps + 1..lim {
            if self.q(v) || !self.is_word(v) || !cap(v) || !is_cue(self.lw(v)) {
                continue;
            }
            for n in (1..=3).rev() {
                if v < ps + n || !(v - n..v).all(|k| self.is_word(k) && !self.q(k)) {
                    continue;
                }
                let words: Vec<String> = (v - n..v).map(|k| self.name_word(k)).collect();
                let words: Vec<&str> = words.iter().map(String::as_str).collect();
                if let Some(ent) = self.names.person_named(&words) {
                    let cue = Some(self.lw(v).into());
                    return Some(Found {
                        np: Np::Name { ent },
                        at: v - n..v,
                        cue,
                        rule: SpeakerRule::Headline,
                        end: v + 1,
                    });
                }
            }
        }
        let mut p = ps;
        while p < o && p < ps + 4 && self.is_word(p) && (strip_possessive(self.w(p)).1 || is_title(self.lw(p))) {
            p += 1;
        }
        for n in (1..=3).rev() {
            if p + n > o || !(p..p + n).all(|k| self.is_word(k) && !self.q(k)) {
                continue;
            }
            let words: Vec<String> = (p..p + n).map(|k| self.name_word(k)).collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            if let Some(ent) = self.names.person_named(&words) {
                return Some(Found {
                    np: Np::Name { ent },
                    at: p..p + n,
                    cue: None,
                    rule: SpeakerRule::Headline,
                    end: p + n,
                });
            }
        }
        None
    }

    /// A paragraph headed by a person's name and an aside before the colon
    /// that opens the quote: `Jane Roe, The Daily Post: “...”`, `Rep. Jane
    /// Roe (D-Md.): “...”`.
    fn label_with_aside(&self, ps: usize, o: usize) -> Option<Found> {
        if o < ps + 3 || !self.is_punct(o - 1, &[':']) {
            return None;
        }
        let m = self.names.at(ps).filter(|m| m.full.start == ps && self.names.ents[m.ent].person)?;
        let e = m.full.end;
        let c = o - 1;
        let aside = if self.is_punct(e, &['(']) {
            self.is_punct(c - 1, &[')']) && c - e <= 8
        } else {
            self.is_punct(e, &[','])
                && c > e + 1
                && c - e <= 7
                && (e + 1..c).all(|k| self.is_word(k) && !self.cue_at(k))
        };
        aside.then(|| Found {
            np: Np::Name { ent: m.ent },
            at: m.full.clone(),
            cue: None,
            rule: SpeakerRule::Label,
            end: c,
        })
    }

    /// Token `k` as a name word: lowercase, without possessive or final period.
    fn name_word(&self, k: usize) -> String {
        let w = self.lw(k);
        let w = strip_possessive(w).0;
        w.strip_suffix('.').filter(|x| !x.contains('.')).unwrap_or(w).to_string()
    }

    /// "TASS quoted NAME as saying": the speaker is the one quoted.
    fn quoted_as(&self, v: usize, lim: usize, rule: SpeakerRule) -> Option<Found> {
        if self.lw(v) != "quoted" {
            return None;
        }
        let said_as = |e: usize| self.lw(e) == "as" && self.cue_at(e + 1);
        // "Xinhua quoted him as saying": the one quoted is the one named
        // before, never the agency.
        let male = match self.lw(v + 1) {
            "him" => Some(true),
            "her" => Some(false),
            _ => None,
        };
        if male.is_some() && said_as(v + 2) {
            let np = Np::Pronoun { male };
            return Some(Found { np, at: v + 1..v + 2, cue: Some(self.lw(v + 3).into()), rule, end: v + 4 });
        }
        let (np, at, e) = self.np_forward(v + 1, lim)?;
        if said_as(e) {
            return Some(Found { np, at, cue: Some(self.lw(e + 1).into()), rule, end: e + 2 });
        }
        // "quoted the minister, Ana Ruiz, as saying": the name set apart
        // by commas after a description.
        if matches!(np, Np::Desc { .. }) && self.is_punct(e, &[',']) {
            if let Some((Np::Name { ent }, at2, e2)) = self.np_forward(e + 1, lim) {
                if self.names.ents[ent].person && self.is_punct(e2, &[',']) && said_as(e2 + 1) {
                    let cue = Some(self.lw(e2 + 2).into());
                    return Some(Found { np: Np::Name { ent }, at: at2, cue, rule, end: e2 + 3 });
                }
            }
        }
        None
    }

    /// "This view was echoed by Trade Minister Ola Berg.", "The warning was
    /// shared by the envoy, Ana Ruiz." before a quote of its own: a form of
    /// "be" at token `v`, a verb of voicing and "by" a person, who speaks
    /// the quote that follows. Only in the sentence before the quote: in
    /// the quote's own sentence "was asked by the host" names the one who
    /// asked, not the one who answers. Only a person's name counts: "was
    /// announced by the parliament" names no speaker of the words that
    /// follow.
    fn passive_agent(&self, v: usize, lim: usize, rule: SpeakerRule) -> Option<Found> {
        if rule != SpeakerRule::Continuation || !matches!(self.lw(v), "was" | "were") {
            return None;
        }
        let verb = self.skip_adverbs(v + 1, lim);
        let w = self.lw(verb);
        let voiced = has(&["shared", "voiced", "expressed", "echoed", "revealed", "stated", "announced"], w);
        if verb >= lim || !voiced || self.lw(verb + 1) != "by" {
            return None;
        }
        let person = |ent: usize| self.names.ents[ent].person;
        // "by Norland's minister of trade, Ana Ruiz": words that make no
        // phrase of their own (a place the article names nowhere else
        // before an office) still lead to the name after the comma.
        let from = match self.np_forward(verb + 2, lim) {
            Some((np, at, _)) => {
                if let Np::Name { ent } = np {
                    if person(ent) && !at.clone().any(|t| self.lw(t) == "of") {
                        return Some(Found { np, at, cue: Some(w.into()), rule, end: verb + 1 });
                    }
                }
                at.end
            }
            None => verb + 2,
        };
        // "by the foreign minister of Norland, trade and fisheries, Ana
        // Ruiz": a description (or an office "of" a place) named after a
        // comma further on.
        (from..lim.min(from + 16)).find_map(|c| {
            let m = self.names.at(c + 1).filter(|m| m.full.start == c + 1 && person(m.ent));
            let m = m.filter(|_| self.is_punct(c, &[',']))?;
            Some(Found { np: Np::Name { ent: m.ent }, at: m.full.clone(), cue: Some(w.into()), rule, end: verb + 1 })
        })
    }

    /// "the foreign minister, Wang Yi, said": a name in apposition to a
    /// description is the better pointer.
    fn appositive_name(&self, np: Np, at: Range<usize>, end: usize, lim: usize) -> (Np, Range<usize>) {
        if matches!(np, Np::Desc { .. }) && self.is_punct(end, &[',']) {
            if let Some((Np::Name { ent }, at2, _)) = self.np_forward(end + 1, lim) {
                if self.names.ents[ent].person {
                    return (Np::Name { ent }, at2);
                }
            }
        }
        (np, at)
    }

    /// Where the sentence holding token `o` starts (bounded, within the paragraph).
    fn sentence_start(&self, o: usize, para_start: usize) -> usize {
        let mut k = o;
        let stop = o.saturating_sub(BEFORE).max(para_start);
        while k > stop {
            self.steps.add(1);
            let t = self.toks[k - 1];
            let end = t.class == Class::Punct && matches!(t.first, '.' | '!' | '?');
            if end && !self.q(k - 1) {
                return k;
            }
            if t.class == Class::Mark
                && self.q(k - 1)
                && k >= 2
                && self.is_punct(k - 2, &['.', '!', '?'])
                && self.q(k - 2)
            {
                // A quote that ended its sentence: “... done.”
                return k;
            }
            k -= 1;
        }
        k
    }

    /// Attribution by the reporting clause of the sentence `lo..end`.
    fn clause(&self, lo: usize, end: usize, rule: SpeakerRule, subject: bool) -> Option<Found> {
        for v in lo..end {
            if self.q(v) || !self.is_word(v) {
                continue;
            }
            if self.lw(v) == "according" && self.lw(v + 1) == "to" {
                if let Some((np, at, _)) = self.np_forward(v + 2, end) {
                    return Some(Found {
                        np,
                        at,
                        cue: Some("according to".into()),
                        rule: SpeakerRule::AccordingTo,
                        end: v + 2,
                    });
                }
                continue;
            }
            if let Some(f) = self.passive_agent(v, end, rule) {
                return Some(f);
            }
            if !self.cue_at(v) {
                continue;
            }
            if let Some(f) = self.quoted_as(v, end, rule) {
                return Some(f);
            }
            let cue = Some(self.lw(v).into());
            if v > lo && self.w(v).ends_with("ing") && self.is_punct(v - 1, &[',']) {
                // "Trump went after Bush, calling him “a total stiff.”": the
                // participle's subject is the subject of the main clause, not
                // the object before the comma.
                if let Some((np, at, _)) = self.sentence_subject(lo, v) {
                    return Some(Found { np, at, cue, rule, end: v + 1 });
                }
            }
            if let Some((np, at)) = self.np_backward(v, lo) {
                let (np, at) = self
                    .opening_subject(lo, at.clone())
                    .map_or((np, at), |m| (Np::Name { ent: m.ent }, m.full.clone()));
                let f = Found { np, at, cue, rule, end: v + 1 };
                return Some(self.better_than_desc(f, lo));
            }
            // "flew in to ask the premier “...”": after an infinitive the
            // name is the one addressed, not an inverted subject.
            if v > lo && self.lw(v - 1) == "to" {
                continue;
            }
            // "said Blinken: “...”"; not after a verb of naming ("called
            // Coral Union “...”", "dubbed Ana Ruiz “...”"), whose object
            // the name is.
            if is_naming(self.lw(v)) {
                continue;
            }
            let k = self.skip_adverbs(v + 1, end);
            // "called the KKK “...”": an object with its article, not an
            // inverted subject.
            if let Some((np @ Np::Name { .. }, at, e)) =
                self.np_forward(k, end).filter(|(_, at, _)| !(at.start == k + 1 && self.lw(k) == "the"))
            {
                // "said Will Doyle, a professor at ...".
                let inverted = |ent: usize| {
                    self.names.ents[ent].person
                        && has(
                            &["said", "says", "added", "adds", "asked", "wrote", "explained", "noted", "continued"],
                            self.lw(v),
                        )
                };
                let apposed = matches!(np, Np::Name { ent } if inverted(ent)) && self.is_punct(e, &[',']);
                if e == end || (e + 1 == end && self.is_punct(e, &[':'])) || apposed {
                    return Some(Found { np, at, cue, rule, end: e });
                }
            }
        }
        if subject {
            let (np, at, verb) = self.sentence_subject(lo, end)?;
            return Some(Found { np, at, cue: Some(self.lw(verb).into()), rule, end: verb + 1 });
        }
        None
    }

    /// `Kim Yo Jong, the sister of leader Kim Jong Un, on Tuesday warned`,
    /// `Lula, who handed the post to his counterpart, Santiago Peña,
    /// revealed`: a name found before the verb (at tokens `at`) that sits in
    /// a prepositional phrase or relative clause of the aside after the
    /// person opening the sentence `lo..` is not the subject; that person
    /// is.
    fn opening_subject(&self, lo: usize, at: Range<usize>) -> Option<&'a super::names::Mention> {
        let first = self.first_word(lo);
        let m = self.names.at(first).filter(|m| m.full.start == first && self.names.ents[m.ent].person)?;
        let comma = m.full.end;
        if !self.is_punct(comma, &[',']) || at.start <= comma + 1 || at.start > comma + 30 {
            return None;
        }
        let embedded = (comma + 1..at.start).any(|k| {
            let w = self.lw(k);
            // Not "after", "before": they may open a clause of their own
            // ("..., issued a statement after Tom Ek told ...").
            (has(PREPS, w) && !has(&["after", "before", "than", "like", "despite"], w))
                || has(&["who", "whom", "whose", "which"], w)
        });
        // "Tom Ek, the nominee in 2008, issued a statement after ...": the
        // aside closed and the main verb followed.
        let closed = |k: usize| {
            self.is_punct(k, &[','])
                && self.is_word(k + 1)
                && self.w(k + 1).chars().next().is_some_and(char::is_lowercase)
                && !has(DETERMINERS, self.lw(k + 1))
                && !has(PREPS, self.lw(k + 1))
                && !has(CLAUSE, self.lw(k + 1))
        };
        let ended = (comma + 1..at.start).any(|k| self.q(k) || self.is_punct(k, &['.', '!', '?', ';']) || closed(k));
        (embedded && !ended && self.names.at(at.start).is_none_or(|n| n.ent != m.ent)).then_some(m)
    }

    /// A description that names no one ("the past" in "Beck, who has in
    /// the past described", "a statement" in "Teneo issued a statement
    /// saying") gives way to the name before its preposition, else to the
    /// subject of the sentence.
    fn better_than_desc(&self, f: Found, lo: usize) -> Found {
        if !matches!(f.np, Np::Desc { .. }) || self.resolve(&f).speaker.is_some() {
            return f;
        }
        let s = f.at.start;
        // "after its president accused", "before the envoy said": "after",
        // "before" open a clause of their own whose subject the
        // description is, not a prepositional phrase; it names no one
        // known, and neither the name before it nor the sentence's subject
        // speaks for it.
        if s > lo && has(&["after", "before"], self.lw(s - 1)) {
            return f;
        }
        if s > lo && self.is_word(s - 1) && has(PREPS, self.lw(s - 1)) {
            if let Some((np @ (Np::Name { .. } | Np::Pronoun { .. }), at)) = self.np_backward(s - 1, lo) {
                return Found { np, at, ..f };
            }
        }
        match self.sentence_subject(lo, s) {
            Some((Np::Name { ent }, at, _))
                if self.names.ents[ent].person || self.names.ents[ent].org || at.start == self.first_word(lo) =>
            {
                Found { np: Np::Name { ent }, at, ..f }
            }
            Some((np @ Np::Pronoun { .. }, at, _)) => Found { np, at, ..f },
            _ => f,
        }
    }

    /// `in what NAME called “...”`, `which NAME described as “...”`: a
    /// reporting verb right before the quote whose subject follows a
    /// relative pronoun.
    fn relative_cue(&self, lo: usize, end: usize) -> Option<Found> {
        let mut v = end.checked_sub(1)?;
        let as_ = v > lo && self.lw(v) == "as";
        if v > lo && has(&["as", "it", "them", "him", "her"], self.lw(v)) {
            v -= 1;
        }
        // "which Tehran sees as “...”": a verb of judging before "as".
        let judging = as_
            && !self.q(v)
            && has(&["see", "sees", "saw", "regard", "regards", "regarded", "view", "views", "viewed"], self.lw(v));
        if v <= lo || !(self.cue_at(v) || judging) {
            return None;
        }
        let (np, at) = self.np_backward(v, lo)?;
        let mut p = at.start;
        while p > lo + 1 && p + 3 > at.start && (is_title(self.lw(p - 1)) || is_person_title(self.lw(p - 1))) {
            p -= 1;
        }
        let rel = p > lo && has(&["what", "which"], self.lw(p - 1));
        (rel && matches!(np, Np::Name { .. })).then(|| Found {
            np,
            at,
            cue: Some(self.lw(v).into()),
            rule: SpeakerRule::BeforeQuote,
            end: v + 1,
        })
    }

    /// `A said “...” while NAME said, “...”`: a reporting verb right before
    /// the quote (after a comma or colon at most) governs it, whatever
    /// other reporting clause opened the sentence. Only a person named as
    /// its subject counts.
    fn adjacent_cue(&self, lo: usize, end: usize, rule: SpeakerRule) -> Option<Found> {
        let mut v = end.checked_sub(1)?;
        if v > lo && self.is_punct(v, &[',', ':']) {
            v -= 1;
        }
        if v <= lo || !self.cue_at(v) || self.w(v).ends_with("ing") {
            return None;
        }
        let (Np::Name { ent }, at) = self.np_backward(v, lo)? else { return None };
        let (ent, at) = self.opening_subject(lo, at.clone()).map_or((ent, at), |m| (m.ent, m.full.clone()));
        let e = &self.names.ents[ent];
        // "a source speaking to Fox News said": an object, not the subject.
        let object = at.start > lo && self.is_word(at.start - 1) && has(PREPS, self.lw(at.start - 1));
        (e.person && !object).then(|| Found {
            np: Np::Name { ent },
            at,
            cue: Some(self.lw(v).into()),
            rule,
            end: v + 1,
        })
    }

    /// `Norland expelled two envoys, with its police saying they had “...”`,
    /// `..., with Ana Ruiz telling reporters the plan was “...”`: a clause
    /// opened by "with" whose own subject goes on to a reporting verb in
    /// -ing speaks the quote, not the subject of the main clause.
    fn with_absolute(&self, lo: usize, end: usize, rule: SpeakerRule) -> Option<Found> {
        let stop = lo.max(end.saturating_sub(40));
        let with = (stop..end).rev().find(|&k| !self.q(k) && self.lw(k) == "with")?;
        let (np, at, e) = self.np_forward(with + 1, end)?;
        let v = self.skip_adverbs(e, end);
        if v >= end || !self.cue_at(v) || !self.lw(v).ends_with("ing") {
            return None;
        }
        // Nothing between that reports again or ends the sentence.
        if (v + 1..end).any(|k| self.q(k) || self.cue_at(k) || self.is_punct(k, &['.', '!', '?', ';'])) {
            return None;
        }
        Some(Found { np, at, cue: Some(self.lw(v).into()), rule, end: v + 1 })
    }

    /// `Ek has called the pact “...,” and Ruiz, who says it is “...”`,
    /// `Ek said they feared a repeat of 1992, when Ruiz called for a
    /// “...”`: a later reporting clause, its subject a person named right
    /// before its verb and no comma between the verb and the quote,
    /// governs the quote rather than an earlier one of the sentence that
    /// does not report it.
    fn nearest_cue(&self, lo: usize, end: usize, rule: SpeakerRule) -> Option<Found> {
        let stop = lo.max(end.saturating_sub(25));
        let v = (stop..end).rev().find(|&k| self.cue_at(k))?;
        if self.lw(v).ends_with("ing")
            || (v + 1..end).any(|k| self.q(k) || self.is_punct(k, &[',', '.', '!', '?', ';', '(', ')']))
        {
            return None;
        }
        let (Np::Name { ent }, at) = self.np_backward(v, lo)? else { return None };
        // Only when an earlier reporting clause would otherwise decide, and
        // not when that clause reports this one ("Ek said that Ruiz had
        // agreed to “...”": Ek speaks): a comma, a quote or a word that
        // opens a clause of its own ("when", "who") must part them.
        let u = (lo..at.start).rev().find(|&k| self.cue_at(k))?;
        let parted = (u + 1..at.start).any(|k| {
            self.q(k)
                || self.is_punct(k, &[',', ';', ':', '(', '\u{2014}', '\u{2013}'])
                || has(&["who", "whom", "whose", "which", "when", "while", "as", "because", "if", "but"], self.lw(k))
        });
        // "he and Ruiz agreed": one of two who speak together.
        let joint = at.start > lo + 1
            && has(&["and", "or"], self.lw(at.start - 1))
            && self.is_word(at.start - 2)
            && !self.q(at.start - 2);
        if !parted || joint {
            return None;
        }
        let object = at.start > lo && self.is_word(at.start - 1) && has(PREPS, self.lw(at.start - 1));
        (self.names.ents[ent].person && !object).then(|| Found {
            np: Np::Name { ent },
            at,
            cue: Some(self.lw(v).into()),
            rule,
            end: v + 1,
        })
    }

    /// `Ek seized on Ana Ruiz’s claim that the port had “...”`, `the
    /// minister's remark that the talks were “...”`: words of speech owned
    /// by a name or a description, followed by "that" and the quote with
    /// no reporting verb between, are the owner's, whoever the sentence's
    /// subject is.
    fn possessor_claim(&self, lo: usize, end: usize, close: Option<usize>, rule: SpeakerRule) -> Option<Found> {
        let stop = lo.max(end.saturating_sub(30));
        let that = (stop..end).rev().find(|&k| self.lw(k) == "that" && k > lo + 1 && has(SPEECH, self.lw(k - 1)))?;
        if (that + 1..end).any(|k| self.q(k) || self.cue_at(k) || self.is_punct(k, &['.', '!', '?', ';', ':'])) {
            return None;
        }
        let owner = that - 2;
        if !self.is_word(owner) || !strip_possessive(self.w(owner)).1 {
            return None;
        }
        // "Ek said Ruiz's claim that ... was “...”": the claim is what Ek
        // speaks of; Ek speaks.
        if (lo..owner).any(|k| self.cue_at(k)) {
            return None;
        }
        // "Ruiz's claim that “port reform” measures were ...", "Ek's
        // remark that the meaning of “neutral” is open": words the clause
        // goes on about are a term it uses, not what was claimed; the
        // claim's words end the clause.
        let close = close?;
        let after = close + 1;
        let ends = after >= self.toks.len()
            || self.is_punct(close - 1, &[',', '.', ';', '!', '?'])
            || !self.is_word(after)
            || has(PREPS, self.lw(after))
            || has(CLAUSE, self.lw(after));
        if !ends {
            return None;
        }
        let m = self.names.at(owner).filter(|m| m.full.end == owner + 1 && m.full.start >= lo)?;
        let e = &self.names.ents[m.ent];
        (e.person || e.org).then(|| Found {
            np: Np::Name { ent: m.ent },
            at: m.full.clone(),
            cue: Some(self.lw(that - 1).into()),
            rule,
            end: that,
        })
    }

    /// `Ana Ruiz’s “open door” remark`, `the Council’s “red line”
    /// warning`: a quote right after a possessive name and right before a
    /// noun of speech is the owner's words, whoever the sentence's subject
    /// is. A person or a body only; "Norland’s “special” status" owns no
    /// words.
    fn owned_quote(&self, lo: usize, end: usize, close: Option<usize>, rule: SpeakerRule) -> Option<Found> {
        let owner = end.checked_sub(1).filter(|&k| k >= lo && self.is_word(k) && !self.q(k))?;
        // The noun as written in lowercase: a headline's capitals ("Over
        // Varna’s ‘...’ Statement") tell nothing of who owns what.
        let noun = close? + 1;
        if !strip_possessive(self.w(owner)).1 || !has(SPEECH, self.w(noun)) {
            return None;
        }
        let m = self.names.at(owner).filter(|m| m.full.end == owner + 1 && m.full.start >= lo)?;
        let e = &self.names.ents[m.ent];
        (e.person || e.org).then(|| Found { np: Np::Name { ent: m.ent }, at: m.full.clone(), cue: None, rule, end })
    }

    /// `he said, “...”, according to CCTV`: a whole sentence quoted right
    /// after `NAME said,` or `he said:` belongs to that subject, whatever
    /// source the rest of the sentence cites.
    pub(crate) fn introduced(&self, s: &Span) -> Option<Found> {
        let o = s.open;
        let capital = self.text[s.content.clone()].chars().next().is_some_and(char::is_uppercase);
        if !capital || o < s.para_start + 3 || !self.is_punct(o - 1, &[',', ':']) {
            return None;
        }
        let v = o - 2;
        let lo = self.sentence_start(o, s.para_start);
        if v <= lo || !self.cue_at(v) || self.w(v).ends_with("ing") {
            return None;
        }
        let rule = if self.is_punct(o - 1, &[':']) { SpeakerRule::Colon } else { SpeakerRule::BeforeQuote };
        let (np, at) = match self.np_backward(v, lo)? {
            (Np::Name { ent }, at) => match self.opening_subject(lo, at.clone()) {
                Some(m) => (Np::Name { ent: m.ent }, m.full.clone()),
                None => (Np::Name { ent }, at),
            },
            found @ (Np::Pronoun { male: Some(_) }, _) => found,
            _ => return None,
        };
        if let Np::Name { ent } = np {
            let object = at.start > lo && self.is_word(at.start - 1) && has(PREPS, self.lw(at.start - 1));
            if !self.names.ents[ent].person || object {
                return None;
            }
        }
        Some(Found { np, at, cue: Some(self.lw(v).into()), rule, end: v + 1 })
    }

    /// Where the main clause starts in a sentence `lo..end` opened by a
    /// subordinate clause ("After Ruiz criticized him, Ek said"): the
    /// token after the clause's comma.
    fn subordinate_end(&self, lo: usize, end: usize) -> Option<usize> {
        let first = self.first_word(lo);
        if !has(
            &["after", "when", "while", "as", "although", "though", "before", "since", "if", "because", "once"],
            self.lw(first),
        ) {
            return None;
        }
        (first + 1..end.min(first + 40))
            .find(|&k| self.q(k) || self.is_punct(k, &[',']))
            .filter(|&k| !self.q(k))
            .map(|k| k + 1)
    }

    /// `NAME said: “...”`, `NAME said “...”`, `NAME warned of a “partial”`.
    /// With `subject`, falls back on the subject of the sentence.
    pub(crate) fn before_quote(&self, s: &Span, subject: bool) -> Option<Found> {
        let o = s.open;
        let mut end = o;
        let mut para_start = s.para_start;
        let mut colon = o > para_start && self.is_punct(o - 1, &[':']);
        if o == s.para_start && o >= 2 && self.is_punct(o - 2, &[':']) {
            // "Xi said:" closing the previous paragraph.
            end = o - 2;
            colon = true;
            para_start = self.para_start_of(end);
        }
        let lo = self.sentence_start(end, para_start);
        let rule = if colon { SpeakerRule::Colon } else { SpeakerRule::BeforeQuote };
        // "After Ruiz criticized him, Ek said “...”": the main clause first;
        // but "in what Ruiz called “...”" names the quote's own speaker.
        // Past a subordinate clause the main clause's own subject speaks
        // ("After Brown criticized him, Hillary shot back, “...”"), except
        // after "as", whose clause reports ("As Marcus puts it, ...").
        let reports = self.lw(self.first_word(lo)) == "as";
        let main = self.subordinate_end(lo, end).and_then(|c| self.clause(c, end, rule, !reports));
        if let Some(f) = self
            .relative_cue(lo, end)
            .or_else(|| self.adjacent_cue(lo, end, rule))
            .or_else(|| self.with_absolute(lo, end, rule))
            .or_else(|| self.nearest_cue(lo, end, rule))
            .or_else(|| self.possessor_claim(lo, end, s.close, rule))
            .or_else(|| self.owned_quote(lo, end, s.close, rule))
            .or(main)
            .or_else(|| self.clause(lo, end, rule, false))
        {
            return Some(f);
        }
        if let Some(f) = self.label_with_aside(s.para_start, o).filter(|_| colon && end == o) {
            return Some(f);
        }
        if colon && end == o && o >= 2 {
            // "... - Jane Roe: “...”": a name right before the colon.
            if let Some(m) = self.names.at(o - 2).filter(|m| m.full.end == o - 1 && m.full.start >= lo) {
                let e = &self.names.ents[m.ent];
                if e.person || e.org {
                    return Some(Found {
                        np: Np::Name { ent: m.ent },
                        at: m.full.clone(),
                        cue: None,
                        rule,
                        end: o - 1,
                    });
                }
            }
        }
        if subject || colon {
            if let Some((np, at, verb)) = self.sentence_subject(lo, end) {
                if self.later_subject(lo, verb, end, &np) {
                    // The quote hangs on the later clause; its subject did
                    // not report it either, so no one is named.
                    return Some(Found {
                        np: Np::Desc { words: Vec::new() },
                        at,
                        cue: Some(self.lw(verb).into()),
                        rule,
                        end,
                    });
                }
                return Some(Found { np, at, cue: Some(self.lw(verb).into()), rule, end: verb + 1 });
            }
            return self.qualified_phrase(lo, end, rule).or_else(|| self.naming_object(lo, end, rule));
        }
        None
    }

    /// `Ek sent the note after Ruiz published “...”`, `a rally at which
    /// Ruiz urged crowds to “...”`, `While touring the port, Berg called
    /// it “...”`: with no reporting verb before the quote, the subject of
    /// the sentence's first verb (at `verb`) is not the quote's speaker
    /// when, before the quote, a clause of its own follows (opened by a
    /// word like "which", "after", "while" or a comma) whose subject is
    /// another name, right after the opener (titles allowed), followed by
    /// a verb. That later clause carries the quote; a pronoun as its
    /// subject may stand for the first subject and changes nothing. Not
    /// in a sentence opened by "as" ("As Ek put it, Ruiz is ..."), whose
    /// first clause reports the rest.
    fn later_subject(&self, lo: usize, verb: usize, end: usize, first: &Np) -> bool {
        const OPENERS: &[&str] = &[
            "which", "who", "whom", "whose", "where", "when", "while", "whereas", "after", "before", "because",
            "since", "until", "although", "though", "once",
        ];
        const AUX: &[&str] = &["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"];
        if self.lw(self.first_word(lo)) == "as" {
            return false;
        }
        for k in verb + 1..end {
            if self.q(k) || self.cue_at(k) {
                return false;
            }
            let opener = (self.is_word(k) && has(OPENERS, self.lw(k))) || self.is_punct(k, &[',']);
            if !opener {
                continue;
            }
            let mut j = k + 1;
            while j < end.min(k + 4) && self.is_word(j) && !self.q(j) && self.names.at(j).is_none() {
                let w = self.w(j);
                let lw = w.to_lowercase();
                if w != lw || !(lw == "the" || is_title(&lw) || is_person_title(&lw) || is_agent_noun(&lw)) {
                    break;
                }
                j += 1;
            }
            let Some(m) = self.names.at(j).filter(|m| m.full.start == j && m.full.end < end) else { continue };
            if matches!(first, Np::Name { ent } if *ent == m.ent) || strip_possessive(self.w(m.full.end - 1)).1 {
                continue;
            }
            // "while Ana Ruiz, the port's mayor, proposed": past an aside.
            let mut after = m.full.end;
            if self.is_punct(after, &[',']) {
                if let Some(c) =
                    (after + 2..end.min(after + 10)).find(|&c| self.q(c) || self.is_punct(c, &[',', '.', ';']))
                {
                    if self.is_punct(c, &[',']) && has(DETERMINERS, self.lw(after + 1)) {
                        after = c + 1;
                    }
                }
            }
            let v = self.skip_adverbs(after, end);
            if v >= end || !self.is_word(v) || self.q(v) {
                continue;
            }
            let w = self.w(v);
            let lw = w.to_lowercase();
            let verb_like = w == lw
                && (has(AUX, &lw)
                    || (!has(NON_VERBS, &lw)
                        && !has(PREPS, &lw)
                        && !has(DETERMINERS, &lw)
                        && !lw.ends_with("ly")
                        && !is_title(&lw)
                        && !is_person_title(&lw)
                        && !is_agent_noun(&lw)));
            if verb_like {
                return true;
            }
        }
        false
    }

    /// `signs calling Ek “...”`: a verb of naming whose object, a name,
    /// stands right before the quote. The quote is what the clause names
    /// it; who does is left open (the name is no speaker), and the quote
    /// stays.
    fn naming_object(&self, lo: usize, end: usize, rule: SpeakerRule) -> Option<Found> {
        (lo..end).find_map(|v| {
            if self.q(v) || !self.is_word(v) || !is_naming(self.lw(v)) || !self.cue_at(v) {
                return None;
            }
            let k = self.skip_adverbs(v + 1, end);
            let (_, at, e) = self.np_forward(k, end).filter(|(np, _, e)| matches!(np, Np::Name { .. }) && *e == end)?;
            Some(Found { np: Np::Desc { words: Vec::new() }, at, cue: Some(self.lw(v).into()), rule, end: e })
        })
    }

    /// `Berg, a Norland native who ..., “...”`: when the only subject
    /// found before the quote is a place or body that qualifies a noun
    /// ([`Self::qualifies_noun`]), the quote still hangs on that phrase,
    /// but it names no one: the quote stays, its speaker left empty rather
    /// than given to the place or body.
    fn qualified_phrase(&self, lo: usize, end: usize, rule: SpeakerRule) -> Option<Found> {
        let (_, at, verb) = self.subject_of(lo, end, false)?;
        Some(Found {
            np: Np::Desc { words: Vec::new() },
            at: at.start..verb + 1,
            cue: Some(self.lw(verb).into()),
            rule,
            end: verb + 1,
        })
    }

    fn para_start_of(&self, end: usize) -> usize {
        let stop = end.saturating_sub(BEFORE);
        self.steps.add((end - stop) as u64);
        (stop..end).rev().find(|&k| self.toks[k].class == Class::Break).map_or(stop, |b| b + 1)
    }

    /// A quote that starts its sentence with no cue of its own: the
    /// reporting clause of the sentence before ("Zhang said that ... .
    /// “...”"), in the same paragraph or ending the previous one.
    pub(crate) fn previous_sentence(&self, s: &Span) -> Option<Found> {
        let o = s.open;
        let lo = self.sentence_start(o, s.para_start);
        if lo != o {
            return None;
        }
        let (end, para_start) = if o == s.para_start {
            if o < 2 || self.toks[o - 1].class != Class::Break {
                return None;
            }
            (o - 1, self.para_start_of(o - 1))
        } else {
            (o, s.para_start)
        };
        // Skip the sentence-final punctuation.
        let mut e = end;
        while e > para_start && matches!(self.toks[e - 1].class, Class::Punct | Class::Mark) && !self.q(e - 1) {
            e -= 1;
        }
        if e == para_start || self.q(e - 1) {
            return None;
        }
        let lo = self.sentence_start(e, para_start);
        if let Some(mut f) = self.clause(lo, e, SpeakerRule::Continuation, false) {
            f.rule = SpeakerRule::Continuation;
            return Some(f);
        }
        // "Ek tweeted a warning. “...”", "Ruiz chimed in. “...”": with no
        // reporting verb, a quote of a few words or more that opens its
        // sentence right after a sentence whose subject, opening it, is a
        // named person is that person's. Not when the quote names that
        // person ("Secretary Ek also offered ..." is a readout about Ek),
        // nor when the name is counted ("Two Norlanders were hurt").
        let content = &self.text[s.content.clone()];
        if content.split_whitespace().count() < 4 {
            return None;
        }
        let (np, at, _) = self.sentence_subject(lo, e)?;
        if at.start != self.first_word(lo) {
            return None;
        }
        let f = Found { np, at, cue: None, rule: SpeakerRule::Continuation, end: e };
        // "He also wished them well. “...”": a pronoun stands for the
        // person it resolves to.
        let ent = match f.np {
            Np::Name { ent } => ent,
            Np::Pronoun { male: Some(_) } => self.resolve(&f).ent?,
            _ => return None,
        };
        let ent_ = &self.names.ents[ent];
        let counted = ent_.words.first().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || has(
                    &[
                        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "several",
                        "some",
                    ],
                    w,
                )
        });
        let named_inside = content.split(|c: char| !c.is_alphanumeric()).any(|w| {
            w.len() > 2 && w.starts_with(char::is_uppercase) && ent_.words.iter().any(|n| *n == w.to_lowercase())
        });
        // "“...” Ek went on.", "“...” she emailed her daughter": a
        // sentence that goes on after the quote has a subject of its own,
        // whatever its verb; only the same person may follow. "“...”
        // After all, ..." opens a new sentence.
        let goes_on = s.close.is_some_and(|c| {
            let k = (c + 1..self.toks.len().min(c + 3)).find(|&k| !self.is_punct(k, &[','])).unwrap_or(c + 1);
            let other = self.names.at(k).filter(|m| m.full.start == k).map(|m| m.ent);
            // After a quote that ends its sentence, a capital word opens the
            // next sentence unless it is a name.
            let new_sentence = content.trim_end().ends_with(['.', '!', '?'])
                && self.w(k).starts_with(char::is_uppercase)
                && other.is_none();
            k < self.toks.len() && self.is_word(k) && other != Some(ent) && !new_sentence
        });
        (ent_.person && !counted && !named_inside && !goes_on).then_some(f)
    }

    /// A country standing for its official ("Venezuela rejects ...", in an
    /// article that quotes Venezuela's foreign minister): the person of
    /// that country with the most quotes among `quoted` (quote count and
    /// entity, most quoted first), if any.
    pub(crate) fn country_official(&self, ent: usize, quoted: &[(usize, usize)]) -> Option<usize> {
        let e = &self.names.ents[ent];
        if e.person || e.org || e.words.len() > 2 || e.words.iter().any(|w| is_title(w)) {
            return None;
        }
        let country = e.words.join(" ");
        let mut best: Option<(usize, usize)> = None;
        for &(n, p) in quoted {
            self.steps.add(1);
            let pe = &self.names.ents[p];
            if n == 0 || !pe.person || p == ent {
                continue;
            }
            let of_country = pe.titles.iter().any(|t| {
                let t = t.replace('-', " ");
                t.len() > country.len() && t.starts_with(&country) && is_demonym(&t)
            });
            if of_country && best.is_none_or(|(b, _)| n > b) {
                best = Some((n, p));
            }
        }
        best.map(|(_, p)| p)
    }

    /// Whether a person is named as a subject between tokens `from` and
    /// `to`: opening a sentence, or right before a reporting verb.
    pub(crate) fn subject_between(&self, from: usize, to: usize) -> bool {
        let k = self.names.first_from(from);
        for (n, m) in self.names.mentions[k..].iter().enumerate() {
            self.steps.add(1);
            if m.full.start >= to {
                return false;
            }
            if n >= 30 {
                // Too many names to tell: assume someone else spoke.
                return true;
            }
            if !self.names.ents[m.ent].person {
                continue;
            }
            let s = m.full.start;
            let opens = s == 0
                || matches!(self.toks[s - 1].class, Class::Break)
                || self.is_punct(s - 1, &['.', '!', '?'])
                || self.first_word(self.sentence_start(s, s.saturating_sub(BEFORE))) == s;
            // "The spokesperson, Mila Horvatek, was more guarded".
            let apposed = s > 0 && self.is_punct(s - 1, &[',']) && self.is_punct(m.full.end, &[',']);
            if opens || apposed || self.cue_at(self.skip_adverbs(m.full.end, m.full.end + 4)) {
                return true;
            }
        }
        false
    }

    /// Whether a mention stands as the subject of its clause: it opens its
    /// sentence, or a lowercase verb follows it, and no preposition
    /// precedes it.
    fn is_subject(&self, m: &super::names::Mention) -> bool {
        let s = m.full.start;
        if s > 0 && self.is_word(s - 1) && has(PREPS, self.lw(s - 1)) {
            return false;
        }
        if strip_possessive(self.w(m.full.end - 1)).1 {
            return false;
        }
        let opens = s == 0
            || matches!(self.toks[s - 1].class, Class::Break)
            || self.is_punct(s - 1, &['.', '!', '?'])
            || self.first_word(self.sentence_start(s, s.saturating_sub(BEFORE))) == s;
        let k = self.skip_adverbs(m.full.end, m.full.end + 4);
        let verb = self.is_word(k) && !self.q(k) && {
            let w = self.w(k);
            w.chars().next().is_some_and(char::is_lowercase)
                && !has(PREPS, w)
                && !has(CLAUSE, w)
                && !has(&["and", "or", "nor"], w)
        };
        opens && !self.is_punct(m.full.end, &[',']) || verb
    }

    /// Whether token `k` lies in a line that ends before token `at` with a
    /// word, not a sentence's end: "Ana Ruiz hugs Tom Ek after the vote"
    /// under a photo, "Norland bars entry to Ana Ruiz" linking another
    /// story. Such a line names people without saying anything of them
    /// that a later "he" or "she" carries on.
    fn in_bare_line(&self, k: usize, at: usize) -> bool {
        let lim = at.min(k + 60);
        let Some(b) = (k..lim).find(|&t| self.toks[t].class == Class::Break) else { return false };
        // A word that carries its period ("U.S.") ends a sentence too.
        b > 0 && self.toks[b - 1].class == Class::Word && !self.q(b - 1) && !self.w(b - 1).ends_with('.')
    }

    /// Whether entity `ent` is a one-word name, neither a person nor a
    /// body as far as the article shows, of the sex pronoun `np` asks for
    /// or of none shown.
    pub(crate) fn bare_name_fits(&self, np: &Np, ent: usize) -> bool {
        let e = &self.names.ents[ent];
        let Np::Pronoun { male: Some(m) } = np else { return false };
        !e.person && !e.org && e.words.len() == 1 && e.fits(Some(*m)) && !is_demonym(&e.words[0])
    }

    /// For each entity, whether the article writes it as a place: a
    /// mention right after "in", "at", "from", "to", "into", "near" or
    /// "across" ("told reporters in Ottawa").
    pub(crate) fn placed_entities(&self) -> Vec<bool> {
        let mut placed = vec![false; self.names.ents.len()];
        for m in &self.names.mentions {
            let s = m.full.start;
            if s > 0
                && self.is_word(s - 1)
                && has(&["in", "at", "from", "to", "into", "near", "across"], self.lw(s - 1))
            {
                placed[m.ent] = true;
            }
        }
        placed
    }

    /// Whether entity `ent` is a person that pronoun `np` may refer to.
    pub(crate) fn pronoun_fits(&self, np: &Np, ent: usize) -> bool {
        let e = &self.names.ents[ent];
        match np {
            Np::Pronoun { male: Some(m) } => e.person && e.fits(Some(*m)),
            _ => false,
        }
    }

    /// Resolves the words of `f` to a speaker.
    pub(crate) fn resolve(&self, f: &Found) -> Attr {
        let mention = Some(self.text[self.toks[f.at.start].start..self.toks[f.at.end - 1].end].to_string());
        // Not "Officials": a vague many, not an office two people hold.
        let plural_title = |w: &str| w != "officials" && w.strip_suffix('s').is_some_and(is_person_title);
        let (speaker, rule) = match &f.np {
            Np::Name { ent } if f.at.start > 0 && self.lw(f.at.start - 1) == "the" && self.nationality(*ent) => {
                // "the Russian said", "the American told": one of that
                // nation, not a name; which one is not resolved.
                (None, SpeakerRule::Description)
            }
            Np::Name { ent }
                if self.names.ents[*ent].words.iter().all(|w| is_title(w) || plural_title(w))
                    && self.names.ents[*ent].words.last().is_some_and(|w| plural_title(w)) =>
            {
                // "The Ambassadors call on ...", "The Foreign Ministers
                // said": capitals made of titles in the plural name people
                // of that office, the two named together last, or no one.
                (self.pair(f.at.start, false), SpeakerRule::Description)
            }
            Np::Name { ent }
                if self.names.ents[*ent].words.iter().all(|w| is_title(w) || is_person_title(w))
                    && self.names.ents[*ent].words.last().is_some_and(|w| is_person_title(w)) =>
            {
                // "Norland’s PM warns", "the EU Commission President said":
                // capitals made only of titles name an office, not a
                // person; it is read as "the prime minister", the person the
                // article gave that office, or no one.
                let words: Vec<String> =
                    std::iter::once("the".to_string()).chain(self.names.ents[*ent].words.iter().cloned()).collect();
                (self.description(&words, f.at.start), SpeakerRule::Description)
            }
            Np::Name { ent } if self.office_of(*ent, f.at.clone()).is_some() => {
                // "the two Head of States agreed", "the Minister of Finance
                // said": the capitals after "of" only complete an office;
                // the whole phrase is a description, never its tail alone.
                let (plural, lo) = self.office_of(*ent, f.at.clone()).unwrap_or((false, f.at.start));
                let words: Vec<String> =
                    std::iter::once("the".to_string()).chain((lo..f.at.end).map(|k| self.lw(k).into())).collect();
                let sp = if plural { self.pair(lo, false) } else { self.description(&words, lo) };
                let sp = sp.filter(|sp| *sp != self.names.ents[*ent].name);
                (sp, SpeakerRule::Description)
            }
            Np::Name { ent }
                if self.names.ents[*ent].words.len() >= 2
                    && self.names.ents[*ent].words.last().is_some_and(|w| {
                        let w = w.to_lowercase();
                        is_person_title(&w) && !has(SPOKESPEOPLE, &w) && w != "official"
                    })
                    && f.at.start > 0
                    && self.lw(f.at.start - 1) == "the" =>
            {
                // "The Norland President said", "The EU Commission
                // President said": an office written in capitals after
                // "the" is no person but a description of its holder, one
                // the article gave that title; else no one.
                let words: Vec<String> = std::iter::once("the".to_string())
                    .chain(self.names.ents[*ent].words.iter().map(|w| w.to_lowercase()))
                    .collect();
                let head = words.last().map_or("", String::as_str);
                let sp = self.description(&words, f.at.start).filter(|sp| {
                    self.names.entity_named(sp).is_some_and(|e| {
                        let e = &self.names.ents[e];
                        e.has_title(head)
                    })
                });
                (sp, SpeakerRule::Description)
            }
            Np::Name { ent } if !self.names.ents[*ent].person => {
                // "Pacific Island leaders", "ASEAN foreign ministers": a place
                // or body before a plural of people is that collective, named
                // as written.
                match self.collective_end(f.at.end) {
                    Some(k) => (Some(self.text[self.toks[f.at.start].start..self.toks[k - 1].end].to_string()), f.rule),
                    None => (Some(self.names.ents[*ent].name.clone()), f.rule),
                }
            }
            Np::Name { ent } => {
                (self.coordinated(*ent, f.at.clone()).or_else(|| Some(self.names.ents[*ent].name.clone())), f.rule)
            }
            Np::Pronoun { male: None } => {
                // "they" of no two people: ministers or leaders named as a
                // collective in the last few sentences.
                let sp = self.pair(f.at.start, true).or_else(|| {
                    ["ministers", "leaders"].iter().find_map(|h| self.collective_named(f.at.start, h, 200))
                });
                (sp, SpeakerRule::Pronoun)
            }
            Np::Pronoun { male } => (self.antecedent(f.at.start, *male), SpeakerRule::Pronoun),
            Np::Desc { words } if words.last().is_some_and(|w| has(NATIONS, w)) => {
                (self.places(f.at.start), SpeakerRule::Description)
            }
            Np::Desc { words } if words.last().is_some_and(|w| has(GROUPS, w)) => {
                let sp = self.pair(f.at.start, false);
                // "the two sides" of talks between countries.
                let sp = if sp.is_none() && words.last().is_some_and(|w| w == "sides") {
                    self.places(f.at.start)
                } else {
                    sp
                };
                // "the ministers" of no two people named, as a subject (not
                // "meetings of the leaders"): the body's ministers the
                // article named before, if any.
                let a = f.at.start;
                let object = a > 0 && self.is_word(a - 1) && has(PREPS, self.lw(a - 1));
                let sp =
                    sp.or_else(|| words.last().filter(|_| !object).and_then(|h| self.collective_named(a, h, 1500)));
                (sp, SpeakerRule::Description)
            }
            Np::Desc { words }
                if words.len() >= 3
                    && has(&["a", "an"], &words[0])
                    && words.last().is_some_and(|w| is_person_title(w))
                    && words[1..].iter().all(|w| !has(PREPS, w) && !has(CLAUSE, w))
                    || words.len() >= 4
                        && has(&["a", "an"], &words[0])
                        && is_person_title(&words[1])
                        && words[2] == "for" =>
            {
                // "a Commission spokesperson said", "a senior EU official
                // said": no one is named, so the description as written is
                // the speaker, without an aside after it ("a European
                // diplomat, who asked not to be named,").
                (
                    mention.as_deref().map(|m| m.split(',').next().unwrap_or(m).trim().to_string()),
                    SpeakerRule::Description,
                )
            }
            Np::Desc { words }
                if words.len() >= 2
                    && strip_possessive(&words[0]).1
                    && words
                        .last()
                        .is_some_and(|w| is_person_title(w) && !(has(SPOKESPEOPLE, w) || w == "official")) =>
            {
                // "“...,” India's foreign minister said": an office of a
                // place named by its possessive stands for the person the
                // article gave that office, as "the Indian foreign minister"
                // does; a person named with no office is no sure match, and
                // then the description as written speaks.
                let mut d = vec!["the".to_string(), strip_possessive(&words[0]).0.to_string()];
                d.extend(words[1..].iter().cloned());
                let head = words.last().map_or("", String::as_str);
                let place = strip_possessive(&words[0]).0;
                let titled = self.description(&d, f.at.start).filter(|sp| {
                    self.names.entity_named(sp).is_some_and(|e| {
                        let e = &self.names.ents[e];
                        // "Iranian Foreign Minister Abbas Rahimi" is not
                        // "Norland's foreign minister".
                        let other_nation = e.titles.iter().any(|t| is_demonym(t) && !same_nation(t, place));
                        !other_nation && (e.has_title(head) || related_titles(head).iter().any(|t| e.has_title(t)))
                    })
                });
                (titled.or_else(|| mention.clone()), SpeakerRule::Description)
            }
            Np::Desc { words } if words.first().is_some_and(|w| strip_possessive(w).1) => {
                (mention.clone(), SpeakerRule::Description)
            }
            Np::Desc { words } if words.iter().any(|w| has(DOCUMENTS, w)) => {
                (self.issuer(words, f.at.clone()), SpeakerRule::Description)
            }
            Np::Desc { words } => {
                (self.acronym(f.at.clone()).or_else(|| self.description(words, f.at.start)), SpeakerRule::Description)
            }
        };
        let rule = if f.rule == SpeakerRule::Continuation { SpeakerRule::Continuation } else { rule };
        let rule = if speaker.is_some() { Some(rule) } else { None };
        let ent = match f.np {
            Np::Name { ent } if self.office_of(ent, f.at.clone()).is_none() => Some(ent),
            _ => speaker.as_deref().and_then(|sp| self.names.entity_named(sp)),
        };
        Attr { speaker, ent, mention, rule, cue: f.cue.clone() }
    }

    /// Whether the words `at` of a mention of entity `ent` are an office
    /// whose capitals after "of" are all the entity holds: "Head of
    /// States", "Ministers of Foreign Affairs", or "Heads of" written just
    /// before them, in capitals. With the token where the office starts,
    /// and `true` when it names more than one holder (a plural title, or
    /// "two"/"both"/"three" before); `None` when they are no such office.
    fn office_of(&self, ent: usize, at: Range<usize>) -> Option<(bool, usize)> {
        let title = |w: &str| is_title(w) || is_person_title(w);
        let is_title_word = |k: usize| {
            let w = self.lw(k);
            title(w) || w.strip_suffix('s').is_some_and(title)
        };
        // "of" inside the mention ("Head of States"), or just before it
        // ("Heads of" + "Government").
        let (lo, of) = match at.clone().find(|&k| self.lw(k) == "of") {
            Some(of) => (at.start, of),
            None if at.start >= 2
                && self.lw(at.start - 1) == "of"
                && self.w(at.start - 2).starts_with(char::is_uppercase)
                && is_title_word(at.start - 2) =>
            {
                let mut lo = at.start - 2;
                while lo > 0
                    && self.is_word(lo - 1)
                    && self.w(lo - 1).starts_with(char::is_uppercase)
                    && is_title_word(lo - 1)
                {
                    lo -= 1;
                }
                (lo, at.start - 1)
            }
            None => return None,
        };
        if of == lo || of + 1 >= at.end {
            return None;
        }
        let titles = (lo..of).all(is_title_word);
        let tail: Vec<String> = (of + 1..at.end).map(|k| self.lw(k).into()).collect();
        let ent_words = &self.names.ents[ent].words;
        if !titles || ent_words.len() != tail.len() || ent_words.iter().zip(&tail).any(|(a, b)| a != b) {
            return None;
        }
        let head = self.lw(of - 1);
        let many = head.ends_with('s') && !title(head) || lo > 0 && has(&["two", "both", "three"], self.lw(lo - 1));
        Some((many, lo))
    }

    /// Who issued "the statement" (`words`, at tokens `at`): a name after
    /// "by" in the phrase itself, else the speaker of the sentence that
    /// last mentioned such a document ("the ministry said in a statement").
    fn issuer(&self, words: &[String], at: Range<usize>) -> Option<String> {
        let head = words.iter().find(|w| has(DOCUMENTS, w))?;
        let named = |k: usize| {
            self.names.at(k).filter(|m| {
                let e = &self.names.ents[m.ent];
                e.person || e.org
            })
        };
        if let Some(by) = (at.start..at.end).find(|&k| matches!(self.lw(k), "by" | "from")) {
            if let Some(m) = (by + 1..at.end.min(by + 6)).find_map(named) {
                return Some(self.names.ents[m.ent].name.clone());
            }
            let rest = &words[words.iter().position(|w| w == "by" || w == "from")? + 1..];
            return self.description(rest, at.start);
        }
        let _ = head;
        // "The Harbour Council met on Monday. Its statement called ...":
        // "its" points back to the body named last in this sentence or the
        // one before, which issued the document; people and places named
        // after it are no "it" and are passed over.
        if words.first().is_some_and(|w| w == "its") {
            let para = self.para_start_of(at.start);
            let here = self.sentence_start(at.start, para);
            let lo = if here > para { self.sentence_start(here - 1, para) } else { here };
            let upto = self.names.first_from(at.start);
            for m in self.names.mentions[..upto].iter().rev() {
                self.steps.add(1);
                if m.full.start < lo {
                    break;
                }
                let e = &self.names.ents[m.ent];
                if self.q(m.full.start) {
                    continue;
                }
                if e.org {
                    return Some(e.name.clone());
                }
            }
            return None;
        }
        // "Ana Ruiz issued a statement saying ...": an indefinite article
        // brings in a document not mentioned before, so it points back to
        // no earlier one; the clause's subject issued it.
        if words.first().is_some_and(|w| has(&["a", "an", "another"], w)) {
            return None;
        }
        let stop = at.start.saturating_sub(400);
        // The last document mentioned, under any name ("said in a
        // statement" ... "the document says"); one that is itself only
        // described by a document ("The statement referred to ...") points
        // further back.
        let mut hi = at.start;
        for _ in 0..4 {
            let k = (stop..hi).rev().find(|&k| !self.q(k) && self.is_word(k) && has(DOCUMENTS, self.lw(k)))?;
            hi = k;
            if self.lw(k + 1) == "by" || (self.lw(k + 2) == "by" && self.is_word(k + 1)) {
                let by = if self.lw(k + 1) == "by" { k + 1 } else { k + 2 };
                if let Some(m) = (by + 1..by + 6).find_map(named) {
                    return Some(self.names.ents[m.ent].name.clone());
                }
                // "a statement by the ministry of external affairs".
                let rest: Vec<String> = (by + 1..by + 8)
                    .take_while(|&t| self.is_word(t) && !self.q(t))
                    .map(|t| self.lw(t).into())
                    .collect();
                if let Some(sp) = self.description(&rest, k) {
                    return Some(sp);
                }
            }
            // "..., announced the Council in a press release": a verb, then
            // the body or person that spoke, then the document.
            let inn = (k.saturating_sub(5)..k).rev().find(|&t| self.lw(t) == "in" && !self.q(t));
            if let Some(m) = inn.filter(|&t| t > 0 && (t + 1..k).all(|u| self.is_word(u))).and_then(|t| named(t - 1)) {
                let before = m.full.start.saturating_sub(1);
                let cue = if self.lw(before) == "the" { before.saturating_sub(1) } else { before };
                if m.full.end == inn.unwrap_or(0) && before > 0 && self.cue_at(cue) {
                    return Some(self.names.ents[m.ent].name.clone());
                }
            }
            let lo = self.sentence_start(k, self.para_start_of(k));
            let end = (k..self.toks.len().min(k + 60))
                .find(|&e| self.q(e) || self.toks[e].class == Class::Break || self.is_punct(e, &['.', '!', '?']))
                .unwrap_or(k);
            let Some(f) = self.clause(lo, end, SpeakerRule::BeforeQuote, true) else { continue };
            match &f.np {
                Np::Desc { words } if words.iter().any(|w| has(DOCUMENTS, w)) => continue,
                _ => return self.resolve(&f).speaker,
            }
        }
        None
    }

    /// "the MFA" (`at`: "the" and a word of two to six capitals): the body
    /// the article named earlier in full, outside quotes, whose words'
    /// initials spell it ("the ministry of foreign affairs"), with "of",
    /// "and", "for" and "the" between them left out; one of those words
    /// must name an institution (ministry, council, union), so a person
    /// never is the answer. Named with each word capitalised.
    fn acronym(&self, at: Range<usize>) -> Option<String> {
        if at.len() != 2 || self.lw(at.start) != "the" || !self.is_word(at.start + 1) {
            return None;
        }
        let caps = self.w(at.start + 1);
        if !(2..=6).contains(&caps.len()) || !caps.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let letters: Vec<char> = caps.chars().map(|c| c.to_ascii_lowercase()).collect();
        let joins = ["of", "and", "for", "the"];
        let spelt = |k: usize| -> Option<String> {
            let mut name: Vec<String> = Vec::new();
            let (mut i, mut t, mut org) = (0, k, false);
            while i < letters.len() {
                if !self.is_word(t) || self.q(t) {
                    return None;
                }
                let w = self.lw(t);
                if i > 0 && has(&joins, w) {
                    name.push(w.into());
                } else if w.starts_with(letters[i]) && !has(&joins, w) {
                    org |= is_org_head(w);
                    let mut c = self.w(t).chars();
                    name.push(c.next().into_iter().flat_map(char::to_uppercase).chain(c).collect());
                    i += 1;
                } else {
                    return None;
                }
                t += 1;
            }
            // The whole name: no further capitalised word runs on.
            let runs_on = self.is_word(t) && self.w(t).chars().next().is_some_and(char::is_uppercase);
            (org && !runs_on).then(|| name.join(" "))
        };
        let stop = at.start.saturating_sub(2000);
        (stop..at.start).rev().filter(|&k| self.lw(k).starts_with(letters[0])).find_map(spelt)
    }

    /// Two people as one speaker, "A and B", in the order the article
    /// introduced them; `None` when both are one person.
    fn joined(&self, a: usize, b: usize) -> Option<String> {
        // "Presidents Vela and Orsin": a plural title before the first
        // name is no part of it; the person is the one that name ends, or
        // the name without the title when the article names no such one.
        let own = |e: usize| {
            let name = &self.names.ents[e].name;
            let lower = name.to_lowercase();
            let ws: Vec<&str> = lower.split(' ').collect();
            match ws.split_first() {
                Some((t, rest))
                    if !rest.is_empty() && t.strip_suffix('s').is_some_and(|t| is_title(t) || is_person_title(t)) =>
                {
                    let tail = format!(" {}", rest.join(" "));
                    self.steps.add(self.names.ents.len() as u64);
                    let mut who = self
                        .names
                        .ents
                        .iter()
                        .enumerate()
                        .filter(|(o, x)| *o != e && x.person && x.name.to_lowercase().ends_with(&tail));
                    match (who.next(), who.next()) {
                        (Some((o, x)), None) => (o, x.name.as_str()),
                        _ => (e, &name[t.len() + 1..]),
                    }
                }
                _ => (e, name.as_str()),
            }
        };
        // In the order the article introduced them.
        let (a, b) = (own(a), own(b));
        if a.0 == b.0 {
            return None;
        }
        let ((_, x), (_, y)) = if a.0 < b.0 { (a, b) } else { (b, a) };
        Some(format!("{x} and {y}"))
    }

    /// "Ana Ruiz and Tomas Varga said", "“...,” Ruiz and Varga said": the
    /// person named at tokens `at` (entity `ent`) is the second of two
    /// people joined by "and" as one subject, so both speak, as "A and B".
    /// Not the last of a list of three ("Ek, Ruiz and Varga"), nor two
    /// people after a verb or a preposition ("met Ruiz and Varga").
    fn coordinated(&self, ent: usize, at: Range<usize>) -> Option<String> {
        let a = at.start;
        if a < 2 || self.lw(a - 1) != "and" {
            return None;
        }
        let m = self.names.at(a - 2).filter(|m| m.full.end == a - 1 && m.ent != ent)?;
        if !self.names.ents[m.ent].person || !self.names.ents[ent].person {
            return None;
        }
        let s = m.full.start;
        let opens = s == 0 || {
            let p = s - 1;
            if matches!(self.toks[p].class, Class::Break) {
                true
            } else if self.is_punct(p, &[',']) {
                // "In a joint statement, A and B said", not "Ek, A and B".
                p == 0 || !self.names.at(p - 1).is_some_and(|m| m.full.end == p && self.names.ents[m.ent].person)
            } else if self.is_word(p) && !self.q(p) {
                let w = self.lw(p);
                w == "both" || is_title(w) || is_person_title(w) || w.strip_suffix('s').is_some_and(is_person_title)
            } else {
                true
            }
        };
        if !opens {
            return None;
        }
        self.joined(m.ent, ent)
    }

    /// Whether entity `ent` is a nationality: one word shaped like one
    /// ("Russian") whose stem a country the article names shares
    /// ("Russia"); "the Vatican" names no nation of another country.
    fn nationality(&self, ent: usize) -> bool {
        let e = &self.names.ents[ent];
        let [w] = &e.words[..] else { return false };
        let w = w.to_lowercase();
        !e.person
            && !e.org
            && is_demonym(&w)
            && self.names.ents.iter().any(|p| {
                let [pw] = &p.words[..] else { return false };
                let pw = pw.to_lowercase();
                !p.person && !p.org && pw != w && !is_demonym(&pw) && same_nation(&w, &pw)
            })
    }

    /// "they", "the two leaders": two people named together in one of the
    /// last three sentences before token `at`, as "A and B". With
    /// `joined`, only people joined by "and" count ("Ana Ruiz and Tom Ek");
    /// otherwise the two people named last in one sentence do too.
    fn pair(&self, at: usize, joined: bool) -> Option<String> {
        let k = self.names.first_from(at);
        let ms = &self.names.mentions[k.saturating_sub(30)..k];
        self.steps.add(ms.len() as u64 + 1);
        let persons: Vec<&super::names::Mention> =
            ms.iter().filter(|m| self.names.ents[m.ent].person && at - m.full.end < 400).collect();
        let last_sent = persons.last()?.sent;
        for w in persons.windows(2).rev() {
            self.steps.add(1);
            let (a, b) = (w[0], w[1]);
            if a.sent + 2 < last_sent {
                break;
            }
            if a.ent == b.ent || a.sent != b.sent || b.full.start < a.full.end || b.full.start - a.full.end > 6 {
                continue;
            }
            if (a.full.end..b.full.start).any(|t| self.lw(t) == "and") {
                return self.joined(a.ent, b.ent);
            }
        }
        if joined {
            return None;
        }
        let last: Vec<&&super::names::Mention> = persons.iter().filter(|m| m.sent == last_sent).collect();
        let b = last.last()?;
        let a = last.iter().rev().find(|m| m.ent != b.ent)?;
        self.joined(a.ent, b.ent)
    }

    /// "the ministers", "the leaders" (`head`): the last collective of
    /// that plural named before token `at`, outside quotes, within the
    /// last 60 names and 1,500 tokens, as written ("Coral Sea foreign
    /// ministers") or, when written "the foreign ministers of the Coral
    /// Sea Forum", in that order ("Coral Sea Forum foreign ministers").
    fn collective_named(&self, at: usize, head: &str, within: usize) -> Option<String> {
        let k = self.names.first_from(at);
        let ms = &self.names.mentions[k.saturating_sub(60)..k];
        self.steps.add(ms.len() as u64 + 1);
        for m in ms.iter().rev() {
            let (s, e) = (m.full.start, m.full.end);
            if at.saturating_sub(e) > within {
                break;
            }
            let ent = &self.names.ents[m.ent];
            if ent.person || self.q(s) {
                continue;
            }
            let text = |a: usize, b: usize| self.text[self.toks[a].start..self.toks[b - 1].end].to_string();
            if let Some(c) = self.collective_end(e).filter(|&c| self.lw(c - 1) == head) {
                return Some(text(s, c));
            }
            // "the foreign ministers of the Coral Sea Forum('s member states)".
            let mut o = s;
            if o > 0 && self.lw(o - 1) == "the" {
                o -= 1;
            }
            if o < 3 || self.lw(o - 1) != "of" || self.lw(o - 2) != head {
                continue;
            }
            let title = (o >= 4 && is_title(self.lw(o - 3)) && self.lw(o - 4) == "the").then(|| self.w(o - 3));
            if title.is_none() && self.lw(o - 3) != "the" {
                continue;
            }
            let name = text(s, e);
            let name = strip_possessive(&name).0;
            return Some(match title {
                Some(t) => format!("{name} {t} {}", self.w(o - 2)),
                None => format!("{name} {}", self.w(o - 2)),
            });
        }
        None
    }

    /// "the two countries": the last places named together before token
    /// `at` as a list ("Armenia and Azerbaijan", "Chile, Peru and Uruguay").
    fn places(&self, at: usize) -> Option<String> {
        let k = self.names.first_from(at);
        let ms = &self.names.mentions[k.saturating_sub(60)..k];
        self.steps.add(ms.len() as u64 + 1);
        let place = |m: &super::names::Mention| {
            let e = &self.names.ents[m.ent];
            !e.person && !e.org && e.words.len() <= 3 && !e.words.iter().any(|w| is_title(w))
        };
        let mut i = ms.len();
        while i > 0 {
            i -= 1;
            let last = &ms[i];
            if at - last.full.end > 1500 {
                return None;
            }
            if !place(last) {
                continue;
            }
            // Extend the list backwards over "," and "and".
            let mut run = vec![last];
            let mut joined = false;
            let mut j = i;
            while j > 0 {
                let (p, c) = (&ms[j - 1], run[run.len() - 1]);
                if !place(p) || p.full.end >= c.full.start || c.full.start - p.full.end > 2 {
                    break;
                }
                let gap: Vec<String> = (p.full.end..c.full.start).map(|t| self.lw(t).into()).collect();
                if !gap.iter().all(|w| w == "," || w == "and") {
                    break;
                }
                if run.len() == 1 && !gap.iter().any(|w| w == "and") {
                    break;
                }
                joined |= gap.iter().any(|w| w == "and");
                run.push(p);
                j -= 1;
            }
            if joined && run.len() >= 2 && run.windows(2).all(|w| w[0].ent != w[1].ent) {
                let names: Vec<&str> = run.iter().rev().map(|m| self.names.ents[m.ent].name.as_str()).collect();
                let (last, rest) = names.split_last()?;
                return Some(format!("{} and {last}", rest.join(", ")));
            }
            i = j;
        }
        None
    }

    /// The nearest person mentioned before token `at` that fits the pronoun.
    ///
    /// Sentence by sentence backwards; within a sentence the subject wins:
    /// a name next to a reporting verb, else the first name not inside a
    /// prepositional phrase.
    fn named_antecedent(&self, at: usize, male: Option<bool>) -> Option<(usize, usize)> {
        // "Asked what Wang had said, she replied": the one asked is the
        // subject, so names inside the question are not its antecedents.
        let lo = self.sentence_start(at, self.para_start_of(at));
        let asked = self.lw(self.first_word(lo)) == "asked" && (lo..at).any(|k| self.is_punct(k, &[',']));
        let k = self.names.first_from(if asked { lo } else { at });
        let ms = &self.names.mentions[..k];
        let opener = self.first_word(lo);
        let in_opener = at > opener + 1
            && self.is_punct(at - 1, &[','])
            && self.is_word(opener)
            && has(PREPS, self.lw(opener))
            && self.lw(opener) != "according";
        let own = self.own_gender_votes(at, male);
        let mut best: Option<(u8, usize, usize)> = None;
        let mut cur = usize::MAX;
        for m in ms.iter().rev().take(40) {
            self.steps.add(1);
            if m.sent != cur {
                if let Some((_, e, end)) = best {
                    return Some((e, end));
                }
                cur = m.sent;
            }
            if at.saturating_sub(m.full.end) > 1500 {
                break;
            }
            let e = &self.names.ents[m.ent];
            let s = m.full.start;
            // A possessor ("Trump’s tariffs") is seldom what "he" refers to,
            // unless it opens an earlier sentence ("Ruiz’s visit to the port
            // drew crowds. She said ..."): the one whose act is the subject;
            // in the pronoun's own sentence ("Ek’s plan means “...,” she
            // said") the owner is talked about, not speaking; nor
            // is a person named only in a line without a sentence end (a
            // headline, a caption, a link to another story).
            let owner = strip_possessive(self.w(m.full.end - 1)).1;
            let opening_owner = owner
                && s < lo
                && !has(&["he", "she"], strip_possessive(self.lw(m.full.end - 1)).0)
                && {
                    let f = self.first_word(self.sentence_start(s, self.para_start_of(s)));
                    f == s || (f + 1 == s && self.is_word(f) && is_person_title(self.lw(f)))
                }
                && !ms.iter().any(|o| o.sent == m.sent && o.ent != m.ent && self.names.ents[o.ent].person);
            if !(e.person && e.fits(male)) || (owner && !opening_owner) || self.in_bare_line(m.full.end, at) {
                continue;
            }
            // "During talks with Ruiz and Berg, she said": people inside
            // a prepositional phrase opening the pronoun's own sentence
            // are met or talked about, not the one who speaks.
            if s >= lo && in_opener && !(m.full.end..at).any(|k| self.cue_at(k)) {
                continue;
            }
            let next = self.skip_adverbs(m.full.end, m.full.end + 4);
            let cue = self.cue_at(next) || (s > 0 && self.cue_at(s - 1));
            let prep = s > 0 && self.is_word(s - 1) && has(PREPS, self.lw(s - 1));
            // The votes of the pronoun and those after it in its sentence
            // went to the person named nearest before, which may be the one
            // met, not the one who speaks: unless a reporting verb stands by
            // that name, they show no gender.
            let discount = if cue { 0 } else { own.iter().filter(|&&v| v == m.ent).count() };
            let known = match male {
                Some(true) => e.male.saturating_sub(discount as u32) > e.female,
                Some(false) => e.female.saturating_sub(discount as u32) > e.male,
                None => false,
            };
            // "She added that ... in Somalia, Guinea-Bissau, ...": in a
            // sentence whose subject is the same pronoun, the other names
            // are not its antecedent; the pronoun carries on from before.
            let f = self.first_word(self.sentence_start(s, self.para_start_of(s)));
            let same_pronoun = f < s && matches!((self.lw(f), male), ("he", Some(true)) | ("she", Some(false)));
            if same_pronoun && !cue {
                continue;
            }
            let score = 2 * u8::from(cue) + u8::from(!prep && !owner) + 2 * u8::from(known);
            if best.is_none_or(|(b, _, _)| score >= b) {
                best = Some((score, m.ent, m.full.end));
            }
        }
        best.map(|(_, e, end)| (e, end))
    }

    /// The entities that the gender votes of the pronoun at token `at` and
    /// the pronouns of its gender `male` after it in its sentence went to: each
    /// such pronoun outside quotes votes for the person named nearest
    /// before it (as the name table counts them), so "Ruiz met Mori. She
    /// said ..." gives Mori a vote of its own making.
    fn own_gender_votes(&self, at: usize, male: Option<bool>) -> Vec<usize> {
        let Some(male) = male else { return Vec::new() };
        let words: &[&str] = if male { &["he", "his", "him", "himself"] } else { &["she", "her", "hers", "herself"] };
        let mut votes = Vec::new();
        let mut i = at;
        while i < self.toks.len() && i < at + 80 {
            if i > at && self.is_punct(i, &['.', '!', '?']) && !self.q(i) {
                break;
            }
            if self.is_word(i) && !self.q(i) && has(words, self.lw(i)) {
                let k = self.names.mentions.partition_point(|m| m.full.end <= i);
                let voted = self.names.mentions[..k]
                    .iter()
                    .rev()
                    .take(3)
                    .take_while(|m| i - m.full.end <= 40)
                    .find(|m| self.names.ents[m.ent].person);
                if let Some(m) = voted {
                    votes.push(m.ent);
                }
            }
            i += 1;
        }
        votes
    }

    /// The person a pronoun at token `at` refers to: the nearest person
    /// named before ([`Self::named_antecedent`]), unless a later sentence
    /// has a description of a person as its subject ("The Qatari foreign
    /// minister expressed ...") that resolves to someone the pronoun fits.
    fn antecedent(&self, at: usize, male: Option<bool>) -> Option<String> {
        if let Some(e) = self.asked_one(at, male) {
            return Some(self.names.ents[e].name.clone());
        }
        let named = self.named_antecedent(at, male);
        let from = named.map_or(at.saturating_sub(150), |(_, end)| end);
        if let Some(e) = self.described_subject(from, at, male) {
            return Some(self.names.ents[e].name.clone());
        }
        named.map(|(e, _)| self.names.ents[e].name.clone())
    }

    /// "When Ek pressed Ruiz about the port, she replied ...": in a
    /// sentence opened by "when" and a person asking another, the one asked
    /// answers, so the pronoun at token `at` after the clause's comma is
    /// the person right after the verb of asking (if the pronoun fits).
    fn asked_one(&self, at: usize, male: Option<bool>) -> Option<usize> {
        let lo = self.sentence_start(at, self.para_start_of(at));
        let f = self.first_word(lo);
        if self.lw(f) != "when" {
            return None;
        }
        let asker = self.names.at(f + 1).filter(|m| m.full.start == f + 1 && self.names.ents[m.ent].person)?;
        let v = asker.full.end;
        if !has(&["asked", "pressed", "questioned", "quizzed", "challenged"], self.lw(v)) {
            return None;
        }
        let asked = self.names.at(v + 1).filter(|m| m.full.start == v + 1)?;
        let e = &self.names.ents[asked.ent];
        let comma = (asked.full.end..at).find(|&k| self.is_punct(k, &[',']))?;
        // The pronoun opens the main clause, right after the comma.
        (comma + 1 == at && e.person && e.fits(male) && asked.ent != asker.ent).then_some(asked.ent)
    }

    /// The last person between tokens `from` and `to` (at most 150 tokens)
    /// who is the subject of a clause as a definite description with a
    /// person's title as head ("the Japanese foreign minister touched on
    /// ..."), resolved and fitting the pronoun gender `male`.
    fn described_subject(&self, from: usize, to: usize, male: Option<bool>) -> Option<usize> {
        let lo = from.max(to.saturating_sub(150));
        for p in (lo..to).rev() {
            if self.q(p) || self.lw(p) != "the" {
                continue;
            }
            let opens = p == 0
                || matches!(self.toks[p - 1].class, Class::Break)
                || self.is_punct(p - 1, &['.', '!', '?', ','])
                || self.first_word(self.sentence_start(p, p.saturating_sub(BEFORE))) == p;
            if !opens {
                continue;
            }
            let Some((Np::Desc { words }, _, k)) = self.np_forward(p, to) else { continue };
            // "the Qatari foreign minister expressed his welcome": the phrase
            // read on through a verb that is no reporting verb; it ends at
            // its title word.
            let (words, k) = match (p + 1..k.min(p + 6)).find(|&t| {
                is_person_title(self.lw(t))
                    && self.is_word(t + 1)
                    && self.w(t + 1).chars().next().is_some_and(char::is_lowercase)
                    && !is_title(self.lw(t + 1))
                    && !has(PREPS, self.lw(t + 1))
            }) {
                Some(t) if !words.last().is_some_and(|w| is_person_title(w)) => {
                    ((p..=t).map(|i| self.lw(i).into()).collect::<Vec<String>>(), t + 1)
                }
                _ => (words, k),
            };
            let head_ok = words.last().is_some_and(|w| is_person_title(w) && w != "official");
            let verb = self.is_word(k) && !self.q(k) && {
                let w = self.lw(self.skip_adverbs(k, to));
                self.w(k).chars().next().is_some_and(char::is_lowercase) && !has(PREPS, w) && !has(CLAUSE, w)
            };
            if !head_ok || !verb {
                continue;
            }
            let e = self.description(&words, p).and_then(|sp| self.names.entity_named(&sp))?;
            let ent = &self.names.ents[e];
            // Only a person known by that title, not a guess.
            let head = words.last().map_or("", String::as_str);
            let titled = ent.has_title(head) || related_titles(head).iter().any(|t| ent.has_title(t));
            return (ent.person && titled && ent.fits(male)).then_some(e);
        }
        None
    }

    /// Resolves "the minister", "the Chinese leader", "the foreign ministry".
    fn description(&self, words: &[String], at: usize) -> Option<String> {
        let core: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .take_while(|w| !has(&["for", "of", "at", "in", "on", "with", "from", "who", "which", "that"], w))
            .collect();
        let head = *core.last()?;
        let definite = core.first() == Some(&"the");
        let mods: Vec<&str> = core[..core.len() - 1].iter().copied().filter(|w| !has(DETERMINERS, w)).collect();
        let k = self.names.first_from(at);
        let ms = &self.names.mentions[..k];
        if definite && mods.is_empty() && has(&["body", "bloc"], head) {
            // "The body said", "the bloc said": the institution last named
            // as the subject of a verb, within the paragraph or two before.
            let near = at.saturating_sub(150);
            return ms.iter().rev().take_while(|m| m.full.start >= near).take(40).find_map(|m| {
                let e = &self.names.ents[m.ent];
                let k = self.skip_adverbs(m.full.end, m.full.end + 4);
                let verb = self.is_word(k)
                    && !self.q(k)
                    && self.w(k).chars().next().is_some_and(char::is_lowercase)
                    && !has(PREPS, self.lw(k))
                    && !has(CLAUSE, self.lw(k))
                    && !has(&["and", "or", "nor"], self.lw(k));
                (e.org && !e.person && verb && self.is_subject(m)).then(|| e.name.clone())
            });
        }
        if head == "side" {
            // "the Chinese side said": the country named before, by the stem
            // it shares with the nationality ("China"); none named, no one.
            let [nation] = mods[..] else { return None };
            if !definite || !is_demonym(nation) {
                return None;
            }
            return ms.iter().rev().take(200).map(|m| &self.names.ents[m.ent]).find_map(|e| {
                let w = e.words.first().map(|w| w.to_lowercase()).unwrap_or_default();
                let place = !e.person && !e.org && e.words.len() == 1 && !is_demonym(&w);
                (place && same_nation(nation, &w)).then(|| e.name.clone())
            });
        }
        if is_org_head(head) {
            for m in ms.iter().rev().take(200) {
                self.steps.add(1);
                let e = &self.names.ents[m.ent];
                if e.org && e.words.last().map(String::as_str) == Some(head) {
                    return Some(e.name.clone());
                }
            }
            if !definite {
                return None;
            }
            // "the ministry of external affairs" → "Ministry of External Affairs".
            let of: Vec<&str> = match words.get(core.len()) {
                Some(w) if w == "of" => words[core.len()..]
                    .iter()
                    .map(String::as_str)
                    .take_while(|w| *w == "of" || *w == "and" || is_name_like(w))
                    .collect(),
                _ => Vec::new(),
            };
            let mut name: Vec<String> = Vec::new();
            for w in mods.iter().chain([&head]).chain(of.iter()) {
                if has(&["of", "and"], w) {
                    name.push((*w).to_string());
                    continue;
                }
                let mut c = w.chars();
                if let Some(f) = c.next() {
                    name.push(f.to_uppercase().chain(c).collect());
                }
            }
            while name.last().is_some_and(|w| w == "of" || w == "and") {
                name.pop();
            }
            return Some(name.join(" "));
        }
        let demonym_head = is_demonym(head);
        // "the EU's foreign policy chief", "the UN refugee agency chief":
        // "chief" heads a description of whoever leads the body named before it.
        let chief = head == "chief";
        if !definite || !(super::names::is_person_title(head) || demonym_head || chief) || head == "official" {
            return None;
        }
        // Score every person mentioned before (the nearest first), then, if
        // none fits, the persons named just after ("Kremlin spokesman says
        // ... Kremlin spokesman Dmitry Peskov").
        let fit = |e: &super::names::Entity| -> Option<u8> {
            if !e.person {
                return None;
            }
            let mut score = if demonym_head {
                if !e.titles.iter().any(|t| same_nation(t, head)) {
                    return None;
                }
                3
            } else if e.has_title(head) || (head == "leader" && LEADERS.iter().any(|t| e.has_title(t))) {
                3
            } else if related_titles(head).iter().any(|t| e.has_title(t)) {
                2
            } else {
                return None;
            };
            for w in &mods {
                if is_demonym(w) {
                    if e.titles.iter().any(|t| same_nation(t, w)) {
                        score += 2;
                    } else if e.titles.iter().any(|t| is_demonym(t)) {
                        return None;
                    }
                } else if e.has_title(w) {
                    score += 1;
                }
            }
            Some(score)
        };
        let mut best: Option<(u8, usize)> = None;
        for m in ms.iter().rev().take(200) {
            self.steps.add(1);
            if let Some(sc) = fit(&self.names.ents[m.ent]) {
                if best.is_none_or(|(b, _)| sc > b) {
                    best = Some((sc, m.ent));
                }
            }
        }
        if best.is_none() {
            for m in self.names.mentions[k..].iter().take(20) {
                self.steps.add(1);
                if m.full.start > at + 300 {
                    break;
                }
                if let Some(sc) = fit(&self.names.ents[m.ent]) {
                    if best.is_none_or(|(b, _)| sc > b) {
                        best = Some((sc, m.ent));
                    }
                }
            }
        }
        if best.is_none() && !demonym_head && !has(SPOKESPEOPLE, head) {
            // No one carries the title: the person last named in the
            // preceding sentences who holds no other office ("Sheikh Ali
            // spoke in Rome. ... the foreign minister said").
            let untitled = |e: &super::names::Entity| {
                e.person
                    && !e.titles.iter().any(|t| is_person_title(t) && !has(HONORIFICS, t))
                    && mods
                        .iter()
                        .all(|w| !is_demonym(w) || !e.titles.iter().any(|t| is_demonym(t) && !same_nation(t, w)))
            };
            // A name opened by "the" ("The Varna Herald reported ...") is a
            // paper or a body taken for a person: no holder of any office.
            let near = ms.iter().rev().take(12).take_while(|m| at.saturating_sub(m.full.end) < 120).find(|m| {
                self.steps.add(1);
                self.names.ents[m.ent].person
                    && self.is_subject(m)
                    && !(m.full.start > 0 && self.lw(m.full.start - 1) == "the")
            });
            if let Some(m) = near.filter(|m| untitled(&self.names.ents[m.ent])) {
                return Some(self.names.ents[m.ent].name.clone());
            }
        }
        if best.is_none() && has(SPOKESPEOPLE, head) {
            // An unnamed spokesperson speaks for the office last mentioned.
            let office = ms.iter().rev().take(40).find(|m| {
                self.steps.add(1);
                let e = &self.names.ents[m.ent];
                e.org
                    && e.words
                        .last()
                        .is_some_and(|w| has(&["ministry", "office", "department", "embassy", "government"], w))
            });
            return office.map(|m| self.names.ents[m.ent].name.clone());
        }
        best.map(|(_, e)| self.names.ents[e].name.clone())
    }
}

/// Heads of a description of a body that speaks as one ("the foreign
/// ministry", "the council"); not "post" or "paper", which are also
/// things written.
const BODY_HEADS: &[&str] = &[
    "agency",
    "army",
    "cabinet",
    "commission",
    "committee",
    "council",
    "court",
    "department",
    "embassy",
    "government",
    "ministry",
    "office",
    "parliament",
    "police",
    "presidency",
    "secretariat",
];

/// Titles of address that hold no office.
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "madam", "lady", "lord", "sheikh", "sheikha"];

/// Whether a lowercase word may be part of an office's name ("external",
/// "affairs"), rather than a function word.
/// Whether a lowercase word is a form of a verb of naming ("call",
/// "dub", "brand", "label", "term", "name"): the name after it is its
/// object ("called Coral Union “...”"), never an inverted subject.
fn is_naming(w: &str) -> bool {
    ["call", "dub", "brand", "label", "term", "name"].iter().any(|b| {
        let stem = b.strip_suffix('e').unwrap_or(b);
        w == *b
            || w.strip_suffix('s') == Some(*b)
            || w.strip_suffix("ed").is_some_and(|x| x == stem || x == *b || x == format!("{b}{}", &b[b.len() - 1..]))
            || w.strip_suffix('d') == Some(*b)
            || w.strip_suffix("ing").is_some_and(|x| x == stem || x == *b || x == format!("{b}{}", &b[b.len() - 1..]))
    })
}

fn is_name_like(w: &str) -> bool {
    w.len() >= 3
        && w.chars().all(char::is_alphabetic)
        && !has(PREPS, w)
        && !has(CLAUSE, w)
        && !has(NON_VERBS, w)
        && !is_cue(w)
        && !has(ADVERBS, w)
}

/// Whether `w` (lowercase) names what a person does for a living or for a
/// cause, by its ending ("speechwriter", "manager", "columnist",
/// "strategist") or as one of a few short heads ("aide", "anchor"): the
/// head of a title put before a name.
fn is_agent_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "writer",
        "manager",
        "ist",
        "yst",
        "porter",
        "ster",
        "staffer",
        "lawyer",
        "founder",
        "owner",
        "organizer",
        "organiser",
        "researcher",
        "producer",
        "editor",
        "operative",
    ];
    let long = w.chars().count() >= 6 && w.chars().all(char::is_alphabetic);
    // Not the verbs "insist", "resist", "persist".
    (long && ENDINGS.iter().any(|e| w.ends_with(e)) && !w.ends_with("sist"))
        || has(&["aide", "anchor", "host", "chief"], w)
}

/// Whether `w` (lowercase) looks like a nationality: "german", "qatari".
fn is_demonym(w: &str) -> bool {
    w.chars().count() >= 5
        && !has(&["foreign", "deputy", "senior", "special", "chief", "vice", "former", "acting"], w)
        // "chairman", "spokesman", "congressman" name an office.
        && !super::names::is_person_title(w)
        && ["ian", "ean", "ese", "ish", "i", "an"].iter().any(|x| w.ends_with(x))
}

/// Whether a title word and a nationality name the same country ("egypt",
/// "egyptian"; "turkey", "turkish").
pub(crate) fn same_nation(t: &str, w: &str) -> bool {
    let stem = |s: &str| s.chars().take(4).collect::<String>();
    t.chars().count() >= 4 && stem(t) == stem(w)
}

/// Titles that a description with head `h` may stand for.
fn related_titles(h: &str) -> &'static [&'static str] {
    match h {
        "minister" => &["counterpart", "diplomat", "chancellor"],
        "diplomat" => {
            &["minister", "ambassador", "envoy", "secretary", "counterpart", "negotiator", "spokesman", "spokesperson"]
        }
        "chancellor" => &["foreign", "minister"],
        "leader" | "president" => {
            &["president", "premier", "prime", "chancellor", "king", "emir", "chairman", "leader"]
        }
        "spokesman" | "spokesperson" | "spokeswoman" => SPOKESPEOPLE,
        "chief" => &[
            "head",
            "chairperson",
            "chairman",
            "chairwoman",
            "chair",
            "director",
            "representative",
            "commissioner",
            "secretary",
        ],
        "chairman" | "chair" | "chairperson" | "chairwoman" => {
            &["chairman", "chairperson", "chairwoman", "chair", "president", "head"]
        }
        "envoy" | "ambassador" | "negotiator" => &["envoy", "ambassador", "representative", "negotiator", "diplomat"],
        "secretary" => &["secretary", "minister"],
        // Abbreviated offices: "the UK PM", "the VP".
        "pm" => &["prime", "premier"],
        "vp" => &["vice"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list-scanning form `is_cue` had before its set; the set must
    /// give the same answer for every word.
    fn is_cue_by_lists(w: &str) -> bool {
        if has(CUE_IRREGULAR, w) || (has(CUE_BASES, w) && !has(NOUNY, w)) {
            return true;
        }
        let mut cands: Vec<String> = Vec::with_capacity(8);
        for (suf, rep) in
            [("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("ied", "y"), ("ies", "y")]
        {
            if let Some(stem) = w.strip_suffix(suf) {
                let c = format!("{stem}{rep}");
                if suf.ends_with('s') && has(NOUNY, &c) {
                    continue;
                }
                cands.push(c);
            }
        }
        for suf in ["ed", "ing"] {
            if let Some(stem) = w.strip_suffix(suf) {
                let mut last = stem.chars().rev();
                if let (Some(a), Some(b)) = (last.next(), last.next()) {
                    if a == b && a.is_ascii_alphabetic() && stem.len() >= 3 {
                        cands.push(stem[..stem.len() - a.len_utf8()].to_string());
                    }
                }
            }
        }
        cands.iter().any(|c| c.len() >= 2 && has(CUE_BASES, c))
    }

    #[test]
    fn cue_set_answers_as_the_lists_did() {
        // Every listed word, with every ending the rule strips and a few it
        // does not, cut short, doubled, and in other scripts and cases.
        let endings = ["", "s", "es", "ed", "d", "ing", "ied", "ies", "y", "e", "er", "ly", "és", "ß"];
        let mut words: Vec<String> = vec![String::new(), "s".into(), "ed".into(), "ing".into(), "ies".into()];
        for w in CUE_BASES.iter().chain(NOUNY).chain(CUE_IRREGULAR).chain(ADVERBS).chain(NON_VERBS) {
            let mut stems = vec![w.to_string(), w[..w.len() - 1].to_string(), w.to_uppercase(), format!("é{w}")];
            if let Some(c) = w.chars().last() {
                stems.push(format!("{w}{c}"));
                stems.push(format!("{}{c}", &w[..w.len() - 1]));
            }
            if let Some(s) = w.strip_suffix('y') {
                stems.push(s.to_string());
            }
            if let Some(s) = w.strip_suffix('e') {
                stems.push(s.to_string());
            }
            for s in &stems {
                for e in endings {
                    words.push(format!("{s}{e}"));
                }
            }
        }
        for w in ["ßßed", "ééing", "aaing", "xxed", "teeeed", "sayingsaying", "counterclaimed", "a-ssing"] {
            words.push(w.into());
        }
        let mut hits = 0;
        for w in &words {
            assert_eq!(is_cue(w), is_cue_by_lists(w), "{w:?}");
            hits += usize::from(is_cue(w));
        }
        // Both answers occur, many times.
        assert!(hits > 1000 && hits < words.len() - 1000, "{hits} of {}", words.len());
    }

    #[test]
    fn offices_ending_like_nationalities_are_no_nationalities() {
        for w in ["german", "qatari", "norwegian", "japanese"] {
            assert!(is_demonym(w), "{w}");
        }
        for w in ["chairman", "chairwoman", "spokesman", "congressman"] {
            assert!(!is_demonym(w), "{w}");
        }
    }

    #[test]
    fn verbs_of_naming() {
        for w in [
            "call", "calls", "called", "calling", "dubbed", "dubbing", "branded", "labelled", "labeled", "termed",
            "named", "naming",
        ] {
            assert!(is_naming(w), "{w}");
        }
        for w in ["said", "callous", "names", "dub", "term"] {
            assert_eq!(is_naming(w), w != "callous" && w != "said", "{w}");
        }
    }

    #[test]
    fn cue_inflections() {
        for w in
            ["said", "says", "warned", "urging", "described", "added", "told", "quipped", "replied", "denies", "noted"]
        {
            assert!(is_cue(w), "{w}");
        }
        // Manner-of-speaking verbs, with doubled consonants and -ied.
        for w in ["seethed", "bristled", "enthused", "rejoiced", "surmised", "snapped", "rebutted", "queried"] {
            assert!(is_cue(w), "{w}");
        }
        // Sounds and gestures, with -ed, doubled consonants and -ied.
        for w in ["barked", "reacted", "laughed", "chuckled", "grinned", "shrugged", "cried", "gloated"] {
            assert!(is_cue(w), "{w}");
        }
        for w in ["not", "the", "house", "sad", "cheers", "sighs", "venture", "laughs", "smiles", "cries"] {
            assert!(!is_cue(w), "{w}");
        }
    }

    /// Asserts who `quote` in `text` is attributed to (`None`: nobody).
    fn assert_speaker(text: &str, quote: &str, want: Option<&str>) {
        let got = attributed(text, quote).and_then(|(s, _, _)| s);
        assert_eq!(got.as_deref(), want, "{text}");
    }

    /// The speaker, rule and mention of the quote `quote` in `text`, if it
    /// is extracted.
    fn attributed(text: &str, quote: &str) -> Option<(Option<String>, &'static str, Option<String>)> {
        crate::quote::extract(text)
            .into_iter()
            .find(|q| &text[q.span.clone()] == quote)
            .map(|q| (q.speaker, q.rule.map_or("", super::super::SpeakerRule::as_str), q.mention))
    }

    /// A place or body inside a noun phrase opened by an article or a
    /// possessive ("a Norland native", "the channel's Varna affiliate")
    /// qualifies a noun: it is no subject, and the quote it hangs on keeps
    /// no speaker rather than the place; a person so named, or a place
    /// before a verb or a title, still is one.
    #[test]
    fn a_place_qualifying_a_noun_is_no_subject() {
        let empty = [
            (
                "Ola Berg, a Norland native who writes songs on the side (one about a ferry “that never leaves the harbour”), kept quiet.",
                "that never leaves the harbour",
                "Norland native",
            ),
            (
                "In an interview with the channel's Varna affiliate, the mood was one of “cautious hope for the harbour talks.”",
                "cautious hope for the harbour talks.",
                "Varna affiliate",
            ),
            (
                "By spring an unassuming west Varna suburb had become a symbol of “the quiet majority that nobody asks.”",
                "the quiet majority that nobody asks.",
                "Varna suburb",
            ),
        ];
        for (text, quote, mention) in empty {
            let got = attributed(text, quote);
            assert_eq!(got, Some((None, "", Some(mention.to_string()))), "{text}");
        }
        let kept = [
            (
                "The Coral Ledger's Tomas Varga spent the week on “the longest ferry ride of his life.”",
                "the longest ferry ride of his life.",
                "Tomas Varga",
            ),
            (
                "Ana Ruiz, a Norland native, said the plan was “a gift to the harbour.”",
                "a gift to the harbour.",
                "Ana Ruiz",
            ),
        ];
        for (text, quote, speaker) in kept {
            assert_speaker(text, quote, Some(speaker));
        }
    }

    /// A paper, channel or agency reporting at the end of the quote's
    /// sentence is its source when nothing else there speaks.
    #[test]
    fn the_outlet_that_reported_it() {
        let cases = [
            ("“Ferry prices will double by June,” the Coral Ledger reported.", "Ferry prices will double by June,"),
            (
                "President Ana Ruiz sent a “message of support” to the families in Varna, state broadcaster Radio Norland reported.",
                "message of support",
            ),
            (
                "The harbour will stay open “for as long as the ferries run,” reported Radio Norland.",
                "for as long as the ferries run,",
            ),
        ];
        let want = ["Coral Ledger", "Radio Norland", "Radio Norland"];
        for ((text, quote), speaker) in cases.into_iter().zip(want) {
            let got = attributed(text, quote);
            assert_eq!(got.as_ref().and_then(|(s, _, _)| s.as_deref()), Some(speaker), "{text}");
            assert_eq!(got.map(|(_, r, _)| r), Some("after-quote"), "{text}");
        }
        // A quote that ends its sentence is no part of the next one.
        let text =
            "Ana Ruiz signed a pledge “to keep the harbour open for good.” The text is online, Radio Norland reports.";
        let got = attributed(text, "to keep the harbour open for good.").and_then(|(s, _, _)| s);
        assert_ne!(got.as_deref(), Some("Radio Norland"), "{text}");
    }

    /// After a verb of naming, a name is its object, never the one who
    /// speaks: the sentence's subject speaks, or no one named.
    #[test]
    fn the_name_a_verb_of_naming_takes_is_its_object() {
        let cases = [
            (
                "Ana Ruiz thanked the dockers and called Coral Union “the best partner a port could have.”",
                "the best partner a port could have.",
                Some("Ana Ruiz"),
            ),
            (
                "Ola Berg arrived in Varna on Monday. Holding signs calling Berg “the harbour's worst friend,” a crowd lined the quay.",
                "the harbour's worst friend,",
                None,
            ),
            (
                "Tomas Varga opened the session. On the quay, leaflets had dubbed Varga “the minister of endless delays.”",
                "the minister of endless delays.",
                None,
            ),
        ];
        for (text, quote, speaker) in cases {
            let got = attributed(text, quote);
            assert!(got.is_some(), "{text}: quote kept");
            assert_eq!(got.and_then(|(s, _, _)| s).as_deref(), speaker, "{text}");
        }
    }

    /// Words of speech owned by a name ("Ruiz's claim that ...") are the
    /// owner's, unless someone reports on them or the quote is a term the
    /// clause goes on about.
    #[test]
    fn the_owner_of_a_claim_speaks() {
        let cases = [
            (
                "The Coral Ledger seized on Ana Ruiz's claim that the harbour had “never been busier,” and checked the records.",
                "never been busier,",
            ),
            (
                "Tomas Varga blamed the press for the fuss over Ola Berg's remark that the ferry was “a floating ruin,” saying it was a joke.",
                "a floating ruin,",
            ),
            ("Dockers in Varna pounced on Lina Holm's warning that tolls would “double by the spring.”", "double by the spring."),
        ];
        for ((text, quote), speaker) in cases.into_iter().zip(["Ana Ruiz", "Ola Berg", "Lina Holm"]) {
            assert_speaker(text, quote, Some(speaker));
        }
        let text = "Ana Ruiz said Tomas Varga's claim that the port was “a ruin by any measure” was false.";
        let got = attributed(text, "a ruin by any measure").and_then(|(s, _, _)| s);
        assert_eq!(got.as_deref(), Some("Ana Ruiz"), "{text}");
        let text = "The Coral Ledger seized on Ana Ruiz's claim that “port reform” plans were stalled.";
        let got = attributed(text, "port reform").and_then(|(s, _, _)| s);
        assert_ne!(got.as_deref(), Some("Ana Ruiz"), "{text}");
    }

    /// A clause opened by "with" whose subject goes on to a reporting verb
    /// in -ing speaks the quote after it.
    #[test]
    fn a_with_clause_has_its_own_speaker() {
        let cases = [
            (
                "Norland announced on Sunday it would expel two envoys, with Ana Ruiz telling reporters they had “crossed every line there is.”",
                "crossed every line there is.",
                "Ana Ruiz",
            ),
            (
                "Ola Berg announced new tolls, with Lina Holm warning that the ferries would be “empty by the autumn.”",
                "empty by the autumn.",
                "Lina Holm",
            ),
            (
                "The Coral Union condemned the vote, with Tomas Varga calling it “a sad day for the harbour.”",
                "a sad day for the harbour.",
                "Tomas Varga",
            ),
            // Not when the one named after "with" is only company.
            (
                "Ola Berg met the dockers with Lina Holm, saying the strike was “over for now.”",
                "over for now.",
                "Ola Berg",
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, Some(speaker));
        }
    }

    /// A later reporting clause set apart from an earlier one (by a comma,
    /// a quote, "when" or "who") governs the quote; one that the earlier
    /// clause reports ("Ek said that Ruiz had agreed to “...”") does not.
    #[test]
    fn the_nearest_reporting_clause_of_its_own_speaks() {
        let cases = [
            (
                "Ola Berg has called the plan “a disgrace,” and Ana Ruiz, who says it is “a fair deal for the harbour.”",
                "a fair deal for the harbour.",
                "Ana Ruiz",
            ),
            (
                "Some dockers said they feared a repeat of the strike of 1998, when Tomas Varga, then a union man, called for a “harbour without bosses.”",
                "harbour without bosses.",
                "Tomas Varga",
            ),
            (
                "Questioned by the Coral Ledger's Ola Berg on ferry fees, Lina Holm said that her office had “never taken a single coin from the port.”",
                "never taken a single coin from the port.",
                "Lina Holm",
            ),
            // Reported by the earlier clause: its subject speaks.
            (
                "Ana Ruiz said on Monday that Tomas Varga had agreed to “stop all tolls by June,” without giving details.",
                "stop all tolls by June,",
                "Ana Ruiz",
            ),
            (
                "Lina Holm said she and Ola Berg agreed to work on “a shared plan for the docks.”",
                "a shared plan for the docks.",
                "Lina Holm",
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, Some(speaker));
        }
    }

    /// A quote that opens its paragraph, followed by one sentence that
    /// begins with a person's name and names no one else, is that
    /// person's.
    #[test]
    fn a_name_closing_the_paragraph_signs_the_quote() {
        let cases = [
            (
                "The vote in Varna passed calmly on Sunday.\n\n“I thank the people of Varna for a calm vote.” President Ana Ruiz.",
                "I thank the people of Varna for a calm vote.",
                Some("Ana Ruiz"),
            ),
            (
                "Ola Berg and Lina Holm met at the quay.\n\n“They only come for the free coffee,” Holm shot back with a grin.",
                "They only come for the free coffee,",
                Some("Lina Holm"),
            ),
            (
                "Tomas Varga spoke last.\n\n“The port will open in May.” — Tomas Varga.",
                "The port will open in May.",
                Some("Tomas Varga"),
            ),
            // Another name after the first: no signature.
            (
                "Ola Berg and Lina Holm met at the quay.\n\n“Nobody asked us about the tolls at all.” Holm looked over at Ola Berg.",
                "Nobody asked us about the tolls at all.",
                None,
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// A person named as the owner of a sentence's subject ("Varga's
    /// visit drew crowds") is who "he" or "she" in the next sentence
    /// refers to; an owner inside the sentence is not.
    #[test]
    fn the_owner_opening_a_sentence_is_an_antecedent() {
        let cases = [
            (
                "Mr. Ola Berg had flown in the night before. Mr. Tomas Varga's visit to the harbour drew large crowds on Monday. He called it “a day for the whole coast.”",
                "a day for the whole coast.",
                Some("Tomas Varga"),
            ),
            (
                "Mr. Ola Berg arrived by ferry. President Piet Lund's speech at the quay ran long. He promised “a new bridge within two years.”",
                "a new bridge within two years.",
                Some("Piet Lund"),
            ),
            (
                "Ms. Lina Holm spoke first. But Ms. Ana Ruiz's plan for the port won the vote. She said it would bring “work for every family on the coast.”",
                "work for every family on the coast.",
                Some("Ana Ruiz"),
            ),
            // An owner inside the sentence, or in the pronoun's own, or
            // beside another person in its sentence, is no antecedent.
            (
                "Mr. Ola Berg had flown in the night before. Mr. Tomas Varga's lawyer, Mr. Piet Lund, said the case was weak. He called it “a show for the cameras.”",
                "a show for the cameras.",
                Some("Piet Lund"),
            ),
            (
                "Mr. Ola Berg spoke after lunch. Mr. Tomas Varga's plan means “work for the whole harbour,” he said.",
                "work for the whole harbour,",
                Some("Ola Berg"),
            ),
            (
                "Mr. Ola Berg waited at the quay. The talks opened on the day of Mr. Tomas Varga's arrival. He called it “a long wait for nothing.”",
                "a long wait for nothing.",
                Some("Ola Berg"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "When A asked B ..., he replied": the one asked answers.
    #[test]
    fn the_one_asked_answers() {
        let cases = [
            (
                "When Mr. Tomas Varga pressed Piet Lund about the tolls, he replied that the fees were “fair to every driver.”",
                "fair to every driver.",
                Some("Piet Lund"),
            ),
            (
                "When Mr. Ola Berg asked Tomas Varga about the ferry, he said it would run “as soon as the ice is gone.”",
                "as soon as the ice is gone.",
                Some("Tomas Varga"),
            ),
            (
                "When Mr. Piet Lund questioned Ola Berg on the budget, he answered that it was “balanced to the last krona.”",
                "balanced to the last krona.",
                Some("Ola Berg"),
            ),
            // Not a verb of asking: the nearest-name choice stays.
            (
                "When Mr. Tomas Varga met Piet Lund at the quay, he said the port was “ready for the summer.”",
                "ready for the summer.",
                Some("Tomas Varga"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "the MFA said": the body the article named in full before, whose
    /// words' initials spell the capitals; none when no such body was
    /// named, or when the words spelling it name a person.
    #[test]
    fn an_acronym_is_the_body_named_before() {
        let cases = [
            (
                "A statement by the ministry of foreign affairs welcomed the talks.\n\n“The border will reopen in May,” the MFA said.",
                "The border will reopen in May,",
                Some("Ministry of Foreign Affairs"),
            ),
            (
                "Delegates of the Coastal Fisheries Council met in Varna on Monday.\n\n“Quotas stay as they are,” the CFC announced.",
                "Quotas stay as they are,",
                Some("Coastal Fisheries Council"),
            ),
            (
                "The Office for Harbour and Ferry Safety inspected the quay.\n\n“The ramp is unsafe,” the OHFS said in its report.",
                "The ramp is unsafe,",
                Some("Office for Harbour and Ferry Safety"),
            ),
            // Nothing named before spells it: no speaker.
            (
                "The ministry of trade met on Monday.\n\n“Tariffs will fall,” the MFA said.",
                "Tariffs will fall,",
                None,
            ),
            // Initials of a person, not a body: no speaker.
            (
                "Mira Tell Berg spoke to reporters on Monday.\n\n“We will wait,” the MTB said.",
                "We will wait,",
                None,
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "..., announced the Council in a statement" ... "the statement
    /// added": the one who spoke right before "in" that document issued
    /// it; a person after a verb that reports nothing did not.
    #[test]
    fn an_inverted_speaker_issues_the_document() {
        let cases = [
            (
                "The talks ended early. “Quotas stay as they are,” announced the Fisheries Council in a short statement.\n\n“Boats may sail from June,” the statement added.",
                "Boats may sail from June,",
                Some("Fisheries Council"),
            ),
            (
                "“The bridge is safe,” said Ola Berg in a written statement on Monday.\n\n“Traffic will resume,” the statement went on.",
                "Traffic will resume,",
                Some("Ola Berg"),
            ),
            (
                "“We have no comment,” added the Harbour Authority in a press release.\n\n“Talks are ongoing,” the release said.",
                "Talks are ongoing,",
                Some("Harbour Authority"),
            ),
            // The person is thanked, not the one who wrote it.
            (
                "On Friday the workers thanked Ola Berg in a statement.\n\n“The port stays open,” the statement said.",
                "The port stays open,",
                None,
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// Issue 12: a word in another script that ends in "ed" or "ing" (a
    /// doubled multi-byte letter before it) is no cue, and no panic.
    /// With no reporting verb before the quote, a later clause with a
    /// named subject of its own (an aside after it allowed) carries the
    /// quote: the first subject is not its speaker, and no one is named;
    /// a later "he"/"she", or a
    /// first clause opened by "as", changes nothing.
    #[test]
    fn a_later_clause_with_its_own_subject_takes_the_quote() {
        let empty = [
            (
                "Governor Ana Ruiz left the hall after Tomas Varga opened his speech with “a warning about the ferries.”",
                "a warning about the ferries.",
            ),
            (
                "Ola Berg played a clip from the rally, in which Ana Ruiz leads farmers in a chant of “block every road.”",
                "block every road.",
            ),
            (
                "The Varna Fishers Union left the harbour at dawn, while Ana Ruiz drove to the capital for “one last round of talks.”",
                "one last round of talks.",
            ),
            (
                "Last spring, while touring the Norland Ferry yards, Tomas Varga stood before “a museum of rust.”",
                "a museum of rust.",
            ),
            (
                "Ola Berg signed the order on Monday, while Ana Ruiz, the mayor of the port, proposed “a week of silence.”",
                "a week of silence.",
            ),
        ];
        for (text, quote) in empty {
            assert_speaker(text, quote, None);
        }
        let kept = [
            (
                "Ana Ruiz took to the radio after the vote to defend “a fair deal for the harbour.”",
                "a fair deal for the harbour.",
                "Ana Ruiz",
            ),
            (
                "Ana Ruiz stayed in Varna while she drafted “a plan for the ferries.”",
                "a plan for the ferries.",
                "Ana Ruiz",
            ),
            (
                "As Tomas Varga put it, Ana Ruiz is running for “the quiet majority.”",
                "the quiet majority.",
                "Tomas Varga",
            ),
        ];
        for (text, quote, speaker) in kept {
            assert_speaker(text, quote, Some(speaker));
        }
    }

    /// A description right after "after" or "before" is the subject of a
    /// clause of its own: when it names no one known, the quote keeps no
    /// speaker rather than the name before it or the sentence's subject;
    /// after a true preposition the name before still speaks.
    #[test]
    fn a_description_opening_a_clause_after_after_names_no_one() {
        let empty = [
            (
                "The Coral Port Authority closed the docks after its director accused the union of “holding the city hostage.”",
                "holding the city hostage.",
            ),
            (
                "The Varna Ferry Board fined the crew after its chairman described the strike as “an act of sabotage.”",
                "an act of sabotage.",
            ),
            (
                "Tomas Varga cut short his visit to Norland before the delegation warned of “a long winter in the harbour.”",
                "a long winter in the harbour.",
            ),
        ];
        for (text, quote) in empty {
            assert_speaker(text, quote, None);
        }
        assert_speaker(
            "Ana Ruiz, who has in the past described the plan as “a gift to Varna,” stayed quiet on Monday.",
            "a gift to Varna,",
            Some("Ana Ruiz"),
        );
    }

    /// "The ministers", "the leaders" with no two people named together
    /// are the collective of that plural the article named before, as
    /// written or turned from "the foreign ministers of X" into "X foreign
    /// ministers"; not inside a prepositional phrase, and two people named
    /// together still come first.
    #[test]
    fn the_ministers_are_the_collective_named_before() {
        let cases = [
            (
                "The foreign ministers of the Coral Sea Forum’s member states signed a joint statement on Friday.\n\nThe ministers reaffirmed their “commitment to peace and open sea lanes.”",
                "commitment to peace and open sea lanes.",
                Some("Coral Sea Forum foreign ministers"),
            ),
            (
                "Norland foreign ministers met in Varna on Monday to discuss the ferries.\n\nThe ministers said they shared “deep concern over the fighting in the north.”",
                "deep concern over the fighting in the north.",
                Some("Norland foreign ministers"),
            ),
            (
                "The leaders of the Harbour Council gathered in Varna for two days of talks.\n\nThe leaders called for “an end to the blockade of the port.”",
                "an end to the blockade of the port.",
                Some("Harbour Council leaders"),
            ),
            (
                "Norland foreign ministers met in Varna on Monday.\n\nAna Ruiz said the talks of the ministers showed “how far apart the two camps remain.”",
                "how far apart the two camps remain.",
                Some("Ana Ruiz"),
            ),
            (
                "Norland foreign ministers met in Varna, where Ana Ruiz and Tomas Varga held talks on Monday.\n\nThe ministers said the talks were “a fresh start for the harbour.”",
                "a fresh start for the harbour.",
                Some("Ana Ruiz and Tomas Varga"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "they" with no two people named together is the ministers or
    /// leaders named as a collective a few sentences before; not one named
    /// long before, and two people named together still come first.
    #[test]
    fn they_are_the_collective_named_just_before() {
        let cases = [
            (
                "Norland foreign ministers met in Varna on Monday. In a joint statement, they welcomed “the reopening of the northern ferry route.”",
                "the reopening of the northern ferry route.",
                Some("Norland foreign ministers"),
            ),
            (
                "The leaders of the Harbour Council gathered in Varna for two days of talks. On Tuesday they called for “an end to the blockade.”",
                "an end to the blockade.",
                Some("Harbour Council leaders"),
            ),
            (
                "Coral Sea leaders ended their summit early. They said the fishing deal was “the fairest we could reach.”",
                "the fairest we could reach.",
                Some("Coral Sea leaders"),
            ),
            (
                "Ana Ruiz and Tomas Varga met Norland foreign ministers in Varna. They said the deal was “the fairest we could reach.”",
                "the fairest we could reach.",
                Some("Ana Ruiz and Tomas Varga"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
        let far = "The crews waited at the pier for news of the talks. ".repeat(25);
        let text = format!("Norland foreign ministers met in Varna on Monday. {far}They said the talks were “a fresh start for the harbour.”");
        assert_speaker(&text, "a fresh start for the harbour.", None);
    }

    /// A quote between a possessive name and a noun of speech is the
    /// owner's words; not a place's, not before a noun that reports
    /// nothing, and not in a headline's capitals.
    #[test]
    fn the_owner_of_a_quoted_remark_speaks() {
        let cases = [
            (
                "The vote went badly for the government. Ana Ruiz’s “open door” remark was nearly as costly as the strike.",
                "open door",
                Some("Ana Ruiz"),
            ),
            (
                "Ferry crews cheered on Monday. Tomas Varga's “no more waiting” promise had won them over.",
                "no more waiting",
                Some("Tomas Varga"),
            ),
            (
                "Few in Varna took it seriously. It was the old pull of the Harbour Council’s “ships before shops” pledge that kept the port open.",
                "ships before shops",
                Some("Harbour Council"),
            ),
            (
                "Ola Berg spoke at length. Ana Ruiz’s “open door” policy was nearly as costly as the strike.",
                "open door",
                None,
            ),
            (
                "Varna Summons Envoy Over Norland’s “Hostile” Statement",
                "Hostile",
                None,
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// Capitals after "of" that only complete an office ("Head of
    /// States", "the Minister of Fisheries") are never the speaker alone:
    /// two holders are the two people named together before, one is the
    /// person the article gave that office, and with nobody to give it to
    /// the quote keeps no speaker.
    #[test]
    fn an_office_of_a_body_is_no_body() {
        let cases = [
            (
                "Ivo Vela of Norland flew to meet Marta Orsin on Monday. After talks between Presidents Vela and Orsin there, the two Head of States agreed, in a short note, to “open the border crossings at once.”",
                "open the border crossings at once.",
                Some("Ivo Vela and Marta Orsin"),
            ),
            (
                "Ana Ruiz and Tomas Varga met in Varna on Friday. The two Heads of Government pledged “a common market for fish by spring.”",
                "a common market for fish by spring.",
                Some("Ana Ruiz and Tomas Varga"),
            ),
            (
                "Ola Berg, the fisheries minister, toured the docks. Later the Minister of Fisheries warned that “quotas will be cut again.”",
                "quotas will be cut again.",
                Some("Ola Berg"),
            ),
            (
                "Storms closed the harbour. The Minister of Fisheries warned that “quotas will be cut again.”",
                "quotas will be cut again.",
                None,
            ),
            (
                "The vast majority of Norlanders say they want “cheap fish,” a poll found on Monday.",
                "cheap fish,",
                Some("Norlanders"),
            ),
            (
                "The Harbour Council of Varna warned that “quotas will be cut again.”",
                "quotas will be cut again.",
                Some("Harbour Council of Varna"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// A plural of people opening the sentence as the subject of the verb
    /// before the quote owns the quote: a verb after the quote in a clause
    /// of its own ("a truce agreed among members", "a charge Ana Ruiz
    /// denied") names no speaker of it. The plural speaks as written when
    /// it is a name, else no one does. A person opening the sentence, a
    /// comma after the plural or a person named before the quote leave it
    /// to the other rules.
    #[test]
    fn a_plural_opening_the_sentence_owns_the_quote_in_its_clause() {
        let cases = [
            (
                "Ana Ruiz opened the summit in Varna.\n\nForeign ministers of the Coral Sea Forum (CSF) have voiced alarm and concern over “rising” tension near Varna, despite a truce agreed among members of the forum.",
                "rising",
                Some("Foreign ministers"),
            ),
            (
                "Ana Ruiz chaired the meeting.\n\nNorland's envoys expressed concern over “grave” breaches in the north, a charge denied by Tomas Varga.",
                "grave",
                Some("Norland's envoys"),
            ),
            (
                "Tomas Varga spoke in Varna.\n\nDelegates from Norland voiced “deep regret” over the vote, a charge Ana Ruiz denied.",
                "deep regret",
                None,
            ),
            (
                "Tomas Varga spoke in Varna.\n\nThe delegates voiced “deep regret” over the vote, a charge Ana Ruiz denied.",
                "deep regret",
                None,
            ),
            (
                "Tomas Varga spoke in Varna.\n\nSignatories have pledged “swift” cuts in coal use, in a plan endorsed by Ana Ruiz.",
                "swift",
                Some("Signatories"),
            ),
            // Counter-cases: a comma parts the plural from the quote; a
            // person opens the sentence; a person is named before the quote.
            (
                "Tomas Varga spoke in Varna.\n\nThe ministers met in Varna, where “hard talks” lay ahead, Ana Ruiz said.",
                "hard talks",
                Some("Ana Ruiz"),
            ),
            (
                "Ana Ruiz said the ministers voiced “deep regret” at the vote, a view shared by Tomas Varga.",
                "deep regret",
                Some("Ana Ruiz"),
            ),
            (
                "Tomas Varga spoke in Varna.\n\nThe envoys, Ana Ruiz said, felt “deep regret” over the vote, a charge denied by Ola Berg.",
                "deep regret",
                Some("Ana Ruiz"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "Park" opening a name is the Korean family name, so "Park
    /// Seo-yeon" is a person: the antecedent of "she", one of "the two
    /// ministers", and never merged with another Park. A name that a park
    /// word ends ("the Park Hotel") is still a place.
    #[test]
    fn park_opening_a_name_is_a_family_name() {
        let cases = [
            (
                "Zhao Mingyu and Park Seo-yeon met in Seoul on Monday. The two ministers said they would “deepen cooperation.”",
                "deepen cooperation.",
                Some("Zhao Mingyu and Park Seo-yeon"),
            ),
            (
                "Park Seo-yeon arrived in Varna on Monday. She said the two countries were “closer than ever.”",
                "closer than ever.",
                Some("Park Seo-yeon"),
            ),
            (
                "Park Seo-yeon met Park Min-jun in Seoul on Monday. “The north must return to talks,” Park Min-jun said.",
                "The north must return to talks,",
                Some("Park Min-jun"),
            ),
            (
                "Park Min-jun and Ana Ruiz met in Varna. The two leaders called for “a new ferry link.”",
                "a new ferry link.",
                Some("Park Min-jun and Ana Ruiz"),
            ),
            // Counter-case: a place that a park word ends is no person.
            (
                "Ana Ruiz spoke at the Varna Park Hotel on Monday. She said the port was “open to all.”",
                "open to all.",
                Some("Ana Ruiz"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// A capitalised word opening a sentence that ends like a gerund,
    /// participle or adverb is still a name when no English word could
    /// be ("Beijing", "Chongqing") or when it stands alone before a
    /// reporting verb ("Ahmed said", "Kelly told"); "Speaking" or "Asked"
    /// opening a sentence stays no name.
    #[test]
    fn a_name_ending_like_a_gerund_may_open_a_sentence() {
        let cases = [
            ("Beijing said the drills were “a stern warning” to separatists.", "a stern warning", Some("Beijing")),
            ("Chongqing has called the plan “a model for the region.”", "a model for the region.", Some("Chongqing")),
            (
                "Tomas Ahmed arrived in Varna on Monday. Ahmed said the border would “stay open to trade.”",
                "stay open to trade.",
                Some("Tomas Ahmed"),
            ),
            (
                "Ana Kelly met the envoy on Monday. Kelly told reporters the talks were “slow but honest.”",
                "slow but honest.",
                Some("Ana Kelly"),
            ),
            // Counter-cases: an opening participle or gerund is no speaker.
            ("Asked about the talks, Ana Ruiz said they were “slow but honest.”", "slow but honest.", Some("Ana Ruiz")),
            ("Speaking in Varna, Ola Berg called the deal “a first step.”", "a first step.", Some("Ola Berg")),
            ("Having said that, Ana Ruiz called the plan “a first step.”", "a first step.", Some("Ana Ruiz")),
            ("Having said the port was “closed for good,” the crowd went home.", "closed for good,", None),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// The owner of a document that speaks ("Norland's statement said",
    /// "the council's statement called") issued it and is the speaker:
    /// the body named, or the one "the council" stands for.
    #[test]
    fn the_owner_of_a_statement_speaks() {
        let cases = [
            (
                "Norland's statement said the strike was “a grave breach of the truce.”",
                "a grave breach of the truce.",
                Some("Norland"),
            ),
            (
                "The Harbour Council met on Monday. The council's statement called the strike “a grave breach.”",
                "a grave breach.",
                Some("Harbour Council"),
            ),
            (
                "Ana Ruiz’s official statement said the port would “stay open all winter.”",
                "stay open all winter.",
                Some("Ana Ruiz"),
            ),
            (
                "The Harbour League ended its meeting in Varna. The league's final communique called warming seas “the gravest threat we face.”",
                "the gravest threat we face.",
                Some("Harbour League"),
            ),
            // Counter-case: a document that is an object speaks for no one.
            (
                "Ana Ruiz read out Norland's statement on Monday, calling the strike “a grave breach.”",
                "a grave breach.",
                Some("Ana Ruiz"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// One name spelt with a hyphen and with a space ("Park Seo-yeon",
    /// "Park Seo Yeon") is one speaker, under the form written first; two
    /// people who share a family name stay two.
    #[test]
    fn a_name_with_a_hyphen_or_a_space_is_one_speaker() {
        let cases = [
            (
                "Foreign Minister Park Seo Yeon flew to Tokyo on Monday. “We want a future-oriented relationship,” Park Seo-yeon told reporters.",
                "We want a future-oriented relationship,",
                Some("Park Seo Yeon"),
            ),
            (
                "Omar Abdel-Karim arrived in Varna on Sunday. “We came to listen,” Omar Abdel Karim said.",
                "We came to listen,",
                Some("Omar Abdel-Karim"),
            ),
            (
                "Envoy Ana Ruiz Lopez met the dockers. “The port stays open,” said Ana Ruiz-Lopez.",
                "The port stays open,",
                Some("Ana Ruiz Lopez"),
            ),
            // Counter-case: two people who share a family name.
            (
                "Park Seo-yeon met Park Seo-jin in Seoul on Monday. “The north must return to talks,” Park Seo-jin said.",
                "The north must return to talks,",
                Some("Park Seo-jin"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// Titles joined by a hyphen ("Secretary-General", "Director-General",
    /// "Vice-President") are titles: no part of the speaker's name, and
    /// "the secretary-general" is the person who holds the office.
    #[test]
    fn a_hyphenated_title_is_no_part_of_the_name() {
        let cases = [
            (
                "Secretary-General Anita Brenner called for “an immediate and lasting ceasefire.”",
                "an immediate and lasting ceasefire.",
                Some("Anita Brenner"),
            ),
            (
                "Director-General Ola Berg said the outbreak was “under control.”",
                "under control.",
                Some("Ola Berg"),
            ),
            ("Vice-President Ana Ruiz said the port was “open to all.”", "open to all.", Some("Ana Ruiz")),
            (
                "UN Secretary-General Anita Brenner met Tomas Varga on Monday. The secretary-general said the camps were “beyond shameful.”",
                "beyond shameful.",
                Some("Anita Brenner"),
            ),
            // Counter-case: a hyphenated name of no titles stays a name.
            (
                "Director Ana Ruiz-Berg said the port was “open to all.”",
                "open to all.",
                Some("Ana Ruiz-Berg"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// A person named before "of", "from" or "at" a body written in
    /// lowercase ("Ola Berg of the health agency said") is the subject;
    /// the body only says where the person works.
    #[test]
    fn the_person_of_a_body_speaks_not_the_body() {
        let cases = [
            (
                "Ola Berg of the health agency said the outbreak was “under control.”",
                "under control.",
                Some("Ola Berg"),
            ),
            ("Ana Ruiz from the foreign ministry told reporters the talks were “frank.”", "frank.", Some("Ana Ruiz")),
            ("Spokesman Lin Hao of the foreign ministry said the drills were “routine.”", "routine.", Some("Lin Hao")),
            (
                "Tomas Varga at the port authority warned that “the cranes will stop.”",
                "the cranes will stop.",
                Some("Tomas Varga"),
            ),
            // Counter-case: with no person before it, the body speaks.
            ("Ola Berg flew home. The foreign ministry said the strike was “over.”", "over.", Some("Foreign Ministry")),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// People named inside a prepositional phrase that opens the
    /// pronoun's own sentence ("During talks with Varga, she said") are met
    /// or talked about: the pronoun refers to someone named before; a
    /// reporting verb inside the opener still makes its subject a
    /// candidate.
    #[test]
    fn a_pronoun_after_an_opening_phrase_skips_the_people_in_it() {
        let cases = [
            (
                "Ana Ruiz met the press on Monday. During talks with Tomas Varga and Ola Berg, she said the deal was “close.”",
                "close.",
                Some("Ana Ruiz"),
            ),
            (
                "Tomas Varga flew to Varna. After a meeting with Ola Berg, he said the port was “safe.”",
                "safe.",
                Some("Tomas Varga"),
            ),
            (
                "Ola Berg spoke in Varna on Friday. Of the criticism from Tomas Varga, he said: “It is a little much.”",
                "It is a little much.",
                Some("Ola Berg"),
            ),
            // Counter-case: with no opening phrase, the nearest person fits.
            (
                "Ana Ruiz met the press on Monday. Tomas Varga arrived later, and he said the deal was “close.”",
                "close.",
                Some("Tomas Varga"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// A stress set of our own in the shapes of news the dev rounds hold
    /// few of: family-name-first, Arabic and Korean names, ministry
    /// spokespeople, state media and agencies, multilateral bodies and
    /// their envoys, capitals and buildings standing for governments,
    /// statements that run over paragraphs, joint statements and
    /// descriptions of offices.
    #[test]
    fn news_shapes_beyond_the_dev_rounds() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Chinese Foreign Minister Zhao Mingyu arrived in Varna on Monday. “We will not accept pressure,” Zhao told reporters.", "We will not accept pressure,", Some("Zhao Mingyu")),
            ("Zhao Mingyu met his Norland counterpart on Monday. Zhao said the talks were “candid and useful.”", "candid and useful.", Some("Zhao Mingyu")),
            ("Vice Premier Wu Jianhua opened the forum. “Trade must stay open,” said Wu.", "Trade must stay open,", Some("Wu Jianhua")),
            ("“The door to dialogue remains open,” ministry spokesperson Lin Hao told a regular briefing in Beijing on Tuesday.", "The door to dialogue remains open,", Some("Lin Hao")),
            ("Foreign ministry spokesman Lin Hao told a regular news briefing that the drills were “a normal exercise.”", "a normal exercise.", Some("Lin Hao")),
            ("Asked about the drills, Lin said they were “routine and lawful.” Lin Hao is the ministry's chief spokesman.", "routine and lawful.", Some("Lin Hao")),
            ("Sheikh Khalid bin Rashid Al Nuri, the foreign minister, said the kingdom sought “calm on every border.”", "calm on every border.", Some("Khalid bin Rashid Al Nuri")),
            ("Foreign Minister Omar Abdel-Karim arrived in Geneva on Sunday. “We came to listen,” Abdel-Karim said.", "We came to listen,", Some("Omar Abdel-Karim")),
            ("Hassan al-Nuri, the envoy, met rebel leaders on Friday. “Nobody wants another winter of war,” al-Nuri told reporters.", "Nobody wants another winter of war,", Some("Hassan al-Nuri")),
            ("“Nobody wants another winter of war,” said Hassan al-Nuri, the envoy.", "Nobody wants another winter of war,", Some("Hassan al-Nuri")),
            ("Park Seo-yeon, the foreign minister, met Park Min-jun, the unification minister, on Monday. “The north must return to talks,” Park Min-jun said.", "The north must return to talks,", Some("Park Min-jun")),
            ("Foreign Minister Park Seo Yeon said on Monday the alliance was “stronger than ever.”", "stronger than ever.", Some("Park Seo Yeon")),
            ("The official news agency quoted Omar Abdel-Karim as saying the border would “stay shut until further notice.”", "stay shut until further notice.", Some("Omar Abdel-Karim")),
            ("State news agency KNA quoted the minister, Hassan al-Nuri, as saying that “the talks have failed.”", "the talks have failed.", Some("Hassan al-Nuri")),
            ("“We will respond firmly,” the foreign ministry said in a statement carried by state media.", "We will respond firmly,", Some("Foreign Ministry")),
            ("UN Secretary-General Anita Brenner called for “an immediate and lasting ceasefire.”", "an immediate and lasting ceasefire.", Some("Anita Brenner")),
            ("The bloc's foreign policy chief, Karel Novak, said the sanctions were “not up for negotiation.”", "not up for negotiation.", Some("Karel Novak")),
            ("Karel Novak arrived in Kyiv on Monday. “Europe stands with you,” the bloc's foreign policy chief told reporters.", "Europe stands with you,", Some("Karel Novak")),
            ("UN envoy Marta Lindqvist said after the meeting that both sides had shown “real flexibility.”", "real flexibility.", Some("Marta Lindqvist")),
            ("Marta Lindqvist met both delegations in Geneva. The envoy said the talks were at “a delicate stage.”", "a delicate stage.", Some("Marta Lindqvist")),
            ("The Kremlin said the sanctions were “an unfriendly act.”", "an unfriendly act.", Some("Kremlin")),
            ("Tehran called the strike “a flagrant violation of our sovereignty.”", "a flagrant violation of our sovereignty.", Some("Tehran")),
            ("The Blue House said in a statement it regretted the “one-sided” decision.", "one-sided", Some("Blue House")),
            ("Kremlin spokesman Ivan Sorokin told reporters the talks were “not easy.”", "not easy.", Some("Ivan Sorokin")),
            ("Foreign Minister Omar Abdel-Karim, speaking in Tehran, said the deal was “dead.”", "dead.", Some("Omar Abdel-Karim")),
            ("Zhao Mingyu flew to Tokyo on Monday. Speaking in Tokyo, he said ties were “at a turning point.”", "at a turning point.", Some("Zhao Mingyu")),
            ("Secretary-General Anita Brenner said in her opening remarks:\n\n“The world is watching this council.\n\n“It cannot fail again.”", "It cannot fail again.", Some("Anita Brenner")),
            ("Hassan al-Nuri told the assembly:\n\n“We have waited long enough.”\n\n“Our patience has limits.”", "Our patience has limits.", Some("Hassan al-Nuri")),
            ("In a joint statement, Presidents Ivo Vela and Marta Orsin said they would “work together on border security.”", "work together on border security.", Some("Ivo Vela and Marta Orsin")),
            ("Zhao Mingyu and Park Seo-yeon met in Seoul on Monday. The two ministers said in a joint statement they would “deepen cooperation.”", "deepen cooperation.", Some("Zhao Mingyu and Park Seo-yeon")),
            ("Sheikh Khalid bin Rashid Al Nuri met the envoy on Monday. The emir said he wanted “a just peace.”", "a just peace.", Some("Khalid bin Rashid Al Nuri")),
            ("Zhao Mingyu met Park Seo-yeon in Seoul. The Chinese minister said the two countries were “neighbours that cannot move away.”", "neighbours that cannot move away.", Some("Zhao Mingyu")),
            ("Prime Minister Rahul Menon said India would “never compromise on its security.”", "never compromise on its security.", Some("Rahul Menon")),
            ("Indian Prime Minister Rahul Menon met Park Seo-yeon in Delhi. Menon said the ties were “a pillar of stability.”", "a pillar of stability.", Some("Rahul Menon")),
            ("Pakistan's Foreign Office spokesperson Ayesha Qureshi said Islamabad wanted “peaceful coexistence.”", "peaceful coexistence.", Some("Ayesha Qureshi")),
            ("Nguyen Van Thanh, Vietnam's deputy foreign minister, said Hanoi would “defend its rights at sea.”", "defend its rights at sea.", Some("Nguyen Van Thanh")),
            ("Foreign Minister Park Seo Yeon flew to Tokyo on Monday. “We want a future-oriented relationship,” Park Seo-yeon told reporters.", "We want a future-oriented relationship,", Some("Park Seo Yeon")),
            ("Sheikh Khalid bin Rashid Al Nuri arrived in Cairo on Monday. “Our region deserves better,” Sheikh Khalid said.", "Our region deserves better,", Some("Khalid bin Rashid Al Nuri")),
            ("Zhao Mingyu arrived in Tehran on Monday. He said the visit would “open a new chapter.”", "open a new chapter.", Some("Zhao Mingyu")),
            ("Mali's Foreign Minister Ada Keita said the troops would “leave by the end of the year.”", "leave by the end of the year.", Some("Ada Keita")),
            ("Ada Keita, the foreign minister, flew to Ankara. The minister, speaking in Ankara, said the deal was “within reach.”", "within reach.", Some("Ada Keita")),
            ("Anita Brenner visited the camp on Friday. The secretary-general said the conditions were “beyond shameful.”", "beyond shameful.", Some("Anita Brenner")),
            ("Xinhua quoted Zhao Mingyu as saying that Beijing would “firmly defend” its interests.", "firmly defend", Some("Zhao Mingyu")),
            ("Zhao Mingyu spoke by phone with his Indian counterpart. State news agency Xinhua quoted him as saying the border was “stable overall.”", "stable overall.", Some("Zhao Mingyu")),
            ("Speaking to reporters in Tokyo, Japan's Foreign Minister Tanaka Hiroshi said the missile launch was “totally unacceptable.”", "totally unacceptable.", Some("Tanaka Hiroshi")),
            ("Indonesian Foreign Minister Retno Sari met her Chinese counterpart on Monday. Retno said the sea must remain “a sea of peace.”", "a sea of peace.", Some("Retno Sari")),
            ("The Security Council met in emergency session. The council's statement called the attack “a grave violation of international law.”", "a grave violation of international law.", Some("Security Council")),
            ("Presidents Ivo Vela and Marta Orsin met in Varna on Monday. “We have turned a page,” the two leaders said in a joint statement.", "We have turned a page,", Some("Ivo Vela and Marta Orsin")),
            ("Ivo Vela and Marta Orsin issued a joint statement after the talks. “The border will be open to trade,” the statement said.", "The border will be open to trade,", Some("Ivo Vela and Marta Orsin")),
            ("Iran's foreign ministry spokesman, Reza Tavakoli, told a weekly news conference that the proposal was “unacceptable.”", "unacceptable.", Some("Reza Tavakoli")),
            ("Reza Tavakoli, a spokesman for the foreign ministry, said the claim was “baseless.”", "baseless.", Some("Reza Tavakoli")),
            ("Hassan al-Nuri said in a speech on Sunday:\n\nWe will not abandon our people.\n\n“Nor will we bow to threats,” he added.", "Nor will we bow to threats,", Some("Hassan al-Nuri")),
            ("Speaking in Riyadh, Omar Abdel-Karim called the plan “a recipe for chaos.”", "a recipe for chaos.", Some("Omar Abdel-Karim")),
            ("Beijing said the drills were “a stern warning” to separatists. Zhao Mingyu later told reporters the drills were over.", "a stern warning", Some("Beijing")),
            ("The Kremlin's spokesman, Ivan Sorokin, said Moscow would “respond in kind.”", "respond in kind.", Some("Ivan Sorokin")),
            ("Ivan Sorokin told reporters on Monday that the Kremlin saw “no basis” for talks.", "no basis", Some("Ivan Sorokin")),
            ("Anita Brenner's spokesman, Luis Ortega, said she was “deeply alarmed” by the fighting.", "deeply alarmed", Some("Luis Ortega")),
            ("“We will never accept occupation,” Abdel-Karim said, according to the official news agency.", "We will never accept occupation,", Some("Abdel-Karim")),
            ("Kim Jae-won and Kim Soo-ah both spoke at the forum. “Unification is a long road,” Kim Soo-ah said.", "Unification is a long road,", Some("Kim Soo-ah")),
            ("Ana Ruiz and Tomas Varga said they would “work together on the ferries.”", "work together on the ferries.", Some("Ana Ruiz and Tomas Varga")),
            ("Ana Ruiz and Tomas Varga met in Varna. “We work together,” Ruiz and Varga said.", "We work together,", Some("Ana Ruiz and Tomas Varga")),
            ("Zhao Mingyu and Park Seo-yeon met in Seoul on Monday. The two ministers said they would “deepen cooperation.”", "deepen cooperation.", Some("Zhao Mingyu and Park Seo-yeon")),
            ("Ana Ruiz and Tomas Varga met in Varna on Monday. The two ministers said they would “deepen cooperation.”", "deepen cooperation.", Some("Ana Ruiz and Tomas Varga")),
            ("According to Radio Norland, the ferries were “running again.”", "running again.", Some("Radio Norland")),
            ("Beijing said the drills were “a stern warning” to separatists.", "a stern warning", Some("Beijing")),
            ("Ana Ruiz said the drills were “a stern warning” to rebels. Tomas Varga later told reporters the drills were over.", "a stern warning", Some("Ana Ruiz")),
            ("UN Secretary-General Anita Brenner arrived on Monday. “This must stop,” Anita Brenner said.", "This must stop,", Some("Anita Brenner")),
            ("The Harbour Council met on Monday. The council's statement called the strike “a grave breach of the truce.”", "a grave breach of the truce.", Some("Harbour Council")),
            ("Tehran said the drills were “a stern warning” to rebels.", "a stern warning", Some("Tehran")),
            ("Beijing said the drills were “a stern warning.”", "a stern warning.", Some("Beijing")),
            ("Norland's statement called the strike “a grave breach of the truce.”", "a grave breach of the truce.", Some("Norland")),
            ("The Security Council said in a statement that the attack was “a grave breach.”", "a grave breach.", Some("Security Council")),
            ("Norland's statement said the strike was “a grave breach of the truce.”", "a grave breach of the truce.", Some("Norland")),
            ("The Harbour Council met on Monday. The council's statement said the strike was “a grave breach.”", "a grave breach.", Some("Harbour Council")),
            ("UN Secretary-General Anita Brenner arrived on Monday. The secretary-general said the camps were “beyond shameful.”", "beyond shameful.", Some("Anita Brenner")),
            ("Director-General Ola Berg of the health agency said the outbreak was “under control.”", "under control.", Some("Ola Berg")),
            ("Vice-President Ana Ruiz said the port was “open to all.”", "open to all.", Some("Ana Ruiz")),
            ("Ola Berg of the health agency said the outbreak was “under control.”", "under control.", Some("Ola Berg")),
            ("Ana Ruiz from the foreign ministry told reporters the talks were “frank.”", "frank.", Some("Ana Ruiz")),
            ("Tomas Varga, head of the port authority, said the strike was “over.”", "over.", Some("Tomas Varga")),
            ("“The strike is over,” said Tomas Varga of the port authority.", "The strike is over,", Some("Tomas Varga")),
            ("Spokesman Lin Hao of the foreign ministry said the drills were “routine.”", "routine.", Some("Lin Hao")),
            ("Tehran's envoy to the UN, Amir Saeedi, said the sanctions were “economic terrorism.”", "economic terrorism.", Some("Amir Saeedi")),
            ("Crown Prince Faisal bin Nasser met the envoy on Monday. The crown prince said the kingdom wanted “lasting calm.”", "lasting calm.", Some("Faisal bin Nasser")),
            ("Japan's top government spokesman, Chief Cabinet Secretary Mori Kenta, told a news conference the launch was “a grave threat.”", "a grave threat.", Some("Mori Kenta")),
            ("Kim Tae-ho, the leader, and his sister Kim Mi-rae both spoke on Monday. “We will answer force with force,” Kim Mi-rae said in a statement.", "We will answer force with force,", Some("Kim Mi-rae")),
            ("Zhao Mingyu told his Norland counterpart that Beijing wanted “stable and healthy” ties.", "stable and healthy", Some("Zhao Mingyu")),
            ("Asked about the drills, the Chinese embassy said in a statement they were “routine.”", "routine.", Some("Chinese Embassy")),
            ("Lin Hao said: “We firmly oppose this.” He added that China would “take all necessary measures.”", "take all necessary measures.", Some("Lin Hao")),
            ("The Gulf Cooperation Council said in its closing statement that it backed “a two-state solution.”", "a two-state solution.", Some("Gulf Cooperation Council")),
            ("Iran's Supreme Leader Ali Rezaei said the deal was “a trap.”", "a trap.", Some("Ali Rezaei")),
            ("Ali Rezaei spoke after Friday prayers. The supreme leader said the deal was “a trap.”", "a trap.", Some("Ali Rezaei")),
            ("Ana Ruiz met the press on Monday. During talks with Tomas Varga and Ola Berg, she said the deal was “close.”", "close.", Some("Ana Ruiz")),
            ("Tomas Varga flew to Varna. After a meeting with Ola Berg, he said the port was “safe.”", "safe.", Some("Tomas Varga")),
        ];
        for &(text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "A spokesman for the foreign ministry said": with no one named,
    /// the description as written is the speaker, as "a senior official"
    /// is; an adviser "to" someone is no such description.
    #[test]
    fn a_spokesperson_for_a_body_speaks_as_written() {
        let cases = [
            (
                "A spokesman for the foreign ministry said the drills were “routine.”",
                "routine.",
                Some("A spokesman for the foreign ministry"),
            ),
            (
                "Ana Ruiz arrived in Varna. A spokeswoman for the ministry told reporters the visit was “private.”",
                "private.",
                Some("A spokeswoman for the ministry"),
            ),
            (
                "A spokesperson for the secretary-general said the UN was “ready to help.”",
                "ready to help.",
                Some("A spokesperson for the secretary-general"),
            ),
            (
                "“The port stays open,” a spokesman for Coral Union said.",
                "The port stays open,",
                Some("a spokesman for Coral Union"),
            ),
            // Counter-case: a named spokesman speaks under his name.
            (
                "Tomas Varga, a spokesman for the ministry, said the visit was “private.”",
                "private.",
                Some("Tomas Varga"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    #[test]
    fn cue_inflections_in_any_script() {
        for w in ["மமing", "ßßed", "ééing", "жжed", "日日ing", "😀😀ed", "e\u{301}\u{301}ing", "ααed"]
        {
            assert!(!is_cue(w), "{w}");
        }
    }
    /// "AGENCY quoted him as saying", "quoted the minister, NAME, as
    /// saying": the one quoted speaks, never the agency; "him" or "her"
    /// is the person named before.
    #[test]
    fn the_one_an_agency_quoted_speaks() {
        let cases = [
            (
                "Zhao Mingyu spoke by phone with his Norland counterpart. The state news agency quoted him as saying the border was “calm on the whole.”",
                "calm on the whole.",
                Some("Zhao Mingyu"),
            ),
            (
                "Ada Keita flew home from the talks. Radio Norland quoted her as saying the deal was “closer than ever.”",
                "closer than ever.",
                Some("Ada Keita"),
            ),
            (
                "The Varna Herald quoted the envoy, Hassan al-Nuri, as saying that “the ferry talks have stalled.”",
                "the ferry talks have stalled.",
                Some("Hassan al-Nuri"),
            ),
            (
                "Coral News quoted the fisheries minister, Ola Berg, as saying quotas would be “cut by half.”",
                "cut by half.",
                Some("Ola Berg"),
            ),
            // Counter-cases: with no "as saying", the agency's own words;
            // a name not set apart by commas is still the one quoted.
            (
                "Zhao Mingyu left Varna on Monday. Radio Norland quoted him at length and called the visit “a quiet success.”",
                "a quiet success.",
                Some("Radio Norland"),
            ),
            (
                "Radio Norland quoted Ada Keita as saying the port was “open to all.”",
                "open to all.",
                Some("Ada Keita"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }
    /// Two people joined by "and" as one subject of the reporting verb
    /// speak together, as "A and B" in the order the article named them;
    /// a plural title before them is no part of either name. Not the last
    /// two of a list of three, and not a name joined to a clause by "and".
    #[test]
    fn two_people_joined_as_one_subject_speak_together() {
        let cases = [
            (
                "Ana Ruiz and Tomas Varga said they would “work together on the ferries.”",
                "work together on the ferries.",
                Some("Ana Ruiz and Tomas Varga"),
            ),
            (
                "Ana Ruiz met Tomas Varga in Varna on Monday. “We have turned a page,” Ruiz and Varga said after the talks.",
                "We have turned a page,",
                Some("Ana Ruiz and Tomas Varga"),
            ),
            (
                "In a joint statement, Presidents Ivo Vela and Marta Orsin said they would “guard the border together.”",
                "guard the border together.",
                Some("Ivo Vela and Marta Orsin"),
            ),
            (
                "Foreign ministers Zhao Mingyu and Lin Hao said in a statement that ties were “at their best in years.”",
                "at their best in years.",
                Some("Zhao Mingyu and Lin Hao"),
            ),
            // Counter-cases: three people listed; "and" opening a clause.
            (
                "Ola Berg, Ana Ruiz and Tomas Varga said the pact was “long overdue.”",
                "long overdue.",
                Some("Tomas Varga"),
            ),
            (
                "Ana Ruiz met Tomas Varga on Monday and Varga said the talks were “frank.”",
                "frank.",
                Some("Tomas Varga"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "“...,” Berg went on.": going on, with nothing after "on" but the
    /// end of the clause, is going on speaking, so the quote is the named
    /// person's even after another speaker's quote in between; "went on"
    /// before more words ("went on for days") reports nothing.
    #[test]
    fn going_on_is_going_on_speaking() {
        let cases = [
            (
                "“The port is safe,” said Ola Berg. “It is not,” Tomas Varga replied. “The guards are in place,” Berg went on.",
                "The guards are in place,",
                Some("Ola Berg"),
            ),
            (
                "“We want peace,” Ivo Vela said. “So do we,” said Marta Orsin. “But peace needs trust,” Vela went on.",
                "But peace needs trust,",
                Some("Ivo Vela"),
            ),
            (
                "“The ferries will sail,” Ana Ruiz told reporters. “Not before June,” said Tomas Varga. “The crews are ready,” Ruiz carried on.",
                "The crews are ready,",
                Some("Ana Ruiz"),
            ),
            // Counter-case: the strike went on, nobody spoke.
            ("The “harbour strike” went on for days.", "harbour strike", None),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "said Said Abdel-Karim", "Foreign Minister Said Abdel-Karim": a
    /// reporting verb is not said twice in a row and a title is followed
    /// by a name, so the capitalised "Said" there opens the name; a
    /// capitalised verb after a name in a headline still ends it.
    #[test]
    fn said_as_a_given_name() {
        let cases = [
            (
                "“The talks are over,” said Said Abdel-Karim, the foreign minister.",
                "The talks are over,",
                Some("Said Abdel-Karim"),
            ),
            (
                "Foreign Minister Said Abdel-Karim told reporters the embargo was “collective punishment.”",
                "collective punishment.",
                Some("Said Abdel-Karim"),
            ),
            ("Prime Minister Said Haddad said on Monday the truce was “holding.”", "holding.", Some("Said Haddad")),
            ("“We will not leave,” says Said Nuri, the envoy.", "We will not leave,", Some("Said Nuri")),
            // Counter-case: a headline's verb after a name.
            ("Ola Berg Says “Ferries Will Sail”", "Ferries Will Sail", Some("Ola Berg")),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "The Harbour Council met on Monday. Its statement called ...": "its
    /// statement" was issued by the body named last in that sentence or
    /// the one before; people and places named after it are passed over,
    /// and with no body named there the statement keeps no speaker.
    #[test]
    fn its_statement_is_the_body_named_before() {
        let cases = [
            (
                "The Harbour Council met on Monday. Its statement called the strike “a grave breach.”",
                "a grave breach.",
                Some("Harbour Council"),
            ),
            (
                "The Ferry Workers Union voted late on Friday. Its statement said the new rota was “a betrayal.”",
                "a betrayal.",
                Some("Ferry Workers Union"),
            ),
            (
                "The Coral Union met in Varna on Monday. Its statement urged “calm on both sides.”",
                "calm on both sides.",
                Some("Coral Union"),
            ),
            // A person named after the body is no "it".
            (
                "The Harbour Council met Ola Berg on Monday. Its statement called her plan “a good start.”",
                "a good start.",
                Some("Harbour Council"),
            ),
            // Counter-cases: the body named too far back; no body named.
            (
                "The Harbour Council met on Monday. The talks were long. The strike went on. Its statement called it “a grave breach.”",
                "a grave breach.",
                None,
            ),
            ("The talks ended on Monday. Its statement called the strike “a grave breach.”", "a grave breach.", None),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// A second stress set of our own, in shapes the first did not try:
    /// datelines and all-caps leads, colon-introduced quotes, a speaker
    /// going on after another's quote ("added", "went on", "continued"),
    /// patronymics and long Turkish, Iranian and Arabic names, and offices
    /// with a nationality ("the Iranian foreign minister") that stand for
    /// a person named before; counter-cases with no one named before keep
    /// no person.
    #[test]
    fn news_shapes_second_set() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            // headlines and all-caps leads
            ("VARNA, Norland (Reuters) - Foreign Minister Ana Ruiz said on Monday the ferries would “sail again soon.”", "sail again soon.", Some("Ana Ruiz")),
            ("VARNA — Norland's prime minister, Ivo Vela, said on Tuesday that the border was “calm.”", "calm.", Some("Ivo Vela")),
            ("KARLSTAD, Norland — “We will not be bullied,” Defence Minister Tomas Varga said on Friday.", "We will not be bullied,", Some("Tomas Varga")),
            ("GENEVA (AP) — UN envoy Marta Lindqvist said the talks had reached “a turning point.”", "a turning point.", Some("Marta Lindqvist")),
            ("BEIJING, March 3 (Xinhua) -- Chinese Foreign Minister Zhao Mingyu said Sunday that ties were “on a sound track.”", "on a sound track.", Some("Zhao Mingyu")),
            ("ANKARA — Turkish Foreign Minister Mevlut Aksoy said the corridor must stay “open to all.”", "open to all.", Some("Mevlut Aksoy")),
            // colon-introduced quotes after a description
            ("The ministry's statement read: “Norland will defend its waters.”", "Norland will defend its waters.", Some("Ministry")),
            ("Ana Ruiz spoke to reporters on Monday. She said: “The ferries will sail.”", "The ferries will sail.", Some("Ana Ruiz")),
            ("Tomas Varga was blunt: “This deal is dead.”", "This deal is dead.", Some("Tomas Varga")),
            ("In a statement, Foreign Minister Ivo Vela said: “We expect an apology.”", "We expect an apology.", Some("Ivo Vela")),
            ("The envoy, Marta Lindqvist, told the council: “Time is running out.”", "Time is running out.", Some("Marta Lindqvist")),
            ("Zhao Mingyu put it plainly: “Trade is not a weapon.”", "Trade is not a weapon.", Some("Zhao Mingyu")),
            // added / went on / continued after another speaker
            ("“The talks were useful,” Ana Ruiz said. “We disagree on the ferries,” Tomas Varga said. “But we will meet again,” Ruiz added.", "But we will meet again,", Some("Ana Ruiz")),
            ("“The port is safe,” said Ola Berg. “It is not,” Tomas Varga replied. “The guards are in place,” Berg went on.", "The guards are in place,", Some("Ola Berg")),
            ("“We want peace,” Ivo Vela said. “So do we,” said Marta Orsin. “But peace needs trust,” Vela continued.", "But peace needs trust,", Some("Ivo Vela")),
            ("Zhao Mingyu said the tariffs were “unfair.” Lin Hao called them “a mistake.” Zhao added that Beijing would “respond in kind.”", "respond in kind.", Some("Zhao Mingyu")),
            ("“We reject the claims,” said Hassan al-Nuri. Omar Abdel-Karim disagreed. “They are baseless,” al-Nuri added.", "They are baseless,", Some("Hassan al-Nuri")),
            ("“The border is shut,” Varga said. “It will open soon,” he added.", "It will open soon,", Some("Varga")),
            // patronymics and long names
            ("Foreign Minister Sergei Ivanovich Petrov said the sanctions were “illegal.”", "illegal.", Some("Sergei Ivanovich Petrov")),
            ("Sergei Ivanovich Petrov met Ana Ruiz on Monday. “We are open to talks,” Petrov said.", "We are open to talks,", Some("Sergei Ivanovich Petrov")),
            ("“The west has lost its way,” said Dmitry Alexandrovich Volkov, the deputy foreign minister.", "The west has lost its way,", Some("Dmitry Alexandrovich Volkov")),
            ("Mevlut Aksoy arrived in Baku. “Our brothers can count on us,” Aksoy told reporters.", "Our brothers can count on us,", Some("Mevlut Aksoy")),
            ("Iranian Foreign Minister Hossein Amir-Rahimi said the inspectors were “welcome.”", "welcome.", Some("Hossein Amir-Rahimi")),
            ("Hossein Amir-Rahimi arrived in Oman. “We came in good faith,” Amir-Rahimi said.", "We came in good faith,", Some("Hossein Amir-Rahimi")),
            ("Recep Kaan Yildiz, the Turkish trade minister, said the deal was “a win for both.”", "a win for both.", Some("Recep Kaan Yildiz")),
            ("Mohammad Javad Sadeghi told state television the talks were “serious.”", "serious.", Some("Mohammad Javad Sadeghi")),
            ("Valentina Sergeyevna Orlova, the speaker of the upper house, called the vote “a farce.”", "a farce.", Some("Valentina Sergeyevna Orlova")),
            // "the Saudi crown prince", nationality + office resolved to a person named before
            ("Crown Prince Faisal bin Salem met the envoy in Riyadh. The Saudi crown prince said the kingdom wanted “a lasting truce.”", "a lasting truce.", Some("Faisal bin Salem")),
            ("Rahul Menon arrived in Colombo on Monday. The Indian external affairs minister said ties were “deep and old.”", "deep and old.", Some("Rahul Menon")),
            ("Ivo Vela flew to Karlstad on Monday. “We are here to help,” the Norland president told reporters.", "We are here to help,", Some("Ivo Vela")),
            ("Hossein Amir-Rahimi met Omar Abdel-Karim. The Iranian foreign minister called the meeting “constructive.”", "constructive.", Some("Hossein Amir-Rahimi")),
            // counter-cases: descriptions with nobody named before keep no person
            ("The Saudi crown prince said the kingdom wanted “a lasting truce.”", "a lasting truce.", None),
            ("Beijing's top diplomat said the visit was “a new start.”", "a new start.", None),
            // more shapes: "according to", "in remarks", "wrote on X"
            ("Ana Ruiz wrote on social media that the vote was “a victory for the ferries.”", "a victory for the ferries.", Some("Ana Ruiz")),
            ("In remarks broadcast on state television, Sergei Petrov said the west was “playing with fire.”", "playing with fire.", Some("Sergei Petrov")),
            ("“We will not give up an inch,” Zhao Mingyu, who is also a state councillor, said.", "We will not give up an inch,", Some("Zhao Mingyu")),
            ("Speaking in Ankara, Mevlut Aksoy urged both sides to show “restraint and wisdom.”", "restraint and wisdom.", Some("Mevlut Aksoy")),
            ("Marta Lindqvist, speaking after the vote, said the council had “failed the people.”", "failed the people.", Some("Marta Lindqvist")),
            ("The statement, issued by the foreign ministry late on Sunday, said Norland would “not stand idle.”", "not stand idle.", None),
            ("Ivo Vela and Zhao Mingyu said in a joint statement that they sought “a fair peace.”", "a fair peace.", Some("Ivo Vela and Zhao Mingyu")),
            ("“There is no military solution,” the secretary-general, Anita Brenner, told the assembly.", "There is no military solution,", Some("Anita Brenner")),
            ("“The talks are over,” said Said Abdel-Karim, the foreign minister.", "The talks are over,", Some("Said Abdel-Karim")),
            ("Foreign Minister Said Abdel-Karim told reporters the embargo was “collective punishment.”", "collective punishment.", Some("Said Abdel-Karim")),
            ("The Harbour Council met on Monday. Its statement called the strike “a grave breach.”", "a grave breach.", Some("Harbour Council")),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "“...,” India's foreign minister said": an office of a place named
    /// by its possessive stands for the person the article gave that
    /// office, as "the Indian foreign minister" does; a person named before
    /// with no office is no sure match, so the description as written
    /// speaks, as it does with nobody named before.
    #[test]
    fn an_office_of_a_place_named_by_its_possessive() {
        let cases = [
            (
                "Foreign Minister Rahul Menon landed in Colombo. “Ties are deep,” India's foreign minister told reporters.",
                "Ties are deep,",
                Some("Rahul Menon"),
            ),
            (
                "Prime Minister Ana Ruiz arrived in Varna. “We are ready,” Norland's prime minister said.",
                "We are ready,",
                Some("Ana Ruiz"),
            ),
            (
                "Foreign Minister Zhao Mingyu arrived in Varna. “Trade must stay open,” China's top diplomat said.",
                "Trade must stay open,",
                Some("Zhao Mingyu"),
            ),
            // Counter-cases: the person named before holds no office; nobody
            // named before.
            (
                "Sergei Petrov landed in Ankara. “It is a dead end,” Russia's top diplomat said.",
                "It is a dead end,",
                Some("Russia's top diplomat"),
            ),
            ("“It is a dead end,” Russia's top diplomat said.", "It is a dead end,", Some("Russia's top diplomat")),
            // Counter-case: the minister named before is of another nation.
            (
                "Iranian Foreign Minister Hossein Amir-Rahimi met envoys in Oman. “We will not be silenced,” Norland's foreign minister said.",
                "We will not be silenced,",
                Some("Norland's foreign minister"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "Ruiz met Mori. She said ...": the name nearest the pronoun is no
    /// evidence of its gender when that nearness is the pronoun's own
    /// doing; the subject of the sentence before speaks on, unless a
    /// reporting verb stands by the nearer name.
    #[test]
    fn a_pronoun_after_a_meeting_carries_on_its_subject() {
        let cases = [
            ("Kaito Mori met Ana Ruiz in Tokyo on Monday. He said the alliance was “rock solid.”", "rock solid.", "Kaito Mori"),
            ("Ana Ruiz met Kaito Mori in Tokyo on Monday. She said the alliance was “rock solid.”", "rock solid.", "Ana Ruiz"),
            ("Ivo Vela received Tomas Varga at the palace. He told reporters afterwards that the visit was “long overdue.”", "long overdue.", "Ivo Vela"),
            ("Nadia Haddad thanked Marta Orsin for the aid. She called it “a gift we will not forget.”", "a gift we will not forget.", "Nadia Haddad"),
            ("Ana Ruiz met Tomas Varga in Varna. Asked about the strike, she said it was “a private matter.”", "a private matter.", "Ana Ruiz"),
            // counter-cases: a reporting verb by the nearer name keeps it
            ("Ivo Vela met Tomas Varga, and Varga said the port was open. He added that it would stay “open for good.”", "open for good.", "Tomas Varga"),
            ("Marta Orsin hosted the talks. Ana Ruiz said the ferries were safe. “They always were,” she said.", "They always were,", "Ana Ruiz"),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, Some(speaker));
        }
    }
    /// "The Norland Gazette obtained the memo. The ambassador called it
    /// ...": a name opened by "the" is a paper or a body, so it holds no
    /// office a later description could mean; the description keeps no
    /// speaker. A person named alone still does.
    #[test]
    fn a_name_after_the_holds_no_office() {
        let cases = [
            ("The Norland Gazette obtained the memo. The ambassador called it “a forgery.”", "a forgery.", None),
            ("The Karlstad Herald broke the story. The president called it “a fair report.”", "a fair report.", None),
            ("The Varna Chronicle obtained the letter. The minister called it “a forgery.”", "a forgery.", None),
            // counter-cases: a person named before is the one described
            (
                "Ola Berg arrived in Varna on Monday. The minister said the port was “open again.”",
                "open again.",
                Some("Ola Berg"),
            ),
            (
                "Nadia Haddad obtained the memo. The ambassador called it “a forgery.”",
                "a forgery.",
                Some("Nadia Haddad"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, speaker);
        }
    }

    /// "Sheikha" is a title like "Sheikh", and "bint" ("daughter of")
    /// joins a name as "bin" does: the whole name speaks, not its tail.
    #[test]
    fn bint_and_sheikha_belong_to_the_name() {
        let cases = [
            ("Sheikha Mariam bint Saeed Al Dhaheri, the minister of state, said aid would arrive “within days.”", "within days.", "Mariam bint Saeed Al Dhaheri"),
            ("Sheikha Noor bint Hamad Al Kaabi, the culture minister, said the museum would be “open to all.”", "open to all.", "Noor bint Hamad Al Kaabi"),
            ("“We ask for calm,” said Latifa bint Saeed Al Nuri, the envoy.", "We ask for calm,", "Latifa bint Saeed Al Nuri"),
            ("Foreign Minister Hind bint Rashid Al Qasimi said the border would stay “open for trade.”", "open for trade.", "Hind bint Rashid Al Qasimi"),
            ("Sheikha Mariam Al Dhaheri met the envoy on Monday. “Aid cannot wait,” Sheikha Mariam said.", "Aid cannot wait,", "Mariam Al Dhaheri"),
            // counter-cases: "bin" as before, and two women of one family stay two
            ("Prince Faisal bin Nawaf Al Qasimi said the kingdom would “not stand by.”", "not stand by.", "Faisal bin Nawaf Al Qasimi"),
            ("Hind bint Rashid Al Qasimi met Noor bint Hamad Al Qasimi. “We are one family,” Noor bint Hamad Al Qasimi said.", "We are one family,", "Noor bint Hamad Al Qasimi"),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, Some(speaker));
        }
    }

    /// A third stress set of invented news shapes the first two did not
    /// try: posts and broadcasts, readouts, Gulf names with "bin", "bint"
    /// and "Al", family names first and alone, initials, interviews with a
    /// paper, "told the council", statements that run on, all-caps
    /// datelines, a spokesperson relaying a leader, papers that are no
    /// holders of an office.
    #[test]
    fn news_shapes_third_set() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            // social media and broadcasts
            ("Ana Ruiz wrote on X that the ferry strike was “a disgrace.”", "a disgrace.", Some("Ana Ruiz")),
            ("“We will not be intimidated,” Tomas Varga said in a post on Telegram.", "We will not be intimidated,", Some("Tomas Varga")),
            ("In a televised address on Sunday, President Ivo Vela said the nation faced “a hard winter.”", "a hard winter.", Some("Ivo Vela")),
            ("Hassan al-Nuri told state television that the convoy was “on its way.”", "on its way.", Some("Hassan al-Nuri")),
            ("“The border is calm,” Defence Minister Kaito Mori told public broadcaster NHK on Monday.", "The border is calm,", Some("Kaito Mori")),
            ("Marta Orsin posted on Facebook that the vote had been “stolen in broad daylight.”", "stolen in broad daylight.", Some("Marta Orsin")),
            // readouts
            ("A readout from the foreign ministry said the two sides had agreed to “keep in close touch.”", "keep in close touch.", Some("Foreign Ministry")),
            ("According to a readout of the call, Ivo Vela urged “restraint on all sides.”", "restraint on all sides.", Some("Ivo Vela")),
            // Gulf and Arabic names
            ("Prince Faisal bin Nawaf Al Qasimi said the kingdom would “not stand by.”", "not stand by.", Some("Faisal bin Nawaf Al Qasimi")),
            ("Sheikha Mariam bint Saeed Al Dhaheri, the minister of state, said aid would arrive “within days.”", "within days.", Some("Mariam bint Saeed Al Dhaheri")),
            ("Emir Tamim bin Rashed met the envoy in Doha. “Mediation is our duty,” the emir said.", "Mediation is our duty,", Some("Tamim bin Rashed")),
            ("Foreign Minister Adel al-Mansouri arrived in Muscat on Monday. “We seek calm,” al-Mansouri said.", "We seek calm,", Some("Adel al-Mansouri")),
            // East Asian names, family name first
            ("Japanese Foreign Minister Ito Kenji met his Norland counterpart. Asked whether sanctions would follow, Ito said: “All options are on the table.”", "All options are on the table.", Some("Ito Kenji")),
            ("Lee Ha-eun, the Korean trade minister, arrived in Varna. Lee told reporters the deal was “nearly done.”", "nearly done.", Some("Lee Ha-eun")),
            ("Vice Foreign Minister Sun Weidong met the envoy. “Dialogue is the only way,” Sun said.", "Dialogue is the only way,", Some("Sun Weidong")),
            // Indian names with initials
            ("S. K. Rao said the talks had been “frank and forward-looking.”", "frank and forward-looking.", Some("S. K. Rao")),
            ("External Affairs Minister R. N. Iyer said India would “keep its options open.”", "keep its options open.", Some("R. N. Iyer")),
            ("“Terror and talks cannot go together,” said P. V. Nair, the foreign secretary.", "Terror and talks cannot go together,", Some("P. V. Nair")),
            // interviews
            ("In an interview with the Varna Herald, Ana Ruiz said the ferries were “a lifeline.”", "a lifeline.", Some("Ana Ruiz")),
            ("Tomas Varga told the Karlstad Times in an interview that the plan was “dead on arrival.”", "dead on arrival.", Some("Tomas Varga")),
            ("Speaking in an interview with Radio Norland, Ivo Vela said the talks were “going nowhere.”", "going nowhere.", Some("Ivo Vela")),
            // told the council / parliament / lawmakers
            ("Marta Lindqvist told the Security Council that the truce was “hanging by a thread.”", "hanging by a thread.", Some("Marta Lindqvist")),
            ("“This bill protects our ports,” Ola Berg told parliament on Wednesday.", "This bill protects our ports,", Some("Ola Berg")),
            ("Ana Ruiz told lawmakers the ferry contract was “the best we could get.”", "the best we could get.", Some("Ana Ruiz")),
            // speaker in the next sentence
            // statements that run on
            ("Foreign Minister Ivo Vela said in a statement:\n\n“Norland has been patient.\n\n“That patience is now exhausted.”", "That patience is now exhausted.", Some("Ivo Vela")),
            ("Marta Lindqvist said in a statement: “The council must act.”\n\n“Every day of delay costs lives.”", "Every day of delay costs lives.", Some("Marta Lindqvist")),
            // headlines and all-caps
            ("VARNA (Reuters) - Norland's foreign minister, Ana Ruiz, on Monday called the blockade “an act of war.”", "an act of war.", Some("Ana Ruiz")),
            ("KARLSTAD — “Enough is enough,” Prime Minister Ola Berg said on Friday.", "Enough is enough,", Some("Ola Berg")),
            // pronoun "it" for a body
            // spokesperson relaying a leader
            ("Presidential spokesman Luis Ortega said the president was “disappointed” by the vote.", "disappointed", Some("Luis Ortega")),
            ("The spokesman said Ivo Vela regarded the offer as “a step forward.”", "a step forward.", None),
            // counter-cases: places and outlets are not the person
            ("Speaking in Karlstad, the foreign minister said the deal was “within reach.”", "within reach.", None),
            ("Ana Ruiz met Tomas Varga in Varna. Asked about the strike, she said it was “a private matter.”", "a private matter.", Some("Ana Ruiz")),
            ("Ola Berg, speaking on state radio, said the ferries would run “as normal.”", "as normal.", Some("Ola Berg")),
            ("“No one is above the law,” the chief prosecutor, Nadia Haddad, said in a televised statement.", "No one is above the law,", Some("Nadia Haddad")),
            ("Kaito Mori told reporters after a cabinet meeting that Tokyo would “respond calmly.”", "respond calmly.", Some("Kaito Mori")),
            ("Nadia Haddad said on X: “Justice will be done.”", "Justice will be done.", Some("Nadia Haddad")),
            ("The ministry wrote on Telegram that the strikes were “retaliation.”", "retaliation.", Some("Ministry")),
            ("Lee Ha-eun and Ito Kenji said in a joint statement that they would “stand together.”", "stand together.", Some("Lee Ha-eun and Ito Kenji")),
            ("State television quoted Adel al-Mansouri as saying the strikes were “a crime.”", "a crime.", Some("Adel al-Mansouri")),
            ("Sheikh Hamad bin Khalifa Al Nuri told reporters the region needed “cool heads.”", "cool heads.", Some("Hamad bin Khalifa Al Nuri")),
            ("Choi Min-seo met the envoy in Seoul. Asked if talks would resume, Choi said: “The door is open.”", "The door is open.", Some("Choi Min-seo")),
            ("Kaito Mori met Ana Ruiz in Tokyo on Monday. He said the alliance was “rock solid.”", "rock solid.", Some("Kaito Mori")),
            ("Ana Ruiz met Kaito Mori in Tokyo on Monday. She said the alliance was “rock solid.”", "rock solid.", Some("Ana Ruiz")),
            ("Ivo Vela received Tomas Varga at the palace. He told reporters afterwards that the visit was “long overdue.”", "long overdue.", Some("Ivo Vela")),
            ("Nadia Haddad thanked Marta Orsin for the aid. She called it “a gift we will not forget.”", "a gift we will not forget.", Some("Nadia Haddad")),
            ("Kremlin spokesman Ivan Sorokin said Sergei Petrov had “no plans” to attend.", "no plans", Some("Ivan Sorokin")),
            ("Ivo Vela's spokesman said the president would “never sign” the deal.", "never sign", None),
            ("“Norland stands ready,” Ola Berg told the UN General Assembly on Tuesday.", "Norland stands ready,", Some("Ola Berg")),
            ("Tomas Varga told a news conference in Karlstad that the claims were “pure fiction.”", "pure fiction.", Some("Tomas Varga")),
            ("The Times of Varna, citing two officials, said the deal was “all but done.”", "all but done.", Some("Times of Varna")),
            ("Ana Ruiz said in a statement:\n\n“The ferries will sail.”\n\nTomas Varga said the ferries were “a fantasy.”", "a fantasy.", Some("Tomas Varga")),
            ("Writing on X, Ana Ruiz called the ruling “a victory for the ferries.”", "a victory for the ferries.", Some("Ana Ruiz")),
            ("“This is a dark day,” Nadia Haddad wrote on Instagram.", "This is a dark day,", Some("Nadia Haddad")),
            ("Lee Ha-eun and Kaito Mori spoke on Monday. “We agreed on the basics,” Lee said.", "We agreed on the basics,", Some("Lee Ha-eun")),
            ("Minister of State Nadia Haddad said the aid was “the least we can do.”", "the least we can do.", Some("Nadia Haddad")),
            ("The Karlstad Times ran the interview on Monday. The minister said the plan was “reckless.”", "reckless.", None),
            ("The Varna Post spoke to the envoy by phone. “The talks are a farce,” the envoy said.", "The talks are a farce,", None),
            ("The Varna Post broke the story on Monday. The minister called it “a fair report.”", "a fair report.", None),
            ("The Karlstad Times published the letter. The governor called it “a fair account.”", "a fair account.", None),
            ("The Norland Gazette obtained the memo. The ambassador called it “a forgery.”", "a forgery.", None),
            ("The Karlstad Times broke the story. “It is a fair report,” the president said.", "It is a fair report,", None),
            ("The Karlstad Herald broke the story. The president called it “a fair report.”", "a fair report.", None),
            ("Ola Berg arrived in Varna on Monday. The minister said the port was “open again.”", "open again.", Some("Ola Berg")),
            ("The Reverend Ola Berg spoke in Varna. The minister said the port was “open again.”", "open again.", None),
            ("Sheikha Noor bint Hamad Al Kaabi, the culture minister, said the museum would be “open to all.”", "open to all.", Some("Noor bint Hamad Al Kaabi")),
            ("“We ask for calm,” said Latifa bint Saeed Al Nuri, the envoy.", "We ask for calm,", Some("Latifa bint Saeed Al Nuri")),
            ("Sheikha Mariam Al Dhaheri met the envoy on Monday. “Aid cannot wait,” Sheikha Mariam said.", "Aid cannot wait,", Some("Mariam Al Dhaheri")),
            ("Foreign Minister Hind bint Rashid Al Qasimi said the border would stay “open for trade.”", "open for trade.", Some("Hind bint Rashid Al Qasimi")),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "The Harbour Council met on Sunday. It said ...": "it" before a
    /// reporting verb speaks for the body that opened the sentence before,
    /// named or described; "it" of a report, a deal or a post is no one.
    #[test]
    fn it_is_the_body_that_opened_the_sentence_before() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("The foreign ministry summoned the ambassador on Monday. It said the remarks were “deeply offensive and wholly unacceptable to us.”", "deeply offensive and wholly unacceptable to us.", Some("Foreign Ministry")),
            ("The Harbour Council met late on Sunday. “The strike is unlawful,” it said in a statement.", "The strike is unlawful,", Some("Harbour Council")),
            ("The Kremlin rejected the plan on Monday. It called the proposal “a dead end.”", "a dead end.", Some("Kremlin")),
            ("The defence council met at dawn. It warned that the border was “closer to war than at any time in years.”", "closer to war than at any time in years.", Some("Defence Council")),
            ("The embassy issued a travel warning. “Citizens should leave the country at once,” it said.", "Citizens should leave the country at once,", Some("Embassy")),
            // counter-cases: things that say nothing of their own
            ("The report was published on Monday. It said the talks had been “a failure from the start.”", "a failure from the start.", None),
            ("The deal was signed in Varna. It said the ferries would run “every single day of the year.”", "every single day of the year.", None),
            ("The post showed a cartoon of the minister. It says: “Down with the ferry tax and all who voted for it.”", "Down with the ferry tax and all who voted for it.", None),
            // a person opening the sentence before is no body
            ("Ana Ruiz met the envoy on Monday. It said the ferries would run “every single day of the year.”", "every single day of the year.", None),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "The Norland President said": an office written in capitals after
    /// "the" is no person's name but a description of its holder, the one
    /// the article gave that very title; with none, no one (never a person
    /// of another office).
    #[test]
    fn an_office_in_capitals_after_the_is_its_holder() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Ana Ruiz met Tomas Varga in Varna. The Norland Foreign Minister said the talks were “useful and frank.”", "useful and frank.", Some("Ana Ruiz")),
            ("Foreign Minister Ana Ruiz met Tomas Varga in Varna. The Foreign Minister said the talks were “useful and frank.”", "useful and frank.", Some("Ana Ruiz")),
            ("Commission President Marta Orsin met Ola Berg in Varna. The EU Commission President said she and Berg had “agreed on the basics.”", "agreed on the basics.", Some("Marta Orsin")),
            ("President Ivo Vela met Ola Berg. The Norland President said the deal was “a good one for both.”", "a good one for both.", Some("Ivo Vela")),
            ("Ola Berg met the envoy. The Prime Minister said the deal was “a good one for both.”", "a good one for both.", Some("Ola Berg")),
            ("Ola Berg met Marta Orsin. The EU Commission President said she and Berg had “agreed on the basics.”", "agreed on the basics.", None),
            ("Chancellor Ola Berg met Ivo Vela. The Norland Chancellor said the deal was “a good one for both.”", "a good one for both.", Some("Ola Berg")),
            ("Ivo Vela met Ola Berg. The Varna Mayor said the port was “open to all ships.”", "open to all ships.", None),
            ("Mayor Ivo Vela met Ola Berg. The Varna Mayor said the port was “open to all ships.”", "open to all ships.", Some("Ivo Vela")),
            ("Prime Minister Ola Berg met Marta Orsin. The EU Commission President said she and Berg had “agreed on the basics.”", "agreed on the basics.", None),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// A fourth stress set of invented news in the register of Europe,
    /// Russia, the Middle East, Asia, the US and multilateral bodies:
    /// briefings, long chains of office, a full name then the title alone,
    /// "he told" after two people, quotes inside a quote, long quotes with
    /// the reporting clause after them; unnamed officials are described.
    #[test]
    fn news_shapes_fourth_set() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            // briefings
            ("Kremlin spokesman Pavel Orlov told reporters the talks were “at an early stage.”", "at an early stage.", Some("Pavel Orlov")),
            ("“We see no basis for optimism,” Kremlin spokesman Pavel Orlov told reporters on a conference call.", "We see no basis for optimism,", Some("Pavel Orlov")),
            ("The Kremlin said the proposal was “not serious.”", "not serious.", Some("Kremlin")),
            ("“Moscow will respond,” the Kremlin said in a statement.", "Moscow will respond,", Some("Kremlin")),
            ("Lina Mak, the ministry's spokeswoman, said at a daily briefing that Beijing would “take firm measures.”", "take firm measures.", Some("Lina Mak")),
            ("“The door to dialogue remains open,” Lina Mak, the ministry's spokeswoman, said at a regular briefing.", "The door to dialogue remains open,", Some("Lina Mak")),
            ("A State Department spokesperson said on condition of anonymity that the sanctions were “under review.”", "under review.", Some("A State Department spokesperson")),
            ("A senior official, speaking on condition of anonymity, said the deal was “very close.”", "very close.", Some("A senior official")),
            ("State Department spokesman Noel Barrow told a briefing that Washington was “deeply concerned.”", "deeply concerned.", Some("Noel Barrow")),
            ("Foreign ministry spokeswoman Irina Zotova told a weekly briefing that the move was “a provocation.”", "a provocation.", Some("Irina Zotova")),
            // long office chains
            ("U.S. Deputy Secretary of State Grant Holloway said the alliance was “stronger than ever.”", "stronger than ever.", Some("Grant Holloway")),
            ("Iran's Supreme National Security Council secretary Reza Tavakoli said Tehran would “not bow to pressure.”", "not bow to pressure.", Some("Reza Tavakoli")),
            ("Russian Deputy Foreign Minister Oleg Vasnetsov told state news agency TASS that Moscow was “ready to talk.”", "ready to talk.", Some("Oleg Vasnetsov")),
            ("“This is a red line,” said Chinese Vice Foreign Minister Gao Lin.", "This is a red line,", Some("Gao Lin")),
            ("European Commission Vice President Anke Vogel said the bloc would “stand firm.”", "stand firm.", Some("Anke Vogel")),
            ("UN Under-Secretary-General for Political Affairs Maria Delacroix told the council the situation was “dire.”", "dire.", Some("Maria Delacroix")),
            // full name then title only
            ("Deputy Foreign Minister Oleg Vasnetsov met the envoy in Moscow. The deputy foreign minister said the meeting had been “useful.”", "useful.", Some("Oleg Vasnetsov")),
            ("Anke Vogel, the EU's foreign policy chief, arrived in Kyiv on Monday. The foreign policy chief said Europe would “not waver.”", "not waver.", Some("Anke Vogel")),
            ("Secretary-General Amara Diallo opened the session. “We cannot fail,” the secretary-general said.", "We cannot fail,", Some("Amara Diallo")),
            // he told after two people
            ("Pavel Orlov met Grant Holloway in Geneva. Orlov later told reporters the talks were “hard but honest.”", "hard but honest.", Some("Pavel Orlov")),
            ("Grant Holloway shook hands with Pavel Orlov, who had flown in overnight. Holloway told reporters the mood was “constructive.”", "constructive.", Some("Grant Holloway")),
            ("Reza Tavakoli received the envoy, Gao Lin, in Tehran. He told state television the visit was “timely.”", "timely.", Some("Reza Tavakoli")),
            // quotes inside a quote
            ("“The minister told me, ‘We will never give up the islands,’ and I believed him,” Anke Vogel said.", "The minister told me, ‘We will never give up the islands,’ and I believed him,", Some("Anke Vogel")),
            ("Grant Holloway said: “President Vela looked at me and said ‘no deal’. That was the end of it.”", "President Vela looked at me and said ‘no deal’. That was the end of it.", Some("Grant Holloway")),
            // reporting clause mid-sentence after a long quote
            ("“We have waited for months, we have offered every concession we could think of, and we have been met with silence,” Pavel Orlov said on Tuesday, adding that Moscow would now “draw its own conclusions.”", "We have waited for months, we have offered every concession we could think of, and we have been met with silence,", Some("Pavel Orlov")),
            ("“We have waited for months, we have offered every concession we could think of, and we have been met with silence,” Pavel Orlov said on Tuesday, adding that Moscow would now “draw its own conclusions.”", "draw its own conclusions.", Some("Pavel Orlov")),
            ("“There is no military solution to this conflict, and there never was one, no matter what the generals say,” the secretary-general, Amara Diallo, told the General Assembly.", "There is no military solution to this conflict, and there never was one, no matter what the generals say,", Some("Amara Diallo")),
            // Middle East and Asia
            ("Qatar's Prime Minister Sheikh Khalid bin Abdulaziz Al Mannai said mediation would “continue without pause.”", "continue without pause.", Some("Khalid bin Abdulaziz Al Mannai")),
            ("Israeli Prime Minister Eli Ben-Ami said the operation would go on “until all goals are met.”", "until all goals are met.", Some("Eli Ben-Ami")),
            ("Turkish Foreign Minister Kemal Aydar told a joint news conference in Ankara that the region needed “calm, not more weapons.”", "calm, not more weapons.", Some("Kemal Aydar")),
            ("Pakistan's foreign office spokeswoman, Sana Qureshi, said Islamabad sought “peaceful coexistence.”", "peaceful coexistence.", Some("Sana Qureshi")),
            ("ASEAN Secretary-General Tran Van Long said members were “united on the principle.”", "united on the principle.", Some("Tran Van Long")),
            ("“Nobody wins a trade war,” said Wen Jiahao, China's commerce minister.", "Nobody wins a trade war,", Some("Wen Jiahao")),
            ("South Korea's Unification Minister Park Jae-won told lawmakers the North was “testing us.”", "testing us.", Some("Park Jae-won")),
            ("The Arab League said in a statement that the attack was “a flagrant violation.”", "a flagrant violation.", Some("Arab League")),
            ("The IAEA said Iran had “not fully cooperated.”", "not fully cooperated.", Some("IAEA")),
            ("Hamas said in a statement that the offer was “a trap.”", "a trap.", Some("Hamas")),
            ("India's External Affairs Ministry said the remarks were “unwarranted.”", "unwarranted.", Some("External Affairs Ministry")),
            // US
            ("Senator Dana Whitcomb, a Republican from Ohio, said the aid was “long overdue.”", "long overdue.", Some("Dana Whitcomb")),
            ("White House press secretary Carla Benn told reporters the president was “following closely.”", "following closely.", Some("Carla Benn")),
            ("“America is back at the table,” Secretary of State Grant Holloway said.", "America is back at the table,", Some("Grant Holloway")),
            // counter-cases
            ("Orlov's remarks came after Washington called the tests “reckless.”", "reckless.", Some("Washington")),
            ("Pavel Orlov said Grant Holloway had called the plan “a good start.”", "a good start.", Some("Pavel Orlov")),
            // wires, briefings and state media
            ("State news agency TASS quoted Deputy Foreign Minister Oleg Vasnetsov as saying Moscow was “ready for dialogue.”", "ready for dialogue.", Some("Oleg Vasnetsov")),
            ("Oleg Vasnetsov told Interfax the sanctions were “illegitimate and futile.”", "illegitimate and futile.", Some("Oleg Vasnetsov")),
            ("In remarks carried by the state news agency KCNA, Kim Yo-rang called the drills “a rehearsal for invasion.”", "a rehearsal for invasion.", Some("Kim Yo-rang")),
            ("Japan's chief cabinet secretary, Hideo Maruyama, told a news conference that Tokyo had lodged “a strong protest.”", "a strong protest.", Some("Hideo Maruyama")),
            ("The foreign ministry's spokesperson, Lina Mak, said the visit was “a serious provocation.”", "a serious provocation.", Some("Lina Mak")),
            ("“We urge restraint,” a spokesperson for the secretary-general said.", "We urge restraint,", Some("a spokesperson for the secretary-general")),
            ("Anke Vogel arrived in Brussels. Ms. Vogel said the bloc would “not be blackmailed.”", "not be blackmailed.", Some("Anke Vogel")),
            ("Iranian state media quoted Reza Tavakoli as saying that Tehran would “respond decisively.”", "respond decisively.", Some("Reza Tavakoli")),
            ("Reza Tavakoli, speaking to reporters in Tehran, said the talks were “serious but difficult.”", "serious but difficult.", Some("Reza Tavakoli")),
            ("The Saudi foreign ministry said in a statement that the kingdom “categorically rejects” the plan.", "categorically rejects", Some("Saudi Foreign Ministry")),
            ("UN spokesman Farid Haq said the agency was “deeply alarmed” by the reports.", "deeply alarmed", Some("Farid Haq")),
            ("“All parties must show restraint,” UN chief Amara Diallo said in a statement released by his spokesman.", "All parties must show restraint,", Some("Amara Diallo")),
            ("“This is unacceptable,” Chinese foreign ministry spokesperson Lina Mak told a regular press briefing in Beijing on Tuesday.", "This is unacceptable,", Some("Lina Mak")),
            ("Speaking at the Valdai forum, Pavel Orlov said the West had “lost its way.”", "lost its way.", Some("Pavel Orlov")),
            ("Pavel Orlov met the envoy. Asked about the drone strikes, Orlov said: “We have no information.”", "We have no information.", Some("Pavel Orlov")),
            ("Pavel Orlov's deputy, Oleg Vasnetsov, said the offer was “a trap.”", "a trap.", Some("Oleg Vasnetsov")),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "Norland's defence ministry reported ... It said", "The interior
    /// ministry in Varna issued ... It said": a place owning the body, or
    /// the place it sits in after it, leaves the body the one "it" speaks
    /// for; a person's office and a body "of" a place stay no one.
    #[test]
    fn it_is_the_body_of_a_place_that_opened_the_sentence_before() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Norland's defence ministry reported heavy shelling overnight. It said the attacks were “indiscriminate and deliberate.”", "indiscriminate and deliberate.", Some("Defence Ministry")),
            ("The interior ministry in Varna issued a warning. It said the protests were “illegal and dangerous.”", "illegal and dangerous.", Some("Interior Ministry")),
            ("Varna's foreign ministry summoned the envoy. “This is a grave breach,” it said.", "This is a grave breach,", Some("Foreign Ministry")),
            ("The defence ministry in Karlstad released a map. It warned of “a buildup on the border.”", "a buildup on the border.", Some("Defence Ministry")),
            // counter-cases
            ("Ana Ruiz's office released a map of the port. It said the border was “quiet for now, but tense.”", "quiet for now, but tense.", None),
            ("The council of Varna met on Monday. It said the port was “closed until further notice.”", "closed until further notice.", None),
            ("Norland's report on the port came out on Monday. It said the berths were “badly run down.”", "badly run down.", None),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "“...” The words came from Foreign Minister Ana Ruiz.", "“...” That
    /// was the warning from Ruiz": the sentence after a quote that says
    /// whose words they were names its speaker; words that came from a
    /// song, shelling from the north, or a view in a place name no one.
    #[test]
    fn the_sentence_after_says_whose_words_they_were() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "“We will not accept any ultimatum.” The words came from Foreign Minister Kemal Aydar.",
                "We will not accept any ultimatum.",
                Some("Kemal Aydar"),
            ),
            (
                "“The sea belongs to everyone.” That was the message from Anke Vogel on Monday.",
                "The sea belongs to everyone.",
                Some("Anke Vogel"),
            ),
            (
                "“Nobody will be left behind.” The words came from Prime Minister Ola Berg, speaking in Varna.",
                "Nobody will be left behind.",
                Some("Ola Berg"),
            ),
            (
                "“The ceasefire must hold.” That was the warning from the secretary-general, Amara Diallo, on Friday.",
                "The ceasefire must hold.",
                Some("Amara Diallo"),
            ),
            (
                "“We are ready to talk.” Those words came from Tomas Varga, the rebel leader.",
                "We are ready to talk.",
                Some("Tomas Varga"),
            ),
            // counter-cases
            ("“Peace is near.” The words came from a song by Ola Berg.", "Peace is near.", None),
            ("“Peace is near.” The shelling came from the north.", "Peace is near.", None),
            ("“Peace is near.” That was the view in Varna on Monday.", "Peace is near.", None),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "The Chinese side said": the country named before whose name shares
    /// its stem with the nationality ("China"); with no such country named,
    /// or "the other side", no one.
    #[test]
    fn a_nations_side_is_the_country_named() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Wen Jiahao flew to Varna for talks on China's exports. The Chinese side said it was “willing to work with” Varna.", "willing to work with", Some("China")),
            ("Ivo Vela met the envoy from Russia on Monday. The Russian side called the proposal “a dead end for everyone.”", "a dead end for everyone.", Some("Russia")),
            ("Iran and Norland held a third round in Oman. “We made real progress,” the Iranian side said.", "We made real progress,", Some("Iran")),
            // counter-cases
            ("Norland hosted the talks. “We made real progress,” the Iranian side said.", "We made real progress,", None),
            ("Ana Ruiz left the talks early. “We made real progress,” the other side said.", "We made real progress,", None),
            ("The Chinese side said it was “willing to work with” Varna.", "willing to work with", None),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "The body said", "the bloc said": the institution last named as the
    /// subject of a verb shortly before; a person, a place or an indefinite
    /// "a body" is no such antecedent.
    #[test]
    fn the_body_is_the_institution_last_named_as_subject() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("The Harbour Council met in Varna on Monday. The body said the strike was “unlawful and reckless.”", "unlawful and reckless.", Some("Harbour Council")),
            ("The Coral Union suspended Norland on Friday. “We stand with the people of Norland,” the bloc said.", "We stand with the people of Norland,", Some("Coral Union")),
            ("KARLSTAD: The Norland Assembly's Security Council voted on Thursday to act.\n\nThe body said on X that it “strongly condemns the attack on the port.”", "strongly condemns the attack on the port.", Some("Security Council")),
            // counter-cases
            ("Ana Ruiz met the envoy on Monday. The body said the strike was “unlawful and reckless.”", "unlawful and reckless.", None),
            ("Norland closed its port on Monday. The body said the strike was “unlawful and reckless.”", "unlawful and reckless.", None),
            ("The Harbour Council met in Varna on Monday. A body said the strike was “unlawful and reckless.”", "unlawful and reckless.", None),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "It “decides to ...”": "it" opening its sentence right before a
    /// quote whose first word is its verb speaks for the body that opened
    /// the sentence before; "it" of a report, "he", "she" and "they" get no
    /// one this way. "In turn" between a subject and its verb is no part of
    /// either.
    #[test]
    fn it_before_a_quote_that_is_its_verb() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("The Harbour Council met on Sunday. It “decides to close the port to all tankers.”", "decides to close the port to all tankers.", Some("Harbour Council")),
            ("The Coral Union met in Varna on Friday. It “urges all parties to respect the truce.”", "urges all parties to respect the truce.", Some("Coral Union")),
            ("Norland's foreign ministry summoned the envoy. It “condemns the seizure of the ferry in the strongest terms.”", "condemns the seizure of the ferry in the strongest terms.", Some("Foreign Ministry")),
            ("Ana Ruiz in turn acknowledged the hard road to the deal, saying: “I remember the talks well.”", "I remember the talks well.", Some("Ana Ruiz")),
            ("Tomas Varga met Ola Berg. Berg in turn said the port was “open to all ships again.”", "open to all ships again.", Some("Ola Berg")),
            // counter-cases
            ("The report came out on Monday. It “calls for a new port in the north.”", "calls for a new port in the north.", None),
            ("Ana Ruiz met Marta Orsin. They “agreed to meet again in the spring.”", "agreed to meet again in the spring.", None),
            ("Tomas Varga issued a statement late on Sunday. He “welcomes the decision of the court in full.”", "welcomes the decision of the court in full.", None),
            ("Ana Ruiz spoke in Varna on Monday. She said the strike “calls for a new law.”", "calls for a new law.", Some("Ana Ruiz")),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "A European diplomat, who asked not to be named, said": an unnamed
    /// speaker described as written, without the aside after the comma.
    #[test]
    fn an_unnamed_speaker_is_described_without_the_aside() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "A European diplomat, who asked not to be named, said the text was “dead in the water.”",
                "dead in the water.",
                Some("A European diplomat"),
            ),
            (
                "A senior Norland official, who spoke on condition of anonymity, said the deal was “very close now.”",
                "very close now.",
                Some("A senior Norland official"),
            ),
            (
                "A Coral Union spokeswoman, who declined to be named, told reporters the port was “open to all.”",
                "open to all.",
                Some("A Coral Union spokeswoman"),
            ),
            // counter-cases: a named speaker keeps the name
            ("Ana Ruiz, who asked for calm, said the port was “open to all.”", "open to all.", Some("Ana Ruiz")),
            (
                "A senior Norland official said the deal was “very close now.”",
                "very close now.",
                Some("A senior Norland official"),
            ),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }

    /// "the Russian said", "The American told": a nationality after "the",
    /// when the article names its country, stands for one person of that
    /// nation whom the words do not name; the speaker stays empty rather
    /// than the nationality. "The Vatican", no nationality, still speaks.
    #[test]
    fn the_nationality_alone_is_no_speaker() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Pavel Orlov of Russia met Grant Holloway in Geneva. Asked about the strikes, the Russian said: “We have no information.”", "We have no information.", None),
            ("Grant Holloway of America met Pavel Orlov in Geneva. The American told reporters the meeting was “businesslike.”", "businesslike.", None),
            ("Kemal Aydar flew home to Turkey. “Our patience is not endless,” the Turkish said.", "Our patience is not endless,", None),
            // counter-cases
            ("Pope Leo met the envoy in Rome. The Vatican said the visit was “a sign of hope.”", "a sign of hope.", Some("Vatican")),
            ("Russian Foreign Minister Pavel Orlov said the talks were “hard but honest.”", "hard but honest.", Some("Pavel Orlov")),
        ];
        for (text, quote, speaker) in cases {
            assert_speaker(text, quote, *speaker);
        }
    }
}
