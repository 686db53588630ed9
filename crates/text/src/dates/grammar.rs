//! The date grammar over tokens: one left-to-right pass, longest match at
//! each token, no overlaps.

use super::calendars::{self, Direction};
use super::lexicon::{lookup, Hit, Lex, Lexicon, NumSuffix, Rel, TokKind, Tokens};
use super::{arabic, english, persian, Anchor, Calendar, DateKind, DateMention, DatePrecision};
use chrono::{Days, NaiveDate, Weekday};
use marsad_core::{Language, Span};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Folded words that make a bare, non-weak month name a month reference.
static MONTH_PREPS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    [arabic::MONTH_PREPS, persian::MONTH_PREPS, english::MONTH_PREPS]
        .iter()
        .flat_map(|t| t.iter())
        .map(|w| {
            let mut s = String::new();
            super::lexicon::fold_into(w, &mut s);
            s
        })
        .collect()
});

/// A day, month and maybe year read from the text, before resolution.
struct Core {
    cal: Calendar,
    month: u8,
    /// `None` for a month-only reference.
    day: Option<u8>,
    year: Year,
    /// A trailing "last" ("آذار الماضي").
    past: bool,
    /// One past the last token.
    end: usize,
    /// The day does not exist in that month (31 February): skip it whole.
    impossible: bool,
}

/// The year part of a date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Year {
    None,
    Explicit(i32),
    /// Years before the anchor's year (0 this year).
    Back(u8),
}

/// One text's tokens and what they mean in one language.
pub(super) struct Parser<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    hits: Vec<Option<Hit>>,
    lang: Language,
    anchor: Option<NaiveDate>,
    as_of: Option<NaiveDate>,
}

impl<'a> Parser<'a> {
    /// Looks every token up once.
    pub(super) fn new(
        text: &'a str,
        tokens: &'a Tokens,
        lexicon: &Lexicon,
        lang: Language,
        anchor: Anchor,
    ) -> Parser<'a> {
        let hits = (0..tokens.toks.len()).map(|i| lookup(lexicon, tokens, text, i)).collect();
        Parser { text, tokens, hits, lang, anchor: anchor.published, as_of: anchor.as_of }
    }

    /// All mentions, left to right.
    pub(super) fn all(&self) -> Vec<DateMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.tokens.toks.len() {
            match self.parse_at(i) {
                Some((m, next)) => {
                    out.extend(m);
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
        out
    }

    fn hit(&self, i: usize) -> Option<Hit> {
        self.hits.get(i).copied().flatten()
    }

    fn lex(&self, i: usize) -> Option<Lex> {
        self.hit(i).map(|h| h.lex)
    }

    fn kind(&self, i: usize) -> Option<TokKind> {
        self.tokens.toks.get(i).map(|t| t.kind)
    }

    fn is_punct(&self, i: usize, set: &[char]) -> bool {
        matches!(self.kind(i), Some(TokKind::Punct(c)) if set.contains(&c))
    }

    /// True when token `i` starts right where token `i - 1` ends.
    fn glued(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.tokens.toks.get(p)), self.tokens.toks.get(i)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// The span from token `from` (after its stripped clitics) to the end of token `to - 1`.
    fn span(&self, from: usize, to: usize) -> Span {
        let start = self.tokens.toks.get(from).map_or(0, |t| t.start) + self.hit(from).map_or(0, |h| h.skip);
        let end = to.checked_sub(1).and_then(|l| self.tokens.toks.get(l)).map_or(start, |t| t.end);
        Span::new(start, end.max(start))
    }

    /// Skips the token if it is `lex`.
    fn opt(&self, i: usize, want: Lex) -> usize {
        match self.hit(i) {
            Some(h) if h.lex == want => i + h.len,
            _ => i,
        }
    }

    /// The mention starting at token `i` and the token after it; `Some((None, next))`
    /// skips an impossible date (31 February) whole.
    fn parse_at(&self, i: usize) -> Option<(Option<DateMention>, usize)> {
        if self.hit(i).is_none() && !matches!(self.kind(i), Some(TokKind::Num { .. })) {
            return None;
        }
        let mut j = i;
        if let Some(Hit { lex: Lex::DayPart, len, .. }) = self.hit(j) {
            j += len;
        }
        j = self.opt(j, Lex::DayWord);
        let decorated = j > i;

        // A weekday, with "last"/"next" before (English) or after (Arabic, Persian).
        let mut dir = Direction::OnOrBefore;
        let mut w = j;
        if let Some(d) = self.direction(w) {
            if matches!(self.lex(w + 1), Some(Lex::Weekday { abbrev: false, .. })) {
                dir = d;
                w += 1;
            }
        }
        let mut weekday = None;
        if let Some(Hit { lex: Lex::Weekday { day, abbrev }, len, .. }) = self.hit(w) {
            let mut after = w + len;
            if let Some(d) = self.direction(after) {
                dir = d;
                after += 1;
            }
            weekday = Some((day, abbrev, after));
            w = after;
            if self.is_punct(w, &[',', '،', '-', '–']) {
                w += 1;
            }
        }
        let core_at = if weekday.is_some() { w } else { j };
        if let Some(core) = self.core(core_at, weekday.is_none()) {
            let wd = weekday.map(|(d, _, _)| d);
            return self.date_mention(i, core, wd);
        }
        if let Some((day, abbrev, after)) = weekday {
            if abbrev {
                return None;
            }
            let date = self.anchor.and_then(|a| calendars::resolve_weekday(day, dir, a));
            return Some((
                Some(self.mention(i, after, date, DatePrecision::Day, DateKind::Weekday, Calendar::Gregorian)),
                after,
            ));
        }
        if let Some(found) = self.relative(j) {
            return Some(self.relative_mention(i, found));
        }
        if decorated {
            return None;
        }
        self.ago(i).map(|found| self.relative_mention(i, found))
    }

    fn direction(&self, i: usize) -> Option<Direction> {
        match self.lex(i)? {
            Lex::Past => Some(Direction::Before),
            Lex::Future => Some(Direction::After),
            _ => None,
        }
    }

    fn mention(
        &self,
        from: usize,
        to: usize,
        date: Option<NaiveDate>,
        precision: DatePrecision,
        kind: DateKind,
        calendar: Calendar,
    ) -> DateMention {
        DateMention { span: self.span(from, to), date, precision, kind, calendar }
    }

    /// Resolves a day-month(-year) or month reference.
    fn date_mention(&self, i: usize, core: Core, wd: Option<Weekday>) -> Option<(Option<DateMention>, usize)> {
        if core.impossible {
            return Some((None, core.end));
        }
        let anchor_year = |back: u8| -> Option<i32> {
            let (y, _, _) = calendars::from_gregorian(core.cal, self.anchor?)?;
            y.checked_sub(i32::from(back))
        };
        let (date, kind, precision) = match (core.day, core.year) {
            (Some(d), Year::Explicit(y)) => match calendars::to_gregorian(core.cal, y, core.month, d) {
                Some(date) => (Some(date), DateKind::Explicit, DatePrecision::Day),
                None => return Some((None, core.end)),
            },
            (Some(d), Year::Back(b)) => (
                anchor_year(b).and_then(|y| calendars::to_gregorian(core.cal, y, core.month, d)),
                DateKind::DayMonth,
                DatePrecision::Day,
            ),
            (Some(d), Year::None) => (
                match (self.anchor, wd, self.as_of) {
                    (Some(a), _, _) => calendars::resolve_day_month(core.cal, core.month, d, wd, a),
                    (None, Some(wd), Some(as_of)) => {
                        calendars::latest_on_weekday(core.cal, core.month, d, wd, as_of, super::WEEKDAY_YEARS)
                    }
                    _ => None,
                },
                DateKind::DayMonth,
                DatePrecision::Day,
            ),
            (None, Year::Explicit(y)) => {
                (calendars::mid_month(core.cal, y, core.month, None), DateKind::MonthOnly, DatePrecision::Month)
            }
            (None, Year::Back(b)) => (
                anchor_year(b).and_then(|y| calendars::mid_month(core.cal, y, core.month, self.anchor)),
                DateKind::MonthOnly,
                DatePrecision::Month,
            ),
            (None, Year::None) => (
                self.anchor.and_then(|a| calendars::resolve_month(core.cal, core.month, core.past, a)),
                DateKind::MonthOnly,
                DatePrecision::Month,
            ),
        };
        Some((Some(self.mention(i, core.end, date, precision, kind, core.cal)), core.end))
    }

    /// A date after optional decorations: numeric, day-month, month-day or month-year.
    /// `bare_month` allows a month name without day or year.
    fn core(&self, i: usize, bare_month: bool) -> Option<Core> {
        if let Some(c) = self.numeric(i) {
            return Some(c);
        }
        if let Some((day, j)) = self.day_number(i) {
            let mut k = self.opt(j, Lex::Of);
            k = self.opt(k, Lex::MonthWord);
            if let Some((cal, month, _, k)) = self.month_spec(k) {
                let (year, past, end) = self.year_part(k, cal);
                let impossible = day > calendars::max_day(cal, month);
                return Some(Core { cal, month, day: Some(day), year, past, end, impossible });
            }
        }
        // Latin "March 14, 2024"; in Arabic script only with the comma and the
        // year ("سبتمبر 26, 2021"), so that "مارس 5 مرات" is no date.
        if let Some((cal, month, _, j)) = self.month_spec(i) {
            let latin = self.text.as_bytes().get(self.tokens.toks.get(i)?.start).is_some_and(u8::is_ascii_alphabetic);
            let comma = self.is_punct(j + 1, &[',', '،']);
            if let Some(TokKind::Num { value, digits: 1..=2, suffix: NumSuffix::None | NumSuffix::Ordinal }) =
                self.kind(j)
            {
                let glued_digit = self.is_punct(j + 1, &['/', '.', '-', ':']) && self.glued(j + 1);
                if (1..=u32::from(calendars::max_day(cal, month))).contains(&value) && !glued_digit {
                    let (year, past, end) = self.year_part(j + 1, cal);
                    if latin || (comma && year != Year::None) {
                        return Some(Core { cal, month, day: Some(value as u8), year, past, end, impossible: false });
                    }
                }
            }
        }
        self.month_only(i, bare_month)
    }

    /// A month name with a year, or (when `bare`) a month word, a preposition or "last".
    fn month_only(&self, i: usize, bare: bool) -> Option<Core> {
        let lead_word = bare && self.lex(i) == Some(Lex::MonthWord);
        let lead_past = bare && self.lex(i) == Some(Lex::Past);
        let start = if lead_word || lead_past { i + 1 } else { i };
        let (cal, month, weak, j) = self.month_spec(start)?;
        let (year, past, end) = self.year_part(j, cal);
        if year != Year::None {
            return Some(Core { cal, month, day: None, year, past, end, impossible: false });
        }
        if !bare {
            return None;
        }
        let trail_word = self.lex(j) == Some(Lex::MonthWord);
        let mut end = if trail_word { j + 1 } else { j };
        let past = lead_past || self.lex(end) == Some(Lex::Past);
        if self.lex(end) == Some(Lex::Past) {
            end += 1;
        }
        let is_prep = |p: usize| MONTH_PREPS.contains(self.tokens.key(p));
        // "in March", and hyphenated "mid-October"
        let prep = match i.checked_sub(1) {
            Some(p) if self.is_punct(p, &['-']) => p.checked_sub(1).is_some_and(is_prep),
            Some(p) => is_prep(p),
            None => false,
        };
        let ok = lead_word || trail_word || past || (prep && !weak);
        ok.then_some(Core { cal, month, day: None, year: Year::None, past, end, impossible: false })
    }

    /// A month name, possibly doubled ("شباط/فبراير", "آذار (مارس)"), and an abbreviation's dot.
    fn month_spec(&self, i: usize) -> Option<(Calendar, u8, bool, usize)> {
        let Some(Hit { lex: Lex::Month { cal, month, weak }, len, .. }) = self.hit(i) else {
            return None;
        };
        let mut j = i + len;
        if weak && self.is_punct(j, &['.']) && self.glued(j) {
            j += 1;
        }
        let open = self.is_punct(j, &['(']);
        if open || self.is_punct(j, &['/', '-', '–']) {
            if let Some(Hit { lex: Lex::Month { month: m2, .. }, len: l2, .. }) = self.hit(j + 1) {
                if m2 == month {
                    j += 1 + l2;
                    if open && self.is_punct(j, &[')']) {
                        j += 1;
                    } else if open {
                        return Some((cal, month, weak, i + len));
                    }
                    return Some((cal, month, false, j));
                }
            }
        }
        if cal == Calendar::SolarHijri
            && self.lex(j) == Some(Lex::MonthWord)
            && self.year_part(j + 1, cal).0 != Year::None
        {
            j += 1;
        }
        Some((cal, month, weak, j))
    }

    /// A day of the month: one or two digits, or an Arabic ordinal word.
    fn day_number(&self, i: usize) -> Option<(u8, usize)> {
        if let Some(TokKind::Num { value, digits: 1..=2, suffix: NumSuffix::None | NumSuffix::Ordinal }) = self.kind(i)
        {
            // Not the tail of "1.5" or "3/4".
            if self.glued(i) && self.is_punct(i.wrapping_sub(1), &['.', '/', ',', '٫', ':']) {
                return None;
            }
            return (1..=31).contains(&value).then_some((value as u8, i + 1));
        }
        match self.lex(i)? {
            Lex::OrdTens(t) => Some((t, i + 1)),
            Lex::OrdUnit(u) => match self.lex(i + 1) {
                Some(Lex::OrdTeen) => Some((u + 10, i + 2)),
                Some(Lex::OrdTens(t)) => Some((u + t, i + 2)),
                _ => Some((u, i + 1)),
            },
            _ => None,
        }
    }

    /// An optional year after a month: `[,] [of] [year-word] NNNN [era]` or "last year".
    fn year_part(&self, i: usize, cal: Calendar) -> (Year, bool, usize) {
        let mut j = i;
        if self.is_punct(j, &[',', '،']) {
            j += 1;
        }
        j = self.opt(j, Lex::Of);
        if let Some(Hit { lex: Lex::YearBack(b), len, .. }) = self.hit(j) {
            return (Year::Back(b), false, j + len);
        }
        j = self.opt(j, Lex::YearWord);
        if let Some(TokKind::Num { value, digits: 4, suffix }) = self.kind(j) {
            let era_ok = match suffix {
                NumSuffix::Era(c) => c == cal,
                NumSuffix::None => true,
                NumSuffix::Ordinal => false,
            };
            let glued_more = self.glued(j + 1)
                && self.is_punct(j + 1, &['/', '.', '-', ':'])
                && matches!(self.kind(j + 2), Some(TokKind::Num { .. }))
                && self.glued(j + 2);
            if era_ok && !glued_more && calendars::year_ok(cal, value) {
                let end = self.era(j + 1, cal);
                return (Year::Explicit(value as i32), false, end);
            }
        }
        // No year: keep a trailing "last" ("14 آذار الماضي").
        match self.lex(i) {
            Some(Lex::Past) => (Year::None, true, i + 1),
            _ => (Year::None, false, i),
        }
    }

    /// Skips era marks after a year ("هـ", "ه.ش", "AD") that fit `cal`.
    fn era(&self, mut j: usize, cal: Calendar) -> usize {
        loop {
            match self.lex(j) {
                Some(Lex::Suffix(c)) if c.is_none_or(|c| c == cal) => j += 1,
                _ => return j,
            }
            if self.is_punct(j, &['.']) && matches!(self.lex(j + 1), Some(Lex::Suffix(_))) {
                j += 1;
            }
        }
    }

    /// `d/m/yyyy`, `yyyy-m-d`, `d.m.yyyy` (one separator, no spaces).
    fn numeric(&self, i: usize) -> Option<Core> {
        let num = |k: usize| match self.kind(k) {
            Some(TokKind::Num { value, digits, suffix }) => Some((value, digits, suffix)),
            _ => None,
        };
        let (a, ad, asuf) = num(i)?;
        let Some(TokKind::Punct(sep)) = self.kind(i + 1) else {
            return None;
        };
        if !matches!(sep, '/' | '-' | '.') || !self.is_punct(i + 3, &[sep]) {
            return None;
        }
        let (b, bd, bsuf) = num(i + 2)?;
        let (c, cd, csuf) = num(i + 4)?;
        if !(1..=4).all(|k| self.glued(i + k))
            || asuf != NumSuffix::None
            || bsuf != NumSuffix::None
            || (self.glued(i) && matches!(self.kind(i.wrapping_sub(1)), Some(TokKind::Punct(_) | TokKind::Num { .. })))
            || (self.glued(i + 5) && self.is_punct(i + 5, &['/', '-', '.']) && num(i + 6).is_some())
            || bd > 2
        {
            return None;
        }
        let (year, month, day, ydigits, ysuf) = if ad == 4 && cd <= 2 {
            (a, b, c, ad, csuf)
        } else if cd == 4 && ad <= 2 {
            // Day first; month first when that is the only reading ("11/22/2021",
            // which Arabic sites print too).
            if b > 12 && a <= 12 {
                (c, a, b, cd, csuf)
            } else {
                (c, b, a, cd, csuf)
            }
        } else {
            return None;
        };
        if ydigits != 4 {
            return None;
        }
        let mut end = i + 5;
        let era_cal = match ysuf {
            NumSuffix::Era(c) => Some(c),
            NumSuffix::Ordinal => return None,
            NumSuffix::None => match self.lex(end) {
                Some(Lex::Suffix(c)) => c,
                _ => None,
            },
        };
        let cal = match era_cal {
            Some(c) if calendars::year_ok(c, year) => c,
            Some(_) => return None,
            None if calendars::year_ok(Calendar::Gregorian, year) => Calendar::Gregorian,
            None if self.lang == Language::Persian && calendars::year_ok(Calendar::SolarHijri, year) => {
                Calendar::SolarHijri
            }
            None if calendars::year_ok(Calendar::Hijri, year) && self.lang != Language::English => Calendar::Hijri,
            None => return None,
        };
        end = self.era(end, cal);
        let (month, day) = (u8::try_from(month).ok()?, u8::try_from(day).ok()?);
        let impossible = calendars::to_gregorian(cal, year as i32, month, day).is_none();
        Some(Core { cal, month, day: Some(day), year: Year::Explicit(year as i32), past: false, end, impossible })
    }

    /// A relative phrase ("أمس", "هفته گذشته", "earlier this month").
    fn relative(&self, i: usize) -> Option<(Rel, DatePrecision, usize)> {
        let Some(Hit { lex: Lex::Rel(rel), len, .. }) = self.hit(i) else {
            return None;
        };
        // "اليوم التالي" is "the next day", not today.
        if rel == Rel::DaysAgo(0) && self.lang == Language::Arabic && len == 1 {
            let next = self.tokens.key(i + 1);
            let next_is_date = matches!(self.lex(i + 1), Some(Lex::Weekday { .. }));
            if next.starts_with("ال") && !next_is_date {
                return None;
            }
        }
        let precision = match rel {
            Rel::DaysAgo(_) => DatePrecision::Day,
            Rel::LastWeek | Rel::ThisWeek => DatePrecision::Week,
            Rel::LastMonth | Rel::ThisMonth => DatePrecision::Month,
        };
        Some((rel, precision, i + len))
    }

    /// "قبل يومين", "منذ 3 أيام", "two days ago", "چند روز پیش".
    fn ago(&self, i: usize) -> Option<(Rel, DatePrecision, usize)> {
        let before = self.lex(i) == Some(Lex::AgoBefore);
        let j = if before { i + 1 } else { i };
        // The amount: a count (or "few") and a unit.
        let (count, mut k) = match (self.kind(j), self.lex(j)) {
            (Some(TokKind::Num { value, digits: 1..=3, suffix: NumSuffix::None }), _) => (Some(value), j + 1),
            (_, Some(Lex::NumWord(1))) if self.lex(j + 1) == Some(Lex::Few) => (None, j + 2),
            (_, Some(Lex::NumWord(n))) => (Some(u32::from(n)), j + 1),
            (_, Some(Lex::Few)) => (None, j + 1),
            _ if before => (Some(0), j),
            _ => return None,
        };
        let (days, precision) = match (self.lex(k)?, count) {
            (Lex::DaysUnit(2), Some(0)) => (2, DatePrecision::Day),
            (Lex::DaysUnit(0), Some(0) | None) => (3, DatePrecision::Week),
            (Lex::DaysUnit(0) | Lex::DayWord, Some(n)) if n > 0 => (n, DatePrecision::Day),
            (Lex::DayWord, Some(0)) => (1, DatePrecision::Day),
            (Lex::WeeksUnit(w), Some(0)) if w > 0 => (7 * u32::from(w), DatePrecision::Week),
            (Lex::WeeksUnit(_), Some(n)) if n > 0 => (7 * n, DatePrecision::Week),
            (Lex::WeeksUnit(_), None) => (14, DatePrecision::Week),
            _ => return None,
        };
        k += 1;
        if !before {
            if self.lex(k) != Some(Lex::AgoAfter) {
                return None;
            }
            k += 1;
        }
        let days = u8::try_from(days).ok().filter(|d| *d <= 120)?;
        Some((Rel::DaysAgo(days), precision, k))
    }

    fn relative_mention(&self, i: usize, found: (Rel, DatePrecision, usize)) -> (Option<DateMention>, usize) {
        let (rel, precision, end) = found;
        let month_cal = if self.lang == Language::Persian { Calendar::SolarHijri } else { Calendar::Gregorian };
        let date = self.anchor.and_then(|a| match rel {
            Rel::DaysAgo(n) => a.checked_sub_days(Days::new(u64::from(n))),
            Rel::LastWeek => a.checked_sub_days(Days::new(7)),
            Rel::ThisWeek => a.checked_sub_days(Days::new(3)),
            Rel::LastMonth => calendars::month_back(month_cal, 1, a),
            Rel::ThisMonth => calendars::month_back(month_cal, 0, a),
        });
        let cal = match rel {
            Rel::LastMonth | Rel::ThisMonth => month_cal,
            _ => Calendar::Gregorian,
        };
        let kind = if rel == Rel::DaysAgo(0) { DateKind::Today } else { DateKind::Relative };
        (Some(self.mention(i, end, date, precision, kind, cal)), end)
    }
}
