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
    fn reported_speech_spans_are_inside_on_char_boundaries(text in newsish()) {
        let quotes = diplotone::quote::extract_indirect(&text);
        let mut last = 0;
        for q in &quotes {
            prop_assert!(q.span.start < q.span.end && q.span.end <= text.len());
            prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            prop_assert!(q.span.start >= last, "sorted");
            last = q.span.start;
        }
        // Reported speech is added beside the quotes, never in their place.
        let direct: Vec<_> = quotes.iter().filter(|q| q.kind != diplotone::quote::QuoteKind::Indirect).cloned().collect();
        prop_assert_eq!(direct, diplotone::quote::extract(&text));
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

/// Letters of many scripts, combining marks and emoji: every slot of a
/// generated article draws from these.
const SCRIPTS: &[&str] = &[
    "abcdefghijklmnopqrstuvwxyz",
    "áéíóúàèçñöüßøåłšžčęőű",
    "αβγδεζηθικλμνξοπρστυφχψωάέή",
    "абвгдежзийклмнопрстуфхцчшщыэюяё",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "אבגדהוזחטיכלמנסעפצקרשת",
    "कखगघचछजझटडणतथदधनपफबभमयरलवशसह",
    "அஆஇஈஉஊஎஏஐஒஓகஙசஞடணதநபமயரலவழளறன",
    "中国外交部长会谈和平合作警告日本韩",
    "😀🙂🕊🔥🚀🤝",
];

/// Marks that attach to the letter before them.
const COMBINING: &[char] = &['\u{301}', '\u{308}', '\u{327}', '\u{94d}', '\u{bcd}', '\u{5b8}', '\u{64e}'];

/// A word: letters of one script, maybe combining marks, maybe capitalized,
/// maybe a doubled last letter and an English ending ("-ed", "-ing",
/// "-s", "'s") glued on, as names
/// and verbs in news copy carry them.
fn word() -> impl Strategy<Value = String> {
    (
        0..SCRIPTS.len(),
        prop::collection::vec((any::<prop::sample::Index>(), 0usize..8), 1..7),
        prop::sample::select(vec!["", "", "ed", "ing", "s", "'s", "ied", "d"]),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(script, letters, ending, cap, double)| {
            let alphabet: Vec<char> = SCRIPTS[script].chars().collect();
            let mut w = String::new();
            for (i, mark) in letters {
                let c = alphabet[i.index(alphabet.len())];
                if cap && w.is_empty() {
                    w.extend(c.to_uppercase());
                } else {
                    w.push(c);
                }
                if let Some(m) = COMBINING.get(mark) {
                    w.push(*m);
                }
            }
            // A doubled last letter, as in "chatted", in any script.
            if let Some(c) = w.chars().last().filter(|_| double) {
                w.push(c);
            }
            w.push_str(ending);
            w
        })
}

/// A news-like article: quotes opened and closed by every kind of mark,
/// with names, reporting verbs and words of every script in every slot
/// (the speaker, the verb, the quote's edges, the text around).
fn multiscript_article() -> impl Strategy<Value = String> {
    let open = prop::sample::select(vec!["“", "\"", "«", "„", "‘", "'", "「", ""]);
    let close = prop::sample::select(vec!["”", "\"", "»", "“", "’", "'", "」", ""]);
    let verb = prop::sample::select(vec!["said", "warned", "added", "told reporters", "", "according to"]);
    let sep = prop::sample::select(vec![",", ".", ":", " -", "", "?", "!"]);
    let sentence = (
        open,
        prop::collection::vec(word(), 0..6),
        sep,
        close,
        prop::collection::vec(word(), 0..3),
        verb,
        word(),
        prop::sample::select(vec![".", "\n\n", " ", "\n"]),
    )
        .prop_map(|(o, inner, sep, c, name, v, tail, end)| {
            format!("{o}{}{sep}{c} {} {v} {tail}{end}", inner.join(" "), name.join(" "))
        });
    prop::collection::vec(sentence, 1..8).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Issue 12: articles in any script never panic; spans stay inside the
    /// text on char boundaries; scores stay in [-1, 1].
    #[test]
    fn multiscript_articles_never_panic(text in multiscript_article()) {
        static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        let engine = ENGINE.get_or_init(|| Engine::embedded().unwrap());
        let article = diplotone::Article { id: "p".into(), date: None, text: text.clone() };
        let record = diplotone::Record::Article(article);
        let analyzed = diplotone::pipeline::analyze_record(engine, &record);
        let analyzed = analyzed.map_err(|f| TestCaseError::fail(format!("{}: {text:?}", f.message)))?;
        for q in &analyzed.quotes {
            let span = &q.quote.span;
            prop_assert!(span.start <= span.end && span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert!((-1.0..=1.0).contains(&q.score.compound), "{}", q.score.compound);
            prop_assert!(q.score.cooperative >= 0.0 && q.score.warning >= 0.0);
        }
        let s = engine.score_text(&text);
        prop_assert!((-1.0..=1.0).contains(&s.compound));
    }

    /// Which copies of a quote count does not depend on their order.
    #[test]
    fn repeats_do_not_depend_on_order(
        copies in prop::collection::vec((0u128..3, prop::option::of(0i64..40), 0u8..4, 0usize..50), 0..30),
        window in 0u32..15,
        seed in any::<u64>(),
    ) {
        use diplotone::dedup::{decide, CopyKey, Fingerprint};
        let copies: Vec<(Fingerprint, CopyKey)> = copies
            .into_iter()
            .map(|(f, day, doc, offset)| (Fingerprint(f), CopyKey { day, doc: usize::from(doc), offset }))
            .collect();
        let want = decide(&copies, window);
        // A permutation from the seed (Fisher–Yates on a simple LCG).
        let mut perm: Vec<usize> = (0..copies.len()).collect();
        let mut x = seed;
        for i in (1..perm.len()).rev() {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            perm.swap(i, (x >> 33) as usize % (i + 1));
        }
        let shuffled: Vec<_> = perm.iter().map(|&p| copies[p]).collect();
        let got = decide(&shuffled, window);
        // Each copy with the copy it repeats; equal copies (same
        // fingerprint, date, doc and offset) are interchangeable, so the
        // answers are compared as sorted lists.
        let answer = |copies: &[(Fingerprint, CopyKey)], decided: &[Option<usize>]| {
            let mut v: Vec<_> =
                copies.iter().zip(decided).map(|((f, k), d)| (*f, *k, d.map(|j| copies[j].1))).collect();
            v.sort();
            v
        };
        prop_assert_eq!(answer(&shuffled, &got), answer(&copies, &want));
    }
}
