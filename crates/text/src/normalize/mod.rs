//! Normalisation that keeps a map from every normalised byte back to the original.
//!
//! Modelled on huggingface tokenizers' `NormalizedString`: a [`Normalized`] holds the
//! folded text and, for every byte of it, the original byte range it came from. Every
//! edit goes through one primitive, [`Normalized::transform`], which receives each
//! output char with its change (`+1` inserted, `0` substituted, `-n` replaces one
//! char and removes `n` more), so alignments cannot drift.
//!
//! Two layers, like charabia's safe and lossy folds:
//! - [`Layer::Canonical`]: NFC, Arabic presentation forms expanded (ﻻ → لا), Persian
//!   yeh/kaf unified with the Arabic letters, Arabic-Indic and Persian digits to
//!   ASCII, Arabic punctuation to ASCII. Safe for display-like matching.
//! - [`Layer::Key`]: canonical plus the lossy folds used only to match the knowledge
//!   base: alef and hamza variants, alef maqsura, ta marbuta, diacritics, tatweel,
//!   invisible marks, ZWNJ as a word break, Latin case and diacritics.
//!
//! The rules live in one module per script (`arabic`, `persian`, `latin`, plus the
//! script-neutral spaces and invisible marks here) behind [`ScriptFolds`] and one
//! registry. Text with nothing to fold (plain ASCII for the canonical layer) is
//! returned borrowed with an identity map.

mod arabic;
mod latin;
mod persian;

use marsad_core::Span;
use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Which fold to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Safe folds: NFC, presentation forms, yeh/kaf, digits, punctuation.
    Canonical,
    /// Canonical plus lossy folds for knowledge-base matching only.
    Key,
}

/// A half-open range of UTF-8 byte offsets into a [`Normalized`] string.
///
/// Distinct from [`Span`], which always points into the original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NormSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl NormSpan {
    /// A span from `start` to `end` (swapped if given backwards).
    pub fn new(start: usize, end: usize) -> NormSpan {
        NormSpan { start: start.min(end), end: start.max(end) }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The normalised text this span covers, or `None` off range or char boundaries.
    pub fn slice(self, normalized: &str) -> Option<&str> {
        normalized.get(self.start..self.end)
    }
}

/// What one script's fold does to one character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Leave it.
    Keep,
    /// Drop it (its bytes join the previous output char's range).
    Remove,
    /// Replace it with one char.
    Char(char),
    /// Replace it with several chars (all aligned to it).
    Text(Cow<'static, str>),
}

/// The folds of one script: which chars it owns and what it does to them per layer.
///
/// For [`Layer::Key`], `fold` returns only the key-specific folds: the key layer runs
/// on text already folded canonically.
pub(crate) trait ScriptFolds: Sync {
    /// Whether `c` belongs to this script's rules (checked in registry order).
    fn covers(&self, c: char) -> bool;
    /// The fold of `c` at `layer`.
    fn fold(&self, c: char, layer: Layer) -> Fold;
}

/// Script-neutral spaces and invisible marks.
struct Common;

impl ScriptFolds for Common {
    fn covers(&self, c: char) -> bool {
        matches!(c, '\u{00A0}' | '\u{00AD}' | '\u{2007}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202F}' | '\u{2060}'..='\u{2069}')
    }

    fn fold(&self, c: char, layer: Layer) -> Fold {
        match (layer, c) {
            (Layer::Canonical, '\u{00A0}' | '\u{2007}' | '\u{202F}') => Fold::Char(' '),
            (Layer::Canonical, _) => Fold::Keep,
            // ZWNJ belongs to the Persian rules, which come first in the registry.
            (Layer::Key, _) => Fold::Remove,
        }
    }
}

/// The registry: the first script that covers a char folds it. Persian comes before
/// Arabic because its letters sit inside the Arabic block.
static REGISTRY: [&dyn ScriptFolds; 4] = [&persian::Persian, &arabic::Arabic, &latin::Latin, &Common];

fn fold_char(c: char, layer: Layer) -> Fold {
    REGISTRY.iter().find(|s| s.covers(c)).map_or(Fold::Keep, |s| s.fold(c, layer))
}

/// Pushes the output chars of `c` at `layer`; expansions are folded once more
/// (a presentation form may expand to a Persian yeh that folds to the Arabic one).
fn expand_into(c: char, layer: Layer, depth: u8, out: &mut Vec<char>) {
    match fold_char(c, layer) {
        Fold::Keep => out.push(c),
        Fold::Remove => {}
        Fold::Char(d) if depth > 0 => expand_into(d, layer, depth - 1, out),
        Fold::Char(d) => out.push(d),
        Fold::Text(s) => {
            for d in s.chars() {
                if depth > 0 {
                    expand_into(d, layer, depth - 1, out);
                } else {
                    out.push(d);
                }
            }
        }
    }
}

/// The Arabic tatweel (kashida), which social media also uses to break words.
pub const TATWEEL: char = '\u{0640}';

/// A dot between a tatweel and an Arabic letter or another tatweel (U+0640
/// lies inside U+0621..U+064A), such a dot and the space before it
/// ("بالصـ .ـواريخ"), a space between two tatweels ("الاحـ ـتلال"), or an
/// asterisk between two Arabic letters ("قُ*تل").
fn is_tatweel_break(chars: &[char], i: usize) -> bool {
    let arabic_letter = |c: char| matches!(c, '\u{0621}'..='\u{064A}');
    let at = |k: usize| chars.get(k).copied();
    let dot_break = |d: usize| {
        at(d) == Some('.')
            && at(d + 1).is_some_and(arabic_letter)
            && match d.checked_sub(1).and_then(at) {
                Some(TATWEEL) => true,
                Some(' ') => d.checked_sub(2).and_then(at) == Some(TATWEEL),
                _ => false,
            }
    };
    let after_tatweel = i.checked_sub(1).and_then(at) == Some(TATWEEL);
    // An asterisk inside a word ("قُ*تل", "يعد*مون"), marks included.
    let arabic_or_mark = |c: char| matches!(c, '\u{0621}'..='\u{065F}');
    let starred = at(i) == Some('*')
        && i.checked_sub(1).and_then(at).is_some_and(arabic_or_mark)
        && at(i + 1).is_some_and(arabic_or_mark);
    dot_break(i) || starred || (at(i) == Some(' ') && after_tatweel && (dot_break(i + 1) || at(i + 1) == Some(TATWEEL)))
}

/// Accumulates `(char, change)` items for [`Normalized::transform`].
#[derive(Default)]
struct Edits {
    initial_removed: usize,
    items: Vec<(char, isize)>,
}

impl Edits {
    /// Records that `consumed` input chars became `outs`.
    fn push(&mut self, consumed: usize, outs: &[char]) {
        if let ([d], 1) = (outs, consumed) {
            self.items.push((*d, 0));
            return;
        }
        if outs.is_empty() {
            // Removed chars join the last output char that consumes input.
            let removed = isize::try_from(consumed).unwrap_or(isize::MAX);
            match self.items.iter_mut().rev().find(|(_, change)| *change <= 0) {
                Some((_, change)) => *change = change.saturating_sub(removed),
                None => self.initial_removed += consumed,
            }
            return;
        }
        for (k, &d) in outs.iter().enumerate() {
            let change = if k == 0 {
                let extra = consumed.saturating_sub(outs.len());
                -isize::try_from(extra).unwrap_or(isize::MAX)
            } else if k < consumed {
                0
            } else {
                1
            };
            self.items.push((d, change));
        }
    }
}

/// How normalised bytes map to original bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Alignment {
    /// Every char maps to the original char at the same offsets.
    Identity,
    /// For every normalised byte, its original byte range (relative to the original).
    Bytes(Vec<(usize, usize)>),
}

/// A normalised string with its map back to the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized<'a> {
    original: &'a str,
    base: usize,
    text: Cow<'a, str>,
    alignment: Alignment,
}

impl<'a> Normalized<'a> {
    /// Normalises `original` at `layer`. `base` is the offset of `original` in the
    /// document text, so that mapped [`Span`]s are document offsets.
    pub fn new(original: &'a str, base: usize, layer: Layer) -> Normalized<'a> {
        let identity = Normalized { original, base, text: Cow::Borrowed(original), alignment: Alignment::Identity };
        // Fast path: ASCII has nothing to fold canonically, and only case and
        // apostrophes in the key layer.
        if original.is_ascii() && (layer == Layer::Canonical || !original.bytes().any(latin::ascii_needs_key_fold)) {
            return identity;
        }
        // Expansions first, so that a mark after a ligature composes with its letter.
        let canonical = identity.fold(Layer::Canonical).nfc();
        match layer {
            Layer::Canonical => canonical,
            Layer::Key => canonical.fold(Layer::Key),
        }
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original text this was normalised from.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// Offset of the original text in the document.
    pub fn base(&self) -> usize {
        self.base
    }

    /// The document span a normalised span came from; `None` when `span` is out of
    /// range or not on char boundaries of the normalised text.
    pub fn to_original(&self, span: NormSpan) -> Option<Span> {
        if span.start > span.end || !self.text.is_char_boundary(span.start) || !self.text.is_char_boundary(span.end) {
            return None;
        }
        let (start, end) = match &self.alignment {
            Alignment::Identity => (span.start, span.end),
            Alignment::Bytes(map) => {
                if span.is_empty() {
                    let at = map.get(span.start).map_or(self.original.len(), |a| a.0);
                    (at, at)
                } else {
                    let covered = map.get(span.start..span.end)?;
                    let start = covered.iter().map(|a| a.0).min()?;
                    let end = covered.iter().map(|a| a.1).max()?;
                    (start, end)
                }
            }
        };
        Some(Span::new(start.saturating_add(self.base), end.saturating_add(self.base)))
    }

    /// The original words a normalised span came from.
    pub fn original_str(&self, span: NormSpan) -> Option<&'a str> {
        let doc = self.to_original(span)?;
        self.original.get(doc.start.checked_sub(self.base)?..doc.end.checked_sub(self.base)?)
    }

    /// The normalised span of the chars that came entirely from within the document
    /// span `span`; `None` when no normalised char did (e.g. `span` covers only
    /// removed marks) or `span` lies outside the original text.
    pub fn to_normalized(&self, span: Span) -> Option<NormSpan> {
        let start = span.start.checked_sub(self.base)?;
        let end = span.end.checked_sub(self.base)?;
        if end > self.original.len() {
            return None;
        }
        match &self.alignment {
            Alignment::Identity => (self.text.is_char_boundary(start) && self.text.is_char_boundary(end))
                .then_some(NormSpan::new(start, end)),
            Alignment::Bytes(map) => {
                let from = map.partition_point(|a| a.0 < start);
                let to = map.partition_point(|a| a.1 <= end);
                (from < to).then_some(NormSpan::new(from, to))
            }
        }
    }

    /// The one primitive every edit goes through. `items` gives each output char with
    /// its change: `+1` inserted (aligned like the previous output char), `0`
    /// substitutes the next input char, `-n` substitutes the next input char and
    /// removes the `n` after it (their bytes join its range). `initial_removed` input
    /// chars are dropped first. Input chars left over at the end are dropped.
    pub fn transform(&self, initial_removed: usize, items: impl IntoIterator<Item = (char, isize)>) -> Normalized<'a> {
        let mut input = self.text.char_indices().skip(initial_removed).peekable();
        let mut text = String::with_capacity(self.text.len());
        let mut map = Vec::with_capacity(self.text.len());
        let mut last: Option<(usize, usize)> = None;
        for (c, change) in items {
            let range = if change > 0 {
                None
            } else {
                input.next().map(|(i, ic)| {
                    let mut range = self.range_of(i, ic.len_utf8());
                    for _ in 0..change.unsigned_abs() {
                        if let Some((j, jc)) = input.next() {
                            let more = self.range_of(j, jc.len_utf8());
                            range = (range.0.min(more.0), range.1.max(more.1));
                        }
                    }
                    range
                })
            };
            let range = range.or(last).unwrap_or_else(|| {
                let at = input.peek().map_or(self.original.len(), |&(i, ic)| self.range_of(i, ic.len_utf8()).0);
                (at, at)
            });
            text.push(c);
            map.extend(std::iter::repeat_n(range, c.len_utf8()));
            last = Some(range);
        }
        Normalized {
            original: self.original,
            base: self.base,
            text: Cow::Owned(text),
            alignment: Alignment::Bytes(map),
        }
    }

    /// Original range (relative to the original) of the normalised char at `i`.
    fn range_of(&self, i: usize, len: usize) -> (usize, usize) {
        match &self.alignment {
            Alignment::Identity => (i, i + len),
            Alignment::Bytes(map) => {
                let end_of_text = self.original.len();
                let start = map.get(i).map_or(end_of_text, |a| a.0);
                let end = map.get(i + len.saturating_sub(1)).map_or(end_of_text, |a| a.1);
                (start, end)
            }
        }
    }

    /// Canonical composition, run only when the quick check says it may change.
    fn nfc(self) -> Normalized<'a> {
        if is_nfc_quick(self.text.chars()) == IsNormalized::Yes {
            return self;
        }
        // Compose chunk by chunk: a chunk starts at a char that cannot combine with
        // anything before it.
        let mut edits = Edits::default();
        let mut chunk: Vec<char> = Vec::new();
        let flush = |chunk: &mut Vec<char>, edits: &mut Edits| {
            let composed: Vec<char> = chunk.iter().copied().nfc().collect();
            edits.push(chunk.len(), &composed);
            chunk.clear();
        };
        for c in self.text.chars() {
            let starter = canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes;
            if starter && !chunk.is_empty() {
                flush(&mut chunk, &mut edits);
            }
            chunk.push(c);
        }
        flush(&mut chunk, &mut edits);
        self.transform(edits.initial_removed, edits.items)
    }

    /// One pass of the per-script folds at `layer`.
    fn fold(self, layer: Layer) -> Normalized<'a> {
        // "الحـ.ـربي", "مقتـ.ل", "الاحـ ـتلال", "يعد*مون": social media breaks
        // words with a tatweel and a dot or a space, or an asterisk, to dodge
        // filters; the key joins them again. (A tatweel alone before a space
        // may end a word: that space stays.)
        let obfuscated = layer == Layer::Key && self.text.contains([TATWEEL, '*']);
        if !obfuscated && !self.text.chars().any(|c| fold_char(c, layer) != Fold::Keep) {
            return self;
        }
        let depth = u8::from(layer == Layer::Canonical);
        let mut text = String::with_capacity(self.text.len());
        let mut same_shape = true;
        let mut edits = Edits::default();
        let mut outs = Vec::with_capacity(4);
        let chars: Vec<char> = if obfuscated { self.text.chars().collect() } else { Vec::new() };
        for (i, c) in self.text.chars().enumerate() {
            outs.clear();
            if obfuscated && is_tatweel_break(&chars, i) {
                edits.push(1, &outs);
                same_shape = false;
                continue;
            }
            expand_into(c, layer, depth, &mut outs);
            same_shape &= matches!(outs.as_slice(), [d] if d.len_utf8() == c.len_utf8());
            text.extend(outs.iter());
            edits.push(1, &outs);
        }
        if same_shape {
            // Same char count and widths: the alignment still holds byte for byte.
            return Normalized { text: Cow::Owned(text), ..self };
        }
        self.transform(edits.initial_removed, edits.items)
    }
}

/// The canonical form of `text` (no map kept).
pub fn canonical(text: &str) -> String {
    Normalized::new(text, 0, Layer::Canonical).as_str().to_owned()
}

/// The match key of `text` (no map kept): what the knowledge base is compiled from.
pub fn key(text: &str) -> String {
    Normalized::new(text, 0, Layer::Key).as_str().to_owned()
}

#[cfg(test)]
mod tests;
