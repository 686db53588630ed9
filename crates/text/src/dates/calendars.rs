//! Calendar conversions (ICU4X) and anchor-relative resolution.
//!
//! Solar Hijri uses ICU4X's Persian calendar (the official Iranian one);
//! Hijri uses ICU4X's Umm al-Qura tables (Saudi official; local sighting in
//! Syria or Iraq can differ by a day).

use super::Calendar;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use icu_calendar::cal::{Hijri, Persian};
use icu_calendar::{Date, Iso};

/// Years accepted as explicit years, per calendar (roughly 1900–2100 CE).
pub(super) fn year_ok(cal: Calendar, year: u32) -> bool {
    match cal {
        Calendar::Gregorian => (1900..=2100).contains(&year),
        Calendar::SolarHijri => (1279..=1479).contains(&year),
        Calendar::Hijri => (1317..=1527).contains(&year),
    }
}

/// Longest possible month (Gregorian February counts 29).
pub(super) fn max_day(cal: Calendar, month: u8) -> u8 {
    match cal {
        Calendar::Gregorian => match month {
            2 => 29,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        },
        Calendar::SolarHijri if month <= 6 => 31,
        Calendar::SolarHijri | Calendar::Hijri => 30,
    }
}

/// The Gregorian day of `year-month-day` in `cal`; `None` when no such day.
pub(super) fn to_gregorian(cal: Calendar, year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    if !(1..=12).contains(&month) || day == 0 || day > max_day(cal, month) {
        return None;
    }
    let iso: Date<Iso> = match cal {
        Calendar::Gregorian => return NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day)),
        // ICU4X is only asked about years it tabulates or computes cheaply.
        Calendar::SolarHijri if (1..=3000).contains(&year) => {
            Date::try_new_persian(year, month, day).ok()?.to_calendar(Iso)
        }
        Calendar::Hijri if (1..=3000).contains(&year) => {
            Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?.to_calendar(Iso)
        }
        _ => return None,
    };
    NaiveDate::from_ymd_opt(iso.year().extended_year(), u32::from(iso.month().ordinal), u32::from(iso.day_of_month().0))
}

/// `date` as (year, month, day) in `cal`; `None` outside years 1–9999.
pub(super) fn from_gregorian(cal: Calendar, date: NaiveDate) -> Option<(i32, u8, u8)> {
    let (y, m, d) = (date.year(), date.month() as u8, date.day() as u8);
    if cal == Calendar::Gregorian {
        return Some((y, m, d));
    }
    if !(1..=9999).contains(&y) {
        return None;
    }
    let iso = Date::try_new_iso(y, m, d).ok()?;
    let (year, month, day) = match cal {
        Calendar::SolarHijri => {
            let p = iso.to_calendar(Persian);
            (p.year().extended_year(), p.month().ordinal, p.day_of_month().0)
        }
        _ => {
            let h = iso.to_calendar(Hijri::new_umm_al_qura());
            (h.year().extended_year(), h.month().ordinal, h.day_of_month().0)
        }
    };
    Some((year, month, day))
}

/// A day-month without a year: the latest such day not after `anchor`; when
/// `weekday` is given and that day falls on another weekday, the same day in
/// the next year (if at most 31 days after the anchor) or the year before is
/// preferred when it matches.
pub(super) fn resolve_day_month(
    cal: Calendar,
    month: u8,
    day: u8,
    weekday: Option<Weekday>,
    anchor: NaiveDate,
) -> Option<NaiveDate> {
    let (ay, _, _) = from_gregorian(cal, anchor)?;
    // Eight years back is enough to reach a 29 February.
    let (year, best) = (0..9).find_map(|back| {
        let y = ay.checked_sub(back)?;
        let d = to_gregorian(cal, y, month, day)?;
        (d <= anchor).then_some((y, d))
    })?;
    let Some(wd) = weekday else { return Some(best) };
    if best.weekday() == wd {
        return Some(best);
    }
    let soon = anchor.checked_add_days(Days::new(31));
    let next = year
        .checked_add(1)
        .and_then(|y| to_gregorian(cal, y, month, day))
        .filter(|d| d.weekday() == wd && Some(*d) <= soon);
    let prev = year.checked_sub(1).and_then(|y| to_gregorian(cal, y, month, day)).filter(|d| d.weekday() == wd);
    Some(next.or(prev).unwrap_or(best))
}

/// The latest `month`/`day` in `cal` that falls on `weekday`, not after
/// `as_of` and at most `years` years back.
pub(super) fn latest_on_weekday(
    cal: Calendar,
    month: u8,
    day: u8,
    weekday: Weekday,
    as_of: NaiveDate,
    years: i32,
) -> Option<NaiveDate> {
    let (year, _, _) = from_gregorian(cal, as_of)?;
    (0..=years).find_map(|back| {
        let d = to_gregorian(cal, year.checked_sub(back)?, month, day)?;
        (d <= as_of && d.weekday() == weekday).then_some(d)
    })
}

/// The middle (15th) of a month, never after `anchor` when one is given.
pub(super) fn mid_month(cal: Calendar, year: i32, month: u8, anchor: Option<NaiveDate>) -> Option<NaiveDate> {
    let mid = to_gregorian(cal, year, month, 15)?;
    Some(match anchor {
        Some(a) if a < mid => a.max(to_gregorian(cal, year, month, 1)?),
        _ => mid,
    })
}

/// A month without a year: the latest such month that has begun by `anchor`
/// (strictly before the anchor's month when `past`), as its middle day.
pub(super) fn resolve_month(cal: Calendar, month: u8, past: bool, anchor: NaiveDate) -> Option<NaiveDate> {
    let (ay, am, _) = from_gregorian(cal, anchor)?;
    let year = if month < am || (month == am && !past) { ay } else { ay.checked_sub(1)? };
    mid_month(cal, year, month, Some(anchor))
}

/// The month `back` months before the anchor's month (0 = this month), as its middle day.
pub(super) fn month_back(cal: Calendar, back: u8, anchor: NaiveDate) -> Option<NaiveDate> {
    let (ay, am, _) = from_gregorian(cal, anchor)?;
    let index = i64::from(ay) * 12 + i64::from(am) - 1 - i64::from(back);
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
    mid_month(cal, year, month, Some(anchor))
}

/// Direction of a weekday reference from the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Direction {
    /// The anchor's day or before ("on Monday", "الخميس").
    OnOrBefore,
    /// Strictly before ("last Monday", "الخميس الماضي").
    Before,
    /// Strictly after ("next Monday", "الخميس المقبل").
    After,
}

/// The day of `weekday` nearest the anchor in `dir`.
pub(super) fn resolve_weekday(wd: Weekday, dir: Direction, anchor: NaiveDate) -> Option<NaiveDate> {
    let back = (7 + anchor.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    match dir {
        Direction::OnOrBefore => anchor.checked_sub_days(Days::new(u64::from(back))),
        Direction::Before => anchor.checked_sub_days(Days::new(u64::from(if back == 0 { 7 } else { back }))),
        Direction::After => {
            let ahead = (7 - back) % 7;
            anchor.checked_add_days(Days::new(u64::from(if ahead == 0 { 7 } else { ahead })))
        }
    }
}
