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
