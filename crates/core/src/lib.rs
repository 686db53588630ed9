//! Shared vocabulary of marsad: documents, spans, languages, event records and
//! diagnostics.
//!
//! **Architecture invariant:** this crate does no IO and knows nothing of file
//! formats, the knowledge base or the store. Every other crate speaks these types.
#![deny(missing_docs)]

pub mod country;
pub mod diagnostic;
pub mod document;
pub mod event;
pub mod geo;
pub mod language;
pub mod span;

pub use chrono::NaiveDate;
pub use diagnostic::{Diagnostic, Severity};
pub use document::{Document, Metadata, Origin};
pub use event::{Event, Evidence, Extraction};
pub use language::{Detected, Language};
pub use span::Span;
