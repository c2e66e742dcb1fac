//! Throughput of the pipeline stages on the bundled example corpus.
//!
//! Counts are asserted inside the timed closures, so a broken pipeline
//! cannot look fast.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use diplotone::article::{read_txt, ReadOptions};
use diplotone::{Article, Engine, Record};

fn corpus() -> Vec<Article> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    files
        .iter()
        .map(|p| {
            read_txt(
                &p.display().to_string(),
                "bench",
                &std::fs::read(p).unwrap(),
                &ReadOptions::default(),
                &mut |_| {},
            )
            .unwrap()
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let engine = Engine::embedded().unwrap();
    let articles = corpus();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let n_tokens: usize = articles.iter().map(|a| engine.analyzer.tokenize(&a.text).len()).sum();
    let records: Vec<Record> = articles.iter().cloned().map(Record::Article).collect();
    let n_quotes: usize =
        diplotone::pipeline::analyze(&engine, &records).iter().map(|a| a.as_ref().unwrap().quotes.len()).sum();
    assert!(n_quotes > 100, "the example corpus should have quotes");

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            let n: usize = articles.iter().map(|a| engine.analyzer.tokenize(&a.text).len()).sum();
            assert_eq!(n, n_tokens);
        })
    });
    g.bench_function("score_whole_articles", |b| {
        b.iter(|| {
            let n: usize = articles.iter().map(|a| engine.score_text(&a.text).terms.len()).sum();
            assert!(n > 0);
        })
    });
    g.bench_function("extract_quotes", |b| {
        b.iter(|| {
            let n: usize = articles.iter().map(|a| diplotone::quote::extract(&a.text).len()).sum();
            assert_eq!(n, n_quotes);
        })
    });
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        g.bench_function(format!("analyze_{threads}_threads"), |b| {
            b.iter(|| {
                let out = pool.install(|| diplotone::pipeline::analyze(&engine, &records));
                assert_eq!(out.iter().map(|a| a.as_ref().unwrap().quotes.len()).sum::<usize>(), n_quotes);
            })
        });
    }
    g.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
