//! Issue 16: partials and merge. A batch split into shards, each run
//! through `partial`, merged in any order and grouping, gives the bytes of
//! a single run; a bad partial never gives a report.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use diplotone::dedup::Fingerprint;
use diplotone::partial::{self, Contribution, Partial, PartialRecord, QuoteText};
use proptest::prelude::*;

use crate::util::{cmd, repo, run, Dir};

/// The example articles, flattened into one folder (so that a file's id is
/// its name wherever it is read from), plus wire copies of some of them
/// under other dates (in the window, past it, undated) and copies of one
/// quote of our own by one speaker.
fn corpus(d: &Dir) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut examples = Vec::new();
    for year in ["2024", "2025"] {
        let mut names: Vec<_> =
            std::fs::read_dir(repo("examples/articles").join(year)).unwrap().map(|e| e.unwrap().path()).collect();
        names.sort();
        examples.extend(names.into_iter().map(|p| (year, p)));
    }
    for (year, p) in &examples {
        let name = format!("{year}-{}", p.file_name().unwrap().to_string_lossy());
        files.push(d.write(&format!("flat/{name}"), std::fs::read(p).unwrap()));
    }
    // Wire copies: the same article under another outlet's name, dated
    // three days earlier (it counts, the original repeats it), five days
    // later (a repeat), a month later (counts again), and undated.
    for (k, (_, p)) in examples.iter().enumerate().take(4) {
        let text = std::fs::read_to_string(p).unwrap();
        // The header is `date YYYY-MM-DD`, after white space, before a
        // newline or the first words.
        let after = text.trim_start().strip_prefix("date ").unwrap();
        let (date, body) = after.split_at(10);
        let (y, m, day): (u32, u32, u32) =
            (date[..4].parse().unwrap(), date[5..7].parse().unwrap(), date[8..].parse().unwrap());
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        let headers = [
            format!("date {y}-{m:02}-{:02}", day.max(4) - 3),
            format!("date {y}-{m:02}-{:02}", (day + 5).min(28)),
            format!("date {ny}-{nm:02}-{:02}", day.min(28)),
            "date unknown".to_string(),
        ];
        for (i, header) in headers.iter().enumerate() {
            files.push(d.write(&format!("flat/wire-{k}-{i}.txt"), format!("{header}{body}")));
        }
    }
    for (i, date) in ["2024-06-03", "2024-06-01", "2024-06-06", "2024-06-20", "unknown"].iter().enumerate() {
        let text = format!(
            "date {date}\n\nVELGRAD - “The bridge talks will go on next week, and we expect a deal,” said \
             Mira Sand, the transport minister. Outlet {i} carried it.\n"
        );
        files.push(d.write(&format!("flat/own-{i}.txt"), text));
    }
    files.sort();
    files
}

fn ok(c: &mut std::process::Command) -> String {
    let (code, out, err) = run(c);
    assert_eq!(code, 0, "{err}");
    out
}

/// Runs `partial --with-quotes` over each group of files; returns the
/// partial files.
fn partials(d: &Dir, tag: &str, groups: &[Vec<PathBuf>]) -> Vec<PathBuf> {
    partials_with(d, tag, groups, &["--with-quotes"])
}

/// Runs `partial` with `flags` over each group of files.
fn partials_with(d: &Dir, tag: &str, groups: &[Vec<PathBuf>], flags: &[&str]) -> Vec<PathBuf> {
    groups
        .iter()
        .enumerate()
        .map(|(i, files)| {
            let out = d.join(&format!("{tag}-{i}.part"));
            ok(cmd()
                .args(["partial", "-q", "--shard-id"])
                .arg(format!("{tag}-{i}"))
                .args(flags)
                .arg("-o")
                .arg(&out)
                .args(files));
            out
        })
        .collect()
}

fn read_dir_bytes(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap())
        })
        .collect();
    v.sort();
    v
}

fn assert_same_dir(want: &Path, got: &Path) {
    let (w, g) = (read_dir_bytes(want), read_dir_bytes(got));
    let names = |v: &[(String, Vec<u8>)]| v.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&w), names(&g));
    for ((name, a), (_, b)) in w.iter().zip(&g) {
        assert!(a == b, "{name} differs between {} and {}", want.display(), got.display());
    }
}

#[test]
fn report_from_partials_is_the_single_run_whatever_the_split() {
    let d = Dir::new("partial-split");
    let files = corpus(&d);
    ok(cmd().args(["report", "-q", "-o"]).arg(d.join("single")).arg(d.join("flat")));
    let quotes = std::fs::read_to_string(d.join("single/quotes.csv")).unwrap();
    // The wire copies are there to be decided across shards.
    let repeats = quotes.lines().filter(|l| l.contains(",wire-") && !l.ends_with(',')).count();
    assert!(quotes.contains("wire-1-0#"), "a copy dated earlier counts: {quotes}");
    assert!(repeats > 0, "no wire copy is a repeat");
    assert!(quotes.lines().filter(|l| l.contains("own-1#1")).count() >= 3, "own-1 is the copy that counts");

    let n = files.len();
    let splits: Vec<(&str, Vec<Vec<PathBuf>>)> = vec![
        ("one", vec![files.clone()]),
        ("each", files.iter().map(|f| vec![f.clone()]).collect()),
        ("halves", vec![files[..n / 2].to_vec(), files[n / 2..].to_vec()]),
        ("mod3", (0..3).map(|k| files.iter().skip(k).step_by(3).cloned().collect()).collect()),
        ("rev5", (0..5).map(|k| files.iter().rev().skip(k).step_by(5).cloned().collect()).collect()),
    ];
    for (tag, groups) in &splits {
        let parts = partials(&d, tag, groups);
        let out = d.join(&format!("from-{tag}"));
        ok(cmd().args(["report", "-q", "-o"]).arg(&out).arg("--from-partials").args(&parts));
        assert_same_dir(&d.join("single"), &out);
    }

    // Merged as a tree, in another order: the same merged bytes, and the
    // same report from the one merged file.
    let parts = partials(&d, "tree", &splits[3].1);
    ok(cmd().args(["merge", "-o"]).arg(d.join("m01.part")).arg(&parts[1]).arg(&parts[0]));
    ok(cmd().args(["merge", "-o"]).arg(d.join("m-all-a.part")).arg(&parts[2]).arg(d.join("m01.part")));
    ok(cmd().args(["merge", "-o"]).arg(d.join("m12.part")).arg(&parts[2]).arg(&parts[1]));
    ok(cmd().args(["merge", "-o"]).arg(d.join("m-all-b.part")).arg(d.join("m12.part")).arg(&parts[0]));
    let (a, b) = (std::fs::read(d.join("m-all-a.part")).unwrap(), std::fs::read(d.join("m-all-b.part")).unwrap());
    assert!(a == b, "merge depends on order or grouping");
    ok(cmd().args(["report", "-q", "-o"]).arg(d.join("from-tree")).arg("--from-partials").arg(d.join("m-all-a.part")));
    assert_same_dir(&d.join("single"), &d.join("from-tree"));
}

#[test]
fn tables_from_partials_are_the_single_run() {
    let d = Dir::new("partial-tables");
    let files = corpus(&d);
    let groups: Vec<Vec<PathBuf>> = (0..4).map(|k| files.iter().skip(k).step_by(4).cloned().collect()).collect();
    let parts = partials(&d, "t", &groups);
    // Without --with-quotes a partial keeps no text: every aggregate table
    // still comes out the same, from much smaller files.
    let bare = partials_with(&d, "b", &groups, &[]);
    let size = |ps: &[PathBuf]| ps.iter().map(|p| std::fs::metadata(p).unwrap().len()).sum::<u64>();
    assert!(size(&bare) * 2 < size(&parts), "bare {} with quotes {}", size(&bare), size(&parts));
    let tables: &[&[&str]] = &[
        &["quotes"],
        &["speakers"],
        &["speakers", "--list-aliases"],
        &["compare", "--min-quotes", "2"],
        &["timeline", "--by", "day"],
        &["timeline", "--by", "week"],
        &["timeline", "--by", "month"],
        &["speakers", "--format", "jsonl"],
    ];
    for args in tables {
        let single = ok(cmd().args(*args).arg("-q").arg(d.join("flat")));
        let merged = ok(cmd().args(*args).arg("-q").arg("--from-partials").args(&parts));
        assert_eq!(single, merged, "{args:?}");
        if args[0] != "quotes" {
            let from_bare = ok(cmd().args(*args).arg("-q").arg("--from-partials").args(&bare));
            assert_eq!(single, from_bare, "{args:?} from partials without quotes");
        }
    }
    // Quote rows need the text: refused, the file named, nothing written.
    let (code, out, err) = run(cmd().args(["quotes", "-q", "--from-partials"]).args(&bare));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty() && err.contains(&bare[0].display().to_string()) && err.contains("--with-quotes"), "{err}");
    let dir = d.join("report-bare");
    let (code, _, err) = run(cmd().args(["report", "-q", "-o"]).arg(&dir).arg("--from-partials").args(&bare));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--with-quotes") && !dir.join("speakers.csv").exists(), "{err}");
    // Partials with and without rows do not merge.
    let (code, _, err) = run(cmd().args(["merge", "-o"]).arg(d.join("mixed.part")).arg(&parts[0]).arg(&bare[1]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(&bare[1].display().to_string()) && err.contains("--with-quotes"), "{err}");
}

#[test]
fn partial_needs_no_environment_and_reads_stdin() {
    let d = Dir::new("partial-env");
    let feed = concat!(
        r#"{"id":"n1","date":"2024-02-01","text":"“We will keep the channel open,” said Lena Hart."}"#,
        "\n",
        r#"{"id":"n2","date":"2024-02-02","text":"“We will keep the channel open,” Lena Hart said."}"#,
        "\n",
        r#"{"id":"n3","date":"2024-02-03","text":"“Any incursion will be answered,” warned Lena Hart."}"#,
        "\n"
    );
    let feed_path = d.write("feed.jsonl", feed);
    let part = |env_clear: bool, out: &str| {
        let mut c = cmd();
        if env_clear {
            c.env_clear();
        }
        let mut child = c
            .args(["partial", "--shard-id", "s", "-o"])
            .arg(d.join(out))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), feed.as_bytes()).unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        std::fs::read(d.join(out)).unwrap()
    };
    let bare = part(true, "bare.part");
    assert_eq!(bare, part(false, "full.part"), "the environment changed the partial");
    let single = ok(cmd().args(["speakers", "-q"]).arg(&feed_path));
    let merged = ok(cmd().args(["speakers", "-q", "--from-partials"]).arg(d.join("bare.part")));
    assert_eq!(single, merged);
    assert!(single.contains("Lena Hart,2,"), "one copy is a repeat: {single}");
}

/// Runs `merge` (or `report --from-partials`) expecting a refusal: exit 2,
/// the bad file named, nothing written.
fn refused(d: &Dir, inputs: &[PathBuf], bad: &Path, why: &str) {
    let out = d.join("merged.part");
    let (code, _, err) = run(cmd().args(["merge", "-o"]).arg(&out).args(inputs));
    assert_eq!(code, 2, "{why}: {err}");
    assert!(err.contains(&bad.display().to_string()), "{why}: the file is not named: {err}");
    assert!(!out.exists(), "{why}: merge wrote its output");
    let dir = d.join("report");
    let (code, _, err) = run(cmd().args(["report", "-q", "-o"]).arg(&dir).arg("--from-partials").args(inputs));
    assert_eq!(code, 2, "{why}: {err}");
    assert!(err.contains(&bad.display().to_string()), "{why}: {err}");
    assert!(!dir.join("index.html").exists() && !dir.join("speakers.csv").exists(), "{why}: a report was written");
    let leftovers: Vec<_> = std::fs::read_dir(&d.path).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(!leftovers.iter().any(|n| n.to_string_lossy().contains(".tmp-")), "{why}: {leftovers:?}");
}

#[test]
fn merge_refuses_bad_partials() {
    let d = Dir::new("partial-refuse");
    let files = corpus(&d);
    let groups = [files[..5].to_vec(), files[5..].to_vec()];
    let parts = partials(&d, "r", &groups);
    let good = std::fs::read(&parts[1]).unwrap();

    let other = d.join("other.part");
    ok(cmd()
        .args(["partial", "-q", "--shard-id", "x", "--cooperative-threshold", "0.2", "-o"])
        .arg(&other)
        .args(&groups[1]));
    refused(&d, &[parts[0].clone(), other.clone()], &other, "other thresholds");
    let aliased = d.join("aliased.part");
    let aliases = d.write("aliases.csv", "alias,speaker\nMira,Mira Sand\n");
    ok(cmd()
        .args(["partial", "-q", "--shard-id", "x", "--aliases"])
        .arg(&aliases)
        .arg("-o")
        .arg(&aliased)
        .args(&groups[1]));
    refused(&d, &[parts[0].clone(), aliased.clone()], &aliased, "other aliases");

    let again = d.join("again.part");
    std::fs::copy(&parts[1], &again).unwrap();
    refused(&d, &[parts[0].clone(), parts[1].clone(), again.clone()], &again, "a shard id seen twice");

    let truncated = d.write("truncated.part", &good[..good.len() * 2 / 3]);
    refused(&d, &[parts[0].clone(), truncated.clone()], &truncated, "truncated");
    let body_end = good[..good.len() - 1].iter().rposition(|&b| b == b'\n').unwrap() + 1;
    let no_trailer = d.write("no-trailer.part", &good[..body_end]);
    refused(&d, &[parts[0].clone(), no_trailer.clone()], &no_trailer, "checksum line cut");

    let mut bad = good.clone();
    let at = bad.iter().position(|&b| b == b'{').unwrap() + 40;
    bad[at] = if bad[at] == b'a' { b'b' } else { b'a' };
    let corrupted = d.write("corrupted.part", &bad);
    refused(&d, &[parts[0].clone(), corrupted.clone()], &corrupted, "corrupted");

    let text = String::from_utf8(good.clone()).unwrap();
    let future = d.write("future.part", text.replacen("diplotone-partial 2\n", "diplotone-partial 7\n", 1));
    refused(&d, &[future.clone(), parts[0].clone()], &future, "unknown version");
    let (_, _, err) = run(cmd().args(["merge", "-o"]).arg(d.join("m.part")).arg(&future));
    assert!(err.contains("version 7"), "{err}");
    // A version 1 partial (quote text, no scores) from an earlier build.
    let v1 = d.write("v1.part", "diplotone-partial 1\n{\"shards\":[\"x\"],\"records\":[]}\ncrc32 00000000 27\n");
    refused(&d, &[parts[0].clone(), v1.clone()], &v1, "version 1");
    let (_, _, err) = run(cmd().args(["merge", "-o"]).arg(d.join("m.part")).arg(&v1));
    assert!(err.contains("version 1") && err.contains("diplotone partial"), "{err}");

    let csv = d.write("table.csv", "doc,date\nx,2024-01-01\n");
    refused(&d, std::slice::from_ref(&csv), &csv, "not a partial");
}

#[test]
fn tables_refuse_partials_made_with_other_flags() {
    let d = Dir::new("partial-flags");
    let files = corpus(&d);
    let parts = partials(&d, "f", &[files[..3].to_vec()]);
    let (code, out, err) = run(cmd().args(["speakers", "-q", "--repeat-window", "3", "--from-partials"]).args(&parts));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty() && err.contains(&parts[0].display().to_string()), "{err}");
    let (code, _, err) = run(cmd().args(["speakers", "-q"]).arg(&files[0]).arg("--from-partials").args(&parts));
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(cmd().args(["speakers", "-q"]));
    assert_eq!(code, 2, "{err}");
}

// The merge algebra on partials of our own records, with wire copies of
// one quote spread over the records. A record is drawn with its names and
// readings spelled out; each shard numbers them in its own tables, as
// `partial` does.

const NAMES: [&str; 3] = ["Ana Ruiz", "Li Wen", "A. Ruiz"];
const READINGS: [&str; 4] = ["partners", "no war[neg]", "red line", "talks"];

/// A quote: offset, fingerprint, speaker (after aliases, as written),
/// score, label, terms (reading, side).
type Quote = (usize, u128, Option<(usize, usize)>, i64, usize, Vec<(usize, bool)>);

/// A record: doc, source, date, quotes, and each quote's text.
type Rec = (String, String, Option<String>, Vec<Quote>);

fn record() -> impl Strategy<Value = Rec> {
    let quote = (
        0usize..200,
        0u128..3,
        proptest::option::of((0usize..2, 0usize..3)),
        -1_000_000i64..1_000_000,
        0usize..3,
        proptest::collection::vec((0usize..4, any::<bool>()), 0..3),
    );
    (0usize..6, 0usize..4, proptest::collection::vec(quote, 0..4)).prop_map(|(doc, date, quotes)| {
        let date = [Some("2024-01-02"), Some("2024-01-05"), Some("2024-01-30"), None][date].map(str::to_string);
        (format!("d{doc}"), format!("feed.jsonl:{doc}"), date, quotes)
    })
}

/// The partial of one shard holding `records`, its tables numbered as
/// `partial` numbers them (sorted), with quote rows when `rows`.
fn shard(id: usize, records: &[Rec], rows: bool) -> Partial {
    let mut names: Vec<String> = Vec::new();
    let mut readings: Vec<String> = Vec::new();
    for (_, _, _, quotes) in records {
        for (_, _, speaker, _, _, terms) in quotes {
            if let Some((s, w)) = speaker {
                names.extend([NAMES[*s].to_string(), NAMES[*w].to_string()]);
            }
            readings.extend(terms.iter().map(|&(t, _)| READINGS[t].to_string()));
        }
    }
    for table in [&mut names, &mut readings] {
        table.sort();
        table.dedup();
    }
    let num = |table: &[String], s: &str| table.binary_search_by(|x| x.as_str().cmp(s)).unwrap() as u32;
    let tones = [diplotone::Tone::Cooperative, diplotone::Tone::Neutral, diplotone::Tone::Warning];
    let mut recs: Vec<PartialRecord> = records
        .iter()
        .map(|(doc, source, date, quotes)| PartialRecord {
            doc: doc.clone(),
            source: source.clone(),
            date: date.clone(),
            quotes: quotes
                .iter()
                .map(|(offset, fp, speaker, micro, tone, terms)| Contribution {
                    offset: *offset,
                    fingerprint: Fingerprint(*fp),
                    speaker: speaker.map(|(s, _)| num(&names, NAMES[s])),
                    written: speaker.map(|(_, w)| num(&names, NAMES[w])),
                    aliased: speaker.is_some_and(|(s, w)| s != w),
                    micro: *micro,
                    tone: tones[*tone],
                    terms: terms.iter().map(|&(t, side)| (num(&readings, READINGS[t]), side)).collect(),
                })
                .collect(),
            texts: if rows {
                quotes
                    .iter()
                    .map(|q| QuoteText {
                        start: q.0,
                        end: q.0 + 9,
                        quote: format!("said {}", q.1),
                        ..QuoteText::default()
                    })
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    recs.sort();
    let quotes = records.iter().map(|r| r.3.len() as u64).sum();
    Partial {
        shards: vec![format!("s{id}")],
        settings: "abc".into(),
        articles: records.len() as u64,
        quotes,
        errors: id as u64 % 2,
        with_quotes: rows,
        names,
        readings,
        records: recs,
    }
}

/// Merges `parts` as a random binary tree, in an order drawn from `seed`.
fn merge_tree(mut parts: Vec<Partial>, mut seed: u64) -> Partial {
    while parts.len() > 1 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let i = (seed >> 33) as usize % parts.len();
        let a = parts.remove(i);
        let j = (seed >> 17) as usize % parts.len();
        let b = parts.remove(j);
        let m = if seed & 1 == 0 { partial::merge(&[a, b]) } else { partial::merge(&[b, a]) };
        parts.push(m.unwrap());
    }
    parts.pop().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Any split of the same records into shards, merged in any order and
    /// grouping, gives the same bytes: those of a single shard holding
    /// them all (tables united, every quote renumbered), with every shard
    /// id.
    #[test]
    fn any_split_order_and_grouping_merge_to_the_same_bytes(
        records in proptest::collection::vec(record(), 1..24),
        assign in proptest::collection::vec(0usize..5, 24),
        seed_a in any::<u64>(),
        seed_b in any::<u64>(),
        rows in any::<bool>(),
    ) {
        let k = 5;
        let mut groups = vec![Vec::new(); k];
        for (i, r) in records.iter().enumerate() {
            groups[assign[i]].push(r.clone());
        }
        let parts: Vec<Partial> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| Partial::decode(&shard(i, g, rows).encode()).unwrap())
            .collect();
        let flat = partial::merge(&parts).unwrap();
        let a = merge_tree(parts.clone(), seed_a);
        let b = merge_tree(parts.into_iter().rev().collect(), seed_b);
        prop_assert_eq!(a.encode(), flat.encode());
        prop_assert_eq!(b.encode(), flat.encode());
        let whole = shard(0, &records, rows);
        prop_assert_eq!(&flat.names, &whole.names);
        prop_assert_eq!(&flat.readings, &whole.readings);
        prop_assert_eq!(&flat.records, &whole.records);
        prop_assert_eq!(flat.quotes, whole.quotes);
        prop_assert_eq!(&flat.shards, &(0..k).map(|i| format!("s{i}")).collect::<Vec<_>>());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    /// Through the binary: wire copies assigned to shards at random, the
    /// partials merged in a random grouping, give the single run's quote
    /// table (which names the copy each repeat repeats) and speakers.
    #[test]
    fn random_splits_of_wire_copies_through_the_binary(assign in proptest::collection::vec(0usize..4, 64), seed in any::<u64>()) {
        static CORPUS: std::sync::OnceLock<(Dir, Vec<PathBuf>, String, String)> = std::sync::OnceLock::new();
        let (d, files, quotes, speakers) = CORPUS.get_or_init(|| {
            let d = Dir::new("partial-random");
            let files: Vec<PathBuf> = corpus(&d)
                .into_iter()
                .filter(|f| {
                    let name = f.file_name().unwrap().to_string_lossy();
                    name.starts_with("wire-") || name.starts_with("own-") || name.starts_with("2024-0")
                })
                .collect();
            let quotes = ok(cmd().args(["quotes", "-q"]).args(&files));
            let speakers = ok(cmd().args(["speakers", "-q"]).args(&files));
            ok(cmd().args(["report", "-q", "-o"]).arg(d.join("single")).args(&files));
            (d, files, quotes, speakers)
        });
        let tag = format!("r{seed:016x}");
        let mut groups = vec![Vec::new(); 4];
        for (i, f) in files.iter().enumerate() {
            groups[assign[i % assign.len()]].push(f.clone());
        }
        groups.retain(|g| !g.is_empty());
        let parts = partials(d, &tag, &groups);
        // Merge pairwise in an order drawn from the seed, down to one file.
        let mut pending = parts.clone();
        let mut s = seed;
        let mut k = 0;
        while pending.len() > 1 {
            s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let a = pending.remove((s >> 33) as usize % pending.len());
            let b = pending.remove((s >> 13) as usize % pending.len());
            let out = d.join(&format!("{tag}-m{k}.part"));
            k += 1;
            ok(cmd().args(["merge", "-o"]).arg(&out).arg(&a).arg(&b));
            pending.push(out);
        }
        let q = ok(cmd().args(["quotes", "-q", "--from-partials"]).arg(&pending[0]));
        prop_assert!(&q == quotes, "quotes differ for split {groups:?}");
        let sp = ok(cmd().args(["speakers", "-q", "--from-partials"]).args(&parts));
        prop_assert!(&sp == speakers, "speakers differ for split {groups:?}");
        // The page's example quotes: a copy that is a repeat in the whole
        // batch is never shown, and the quote that takes its place is.
        let out = d.join(&format!("{tag}-report"));
        ok(cmd().args(["report", "-q", "-o"]).arg(&out).arg("--from-partials").arg(&pending[0]));
        assert_same_dir(&d.join("single"), &out);
    }
}

#[test]
fn an_id_shared_across_shards_is_qualified_as_in_a_single_run() {
    let d = Dir::new("partial-shared-id");
    let line =
        |id: &str, date: &str, text: &str| format!("{{\"id\":\"{id}\",\"date\":\"{date}\",\"text\":\"{text}\"}}\n");
    let f1 = d.write(
        "f1.jsonl",
        line("n1", "2024-02-01", "“The channel stays open,” said Lena Hart.")
            + &line("n2", "2024-02-01", "“Talks resume,” said Lena Hart."),
    );
    let f2 = d.write("f2.jsonl", line("n1", "2024-01-30", "“The channel stays open,” said Lena Hart."));
    let single = ok(cmd().args(["quotes", "-q"]).arg(&f1).arg(&f2));
    assert!(single.contains("n1@") && single.contains("f2.jsonl:1#1"), "{single}");
    let parts = partials(&d, "s", &[vec![f1], vec![f2]]);
    assert_eq!(single, ok(cmd().args(["quotes", "-q", "--from-partials"]).args(&parts)));
}

/// The batch commands keep each record's compact quotes (and, for `quotes`
/// and `report`, rows) in temporary files with no name until the end of the
/// batch: the same bytes, nothing left behind, and a temporary folder that
/// cannot be written is exit 2, named.
#[test]
fn quote_rows_wait_in_a_temporary_file_with_no_name() {
    let d = Dir::new("rows-spill");
    let files = corpus(&d);
    let want = ok(cmd().args(["quotes", "-q"]).args(&files[..6]));
    let tmp = d.join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let got = ok(cmd().env("TMPDIR", &tmp).args(["quotes", "-q"]).args(&files[..6]));
    assert_eq!(want, got);
    assert!(want.lines().count() > 10, "{want}");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "a temporary file was left behind");
    let missing = d.join("no-such-folder");
    let (code, out, err) = run(cmd().env("TMPDIR", &missing).args(["quotes", "-q"]).args(&files[..6]));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty() && err.contains(&missing.display().to_string()), "{err}");
    // The aggregate tables keep no rows, but their records wait on disk too.
    let (code, out, err) = run(cmd().env("TMPDIR", &missing).args(["speakers", "-q"]).args(&files[..6]));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty() && err.contains(&missing.display().to_string()), "{err}");
    let speakers = ok(cmd().args(["speakers", "-q"]).args(&files[..6]));
    assert_eq!(speakers, ok(cmd().env("TMPDIR", &tmp).args(["speakers", "-q"]).args(&files[..6])));
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "a temporary file was left behind");
}
