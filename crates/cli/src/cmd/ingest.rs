//! `marsad ingest`: articles in, a store of documents, report-level events and
//! fused events out.
//!
//! Documents are read in input order and handled in batches: the documents
//! not stored yet are extracted in parallel, then the batch is written (and
//! fused) in one transaction, in input order, while the next batch is being
//! extracted. A killed run leaves the store as of its last committed batch; a
//! re-run skips what is stored and does the rest.

use super::{AsOfArgs, InputArgs, KbArgs, Outcome};
use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use marsad_core::{Diagnostic, Document, Event, Severity};
use marsad_extract::Extractor;
use marsad_read::InputPath;
use marsad_store::{content_hash, Added, Store};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};

/// Shown under `marsad ingest --help`.
pub const EXAMPLES: &str = "Examples:
  marsad ingest examples/
  marsad ingest --db news.db feed.jsonl archive/
  marsad events --db news.db --admin1 Idlib --since 2024-03-01 --format table";

/// Documents per batch (and per transaction) by default.
pub const BATCH: usize = 256;

/// Arguments of `marsad ingest`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// The store (an SQLite file, created when missing).
    #[arg(long, value_name = "FILE", default_value = "marsad.db")]
    db: PathBuf,
    /// Print nothing but the problems.
    #[arg(short, long)]
    quiet: bool,
    /// Documents per batch (one transaction each).
    #[arg(long, value_name = "N", default_value_t = BATCH, hide = true)]
    batch_size: usize,
    #[command(flatten)]
    kb: KbArgs,
    #[command(flatten)]
    as_of: AsOfArgs,
}

/// What an ingest did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Documents read.
    pub documents: usize,
    /// Of those, already stored (or repeated in the input): nothing changed.
    pub duplicates: usize,
    /// Inputs skipped with an error.
    pub skipped: usize,
    /// Report-level events stored.
    pub events: usize,
    /// Fused events started.
    pub new_fused: usize,
    /// Report-level events that joined an existing fused event.
    pub joined: usize,
}

/// One input item after the parallel stage.
enum Item {
    /// A reader diagnostic (an error skipped an input; a warning precedes a document).
    Diagnostic(Diagnostic),
    /// A document already stored or seen earlier in this run.
    Duplicate,
    /// A new document, its events and extraction diagnostics.
    New { doc: Box<Document>, events: Vec<Event>, diagnostics: Vec<Diagnostic> },
}

/// Runs the command.
pub fn run(args: Args) -> Result<Outcome> {
    args.input.start_workers()?;
    let mut store = Store::open(&args.db)?;
    let kb = args.kb.load()?;
    let extractor = args.as_of.extractor(&kb);
    let options = args.input.read_options();
    let paths = args.input.paths();
    let progress = progress_bar(&paths, args.quiet);
    let inputs = marsad_read::read_inputs(&paths, &options);
    let tally = ingest(&mut store, &extractor, inputs, args.batch_size, &progress, &mut |d| {
        progress.suspend(|| eprintln!("{d}"))
    })?;
    progress.finish_and_clear();
    if !args.quiet {
        let counts = store.counts()?;
        eprintln!(
            "marsad: {} documents read ({} already stored), {} skipped, {} events: {} new fused events, {} joined existing ones; {} holds {} documents, {} fused events",
            tally.documents,
            tally.duplicates,
            tally.skipped,
            tally.events,
            tally.new_fused,
            tally.joined,
            args.db.display(),
            counts.documents,
            counts.fused
        );
    }
    Ok(if tally.skipped > 0 { Outcome::SomethingSkipped } else { Outcome::Clean })
}

/// Ingests `inputs` into `store` in batches of `batch` documents: extraction
/// in parallel, writing in input order, one transaction per batch, the next
/// batch extracted while one is written. Diagnostics go to `report`.
pub fn ingest(
    store: &mut Store,
    extractor: &Extractor<'_>,
    mut inputs: impl Iterator<Item = Result<Document, Diagnostic>>,
    batch: usize,
    progress: &ProgressBar,
    report: &mut (dyn FnMut(&Diagnostic) + Send),
) -> Result<Tally> {
    let mut tally = Tally::default();
    let mut seen: HashSet<[u8; 32]> = HashSet::new();
    let mut pending: Vec<Item> = Vec::new();
    loop {
        // Read the next batch and drop what is stored or repeated before extracting.
        let mut next: Vec<Result<Document, Diagnostic>> = inputs.by_ref().take(batch.max(1)).collect();
        let mut fresh = Vec::with_capacity(next.len());
        for item in next.drain(..) {
            match item {
                Ok(doc) => {
                    let hash = content_hash(&doc);
                    if !seen.insert(hash) || store.contains(&hash)? {
                        fresh.push(Err(None));
                    } else {
                        fresh.push(Ok(doc));
                    }
                }
                Err(d) => fresh.push(Err(Some(d))),
            }
        }
        if fresh.is_empty() && pending.is_empty() {
            break;
        }
        let to_write = std::mem::take(&mut pending);
        let (written, extracted) = rayon::join(
            || write(store, to_write, &mut tally, progress, report),
            || {
                fresh
                    .into_par_iter()
                    .map(|item| match item {
                        Ok(doc) => {
                            let x = extractor.extract(&doc);
                            Item::New { doc: Box::new(doc), events: x.events, diagnostics: x.diagnostics }
                        }
                        Err(Some(d)) => Item::Diagnostic(d),
                        Err(None) => Item::Duplicate,
                    })
                    .collect::<Vec<Item>>()
            },
        );
        written?;
        pending = extracted;
    }
    Ok(tally)
}

/// Writes one batch in one transaction, in input order.
fn write(
    store: &mut Store,
    items: Vec<Item>,
    tally: &mut Tally,
    progress: &ProgressBar,
    report: &mut (dyn FnMut(&Diagnostic) + Send),
) -> Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    let mut batch = store.batch()?;
    let mut done = 0u64;
    for item in items {
        match item {
            Item::Diagnostic(d) => {
                if d.severity == Severity::Error {
                    tally.skipped += 1;
                }
                report(&d);
            }
            Item::Duplicate => {
                tally.documents += 1;
                tally.duplicates += 1;
                done += 1;
            }
            Item::New { doc, events, diagnostics } => {
                tally.documents += 1;
                done += 1;
                for d in &diagnostics {
                    report(d);
                }
                match batch.add(&doc, &events)? {
                    Added::Duplicate => tally.duplicates += 1,
                    Added::Stored { events, new_fused, joined } => {
                        tally.events += events;
                        tally.new_fused += new_fused;
                        tally.joined += joined;
                    }
                }
            }
        }
    }
    batch.commit()?;
    progress.inc(done);
    Ok(())
}

/// A progress bar on stderr when it is a terminal (documents/s, ETA), hidden otherwise.
fn progress_bar(paths: &[InputPath], quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total = estimate_documents(paths);
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let template = if total.is_some() {
        "{spinner} {pos}/{len} documents [{bar:30}] {rate} ETA {eta}"
    } else {
        "{spinner} {pos} documents {rate}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        let style = style
            .with_key("rate", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} documents/s", state.per_sec());
            })
            .progress_chars("=> ");
        bar.set_style(style);
    }
    bar
}

/// Roughly how many documents the inputs hold: a file is one, a JSON Lines
/// file one per non-blank line; `None` when reading standard input.
fn estimate_documents(paths: &[InputPath]) -> Option<u64> {
    fn walk(path: &Path, n: &mut u64) {
        if path.file_name().and_then(|s| s.to_str()).is_some_and(|s| s.starts_with('.')) {
            return;
        }
        if path.is_dir() {
            if let Ok(entries) = std::fs::read_dir(path) {
                for e in entries.flatten() {
                    walk(&e.path(), n);
                }
            }
        } else if marsad_read::Format::from_path(path) == Some(marsad_read::Format::Jsonl) {
            if let Ok(f) = std::fs::File::open(path) {
                *n += std::io::BufReader::new(f)
                    .split(b'\n')
                    .map_while(Result::ok)
                    .filter(|l| !l.trim_ascii().is_empty())
                    .count() as u64;
            }
        } else {
            *n += 1;
        }
    }
    let mut n = 0;
    for p in paths {
        match p {
            InputPath::Stdin => return None,
            InputPath::Path(p) => walk(p, &mut n),
        }
    }
    Some(n)
}
