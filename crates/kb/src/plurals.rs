//! Arabic broken plurals (`lexicons/broken-plurals-ar.tsv`): word lists are
//! written in the singular, and compiled to match the plural too
//! ("موقع" also finds "مواقع", "عنصر" finds "عناصر").

use crate::{tsv, KbError, KbFiles};
use marsad_text::normalize;
use std::collections::HashMap;

/// The plural table, singular → plurals, in key form.
#[derive(Debug, Default)]
pub struct Plurals {
    by_singular: HashMap<String, Vec<String>>,
}

impl Plurals {
    /// The path of the table inside kb/.
    pub const FILE: &'static str = "lexicons/broken-plurals-ar.tsv";

    /// Reads the table (empty when absent).
    pub fn from_files(files: &KbFiles) -> Result<Plurals, KbError> {
        let mut by_singular: HashMap<String, Vec<String>> = HashMap::new();
        if let Some(content) = files.get(Self::FILE) {
            tsv::read(Self::FILE, content, &["plural", "singular"], |r| {
                let (plural, singular) = (normalize::key(r.get(0)), normalize::key(r.get(1)));
                if plural.is_empty() || singular.is_empty() {
                    return Err(KbError::at(Self::FILE, r.line, "empty plural or singular"));
                }
                by_singular.entry(singular).or_default().push(plural);
                Ok(())
            })?;
        }
        Ok(Plurals { by_singular })
    }

    /// The phrase (key form) with one of its words put in the plural, for
    /// every word that has one; the article is kept ("الموقع" → "المواقع").
    pub fn variants(&self, key: &str) -> Vec<String> {
        let words: Vec<&str> = key.split(' ').collect();
        let mut out = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let (article, bare) = match w.strip_prefix("ال") {
                Some(rest) if self.by_singular.contains_key(rest) => ("ال", rest),
                _ => ("", *w),
            };
            for plural in self.by_singular.get(bare).into_iter().flatten() {
                let mut v = words.clone();
                let replaced = format!("{article}{plural}");
                v[i] = &replaced;
                out.push(v.join(" "));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singular_phrases_gain_plural_variants() {
        let mut files = KbFiles::empty();
        files.insert(Plurals::FILE, "plural\tsingular\nمواقع\tموقع\nعناصر\tعنصر\n");
        let p = Plurals::from_files(&files).unwrap();
        assert_eq!(p.variants(&normalize::key("عنصر من الموقع")), vec!["عناصر من الموقع", "عنصر من المواقع"]);
        assert!(p.variants("قصف").is_empty());
    }
}
