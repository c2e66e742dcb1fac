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

/// Issue 15: repeats are decided after sorting the copies on disk in runs
/// of bounded length. Runs of one copy, of three, and one run in memory
/// (the default for a batch this small) write the same bytes, at one and
/// two threads, with wire copies among the records and ids shared by two
/// files.
#[test]
fn sorted_runs_of_any_length_write_the_same_bytes() {
    let d = Dir::new("batch_sorted_runs");
    let mut inputs = layout(&d);
    inputs.push(shuffled_feed(&d));
    let with_run = |args: &[&str], run_len: Option<&str>, threads: usize| {
        let mut c = cmd();
        if let Some(n) = run_len {
            c.env("DIPLOTONE_SORT_RUN", n);
        }
        let (code, out, err) = run(c.args(args).arg("--quiet").arg("-j").arg(threads.to_string()).args(&inputs));
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    };
    for args in [&["quotes"][..], &["speakers"], &["timeline", "--by", "day"], &["compare", "--min-quotes", "2"]] {
        let want = with_run(args, None, 1);
        assert!(want.lines().count() > 3, "{want}");
        for run in ["1", "3"] {
            for threads in [1, 2] {
                assert!(
                    with_run(args, Some(run), threads) == want,
                    "{args:?} differs with runs of {run}, -j {threads}"
                );
            }
        }
    }
    // Copies of one quote, several of them repeats, go through the merge.
    let quotes = with_run(&["quotes"], Some("1"), 2);
    assert!(quotes.lines().filter(|l| l.ends_with("#1")).count() >= 4, "{quotes}");
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

const GOOD: &str = "date 2024-05-02\n\n“We will never accept threats,” said Foreign Minister Ana Ruiz.\n";

/// Runs `args` on a folder `in` holding `good.txt` and `files`; returns
/// (exit code, stdout, stderr, folder).
fn batch_run(name: &str, args: &[&str], files: &[(&str, &str)]) -> (i32, String, String, Dir) {
    let d = Dir::new(name);
    d.write("in/good.txt", GOOD);
    for (rel, data) in files {
        d.write(&format!("in/{rel}"), data);
    }
    let (code, out, err) = run(cmd().args(args).arg("--quiet").arg(d.join("in")));
    (code, out, err, d)
}

/// Case 2: two copies in two files; `timeline f1 f2` and `timeline f2 f1`
/// differed because the copy read first kept its date.
#[test]
fn case_02_copies_in_two_files_in_either_order() {
    let d = Dir::new("batch_case_02");
    let q = "“The border stays open to trade,” said Lena Vos.";
    let f1 = d.write("f1.txt", format!("date 2024-01-30\n\n{q}\n"));
    let f2 = d.write("f2.txt", format!("date 2024-02-02\n\n{q}\n"));
    for args in [&["timeline", "--by", "month"][..], &["speakers"], &["quotes"]] {
        let (c1, a, e1) = run(cmd().args(args).arg("--quiet").arg(&f1).arg(&f2));
        let (c2, b, e2) = run(cmd().args(args).arg("--quiet").arg(&f2).arg(&f1));
        assert_eq!((c1, c2), (0, 0), "{e1}{e2}");
        assert_eq!(a, b, "{args:?}");
    }
    let (_, t, _) = run(cmd().args(["timeline", "--quiet", "--by", "month"]).arg(&f2).arg(&f1));
    assert!(t.contains("Lena Vos,2024-01,1,") && !t.contains("2024-02"), "{t}");
}

/// Case 3: a valid CSV row with an unquoted `"` (an inch mark) is kept,
/// and the line of a later bad row is right.
#[test]
fn case_03_inch_marks_in_csv() {
    let csv = "id,date,text\n\
               g1,2024-03-01,The 12\" guns stay in port. “We want calm waters” said Ana Ruiz.\n\
               g2,2024-03-02\n\
               g3,2024-03-03,\"“Talks resume,” said Ana Ruiz.\"\n\
               g4,2024-03-04,“We keep the 8\" shells” said Ana Ruiz.\n";
    let (code, out, err, _) = batch_run("batch_case_03", &["quotes"], &[("a.csv", csv)]);
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("\ng1,2024-03-01,g1#1,") && out.contains("We want calm waters"), "{out}");
    assert!(out.contains("\ng3,2024-03-03,g3#1,"), "{out}");
    // The last row holds an inch mark too: still kept.
    assert!(out.contains("\ng4,2024-03-04,g4#1,"), "{out}");
    assert!(err.contains("a.csv:3: expected 3 fields, found 2"), "{err}");
    assert!(out.contains("\ngood,2024-05-02,good#1,"), "{out}");
}

/// Case 4: impossible and malformed dates are a warning naming the record;
/// the record is kept, undated; the exit code stays 0.
#[test]
fn case_04_bad_dates_warned_and_kept() {
    let jsonl = concat!(
        r#"{"id":"m1","date":"2024-13-45","text":"“We are ready,” said Ana Ruiz."}"#,
        "\n",
        r#"{"id":"m2","date":"2024-02-31","text":"“We are willing,” said Ana Ruiz."}"#,
        "\n"
    );
    let (code, out, err, d) = batch_run(
        "batch_case_04",
        &["quotes"],
        &[("m.jsonl", jsonl), ("t.txt", "date 2024-02-30\n\n“Fine,” said Ana Ruiz.\n")],
    );
    assert_eq!(code, 0, "{err}");
    let inside = d.join("in").display().to_string();
    for (at, id, date) in
        [("m.jsonl:1", "m1", "2024-13-45"), ("m.jsonl:2", "m2", "2024-02-31"), ("t.txt:1", "t", "2024-02-30")]
    {
        let want = format!(
            "diplotone: warning: {inside}/{at}: record \"{id}\": date \"{date}\" is not a valid YYYY-MM-DD day; read as undated"
        );
        assert!(err.lines().any(|l| l == want), "{want}\nnot in:\n{err}");
    }
    assert!(out.contains("\nm1,,m1#1,") && out.contains("\nm2,,m2#1,") && out.contains("\nt,,t#1,"), "{out}");
    assert!(err.contains("3 warnings"), "{err}");
}

/// Case 5: a long quote without a sentence end is scored in linear time.
/// (The step count is tested in `score::rules`; this is the whole run.)
#[test]
fn case_05_long_quote_without_sentence_end() {
    let d = Dir::new("batch_case_05");
    let words = ["peace", "talks", "may", "not", "fail", "but", "threats", "remain", "and", "we", "must", "cooperate"];
    let body: Vec<&str> = (0..40_000).map(|i| words[i % words.len()]).collect();
    let f = d.write("long.txt", format!("“{}” said Ana Ruiz.\n", body.join(" ")));
    let t = std::time::Instant::now();
    let (code, out, err) = run(cmd().args(["quotes", "--quiet"]).arg(&f));
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().count() == 2, "{}", out.len());
    // A debug build on a shared machine, hence the slack: the release
    // build scores a 1 MB quote in about half a second, and the quadratic
    // rules took over 100 s here.
    assert!(t.elapsed().as_secs() < 40, "{:?}", t.elapsed());
}

/// Case 6: `text` on a CSV without a `text` column is a usage error, not a
/// header scored as text.
#[test]
fn case_06_text_on_csv_without_text_column() {
    let d = Dir::new("batch_case_06");
    let f = d.write("n.csv", "id,body\n1,we agree\n");
    let out_file = d.join("out.csv");
    let (code, out, err) = run(cmd().args(["text", "--quiet", "-o"]).arg(&out_file).arg(&f));
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("n.csv:1: the CSV header has no \"text\" column"), "{err}");
    assert!(!out_file.exists());
    // Read from stdin, a header with an `id` column is a CSV header too.
    let mut c = cmd();
    c.args(["text", "--quiet", "-"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped());
    c.stderr(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"id,body\n1,we agree\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "{}", String::from_utf8_lossy(&o.stdout));
    // Plain lines are still plain lines.
    let plain = d.write("p.txt", "We agree.\nWe warn you.\n");
    let (code, out, _) = run(cmd().args(["text", "--quiet"]).arg(&plain));
    assert_eq!(code, 0);
    assert!(out.contains("\n1,") && out.contains("\n2,"), "{out}");
}

/// Case 7: alias cycles and repeated aliases are refused with file:line
/// (exit 2, nothing written); chains are followed.
#[test]
fn case_07_alias_table_checks() {
    let d = Dir::new("batch_case_07");
    d.write(
        "in/a.txt",
        "date 2024-05-02\n\n“We agree,” said Ana Ruiz. “We disagree,” said Ola Berg. “Maybe,” said A. Ruiz.\n",
    );
    let out_file = d.join("out.csv");
    let cases = [
        (
            "cycle.csv",
            "alias,speaker\nAna Ruiz,Ola Berg\nOla Berg,Ana Ruiz\n",
            "cycle.csv:2: aliases form a cycle (",
            true,
        ),
        ("dup.csv", "A. Ruiz,Ana Ruiz\nA Ruiz,Ola Berg\n", "dup.csv:2: alias \"A Ruiz\" is given twice: ", true),
        ("chain.csv", "A. Ruiz,Ana R.\nAna R.,Ana Ruiz\n", "", false),
    ];
    for (name, table, want, fails) in cases {
        let aliases = d.write(name, table);
        let (code, out, err) = run(cmd()
            .args(["quotes", "--quiet", "--aliases"])
            .arg(&aliases)
            .arg("-o")
            .arg(&out_file)
            .arg(d.join("in")));
        if fails {
            assert_eq!(code, 2, "{name}: {err}");
            assert!(err.contains(want), "{name}: {err}");
            assert!(out.is_empty() && !out_file.exists(), "{name}");
        } else {
            assert_eq!(code, 0, "{name}: {err}");
            let rows = std::fs::read_to_string(&out_file).unwrap();
            let ruiz = rows.lines().filter(|l| l.contains(",Ana Ruiz,")).count();
            assert_eq!(ruiz, 2, "the chain leads A. Ruiz to Ana Ruiz:\n{rows}");
            std::fs::remove_file(&out_file).unwrap();
        }
    }
}

/// Case 8: settings are checked before any work: exit 2, nothing written.
#[test]
fn case_08_settings_checked_first() {
    let d = Dir::new("batch_case_08");
    d.write("in/good.txt", GOOD);
    let out_file = d.join("out.csv");
    let cases: &[(&[&str], &str)] = &[
        (&["--cooperative-threshold", "1.5"], "--cooperative-threshold must be in [-1, 1]"),
        (&["--warning-threshold", "-2"], "--warning-threshold must be in [-1, 1]"),
        (&["--warning-threshold", "0.3", "--cooperative-threshold", "-0.3"], "must not exceed --cooperative-threshold"),
        (&["--cooperative-threshold", "NaN"], "--cooperative-threshold must be in [-1, 1]"),
        (&["-j", "100000"], "--threads must be between 1 and 1024, not 100000"),
        (&["-j", "0"], "--threads must be between 1 and 1024, not 0"),
    ];
    for (flags, want) in cases {
        let t = std::time::Instant::now();
        let (code, out, err) = run(cmd().arg("quotes").args(*flags).arg("-o").arg(&out_file).arg(d.join("in")));
        assert_eq!(code, 2, "{flags:?}: {err}");
        assert!(err.contains(want), "{flags:?}: {err}");
        assert!(out.is_empty() && !out_file.exists(), "{flags:?}");
        assert!(t.elapsed().as_secs() < 10, "{flags:?} took {:?}", t.elapsed());
    }
    for w in ["1.0", "1", "0"] {
        for class in ["hedge", "diminisher"] {
            let lex =
                d.write("lex.tsv", format!("phrase\tclass\tweight\nagree\tcooperative\t1\nmaybe\t{class}\t{w}\n"));
            let (code, _, err) =
                run(cmd().args(["quotes", "--lexicon"]).arg(&lex).arg("-o").arg(&out_file).arg(d.join("in")));
            assert_eq!(code, 2, "{class} {w}: {err}");
            assert!(err.contains("lex.tsv:3: weight") && err.contains("out of range"), "{err}");
            assert!(!out_file.exists());
        }
    }
}

/// Case 9: ids collide across folders with the same file names and in CSV
/// files without an `id` column; both get unique ids by a documented rule.
#[test]
fn case_09_ids_unique_across_inputs() {
    let d = Dir::new("batch_case_09");
    d.write("east/report.txt", "date 2024-05-02\n\n“We agree,” said Ana Ruiz.\n");
    d.write("west/report.txt", "date 2024-05-03\n\n“We object,” said Ola Berg.\n");
    d.write("x/one.csv", "text\n\"“Calm now,” said Ana Ruiz.\"\n");
    d.write("y/two.csv", "text\n\"“Calm later,” said Ola Berg.\"\n");
    let (code, out, err) = run(cmd()
        .args(["quotes", "--quiet"])
        .arg(d.join("east"))
        .arg(d.join("west"))
        .arg(d.join("x"))
        .arg(d.join("y")));
    assert_eq!(code, 0, "{err}");
    let ids: Vec<&str> = out.lines().skip(1).map(|l| l.split(',').nth(2).unwrap()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), 4, "{out}");
    assert_eq!(unique.len(), 4, "{ids:?}");
    let east = format!("report@{}#1", d.join("east/report.txt").display());
    assert!(ids.contains(&east.as_str()), "{ids:?}");
    let one = format!("{}:2#1", d.join("x/one.csv").display());
    assert!(ids.contains(&one.as_str()), "{ids:?}");
}

/// Case 10: an output path that cannot be written is exit 2 before the
/// run; a failure to write the `--errors` file is not ignored.
#[test]
fn case_10_output_paths_checked_before_the_run() {
    let d = Dir::new("batch_case_10");
    d.write("in/good.txt", GOOD);
    std::fs::create_dir_all(d.join("a-folder")).unwrap();
    let missing = d.join("no/such/folder/out.csv");
    for command in [&["quotes"][..], &["speakers"], &["timeline"], &["compare"]] {
        for target in [d.join("a-folder"), missing.clone()] {
            let (code, out, err) = run(cmd().args(command).arg("--quiet").arg("-o").arg(&target).arg(d.join("in")));
            assert_eq!(code, 2, "{command:?} -o {}: {err}", target.display());
            assert!(out.is_empty());
            assert!(!err.contains("articles,"), "found only after the run: {err}");
        }
    }
    let (code, _, err) = run(cmd().args(["quotes", "--quiet", "--errors"]).arg(&missing).arg(d.join("in")));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("does not exist"), "{err}");
    // The report folder's files are checked too.
    std::fs::create_dir_all(d.join("rep/quotes.csv")).unwrap();
    let (code, _, err) = run(cmd().args(["report", "--quiet", "-o"]).arg(d.join("rep")).arg(d.join("in")));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("quotes.csv: is a folder"), "{err}");
    #[cfg(target_os = "linux")]
    {
        // A device is written in place, never replaced by a renamed file;
        // one that is always full makes the errors file fail: exit 2.
        let (code, _, err) = run(cmd()
            .args(["quotes", "--quiet", "--errors", "/dev/full", "-o", "/dev/null"])
            .arg(d.join("in"))
            .arg(d.join("missing-input.txt")));
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("writing the errors file"), "{err}");
        let full = std::fs::metadata("/dev/full").unwrap();
        let null = std::fs::metadata("/dev/null").unwrap();
        assert!(!full.is_file() && !null.is_file(), "a device was replaced");
    }
}

/// A feed of several chunks of records (a chunk is 512), with bad lines
/// in the first, second and last: with one, two or three threads (where
/// the next chunk is read while the one before is analyzed) the rows, the
/// errors on stderr and in `--errors`, and their order are the same, and
/// no good record is lost.
#[test]
fn errors_keep_their_order_across_chunks_at_any_thread_count() {
    let d = Dir::new("batch_errors_across_chunks");
    let bad = [3, 700, 1150];
    let lines: Vec<String> = (1..=1200)
        .map(|i| match i {
            _ if bad.contains(&i) => format!("{{\"id\":\"r{i}\",\"date\":"),
            _ => format!(
                "{{\"id\":\"r{i}\",\"date\":\"2024-05-02\",\"text\":\"“Round {i} of the talks went well,” said Ana Ruiz.\"}}"
            ),
        })
        .collect();
    d.write("feed.jsonl", lines.join("\n") + "\n");
    let mut first: Option<(String, String, String)> = None;
    for threads in [1, 2, 3] {
        let errs = d.join(&format!("errors-{threads}.csv"));
        let (code, out, err) = run(cmd()
            .args(["quotes", "--quiet", "-j", &threads.to_string()])
            .arg(d.join("feed.jsonl"))
            .arg("--errors")
            .arg(&errs));
        assert_eq!(code, 1, "{err}");
        assert_eq!(out.lines().count(), 1 + 1197, "-j {threads}");
        assert!(err.contains("diplotone: 1197 articles, 1197 quotes, 3 errors"), "-j {threads}: {err}");
        let written = std::fs::read_to_string(&errs).unwrap();
        let at: Vec<&str> = written.lines().skip(1).map(|l| l.split(',').nth(1).unwrap()).collect();
        assert_eq!(at, ["3", "700", "1150"], "-j {threads}: {written}");
        let got = (out, err, written);
        match &first {
            None => first = Some(got),
            Some(want) => assert!(&got == want, "-j {threads} differs from -j 1"),
        }
    }
}
