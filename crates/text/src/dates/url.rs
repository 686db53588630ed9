//! Publication dates carried by URLs: `/2021/08/09/` paths and the
//! timestamps inside Twitter/X status ids.

use marsad_core::NaiveDate;

/// Twitter's snowflake epoch (2010-11-04T01:42:54.657Z) in milliseconds.
const SNOWFLAKE_EPOCH_MS: u64 = 1_288_834_974_657;

/// The publication day a URL carries, if any: a `/YYYY/MM/DD/` (or `-`
/// separated) path, or a Twitter/X status id.
pub fn date_from_url(url: &str) -> Option<NaiveDate> {
    path_date(url).or_else(|| status_date(url))
}

fn path_date(url: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = url.split(['/', '?', '#']).collect();
    parts.windows(3).find_map(|w| {
        let year: i32 = w[0].parse().ok().filter(|y| (1995..=2100).contains(y) && w[0].len() == 4)?;
        let month: u32 = w[1].parse().ok().filter(|_| w[1].len() <= 2)?;
        let day_part = w[2].split(['-', '_', '.']).next()?;
        let day: u32 = day_part.parse().ok().filter(|_| day_part.len() <= 2)?;
        NaiveDate::from_ymd_opt(year, month, day)
    })
}

fn status_date(url: &str) -> Option<NaiveDate> {
    let host_ok = ["twitter.com/", "x.com/"].iter().any(|h| url.contains(h));
    let rest = url.split("/status/").nth(1).filter(|_| host_ok)?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let id: u64 = digits.parse().ok()?;
    let ms = (id >> 22).checked_add(SNOWFLAKE_EPOCH_MS)?;
    let secs = i64::try_from(ms / 1000).ok()?;
    chrono::DateTime::from_timestamp(secs, 0).map(|t| t.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_paths_and_status_ids() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(date_from_url("https://news.example/2021/08/09/some-title/"), d(2021, 8, 9));
        assert_eq!(date_from_url("https://news.example/ar/2023/1/5/x"), d(2023, 1, 5));
        // Snowflake id whose timestamp falls on 2021-08-18 UTC.
        assert_eq!(date_from_url("https://twitter.com/someone/status/1427972470531923976"), d(2021, 8, 18));
        assert_eq!(date_from_url("https://news.example/articles/76446/"), None);
        assert_eq!(date_from_url("https://news.example/2021/13/40/"), None);
        assert_eq!(date_from_url("https://example.com/status/123"), None);
    }
}
