//! The command-line interface: one module per subcommand, plumbing in
//! [`common`].

pub mod common;
pub mod explain;
pub mod lexicon;
pub mod merge;
pub mod partial;
pub mod quotes;
pub mod report;
pub mod spill;
pub mod tables;
pub mod text;

/// Whether an error is, at bottom, a closed pipe (`diplotone quotes x | head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<diplotone::Error>().is_some_and(diplotone::Error::is_broken_pipe)
            || c.downcast_ref::<csv::Error>().is_some_and(
                |ce| matches!(ce.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe),
            )
    })
}
