//! Extraction: a document and the knowledge base in, events with evidence and
//! diagnostics out.
//!
//! **Architecture invariant:** extraction does no IO and never fails a
//! document as a whole for one bad field: it returns what it could read plus
//! diagnostics.
#![deny(missing_docs)]

mod analyse;
mod assemble;
mod record;

use analyse::Sentence;
use assemble::{DateChoice, Input};
use marsad_core::{Detected, Diagnostic, Document, Event, Extraction, Language, NaiveDate, Span};
use marsad_kb::Kb;
use marsad_text::dates::{self, DateKind, DatePrecision};
use marsad_text::langid::LanguageIdentifier;
use marsad_text::segment;
use std::collections::BTreeMap;

/// How far into the body (bytes) a dateline date may stand.
const DATELINE_BYTES: usize = 700;
/// Words that may stand beside a dateline date on its line (a place, a
/// weekday, a time).
const DATELINE_WORDS: usize = 3;
/// How far into the text (bytes) a date the text calls today may stand.
const TODAY_BYTES: usize = 3000;
/// Words a headline that ends with its date may have.
const HEADLINE_WORDS: usize = 10;

/// Extracts events from documents; built once, shared by `&` across threads.
pub struct Extractor<'kb> {
    kb: &'kb Kb,
    langid: LanguageIdentifier,
    as_of: Option<NaiveDate>,
}

/// A document prepared for extraction: its language and the parts of its
/// text that are content rather than site boilerplate.
#[derive(Debug, PartialEq, Eq)]
pub struct Prepared {
    /// The language events are read in.
    pub language: Language,
    /// Spans of the text that carry content, in order.
    pub content: Vec<Span>,
    /// A second language to read a page of both Arabic and Latin script in.
    pub also: Option<Language>,
}

impl<'kb> Extractor<'kb> {
    /// An extractor over `kb`. It dates nothing that needs a publication
    /// date when a document has none; see [`Extractor::as_of`].
    pub fn new(kb: &'kb Kb) -> Extractor<'kb> {
        Extractor { kb, langid: LanguageIdentifier::new(), as_of: None }
    }

    /// Reads documents on day `as_of`: a document without a publication date
    /// then still dates a day and month named with their weekday ("السبت 14
    /// آب") to the latest such day on or before `as_of` (see [`dates::Anchor`]).
    pub fn as_of(mut self, as_of: Option<NaiveDate>) -> Extractor<'kb> {
        self.as_of = as_of;
        self
    }

    /// Decides the document's language and drops boilerplate lines; a
    /// diagnostic when the document cannot be read in a supported language.
    pub fn prepare(&self, doc: &Document) -> Result<Prepared, Diagnostic> {
        // A language the input declares (a JSONL field, <html lang>) is taken
        // at its word, as pages mix menus and captions in other languages,
        // unless the text is plainly in another script (an "en" label on an
        // Arabic text).
        let declared = doc.meta.declared_language.as_deref().and_then(Language::from_code);
        let arabic_share = arabic_script_share(&doc.text);
        let detected = match declared {
            Some(d) if script_fits(d, arabic_share) => Detected::Supported(d),
            _ => self.langid.detect(&doc.text),
        };
        let language = match (detected, declared) {
            (Detected::Supported(lang), _) => lang,
            (Detected::Undetermined, Some(lang)) => lang,
            (Detected::Unsupported(code), _) => {
                return Err(Diagnostic::warning(
                    doc.origin.to_string(),
                    format!("language {code:?} is not supported (marsad reads ar, fa, en); no events extracted"),
                ))
            }
            (Detected::Undetermined, None) => {
                return Err(Diagnostic::warning(
                    doc.origin.to_string(),
                    "language could not be determined (too little text?); no events extracted",
                ))
            }
        };
        let content = content_spans(&doc.text, &self.kb.boilerplate.lines(&doc.text));
        Ok(Prepared { language, content, also: second_language(language, &doc.text, arabic_share) })
    }

    /// Extracts the events of one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let mut out = Extraction { document_id: doc.id.clone(), ..Extraction::default() };
        let prepared = match self.prepare(doc) {
            Ok(p) => p,
            Err(diag) => {
                out.diagnostics.push(diag);
                return out;
            }
        };
        let lang = prepared.language;
        out.language = Some(lang);
        out.events = self.events_in(doc, lang, &prepared.content);
        // A page of both scripts (an Arabic tweet in an English page, an
        // English quote in an Arabic report) is read in both languages; the
        // second reading adds the events whose words the first did not use.
        if let Some(other) = prepared.also {
            let more = self.events_in(doc, other, &prepared.content);
            let used: Vec<(usize, usize)> =
                out.events.iter().flat_map(|e| e.evidence.iter().map(|v| (v.start, v.end))).collect();
            out.events.extend(more.into_iter().filter(|e| {
                e.evidence
                    .iter()
                    .filter(|v| v.field == "trigger")
                    .all(|v| !used.iter().any(|&(s, t)| s < v.end && v.start < t))
            }));
        }
        out
    }

    /// The events of `doc` read in `lang`.
    fn events_in(&self, doc: &Document, lang: Language, content: &[Span]) -> Vec<Event> {
        let text = doc.text.as_str();
        let anchor = anchor(doc, lang, self.as_of);
        let sentences = self.sentences(text, lang, content, anchor);
        let input = context(self.kb, lang, text, &sentences, anchor);
        let mut events = Vec::new();
        for mut draft in assemble::drafts(&input) {
            if !assemble::reportable(&draft) {
                continue;
            }
            if draft.date.is_none() && !draft.background {
                draft.date = anchor.map(|date| DateChoice { date, precision: 1, span: None });
            }
            if let Some(event) = record::event(self.kb, doc, lang, &draft) {
                events.push(event);
            }
        }
        events
    }

    fn sentences(&self, text: &str, lang: Language, content: &[Span], anchor: Option<NaiveDate>) -> Vec<Sentence> {
        let anchor = dates::Anchor { published: anchor, as_of: self.as_of };
        let mut out = Vec::new();
        for block in content {
            let Some(slice) = text.get(block.start..block.end) else { continue };
            for span in segment::sentences(slice, block.start) {
                if text[span.start..span.end].chars().any(char::is_alphabetic) {
                    out.push(analyse::sentence(self.kb, lang, text, span, anchor));
                }
            }
        }
        out
    }
}

/// The date relative expressions resolve against: the publication date from
/// metadata, else one labelled as such in the page, else one the URL carries,
/// else a dateline near the top of the page: a full date (day, month, year)
/// standing nearly alone on its line ("30/08/2021", "دمشق - 14 آذار 2024")
/// or closing a short headline.
/// A date inside a longer line may be a photo caption or a related story: no
/// anchor is better than a wrong one. Failing all these, a date the text
/// itself calls today ("اليوم السبت 14 آب", "امروز دوشنبه ۳۱ اردیبهشت ۱۴۰۳").
fn anchor(doc: &Document, lang: Language, as_of: Option<NaiveDate>) -> Option<NaiveDate> {
    if let Some(d) = doc.meta.published {
        return Some(d);
    }
    if let Some((_, d)) = dates::publication_date(&doc.text) {
        return Some(d);
    }
    if let Some(d) = doc.meta.url.as_deref().and_then(dates::date_from_url) {
        return Some(d);
    }
    let end = marsad_core::span::floor_char_boundary(&doc.text, DATELINE_BYTES);
    let dateline = doc.text[..end].lines().find_map(|line| {
        let found = dates::find_dates(line, lang, None);
        let d = found.iter().find(|d| d.kind == DateKind::Explicit && d.precision == DatePrecision::Day)?;
        let before = line.get(..d.span.start)?.split_whitespace().count();
        let after = line.get(d.span.end..)?.split_whitespace().count();
        // "دمشق - 14 آذار 2024 (سانا)", "30/08/2021", or a headline ending in its date.
        let dateline = before <= DATELINE_WORDS && after <= DATELINE_WORDS;
        let closing = after == 0 && before <= HEADLINE_WORDS;
        (dateline || closing).then_some(d.date).flatten()
    });
    let lead = marsad_core::span::floor_char_boundary(&doc.text, TODAY_BYTES);
    dateline.or_else(|| stated_today(&doc.text[..lead], lang, as_of))
}

/// The first day-precise date that `text` (the lead of a document) calls today: a "today" word
/// ("اليوم", "امروز", "today") right before it, nothing but a comma or
/// "الموافق" between.
fn stated_today(text: &str, lang: Language, as_of: Option<NaiveDate>) -> Option<NaiveDate> {
    let found = dates::find_dates(text, lang, dates::Anchor { published: None, as_of });
    found.windows(2).find_map(|pair| {
        let (today, day) = (pair[0], pair[1]);
        let between = text.get(today.span.end..day.span.start)?;
        let between = between.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | '-' | '–'));
        let adjacent = between.is_empty() || between == "الموافق";
        let dated = matches!(day.kind, DateKind::Explicit | DateKind::DayMonth) && day.precision == DatePrecision::Day;
        (today.kind == DateKind::Today && adjacent && dated).then_some(day.date).flatten()
    })
}

/// Document-wide context for resolving places: the governorates and
/// countries it names and the places it names unambiguously. Only countries,
/// governorates and large cities vote for a country, so that a small foreign
/// town whose name is also a common word cannot pull the document abroad.
fn context<'a>(
    kb: &'a Kb,
    lang: Language,
    text: &'a str,
    sentences: &'a [Sentence],
    anchor: Option<NaiveDate>,
) -> Input<'a> {
    let mut admin1_doc: Vec<String> = Vec::new();
    let mut votes: BTreeMap<String, usize> = BTreeMap::new();
    let mut anchors = Vec::new();
    for s in sentences {
        for hit in &s.places {
            let places: Vec<_> = hit.candidates.iter().filter_map(|&i| kb.places.place(i)).collect();
            for p in &places {
                if marsad_kb::places::is_landmark(p) {
                    *votes.entry(p.country.clone()).or_default() += 1;
                }
                if p.kind == "admin1" && !admin1_doc.contains(&p.admin1) {
                    admin1_doc.push(p.admin1.clone());
                }
            }
            if let [p] = places.as_slice() {
                if !p.admin1.is_empty() && !admin1_doc.contains(&p.admin1) {
                    admin1_doc.push(p.admin1.clone());
                }
                if p.precision() == 1 {
                    anchors.push((p.lat, p.lon));
                }
            }
        }
    }
    let mut countries: Vec<(String, usize)> = votes.into_iter().collect();
    countries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut countries: Vec<String> = countries.into_iter().map(|(c, _)| c).collect();
    if !countries.iter().any(|c| c == "SY") {
        countries.push("SY".into());
    }
    Input { kb, lang, text, sentences, anchor, admin1_doc, countries, anchors }
}
/// Share of each script from which a page counts as written in both.
const MIXED_SHARE: f64 = 0.2;

/// The other language to read a page of both Arabic and Latin script in
/// (Persian when its own letters outnumber the Arabic ones).
fn second_language(lang: Language, text: &str, arabic: f64) -> Option<Language> {
    if !(MIXED_SHARE..=1.0 - MIXED_SHARE).contains(&arabic) {
        return None;
    }
    match lang {
        Language::English => {
            let persian = text.chars().filter(|c| matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک')).count();
            let arabic_only = text.chars().filter(|c| matches!(c, 'ي' | 'ك' | 'ة')).count();
            Some(if persian > arabic_only { Language::Persian } else { Language::Arabic })
        }
        Language::Arabic | Language::Persian => Some(Language::English),
    }
}

/// Letters looked at to tell the script of a text.
const SCRIPT_SAMPLE: usize = 4000;

/// The share of Arabic-script letters among the first letters of `text`.
fn arabic_script_share(text: &str) -> f64 {
    let (mut arabic, mut all) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(SCRIPT_SAMPLE) {
        all += 1;
        if matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        {
            arabic += 1;
        }
    }
    if all == 0 {
        0.0
    } else {
        arabic as f64 / all as f64
    }
}

/// Share of Arabic-script letters from which a text has Arabic-script content
/// (an Arabic page carries Latin menus and handles; an English page about
/// Syria carries almost no Arabic letters).
const ARABIC_CONTENT: f64 = 0.2;

/// Whether a declared language is plausible for a text with this share of
/// Arabic-script letters.
fn script_fits(lang: Language, arabic_share: f64) -> bool {
    match lang {
        Language::Arabic | Language::Persian => arabic_share >= ARABIC_CONTENT,
        Language::English => arabic_share < ARABIC_CONTENT,
    }
}

/// The complement of the sorted, disjoint `dropped` spans within `text`.
fn content_spans(text: &str, dropped: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    for d in dropped {
        if d.start > at {
            out.push(Span::new(at, d.start));
        }
        at = at.max(d.end);
    }
    if at < text.len() {
        out.push(Span::new(at, text.len()));
    }
    out.retain(|s| text[s.start..s.end].chars().any(char::is_alphanumeric));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_core::{Metadata, Origin};
    use marsad_kb::KbFiles;

    fn doc(text: &str, declared: Option<&str>) -> Document {
        Document {
            id: "t".into(),
            origin: Origin::Stdin,
            title: None,
            text: text.into(),
            meta: Metadata { declared_language: declared.map(String::from), ..Metadata::default() },
        }
    }

    fn kb() -> Kb {
        let mut files = KbFiles::empty();
        files.insert(
            "lexicons/boilerplate.tsv",
            "phrase\tlang\tscope\nFacebook\t\tline\nTwitter\t\tline\nاقرأ أيضاً\tar\tlead\n",
        );
        Kb::compile(&files).unwrap()
    }

    #[test]
    fn boilerplate_lines_are_not_content() {
        let kb = kb();
        let text = "قتل ثلاثة عناصر من الجيش في هجوم على حافلة قرب المالحة في ريف دير الزور.\nFacebook / Twitter\nاقرأ أيضاً\nمقتل شخصين بانفجار لغم";
        let p = Extractor::new(&kb).prepare(&doc(text, None)).unwrap();
        assert_eq!(p.language, Language::Arabic);
        let kept: Vec<&str> = p.content.iter().map(|s| text[s.start..s.end].trim()).collect();
        assert_eq!(kept, vec!["قتل ثلاثة عناصر من الجيش في هجوم على حافلة قرب المالحة في ريف دير الزور."]);
    }

    #[test]
    fn unsupported_language_is_reported_not_forced() {
        let kb = kb();
        let text = "L'armée a bombardé plusieurs villages dans le sud de la province d'Idleb mardi, selon des secouristes locaux.";
        let ex = Extractor::new(&kb).extract(&doc(text, None));
        assert_eq!(ex.language, None);
        assert!(ex.diagnostics[0].message.contains("\"fr\""), "{:?}", ex.diagnostics);
    }

    #[test]
    fn content_spans_complement_dropped() {
        let text = "aa\nbb\ncc";
        assert_eq!(content_spans(text, &[Span::new(3, 5)]), vec![Span::new(0, 3), Span::new(5, 8)]);
        assert_eq!(content_spans(text, &[]), vec![Span::new(0, 8)]);
    }
}
