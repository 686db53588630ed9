//! marsad's evaluation: readers for the evaluation data sets and pure scoring
//! of extracted events against them.
//!
//! Extraction itself is not run here: the binary builds documents, runs the
//! extractor (in parallel, timed) and hands the events to these scorers, so
//! every score is a pure function of the events, the knowledge base and the
//! data set.
//!
//! - [`airwars`]: Airwars incident records with their source texts.
//! - [`gold`]: marsad's own gold articles with expected events.
//! - [`ner`]: gazetteer coverage on Arabic named-entity gold (ANERcorp, NewsFANE).
//! - [`farsnews`]: events per article on mostly non-conflict Persian news.
//! - [`floor`]: minimum figures a report must reach.
#![deny(missing_docs)]

pub mod airwars;
pub mod farsnews;
pub mod floor;
pub mod gold;
pub mod ner;

use chrono::NaiveDate;
use marsad_core::{Event, Language};
use marsad_kb::lexicon::LexKind;
use marsad_kb::Kb;
use marsad_text::normalize;

/// Distance within which an extracted place matches a coded place, in km.
pub const PLACE_KM: f64 = 25.0;

pub use marsad_core::geo::km;

/// A JSON field as trimmed text (a number as written); empty when absent.
pub fn json_text(v: &serde_json::Value, key: &str) -> String {
    match v.get(key) {
        Some(serde_json::Value::String(s)) => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// A finite JSON number, or a string holding one.
pub fn json_number(v: &serde_json::Value, key: &str) -> Option<f64> {
    match v.get(key)? {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|x: &f64| x.is_finite())
}

/// A non-negative count (rounded), from a number or a string holding one.
pub fn json_count(v: &serde_json::Value, key: &str) -> Option<u32> {
    json_number(v, key).filter(|x| *x >= 0.0 && *x <= f64::from(u32::MAX)).map(|x| x.round() as u32)
}

/// Parses every non-blank line of a JSON Lines text with `parse` (given the
/// 1-based line number); bad lines become messages naming their line, and
/// the rest is read.
pub fn read_lines<T>(text: &str, mut parse: impl FnMut(usize, &str) -> Result<T, String>) -> (Vec<T>, Vec<String>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse(i + 1, line) {
            Ok(item) => out.push(item),
            Err(e) => errors.push(format!("line {}: {e}", i + 1)),
        }
    }
    (out, errors)
}

/// `hits / total`, 0 when `total` is 0 (the denominator is always reported beside it).
pub fn ratio(hits: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        hits as f64 / total as f64
    }
}

/// The match key of a name, trimmed; empty for an empty name.
pub fn name_key(name: &str) -> String {
    normalize::key(name).trim().to_string()
}

/// The keys of every name an event's place goes by: its `location` and every
/// name of its gazetteer place.
pub fn event_place_keys(kb: &Kb, event: &Event) -> Vec<String> {
    let mut keys = vec![name_key(&event.location)];
    if let Some(place) = event.location_id.as_deref().and_then(|id| kb.places.get(id)) {
        keys.extend(place.names().map(name_key));
    }
    keys.retain(|k| !k.is_empty());
    keys.sort();
    keys.dedup();
    keys
}

/// The places a coder's free-text place description names, as match keys.
///
/// A description names one place and then where it lies ("قرية الجريجسة في
/// ريف حماة", "Al Mashlab neighborhood, Raqqa"), or several ("الجديدة أو
/// اليعقوبية", "نبل و الزهراء"). Only the part before the first comma is
/// kept; it is split at "or"/"and", and each alternative loses the leading
/// settlement and vicinity words (the geo lexicon's area, near and in
/// phrases: "قرية", "بالقرب من", "the village of"), a trailing settlement
/// word ("Hazwan village"), and everything from an "in", countryside,
/// direction, vicinity or desert phrase on ("في ريف حماة", "in Al Bab city").
/// A countryside named last ("Damascus countryside") names no single place.
pub fn coded_place_keys(kb: &Kb, lang: Language, coded: &str) -> Vec<String> {
    let head = coded.split([',', '،', '(']).next().unwrap_or_default();
    let mut keys = Vec::new();
    for alt in split_alternatives(&normalize::key(head)) {
        let hits: Vec<(usize, usize, LexKind)> = kb
            .lexicons
            .find(lang, alt)
            .into_iter()
            .filter_map(|(span, i)| kb.lexicons.entry(i).map(|e| (span.start, span.end, e.kind)))
            .filter(|(s, e, _)| word_bounded(alt, *s, *e))
            .collect();
        if hits.iter().any(|(s, e, k)| *s > 0 && *e == alt.len() && matches!(k, LexKind::Countryside | LexKind::Desert))
        {
            continue; // "Damascus countryside" is no place of one name
        }
        let mut start = 0;
        while let Some(&(_, end, _)) =
            hits.iter().find(|(s, _, k)| *s == start && matches!(k, LexKind::Area | LexKind::Near | LexKind::In))
        {
            start = end + alt[end..].len() - alt[end..].trim_start().len();
        }
        let mut end = hits
            .iter()
            .filter(|(s, _, k)| {
                *s > start
                    && matches!(
                        k,
                        LexKind::In | LexKind::Countryside | LexKind::Direction | LexKind::Near | LexKind::Desert
                    )
            })
            .map(|(s, _, _)| *s)
            .min()
            .unwrap_or(alt.len());
        if let Some(&(s, _, _)) = hits
            .iter()
            .find(|(s, e, k)| *s > start && *e <= end && *k == LexKind::Area && alt[*e..end].trim().is_empty())
        {
            end = s;
        }
        let name = alt[start..end].trim();
        if !name.is_empty() {
            keys.push(name.to_string());
        }
    }
    keys
}

/// A keyed description split at " or " / " and " (Arabic "أو", a free-standing "و").
fn split_alternatives(key: &str) -> Vec<&str> {
    let mut parts = vec![key];
    for sep in [" او ", " or ", " و ", " and "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// True when `text[start..end]` is whole words: nothing alphanumeric touches it.
fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let (Some(head), Some(tail)) = (text.get(..start), text.get(end..)) else { return false };
    let before = head.chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after = tail.chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after && start < end
}

/// True when the event's place goes by one of `names` (compared by match key).
pub fn event_named(kb: &Kb, event: &Event, names: &[&str]) -> bool {
    let wanted: Vec<String> = names.iter().map(|n| name_key(n)).filter(|k| !k.is_empty()).collect();
    if wanted.is_empty() {
        return false;
    }
    event_place_keys(kb, event).iter().any(|k| wanted.contains(k))
}

/// Distance in km from the event's coordinates to a point, when it has coordinates.
pub fn event_km(event: &Event, lat: f64, lon: f64) -> Option<f64> {
    match (event.latitude, event.longitude) {
        (Some(a), Some(b)) if a.is_finite() && b.is_finite() => Some(km(a, b, lat, lon)),
        _ => None,
    }
}

/// True when `a` and `b` are at most `days` apart.
pub fn within_days(a: NaiveDate, b: NaiveDate, days: i64) -> bool {
    (a - b).num_days().abs() <= days
}

/// The id of the top-level actor `id` belongs to (the id itself when it is
/// top-level or unknown).
pub fn top_actor(kb: &Kb, id: &str) -> String {
    kb.actors
        .all()
        .iter()
        .position(|a| a.id == id)
        .and_then(|i| u32::try_from(i).ok())
        .and_then(|i| kb.actors.top(i))
        .map_or_else(|| id.to_string(), |a| a.id.clone())
}

/// Parses a date written `YYYY-MM-DD`, optionally followed by a time
/// (`2024-10-24T10:00:00Z`, `2024-10-24 10:00`); `None` for anything else.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', ' ', 't'])) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// The first `n` chars of `text`, on one line.
pub fn excerpt(text: &str, n: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = one_line.chars().take(n).collect();
    if one_line.chars().count() > n {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_days() {
        // Deir ez-Zor to al-Mayadin is about 42 km.
        let d = km(35.336, 40.141, 35.021, 40.452);
        assert!((40.0..46.0).contains(&d), "{d}");
        assert_eq!(km(35.0, 40.0, 35.0, 40.0), 0.0);
        let a = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
        assert!(within_days(a, NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(), 1));
        assert!(!within_days(a, NaiveDate::from_ymd_opt(2024, 2, 28).unwrap(), 1));
    }

    #[test]
    fn days_with_and_without_times() {
        let d = NaiveDate::from_ymd_opt(2024, 10, 24);
        assert_eq!(parse_day("2024-10-24"), d);
        assert_eq!(parse_day("2024-10-24T10:03:00+03:00"), d);
        assert_eq!(parse_day("2024-10-24 10:03"), d);
        assert_eq!(parse_day("22 أكتوبر 2024"), None);
        assert_eq!(parse_day("2024-10-245"), None);
        assert_eq!(parse_day(""), None);
        assert_eq!(ratio(1, 0), 0.0);
        assert_eq!(ratio(1, 4), 0.25);
    }

    #[test]
    fn excerpts_cut_on_chars() {
        assert_eq!(excerpt("قصف\n\nعلى  إدلب", 6), "قصف عل…");
        assert_eq!(excerpt("ab", 5), "ab");
    }
}
