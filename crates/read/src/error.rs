//! The reader's typed errors; each becomes one [`Diagnostic`] naming its origin.

use marsad_core::{Diagnostic, Origin};

/// Why an input (a file, stdin, or one JSON line) was skipped.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ReadError {
    #[error("cannot read: {0}; skipped")]
    Io(#[from] std::io::Error),
    #[error("cannot list directory: {0}; its files were skipped")]
    Dir(std::io::Error),
    #[error("not a regular file or directory; skipped")]
    NotAFile,
    #[error(
        "input is {size} bytes, over the per-document cap of {cap} bytes; skipped \
         (raise the cap with --max-bytes)"
    )]
    TooLarge { size: u64, cap: usize },
    #[error(
        "line is {size} bytes, over the per-document cap of {cap} bytes; line skipped \
         (raise the cap with --max-bytes)"
    )]
    LineTooLarge { size: u64, cap: usize },
    #[error(
        "standard input is over the per-document cap of {cap} bytes; skipped \
         (raise the cap with --max-bytes)"
    )]
    StdinTooLarge { cap: usize },
    #[error("input is empty; skipped")]
    Empty,
    #[error("input contains only whitespace; skipped")]
    Blank,
    #[error("looks binary (NUL byte at byte offset {offset}); skipped")]
    Binary { offset: usize },
    #[error(
        "not valid UTF-8 (first bad byte sequence at byte offset {offset}) and not \
         plausibly Windows-1256 Arabic; skipped"
    )]
    InvalidUtf8 { offset: usize },
    #[error("not valid {encoding} despite its byte-order mark; skipped")]
    InvalidUtf16 { encoding: &'static str },
    #[error("HTML has no readable text once scripts, navigation and boilerplate are dropped; skipped")]
    NoHtmlText,
    #[error("line is not valid UTF-8 (first bad byte sequence at byte {offset} of the line); line skipped")]
    LineNotUtf8 { offset: usize },
    #[error("line is not valid JSON ({0}); line skipped")]
    Json(serde_json::Error),
    #[error("line is not a JSON object; line skipped")]
    NotObject,
    #[error("line has neither a non-empty `text` nor an `html` field; line skipped")]
    MissingText,
    #[error("JSON Lines in UTF-16 are not supported (convert to UTF-8); file skipped")]
    Utf16Lines,
    #[error("no JSON lines: input is empty or blank; skipped")]
    NoLines,
}

impl ReadError {
    /// The error as a diagnostic for `origin`.
    pub(crate) fn at(self, origin: &Origin) -> Diagnostic {
        Diagnostic::error(origin.to_string(), self.to_string())
    }
}
