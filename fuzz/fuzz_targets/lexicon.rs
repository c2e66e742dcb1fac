//! The lexicon parser and importers on arbitrary text: errors name a line
//! inside the file; whatever parses can be matched without panicking.
#![no_main]

use diplotone::lexicon::import::{liwc_to_tsv, vader_to_tsv, CategoryMap};
use diplotone::{Analyzer, Lexicon};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let an = Analyzer::new();
    let lines = text.lines().count().max(1) as u64;
    match Lexicon::from_tsv("f.tsv", text, &an) {
        Ok(lex) => {
            let toks = an.tokenize(text);
            for h in lex.find_tone(&toks).into_iter().chain(lex.find_shifters(&toks)) {
                assert!(h.tokens.end <= toks.len());
            }
        }
        Err(e) => assert!(e.line() >= 1 && e.line() <= lines, "{e}"),
    }
    let mut b = Lexicon::builder();
    for e in b.check_tsv("f.tsv", text, &an) {
        assert!(e.line() >= 1 && e.line() <= lines);
    }
    if let Ok(tsv) = vader_to_tsv("v", text, 0.75, &an) {
        Lexicon::from_tsv("v", &tsv, &an).expect("imported VADER lexicons parse");
    }
    if let Ok(tsv) = liwc_to_tsv("l.dic", text, &CategoryMap::default(), &an) {
        Lexicon::from_tsv("l", &tsv, &an).expect("imported LIWC lexicons parse");
    }
});
