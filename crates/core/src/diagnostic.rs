//! Problems met while reading or extracting, reported without stopping the run.

use serde::Serialize;
use std::fmt;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth telling; nothing was lost.
    Warning,
    /// Input was skipped: the run's exit code says so.
    Error,
}

/// One problem, tied to where it came from (a path, `path:line`, or `<stdin>`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// Where: a path, a path and line, or a document id.
    pub origin: String,
    /// What went wrong, in a sentence.
    pub message: String,
}

impl Diagnostic {
    /// An error: something was skipped.
    pub fn error(origin: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, origin: origin.into(), message: message.into() }
    }

    /// A warning: nothing was lost.
    pub fn warning(origin: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, origin: origin.into(), message: message.into() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: {}: {}", self.origin, self.message)
    }
}
