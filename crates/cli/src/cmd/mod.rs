//! One module per command.

pub mod bench_store;
pub mod eval;
pub mod events;
pub mod extract;
pub mod ingest;
pub mod kb;

use anyhow::{Context, Result};
use marsad_kb::{Kb, KbFiles};
use std::path::PathBuf;

/// How a command ended when it could run at all.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every input was processed.
    Clean,
    /// Some input was skipped and reported on stderr.
    SomethingSkipped,
}

/// Where the knowledge base comes from: the embedded defaults, optionally
/// overlaid by a folder laid out like `kb/`.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct KbArgs {
    /// A folder laid out like kb/ whose files replace or extend the embedded ones.
    #[arg(long, value_name = "DIR", global = true)]
    kb: Option<PathBuf>,
    /// A gazetteer to add (repeatable): a GeoNames dump (allCountries.txt,
    /// SY.txt), its alternateNamesV2.txt, or an OCHA P-code CSV.
    #[arg(long, value_name = "FILE", global = true)]
    gazetteer: Vec<PathBuf>,
}

impl KbArgs {
    /// Loads and compiles the knowledge base.
    pub fn load(&self) -> Result<Kb> {
        let mut files = KbFiles::embedded();
        if let Some(dir) = &self.kb {
            files
                .overlay_dir(dir)
                .with_context(|| format!("could not read the knowledge base folder {}", dir.display()))?;
        }
        for g in &self.gazetteer {
            files.import_gazetteer(g).with_context(|| format!("could not import the gazetteer {}", g.display()))?;
        }
        Kb::compile(&files).context("the knowledge base has an error")
    }
}

/// The day texts are read on, for dates that only a weekday ties to a year.
#[derive(clap::Args, Clone, Copy, Debug, Default)]
pub struct AsOfArgs {
    /// Read texts as on this day (default: today). Without a publication
    /// date, a day and month named with their weekday ("السبت 14 آب") is
    /// dated to the latest such day on or before it; give a fixed day for
    /// output that does not depend on the clock.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, global = true)]
    as_of: Option<chrono::NaiveDate>,
}

impl AsOfArgs {
    /// An extractor over `kb` reading as on the chosen day.
    pub fn extractor<'kb>(&self, kb: &'kb Kb) -> marsad_extract::Extractor<'kb> {
        marsad_extract::Extractor::new(kb).as_of(Some(self.as_of.unwrap_or_else(today)))
    }
}

/// Today's date (UTC) from the system clock.
fn today() -> chrono::NaiveDate {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    chrono::NaiveDate::default().checked_add_days(chrono::Days::new(days)).unwrap_or_default()
}

/// Parses a `YYYY-MM-DD` argument.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("{s:?} is not a YYYY-MM-DD date: {e}"))
}

/// What to read and how: the inputs, the metadata for documents that carry
/// none, the size cap and the worker threads (shared by `extract` and `ingest`).
#[derive(clap::Args, Clone, Debug)]
pub struct InputArgs {
    /// Files, directories (read recursively) or `-` for standard input.
    /// Plain text (UTF-8, UTF-16 with BOM, Windows-1256), HTML and JSON Lines.
    #[arg(required = true, value_name = "PATH|-")]
    inputs: Vec<PathBuf>,
    /// Publication date for documents that carry none (anchors "yesterday", weekdays...).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<chrono::NaiveDate>,
    /// Outlet name for documents that carry none.
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// URL for documents that carry none.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// Largest document read, in bytes; larger ones are reported and skipped.
    #[arg(long, value_name = "BYTES", default_value_t = marsad_read::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Worker threads (default: one per core).
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
}

impl InputArgs {
    /// The inputs, `-` as standard input.
    pub fn paths(&self) -> Vec<marsad_read::InputPath> {
        self.inputs.iter().cloned().map(marsad_read::InputPath::from).collect()
    }

    /// The reader's options.
    pub fn read_options(&self) -> marsad_read::ReadOptions {
        marsad_read::ReadOptions {
            max_bytes: self.max_bytes,
            published: self.published,
            source: self.source.clone(),
            url: self.url.clone(),
        }
    }

    /// Starts the worker threads when `--jobs` asks for a number.
    pub fn start_workers(&self) -> Result<()> {
        if let Some(jobs) = self.jobs {
            rayon::ThreadPoolBuilder::new()
                .num_threads(jobs.max(1))
                .build_global()
                .context("could not start the worker threads")?;
        }
        Ok(())
    }
}
