//! Quote extraction, attribution and scoring on arbitrary text: spans lie
//! inside the text on char boundaries, in order; scores stay in [-1, 1].
#![no_main]

use std::sync::OnceLock;

use diplotone::{Article, Engine};
use libfuzzer_sys::fuzz_target;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::embedded().expect("embedded lexicons"))
}

fn engine_indirect() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| {
        let mut e = Engine::embedded().expect("embedded lexicons");
        e.indirect = true;
        e
    })
}

fuzz_target!(|text: &str| {
    let quotes = diplotone::quote::extract(text);
    let with_reported = diplotone::quote::extract_indirect(text);
    // Reported speech comes beside the quotes, never in their place.
    let quoted: Vec<_> =
        with_reported.iter().filter(|q| q.kind != diplotone::quote::QuoteKind::Indirect).cloned().collect();
    assert_eq!(quoted, quotes);
    let mut last = 0;
    for q in &with_reported {
        assert!(q.span.start < q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.span.start >= last);
        last = q.span.start;
    }
    let mut last = 0;
    for q in &quotes {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.span.start >= last);
        last = q.span.start;
        if let Some(s) = &q.speaker {
            assert!(!s.trim().is_empty());
        }
    }
    let a = Article { id: "f".into(), date: None, text: text.to_string() };
    let analyzed = diplotone::pipeline::analyze_article(engine(), &a).quotes;
    let reported = diplotone::pipeline::analyze_article(engine_indirect(), &a).quotes;
    for q in analyzed.into_iter().chain(reported) {
        assert!((-1.0..=1.0).contains(&q.score.compound));
        assert!(q.score.cooperative >= 0.0 && q.score.warning >= 0.0);
    }
});
