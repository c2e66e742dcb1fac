//! Golden CSVs of the bundled example corpus, compared byte for byte.
//! `DIPLOTONE_BLESS=1 cargo test golden` rewrites them after a reviewed change.

use crate::util::{cmd, golden, run};

fn output(args: &[&str]) -> String {
    let (code, out, err) = run(cmd().args(args));
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn quotes_of_examples() {
    golden("tests/golden/quotes.csv", &output(&["quotes", "--quiet", "examples/articles"]));
}

#[test]
fn speakers_of_examples() {
    golden("tests/golden/speakers.csv", &output(&["speakers", "--quiet", "examples/articles"]));
}

#[test]
fn timeline_of_examples() {
    golden("tests/golden/timeline.csv", &output(&["timeline", "--quiet", "--by", "month", "examples/articles"]));
}

#[test]
fn compare_of_examples() {
    golden("tests/golden/compare.csv", &output(&["compare", "--quiet", "examples/articles"]));
}
