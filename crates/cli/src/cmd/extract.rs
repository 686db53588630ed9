//! `marsad extract`: articles in, event records out.

use super::{KbArgs, Outcome};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use marsad_core::{Diagnostic, Document, Event, Severity};
use marsad_extract::Extractor;
use marsad_output::{EventWriter, Format};
use marsad_read::{InputPath, ReadOptions};
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

/// Shown under `marsad extract --help`.
pub const EXAMPLES: &str = "Examples:
  marsad extract examples/ar-deir-ez-zor-bus.txt
  marsad extract --format table examples/
  marsad extract --published 2024-03-01 --source SANA article.html
  marsad extract --format geojson -o events.geojson news.jsonl
  cat article.txt | marsad extract - --format csv";

/// Documents handed to the worker threads at a time; results are written in
/// input order, so output does not depend on scheduling.
const BATCH: usize = 256;

/// Arguments of `marsad extract`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively) or `-` for standard input.
    /// Plain text (UTF-8, UTF-16 with BOM, Windows-1256), HTML and JSON Lines.
    #[arg(required = true, value_name = "PATH|-")]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, default_value = "jsonl", value_parser = ["jsonl", "csv", "geojson", "table"])]
    format: String,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Publication date for documents that carry none (anchors "yesterday", weekdays...).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// Outlet name for documents that carry none.
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// URL for documents that carry none.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// Largest document read, in bytes; larger ones are reported and skipped.
    #[arg(long, value_name = "BYTES", default_value_t = 5 * 1024 * 1024)]
    max_bytes: usize,
    /// Worker threads (default: one per core).
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
    /// Print nothing but the events and the problems.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    kb: KbArgs,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("{s:?} is not a YYYY-MM-DD date: {e}"))
}

/// Counts for the closing summary line.
#[derive(Default)]
struct Tally {
    documents: usize,
    skipped: usize,
    events: usize,
}

/// Runs the command.
pub fn run(args: Args) -> Result<Outcome> {
    let format: Format = args.format.parse().map_err(anyhow::Error::msg)?;
    if let Some(jobs) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .context("could not start the worker threads")?;
    }
    let kb = args.kb.load()?;
    let extractor = Extractor::new(&kb);
    let options = ReadOptions {
        max_bytes: args.max_bytes,
        published: args.published,
        source: args.source.clone(),
        url: args.url.clone(),
    };

    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("could not create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let mut writer = EventWriter::new(format, out);
    let mut tally = Tally::default();
    let mut batch: Vec<Result<Document, Diagnostic>> = Vec::with_capacity(BATCH);
    let paths: Vec<InputPath> = args.inputs.iter().cloned().map(InputPath::from).collect();
    let mut inputs = marsad_read::read_inputs(&paths, &options);
    loop {
        batch.clear();
        batch.extend(inputs.by_ref().take(BATCH));
        if batch.is_empty() {
            break;
        }
        let results: Vec<(Vec<Event>, Vec<Diagnostic>)> = batch
            .par_iter()
            .map(|item| match item {
                Ok(doc) => {
                    let extraction = extractor.extract(doc);
                    (extraction.events, extraction.diagnostics)
                }
                Err(diag) => (Vec::new(), vec![diag.clone()]),
            })
            .collect();
        for (item, (events, diagnostics)) in batch.iter().zip(results) {
            // A reader warning (e.g. flattened HTML) comes as its own item; the
            // document follows it. Only errors mean something was skipped.
            match item {
                Ok(_) => tally.documents += 1,
                Err(d) if d.severity == Severity::Error => tally.skipped += 1,
                Err(_) => {}
            }
            for d in &diagnostics {
                eprintln!("{d}");
            }
            for mut event in events {
                tally.events += 1;
                event.event_id_cnty = format!("{}{}", marsad_core::country::alpha3(event.iso), tally.events);
                writer.write(&event).context("could not write the output")?;
            }
        }
    }
    writer.finish().context("could not write the output")?;
    if !args.quiet {
        eprintln!("marsad: {} documents read, {} skipped, {} events", tally.documents, tally.skipped, tally.events);
    }
    Ok(if tally.skipped > 0 { Outcome::SomethingSkipped } else { Outcome::Clean })
}
