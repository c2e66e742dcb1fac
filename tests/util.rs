//! Helpers: a fresh folder per test and a handle on the built binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh, empty folder for one test under Cargo's target tmp dir.
pub struct Dir {
    pub path: PathBuf,
}

impl Dir {
    pub fn new(name: &str) -> Dir {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("diplotone-tests").join(name);
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Dir { path }
    }

    pub fn write(&self, rel: &str, data: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, data).unwrap();
        p
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.path.join(rel)
    }
}

/// The binary under test.
pub fn cmd() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_diplotone"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// Runs a command and returns (exit code, stdout, stderr).
pub fn run(c: &mut Command) -> (i32, String, String) {
    let Output { status, stdout, stderr } = c.output().unwrap();
    (status.code().unwrap_or(-1), String::from_utf8(stdout).unwrap(), String::from_utf8(stderr).unwrap())
}

/// Path of a file of the repository.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Compares `got` with a golden file byte for byte; `DIPLOTONE_BLESS=1`
/// rewrites the golden file instead.
pub fn golden(rel: &str, got: &str) {
    let p = repo(rel);
    if std::env::var_os("DIPLOTONE_BLESS").is_some() {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, got).unwrap();
        return;
    }
    let want =
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e} (DIPLOTONE_BLESS=1 creates it)", p.display()));
    if want != got {
        let diff: Vec<String> = want
            .lines()
            .zip(got.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(5)
            .map(|(i, (a, b))| format!("line {}:\n  want: {a}\n  got:  {b}", i + 1))
            .collect();
        panic!(
            "{rel} differs from the output ({} vs {} lines); first differences:\n{}\n(DIPLOTONE_BLESS=1 rewrites it)",
            want.lines().count(),
            got.lines().count(),
            diff.join("\n")
        );
    }
}

/// The project's founding example article. It is news text we did not
/// write, so it is not copied into the repository: it lives in the shared
/// folder beside the checkout (`../shared/seed/article.txt`), or where
/// `DIPLOTONE_SEED` says. The tests that read it are `#[ignore]`d, so that
/// `cargo test` passes in a fresh clone; `.ci/run` runs them with
/// `cargo test -- --ignored`.
pub fn seed_path() -> PathBuf {
    let p = std::env::var_os("DIPLOTONE_SEED").map(PathBuf::from).unwrap_or_else(|| repo("../shared/seed/article.txt"));
    assert!(p.exists(), "{} not found: set DIPLOTONE_SEED to the seed article", p.display());
    p
}
