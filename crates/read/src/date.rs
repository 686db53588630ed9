//! Publication dates as written: `YYYY-MM-DD`, RFC 3339, RFC 2822.

use chrono::NaiveDate;

/// Parses a date, taking the calendar date as written (no time-zone shift):
/// `2024-03-05`, `2024-03-05T23:30:00+03:00`, `2024-03-05 10:00`, or an
/// RFC 2822 date (`Tue, 5 Mar 2024 10:00:00 +0300`).
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(head) = s.get(..10) {
        let rest = s.get(10..).unwrap_or("");
        if rest.is_empty() || rest.starts_with(['T', 't', ' ']) {
            if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
                return Some(d);
            }
        }
    }
    chrono::DateTime::parse_from_rfc2822(s).ok().map(|d| d.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_written() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 5);
        assert_eq!(parse_date(" 2024-03-05 "), d);
        assert_eq!(parse_date("2024-03-05T23:30:00+03:00"), d);
        assert_eq!(parse_date("2024-03-05T23:30:00-11:00"), d);
        assert_eq!(parse_date("Tue, 5 Mar 2024 23:00:00 +0300"), d);
        assert_eq!(parse_date("2024-13-05"), None);
        assert_eq!(parse_date("2024-03-055"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("٢٠٢٤"), None);
    }
}
