//! Match keys for words: Arabic proclitics, Persian suffixes and broken plurals.
//!
//! Every form this module finds is an *additional* candidate key: the word's own key
//! always comes first, so a name that merely starts like a clitic ("البانيا") is
//! never mutilated. Minimum stem lengths stop over-stripping ("بلد" keeps "بلد").

use crate::normalize;
use std::collections::HashMap;

/// Arabic conjunctions that may open a word.
const CONJUNCTIONS: [&str; 3] = ["", "و", "ف"];
/// Arabic prepositions that may follow the conjunction.
const PREPOSITIONS: [&str; 4] = ["", "ب", "ل", "ك"];
/// The definite article (after ل it is written لل).
const ARTICLE: &str = "ال";
/// Fewest letters left after a proclitic.
const MIN_PROCLITIC_STEM: usize = 3;
/// Persian suffixes and the fewest letters each must leave.
const PERSIAN_SUFFIXES: &[(&str, usize)] =
    &[("هایی", 2), ("های", 2), ("ها", 2), ("ترین", 2), ("تر", 3), ("ای", 3), ("را", 3), ("ان", 3), ("ی", 3)];

/// Builds match keys; build once and share by `&`.
#[derive(Clone, Debug)]
pub struct Morphology {
    /// Plural key → singular key.
    plurals: HashMap<String, String>,
    /// Key-normalised proclitic sequences, longest first.
    proclitics: Vec<String>,
    /// Key-normalised suffixes with their minimum stem lengths, longest first.
    suffixes: Vec<(String, usize)>,
}

impl Morphology {
    /// A morphology with the given broken plurals (`(plural, singular)`, any
    /// normalisation: both are key-normalised here).
    pub fn new<P: AsRef<str>, S: AsRef<str>>(plurals: impl IntoIterator<Item = (P, S)>) -> Morphology {
        let plurals = plurals
            .into_iter()
            .map(|(p, s)| (normalize::key(p.as_ref()), normalize::key(s.as_ref())))
            .filter(|(p, s)| !p.is_empty() && !s.is_empty())
            .collect();
        let mut proclitics = Vec::new();
        for conjunction in CONJUNCTIONS {
            for preposition in PREPOSITIONS {
                for article in ["", ARTICLE] {
                    let mut proclitic = format!("{conjunction}{preposition}{article}");
                    if preposition == "ل" && !article.is_empty() {
                        proclitic = format!("{conjunction}لل");
                    }
                    if !proclitic.is_empty() && !proclitics.contains(&proclitic) {
                        proclitics.push(proclitic);
                    }
                }
            }
        }
        proclitics.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
        let mut suffixes: Vec<(String, usize)> =
            PERSIAN_SUFFIXES.iter().map(|(s, min)| (normalize::key(s), *min)).collect();
        suffixes.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        Morphology { plurals, proclitics, suffixes }
    }

    /// Candidate keys for one word: its own key first, then the forms without
    /// proclitics (with and without the article), without Persian suffixes, and the
    /// singulars of broken plurals. No duplicates; empty for a word with no key.
    pub fn keys(&self, word: &str) -> Vec<String> {
        let own = normalize::key(word);
        let own = own.trim();
        let mut keys: Vec<String> = Vec::new();
        if own.is_empty() {
            return keys;
        }
        push(&mut keys, own);
        // A ZWNJ became a space in the key: also try the joined word and the head
        // when everything after it is a suffix.
        if own.contains(' ') {
            let joined: String = own.split(' ').collect();
            let mut parts = own.split(' ');
            let head = parts.next().unwrap_or_default();
            if parts.all(|tail| self.is_suffix(tail)) {
                push(&mut keys, head);
            }
            push(&mut keys, &joined);
        }
        for form in keys.clone() {
            self.strip_suffixes(&form, &mut keys);
            self.strip_proclitics(&form, &mut keys);
        }
        for form in keys.clone() {
            self.singulars(&form, &mut keys);
        }
        keys
    }

    /// True when `prefix` (a key) is a proclitic sequence such as "و", "بال", "ولل".
    pub fn is_proclitic(&self, prefix: &str) -> bool {
        self.proclitics.iter().any(|p| p == prefix)
    }

    /// True when `suffix` (a key) is a Persian suffix such as "ها" or "هاي".
    pub fn is_suffix(&self, suffix: &str) -> bool {
        self.suffixes.iter().any(|(s, _)| s == suffix)
    }

    fn strip_proclitics(&self, form: &str, keys: &mut Vec<String>) {
        for proclitic in &self.proclitics {
            let Some(stem) = form.strip_prefix(proclitic.as_str()) else {
                continue;
            };
            if stem.chars().count() < MIN_PROCLITIC_STEM {
                continue;
            }
            push(keys, stem);
            if proclitic.ends_with(ARTICLE) || proclitic.ends_with("لل") {
                push(keys, &format!("{ARTICLE}{stem}"));
            }
        }
    }

    fn strip_suffixes(&self, form: &str, keys: &mut Vec<String>) {
        for (suffix, min_stem) in &self.suffixes {
            if let Some(stem) = form.strip_suffix(suffix.as_str()) {
                if stem.chars().count() >= *min_stem {
                    push(keys, stem);
                }
            }
        }
    }

    fn singulars(&self, form: &str, keys: &mut Vec<String>) {
        if let Some(singular) = self.plurals.get(form) {
            push(keys, singular);
        }
        if let Some(singular) = form.strip_prefix(ARTICLE).and_then(|rest| self.plurals.get(rest)) {
            push(keys, &format!("{ARTICLE}{singular}"));
        }
    }
}

fn push(keys: &mut Vec<String>, key: &str) {
    if !key.is_empty() && !keys.iter().any(|k| k == key) {
        keys.push(key.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An inline fixture, in raw spelling: the constructor key-normalises it.
    const PLURALS: &[(&str, &str)] =
        &[("مواضع", "موضع"), ("قوات", "قوة"), ("عناصر", "عنصر"), ("قرى", "قرية"), ("صواريخ", "صاروخ")];

    fn morphology() -> Morphology {
        Morphology::new(PLURALS.iter().copied())
    }

    #[test]
    fn keys_keep_the_word_and_add_stems() {
        let m = morphology();
        // (word, keys that must be present, keys that must be absent)
        let table: [(&str, &[&str], &[&str]); 11] = [
            ("وبالقرب", &["وبالقرب", "قرب", "القرب"], &[]),
            ("مواضع", &["مواضع", "موضع"], &[]),
            ("والمواضع", &["والمواضع", "مواضع", "موضع", "الموضع"], &[]),
            ("للقوات", &["للقوات", "قوات", "القوات", "قوه", "القوه"], &[]),
            ("وعناصر", &["عناصر", "عنصر"], &[]),
            ("جنگنده\u{200C}های", &["جنگنده هاي", "جنگنده", "جنگندههاي"], &[]),
            ("موشک‌ها", &["موشك", "موشك ها"], &[]),
            ("پهپادها", &["پهپادها", "پهپاد"], &[]),
            // Too short to strip: the stem would be two letters.
            ("بلد", &["بلد"], &["لد"]),
            ("الله", &["الله"], &["له"]),
            ("البانيا", &["البانيا"], &[]),
        ];
        for (word, present, absent) in table {
            let keys = m.keys(word);
            assert_eq!(keys.first().map(String::as_str), Some(normalize::key(word).as_str()), "{word}: own key first");
            for key in present {
                assert!(keys.iter().any(|k| k == key), "{word}: {key} missing from {keys:?}");
            }
            for key in absent {
                assert!(!keys.iter().any(|k| k == key), "{word}: {key} present in {keys:?}");
            }
        }
    }

    #[test]
    fn keys_are_unique_and_empty_words_have_none() {
        let m = morphology();
        let keys = m.keys("بالقرى");
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "{keys:?}");
        assert!(keys.iter().any(|k| k == "قريه"), "{keys:?}");
        assert!(m.keys("").is_empty());
        assert!(m.keys("ـ").is_empty());
    }

    #[test]
    fn boundary_helpers_know_clitics_and_suffixes() {
        let m = morphology();
        for proclitic in ["و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "فال", "وبال", "كال", "ولل"]
        {
            assert!(m.is_proclitic(proclitic), "{proclitic}");
        }
        assert!(!m.is_proclitic("ولال"));
        assert!(m.is_suffix("ها") && m.is_suffix(&normalize::key("های")));
        assert!(!m.is_suffix("ون"));
    }

    #[test]
    fn lexicon_file_is_sorted_key_normalised_and_loads() {
        let tsv = include_str!("../../../kb/lexicons/broken-plurals-ar.tsv");
        let mut lines = tsv.lines();
        assert_eq!(lines.next(), Some("plural\tsingular"));
        let rows: Vec<(&str, &str)> = lines.filter_map(|l| l.split_once('\t')).collect();
        assert!(rows.len() >= 80, "{} rows", rows.len());
        for (plural, singular) in &rows {
            assert_eq!(normalize::key(plural), *plural, "plural not key-normalised");
            assert_eq!(normalize::key(singular), *singular, "singular not key-normalised");
        }
        assert!(rows.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)), "not sorted or has duplicates");
        let m = Morphology::new(rows.iter().copied());
        assert!(m.keys("والقذائف").iter().any(|k| k == "قذيفه"));
    }
}
