//! Dates in news text: explicit, relative and weekday references in the
//! Gregorian, Solar Hijri and Hijri calendars, resolved to Gregorian days
//! against an optional publication date (the *anchor*).
//!
//! Matching works on the original text through match keys (hamza/alef
//! variants, ة/ه, ی/ي, ک/ك, the three digit sets, tatweel, diacritics and ZWNJ
//! fold away; Arabic proclitics و ف ب ل ك are stripped), so every
//! [`DateMention::span`] is a byte range of the text as given.
//!
//! Resolution rules:
//! - a day and month without a year is the latest such day not after the
//!   anchor; a weekday next to it picks between neighbouring years;
//! - a weekday is the latest such day on or before the anchor ("last"/الماضي:
//!   strictly before; "next"/المقبل: strictly after);
//! - week-precision references point at a day inside the week (`last week`
//!   and الأسبوع الماضي: anchor − 7; `this week`, "a few days ago": anchor − 3);
//! - month-precision references point at the 15th of the month, or at the
//!   anchor when that is earlier in the same month; Persian "last month" is a
//!   Solar Hijri month;
//! - Hijri dates use the Umm al-Qura calendar (local sighting may differ by a day);
//! - a bare number or year is never a date: "2021" alone yields nothing, and a
//!   year needs a month ("آذار 2021" is a month-precision mention). Numeric
//!   dates need a four-digit year (`25/01/21` and `25/1` are ignored).
//!
//! Without an anchor, everything that needs one has `date: None`.

mod arabic;
mod calendars;
mod english;
mod grammar;
mod lexicon;
mod persian;
#[cfg(test)]
mod tests;
mod url;

use marsad_core::{Language, NaiveDate, Span};

pub use url::date_from_url;

/// How precisely a mention fixes the day (ACLED `time_precision`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    /// The day is known.
    Day,
    /// Only the week is known.
    Week,
    /// Only the month is known.
    Month,
}

impl DatePrecision {
    /// ACLED's code: 1 day, 2 week, 3 month.
    pub fn acled_code(self) -> u8 {
        match self {
            DatePrecision::Day => 1,
            DatePrecision::Week => 2,
            DatePrecision::Month => 3,
        }
    }
}

/// What kind of expression a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// A full date with its year ("25 Jan 2021", "۵ آذر ۱۳۹۹", "25/01/2021").
    Explicit,
    /// A day and month without a year, resolved from the anchor ("on March 3",
    /// "25 من تشرين الثاني"), or with a relative year ("14 آذار من العام الماضي").
    DayMonth,
    /// A relative day, week or month ("أمس", "دیروز", "last week", "قبل يومين").
    Relative,
    /// The anchor's own day ("اليوم", "امروز", "today", "فجر اليوم").
    Today,
    /// A weekday alone ("الخميس", "on Monday", "فجر الجمعة").
    Weekday,
    /// A month with or without a year ("آذار 2024", "شهر رمضان", "in March").
    MonthOnly,
}

/// The calendar a mention was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Calendar {
    /// Gregorian (Levantine, Egyptian, Maghrebi, Persian-transliterated and English month names).
    Gregorian,
    /// Solar Hijri (Iranian official calendar).
    SolarHijri,
    /// Hijri (Islamic lunar), converted with Umm al-Qura tables.
    Hijri,
}

/// One date expression found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateMention {
    /// The words, as a byte range of the text (prepositions like "في"/"on" excluded).
    pub span: Span,
    /// The Gregorian day; `None` when it needs an anchor and there is none.
    pub date: Option<NaiveDate>,
    /// How precise `date` is.
    pub precision: DatePrecision,
    /// What kind of expression it is.
    pub kind: DateKind,
    /// The calendar it was written in.
    pub calendar: Calendar,
}

/// What date mentions are resolved against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Anchor {
    /// The publication date, when known: relative words, weekdays and dates
    /// without a year count from it.
    pub published: Option<NaiveDate>,
    /// The day the text is read on. Used only without a publication date, and
    /// only where the weekday vouches for the year: a day and month named with
    /// their weekday ("السبت 14 آب", "Saturday, August 14") is the latest such
    /// day on or before it, at most [`WEEKDAY_YEARS`] years back.
    pub as_of: Option<NaiveDate>,
}

impl From<Option<NaiveDate>> for Anchor {
    fn from(published: Option<NaiveDate>) -> Anchor {
        Anchor { published, as_of: None }
    }
}

/// How many years back a weekday may place a day and month without a year
/// (the same date falls on the same weekday again within 11 years, leap days
/// aside).
pub const WEEKDAY_YEARS: i32 = 11;

/// Finds date expressions in `text` (read as `lang`) and resolves them
/// against `anchor`. Mentions come in text order and never overlap;
/// impossible dates (31 February) are skipped.
pub fn find_dates(text: &str, lang: Language, anchor: impl Into<Anchor>) -> Vec<DateMention> {
    if !text.chars().any(|c| c.is_numeric() || c.is_alphabetic()) {
        return Vec::new();
    }
    let tokens = lexicon::tokenize(text);
    grammar::Parser::new(text, &tokens, lexicon::lexicon(lang), lang, anchor.into()).all()
}

/// The publication date a page states in its chrome: the first full explicit
/// date introduced by a publication label ("تاريخ النشر", "نشر في",
/// "Published", "تاریخ انتشار", "تاریخ خبر"…) within a few words after it, else
/// a social-media post stamp (see [`post_stamp`]): the span of the date and the day.
pub fn publication_date(text: &str) -> Option<(Span, NaiveDate)> {
    labelled_date(text).or_else(|| post_stamp(text))
}

fn labelled_date(text: &str) -> Option<(Span, NaiveDate)> {
    let tokens = lexicon::tokenize(text);
    let labels = &*lexicon::LABELS;
    (0..tokens.toks.len()).find_map(|i| {
        let (len, lang) = labels.iter().find_map(|(words, lang)| {
            words.iter().enumerate().all(|(k, w)| tokens.key(i + k) == w).then_some((words.len(), *lang))
        })?;
        let from = tokens.toks.get(i + len)?.start;
        // Look a short way past the label: "نشر في: الخميس 14 آذار 2024".
        let to = tokens.toks.get(i + len + 8).map_or(text.len(), |t| t.start);
        let window = text.get(from..to)?;
        let window_tokens = lexicon::tokenize(window);
        let parser = grammar::Parser::new(window, &window_tokens, lexicon::lexicon(lang), lang, Anchor::default());
        parser.all().into_iter().find_map(|m| match (m.kind, m.date) {
            (DateKind::Explicit, Some(d)) => Some((m.span.shift(from), d)),
            _ => None,
        })
    })
}

/// Middle dots looked at for a post stamp.
const STAMP_DOTS: usize = 8;
/// How far (bytes) a stamp's date may stand from its middle dot.
const STAMP_REACH: usize = 24;

/// The date stamp of a scraped social-media post, a full English date beside
/// the middle dot of the post header: Facebook's "Page NameOctober 21, 2024 ·
/// Shared with Public" (the date glued to the page name) and X/Twitter's
/// "12:57 PM · Mar 23, 2022". Only the first few middle dots are looked at.
pub fn post_stamp(text: &str) -> Option<(Span, NaiveDate)> {
    text.match_indices('·').take(STAMP_DOTS).find_map(|(dot, _)| {
        let head = text[..dot].trim_end();
        if head.ends_with("AM") || head.ends_with("PM") {
            let from = dot + '·'.len_utf8();
            let after = &text[from..];
            let start = from + (after.len() - after.trim_start().len());
            let end = marsad_core::span::floor_char_boundary(text, start + STAMP_REACH);
            return full_english_date(&text[start..end]).map(|(s, d)| (s.shift(start), d));
        }
        let start = marsad_core::span::floor_char_boundary(text, head.len().saturating_sub(STAMP_REACH));
        let window = &text[start..head.len()];
        // The month may be glued to the page name ("accountOctober"): try each capital.
        window.char_indices().filter(|(_, c)| c.is_ascii_uppercase()).find_map(|(at, _)| {
            let (span, day) = full_english_date(&window[at..])?;
            (span.end == window.len() - at).then(|| (span.shift(start + at), day))
        })
    })
}

/// A full English date at the very start of `text` ("October 21, 2024", "Mar 23, 2022").
fn full_english_date(text: &str) -> Option<(Span, NaiveDate)> {
    let tokens = lexicon::tokenize(text);
    let parser =
        grammar::Parser::new(text, &tokens, lexicon::lexicon(Language::English), Language::English, Anchor::default());
    let m = parser.all().into_iter().next().filter(|m| m.span.start == 0)?;
    let date = m.date.filter(|_| m.kind == DateKind::Explicit && m.precision == DatePrecision::Day)?;
    Some((m.span, date))
}
