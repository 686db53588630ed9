//! Decoding at the edge: bytes in, UTF-8 out, with the encoding's name.

use crate::error::ReadError;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1256};

/// Text decoded from bytes, and the encoding it was decoded from.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// The encoding's WHATWG name (e.g. `"UTF-8"`, `"windows-1256"`).
    pub encoding: &'static str,
}

/// Decodes `bytes`: a BOM wins (UTF-8, UTF-16LE/BE); then NUL bytes mean binary;
/// then UTF-8; then the `declared` encoding (from HTML `<meta>`); then
/// Windows-1256 when it yields mostly Arabic.
pub(crate) fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Decoded, ReadError> {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom..).unwrap_or_default();
        if enc == UTF_8 {
            return utf8(rest, bom);
        }
        return match enc.decode_without_bom_handling_and_without_replacement(rest) {
            Some(text) => Ok(Decoded { text: text.into_owned(), encoding: enc.name() }),
            None => Err(ReadError::InvalidUtf16 { encoding: enc.name() }),
        };
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(ReadError::Binary { offset });
    }
    let err = match utf8(bytes, 0) {
        Ok(decoded) => return Ok(decoded),
        Err(err) => err,
    };
    // Single- and multi-byte legacy encodings only: a <meta> naming UTF-16 or
    // "replacement" is meaningless once we know the bytes are not UTF-16.
    if let Some(enc) = declared.filter(|e| *e != UTF_8 && e.output_encoding() == *e) {
        if let Some(text) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
            return Ok(Decoded { text: text.into_owned(), encoding: enc.name() });
        }
    }
    if let Some(text) = WINDOWS_1256.decode_without_bom_handling_and_without_replacement(bytes) {
        if mostly_arabic(&text) {
            return Ok(Decoded { text: text.into_owned(), encoding: WINDOWS_1256.name() });
        }
    }
    Err(err)
}

/// Validates UTF-8; `skipped` is the BOM length, added to error offsets.
fn utf8(bytes: &[u8], skipped: usize) -> Result<Decoded, ReadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded { text: text.to_owned(), encoding: UTF_8.name() }),
        Err(e) => Err(ReadError::InvalidUtf8 { offset: skipped + e.valid_up_to() }),
    }
}

/// True when the non-ASCII characters are at least 80% Arabic script (letters,
/// marks, punctuation, joiners, guillemets, NBSP) and include an Arabic letter.
fn mostly_arabic(text: &str) -> bool {
    let (mut non_ascii, mut arabic, mut letters) = (0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        match c {
            '\u{0600}'..='\u{06FF}' => {
                arabic += 1;
                letters += usize::from(c.is_alphabetic());
            }
            '\u{200C}'..='\u{200F}' | '\u{00A0}' | '«' | '»' => arabic += 1,
            _ => {}
        }
    }
    letters > 0 && arabic * 10 >= non_ascii * 8
}

/// The encoding an HTML document declares in its first 4 KB (`<meta charset=…>`
/// or `<meta http-equiv=… content="…; charset=…">`), if any.
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..4096).unwrap_or(bytes).to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(start) = memchr::memmem::find(rest, b"<meta") {
        let tag = rest.get(start..).unwrap_or_default();
        let end = memchr::memchr(b'>', tag).unwrap_or(tag.len());
        let (inside, after) = tag.split_at(end);
        if let Some(enc) = charset_in(inside) {
            return Some(enc);
        }
        rest = after;
    }
    None
}

/// The encoding named by `charset=` inside one (lower-cased) meta tag.
fn charset_in(tag: &[u8]) -> Option<&'static Encoding> {
    let at = memchr::memmem::find(tag, b"charset")?;
    let value = tag.get(at + "charset".len()..)?.trim_ascii_start().strip_prefix(b"=")?;
    let value = value.trim_ascii_start();
    let value = value.strip_prefix(b"\"").or_else(|| value.strip_prefix(b"'")).unwrap_or(value);
    let end = value
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(value.len());
    Encoding::for_label(value.get(..end)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1256_arabic_is_recognised_and_latin1_is_not() {
        let (bytes, _, _) = WINDOWS_1256.encode("قصف على مدينة حلب");
        let d = decode(&bytes, None).expect("1256 decodes");
        assert_eq!(d.text, "قصف على مدينة حلب");
        assert_eq!(d.encoding, "windows-1256");

        let latin1 = b"caf\xe9 cr\xe8me br\xfbl\xe9e";
        match decode(latin1, None) {
            Err(ReadError::InvalidUtf8 { offset }) => assert_eq!(offset, 3),
            other => panic!("expected invalid UTF-8, got {:?}", other.map(|d| d.text)),
        }
    }

    #[test]
    fn boms_and_nul_bytes() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("سلام".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&utf16, None).expect("UTF-16LE decodes");
        assert_eq!((d.text.as_str(), d.encoding), ("سلام", "UTF-16LE"));

        let d = decode(b"\xEF\xBB\xBFhello", None).expect("UTF-8 BOM");
        assert_eq!(d.text, "hello");
        assert!(matches!(decode(b"ab\0cd", None), Err(ReadError::Binary { offset: 2 })));
        assert!(matches!(decode(b"\xEF\xBB\xBFab\xFF", None), Err(ReadError::InvalidUtf8 { offset: 5 })));
    }

    #[test]
    fn meta_charset_is_found_and_honoured() {
        let html = b"<html><head><META http-equiv='Content-Type' content='text/html; charset=ISO-8859-6'></head>";
        assert_eq!(declared_charset(html).map(Encoding::name), Some("ISO-8859-6"));
        assert_eq!(declared_charset(b"<meta charset=\"utf-8\">").map(Encoding::name), Some("UTF-8"));
        assert_eq!(declared_charset(b"<p>charset=koi8-r</p>"), None);
        let d = decode(b"<p>\xC7</p>", Some(encoding_rs::ISO_8859_6)).expect("declared");
        assert_eq!((d.text.as_str(), d.encoding), ("<p>\u{0627}</p>", "ISO-8859-6"));
    }
}
