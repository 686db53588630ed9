//! Sentences and words with their spans, by ICU4X's Unicode segmentation rules
//! (compiled data). Line and paragraph breaks always end a sentence.

use crate::normalize::TATWEEL;
use icu_segmenter::options::{SentenceBreakInvariantOptions, WordBreakInvariantOptions};
use icu_segmenter::{SentenceSegmenter, WordSegmenter};
use marsad_core::Span;

/// The sentences of `text`, trimmed of surrounding whitespace, as spans offset by
/// `base` (the offset of `text` in the document). Segments with no letter or digit
/// are skipped.
pub fn sentences(text: &str, base: usize) -> Vec<Span> {
    let spans = icu_sentences(text, base);
    join_false_breaks(text, base, spans)
}

/// Sentence ends that are not: "S. Idlib", "U.S. forces" (a sentence that ends
/// in a one- or two-letter Latin abbreviation runs on into the next one on the
/// same line), and "تسـ.ـتهدف" (a dot with a tatweel inside a word, which
/// social media posts use to dodge filters).
fn join_false_breaks(text: &str, base: usize, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        if let Some(last) = out.last_mut() {
            let prev = text.get(last.start - base..last.end - base).unwrap_or("");
            let next = text.get(span.start - base..span.end - base).unwrap_or("");
            let between = text.get(last.end - base..span.start - base).unwrap_or("\n");
            let word = prev.rsplit(char::is_whitespace).next().unwrap_or("");
            let letters = word.trim_end_matches('.').chars().filter(|c| *c != '.').count();
            let initial = word.ends_with('.')
                && (1..=2).contains(&letters)
                && word.chars().all(|c| c.is_ascii_uppercase() || c == '.');
            let in_word = between.is_empty() && tatweel_dot(prev, next);
            if (initial && !between.contains('\n')) || in_word {
                last.end = span.end;
                continue;
            }
        }
        out.push(span);
    }
    out
}

/// Whether `prev` ends and `next` starts a word broken by a dot beside a
/// tatweel ("تسـ." + "ـتهدف", "مقتـ." + "ل").
fn tatweel_dot(prev: &str, next: &str) -> bool {
    let arabic = |c: char| matches!(c, '\u{0621}'..='\u{064A}');
    let Some(before) = prev.strip_suffix('.').and_then(|p| p.trim_end_matches(' ').chars().next_back()) else {
        return false;
    };
    let Some(after) = next.chars().next() else { return false };
    arabic(before) && arabic(after) && (before == TATWEEL || after == TATWEEL)
}

fn icu_sentences(text: &str, base: usize) -> Vec<Span> {
    let segmenter = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let mut spans = Vec::new();
    let mut start = 0;
    for end in segmenter.segment_str(text).skip(1) {
        // ICU breaks after every line feed already (UAX #29 SB4); split again on any
        // other line separator it keeps inside a sentence.
        if let Some(piece) = text.get(start..end) {
            let mut from = start;
            for line in piece.split_inclusive(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']) {
                push_trimmed(line, from + base, &mut spans);
                from += line.len();
            }
        }
        start = end;
    }
    spans
}

fn push_trimmed(piece: &str, offset: usize, spans: &mut Vec<Span>) {
    let leading = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        spans.push(Span::new(offset + leading, offset + leading + trimmed.len()));
    }
}

/// The word-like segments of `text` (letters or numbers; no spaces or punctuation),
/// as spans offset by `base`. A ZWNJ inside a Persian word does not split it.
pub fn words(text: &str, base: usize) -> Vec<Span> {
    let segmenter = WordSegmenter::new_for_non_complex_scripts(WordBreakInvariantOptions::default());
    let mut breaks = segmenter.segment_str(text);
    let mut spans = Vec::new();
    let mut start = 0;
    while let Some(end) = breaks.next() {
        if end > start && breaks.is_word_like() {
            spans.push(Span::new(base + start, base + end));
        }
        start = end;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, base: usize, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().filter_map(|s| text.get(s.start - base..s.end - base)).collect()
    }

    #[test]
    fn a_tatweel_dot_inside_a_word_does_not_end_a_sentence() {
        let text = "طائرة مسيرة تسـ.ـتهدف بالصـ .ـواريخ سيارة وتقتـ.ل من فيها. وقال مصدر.";
        assert_eq!(
            texts(text, 0, &sentences(text, 0)),
            vec!["طائرة مسيرة تسـ.ـتهدف بالصـ .ـواريخ سيارة وتقتـ.ل من فيها.", "وقال مصدر."]
        );
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let text = "Warplanes bombed two villages in S. Idlib, injuring 11 civilians. U.S. forces said nothing.\nN.\nNext line.";
        let spans = sentences(text, 0);
        assert_eq!(
            texts(text, 0, &spans),
            vec![
                "Warplanes bombed two villages in S. Idlib, injuring 11 civilians.",
                "U.S. forces said nothing.",
                "N.",
                "Next line."
            ]
        );
    }

    #[test]
    fn sentences_in_three_languages_and_at_line_breaks() {
        let table: [(&str, &[&str]); 5] = [
            (
                "Jets struck a depot near Homs. Two guards were killed! Who fired first?",
                &["Jets struck a depot near Homs.", "Two guards were killed!", "Who fired first?"],
            ),
            (
                "قصفت طائرات حربية مواقع في ريف حماة. وقتل ثلاثة مقاتلين؟ لا تعليق.",
                &["قصفت طائرات حربية مواقع في ريف حماة.", "وقتل ثلاثة مقاتلين؟", "لا تعليق."],
            ),
            (
                "پهپادها به یک انبار حمله کردند. دو نفر کشته شدند.",
                &["پهپادها به یک انبار حمله کردند.", "دو نفر کشته شدند."],
            ),
            // A headline without a full stop, a blank line, then the body.
            (
                "Clashes in Deir ez-Zor\n\nFighting resumed on Monday",
                &["Clashes in Deir ez-Zor", "Fighting resumed on Monday"],
            ),
            ("اشتباكات في درعا\nمقتل عنصرين\r\n * \n", &["اشتباكات في درعا", "مقتل عنصرين"]),
        ];
        for (text, expected) in table {
            let spans = sentences(text, 5);
            assert_eq!(texts(text, 5, &spans), expected, "{text:?}");
        }
        assert!(sentences("", 0).is_empty());
    }

    #[test]
    fn words_skip_spaces_and_punctuation() {
        let table: [(&str, &[&str]); 4] = [
            ("Two guards, near al-Bab, were killed.", &["Two", "guards", "near", "al", "Bab", "were", "killed"]),
            ("قُتل ٣ عناصر، وأصيب آخرون.", &["قُتل", "٣", "عناصر", "وأصيب", "آخرون"]),
            // ZWNJ inside a Persian word keeps it whole.
            ("جنگنده\u{200C}های اسرائیل، دیروز", &["جنگنده\u{200C}های", "اسرائیل", "دیروز"]),
            ("killed 12 people", &["killed", "12", "people"]),
        ];
        for (text, expected) in table {
            let spans = words(text, 100);
            assert_eq!(texts(text, 100, &spans), expected, "{text:?}");
        }
    }

    #[test]
    fn words_of_a_sentence_carry_document_offsets() {
        let doc = "عنوان\n\nقصف على حلب.";
        let sentence = sentences(doc, 0).get(1).copied().unwrap_or_default();
        let slice = sentence.slice(doc).unwrap_or_default();
        let spans = words(slice, sentence.start);
        let aleppo = spans.last().copied().unwrap_or_default();
        assert_eq!(aleppo.slice(doc), Some("حلب"));
    }
}
