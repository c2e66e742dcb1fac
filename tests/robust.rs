//! Bad input never loses good data: one test per fault, each checking the
//! exact error text and that the good records of the same batch are written.

use crate::util::{cmd, run, Dir};

const GOOD: &str = "date 2024-05-02\n\n“We will never accept threats,” said Foreign Minister Ana Ruiz.\n";

/// Runs `quotes` on a folder holding `good.txt` and the given files;
/// returns (exit code, stdout, stderr).
fn batch(name: &str, files: &[(&str, &[u8])]) -> (i32, String, String, Dir) {
    let d = Dir::new(name);
    d.write("in/good.txt", GOOD);
    for (rel, data) in files {
        d.write(&format!("in/{rel}"), data);
    }
    let (code, out, err) = run(cmd().args(["quotes", "--quiet"]).arg(d.join("in")));
    (code, out, err, d)
}

fn assert_good_kept(out: &str) {
    assert!(out.contains("good,2024-05-02,good#1,") && out.contains("Ana Ruiz"), "good record lost:\n{out}");
}

/// The stderr line about `file`, with the folder prefix removed.
fn error_line(err: &str, d: &Dir, file: &str) -> String {
    let prefix = format!("diplotone: {}/", d.join("in").display());
    err.lines()
        .find(|l| l.starts_with(&prefix) && l[prefix.len()..].starts_with(file))
        .map(|l| l[prefix.len()..].to_string())
        .unwrap_or_else(|| panic!("no error about {file} in:\n{err}"))
}

#[test]
fn invalid_utf8_reports_the_byte_offset() {
    let (code, out, err, d) = batch("invalid_utf8", &[("bad.txt", b"date 2024-01-01\n\nok \xff\xfe then")]);
    assert_eq!(code, 1);
    assert_eq!(
        error_line(&err, &d, "bad.txt"),
        "bad.txt (byte 20): invalid UTF-8 (use --lossy to replace bad bytes with U+FFFD)"
    );
    assert_good_kept(&out);
    assert!(err.contains("diplotone: 1 articles, 1 quotes, 1 errors"), "{err}");
}

#[test]
fn lossy_decodes_instead() {
    let d = Dir::new("lossy");
    d.write("in/bad.txt", b"\xff \xe2\x80\x9cWe agree,\xe2\x80\x9d said Ana Ruiz.");
    let (code, out, err) = run(cmd().args(["quotes", "--quiet", "--lossy"]).arg(d.join("in")));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("We agree,"), "{out}");
}

#[test]
fn bom_and_crlf_are_read() {
    let crlf = "\u{feff}date 2024-06-01\r\n\r\n“Dialogue is the only way,” said Ana Ruiz.\r\n";
    let (code, out, err, _) = batch("bom_crlf", &[("crlf.txt", crlf.as_bytes())]);
    assert_eq!(code, 0, "{err}");
    assert_good_kept(&out);
    assert!(out.contains("crlf,2024-06-01,crlf#1,"), "{out}");
    assert!(out.contains("Dialogue is the only way,"), "{out}");
}

#[test]
fn lone_cr_line_ends() {
    let cr = "date 2024-06-01\r\r“We condemn the attack,” said Ana Ruiz.\r";
    let (code, out, err, _) = batch("lone_cr", &[("cr.txt", cr.as_bytes())]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("cr,2024-06-01,cr#1,"), "{out}");
}

#[test]
fn nul_and_control_characters() {
    let data = "date 2024-06-01\n\n\u{0}\u{7}“We welcome\u{0} the deal,” said Ana Ruiz.\u{1b}\n";
    let (code, out, err, _) = batch("nul", &[("nul.txt", data.as_bytes())]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("nul,2024-06-01,nul#1,"), "{out}");
}

#[test]
fn empty_files_are_reported() {
    let (code, out, err, d) =
        batch("empty_files", &[("empty.txt", b""), ("blank.txt", b"  \n\n"), ("e.jsonl", b"\n\n")]);
    assert_eq!(code, 1);
    assert_eq!(error_line(&err, &d, "empty.txt"), "empty.txt: empty file");
    assert_eq!(error_line(&err, &d, "blank.txt"), "blank.txt: empty file");
    assert_good_kept(&out);
}

#[test]
fn bad_jsonl_lines() {
    let jsonl = concat!(
        "{\"id\":\"j1\",\"text\":\"“We agree,” said Ana Ruiz.\"}\n",
        "{\"id\":\"j2\",\"text\":\n",
        "{\"id\":\"j3\"}\n",
        "{\"id\":\"j4\",\"text\":[1]}\n",
        "\n",
        "{\"id\":\"j6\",\"text\":\"“Never,” said Ana Ruiz.\"}",
    );
    let (code, out, err, d) = batch("bad_jsonl", &[("b.jsonl", jsonl.as_bytes())]);
    assert_eq!(code, 1);
    assert!(error_line(&err, &d, "b.jsonl:2:").starts_with("b.jsonl:2: not valid JSON: EOF while parsing"), "{err}");
    assert_eq!(error_line(&err, &d, "b.jsonl:3:"), "b.jsonl:3: missing field \"text\"");
    assert_eq!(error_line(&err, &d, "b.jsonl:4:"), "b.jsonl:4: field \"text\" must be a string, found an array");
    assert_good_kept(&out);
    assert!(out.contains("\nj1,") && out.contains("\nj6,"), "{out}");
}

#[test]
fn csv_missing_columns_and_unbalanced_quoting() {
    let csv = "id,date,text\nc1,2024-01-01,\"“We agree,” said Ana Ruiz.\"\nc2,2024-01-02\nc3,2024-01-03,\"“No,” said Ana Ruiz.\"\n";
    let (code, out, err, d) = batch("bad_csv", &[("a.csv", csv.as_bytes())]);
    assert_eq!(code, 1);
    assert_eq!(error_line(&err, &d, "a.csv"), "a.csv:3: expected 3 fields, found 2");
    assert!(out.contains("\nc1,") && out.contains("\nc3,"), "{out}");
    assert_good_kept(&out);

    let unbalanced = "id,text\nu1,\"“Yes,” said Ana Ruiz.\"\nu2,\"never closed\n";
    let (code, out, err, d) = batch("unbalanced_csv", &[("u.csv", unbalanced.as_bytes())]);
    assert_eq!(code, 1);
    assert_eq!(error_line(&err, &d, "u.csv"), "u.csv:3: unterminated quoted field (unbalanced quoting)");
    assert!(out.contains("\nu1,"), "{out}");
}

#[test]
fn csv_without_text_column() {
    let (code, out, err, d) = batch("csv_no_text", &[("n.csv", b"id,body\n1,x\n")]);
    assert_eq!(code, 1);
    assert_eq!(error_line(&err, &d, "n.csv"), "n.csv:1: the CSV header has no \"text\" column");
    assert_good_kept(&out);
}

#[test]
fn binary_file_in_a_folder() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..200u8).map(|b| b.wrapping_mul(37)));
    let (code, out, err, d) = batch("binary", &[("image.txt", &png), ("image.png", &png)]);
    assert_eq!(code, 1);
    assert_eq!(
        error_line(&err, &d, "image.txt"),
        "image.txt (byte 0): invalid UTF-8 (use --lossy to replace bad bytes with U+FFFD)"
    );
    assert!(!err.contains("image.png"), "files without an input extension are not read: {err}");
    assert_good_kept(&out);
}

#[test]
fn huge_article_without_newline() {
    let mut big = String::from("date 2024-01-01 ");
    let unit = "The ministers met again and talked about trade, ports and the weather. ";
    while big.len() < 10_000_000 {
        big.push_str(unit);
    }
    big.push_str("“We will respond,” said Ana Ruiz.");
    let (code, out, err, _) = batch("huge", &[("huge.txt", big.as_bytes())]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("huge,2024-01-01,huge#1,"), "{}", &out[..out.len().min(2000)]);
    assert_good_kept(&out);
}

#[test]
fn many_quotation_marks_in_one_paragraph() {
    let marks = "“".repeat(50_000) + &"\"".repeat(50_000);
    let (code, out, err, _) = batch("marks", &[("marks.txt", marks.as_bytes())]);
    assert_eq!(code, 0, "{err}");
    assert_good_kept(&out);
}

#[test]
fn unbalanced_and_nested_quotes_stay_in_their_paragraph() {
    let text = "date 2024-01-01\n\nAna Ruiz said the plan was “unworkable.\n\n“We want peace,” said Ben Ode.\n\n“He said ‘never’ twice,” said Ana Ruiz.\n";
    let (code, out, err, _) = batch("unbalanced", &[("u.txt", text.as_bytes())]);
    assert_eq!(code, 0, "{err}");
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).filter(|r| &r[0] == "u").collect();
    assert!(rows.iter().all(|r| !r[15].contains("\n\n")), "a quote crossed a paragraph: {rows:?}");
    assert!(rows.iter().any(|r| r[15].starts_with("We want peace") && &r[5] == "Ben Ode"), "{rows:?}");
}

#[test]
fn right_to_left_and_mixed_scripts() {
    let text = "date 2024-01-01\n\n«نحن نريد السلام» قال الوزير.\n\n“合作共赢,” said Wang Yi. \u{202e}“We agree,” said Ana Ruiz.\n";
    let (code, out, err, _) = batch("rtl", &[("rtl.txt", text.as_bytes())]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("rtl,2024-01-01,rtl#1,"), "{out}");
    assert_good_kept(&out);
}

#[cfg(unix)]
#[test]
fn unreadable_file_and_folder() {
    let d = Dir::new("unreadable");
    d.write("in/good.txt", GOOD);
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("in/dangling.txt")).unwrap();
    let (code, out, err) = run(cmd().args(["quotes", "--quiet"]).arg(d.join("in")).arg(d.join("missing-folder")));
    assert_eq!(code, 1);
    let prefix = format!("diplotone: {}", d.path.display());
    let lines: Vec<String> =
        err.lines().filter(|l| l.starts_with(&prefix)).map(|l| l[prefix.len()..].to_string()).collect();
    assert_eq!(
        lines,
        [
            "/in/dangling.txt: cannot read: No such file or directory (os error 2)",
            "/missing-folder: cannot read: No such file or directory (os error 2)"
        ]
    );
    assert_good_kept(&out);
}

#[test]
fn errors_file_lists_every_fault() {
    let d = Dir::new("errors_file");
    d.write("in/good.txt", GOOD);
    d.write("in/bad.jsonl", "{oops\n{\"id\":\"x\"}\n");
    let errs = d.join("errors.csv");
    let (code, out, _) = run(cmd().args(["quotes", "--quiet"]).arg(d.join("in")).arg("--errors").arg(&errs));
    assert_eq!(code, 1);
    assert_good_kept(&out);
    let written = std::fs::read_to_string(&errs).unwrap();
    let rows: Vec<&str> = written.lines().collect();
    assert_eq!(rows[0], "file,line,byte,reason");
    assert_eq!(rows.len(), 3, "{written}");
    assert!(rows[2].ends_with(",2,,\"missing field \"\"text\"\"\""), "{written}");
}

#[test]
fn closed_pipe_ends_quietly() {
    use std::process::Stdio;
    let runs: &[&[&str]] = &[
        &["quotes", "--quiet", "examples/articles", "examples/articles", "examples/articles"],
        &["explain", "--quotes", "examples/articles/2024/05-strait-incident.txt"],
        &["lexicon", "stats", "--corpus", "examples/articles"],
    ];
    for args in runs {
        let mut child = cmd().args(*args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn bad_aliases_file_exits_2_before_output() {
    let d = Dir::new("bad_aliases");
    d.write("in/good.txt", GOOD);
    let aliases = d.write("aliases.csv", "alias,speaker\nRuiz,Ana Ruiz\nonly-one-field\n");
    let o = d.join("out.csv");
    let (code, _, err) = run(cmd().args(["speakers", "--aliases"]).arg(&aliases).arg(d.join("in")).arg("-o").arg(&o));
    assert_eq!(code, 2);
    assert!(err.contains("aliases.csv:3: expected 2 fields (alias,speaker), found 1"), "{err}");
    assert!(!o.exists());
}
