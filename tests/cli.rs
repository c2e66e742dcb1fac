//! The binary: flags, exit codes, stdin, CSV headers, error text with file:line.

use std::io::Write;
use std::process::Stdio;

use crate::util::{cmd, run, Dir};

const ARTICLE: &str = "date 2024-05-02\n\n\
“We will not tolerate any provocation,” said Foreign Minister Ana Ruiz.\n\n\
Ruiz added that the talks had been “frank and constructive”.\n";

#[test]
fn quotes_header_and_rows() {
    let d = Dir::new("quotes_header_and_rows");
    d.write("in/a.txt", ARTICLE);
    let (code, out, err) = run(cmd().args(["quotes", "--quiet"]).arg(d.join("in")));
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "doc,date,quote_id,start,end,speaker,speaker_mention,speaker_rule,kind,cue,score,label,cooperative,warning,terms,quote,coverage,duplicate_of"
    );
    assert!(out.contains("a,2024-05-02,a#1,"), "{out}");
    assert!(err.contains("1 articles"), "{err}");
}

#[test]
fn empty_input_still_writes_a_header() {
    let d = Dir::new("empty_input_still_writes_a_header");
    std::fs::create_dir_all(d.join("in")).unwrap();
    let (code, out, _) = run(cmd().args(["speakers"]).arg(d.join("in")));
    assert_eq!(code, 0);
    assert!(out.starts_with("speaker,n,mean,sd,ci_low,ci_high,median,"), "{out}");
}

#[test]
fn bad_jsonl_line_is_reported_and_the_rest_written() {
    let d = Dir::new("bad_jsonl_line");
    let f = d.write(
        "batch.jsonl",
        "{\"id\":\"a\",\"text\":\"“Dialogue is the only way,” said Ana Ruiz.\"}\n{broken\n{\"id\":\"c\",\"text\":\"“We condemn it,” said Ana Ruiz.\"}\n",
    );
    let (code, out, err) = run(cmd().args(["quotes", "--quiet"]).arg(&f));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("batch.jsonl:2: not valid JSON"), "{err}");
    assert!(err.contains("2 articles"), "{err}");
    let docs: Vec<&str> = out.lines().skip(1).map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(docs, ["a", "c"], "{out}");
}

#[test]
fn bad_lexicon_exits_2_naming_file_and_line_and_writes_nothing() {
    let d = Dir::new("bad_lexicon");
    let lex = d.write("lex.tsv", "phrase\tclass\tweight\nred line\twarning\tlots\n");
    d.write("in/a.txt", ARTICLE);
    let out_file = d.join("out.csv");
    let (code, _, err) = run(cmd().args(["quotes", "--lexicon"]).arg(&lex).arg(d.join("in")).arg("-o").arg(&out_file));
    assert_eq!(code, 2);
    assert!(err.contains("lex.tsv:2: weight \"lots\" is not a number"), "{err}");
    assert!(!out_file.exists());
}

#[test]
fn lexicon_check_reports_every_bad_line() {
    let d = Dir::new("lexicon_check");
    let lex = d.write("lex.tsv", "phrase\tclass\tweight\nred\twarm\t1\nok\twarning\t1\nx\twarning\n");
    let (code, _, err) = run(cmd().args(["lexicon", "check"]).arg(&lex));
    assert_eq!(code, 2);
    assert!(err.contains("lex.tsv:2: unknown class \"warm\""), "{err}");
    assert!(err.contains("lex.tsv:4: expected 3 tab-separated fields, found 2"), "{err}");
}

#[test]
fn builtin_lexicons_check_clean() {
    let (code, out, err) = run(cmd().args(["lexicon", "check"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ok: "));
}

#[test]
fn text_plain_lines_and_csv() {
    let mut child = cmd().args(["text", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"This is a red line.\n\nWe welcome the agreement.\n").unwrap();
    let out = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(rows[0], ["id", "score", "label", "cooperative", "warning", "terms", "coverage"]);
    assert_eq!((rows[1][0], rows[1][2]), ("1", "warning"));
    assert_eq!((rows[2][0], rows[2][2]), ("3", "cooperative"));

    let d = Dir::new("text_csv");
    let f = d.write("t.csv", "id,text\nx,\"A win-win deal, not a threat.\"\n");
    let (code, out, _) = run(cmd().args(["text", "--quiet"]).arg(&f));
    assert_eq!(code, 0);
    assert!(out.lines().nth(1).unwrap().starts_with("x,"), "{out}");
}

#[test]
fn output_file_is_written_whole() {
    let d = Dir::new("output_file");
    d.write("in/a.txt", ARTICLE);
    let o = d.join("q.csv");
    let (code, out, _) = run(cmd().args(["quotes", "--quiet"]).arg(d.join("in")).arg("-o").arg(&o));
    assert_eq!(code, 0);
    assert!(out.is_empty());
    let written = std::fs::read_to_string(&o).unwrap();
    assert!(written.starts_with("doc,date,"));
    let leftovers: Vec<_> = std::fs::read_dir(&d.path)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn same_bytes_for_any_thread_count() {
    let run_with = |j: &str| {
        let (code, out, err) = run(cmd().args(["quotes", "--quiet", "-j", j, "examples/articles"]));
        assert_eq!(code, 0, "{err}");
        out
    };
    let one = run_with("1");
    assert!(one.lines().count() > 20);
    assert_eq!(one, run_with("2"));
}

#[test]
fn usage_error_exits_2() {
    let (code, _, _) = run(cmd().args(["quotes", "--no-such-flag", "x"]));
    assert_eq!(code, 2);
    let (code, _, err) = run(cmd().args(["compare", "--speaker", "A", "examples/articles"]));
    assert_eq!(code, 2, "{err}");
}

#[test]
fn quotebank_style_input_keeps_given_speakers() {
    let (code, out, err) = run(cmd().args(["quotes", "--quiet", "--input", "quotes", "examples/quotes.jsonl"]));
    assert_eq!(code, 0, "{err}");
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert!(rows.len() >= 20);
    assert!(rows.iter().all(|r| &r[7] == "given" && !r[5].is_empty()));
}

#[test]
fn bring_your_own_lexicons() {
    let d = Dir::new("byo_lexicons");
    let vader = d.write("vader.txt", "calm\t1.2\t0.4\t[1, 1, 2]\nmenace\t-2.4\t0.5\t[-2, -3]\n");
    let dic = d.write("mini.dic", "%\n1\tposemo\n2\tnegemo\n%\nfriend*\t1\nhostil*\t2\n");
    let f = d.write("t.csv", "id,text\na,A calm friendship.\nb,A hostile menace.\n");
    for (lex, want) in [(&vader, ["cooperative", "warning"]), (&dic, ["cooperative", "warning"])] {
        let (code, out, err) = run(cmd().args(["text", "--quiet", "--lexicon"]).arg(lex).arg(&f));
        assert_eq!(code, 0, "{err}");
        let labels: Vec<&str> = out.lines().skip(1).map(|l| l.split(',').nth(2).unwrap()).collect();
        assert_eq!(labels, want, "{out}");
    }
    let (code, out, _) =
        run(cmd().args(["lexicon", "import", "--from", "liwc", "--map", "negemo=warning:2"]).arg(&dic));
    assert_eq!(code, 0);
    assert_eq!(out, "phrase\tclass\tweight\nhostil*\twarning\t2.00\n");
}

#[test]
fn lexicon_stats_on_a_corpus() {
    let (code, out, err) = run(cmd().args(["lexicon", "stats", "--corpus", "examples/articles", "--top", "5"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("source,class,entries,multiword,globs\n"), "{out}");
    assert!(out.contains("content words known"), "{out}");
    let after = out.split("unmatched_word,count\n").nth(1).unwrap();
    assert_eq!(after.lines().count(), 5, "{out}");
}

#[test]
fn speakers_merge_spellings_and_list_them() {
    let d = Dir::new("list_aliases");
    d.write("in/a.txt", "date 2024-01-01\n\n“We want calm,” said Foreign Minister Sergey Lavrov.\n");
    d.write("in/b.txt", "date 2024-01-02\n\n“We reject the ultimatum,” said Foreign Minister Sergei Lavrov.\n");
    d.write("in/c.txt", "date 2024-01-03\n\n“We welcome the talks,” said Chancellor Olaf Scholz.\n");
    let aliases = d.write("aliases.csv", "alias,speaker\nOlaf Scholz,Chancellor Scholz\n");
    let (code, out, err) = run(cmd().args(["speakers", "--quiet", "--aliases"]).arg(&aliases).arg(d.join("in")));
    assert_eq!(code, 0, "{err}");
    let names: Vec<&str> = out.lines().skip(1).map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(names.len(), 2, "{out}");
    assert!(out.contains(",2,"), "the two Lavrov spellings count as one speaker: {out}");
    assert!(names.contains(&"Chancellor Scholz"), "{out}");
    let (code, out, err) =
        run(cmd().args(["speakers", "--quiet", "--list-aliases", "--aliases"]).arg(&aliases).arg(d.join("in")));
    assert_eq!(code, 0, "{err}");
    let mut lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.remove(0), "speaker,written_as,n,merged_by");
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines.contains(&"Chancellor Scholz,Olaf Scholz,1,alias-table"), "{out}");
    assert!(lines.iter().filter(|l| l.contains("Lavrov") && l.ends_with(",1,name-key")).count() == 2, "{out}");
}

#[test]
fn aggregates_do_not_depend_on_input_order_or_threads() {
    // Statistics come from exact integer sums, display names from counts:
    // the order in which folders are given must not change a byte.
    for cmd_name in ["speakers", "compare", "timeline"] {
        let run_with = |order: [&str; 2], j: &str| {
            let (code, out, err) = run(cmd().args([cmd_name, "--quiet", "-j", j]).args(order));
            assert_eq!(code, 0, "{err}");
            out
        };
        let a = run_with(["examples/articles/2024", "examples/articles/2025"], "2");
        let b = run_with(["examples/articles/2025", "examples/articles/2024"], "1");
        assert!(a.lines().count() > 2, "{cmd_name}: {a}");
        assert_eq!(a, b, "{cmd_name} depends on input order");
    }
}

/// `explain`, `text` and `quotes` score through one path: a text that
/// starts in lower case is a fragment in all of them, so `explain` shows
/// the score a user finds in the tables.
#[test]
fn explain_scores_a_fragment_as_text_does() {
    let d = Dir::new("explain_scores_a_fragment_as_text_does");
    let fragment = "serious consultations tomorrow";
    let f = d.write("t.csv", format!("id,text\na,{fragment}\n"));
    let (code, out, err) = run(cmd().args(["text", "--format", "csv", "--quiet"]).arg(&f));
    assert_eq!(code, 0, "{err}");
    let row = out.lines().nth(1).unwrap();
    let score = row.split(',').nth(1).unwrap();
    let label = row.split(',').nth(2).unwrap();
    let (code, out, err) = run(cmd().args(["explain", fragment]));
    assert_eq!(code, 0, "{err}");
    let last = out.lines().last().unwrap();
    let want = format!("score {}{score} {label} ", if score.starts_with('-') { "" } else { "+" });
    assert!(last.starts_with(&want), "explain: {last}\ntext: {row}");
    assert_eq!(label, "neutral", "a fragment that only names an activity: {row}");
}

/// `--indirect` adds reported speech without marks as rows of kind
/// `indirect`, with their speakers; without it the rows are those of the
/// quotes alone, and a speaker's statistics count only what was asked for.
#[test]
fn indirect_rows_only_when_asked() {
    let d = Dir::new("indirect_rows_only_when_asked");
    d.write(
        "in/a.txt",
        "Foreign Minister Ana Ruiz said the talks with Kestria would resume next month.\n\n\
         “We want a deal,” Ruiz said.\n\n\
         The border will stay open through the winter, according to Tom Ekberg.\n",
    );
    let (code, plain, err) = run(cmd().args(["quotes", "--quiet"]).arg(d.join("in")));
    assert_eq!(code, 0, "{err}");
    assert_eq!(plain.lines().count(), 2, "{plain}");
    assert!(!plain.contains(",indirect,"), "{plain}");
    let (code, out, err) = run(cmd().args(["quotes", "--quiet", "--indirect"]).arg(d.join("in")));
    assert_eq!(code, 0, "{err}");
    let rows: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert!(rows[0].contains(",Ana Ruiz,Foreign Minister Ana Ruiz,before-quote,indirect,said,"), "{}", rows[0]);
    assert!(rows[0].contains(",the talks with Kestria would resume next month,"), "{}", rows[0]);
    assert!(rows[1].contains(",direct,"), "{}", rows[1]);
    assert!(rows[2].contains(",Tom Ekberg,Tom Ekberg,according-to,indirect,according to,"), "{}", rows[2]);
    let (_, speakers, _) = run(cmd().args(["speakers", "--quiet", "--indirect"]).arg(d.join("in")));
    assert!(speakers.lines().any(|l| l.starts_with("Ana Ruiz,2,")), "{speakers}");
    let (_, speakers, _) = run(cmd().args(["speakers", "--quiet"]).arg(d.join("in")));
    assert!(speakers.lines().any(|l| l.starts_with("Ana Ruiz,1,")), "{speakers}");
}

/// Partials read with and without `--indirect` hold different quotes, and
/// `merge` refuses to put them together.
#[test]
fn indirect_is_part_of_a_partials_settings() {
    let d = Dir::new("indirect_is_part_of_a_partials_settings");
    d.write("in/a.txt", "Ana Ruiz said the talks with Kestria would resume next month.\n");
    let (a, b) = (d.join("a.part"), d.join("b.part"));
    let (code, _, err) =
        run(cmd().args(["partial", "-q", "--shard-id", "a", "--indirect", "-o"]).arg(&a).arg(d.join("in")));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(cmd().args(["partial", "-q", "--shard-id", "b", "-o"]).arg(&b).arg(d.join("in")));
    assert_eq!(code, 0, "{err}");
    let out = d.join("all.part");
    let (code, _, err) = run(cmd().args(["merge", "-o"]).arg(&out).arg(&a).arg(&b));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("b.part"), "{err}");
    assert!(!out.exists());
}
