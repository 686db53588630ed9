//! Extraction: a document and the knowledge base in, events with evidence and
//! diagnostics out.
//!
//! **Architecture invariant:** extraction does no IO and never fails a
//! document as a whole for one bad field: it returns what it could read plus
//! diagnostics.
#![deny(missing_docs)]

use marsad_core::{Detected, Diagnostic, Document, Extraction, Language, Span};
use marsad_kb::Kb;
use marsad_text::langid::LanguageIdentifier;

/// Extracts events from documents; built once, shared by `&` across threads.
pub struct Extractor<'kb> {
    kb: &'kb Kb,
    langid: LanguageIdentifier,
}

/// A document prepared for extraction: its language and the parts of its
/// text that are content rather than site boilerplate.
#[derive(Debug, PartialEq, Eq)]
pub struct Prepared {
    /// The language events are read in.
    pub language: Language,
    /// Spans of the text that carry content, in order.
    pub content: Vec<Span>,
}

impl<'kb> Extractor<'kb> {
    /// An extractor over `kb`.
    pub fn new(kb: &'kb Kb) -> Extractor<'kb> {
        Extractor { kb, langid: LanguageIdentifier::new() }
    }

    /// Decides the document's language and drops boilerplate lines; a
    /// diagnostic when the document cannot be read in a supported language.
    pub fn prepare(&self, doc: &Document) -> Result<Prepared, Diagnostic> {
        let declared = doc.meta.declared_language.as_deref().and_then(Language::from_code);
        let language = match (self.langid.detect(&doc.text), declared) {
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
        Ok(Prepared { language, content: content_spans(&doc.text, &self.kb.boilerplate.lines(&doc.text)) })
    }

    /// Extracts the events of one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let mut out = Extraction { document_id: doc.id.clone(), ..Extraction::default() };
        match self.prepare(doc) {
            Ok(prepared) => out.language = Some(prepared.language),
            Err(diag) => out.diagnostics.push(diag),
        }
        out
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
        files.insert("lexicons/boilerplate.tsv", "phrase\tlang\tnote\nFacebook\t\t\nTwitter\t\t\nاقرأ أيضاً\tar\t\n");
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
        assert_eq!(content_spans(text, &[Span::new(3, 5)]), vec![Span::new(0, 3), Span::new(5, 9)]);
        assert_eq!(content_spans(text, &[]), vec![Span::new(0, 9)]);
    }
}
