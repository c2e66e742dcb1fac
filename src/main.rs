//! The `diplotone` binary: parses flags, dispatches, maps errors to exit
//! codes (0 ok, 1 some records failed, 2 usage or configuration error).

use std::process::ExitCode;

use clap::Parser;

mod cli;

#[derive(Parser)]
#[command(
    name = "diplotone",
    version,
    about = "Measures the tone of what diplomats and leaders say in the news: cooperative or warning."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Find, attribute and score every quote; one row per quote.
    Quotes(cli::quotes::Args),
    /// Score free text (CSV with id,text, or plain lines).
    Text(cli::text::Args),
    /// Aggregate tone per speaker.
    Speakers(cli::tables::SpeakersArgs),
    /// Compare speakers pairwise with Welch's t-test, Holm, Cohen's d and Mann–Whitney U.
    Compare(cli::tables::CompareArgs),
    /// Tone per speaker and period.
    Timeline(cli::tables::TimelineArgs),
    /// Write every table plus an HTML report (index.html) into a folder.
    Report(cli::report::Args),
    /// Read and analyze a shard of a batch into a partial file, to be merged.
    Partial(cli::partial::Args),
    /// Merge partial files into one (associative and commutative).
    Merge(cli::merge::Args),
    /// Show each token's contribution and the rules that changed it.
    Explain(cli::explain::Args),
    /// Validate lexicon files or show their statistics.
    #[command(subcommand)]
    Lexicon(cli::lexicon::Command),
}

fn main() -> ExitCode {
    // A panic inside one record's analysis is caught and reported as that
    // record's error (file, line, message); the default hook's backtrace
    // note would only repeat it. Any other panic is printed as usual.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !diplotone::pipeline::in_record() {
            default_hook(info);
        }
    }));
    let cli = Cli::parse(); // bad usage: clap prints the error and exits 2
    let result = match cli.command {
        Command::Quotes(a) => cli::quotes::run(a),
        Command::Text(a) => cli::text::run(a),
        Command::Speakers(a) => cli::tables::speakers(a),
        Command::Compare(a) => cli::tables::compare(a),
        Command::Timeline(a) => cli::tables::timeline(a),
        Command::Report(a) => cli::report::run(a),
        Command::Partial(a) => cli::partial::run(a),
        Command::Merge(a) => cli::merge::run(a),
        Command::Explain(a) => cli::explain::run(a),
        Command::Lexicon(c) => cli::lexicon::run(c),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) if e.downcast_ref::<cli::common::RecordsFailed>().is_some() => ExitCode::from(1),
        // Exit 1 means some records failed, nothing else: a fault of flags,
        // settings, lexicons, aliases or outputs (and a failed write) is 2.
        Err(e) => {
            eprintln!("diplotone: {e:#}");
            ExitCode::from(2)
        }
    }
}
