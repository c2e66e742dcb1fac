//! The integration test binary (one binary, one link).

// Shared helpers: temp folders, the binary, golden files.
mod util;

// The library API end to end: the seed article, scoring rules, determinism.
mod api;
// The binary: flags, exit codes, stdin, CSV headers, error text with file:line.
mod cli;
// Golden CSVs of the bundled example corpus, compared byte for byte.
mod golden;
// Property tests: spans inside the text on char boundaries, scores in [-1, 1].
mod props;
// Issue 12: no panic, no silent loss, no order dependence across a batch.
mod batch;
// Bad input: one test per fault, exact error text, good records kept.
mod robust;
// The report command and the committed example report.
mod report;
// Table rows against scipy.stats reference values.
mod report_stats;
// Issue 16: partials, merge and --from-partials against single runs.
mod partial;
