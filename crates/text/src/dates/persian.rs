//! Persian date words: Solar Hijri, Gregorian and Hijri (qamari) month names,
//! weekdays and relative days.

use super::lexicon::{Lex, Rel};
use super::Calendar::{Gregorian as G, Hijri as H, SolarHijri as S};
use chrono::Weekday;

const fn m(cal: super::Calendar, month: u8) -> Lex {
    Lex::Month { cal, month, weak: false }
}
const fn weak(cal: super::Calendar, month: u8) -> Lex {
    Lex::Month { cal, month, weak: true }
}
const fn wd(day: Weekday) -> Lex {
    Lex::Weekday { day, abbrev: false }
}

/// Persian phrases (ZWNJ and ی/ي, ک/ك fold away; solar months also match with "ماه" glued on).
pub(super) static TABLE: &[(&str, Lex)] = &[
    // Solar Hijri
    ("فروردین", m(S, 1)),
    ("اردیبهشت", m(S, 2)),
    ("خرداد", m(S, 3)),
    ("تیر", weak(S, 4)),
    ("مرداد", m(S, 5)),
    ("امرداد", m(S, 5)),
    ("شهریور", m(S, 6)),
    ("مهر", weak(S, 7)),
    ("آبان", m(S, 8)),
    ("آذر", m(S, 9)),
    ("دی", weak(S, 10)),
    ("بهمن", weak(S, 11)),
    ("اسفند", m(S, 12)),
    // Gregorian
    ("ژانویه", m(G, 1)),
    ("فوریه", m(G, 2)),
    ("مارس", m(G, 3)),
    ("آوریل", m(G, 4)),
    ("مه", weak(G, 5)),
    ("می", weak(G, 5)),
    ("ژوئن", m(G, 6)),
    ("ژوئیه", m(G, 7)),
    ("جولای", m(G, 7)),
    ("اوت", m(G, 8)),
    ("آگوست", m(G, 8)),
    ("سپتامبر", m(G, 9)),
    ("اکتبر", m(G, 10)),
    ("نوامبر", m(G, 11)),
    ("دسامبر", m(G, 12)),
    // Hijri (qamari)
    ("محرم", m(H, 1)),
    ("صفر", weak(H, 2)),
    ("ربیع‌الاول", m(H, 3)),
    ("ربیع الاول", m(H, 3)),
    ("ربیع‌الثانی", m(H, 4)),
    ("ربیع الثانی", m(H, 4)),
    ("ربیع‌الآخر", m(H, 4)),
    ("ربیع الآخر", m(H, 4)),
    ("جمادی‌الاول", m(H, 5)),
    ("جمادی الاول", m(H, 5)),
    ("جمادی‌الاولی", m(H, 5)),
    ("جمادی الاولی", m(H, 5)),
    ("جمادی‌الثانی", m(H, 6)),
    ("جمادی الثانی", m(H, 6)),
    ("جمادی‌الآخر", m(H, 6)),
    ("جمادی الآخر", m(H, 6)),
    ("رجب", weak(H, 7)),
    ("شعبان", weak(H, 8)),
    ("رمضان", weak(H, 9)),
    ("شوال", m(H, 10)),
    ("ذی‌القعده", m(H, 11)),
    ("ذی القعده", m(H, 11)),
    ("ذی‌الحجه", m(H, 12)),
    ("ذی الحجه", m(H, 12)),
    // Weekdays
    ("یکشنبه", wd(Weekday::Sun)),
    ("یک شنبه", wd(Weekday::Sun)),
    ("دوشنبه", wd(Weekday::Mon)),
    ("دو شنبه", wd(Weekday::Mon)),
    ("سه‌شنبه", wd(Weekday::Tue)),
    ("سه شنبه", wd(Weekday::Tue)),
    ("چهارشنبه", wd(Weekday::Wed)),
    ("چهار شنبه", wd(Weekday::Wed)),
    ("پنجشنبه", wd(Weekday::Thu)),
    ("پنج شنبه", wd(Weekday::Thu)),
    ("جمعه", wd(Weekday::Fri)),
    ("شنبه", wd(Weekday::Sat)),
    // Relative
    ("امروز", Lex::Rel(Rel::DaysAgo(0))),
    ("امشب", Lex::Rel(Rel::DaysAgo(0))),
    ("دیروز", Lex::Rel(Rel::DaysAgo(1))),
    ("دیشب", Lex::Rel(Rel::DaysAgo(1))),
    ("شب گذشته", Lex::Rel(Rel::DaysAgo(1))),
    ("روز گذشته", Lex::Rel(Rel::DaysAgo(1))),
    ("پریروز", Lex::Rel(Rel::DaysAgo(2))),
    ("هفته گذشته", Lex::Rel(Rel::LastWeek)),
    ("هفته پیش", Lex::Rel(Rel::LastWeek)),
    ("هفته قبل", Lex::Rel(Rel::LastWeek)),
    ("این هفته", Lex::Rel(Rel::ThisWeek)),
    ("هفته جاری", Lex::Rel(Rel::ThisWeek)),
    ("ماه گذشته", Lex::Rel(Rel::LastMonth)),
    ("ماه پیش", Lex::Rel(Rel::LastMonth)),
    ("ماه قبل", Lex::Rel(Rel::LastMonth)),
    ("این ماه", Lex::Rel(Rel::ThisMonth)),
    ("ماه جاری", Lex::Rel(Rel::ThisMonth)),
    ("سال گذشته", Lex::YearBack(1)),
    ("سال قبل", Lex::YearBack(1)),
    ("پارسال", Lex::YearBack(1)),
    ("امسال", Lex::YearBack(0)),
    ("سال جاری", Lex::YearBack(0)),
    // Parts of the day
    ("بامداد", Lex::DayPart),
    ("صبح", Lex::DayPart),
    ("ظهر", Lex::DayPart),
    ("عصر", Lex::DayPart),
    ("شامگاه", Lex::DayPart),
    ("غروب", Lex::DayPart),
    ("شب", Lex::DayPart),
    ("روز", Lex::DayWord),
    // Amounts of time ago
    ("پیش", Lex::AgoAfter),
    ("قبل", Lex::AgoAfter),
    ("هفته", Lex::WeeksUnit(1)),
    ("یک", Lex::NumWord(1)),
    ("دو", Lex::NumWord(2)),
    ("سه", Lex::NumWord(3)),
    ("چهار", Lex::NumWord(4)),
    ("پنج", Lex::NumWord(5)),
    ("شش", Lex::NumWord(6)),
    ("هفت", Lex::NumWord(7)),
    ("هشت", Lex::NumWord(8)),
    ("نه", Lex::NumWord(9)),
    ("ده", Lex::NumWord(10)),
    ("چند", Lex::Few),
    // Glue
    ("سال", Lex::YearWord),
    ("ماه", Lex::MonthWord),
    ("گذشته", Lex::Past),
    ("آینده", Lex::Future),
    ("ش", Lex::Suffix(Some(S))),
    ("شمسی", Lex::Suffix(Some(S))),
    ("خورشیدی", Lex::Suffix(Some(S))),
    ("ق", Lex::Suffix(Some(H))),
    ("قمری", Lex::Suffix(Some(H))),
    ("هجری", Lex::Suffix(None)),
    ("ه", Lex::Suffix(None)),
    ("م", Lex::Suffix(Some(G))),
    ("میلادی", Lex::Suffix(Some(G))),
];

/// Words before a bare month name that make it a month reference.
pub(super) static MONTH_PREPS: &[&str] = &["در", "از", "تا", "اوایل", "اواسط", "اواخر"];

/// Labels that introduce a publication date.
pub(super) static PUBLISHED: &[&str] = &["تاریخ انتشار", "تاریخ خبر", "زمان انتشار", "منتشر شده در"];
