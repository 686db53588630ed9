//! English date words (also known in Arabic and Persian text).

use super::lexicon::{Lex, Rel};
use super::Calendar::Gregorian as G;
use chrono::Weekday;

const fn m(month: u8) -> Lex {
    Lex::Month { cal: G, month, weak: false }
}
const fn abbr(month: u8) -> Lex {
    Lex::Month { cal: G, month, weak: true }
}
const fn wd(day: Weekday, abbrev: bool) -> Lex {
    Lex::Weekday { day, abbrev }
}

/// English phrases (keys are lower-cased; month names must be capitalised in the text).
pub(super) static TABLE: &[(&str, Lex)] = &[
    ("january", m(1)),
    ("february", m(2)),
    ("march", m(3)),
    ("april", m(4)),
    ("may", m(5)),
    ("june", m(6)),
    ("july", m(7)),
    ("august", m(8)),
    ("september", m(9)),
    ("october", m(10)),
    ("november", m(11)),
    ("december", m(12)),
    ("jan", abbr(1)),
    ("feb", abbr(2)),
    ("mar", abbr(3)),
    ("apr", abbr(4)),
    ("jun", abbr(6)),
    ("jul", abbr(7)),
    ("aug", abbr(8)),
    ("sep", abbr(9)),
    ("sept", abbr(9)),
    ("oct", abbr(10)),
    ("nov", abbr(11)),
    ("dec", abbr(12)),
    ("monday", wd(Weekday::Mon, false)),
    ("tuesday", wd(Weekday::Tue, false)),
    ("wednesday", wd(Weekday::Wed, false)),
    ("thursday", wd(Weekday::Thu, false)),
    ("friday", wd(Weekday::Fri, false)),
    ("saturday", wd(Weekday::Sat, false)),
    ("sunday", wd(Weekday::Sun, false)),
    ("mon", wd(Weekday::Mon, true)),
    ("tue", wd(Weekday::Tue, true)),
    ("tues", wd(Weekday::Tue, true)),
    ("wed", wd(Weekday::Wed, true)),
    ("thu", wd(Weekday::Thu, true)),
    ("thurs", wd(Weekday::Thu, true)),
    ("fri", wd(Weekday::Fri, true)),
    ("sat", wd(Weekday::Sat, true)),
    ("sun", wd(Weekday::Sun, true)),
    ("today", Lex::Rel(Rel::DaysAgo(0))),
    ("tonight", Lex::Rel(Rel::DaysAgo(0))),
    ("this morning", Lex::Rel(Rel::DaysAgo(0))),
    ("this afternoon", Lex::Rel(Rel::DaysAgo(0))),
    ("this evening", Lex::Rel(Rel::DaysAgo(0))),
    ("yesterday", Lex::Rel(Rel::DaysAgo(1))),
    ("last night", Lex::Rel(Rel::DaysAgo(1))),
    ("the day before yesterday", Lex::Rel(Rel::DaysAgo(2))),
    ("last week", Lex::Rel(Rel::LastWeek)),
    ("this week", Lex::Rel(Rel::ThisWeek)),
    ("earlier this week", Lex::Rel(Rel::ThisWeek)),
    ("last month", Lex::Rel(Rel::LastMonth)),
    ("this month", Lex::Rel(Rel::ThisMonth)),
    ("earlier this month", Lex::Rel(Rel::ThisMonth)),
    ("last year", Lex::YearBack(1)),
    ("this year", Lex::YearBack(0)),
    ("early", Lex::DayPart),
    ("late", Lex::DayPart),
    ("ago", Lex::AgoAfter),
    ("day", Lex::DayWord),
    ("days", Lex::DaysUnit(0)),
    ("week", Lex::WeeksUnit(1)),
    ("weeks", Lex::WeeksUnit(0)),
    ("a", Lex::NumWord(1)),
    ("one", Lex::NumWord(1)),
    ("two", Lex::NumWord(2)),
    ("three", Lex::NumWord(3)),
    ("four", Lex::NumWord(4)),
    ("five", Lex::NumWord(5)),
    ("six", Lex::NumWord(6)),
    ("seven", Lex::NumWord(7)),
    ("eight", Lex::NumWord(8)),
    ("nine", Lex::NumWord(9)),
    ("ten", Lex::NumWord(10)),
    ("few", Lex::Few),
    ("several", Lex::Few),
    ("of", Lex::Of),
    ("last", Lex::Past),
    ("next", Lex::Future),
    ("ad", Lex::Suffix(Some(G))),
    ("ce", Lex::Suffix(Some(G))),
];

/// Words before a bare month name that make it a month reference ("in March").
pub(super) static MONTH_PREPS: &[&str] =
    &["in", "during", "since", "until", "through", "throughout", "early", "mid", "late", "by"];

/// Labels that introduce a publication date.
pub(super) static PUBLISHED: &[&str] =
    &["published", "published on", "date published", "publication date", "posted on"];
