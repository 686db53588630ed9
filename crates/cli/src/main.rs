//! The `marsad` binary: a thin layer of commands over the library crates.
//!
//! Exit codes: 0 all input processed; 1 some input was skipped (each case is
//! reported on stderr with its path and reason); 2 the command could not run.

mod cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// marsad reads Arabic, Persian and English news about armed conflict and
/// writes ACLED-style event records: who did what to whom, where, when, and how
/// many were killed, with the words each field was read from.
#[derive(Parser)]
#[command(name = "marsad", version, about, long_about = None)]
#[command(
    after_help = "Examples:\n  marsad extract examples/ar-deir-ez-zor-bus.txt\n  marsad extract --format table examples/\n  cat articles.jsonl | marsad extract - --format csv > events.csv\n  marsad kb place \"دير الزور\"\n  marsad ingest --db news.db examples/ && marsad events --db news.db --format table\n  marsad eval gold eval/gold/gold.jsonl"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract events from articles (files, directories, `-` for stdin).
    #[command(after_help = cmd::extract::EXAMPLES)]
    Extract(cmd::extract::Args),
    /// Show what the knowledge base knows about a place or an actor.
    #[command(after_help = cmd::kb::EXAMPLES)]
    Kb(cmd::kb::Args),
    /// Measure extraction against real reporting (Airwars, gold articles, NER gold, Fars News).
    #[command(after_help = cmd::eval::EXAMPLES)]
    Eval(cmd::eval::Args),
    /// Store articles, their events and the fused events in an SQLite store.
    #[command(after_help = cmd::ingest::EXAMPLES)]
    Ingest(cmd::ingest::Args),
    /// List fused events from the store, filtered, as JSON Lines, CSV, GeoJSON or a table.
    #[command(after_help = cmd::events::EXAMPLES)]
    Events(cmd::events::Args),
    /// Show one fused event with its sources, their claims and evidence sentences.
    #[command(after_help = cmd::events::EVENT_EXAMPLES)]
    Event(cmd::events::EventArgs),
    /// Measure store ingest throughput and query latency (for developers).
    #[command(hide = true)]
    BenchStore(cmd::bench_store::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Kb(args) => cmd::kb::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Events(args) => cmd::events::run(args),
        Command::Event(args) => cmd::events::run_event(args),
        Command::BenchStore(args) => cmd::bench_store::run(args),
    };
    match result {
        Ok(cmd::Outcome::Clean) => ExitCode::SUCCESS,
        Ok(cmd::Outcome::SomethingSkipped) => ExitCode::from(1),
        Err(err) => {
            eprintln!("marsad: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
