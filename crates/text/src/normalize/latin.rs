//! Latin-script folds: nothing canonical beyond NFC; in the key layer, lower case,
//! diacritics and apostrophes dropped ("Maʿarrat" and "Ma'arrat" → "maarrat"),
//! and the underscore of hashtags a space ("#ريف_حلب" → "#ريف حلب").

use super::{Fold, Layer, ScriptFolds};
use std::borrow::Cow;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Latin letters, combining diacritics and the apostrophes of transliterations.
pub(super) struct Latin;

/// Letters whose key is not their decomposition without marks.
const SPECIAL: &[(char, &str)] =
    &[('ß', "ss"), ('æ', "ae"), ('œ', "oe"), ('ø', "o"), ('ł', "l"), ('đ', "d"), ('ð', "d"), ('þ', "th"), ('ı', "i")];

/// Apostrophes and transliteration marks for ʿayn and hamza, dropped from keys.
const APOSTROPHES: &[char] = &['\'', '`', '\u{2018}', '\u{2019}', '\u{02BC}', '\u{02BE}', '\u{02BF}'];

/// True for an ASCII byte the key layer changes.
pub(super) fn ascii_needs_key_fold(b: u8) -> bool {
    b.is_ascii_uppercase() || b == b'\'' || b == b'`' || b == b'_'
}

impl ScriptFolds for Latin {
    fn covers(&self, c: char) -> bool {
        c.is_ascii()
            || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{0300}'..='\u{036F}' | '\u{1E00}'..='\u{1EFF}')
            || APOSTROPHES.contains(&c)
    }

    fn fold(&self, c: char, layer: Layer) -> Fold {
        match layer {
            Layer::Canonical => Fold::Keep,
            Layer::Key => key(c),
        }
    }
}

fn key(c: char) -> Fold {
    if APOSTROPHES.contains(&c) || is_combining_mark(c) {
        return Fold::Remove;
    }
    if c == '_' {
        return Fold::Char(' ');
    }
    if c.is_ascii() {
        return if c.is_ascii_uppercase() { Fold::Char(c.to_ascii_lowercase()) } else { Fold::Keep };
    }
    let mut folded = String::new();
    for lower in c.to_lowercase() {
        match SPECIAL.iter().find(|(from, _)| *from == lower) {
            Some((_, to)) => folded.push_str(to),
            None => decompose_canonical(lower, |d| {
                if !is_combining_mark(d) {
                    folded.push(d);
                }
            }),
        }
    }
    let mut chars = folded.chars();
    match (chars.next(), chars.next()) {
        (Some(d), None) if d == c => Fold::Keep,
        (Some(d), None) => Fold::Char(d),
        (None, _) => Fold::Remove,
        _ => Fold::Text(Cow::Owned(folded)),
    }
}
