//! Dictionary matching over key-normalised text, with word boundaries that
//! allow Arabic proclitics ("وبالقرب" finds "القرب").

use aho_corasick::AhoCorasick;
use marsad_text::normalize::NormSpan;
use std::collections::HashMap;

/// Arabic proclitic sequences (key layer) that may stand between a word
/// boundary and a matched phrase: conjunctions و ف, then prepositions ب ل ك.
const PROCLITICS: [&str; 11] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// The same with the definite article, for word lists written without it
/// ("قصف" finds "بالقصف"); never for names, which carry their own article.
const WITH_ARTICLE: [&str; 12] = ["ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال", "وكال", "فكال"];

/// Arabic object pronouns a verb may carry ("استهدفته", "قصفوها").
const ENCLITICS: [&str; 7] = ["ه", "ها", "هم", "هما", "هن", "وا", "ته"];

/// The affixes word lists of `lang` may carry: Arabic attaches the article and
/// object pronouns to words; Persian and English write them apart.
pub fn word_list_affixes(lang: marsad_core::Language) -> Affixes {
    let arabic = lang == marsad_core::Language::Arabic;
    Affixes { article: arabic, enclitics: arabic }
}

/// Which affixes a matcher lets a phrase carry inside its word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Affixes {
    /// Allow the definite article before the phrase (with its proclitics).
    pub article: bool,
    /// Allow an object pronoun after the phrase.
    pub enclitics: bool,
}

/// One match: where in the key text, and the entries of every phrase with that key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit<'m> {
    /// The matched phrase in the key text (without any proclitic).
    pub span: NormSpan,
    /// Where the word starts, proclitics included.
    pub word_start: usize,
    /// Indices of the entries registered under this key.
    pub entries: &'m [u32],
}

/// An Aho-Corasick automaton over phrase keys; each key maps to the entries
/// (places, aliases, lexicon rows) registered under it.
#[derive(Debug)]
pub struct PhraseMatcher {
    automaton: Option<AhoCorasick>,
    entries: Vec<Vec<u32>>,
    keys: Vec<String>,
    /// For each automaton pattern: the key it stands for, and whether it is a
    /// ta marbuta stem that must carry a pronoun ("مجزرت" of "مجزرتها").
    patterns: Vec<(usize, bool)>,
    affixes: Affixes,
}

/// Collects `(key, entry)` pairs, then compiles them.
#[derive(Debug, Default)]
pub struct PhraseMatcherBuilder {
    index: HashMap<String, usize>,
    keys: Vec<String>,
    entries: Vec<Vec<u32>>,
    affixes: Affixes,
}

impl PhraseMatcherBuilder {
    /// A builder whose matches may carry `affixes` inside their words.
    pub fn with_affixes(affixes: Affixes) -> PhraseMatcherBuilder {
        PhraseMatcherBuilder { affixes, ..PhraseMatcherBuilder::default() }
    }

    /// Registers `entry` under an already key-normalised phrase; empty keys
    /// are ignored.
    pub fn add(&mut self, key: &str, entry: u32) {
        let key = key.trim();
        if key.is_empty() {
            return;
        }
        let i = *self.index.entry(key.to_string()).or_insert_with(|| {
            self.keys.push(key.to_string());
            self.entries.push(Vec::new());
            self.keys.len() - 1
        });
        if !self.entries[i].contains(&entry) {
            self.entries[i].push(entry);
        }
    }

    /// Compiles the automaton. With enclitics, a key ending in ta marbuta
    /// (folded to "ه") also matches its bound stem before a pronoun: "مجزرة"
    /// finds "مجزرتها", "ضحية" finds "ضحيتها".
    pub fn build(self) -> Result<PhraseMatcher, String> {
        let mut texts: Vec<String> = self.keys.clone();
        let mut patterns: Vec<(usize, bool)> = (0..self.keys.len()).map(|i| (i, false)).collect();
        if self.affixes.enclitics {
            for (i, key) in self.keys.iter().enumerate() {
                let Some(stem) = key.strip_suffix('ه').filter(|s| s.chars().count() >= 2) else { continue };
                let bound = format!("{stem}ت");
                if !self.index.contains_key(&bound) {
                    texts.push(bound);
                    patterns.push((i, true));
                }
            }
        }
        let automaton =
            if texts.is_empty() { None } else { Some(AhoCorasick::new(&texts).map_err(|e| e.to_string())?) };
        Ok(PhraseMatcher { automaton, entries: self.entries, keys: self.keys, patterns, affixes: self.affixes })
    }
}

impl PhraseMatcher {
    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when no key was registered.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The entries registered under exactly `key`.
    pub fn lookup(&self, key: &str) -> &[u32] {
        self.keys.iter().position(|k| k == key).map_or(&[], |i| &self.entries[i])
    }

    /// Whole-word matches in `key_text`, leftmost-longest, non-overlapping. A
    /// match may be preceded inside its word by Arabic proclitics only.
    pub fn find<'m>(&'m self, key_text: &str) -> Vec<Hit<'m>> {
        leftmost_longest(self.find_overlapping(key_text))
    }

    /// Every whole-word match in `key_text`, overlaps included.
    pub fn find_overlapping<'m>(&'m self, key_text: &str) -> Vec<Hit<'m>> {
        let Some(automaton) = &self.automaton else { return Vec::new() };
        let mut hits: Vec<Hit<'m>> = Vec::new();
        for m in automaton.find_overlapping_iter(key_text) {
            let (start, end) = (m.start(), m.end());
            let (key, bound) = self.patterns[m.pattern().as_usize()];
            let pronoun = self.affixes.enclitics && ends_with_enclitic(key_text, end);
            let ends = if bound { pronoun } else { ends_word(key_text, end) || pronoun };
            if !ends || !starts_phrase(&self.keys[key]) {
                continue;
            }
            let Some(word_start) = word_start_with_proclitics(key_text, start, self.affixes.article) else { continue };
            hits.push(Hit { span: NormSpan::new(start, end), word_start, entries: &self.entries[key] });
        }
        hits
    }
}

/// Leftmost first, longest first; overlapping hits after the first dropped.
pub fn leftmost_longest(mut hits: Vec<Hit<'_>>) -> Vec<Hit<'_>> {
    hits.sort_by(|a, b| a.word_start.cmp(&b.word_start).then(b.span.end.cmp(&a.span.end)));
    let mut out: Vec<Hit<'_>> = Vec::with_capacity(hits.len());
    for h in hits {
        if out.last().is_none_or(|last| h.word_start >= last.span.end) {
            out.push(h);
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{64B}'..='\u{65F}' | '\u{670}')
}

fn starts_phrase(key: &str) -> bool {
    key.chars().next().is_some_and(is_word_char)
}

fn ends_word(text: &str, end: usize) -> bool {
    text.get(end..).and_then(|s| s.chars().next()).is_none_or(|c| !is_word_char(c))
}

/// Where the word containing a match at `start` begins, when only proclitics
/// (or nothing) stand between it and the match.
fn word_start_with_proclitics(text: &str, start: usize, article: bool) -> Option<usize> {
    let before = text.get(..start)?;
    let word_start = before.char_indices().rev().find(|(_, c)| !is_word_char(*c)).map_or(0, |(i, c)| i + c.len_utf8());
    let prefix = &before[word_start..];
    let ok = prefix.is_empty() || PROCLITICS.contains(&prefix) || (article && WITH_ARTICLE.contains(&prefix));
    ok.then_some(word_start)
}

/// Whether only an object pronoun follows `end` before the word ends.
fn ends_with_enclitic(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else { return false };
    let tail_len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
    ENCLITICS.contains(&&rest[..tail_len])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(keys: &[&str]) -> PhraseMatcher {
        let mut b = PhraseMatcherBuilder::default();
        for (i, k) in keys.iter().enumerate() {
            b.add(k, i as u32);
        }
        b.build().unwrap()
    }

    fn found(m: &PhraseMatcher, text: &str) -> Vec<String> {
        m.find(text).iter().map(|h| text[h.span.start..h.span.end].to_string()).collect()
    }

    #[test]
    fn whole_words_with_proclitics_only() {
        let m = matcher(&["القرب", "ريف", "دير الزور", "ريف دير الزور"]);
        assert_eq!(found(&m, "وبالقرب من ريف دير الزور"), vec!["القرب", "ريف دير الزور"]);
        assert_eq!(found(&m, "بريف دير الزور"), vec!["ريف دير الزور"]);
        // Not inside another word: "تعريف" contains "ريف".
        assert!(found(&m, "تعريف").is_empty());
        // "مدير" is not a proclitic + "دير".
        assert!(found(&matcher(&["دير"]), "مدير").is_empty());
    }

    #[test]
    fn word_lists_may_take_the_article_and_object_pronouns() {
        let mut b = PhraseMatcherBuilder::with_affixes(Affixes { article: true, enclitics: true });
        b.add("قصف", 0);
        b.add("استهدف", 1);
        let m = b.build().unwrap();
        assert_eq!(found(&m, "جراء القصف وبالقصف استهدفته"), vec!["قصف", "قصف", "استهدف"]);
        assert!(found(&m, "استهدفتكم").is_empty());
        // Names do not: "قصف" is not found in "القصف" by a plain matcher.
        assert!(found(&matcher(&["قصف"]), "القصف").is_empty());
    }

    #[test]
    fn a_ta_marbuta_word_binds_before_a_pronoun() {
        // Keys are folded: ة is ه.
        let mut b = PhraseMatcherBuilder::with_affixes(Affixes { article: true, enclitics: true });
        b.add("مجزره", 0);
        let m = b.build().unwrap();
        assert_eq!(found(&m, "ارتكبت مجزرتها والمجزره"), vec!["مجزرت", "مجزره"]);
        // The bound stem needs its pronoun, and names never bind.
        assert!(found(&m, "مجزرت").is_empty());
        assert!(found(&matcher(&["مجزره"]), "مجزرتها").is_empty());
    }

    #[test]
    fn longest_wins_and_entries_are_shared_per_key() {
        let mut b = PhraseMatcherBuilder::default();
        b.add("tanf", 1);
        b.add("tanf", 2);
        b.add("al tanf", 3);
        let m = b.build().unwrap();
        let hits = m.find("near al tanf garrison");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].entries, &[3]);
        assert_eq!(m.lookup("tanf"), &[1, 2]);
        assert!(PhraseMatcherBuilder::default().build().unwrap().find("x").is_empty());
    }
}
