//! Bounded memory for a batch: temporary files with no name, and an
//! external sort (sorted runs of bounded length written to such files,
//! then merged k ways).
//!
//! A batch of millions of quotes keeps on disk what grows with the number
//! of quotes; memory holds a run being sorted, one buffered item per run
//! being merged, and what grows with the number of records and speakers.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};

use anyhow::Context;

use super::common::ConfigError;

/// How many items a sorted run holds by default: for the copies of quotes
/// (64 bytes each in memory) 16 MB.
pub const DEFAULT_RUN: usize = 1 << 18;

/// How many runs one merge reads at once; more runs are first merged in
/// groups of this many, so that open files and read buffers stay few.
const FAN_IN: usize = 64;

/// The run length to use: `DIPLOTONE_SORT_RUN` when it holds a number
/// above 0 (tests set it small to go through the merge with few items),
/// else [`DEFAULT_RUN`].
pub fn run_len() -> usize {
    std::env::var("DIPLOTONE_SORT_RUN").ok().and_then(|v| v.parse().ok()).filter(|&n| n > 0).unwrap_or(DEFAULT_RUN)
}

/// A temporary file with no name (removed as soon as it is made, where the
/// system allows it), in `TMPDIR` or else the system's temporary folder,
/// open for reading and writing. `what` names its use in the error.
pub fn temp_file(what: &str) -> anyhow::Result<File> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir();
    let path = dir.join(format!(".diplotone-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
    let file = fs::OpenOptions::new().read(true).write(true).create_new(true).open(&path).map_err(|e| {
        anyhow::Error::new(ConfigError(format!("{}: cannot make a temporary file for {what}: {e}", dir.display())))
    })?;
    let _ = fs::remove_file(&path);
    Ok(file)
}

/// An item of fixed size on disk, ordered as it is to be sorted.
pub trait Item: Ord {
    /// Its size in bytes.
    const SIZE: usize;
    /// Appends its bytes to `out`.
    fn put(&self, out: &mut Vec<u8>);
    /// Reads it back from exactly [`Item::SIZE`] bytes.
    fn get(b: &[u8]) -> Self;
}

/// Sorts items of any number in bounded memory: at most `run_len` are held
/// at once; each full run is sorted and written to a temporary file.
pub struct Sorter<T: Item> {
    run_len: usize,
    buf: Vec<T>,
    /// Runs written, each with its level: a run of level k holds the items
    /// of FAN_IN^k runs of level 0.
    runs: Vec<(File, u32)>,
    /// What the items are, for errors.
    what: &'static str,
}

impl<T: Item> Sorter<T> {
    /// A sorter holding at most `run_len` items in memory.
    pub fn new(run_len: usize, what: &'static str) -> Sorter<T> {
        let run_len = run_len.max(1);
        Sorter { run_len, buf: Vec::new(), runs: Vec::new(), what }
    }

    /// Adds an item.
    pub fn push(&mut self, x: T) -> anyhow::Result<()> {
        self.buf.push(x);
        if self.buf.len() >= self.run_len {
            self.spill()?;
        }
        Ok(())
    }

    /// Sorts the items held and writes them as a run.
    fn spill(&mut self) -> anyhow::Result<()> {
        self.buf.sort_unstable();
        let items = std::mem::take(&mut self.buf);
        let run = write_run(items.into_iter().map(Ok), self.what)?;
        self.runs.push((run, 0));
        // FAN_IN runs of one level become one run of the next (as a
        // counter carries), so that files open at once stay few however
        // many items come.
        while self.runs.len() >= FAN_IN {
            let tail = self.runs.len() - FAN_IN;
            let level = self.runs[tail].1;
            if self.runs[tail..].iter().any(|r| r.1 != level) {
                break;
            }
            let group: Vec<File> = self.runs.split_off(tail).into_iter().map(|r| r.0).collect();
            let run = write_run(Merged::<T>::runs(group, self.what)?, self.what)?;
            self.runs.push((run, level + 1));
        }
        Ok(())
    }

    /// Every item pushed, in order. Items that fit in one run never touch
    /// the disk.
    pub fn finish(mut self) -> anyhow::Result<Merged<T>> {
        if self.runs.is_empty() {
            self.buf.sort_unstable();
            return Ok(Merged::Memory(std::mem::take(&mut self.buf).into_iter()));
        }
        if !self.buf.is_empty() {
            self.spill()?;
        }
        let mut runs: Vec<File> = std::mem::take(&mut self.runs).into_iter().map(|r| r.0).collect();
        while runs.len() > FAN_IN {
            let rest = runs.split_off(FAN_IN);
            let merged = Merged::<T>::runs(runs, self.what)?;
            let run = write_run(merged, self.what)?;
            runs = rest;
            runs.push(run);
        }
        Merged::runs(runs, self.what)
    }
}

/// Writes `items` (already in order) to a new temporary file, rewound.
fn write_run<T: Item>(items: impl Iterator<Item = anyhow::Result<T>>, what: &str) -> anyhow::Result<File> {
    let file = temp_file(what)?;
    let mut w = BufWriter::with_capacity(1 << 16, file);
    let mut bytes = Vec::with_capacity(T::SIZE);
    for x in items {
        bytes.clear();
        x?.put(&mut bytes);
        w.write_all(&bytes).with_context(|| format!("writing {what} to a temporary file"))?;
    }
    let mut file = w.into_inner().map_err(|e| anyhow::anyhow!("writing {what} to a temporary file: {}", e.error()))?;
    file.seek(SeekFrom::Start(0)).with_context(|| format!("reading {what} back"))?;
    Ok(file)
}

/// The items of a [`Sorter`] in order: from memory, or merged from its runs.
pub enum Merged<T: Item> {
    /// One run, never written.
    Memory(std::vec::IntoIter<T>),
    /// Runs on disk, each read through a buffer; the heap holds the next
    /// item of each run.
    Runs {
        /// One reader per run.
        readers: Vec<BufReader<File>>,
        /// The smallest unread item of each run that has one.
        heap: BinaryHeap<Reverse<(T, usize)>>,
        /// What the items are, for errors.
        what: &'static str,
    },
}

impl<T: Item> Merged<T> {
    fn runs(files: Vec<File>, what: &'static str) -> anyhow::Result<Merged<T>> {
        let mut readers: Vec<BufReader<File>> =
            files.into_iter().map(|f| BufReader::with_capacity(1 << 16, f)).collect();
        let mut heap = BinaryHeap::with_capacity(readers.len());
        for (i, r) in readers.iter_mut().enumerate() {
            if let Some(x) = read_item(r, what)? {
                heap.push(Reverse((x, i)));
            }
        }
        Ok(Merged::Runs { readers, heap, what })
    }
}

/// The next item of a run; `None` at its end.
fn read_item<T: Item>(r: &mut impl Read, what: &str) -> anyhow::Result<Option<T>> {
    let mut b = vec![0u8; T::SIZE];
    let mut got = 0;
    while got < b.len() {
        match r.read(&mut b[got..]) {
            Ok(0) if got == 0 => return Ok(None),
            Ok(0) => anyhow::bail!("reading {what} back: a temporary file ends inside an item"),
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(anyhow::Error::new(e).context(format!("reading {what} back"))),
        }
    }
    Ok(Some(T::get(&b)))
}

impl<T: Item> Iterator for Merged<T> {
    type Item = anyhow::Result<T>;

    fn next(&mut self) -> Option<anyhow::Result<T>> {
        match self {
            Merged::Memory(it) => it.next().map(Ok),
            Merged::Runs { readers, heap, what } => {
                let Reverse((x, i)) = heap.pop()?;
                match read_item(&mut readers[i], what) {
                    Ok(Some(next)) => heap.push(Reverse((next, i))),
                    Ok(None) => {}
                    Err(e) => return Some(Err(e)),
                }
                Some(Ok(x))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Item for (u32, u8) {
        const SIZE: usize = 5;
        fn put(&self, out: &mut Vec<u8>) {
            out.extend_from_slice(&self.0.to_le_bytes());
            out.push(self.1);
        }
        fn get(b: &[u8]) -> Self {
            (u32::from_le_bytes(b[..4].try_into().unwrap()), b[4])
        }
    }

    /// Any number of items, any run length (one run in memory, a few runs,
    /// more runs than one merge reads): the items come out sorted, each
    /// once.
    #[test]
    fn sorts_in_memory_and_through_runs() {
        let items: Vec<(u32, u8)> = (0..700u32).map(|i| (i.wrapping_mul(2_654_435_761) % 97, (i % 5) as u8)).collect();
        let mut want = items.clone();
        want.sort();
        for run_len in [1, 2, 7, 100, 700, 10_000] {
            let mut s = Sorter::new(run_len, "test items");
            for &x in &items {
                s.push(x).unwrap();
            }
            let merged = s.finish().unwrap();
            let in_memory = matches!(merged, Merged::Memory(_));
            assert_eq!(in_memory, run_len > items.len(), "run length {run_len}");
            let got: Vec<(u32, u8)> = merged.map(Result::unwrap).collect();
            assert_eq!(got, want, "run length {run_len}");
        }
        let empty: Sorter<(u32, u8)> = Sorter::new(3, "test items");
        assert_eq!(empty.finish().unwrap().count(), 0);
    }

    /// A run cut inside an item is an error, not a short answer.
    #[test]
    fn a_cut_run_is_an_error() {
        let mut r: &[u8] = &[1, 0, 0, 0, 9, 2, 0];
        assert_eq!(read_item::<(u32, u8)>(&mut r, "test items").unwrap(), Some((1, 9)));
        let e = read_item::<(u32, u8)>(&mut r, "test items").unwrap_err();
        assert!(e.to_string().contains("ends inside an item"), "{e}");
    }
}
