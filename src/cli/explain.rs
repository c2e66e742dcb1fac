//! `diplotone explain`: each token's contribution and the rule that changed it.

use std::io::{self, Write};
use std::path::PathBuf;

use super::common::{self, ScoreArgs};

/// Show how a text is scored: every token, its lexicon entry, and the rules
/// that changed its value.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The text to explain.
    #[arg(value_name = "TEXT", required_unless_present = "quotes")]
    text: Option<String>,
    /// Explain every quote of this article instead: its span, speaker
    /// decision and score.
    #[arg(long, value_name = "ARTICLE")]
    quotes: Option<PathBuf>,
    /// The reporting verb, scored as its own channel.
    #[arg(long)]
    cue: Option<String>,
    #[command(flatten)]
    score: ScoreArgs,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let engine = common::engine(&args.score)?;
    if let Some(path) = &args.quotes {
        let data =
            std::fs::read(path).map_err(|e| common::ConfigError(format!("{}: cannot read: {e}", path.display())))?;
        let a = diplotone::article::read_txt(
            "article",
            &path.display().to_string(),
            &data,
            &Default::default(),
            &mut |_| {},
        )?;
        let analyzed = diplotone::pipeline::analyze_article(&engine, &a);
        for (i, q) in analyzed.quotes.iter().enumerate() {
            writeln!(
                out,
                "#{} [{}..{}] {} speaker={:?} mention={:?} rule={} cue={} score={:+.4} {}",
                i + 1,
                q.quote.span.start,
                q.quote.span.end,
                q.quote.kind.as_str(),
                q.quote.speaker.as_deref().unwrap_or(""),
                q.quote.mention.as_deref().unwrap_or(""),
                q.quote.rule.map_or("-", |r| r.as_str()),
                q.quote.cue.as_deref().unwrap_or("-"),
                q.score.compound,
                q.tone.as_str()
            )?;
            writeln!(out, "    “{}”", q.text.replace('\n', " "))?;
            let terms = q.score.terms_column(&engine.lexicon);
            if !terms.is_empty() {
                writeln!(out, "    {terms}")?;
            }
        }
        out.flush()?;
        return Ok(());
    }
    let text = args.text.unwrap_or_default();
    let tokens = engine.analyzer.tokenize(&text);
    let score = engine.score_tokens(&text, &tokens, args.cue.as_deref(), false);
    writeln!(out, "{:<4} {:<18} {:>8}  {:<24} rules", "pos", "token", "value", "entry")?;
    let mut by_start = std::collections::BTreeMap::new();
    for t in &score.terms {
        by_start.insert(t.tokens.start, t);
    }
    let mut triggers = std::collections::BTreeMap::new();
    for t in &score.terms {
        for (r, &i) in t.rules.iter().zip(&t.triggers) {
            triggers.entry(i).or_insert_with(Vec::new).push(format!(
                "{} → {}",
                r.tag(),
                engine.lexicon.entry(t.entry).phrase
            ));
        }
    }
    for tok in &tokens {
        let orig = &text[tok.span.clone()];
        if let Some(t) = by_start.get(&tok.position) {
            let e = engine.lexicon.entry(t.entry);
            let rules: Vec<&str> = t.rules.iter().map(|r| r.tag()).collect();
            writeln!(
                out,
                "{:<4} {:<18} {:>+8.3}  {:<24} {} (base {:+.2})",
                tok.position,
                orig,
                t.value,
                format!("{} [{}]", e.label, e.class.as_str()),
                if rules.is_empty() { "-".to_string() } else { rules.join(",") },
                t.base
            )?;
        } else if let Some(tr) = triggers.get(&tok.position) {
            writeln!(out, "{:<4} {:<18} {:>8}  {:<24} {}", tok.position, orig, "", "(shifter)", tr.join("; "))?;
        } else {
            writeln!(out, "{:<4} {:<18}", tok.position, orig)?;
        }
    }
    if let Some((verb, v)) = &score.cue {
        writeln!(out, "cue  {verb:<18} {v:>+8.3}")?;
    }
    writeln!(
        out,
        "score {:+.4} {} (cooperative {:.3}, warning {:.3}, coverage {})",
        score.compound,
        score.tone(&engine.thresholds).as_str(),
        score.cooperative,
        score.warning,
        score.coverage.map_or("-".to_string(), |c| format!("{c:.2}"))
    )?;
    out.flush()?;
    Ok(())
}
