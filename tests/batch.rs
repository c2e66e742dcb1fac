//! Issue 12: one article never sinks a batch. The result of a batch is a
//! function of its records: no panic, no silent loss, no dependence on the
//! order of files or records, nor on the thread count.

use std::path::PathBuf;

use crate::util::{cmd, repo, run, Dir};

/// Wire copies of one quote by one speaker: three outlets within days,
/// one copy months later (a repeat of the line, counted again), one
/// undated copy.
const WIRE: &[(&str, &str, &str)] = &[
    ("outlet-c", "2024-03-04", "Oskar Brandt"),
    ("outlet-a", "2024-03-02", "Oskar Brandt"),
    ("outlet-b", "2024-03-02", "Oskar Brandt"),
    ("outlet-d", "2024-07-19", "Oskar Brandt"),
    ("outlet-e", "unknown", "Oskar Brandt"),
];

fn wire_article(date: &str, speaker: &str, lead: &str) -> String {
    format!(
        "date {date}\n\n{lead} “Our two ports will open to each other's ships again, and that is good news,” \
         said {speaker}, the harbour minister. “We reject threats.”\n"
    )
}

/// Lays out the example corpus and the wire copies in several folders and
/// files; returns the inputs in a canonical order.
fn layout(d: &Dir) -> Vec<PathBuf> {
    for (i, &(name, date, speaker)) in WIRE.iter().enumerate() {
        let lead = ["HAVN -", "Reporting from the quay:", "(Wire)", "In a speech,", "Again:"][i];
        d.write(&format!("wire/{name}.txt"), wire_article(date, speaker, lead));
    }
    // JSONL records with explicit ids, copies among them, in one file.
    let lines = [
        r#"{"id":"j3","date":"2024-03-03","text":"“We reject threats,” said Oskar Brandt."}"#,
        r#"{"id":"j1","date":"2024-02-28","text":"“We reject threats,” Oskar Brandt said on Wednesday."}"#,
        r#"{"id":"j2","date":"2024-03-20","text":"“We reject threats,” said Oskar Brandt."}"#,
        r#"{"quotation":"Trade keeps growing.","speaker":"Oskar Brandt","date":"2024-03-01","id":"q1"}"#,
    ];
    d.write("feeds/wire.jsonl", lines.join("\n") + "\n");
    vec![repo("examples/articles"), d.join("wire"), d.join("feeds")]
}

/// The same records, with the JSONL lines in another order.
fn shuffled_feed(d: &Dir) -> PathBuf {
    let text = std::fs::read_to_string(d.join("feeds/wire.jsonl")).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.reverse();
    lines.swap(0, 2);
    d.write("feeds2/wire.jsonl", lines.join("\n") + "\n");
    d.join("feeds2")
}

fn output(args: &[&str], inputs: &[PathBuf], threads: usize) -> String {
    let (code, out, err) = run(cmd().args(args).arg("--quiet").arg("-j").arg(threads.to_string()).args(inputs));
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

#[test]
fn tables_are_the_same_bytes_for_any_order_and_thread_count() {
    let d = Dir::new("batch_order_independent");
    let inputs = layout(&d);
    let feed2 = shuffled_feed(&d);
    let orders: Vec<Vec<PathBuf>> = vec![
        inputs.clone(),
        vec![inputs[2].clone(), inputs[1].clone(), inputs[0].clone()],
        vec![feed2.clone(), inputs[0].clone(), inputs[1].clone()],
        vec![inputs[1].clone(), feed2, inputs[0].clone()],
    ];
    for cmdline in [&["quotes"][..], &["speakers"], &["timeline", "--by", "week"], &["compare", "--min-quotes", "2"]] {
        let want = output(cmdline, &orders[0], 1);
        for (k, order) in orders.iter().enumerate() {
            for threads in [1, 2, 3] {
                let got = output(cmdline, order, threads);
                assert!(got == want, "{cmdline:?} differs in order {k} with -j {threads}:\n{got}\nvs\n{want}");
            }
        }
    }
    // The report: every file the same bytes.
    let report = |order: &[PathBuf], threads: usize, name: &str| {
        let dir = d.join(name);
        let (code, _, err) =
            run(cmd().args(["report", "--quiet", "-j", &threads.to_string(), "-o"]).arg(&dir).args(order));
        assert_eq!(code, 0, "{err}");
        ["quotes.csv", "speakers.csv", "compare.csv", "timeline.csv", "index.html"]
            .map(|f| std::fs::read(dir.join(f)).unwrap())
    };
    let want = report(&orders[0], 1, "r0");
    for (k, order) in orders.iter().enumerate().skip(1) {
        assert!(report(order, 2, &format!("r{k}")) == want, "report differs in order {k}");
    }
}

#[test]
fn the_earliest_copy_counts_and_a_later_repeat_counts_again() {
    let d = Dir::new("batch_wire_copies");
    let inputs = layout(&d);
    let quotes = output(&["quotes"], &inputs[1..], 1);
    let dup = |doc: &str| {
        quotes
            .lines()
            .filter(|l| l.starts_with(&format!("{doc},")) && l.contains("Our two ports"))
            .map(|l| l.rsplit(',').next().unwrap().to_string())
            .next()
            .unwrap_or_else(|| panic!("no row of {doc}:\n{quotes}"))
    };
    // outlet-a and outlet-b share the earliest date: the doc id decides.
    assert_eq!(dup("outlet-a"), "");
    assert_eq!(dup("outlet-b"), "outlet-a#1");
    assert_eq!(dup("outlet-c"), "outlet-a#1");
    // Months later the line is said again: it counts.
    assert_eq!(dup("outlet-d"), "");
    // Undated: a repeat of the earliest copy.
    assert_eq!(dup("outlet-e"), "outlet-a#1");
    // "We reject threats": j1 (Feb 28) counts; outlet-a's copy (Mar 2) is
    // within 7 days of it; j2 (Mar 20) opens a new window.
    let row = |id: &str| quotes.lines().find(|l| l.contains(&format!(",{id},"))).unwrap().to_string();
    assert!(row("j1#1").ends_with(','), "{}", row("j1#1"));
    assert!(row("j3#1").ends_with(",j1#1"), "{}", row("j3#1"));
    assert!(row("outlet-a#2").ends_with(",j1#1"), "{}", row("outlet-a#2"));
    assert!(row("j2#1").ends_with(','), "{}", row("j2#1"));
    // A wider window makes the July copy a repeat too.
    let wide = output(&["quotes", "--repeat-window", "365"], &inputs[1..], 1);
    let d_row = wide.lines().find(|l| l.starts_with("outlet-d,") && l.contains("Our two ports")).unwrap();
    assert!(d_row.ends_with(",outlet-a#1"), "{d_row}");
}

/// Case 1: a word in another script ending in "ed" or "ing" beside a quote
/// panicked in the attributor and sank the batch (exit 101).
#[test]
fn case_01_non_latin_word_beside_a_quote() {
    let d = Dir::new("batch_case_01");
    d.write("in/a-good.txt", "date 2024-05-02\n\n“Dialogue is the way,” said Ana Ruiz.\n");
    d.write("in/b-tamil.txt", "date 2024-05-03\n\n“We will talk,” Ana Ruiz மமing. “Talks go on,” said Ana Ruiz.\n");
    d.write("in/c-mixed.txt", "“Мы договоримся,” Ана Руис жжed. “和平,” 日日ing Wang Yi. «Ναι» ααed, said Ola Berg.\n");
    let (code, out, err) = run(cmd().args(["quotes", "--quiet"]).arg(d.join("in")));
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.contains("a-good,2024-05-02,a-good#1,"), "{out}");
    assert!(out.contains("b-tamil,2024-05-03,b-tamil#1,") && out.contains("Talks go on"), "{out}");
    assert!(err.contains("3 articles") && err.contains(" 0 errors"), "{err}");
}
