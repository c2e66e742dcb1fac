//! The tokenizer and scorer on arbitrary text: token spans inside the text
//! on char boundaries, in order, never empty; scores in [-1, 1].
#![no_main]

use std::sync::OnceLock;

use diplotone::Engine;
use libfuzzer_sys::fuzz_target;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::embedded().expect("embedded lexicons"))
}

fuzz_target!(|text: &str| {
    let tokens = engine().analyzer.tokenize(text);
    let mut end = 0;
    for (i, t) in tokens.iter().enumerate() {
        assert_eq!(t.position, i);
        assert!(t.span.start >= end && t.span.start < t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        assert!(!t.text.is_empty() && !t.text.contains(char::is_whitespace));
        end = t.span.end;
    }
    let s = engine().scorer().score(&tokens);
    assert!((-1.0..=1.0).contains(&s.compound));
    for term in &s.terms {
        assert!(term.tokens.end <= tokens.len() && term.tokens.start < term.tokens.end);
    }
});
