//! `marsad extract`: articles in, event records out.

use super::{AsOfArgs, InputArgs, KbArgs, Outcome};
use anyhow::{Context, Result};
use marsad_core::{Diagnostic, Document, Event, Severity};
use marsad_output::{EventWriter, Format};
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
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(short, long, default_value = "jsonl", value_parser = ["jsonl", "csv", "geojson", "table"])]
    format: String,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Print nothing but the events and the problems.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    kb: KbArgs,
    #[command(flatten)]
    as_of: AsOfArgs,
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
    args.input.start_workers()?;
    let kb = args.kb.load()?;
    let extractor = args.as_of.extractor(&kb);

    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("could not create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let mut writer = EventWriter::new(format, out);
    let mut tally = Tally::default();
    let mut batch: Vec<Result<Document, Diagnostic>> = Vec::with_capacity(BATCH);
    let mut inputs = marsad_read::read_inputs(&args.input.paths(), &args.input.read_options());
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
