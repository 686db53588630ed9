//! The languages marsad reads.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language marsad extracts events from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Arabic (`ar`).
    #[serde(rename = "ar")]
    Arabic,
    /// Persian (`fa`).
    #[serde(rename = "fa")]
    Persian,
    /// English (`en`).
    #[serde(rename = "en")]
    English,
}

impl Language {
    /// Every supported language.
    pub const ALL: [Language; 3] = [Language::Arabic, Language::Persian, Language::English];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Arabic => "ar",
            Language::Persian => "fa",
            Language::English => "en",
        }
    }

    /// Parses an ISO 639-1/639-3 code or English name, case-insensitively.
    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "ar" | "ara" | "arabic" => Some(Language::Arabic),
            "fa" | "fas" | "per" | "persian" | "farsi" => Some(Language::Persian),
            "en" | "eng" | "english" => Some(Language::English),
            _ => None,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The outcome of language identification for one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detected {
    /// One of the languages marsad extracts from.
    Supported(Language),
    /// Recognised, but not one marsad extracts from (e.g. `"ku"`, `"ur"`, `"tr"`, `"fr"`).
    Unsupported(String),
    /// Too little text, or no language stood out.
    Undetermined,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::from_code(" Farsi "), Some(Language::Persian));
        assert_eq!(Language::from_code("ku"), None);
    }
}
