//! Persian-specific folds: Persian yeh and kaf to the Arabic letters and Persian
//! digits to ASCII (canonical); heh with yeh above to heh and ZWNJ to a word
//! break (key), so "جنگنده‌های" matches as a word plus a suffix.

use super::arabic::ascii_digit;
use super::{Fold, Layer, ScriptFolds};

/// Letters, digits and the joiner that Persian adds to the Arabic script.
pub(super) struct Persian;

/// Zero-width non-joiner (نیم‌فاصله).
const ZWNJ: char = '\u{200C}';

impl ScriptFolds for Persian {
    fn covers(&self, c: char) -> bool {
        matches!(c, 'ی' | 'ک' | 'ۀ' | ZWNJ | '\u{06F0}'..='\u{06F9}')
    }

    fn fold(&self, c: char, layer: Layer) -> Fold {
        match (layer, c) {
            (Layer::Canonical, 'ی') => Fold::Char('ي'),
            (Layer::Canonical, 'ک') => Fold::Char('ك'),
            // Extended Arabic-Indic (Persian) digits ۰–۹.
            (Layer::Canonical, '\u{06F0}'..='\u{06F9}') => ascii_digit(u32::from(c) - 0x06F0),
            (Layer::Key, 'ۀ') => Fold::Char('ه'),
            (Layer::Key, ZWNJ) => Fold::Char(' '),
            _ => Fold::Keep,
        }
    }
}
