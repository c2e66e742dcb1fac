//! Throughput of the pipeline stages on the bundled example corpus:
//! tokenize, lexicon lookup, score a quote, extract and attribute, the
//! whole pipeline at 1 and 2 threads.
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
    let tokens: Vec<Vec<diplotone::Token>> = articles.iter().map(|a| engine.analyzer.tokenize(&a.text)).collect();
    let hits = |toks: &[diplotone::Token]| {
        let (tone, shifters) = engine.lexicon.find_all(toks);
        tone.len() + shifters.len()
    };
    let n_hits: usize = tokens.iter().map(|t| hits(t)).sum();
    assert!(n_hits > 300, "the example corpus should hit the lexicons");
    let quotes: Vec<(String, Vec<diplotone::Token>)> = articles
        .iter()
        .flat_map(|a| diplotone::quote::extract(&a.text).into_iter().map(move |q| a.text[q.span].to_string()))
        .map(|q| {
            let toks = engine.analyzer.tokenize(&q);
            (q, toks)
        })
        .collect();
    let scorer = engine.scorer();
    let n_terms: usize = quotes.iter().map(|(_, t)| scorer.score(t).terms.len()).sum();
    assert!(n_terms > 100, "the example quotes should hold tone terms");
    let n_attributed: usize = articles
        .iter()
        .map(|a| diplotone::quote::extract(&a.text).iter().filter(|q| q.speaker.is_some()).count())
        .sum();
    assert!(n_attributed > n_quotes / 2, "most example quotes should have a speaker");
    eprintln!(
        "example corpus: {} articles, {bytes} bytes, {n_tokens} tokens, {n_hits} lexicon hits, {n_quotes} quotes \
         ({n_attributed} with a speaker), {n_terms} scored terms",
        articles.len()
    );

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            let n: usize = articles.iter().map(|a| engine.analyzer.tokenize(&a.text).len()).sum();
            assert_eq!(n, n_tokens);
        })
    });
    g.bench_function("lexicon_lookup", |b| {
        b.iter(|| {
            let n: usize = tokens.iter().map(|t| hits(t)).sum();
            assert_eq!(n, n_hits);
        })
    });
    g.bench_function("score_whole_articles", |b| {
        b.iter(|| {
            let n: usize = articles.iter().map(|a| engine.score_text(&a.text).terms.len()).sum();
            assert!(n > 0);
        })
    });
    g.bench_function("extract_and_attribute", |b| {
        b.iter(|| {
            let (mut n, mut with_speaker) = (0, 0);
            for a in &articles {
                for q in diplotone::quote::extract(&a.text) {
                    n += 1;
                    with_speaker += usize::from(q.speaker.is_some());
                }
            }
            assert_eq!((n, with_speaker), (n_quotes, n_attributed));
        })
    });
    g.finish();

    // Scoring alone, on the quotes' own tokens: throughput in quote bytes.
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(quotes.iter().map(|(q, _)| q.len() as u64).sum()));
    g.bench_function("score_quote", |b| {
        b.iter(|| {
            let n: usize = quotes.iter().map(|(_, t)| scorer.score(t).terms.len()).sum();
            assert_eq!(n, n_terms);
        })
    });
    g.bench_function("tokenize_and_score_quote", |b| {
        b.iter(|| {
            let n: usize = quotes.iter().map(|(q, _)| scorer.score(&engine.analyzer.tokenize(q)).terms.len()).sum();
            assert_eq!(n, n_terms);
        })
    });
    g.finish();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
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
