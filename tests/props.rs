//! Property tests: spans inside the text on char boundaries, scores in
//! [-1, 1], merge order independence.

use diplotone::aggregate::{Aggregate, Observation};
use diplotone::{Analyzer, Engine, Tone};
use proptest::prelude::*;

/// Text made of the pieces that stress quote finding: marks of every kind,
/// names, cue verbs, punctuation, paragraph breaks and odd characters.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "'",
        " said ",
        " he said",
        ", said Ana Ruiz",
        " Ana Ruiz ",
        "Mr. Lee",
        " warned: ",
        " not ",
        " partners",
        " red line",
        ".",
        ",",
        "\n\n",
        "\n",
        " ",
        "é",
        "中国",
        "\u{200f}",
        "\u{0}",
        "—",
        "...",
        "U.S.",
        " she ",
        " according to ",
        " told reporters ",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn quote_spans_are_inside_on_char_boundaries(text in newsish()) {
        let quotes = diplotone::quote::extract(&text);
        let mut last = 0;
        for q in &quotes {
            prop_assert!(q.span.start <= q.span.end && q.span.end <= text.len());
            prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            prop_assert!(q.span.start >= last || q.span.start == last, "sorted");
            last = q.span.start;
        }
    }

    #[test]
    fn quote_spans_on_arbitrary_text(text in "\\PC{0,200}") {
        for q in diplotone::quote::extract(&text) {
            prop_assert!(q.span.end <= text.len());
            prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        }
    }

    #[test]
    fn token_spans_are_inside_on_char_boundaries(text in "\\PC{0,200}") {
        for t in Analyzer::new().tokenize(&text) {
            prop_assert!(t.span.start < t.span.end && t.span.end <= text.len());
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            prop_assert!(!t.text.contains(char::is_whitespace));
        }
    }

    #[test]
    fn scores_are_in_range(text in newsish()) {
        let engine = Engine::embedded().unwrap();
        let s = engine.score_text(&text);
        prop_assert!((-1.0..=1.0).contains(&s.compound));
        prop_assert!(s.cooperative >= 0.0 && s.warning >= 0.0);
        for q in diplotone::pipeline::analyze_article(&engine, &diplotone::Article { id: "p".into(), date: None, text: text.clone() }).quotes {
            prop_assert!((-1.0..=1.0).contains(&q.score.compound));
        }
    }

    #[test]
    fn merge_is_associative(scores in prop::collection::vec((-1.0f64..=1.0, 0usize..3), 0..40), cut1 in 0usize..40, cut2 in 0usize..40) {
        let obs = |(s, t): &(f64, usize)| Observation {
            score: *s,
            tone: [Tone::Cooperative, Tone::Neutral, Tone::Warning][*t],
            date: Some("2024-01-01"),
            terms: vec![("x", *s)],
            name: "A",
        };
        let agg_of = |xs: &[(f64, usize)]| {
            let mut a = Aggregate::default();
            for x in xs { a.push("a", "2024-01", &obs(x)); }
            a
        };
        let (c1, c2) = (cut1.min(scores.len()), cut2.min(scores.len()));
        let (lo, hi) = (c1.min(c2), c1.max(c2));
        let (a, b, c) = (agg_of(&scores[..lo]), agg_of(&scores[lo..hi]), agg_of(&scores[hi..]));
        // (a + b) + c
        let mut left = a.clone();
        left.merge(&b);
        left.merge(&c);
        // a + (c + b)
        let mut right_inner = c.clone();
        right_inner.merge(&b);
        let mut right = a.clone();
        right.merge(&right_inner);
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(&left, &agg_of(&scores));
    }
}
