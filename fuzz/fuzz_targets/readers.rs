//! The input readers on arbitrary bytes: `.txt`, JSONL lines and CSV never
//! panic, and what they return keeps its invariants.
#![no_main]

use diplotone::article::{read_csv, read_jsonl_line, read_txt, ReadOptions};
use diplotone::Record;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions::default();
    if let Ok(a) = read_txt("f", "f.txt", data, &opts, &mut |_| {}) {
        assert_eq!(a.text.as_bytes(), data, "txt text is the file, byte for byte");
        if let Some(d) = &a.date {
            assert!(diplotone::article::valid_date(d));
        }
    }
    let lossy = ReadOptions { lossy: true, ..ReadOptions::default() };
    assert!(read_txt("f", "f.txt", data, &lossy, &mut |_| {}).is_ok() || data.iter().all(u8::is_ascii_whitespace));
    for (i, line) in data.split(|&b| b == b'\n').enumerate() {
        match read_jsonl_line("f.jsonl", i as u64 + 1, line, &opts, &mut |w| assert_eq!(w.line, Some(i as u64 + 1))) {
            Ok(Some(Record::Article(a))) => assert!(a.date.as_deref().is_none_or(diplotone::article::valid_date)),
            Ok(_) => {}
            Err(e) => assert_eq!(e.line, Some(i as u64 + 1)),
        }
    }
    let _ = read_csv(
        "f.csv",
        data,
        &opts,
        |_, r| {
            if let Err(e) = r {
                assert!(e.line.is_some());
            }
        },
        &mut |w| assert!(w.line.is_some()),
    );
});
