//! Folds shared by every Arabic-script language: presentation forms, Arabic-Indic
//! digits and punctuation (canonical); alef, hamza carriers, alef maqsura, ta
//! marbuta, harakat and tatweel (key).

use super::{Fold, Layer, ScriptFolds};
use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// The Arabic block, its supplements and presentation forms.
pub(super) struct Arabic;

impl ScriptFolds for Arabic {
    fn covers(&self, c: char) -> bool {
        matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    }

    fn fold(&self, c: char, layer: Layer) -> Fold {
        match layer {
            Layer::Canonical => canonical(c),
            Layer::Key => key(c),
        }
    }
}

fn canonical(c: char) -> Fold {
    match c {
        // Arabic-Indic digits ٠–٩.
        '\u{0660}'..='\u{0669}' => ascii_digit(u32::from(c) - 0x0660),
        '،' => Fold::Char(','),
        '؛' => Fold::Char(';'),
        '؟' => Fold::Char('?'),
        '٫' => Fold::Char('.'),
        '٬' => Fold::Char(','),
        '٪' => Fold::Char('%'),
        '۔' => Fold::Char('.'),
        // Zero-width no-break space / byte order mark.
        '\u{FEFF}' => Fold::Remove,
        // Presentation forms: their compatibility composition (ﻻ → لا, ﺏ → ب).
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => {
            let expanded: String = std::iter::once(c).nfkc().collect();
            let mut chars = expanded.chars();
            match (chars.next(), chars.next()) {
                (Some(d), None) if d == c => Fold::Keep,
                (Some(d), None) => Fold::Char(d),
                (None, _) => Fold::Remove,
                _ => Fold::Text(Cow::Owned(expanded)),
            }
        }
        _ => Fold::Keep,
    }
}

fn key(c: char) -> Fold {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::Char('ا'),
        'ى' | 'ئ' => Fold::Char('ي'),
        'ؤ' => Fold::Char('و'),
        'ة' => Fold::Char('ه'),
        // Tatweel, harakat, Quranic annotation marks, the Arabic letter mark.
        '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0610}'..='\u{061A}'
        | '\u{061C}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' => Fold::Remove,
        _ => Fold::Keep,
    }
}

/// The ASCII digit with value `value` (0–9).
pub(super) fn ascii_digit(value: u32) -> Fold {
    char::from_digit(value, 10).map_or(Fold::Keep, Fold::Char)
}
