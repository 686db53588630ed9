//! marsad's knowledge base: the files under `kb/` (places, actors, lexicons),
//! read once at start-up and compiled into matchers shared by `&Kb` across
//! worker threads.
//!
//! The defaults are embedded in the binary at build time; a user folder laid
//! out like `kb/` replaces files of the same path and adds new ones.
//!
//! **Architecture invariant:** no matcher is built per document, and nothing
//! here is global: tests build the `Kb` they need from fixture files.
#![deny(missing_docs)]

pub mod actors;
mod files;
pub mod import;
pub mod lexicon;
pub mod matcher;
pub mod places;
pub mod plurals;
mod tsv;

pub use actors::{Actor, Actors, Alias, Register};
pub use files::KbFiles;
pub use lexicon::{AcledType, Boilerplate, LexEntry, LexKind, Lexicons};
pub use places::{Gazetteer, Place};
pub use tsv::KbError;

/// The compiled knowledge base.
#[derive(Debug)]
pub struct Kb {
    /// Phrases that mark site boilerplate (share bars, "read more", cookie notices).
    pub boilerplate: Boilerplate,
    /// Places and their names.
    pub places: Gazetteer,
    /// Actors and their aliases.
    pub actors: Actors,
    /// Event and geography lexicons.
    pub lexicons: Lexicons,
}

impl Kb {
    /// Compiles a knowledge base from its files.
    pub fn compile(files: &KbFiles) -> Result<Kb, KbError> {
        let plurals = plurals::Plurals::from_files(files)?;
        Ok(Kb {
            boilerplate: Boilerplate::from_files(files)?,
            places: Gazetteer::from_files(files)?,
            actors: Actors::from_files(files, &plurals)?,
            lexicons: Lexicons::from_files(files, &plurals)?,
        })
    }

    /// The knowledge base embedded in the binary.
    pub fn embedded() -> Result<Kb, KbError> {
        Kb::compile(&KbFiles::embedded())
    }
}
