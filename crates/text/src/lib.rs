//! marsad's text layer: everything between decoded text and the knowledge base.
//!
//! - [`normalize`]: canonical and match-key folds with a map from every
//!   normalised byte back to the original bytes (one module per script);
//! - [`langid`]: which language a document is in (ar, fa, en, or unsupported);
//! - [`segment`]: sentences and words, with their spans;
//! - [`morph`]: match keys for Arabic clitics and Persian suffixes;
//! - [`dates`]: explicit, relative and weekday dates in three calendars, resolved against a publication date;
//! - [`numbers`]: digits, number words and vague quantities in all three languages.
//!
//! **Architecture invariant:** this crate knows nothing of `kb/`, extraction or
//! storage; it never rewrites the document text, it only maps into it.
#![deny(missing_docs)]

pub mod dates;
pub mod langid;
pub mod morph;
pub mod normalize;
pub mod numbers;
pub mod segment;
