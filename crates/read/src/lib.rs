//! marsad's readers: bytes to [`Document`]s, never losing good input to bad.
//!
//! Inputs are files, directories (walked recursively in sorted order) or
//! standard input. Formats are plain text, HTML and JSON Lines, chosen by
//! extension or sniffed. Bytes are decoded at the edge (UTF-8, UTF-16 with a
//! BOM, an HTML `<meta charset>`, or Windows-1256 Arabic), so everything past
//! this crate is UTF-8. Every problem becomes a [`Diagnostic`] naming the file
//! (and line) and saying what was skipped; all other documents still come out.
//!
//! **Architecture invariant:** this crate only reads; it knows nothing of
//! languages, the knowledge base or extraction.
#![deny(missing_docs)]

mod date;
mod decode;
mod doc;
mod error;
mod html;
mod inputs;
mod jsonl;
mod text;

pub use inputs::{read_inputs, InputPath, Inputs};

use chrono::NaiveDate;
use doc::{build, Parts};
use error::ReadError;
use jsonl::JsonLines;
use marsad_core::{Diagnostic, Document, Metadata, Origin};
use std::path::Path;
use std::sync::Arc;

/// Default per-document cap: 5 MiB.
pub const DEFAULT_MAX_BYTES: usize = 5 * 1024 * 1024;

/// How to read, and metadata to assume where a document carries none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadOptions {
    /// Largest document (a whole file, or one JSON line) read, in bytes; larger ones are skipped.
    pub max_bytes: usize,
    /// Publication date for documents that give none.
    pub published: Option<NaiveDate>,
    /// Outlet for documents that name none.
    pub source: Option<String>,
    /// URL for documents that give none.
    pub url: Option<String>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_bytes: DEFAULT_MAX_BYTES, published: None, source: None, url: None }
    }
}

/// An input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: the whole input is one document.
    Text,
    /// An HTML page: one document.
    Html,
    /// JSON Lines: one document per line.
    Jsonl,
}

impl Format {
    /// The format a file name's extension names, if any (case-insensitive).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" | "json-lines" | "jsonlines" => Some(Format::Jsonl),
            _ => None,
        }
    }

    /// Guesses from content: markup start → HTML; first non-empty line a JSON
    /// object → JSON Lines; else text. A UTF-8 BOM is ignored.
    pub fn sniff(bytes: &[u8]) -> Format {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let head = bytes.trim_ascii_start();
        if let [b'<', next, ..] = head {
            if next.is_ascii_alphabetic() || matches!(next, b'!' | b'?') {
                return Format::Html;
            }
        }
        if head.first() == Some(&b'{') {
            let (line, complete) = match memchr::memchr(b'\n', head) {
                Some(end) => (head.get(..end).unwrap_or(head), true),
                None => (head, false),
            };
            // A first line cut off by a sniffing window cannot be parsed: trust its brace.
            let object = !complete && line.len() >= SNIFF_BYTES / 2
                || serde_json::from_slice::<serde_json::Value>(line).is_ok_and(|v| v.is_object());
            if object {
                return Format::Jsonl;
            }
        }
        Format::Text
    }

    /// The name recorded in [`Metadata::format`]: `"text"`, `"html"` or `"jsonl"`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
        }
    }
}

/// Bytes read from the start of an input of unknown format to sniff it.
pub(crate) const SNIFF_BYTES: usize = 64 * 1024;

/// Reads one in-memory input: a whole file's or stdin's bytes. `hint` forces a
/// format (else it is sniffed). Yields documents and diagnostics in input order;
/// besides errors, a warning may precede a document that was still read.
pub fn read_bytes(
    bytes: &[u8],
    origin: Origin,
    hint: Option<Format>,
    opts: &ReadOptions,
) -> Vec<Result<Document, Diagnostic>> {
    let format = hint.unwrap_or_else(|| Format::sniff(bytes.get(..SNIFF_BYTES).unwrap_or(bytes)));
    if format == Format::Jsonl {
        return JsonLines::new(bytes, origin, Arc::new(opts.clone())).collect();
    }
    match read_whole(bytes, &origin, format, hint.is_none(), opts) {
        Ok((warning, doc)) => warning.into_iter().map(Err).chain([Ok(doc)]).collect(),
        Err(e) => vec![Err(e.at(&origin))],
    }
}

/// Reads a text or HTML input as one document, with a warning if the HTML was
/// flattened; `sniffed` says the format was guessed, not given.
fn read_whole(
    bytes: &[u8],
    origin: &Origin,
    format: Format,
    sniffed: bool,
    opts: &ReadOptions,
) -> Result<(Option<Diagnostic>, Document), ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    if bytes.len() > opts.max_bytes {
        return Err(ReadError::TooLarge { size: bytes.len() as u64, cap: opts.max_bytes });
    }
    let declared = if format == Format::Html { decode::declared_charset(bytes) } else { None };
    let decoded = decode::decode(bytes, declared)?;
    let text = text::normalise_newlines(decoded.text);
    // Sniffing saw UTF-16 bytes as text: look again at the decoded characters.
    let format = match format {
        Format::Text if sniffed && decoded.encoding.starts_with("UTF-16") => match Format::sniff(text.as_bytes()) {
            Format::Html => Format::Html,
            _ => Format::Text,
        },
        f => f,
    };
    if text.trim().is_empty() {
        return Err(ReadError::Blank);
    }
    let mut meta =
        Metadata { encoding: decoded.encoding.to_string(), format: format.name().to_string(), ..Metadata::default() };
    let mut warning = None;
    let (title, body) = match format {
        Format::Html => {
            let x = html::extract(&text, opts.source.as_deref());
            if x.body.is_empty() {
                return Err(ReadError::NoHtmlText);
            }
            if x.flattened {
                warning = Some(html::flattened_warning(origin));
            }
            meta.published = x.published;
            meta.source = x.site_name;
            meta.url = x.url;
            meta.declared_language = x.lang;
            (x.title, x.body)
        }
        Format::Text | Format::Jsonl => text::split_title(&text),
    };
    Ok((warning, build(Parts { id: None, title, body, meta }, origin.clone(), opts)))
}
