//! Reported speech without quotation marks: "Ruiz said the talks would go
//! on", "The talks will go on, the minister said", "..., according to the
//! ministry".
//!
//! A sentence is reported speech when a reporting verb that takes a clause
//! ties a speaker to words of that sentence. Only sentences without any
//! quotation mark are read: a sentence with a quote is the quote's, and its
//! partial quotes are found as such. The content is the clause the verb
//! reports, without the attribution and without the sentence's final
//! punctuation.

use std::ops::Range;

use super::{has, Class, Ctx, Found, Np, SpeakerRule, CLAUSE, PREPS};

/// Reporting verbs that take a clause as their object ("said the talks
/// would go on", "warned that ..."), in the forms news writes them.
const CLAUSE_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "told",
    "tells",
    "warned",
    "warns",
    "argued",
    "argues",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "stressed",
    "stresses",
    "noted",
    "notes",
    "announced",
    "announces",
    "explained",
    "explains",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "predicted",
    "predicts",
    "promised",
    "promises",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "asserted",
    "asserts",
    "contended",
    "contends",
    "maintained",
    "maintains",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "reiterated",
    "reiterates",
    "indicated",
    "indicates",
    "confirmed",
    "confirms",
    "revealed",
    "reveals",
    "suggested",
    "suggests",
    "assured",
    "assures",
    "reported",
    "reports",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "conceded",
    "concedes",
    "declared",
    "declares",
    "alleged",
    "alleges",
    "complained",
    "complains",
    "cautioned",
    "cautions",
    "agreed",
    "agrees",
    "recalled",
    "recalls",
    "stated",
    "states",
    "replied",
    "replies",
    "responded",
    "responds",
    "countered",
    "counters",
    "observed",
    "observes",
    "affirmed",
    "affirms",
    "underlined",
    "underlines",
    "underscored",
    "underscores",
    "hinted",
    "hints",
    "signaled",
    "signalled",
    "signals",
    "believes",
    "believed",
    "thinks",
    "thought",
    "feared",
    "fears",
    "hoped",
    "hopes",
    "say",
    "tell",
    "warn",
    "argue",
    "claim",
    "insist",
    "stress",
    "note",
    "announce",
    "explain",
    "acknowledge",
    "admit",
    "predict",
    "promise",
    "vow",
    "pledge",
    "assert",
    "contend",
    "maintain",
    "emphasize",
    "emphasise",
    "reiterate",
    "indicate",
    "confirm",
    "reveal",
    "suggest",
    "assure",
    "report",
    "write",
    "concede",
    "declare",
    "allege",
    "complain",
    "caution",
    "agree",
    "recall",
    "state",
    "reply",
    "respond",
    "believe",
    "think",
    "fear",
    "hope",
    "expect",
    "expects",
    "expected",
    "estimate",
    "estimates",
    "estimated",
    "projected",
    "projects",
    "show",
    "shows",
    "showed",
    "found",
    "find",
    "finds",
    "concluded",
    "concludes",
    "conclude",
];

/// Reporting participles that add what the subject of their sentence said
/// ("..., saying the offer was an insult").
const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "warning",
    "arguing",
    "noting",
    "stressing",
    "insisting",
    "claiming",
    "explaining",
    "calling",
    "urging",
    "vowing",
    "pledging",
    "promising",
    "asserting",
    "declaring",
    "emphasizing",
    "emphasising",
    "acknowledging",
    "admitting",
    "suggesting",
    "predicting",
];

/// Verbs that name whom they were said to before the clause ("told
/// reporters that", "assured Ruiz that"): the clause starts at "that".
const ADDRESSED: &[&str] = &[
    "told", "tells", "tell", "assured", "assures", "assure", "warned", "warns", "warn", "reminded", "reminds",
    "informed", "informs",
];

/// Fewest words a reported clause has: shorter ones are names or objects
/// ("said so", "told him").
const MIN_WORDS: usize = 4;

/// The most tokens between the verb and "that" across an addressee or a
/// place ("said in a statement on Friday that").
const TO_THAT: usize = 10;

impl Ctx<'_> {
    /// Every sentence of reported speech without quotation marks: the
    /// byte range of what is reported, and the words that point to who
    /// reported it. Linear in the text: each sentence is read once, and
    /// each look-up is bounded.
    pub(crate) fn indirect(&self) -> Vec<(Range<usize>, Found)> {
        let mut out = Vec::new();
        let n = self.toks.len();
        let mut lo = 0;
        while lo < n {
            let (hi, next) = self.sentence_end(lo);
            if let Some(found) = self.reported(lo, hi) {
                out.push(found);
            }
            lo = next;
        }
        out
    }

    /// The end of the sentence that starts at `lo` (exclusive, before its
    /// final punctuation) and where the next one starts.
    fn sentence_end(&self, lo: usize) -> (usize, usize) {
        let mut k = lo;
        while k < self.toks.len() {
            self.steps.add(1);
            let t = self.toks[k];
            if t.class == Class::Break {
                return (k, k + 1);
            }
            if t.class == Class::Punct && matches!(t.first, '.' | '!' | '?') {
                return (k, k + 1);
            }
            k += 1;
        }
        (k, k)
    }

    /// The reported clause of the sentence `lo..hi`, if it is reported speech.
    fn reported(&self, lo: usize, hi: usize) -> Option<(Range<usize>, Found)> {
        if hi <= lo {
            return None;
        }
        if let Some(m) = (lo..hi).find(|&k| self.q(k) || self.toks[k].class == Class::Mark) {
            // "He says he would release them on Friday, calling them
            // “boring”": the clause before the comma that precedes the
            // quote is reported speech; the quote is found as such.
            let c = (lo..m).rev().find(|&k| self.is_punct(k, &[',', ';', ':']))?;
            return self.leading_attribution(lo, c);
        }
        self.trailing_attribution(lo, hi)
            .or_else(|| self.inserted_attribution(lo, hi))
            .or_else(|| self.leading_attribution(lo, hi))
            .or_else(|| self.participle(lo, hi))
    }

    /// "Ruiz praised the envoy and said the talks would go on": a verb
    /// after "and" shares the subject that opens the sentence at `first`.
    fn coordinated_subject(&self, first: usize, v: usize) -> Option<(Np, Range<usize>)> {
        if v < first + 3 || self.lw(v - 1) != "and" {
            return None;
        }
        self.opening_person(first)
    }

    /// A pronoun or a person's or body's name opening a sentence at `first`.
    fn opening_person(&self, first: usize) -> Option<(Np, Range<usize>)> {
        if let Some(np) = self.pronoun(first) {
            return Some((np, first..first + 1));
        }
        let m = self.names.at(first).filter(|m| m.full.start == first)?;
        let e = &self.names.ents[m.ent];
        (e.person || e.org).then(|| (Np::Name { ent: m.ent }, m.full.clone()))
    }

    /// "Ruiz left the talks early, saying the offer was an insult.": a
    /// reporting participle after a comma reports for the subject that
    /// opens the sentence.
    fn participle(&self, lo: usize, hi: usize) -> Option<(Range<usize>, Found)> {
        let v = (lo + 2..hi.min(lo + 64))
            .find(|&k| self.is_punct(k - 1, &[',']) && has(PARTICIPLES, self.lw(k)) && !self.q(k))?;
        let (np, at) = self.opening_person(self.skip_adverbs(lo, v))?;
        let k = self.skip_adverbs(v + 1, hi);
        let f = Found { np, at, cue: Some(self.lw(v).into()), rule: SpeakerRule::BeforeQuote, end: v + 1 };
        Some((self.clause_from(k, hi)?, f))
    }

    /// "It was impossible, Ek said, so the leaders divided the work.": a
    /// reporting clause set off by commas inside the sentence it reports,
    /// which is reported whole.
    fn inserted_attribution(&self, lo: usize, hi: usize) -> Option<(Range<usize>, Found)> {
        let stop = hi.min(lo + 48);
        (lo + 2..stop).filter(|&c| self.is_punct(c, &[','])).find_map(|c| self.inserted_at(lo, hi, c, stop))
    }

    /// The reporting clause right after the comma at `c`, if it is one set
    /// off by commas.
    fn inserted_at(&self, lo: usize, hi: usize, c: usize, stop: usize) -> Option<(Range<usize>, Found)> {
        let k = c + 1;
        if self.lw(k) == "according" && self.lw(k + 1) == "to" {
            // "The next day, according to Roffman, Ek made new demands."
            let e = (k + 2..stop.min(k + 16)).find(|&t| self.is_punct(t, &[',']))?;
            let f = self.source(k + 2, e)?;
            if self.words(lo, c) + self.words(e + 1, hi) < MIN_WORDS {
                return None;
            }
            return Some((self.bytes(lo, hi)?, f));
        }
        let (np, at, v) = self.short_subject(k, stop)?;
        if !self.is_punct(v + 1, &[',']) || self.words(lo, c) < 2 {
            return None;
        }
        let f = Found { np, at, cue: Some(self.lw(v).into()), rule: SpeakerRule::AfterQuote, end: v + 1 };
        if self.words(v + 2, hi) + self.words(lo, c) < MIN_WORDS {
            return None;
        }
        Some((self.bytes(lo, hi)?, f))
    }

    /// A short subject starting at `k` and the reporting verb right after
    /// it: a pronoun, a person's name, or up to four plain words ("federal
    /// officials", "those people").
    fn short_subject(&self, k: usize, stop: usize) -> Option<(Np, Range<usize>, usize)> {
        let (np, at) = if let Some(np) = self.pronoun(k) {
            (np, k..k + 1)
        } else if let Some(m) = self.names.at(k).filter(|m| m.full.start == k && self.names.ents[m.ent].person) {
            (Np::Name { ent: m.ent }, m.full.clone())
        } else {
            let v = (k + 1..stop.min(k + 5)).find(|&v| self.is_clause_verb(v))?;
            let (np, at) = self.np_backward(v, k).or_else(|| self.plain_subject(k, v))?;
            if at.start != k {
                return None;
            }
            (np, at)
        };
        let v = self.skip_adverbs(at.end, stop);
        self.is_clause_verb(v).then_some((np, at, v))
    }

    /// "The talks will go on, the minister said." / "..., said Ruiz." /
    /// "..., according to the ministry."
    fn trailing_attribution(&self, lo: usize, hi: usize) -> Option<(Range<usize>, Found)> {
        // "..., according to the Centre for Polling at the University of
        // Velgrad.": the source runs to the end of the sentence.
        let stop = hi.saturating_sub(32).max(lo);
        if let Some(c) = (stop..hi)
            .rev()
            .find(|&k| self.is_punct(k, &[',']) && self.lw(k + 1) == "according" && self.lw(k + 2) == "to")
        {
            if self.words(lo, c) < MIN_WORDS {
                return None;
            }
            let f = self.source(c + 3, hi)?;
            return Some((self.bytes(lo, c)?, f));
        }
        let stop = hi.saturating_sub(16).max(lo);
        let c = (stop..hi).rev().find(|&k| self.is_punct(k, &[',']))?;
        let (clause_lo, clause_hi) = (lo, c);
        if self.words(clause_lo, clause_hi) < MIN_WORDS {
            return None;
        }
        let k = self.skip_adverbs(c + 1, hi);
        // ", said Ruiz."
        if self.is_clause_verb(k) {
            let (np, at, e) = self.np_forward(self.skip_adverbs(k + 1, hi), hi)?;
            if e != hi || !matches!(np, Np::Name { .. }) {
                return None;
            }
            let f = Found { np, at, cue: Some(self.lw(k).into()), rule: SpeakerRule::AfterQuote, end: e };
            return Some((self.bytes(clause_lo, clause_hi)?, f));
        }
        // ", the minister said." — the verb closes the sentence, maybe
        // followed by when or where ("said on Friday", "said in Oslo").
        let v = (k..hi).find(|&v| self.is_clause_verb(v))?;
        let (np, at) = self.np_backward(v, k).or_else(|| self.plain_subject(k, v))?;
        let titled = at.start >= k && at.start <= k + 6 && (k..at.start).all(|t| self.is_word(t));
        if !titled || !self.trails(v + 1, hi) {
            return None;
        }
        let f = Found { np, at, cue: Some(self.lw(v).into()), rule: SpeakerRule::AfterQuote, end: v + 1 };
        Some((self.bytes(clause_lo, clause_hi)?, f))
    }

    /// "Ruiz said the talks would go on." / "The ministry said in a
    /// statement that ..." / "According to the ministry, ...".
    fn leading_attribution(&self, lo: usize, hi: usize) -> Option<(Range<usize>, Found)> {
        let first = self.skip_adverbs(lo, hi);
        if self.lw(first) == "according" && self.lw(first + 1) == "to" {
            let e = (first + 2..hi.min(first + 24)).find(|&k| self.is_punct(k, &[',']))?;
            let f = self.source(first + 2, e)?;
            return Some((self.clause_from(e + 1, hi)?, f));
        }
        // The first reporting verb of the sentence and its subject.
        let v = (lo..hi.min(lo + 64)).find(|&v| self.is_clause_verb(v))?;
        let (np, at) = self
            .np_backward(v, lo)
            .or_else(|| self.apposed_subject(lo, v))
            .or_else(|| self.plain_subject(first, v))
            .or_else(|| self.coordinated_subject(first, v))?;
        let f = Found { np, at, cue: Some(self.lw(v).into()), rule: SpeakerRule::BeforeQuote, end: v + 1 };
        let k = self.skip_adverbs(v + 1, hi);
        let that = (k..hi.min(k + TO_THAT)).find(|&t| self.lw(t) == "that");
        let start = if self.lw(k) == "that" {
            k
        } else if let Some(e) = self.addressee(v, k, hi) {
            // "told me he had", "told the Daily Post she was".
            e
        } else if has(ADDRESSED, self.lw(v)) || has(PREPS, self.lw(k)) || self.is_punct(k, &[',']) {
            // "told reporters that", "said in a statement on Friday that".
            that?
        } else if self.inverted(k, hi) {
            // "..., said the Foreign Office in a press release.": the one
            // who said it, after the verb; what was said is elsewhere.
            return None;
        } else {
            k
        };
        Some((self.clause_from(start, hi)?, f))
    }

    /// Whether the words from `k` to the sentence's end `hi` are a name
    /// (with "the" before it), alone or with when or where after it.
    fn inverted(&self, k: usize, hi: usize) -> bool {
        let n = if self.lw(k) == "the" { k + 1 } else { k };
        self.names.at(n).is_some_and(|m| m.full.start == n && self.trails(m.full.end, hi))
    }

    /// "Ana Ruiz, 41, a teacher from Velgrad, said": the person opening
    /// the sentence `lo..`, set off from the verb at `v` by an aside
    /// between commas.
    fn apposed_subject(&self, lo: usize, v: usize) -> Option<(Np, Range<usize>)> {
        let k = self.skip_adverbs(lo, v);
        let m = self.names.at(k).filter(|m| m.full.start == k && self.names.ents[m.ent].person)?;
        let aside = self.is_punct(m.full.end, &[',']) && v >= 2 && self.is_punct(v - 1, &[',']) && v - m.full.end <= 24;
        aside.then(|| (Np::Name { ent: m.ent }, m.full.clone()))
    }

    /// "Some analysts say", "67 percent of voters say": words that open
    /// the sentence and end at its verb `v`, read as a description (whose
    /// speaker is found only if the article gave it a name).
    fn plain_subject(&self, from: usize, v: usize) -> Option<(Np, Range<usize>)> {
        // "While many had doubts, most said ...": the words after the last
        // comma; "But 58 percent said ...": after a conjunction.
        let from = (from..v).rev().find(|&k| self.is_punct(k, &[','])).map_or(from, |c| c + 1);
        let from = if has(&["but", "and", "yet", "so"], self.lw(from)) { from + 1 } else { from };
        // "Voters who said ...": a relative clause's verb has no subject here.
        let plain = |k: usize| (self.is_word(k) && !has(CLAUSE, self.lw(k))) || self.is_punct(k, &['%']);
        if from >= v || v - from > 10 || !(from..v).all(plain) {
            return None;
        }
        // "Cruz has long said", "Kaine now says": a name, then words
        // about when or how.
        if let Some(m) = self.names.at(from).filter(|m| m.full.start == from && m.full.end < v) {
            let e = &self.names.ents[m.ent];
            let lower = (m.full.end..v).all(|k| self.w(k).chars().next().is_some_and(char::is_lowercase));
            if (e.person || e.org) && lower && v - m.full.end <= 3 {
                return Some((Np::Name { ent: m.ent }, m.full.clone()));
            }
        }
        let words = (from..v).map(|k| self.lw(k).into()).collect();
        Some((Np::Desc { words }, from..v))
    }

    /// The source named after "according to", from token `from` to `to`: a
    /// name or description as attribution reads it, else the words as
    /// written ("a Reuters poll").
    fn source(&self, from: usize, to: usize) -> Option<Found> {
        if from >= to || !self.is_word(from) {
            return None;
        }
        let (np, at) = match self.np_forward(from, to) {
            Some((np, at, _)) => (np, at),
            None => (
                Np::Desc { words: (from..to).filter(|&k| self.is_word(k)).map(|k| self.lw(k).into()).collect() },
                from..to,
            ),
        };
        Some(Found { np, at, cue: Some("according to".into()), rule: SpeakerRule::AccordingTo, end: to })
    }

    /// After "told" at `v`, whom it was told to, from `k`: a pronoun,
    /// "reporters", or a name, followed by the clause's subject (a
    /// pronoun or a name); returns where the clause starts.
    fn addressee(&self, v: usize, k: usize, hi: usize) -> Option<usize> {
        if !has(ADDRESSED, self.lw(v)) || self.lw(k) == "that" {
            return None;
        }
        let w = self.lw(k);
        let e = if has(&["me", "him", "her", "us", "them", "reporters", "journalists"], w) {
            k + 1
        } else {
            // "told the Velgrad Post he".
            let n = if w == "the" { k + 1 } else { k };
            let m = self.names.at(n).filter(|m| m.full.start == n)?;
            m.full.end
        };
        let e = self.skip_adverbs(e, hi);
        let subject = self.pronoun(e).is_some()
            || has(&["i", "we", "it", "there", "the"], self.lw(e))
            || self.names.at(e).is_some_and(|m| m.full.start == e);
        subject.then_some(e)
    }

    /// Whether a reporting verb that takes a clause is at `k`.
    fn is_clause_verb(&self, k: usize) -> bool {
        if !self.is_word(k) || self.q(k) || !has(CLAUSE_VERBS, self.w(k)) {
            return false;
        }
        // "a warning", "his reports", "the state": nouns; "to show him
        // maps": an infinitive, not a report.
        !(k > 0
            && has(
                &["a", "an", "the", "his", "her", "its", "their", "our", "my", "this", "that", "to"],
                self.lw(k - 1),
            ))
    }

    /// Whether the words `from..to` only say when or where ("on Friday",
    /// "in Oslo", "late on Monday").
    fn trails(&self, from: usize, to: usize) -> bool {
        let k = self.skip_adverbs(from, to);
        if k == to {
            return true;
        }
        // "..., the campaign told reporters", "told the Daily Post".
        if has(ADDRESSED, self.lw(from - 1)) && to - k <= 4 && (k..to).all(|t| self.is_word(t)) {
            return true;
        }
        has(&["on", "in", "at", "during", "after"], self.lw(k))
            && to - k <= 12
            && (k..to).all(|t| self.is_word(t) || self.is_punct(t, &[',']))
    }

    /// The clause that starts at `from` and ends the sentence at `hi`.
    fn clause_from(&self, from: usize, hi: usize) -> Option<Range<usize>> {
        if from >= hi || !self.is_word(from) || self.words(from, hi) < MIN_WORDS {
            return None;
        }
        self.bytes(from, hi)
    }

    /// How many words the tokens `from..to` hold.
    fn words(&self, from: usize, to: usize) -> usize {
        (from..to).filter(|&k| self.is_word(k)).count()
    }

    /// The bytes of tokens `from..to`, ending on a word or a closing
    /// bracket.
    fn bytes(&self, from: usize, to: usize) -> Option<Range<usize>> {
        let last = (from..to).rev().find(|&k| self.is_word(k) || self.is_punct(k, &[')', '%', '$']))?;
        let first = (from..=last).find(|&k| self.is_word(k) || self.is_punct(k, &['(', '$']))?;
        Some(self.toks[first].start..self.toks[last].end)
    }
}

#[cfg(test)]
mod tests {
    use crate::quote::{extract_indirect, extract_indirect_counting, QuoteKind};

    /// (rule, text, reported clause, speaker, cue); invented people and places.
    type Case = (&'static str, &'static str, &'static str, Option<&'static str>, &'static str);

    const REPORTED: &[Case] = &[
        (
            "name, verb, clause",
            "Foreign Minister Ana Ruiz said the talks would resume in Velgrad next week.",
            "the talks would resume in Velgrad next week",
            Some("Ana Ruiz"),
            "said",
        ),
        (
            "pronoun, verb, that-clause",
            "Tom Ekberg arrived on Monday. He warned that any incursion would be answered.",
            "that any incursion would be answered",
            Some("Tom Ekberg"),
            "warned",
        ),
        (
            "plural present tense",
            "Norland and Kestria signed the accord. Their leaders say the border will reopen in May.",
            "the border will reopen in May",
            None,
            "say",
        ),
        (
            "told an addressee, then that",
            "Li Wen told reporters in Oslo that her government would not pay the levy.",
            "that her government would not pay the levy",
            Some("Li Wen"),
            "told",
        ),
        (
            "a place and a time before that",
            "Defence Minister Ola Berg said in a statement on Friday that the drills were routine.",
            "that the drills were routine",
            Some("Ola Berg"),
            "said",
        ),
        (
            "an aside between the name and the verb",
            "Mara Lind, 52, a fisher from the northern coast, said the new quotas would ruin her village.",
            "the new quotas would ruin her village",
            Some("Mara Lind"),
            "said",
        ),
        (
            "attribution after the clause",
            "Ana Ruiz flew to Oslo. The ceasefire has held for three weeks, the minister said on Sunday.",
            "The ceasefire has held for three weeks",
            Some("Ana Ruiz"),
            "said",
        ),
        (
            "inverted attribution after the clause",
            "The two sides remain far apart on fishing rights, said Tom Ekberg.",
            "The two sides remain far apart on fishing rights",
            Some("Tom Ekberg"),
            "said",
        ),
        (
            "according to, after the clause, with a long source",
            "Turnout fell to its lowest level in decades, according to the electoral commission of Norland.",
            "Turnout fell to its lowest level in decades",
            Some("Electoral Commission of Norland"),
            "according to",
        ),
        (
            "according to, before the clause",
            "According to Li Wen, the shipment left the port two days late.",
            "the shipment left the port two days late",
            Some("Li Wen"),
            "according to",
        ),
        (
            "attribution inside the sentence it reports",
            "Ola Berg spoke first. The plan was never viable, he said, because nobody would fund it.",
            "The plan was never viable, he said, because nobody would fund it",
            Some("Ola Berg"),
            "said",
        ),
        (
            "a reporting participle",
            "Tom Ekberg walked out of the meeting, saying the offer was an insult to his country.",
            "the offer was an insult to his country",
            Some("Tom Ekberg"),
            "saying",
        ),
        (
            "the clause before a quote in the same sentence",
            "Ana Ruiz said the vote would go ahead on Friday, calling the boycott “a stunt.”",
            "the vote would go ahead on Friday",
            Some("Ana Ruiz"),
            "said",
        ),
        (
            "a description set off by commas",
            "The envoy also met two rebel leaders, western diplomats said, before leaving for Oslo.",
            "The envoy also met two rebel leaders, western diplomats said, before leaving for Oslo",
            None,
            "said",
        ),
        (
            "a reporting clause after another comma",
            "The port, which, Ola Berg said, dates from 1910, needs new cranes and a deeper channel.",
            "The port, which, Ola Berg said, dates from 1910, needs new cranes and a deeper channel",
            Some("Ola Berg"),
            "said",
        ),
        (
            "told and whom, after the clause",
            "The convoy reached the border town before dawn, the ministry told the Velgrad Post.",
            "The convoy reached the border town before dawn",
            Some("Ministry"),
            "told",
        ),
        (
            "told whom, then the clause without that",
            "Ana Ruiz told me she had never doubted the outcome of the vote.",
            "she had never doubted the outcome of the vote",
            Some("Ana Ruiz"),
            "told",
        ),
        (
            "told a named addressee, then the clause",
            "Tom Ekberg told the Velgrad Post he would run again next year.",
            "he would run again next year",
            Some("Tom Ekberg"),
            "told",
        ),
        (
            "a second verb after and",
            "Li Wen praised the mediators and said the ceasefire would hold through the winter.",
            "the ceasefire would hold through the winter",
            Some("Li Wen"),
            "said",
        ),
        (
            "she, an aside, a second verb after and",
            "Ana Ruiz, though she thanked the envoy, hesitated and said the deal needed more work.",
            "the deal needed more work",
            Some("Ana Ruiz"),
            "said",
        ),
        (
            "a share of people as subject",
            "In the latest poll, 58 % say the government should reopen the talks.",
            "the government should reopen the talks",
            None,
            "say",
        ),
        (
            "a plural subject after a comma",
            "While some had doubts about the plan, most delegates said the fund would be ready by June.",
            "the fund would be ready by June",
            None,
            "said",
        ),
        (
            "a name, then when",
            "Tom Ekberg arrived late. Ekberg has long said the tariffs hurt farmers on both sides.",
            "the tariffs hurt farmers on both sides",
            Some("Tom Ekberg"),
            "said",
        ),
        (
            "a name, then how",
            "Ana Ruiz now says the treaty must be renegotiated before it is ratified.",
            "the treaty must be renegotiated before it is ratified",
            Some("Ana Ruiz"),
            "says",
        ),
        (
            "the clause before a colon and a quote",
            "Ola Berg said he was too busy to read the report: “I have a country to run.”",
            "he was too busy to read the report",
            Some("Ola Berg"),
            "said",
        ),
    ];

    #[test]
    fn reported_speech() {
        for &(name, text, clause, speaker, cue) in REPORTED {
            let qs = extract_indirect(text);
            let q = qs
                .iter()
                .find(|q| q.kind == QuoteKind::Indirect)
                .unwrap_or_else(|| panic!("{name}: no reported speech in {text:?}: {qs:?}"));
            assert_eq!(&text[q.span.clone()], clause, "{name}");
            assert_eq!(q.speaker.as_deref(), speaker, "{name}");
            assert_eq!(q.cue.as_deref(), Some(cue), "{name}");
        }
    }

    /// Sentences that report nothing, or whose report is a quote: no
    /// reported speech comes out of them.
    #[test]
    fn not_reported_speech() {
        const NONE: &[(&str, &str)] = &[
            ("no reporting verb", "The delegation left Oslo on Monday after two days of talks."),
            ("a clause too short", "Ana Ruiz said so."),
            ("a noun, not a verb", "The statement was read out by the foreign minister on Friday evening."),
            ("a quote is its own", "Ana Ruiz said “the talks will resume next week.”"),
            ("a partial quote in the clause", "Tom Ekberg said the talks had been “a waste of time” for everyone."),
            ("a relative clause", "Voters who said the economy mattered most backed the governing party."),
            ("an infinitive", "During the visit, Ruiz took the chance to show Ek maps of the old border."),
            ("the speaker after the verb", "The talks will resume. So said the Norland Foreign Office in a release."),
        ];
        for &(name, text) in NONE {
            let got: Vec<&str> = extract_indirect(text)
                .iter()
                .filter(|q| q.kind == QuoteKind::Indirect)
                .map(|q| &text[q.span.clone()])
                .collect();
            assert!(got.is_empty(), "{name}: {got:?}");
        }
    }

    /// Direct quotes come out as before, beside the reported speech, sorted.
    #[test]
    fn direct_quotes_stay() {
        let text = "“We will not yield,” Ana Ruiz said. She added that talks could resume in the spring.";
        let qs = extract_indirect(text);
        let kinds: Vec<QuoteKind> = qs.iter().map(|q| q.kind).collect();
        assert_eq!(kinds, [QuoteKind::Direct, QuoteKind::Indirect]);
        assert_eq!(qs, {
            let mut d = crate::quote::extract(text);
            d.push(qs[1].clone());
            d
        });
        assert_eq!(qs[1].speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn work_grows_linearly() {
        let para = "Ana Ruiz said the talks would resume. The plan failed, he said, because of money. \
                    Turnout fell sharply, according to the commission. Tom Ek left, saying the offer was poor.\n\n";
        let mut prev = extract_indirect_counting(&para.repeat(20)).1;
        for n in [40, 80, 160] {
            let cur = extract_indirect_counting(&para.repeat(n)).1;
            assert!(cur as f64 <= prev as f64 * 2.2, "{prev} steps → {cur} steps for 2× input");
            prev = cur;
        }
        let long = format!("Ana Ruiz said {}.", "the talks went on and ".repeat(5000));
        let short = format!("Ana Ruiz said {}.", "the talks went on and ".repeat(2500));
        let (a, b) = (extract_indirect_counting(&short).1, extract_indirect_counting(&long).1);
        assert!(b as f64 <= a as f64 * 2.2, "one long sentence: {a} → {b}");
    }
}
