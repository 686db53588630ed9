//! Lexicons: phrase lists from `kb/lexicons/`.

use crate::matcher::{leftmost_longest, word_list_affixes, Hit, PhraseMatcher, PhraseMatcherBuilder};
use crate::plurals::Plurals;
use crate::tsv;
use crate::{KbError, KbFiles};
use aho_corasick::{AhoCorasick, MatchKind};
use marsad_core::{Language, Span};
use marsad_text::normalize;
use marsad_text::normalize::NormSpan;
use std::collections::HashMap;

/// What a lexicon phrase signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LexKind {
    /// An event word; the value is an ACLED sub-event key (`acled-types.tsv`).
    Trigger,
    /// Killed, dead, bodies, martyrs.
    Killed,
    /// Wounded, injured.
    Wounded,
    /// Recalled history ("يذكر أن", "as previously reported").
    Background,
    /// Denial or absence ("نفى", "no casualties").
    Negation,
    /// Threats, hypotheticals, opinion ("هدد", "could").
    Modality,
    /// Introduces who acted ("على يد", "by").
    AttackerMarker,
    /// Introduces who was acted on ("ضد", "against").
    TargetMarker,
    /// Introduces who acted alongside ("بمساندة", "backed by"): a co-actor.
    AllyMarker,
    /// Civilian victims ("مدنيين", "children").
    Civilian,
    /// One person ("مدني", "a soldier"): a count of 1 next to a casualty word.
    Person,
    /// Introduces a part of a toll just given ("بينهم", "including").
    Subset,
    /// Where the report was filed ("به گزارش خبرنگار ما از", "correspondent in").
    Reporting,
    /// "ريف X": the countryside of a place.
    Countryside,
    /// A compass direction relative to a place.
    Direction,
    /// "near X", "on the outskirts of X".
    Near,
    /// "بادية X": the desert of a place.
    Desert,
    /// A road.
    Road,
    /// "in X".
    In,
    /// An admin or settlement word ("village of", "province").
    Area,
}

impl LexKind {
    fn parse(s: &str) -> Option<LexKind> {
        Some(match s {
            "trigger" => LexKind::Trigger,
            "killed" => LexKind::Killed,
            "wounded" => LexKind::Wounded,
            "background" => LexKind::Background,
            "negation" => LexKind::Negation,
            "modality" => LexKind::Modality,
            "attacker_marker" => LexKind::AttackerMarker,
            "target_marker" => LexKind::TargetMarker,
            "ally_marker" => LexKind::AllyMarker,
            "civilian" => LexKind::Civilian,
            "reporting" => LexKind::Reporting,
            "person" => LexKind::Person,
            "subset" => LexKind::Subset,
            "countryside" => LexKind::Countryside,
            "direction" => LexKind::Direction,
            "near" => LexKind::Near,
            "desert" => LexKind::Desert,
            "road" => LexKind::Road,
            "in" => LexKind::In,
            "area" => LexKind::Area,
            _ => return None,
        })
    }
}

/// One lexicon row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexEntry {
    /// The phrase as written in the file.
    pub phrase: String,
    /// What it signals.
    pub kind: LexKind,
    /// Its value: a sub-event key for triggers, a precision or direction for geo words.
    pub value: String,
    /// The free note.
    pub note: String,
}

/// ACLED's classification of one sub-event key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AcledType {
    /// e.g. `"Political violence"`.
    pub disorder_type: String,
    /// e.g. `"Battles"`.
    pub event_type: String,
    /// e.g. `"Armed clash"`.
    pub sub_event_type: String,
}

/// Event and geography lexicons per language (`lexicons/events-*.tsv`,
/// `lexicons/geo-*.tsv`) and ACLED's types (`lexicons/acled-types.tsv`).
#[derive(Debug)]
pub struct Lexicons {
    entries: Vec<LexEntry>,
    matchers: Vec<(Language, PhraseMatcher)>,
    types: HashMap<String, AcledType>,
}

impl Lexicons {
    /// Reads and compiles the lexicons; Arabic words also match their broken plurals.
    pub fn from_files(files: &KbFiles, plurals: &Plurals) -> Result<Lexicons, KbError> {
        const TYPES: &str = "lexicons/acled-types.tsv";
        let mut types = HashMap::new();
        if let Some(content) = files.get(TYPES) {
            tsv::read(TYPES, content, &["key", "disorder_type", "event_type", "sub_event_type"], |r| {
                types.insert(
                    r.get(0).to_string(),
                    AcledType {
                        disorder_type: r.get(1).to_string(),
                        event_type: r.get(2).to_string(),
                        sub_event_type: r.get(3).to_string(),
                    },
                );
                Ok(())
            })?;
        }
        let mut entries = Vec::new();
        let mut matchers = Vec::new();
        for lang in Language::ALL {
            let mut builder = PhraseMatcherBuilder::with_affixes(word_list_affixes(lang));
            for stem in ["events", "geo"] {
                let file = format!("lexicons/{stem}-{}.tsv", lang.code());
                let Some(content) = files.get(&file) else { continue };
                tsv::read(&file, content, &["phrase", "kind", "value", "note"], |r| {
                    let Some(kind) = LexKind::parse(r.get(1)) else {
                        return Err(KbError::at(&file, r.line, format!("unknown kind {:?}", r.get(1))));
                    };
                    let index = entries.len() as u32;
                    let key = normalize::key(r.get(0));
                    if lang == Language::Arabic {
                        for v in plurals.variants(&key) {
                            builder.add(&v, index);
                        }
                        // Verbs are listed in the past tense ("استهدف"); news
                        // also writes the present ("يستهدف", "تستهدف").
                        if kind == LexKind::Trigger && !key.contains(' ') && key.chars().count() >= 3 {
                            builder.add(&format!("ي{key}"), index);
                            builder.add(&format!("ت{key}"), index);
                        }
                    }
                    builder.add(&key, index);
                    entries.push(LexEntry {
                        phrase: r.get(0).to_string(),
                        kind,
                        value: r.get(2).to_string(),
                        note: r.get(3).to_string(),
                    });
                    Ok(())
                })?;
            }
            let matcher = builder.build().map_err(|e| KbError::at("lexicons/", 0, format!("cannot compile: {e}")))?;
            matchers.push((lang, matcher));
        }
        Ok(Lexicons { entries, matchers, types })
    }

    /// The entry at `index` (as found in hits).
    pub fn entry(&self, index: u32) -> Option<&LexEntry> {
        self.entries.get(index as usize)
    }

    /// Lexicon matches in key-normalised text of `lang`, as (span, row index):
    /// leftmost-longest within each kind, so that "بقصف" is both a marker
    /// ("by the shelling of") and, inside it, the trigger "قصف".
    pub fn find(&self, lang: Language, key_text: &str) -> Vec<(NormSpan, u32)> {
        let Some((_, m)) = self.matchers.iter().find(|(l, _)| *l == lang) else { return Vec::new() };
        let hits = m.find_overlapping(key_text);
        let mut out = Vec::new();
        let mut kinds: Vec<LexKind> =
            hits.iter().flat_map(|h| h.entries.iter().filter_map(|&e| self.entry(e)).map(|e| e.kind)).collect();
        kinds.sort();
        kinds.dedup();
        for kind in kinds {
            let of_kind: Vec<Hit> = hits
                .iter()
                .filter(|h| h.entries.iter().any(|&e| self.entry(e).is_some_and(|x| x.kind == kind)))
                .copied()
                .collect();
            for h in leftmost_longest(of_kind) {
                out.extend(
                    h.entries.iter().filter(|&&e| self.entry(e).is_some_and(|x| x.kind == kind)).map(|&e| (h.span, e)),
                );
            }
        }
        out.sort_by_key(|(span, e)| (span.start, span.end, *e));
        out
    }

    /// ACLED's classification of a sub-event key.
    pub fn acled_type(&self, key: &str) -> Option<&AcledType> {
        self.types.get(key)
    }
}

/// Longest line (in bytes) that can be a related-article headline after a
/// "read more" marker.
const HEADLINE_MAX: usize = 200;
/// How many headline lines a "read more" marker can introduce.
const HEADLINES_AFTER_MARKER: usize = 6;
/// Letters that may remain on a line besides boilerplate phrases for it to
/// still count as boilerplate (separators, a colon, a stray word piece).
const RESIDUE_MAX: usize = 3;

/// Site boilerplate that survives in plain text: share bars, "read more"
/// blocks, cookie and copyright notices. Compiled from `lexicons/boilerplate.tsv`.
#[derive(Debug)]
pub struct Boilerplate {
    matcher: Option<AhoCorasick>,
    /// Per phrase: whether it leads a line that is boilerplate as a whole
    /// ("اقرأ أيضاً: …", scope `lead`), or is boilerplate only as a line of its
    /// own ("عاجل", a share button: scope `line`), as it also tags news lines.
    leads: Vec<bool>,
}

impl Boilerplate {
    /// The path of the lexicon inside kb/.
    pub const FILE: &'static str = "lexicons/boilerplate.tsv";

    /// Compiles the boilerplate lexicon (empty when the file is absent).
    pub fn from_files(files: &KbFiles) -> Result<Boilerplate, KbError> {
        let mut phrases = Vec::new();
        let mut leads = Vec::new();
        if let Some(content) = files.get(Self::FILE) {
            tsv::read(Self::FILE, content, &["phrase", "scope"], |row| {
                let key = normalize::key(row.get(0)).trim().to_string();
                if key.is_empty() {
                    return Err(KbError::at(Self::FILE, row.line, "empty phrase"));
                }
                let lead = match row.get(1) {
                    "lead" => true,
                    "line" => false,
                    other => {
                        return Err(KbError::at(Self::FILE, row.line, format!("scope {other:?} is not lead or line")))
                    }
                };
                phrases.push(key);
                leads.push(lead);
                Ok(())
            })?;
        }
        if phrases.is_empty() {
            return Ok(Boilerplate { matcher: None, leads });
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&phrases)
            .map_err(|e| KbError::at(Self::FILE, 0, format!("cannot compile phrases: {e}")))?;
        Ok(Boilerplate { matcher: Some(matcher), leads })
    }

    /// The lines of `text` that are boilerplate, as spans of `text` (line
    /// terminators excluded). A line is boilerplate when nothing but
    /// boilerplate phrases and separators is on it, or when it starts with a
    /// leading boilerplate phrase and is short; short headline-like lines right after a
    /// line that is only a marker ("Read more", "اقرأ أيضاً") are related-article
    /// links and count too, up to the next blank line.
    pub fn lines(&self, text: &str) -> Vec<Span> {
        let Some(matcher) = &self.matcher else { return Vec::new() };
        let mut out = Vec::new();
        let mut headlines_left = 0;
        let mut start = 0;
        for raw in text.split_inclusive('\n') {
            let line = raw.trim_end_matches(['\n', '\r']);
            let span = Span::new(start, start + line.len());
            start += raw.len();
            let trimmed = line.trim();
            if trimmed.is_empty() {
                headlines_left = 0;
                continue;
            }
            let norm = normalize::key(trimmed);
            let key = norm.as_str();
            let mut covered = 0;
            let mut starts_with_phrase = false;
            for m in matcher.find_iter(key) {
                if !on_word_boundaries(key, m.start(), m.end()) {
                    continue;
                }
                starts_with_phrase |= self.leads.get(m.pattern().as_usize()).copied().unwrap_or(true)
                    && key[..m.start()].chars().all(|c| !c.is_alphanumeric());
                covered += key[m.start()..m.end()].chars().filter(|c| c.is_alphanumeric()).count();
            }
            let letters = key.chars().filter(|c| c.is_alphanumeric()).count();
            let residue = letters.saturating_sub(covered);
            if covered > 0 && residue <= RESIDUE_MAX {
                out.push(span);
                headlines_left = HEADLINES_AFTER_MARKER;
            } else if starts_with_phrase && trimmed.len() <= HEADLINE_MAX {
                out.push(span);
            } else if headlines_left > 0 && is_headline(trimmed) {
                out.push(span);
                headlines_left -= 1;
            } else {
                headlines_left = 0;
            }
        }
        out
    }
}

fn on_word_boundaries(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after = s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}

/// A short line without sentence-final punctuation: a link text.
fn is_headline(line: &str) -> bool {
    line.len() <= HEADLINE_MAX && !line.ends_with(['.', '۔', '!'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Boilerplate {
        let mut files = KbFiles::empty();
        files.insert(
            Boilerplate::FILE,
            "phrase\tlang\tscope\nFacebook\t\tline\nTwitter\t\tline\nWhatsApp\t\tline\nTelegram\t\tline\nشارك\tar\tline\nعاجل\tar\tline\nاقرأ أيضاً\tar\tlead\nبیشتر بخوانید\tfa\tlead\nRead more\ten\tlead\nWe use cookies\ten\tlead\n",
        );
        Boilerplate::from_files(&files).unwrap()
    }

    fn dropped(text: &str) -> Vec<&str> {
        lexicon().lines(text).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn share_bars_markers_and_their_headlines_are_dropped() {
        let text =
            "قتل ثلاثة عناصر في هجوم.\n\nشارك: Facebook / Twitter / WhatsApp\nاقرا ايضا\nمقتل شخصين بانفجار لغم\n";
        assert_eq!(dropped(text), vec!["شارك: Facebook / Twitter / WhatsApp", "اقرا ايضا", "مقتل شخصين بانفجار لغم"]);
    }

    #[test]
    fn persian_and_english_markers_and_notices() {
        let text = "بیشتر بخوانید:\nحمله به یک کاروان\n\nWe use cookies to improve your experience.\nThe army said two soldiers were killed.";
        assert_eq!(
            dropped(text),
            vec!["بیشتر بخوانید:", "حمله به یک کاروان", "We use cookies to improve your experience."]
        );
    }

    #[test]
    fn a_breaking_tag_drops_only_a_line_of_its_own() {
        let text = "عاجل\nعاجل | مقتل مدني وإصابة 3 آخرين في قصف مدفعي على مدينة أعزاز.\nاقرأ أيضاً: مقتل شخصين";
        assert_eq!(dropped(text), vec!["عاجل", "اقرأ أيضاً: مقتل شخصين"]);
    }

    #[test]
    fn news_sentences_mentioning_a_platform_stay() {
        let text = "Activists said on Telegram that gunmen attacked a checkpoint near Daraa, killing two soldiers and wounding four others in the early hours.";
        assert!(dropped(text).is_empty());
        assert!(Boilerplate::from_files(&KbFiles::empty()).unwrap().lines("Facebook").is_empty());
    }
}
