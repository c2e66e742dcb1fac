//! `diplotone report`: the tables equal the single commands' output, the
//! page is self-contained and complete, and `reports/example` is current.

use std::path::Path;

use crate::util::{cmd, repo, run, Dir};

fn report(dir: &Path, extra: &[&str]) -> (i32, String) {
    let (code, _, err) = run(cmd().args(["report", "--quiet", "examples/articles", "-o"]).arg(dir).args(extra));
    (code, err)
}

fn stdout_of(args: &[&str]) -> String {
    let (code, out, err) = run(cmd().args(args));
    assert_eq!(code, 0, "{err}");
    out
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

#[test]
fn tables_match_the_single_commands() {
    let d = Dir::new("report_tables");
    for by in ["month", "week"] {
        let out = d.join(by);
        let (code, err) = report(&out, &["--by", by]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(files(&out), ["compare.csv", "index.html", "quotes.csv", "speakers.csv", "timeline.csv"]);
        let read = |f: &str| std::fs::read_to_string(out.join(f)).unwrap();
        assert_eq!(read("quotes.csv"), stdout_of(&["quotes", "--quiet", "examples/articles"]));
        assert_eq!(read("speakers.csv"), stdout_of(&["speakers", "--quiet", "examples/articles"]));
        assert_eq!(read("compare.csv"), stdout_of(&["compare", "--quiet", "examples/articles"]));
        assert_eq!(read("timeline.csv"), stdout_of(&["timeline", "--quiet", "--by", by, "examples/articles"]));
    }
}

#[test]
fn page_is_self_contained_and_complete() {
    let d = Dir::new("report_page");
    let (code, err) = report(&d.join("a"), &[]);
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(d.join("a/index.html")).unwrap();
    assert!(!page.contains("<script"), "no script");
    // The SVG namespace is a name, not an address that is fetched.
    let fetched = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assert!(!fetched.contains("http://") && !fetched.contains("https://"), "nothing from the network");
    // Patterns are referenced inside the page (url(#id)); nothing else is.
    let external_url = fetched.replace("url(#", "");
    assert!(!external_url.contains("url(") && !fetched.contains("@import"), "no external CSS resource");
    for id in ["tone", "shares", "timeline", "compare", "examples"] {
        assert!(page.contains(&format!("id=\"{id}\"")), "section {id} missing");
    }
    let svgs = page.matches("<svg").count();
    assert!(svgs >= 3, "{svgs} charts");
    assert_eq!(svgs, page.matches("</svg>").count(), "every <svg> closes");
    assert_eq!(svgs, page.matches("role=\"img\"").count(), "every chart has a text alternative role");
    for (i, chunk) in page.split("<svg").skip(1).enumerate() {
        let head = &chunk[..chunk.find('>').unwrap()];
        assert!(head.contains("viewBox"), "svg {i} has no viewBox");
        assert!(chunk[..chunk.find("</svg>").unwrap()].contains("<title"), "svg {i} has no title");
    }
    // Same input, same bytes, whatever the thread count.
    let (code, _) = report(&d.join("b"), &["-j", "1"]);
    assert_eq!(code, 0);
    assert_eq!(page, std::fs::read_to_string(d.join("b/index.html")).unwrap());
}

#[test]
fn empty_input_and_bad_output_folder() {
    let d = Dir::new("report_empty");
    std::fs::create_dir_all(d.join("in")).unwrap();
    let (code, _, err) = run(cmd().args(["report", "--quiet"]).arg(d.join("in")).arg("-o").arg(d.join("out")));
    assert_eq!(code, 0, "{err}");
    let speakers = std::fs::read_to_string(d.join("out/speakers.csv")).unwrap();
    assert_eq!(speakers.lines().count(), 1);
    let file = d.write("plain-file", "x");
    let (code, _, _) = run(cmd().args(["report", "--quiet"]).arg(d.join("in")).arg("-o").arg(&file));
    assert_eq!(code, 2);
}

/// `reports/example` is the report of `examples/articles`, committed so
/// that people can open it without building. `DIPLOTONE_BLESS=1` refreshes it.
#[test]
fn committed_example_report_is_current() {
    let d = Dir::new("report_example");
    let (code, err) = report(&d.join("r"), &[]);
    assert_eq!(code, 0, "{err}");
    let committed = repo("reports/example");
    if std::env::var_os("DIPLOTONE_BLESS").is_some() {
        std::fs::create_dir_all(&committed).unwrap();
        for f in files(&d.join("r")) {
            std::fs::copy(d.join("r").join(&f), committed.join(&f)).unwrap();
        }
        return;
    }
    assert_eq!(files(&committed), files(&d.join("r")));
    for f in files(&d.join("r")) {
        let want = std::fs::read(committed.join(&f)).unwrap();
        let got = std::fs::read(d.join("r").join(&f)).unwrap();
        assert!(want == got, "reports/example/{f} is stale: run DIPLOTONE_BLESS=1 cargo test report");
    }
}
