//! Assembling a [`Document`]: text layout, id, and default metadata.

use crate::ReadOptions;
use marsad_core::{Document, Metadata, Origin};
use sha2::{Digest, Sha256};

/// A document's pieces before assembly.
pub(crate) struct Parts {
    /// The input's own id (JSONL `id`).
    pub id: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The body text.
    pub body: String,
    /// Metadata the input carried itself.
    pub meta: Metadata,
}

/// Builds the document: `text` is the title, a blank line, then the body
/// (a body repeating the title as its first line loses that line); options
/// fill metadata the input lacked; the id is the input's or `doc-` + 16 hex
/// digits of the SHA-256 of the text.
pub(crate) fn build(parts: Parts, origin: Origin, opts: &ReadOptions) -> Document {
    let title = parts.title.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|t| !t.is_empty());
    let body = parts.body.trim();
    let text = match &title {
        Some(t) => {
            let body = match body.strip_prefix(t.as_str()) {
                Some(rest) if rest.is_empty() || rest.starts_with('\n') => rest.trim_start(),
                _ => body,
            };
            if body.is_empty() {
                t.clone()
            } else {
                format!("{t}\n\n{body}")
            }
        }
        None => body.to_string(),
    };
    let mut meta = parts.meta;
    if meta.published.is_none() {
        meta.published = opts.published;
    }
    if meta.source.is_none() {
        meta.source.clone_from(&opts.source);
    }
    if meta.url.is_none() {
        meta.url.clone_from(&opts.url);
    }
    let id = parts.id.filter(|i| !i.is_empty()).unwrap_or_else(|| content_id(&text));
    Document { id, origin, title, text, meta }
}

/// `doc-` and the first 16 hex digits of the SHA-256 of `text`.
pub(crate) fn content_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut id = String::from("doc-");
    for byte in digest.iter().take(8) {
        id.push_str(&format!("{byte:02x}"));
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_layout_dedup_and_defaults() {
        let opts = ReadOptions { source: Some("SANA".into()), ..ReadOptions::default() };
        let parts = Parts {
            id: None,
            title: Some(" عنوان  الخبر ".into()),
            body: "عنوان الخبر\nالنص".into(),
            meta: Metadata { source: None, url: Some("u".into()), ..Metadata::default() },
        };
        let doc = build(parts, Origin::Stdin, &opts);
        assert_eq!(doc.text, "عنوان الخبر\n\nالنص");
        assert_eq!(doc.title.as_deref(), Some("عنوان الخبر"));
        assert_eq!(&doc.text[doc.body_start()..], "النص");
        assert_eq!(doc.meta.source.as_deref(), Some("SANA"));
        assert_eq!(doc.meta.url.as_deref(), Some("u"));
        assert_eq!(doc.id, content_id("عنوان الخبر\n\nالنص"));
    }

    #[test]
    fn content_id_is_stable() {
        // SHA-256("abc") = ba7816bf8f01cfea...
        assert_eq!(content_id("abc"), "doc-ba7816bf8f01cfea");
    }
}
