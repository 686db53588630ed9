//! A document as read: its text and what is known about where it came from.

use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;
use std::path::PathBuf;

/// Where a document came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Origin {
    /// A whole file.
    File {
        /// Its path as given or found.
        path: PathBuf,
    },
    /// One line of a JSON Lines file (1-based).
    Line {
        /// The file's path.
        path: PathBuf,
        /// The line number, from 1.
        line: usize,
    },
    /// Standard input, whole.
    Stdin,
    /// One line of JSON Lines on standard input (1-based).
    StdinLine {
        /// The line number, from 1.
        line: usize,
    },
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File { path } => write!(f, "{}", path.display()),
            Origin::Line { path, line } => write!(f, "{}:{line}", path.display()),
            Origin::Stdin => f.write_str("<stdin>"),
            Origin::StdinLine { line } => write!(f, "<stdin>:{line}"),
        }
    }
}

/// What is known about a document besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    /// Canonical URL, when known.
    pub url: Option<String>,
    /// The outlet (e.g. `"SANA"`, `"Enab Baladi"`).
    pub source: Option<String>,
    /// Publication date, when known: the anchor for relative dates.
    pub published: Option<NaiveDate>,
    /// Language declared by the input (a JSONL field, `<html lang>`), not detected.
    pub declared_language: Option<String>,
    /// The character encoding the bytes were decoded from (e.g. `"UTF-8"`, `"windows-1256"`).
    pub encoding: String,
    /// The input format: `"text"`, `"html"` or `"jsonl"`.
    pub format: String,
}

/// One article, decoded to UTF-8.
///
/// **Invariant:** every [`crate::Span`] in marsad's output is a byte range of
/// [`Document::text`], which is never rewritten after reading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    /// A stable id: the input's own id, else one derived from the origin and content.
    pub id: String,
    /// Where it came from.
    pub origin: Origin,
    /// The headline, when the input had one (it is also the start of `text`).
    pub title: Option<String>,
    /// The full text: headline (if any), a blank line, then the body.
    pub text: String,
    /// Publication metadata.
    pub meta: Metadata,
}

impl Document {
    /// Byte offset where the body starts (after the headline and its blank line).
    pub fn body_start(&self) -> usize {
        match &self.title {
            Some(t) if self.text.starts_with(t.as_str()) => {
                let after = t.len();
                after + self.text[after..].len() - self.text[after..].trim_start_matches('\n').len()
            }
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_starts_after_title_and_blank_line() {
        let doc = Document {
            id: "d".into(),
            origin: Origin::Line { path: "a.jsonl".into(), line: 3 },
            title: Some("عنوان".into()),
            text: "عنوان\n\nنص".into(),
            meta: Metadata::default(),
        };
        assert_eq!(&doc.text[doc.body_start()..], "نص");
        assert_eq!(doc.origin.to_string(), "a.jsonl:3");
    }
}
