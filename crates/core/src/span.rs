//! Spans of the document text.

use serde::{Deserialize, Serialize};

/// A half-open range of **UTF-8 byte offsets into [`crate::Document::text`]**.
///
/// Offsets into a normalised string have their own type in the text crate;
/// a `Span` always points into the document text as it was read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given backwards).
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span moved `by` bytes further into the text.
    pub fn shift(self, by: usize) -> Span {
        Span { start: self.start + by, end: self.end + by }
    }

    /// The text this span covers, or `None` when it is out of range or not on
    /// character boundaries.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

/// The largest character boundary of `text` not after byte `at`.
pub fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_orders_and_slices_on_char_boundaries() {
        let text = "قتل 3";
        let s = Span::new(6, 0);
        assert_eq!(s, Span { start: 0, end: 6 });
        assert_eq!(s.slice(text), Some("قتل"));
        assert_eq!(Span::new(1, 3).slice(text), None);
        assert_eq!(Span::new(0, 2).cover(Span::new(7, 8)), Span::new(0, 8));
    }
}
