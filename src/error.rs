//! Error types: configuration errors stop a run; record errors are data.

use std::fmt;

pub use crate::lexicon::LexiconError;

/// A failure that stops the whole operation (bad lexicon, failed write).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A lexicon file is invalid.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// Reading or writing CSV failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// Reading or writing JSON failed.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// An I/O operation failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// A configuration value is invalid (`--aliases` line, thresholds).
    #[error("{0}")]
    Config(String),
}

impl Error {
    /// Whether the error is, at bottom, a closed pipe: the reader of our
    /// output went away (`diplotone quotes x | head`).
    pub fn is_broken_pipe(&self) -> bool {
        let io = match self {
            Error::Io(e) => Some(e),
            Error::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(e) => Some(e),
                _ => None,
            },
            _ => None,
        };
        io.is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || matches!(self, Error::Json(e) if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    }
}

/// One input record that could not be read. The batch goes on without it;
/// the CLI reports it and counts it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct RecordError {
    /// The file it came from (`-` for stdin).
    pub file: String,
    /// 1-based line, where the format has lines.
    pub line: Option<u64>,
    /// Byte offset in the file, where known.
    pub byte: Option<u64>,
    /// What was wrong.
    pub reason: String,
}

impl RecordError {
    /// An error at a line of a file.
    pub fn at_line(file: &str, line: u64, reason: impl Into<String>) -> RecordError {
        RecordError { file: file.to_string(), line: Some(line), byte: None, reason: reason.into() }
    }

    /// An error about a whole file.
    pub fn in_file(file: &str, reason: impl Into<String>) -> RecordError {
        RecordError { file: file.to_string(), line: None, byte: None, reason: reason.into() }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(b) = self.byte {
            write!(f, " (byte {b})")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for RecordError {}
