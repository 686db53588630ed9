//! The event record: ACLED's columns, in ACLED's order, then marsad's extensions.
//!
//! The field names are the output contract (JSON Lines keys and CSV headers):
//! renaming one is a breaking change.

use crate::{Diagnostic, Language, Span};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// ACLED's column names, in ACLED's order: the CSV header starts with these.
pub const ACLED_COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// The words a field was read from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Which field: `"trigger"`, `"actor1"`, `"actor2"`, `"location"`, `"event_date"`,
    /// `"fatalities"`, `"injured"`, ...
    pub field: String,
    /// First byte in the document text.
    pub start: usize,
    /// One past the last byte in the document text.
    pub end: usize,
    /// The exact words, `text[start..end]`.
    pub text: String,
}

impl Evidence {
    /// Evidence for `field` covering `span` of `text`; `None` when the span does
    /// not fall on character boundaries of `text`.
    pub fn new(field: &str, span: Span, text: &str) -> Option<Evidence> {
        span.slice(text).map(|words| Evidence {
            field: field.to_string(),
            start: span.start,
            end: span.end,
            text: words.to_string(),
        })
    }
}

/// One event as one report tells it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// ACLED-style id: ISO alpha-3 country code and a number unique in the run (e.g. `SYR1`).
    pub event_id_cnty: String,
    /// The day of the event; `None` when the text gives no anchor.
    pub event_date: Option<NaiveDate>,
    /// Year of `event_date`.
    pub year: Option<i32>,
    /// 1 day, 2 week, 3 month.
    pub time_precision: u8,
    /// ACLED disorder type, e.g. `"Political violence"`.
    pub disorder_type: String,
    /// ACLED event type, e.g. `"Battles"`.
    pub event_type: String,
    /// ACLED sub-event type, e.g. `"Armed clash"`.
    pub sub_event_type: String,
    /// Who acted (ACLED name).
    pub actor1: String,
    /// Units or allies of actor1.
    pub assoc_actor_1: String,
    /// ACLED inter code of actor1 (1–8; 0 when none).
    pub inter1: u8,
    /// Who was acted on.
    pub actor2: String,
    /// Units or allies of actor2.
    pub assoc_actor_2: String,
    /// ACLED inter code of actor2 (0 when there is no actor2).
    pub inter2: u8,
    /// ACLED interaction code: the two inter codes, smaller first (e.g. 12, 17, 20).
    pub interaction: u8,
    /// `"Civilian targeting"` when civilians were the target, else empty.
    pub civilian_targeting: String,
    /// ISO 3166-1 numeric country code (Syria 760).
    pub iso: u16,
    /// ACLED region, e.g. `"Middle East"`.
    pub region: String,
    /// Country name.
    pub country: String,
    /// First-level admin area (governorate / province).
    pub admin1: String,
    /// Second-level admin area (district).
    pub admin2: String,
    /// Third-level admin area (sub-district).
    pub admin3: String,
    /// The place name.
    pub location: String,
    /// WGS 84 latitude.
    pub latitude: Option<f64>,
    /// WGS 84 longitude.
    pub longitude: Option<f64>,
    /// ACLED geo precision: 1 the place itself, 2 near it / part of a region, 3 only a larger area.
    pub geo_precision: u8,
    /// The outlet.
    pub source: String,
    /// ACLED source scale, e.g. `"National"`, `"Other"`.
    pub source_scale: String,
    /// A one-sentence English summary built from the fields.
    pub notes: String,
    /// Conservative best estimate of deaths (0 when the text gives no count).
    pub fatalities: u32,
    /// ACLED tags, `;`-separated.
    pub tags: String,
    /// Unix time of the record: the publication date at 00:00 UTC (deterministic), else 0.
    pub timestamp: i64,

    /// Lowest death count the text allows, `None` without a count.
    pub fatalities_low: Option<u32>,
    /// Highest death count the text allows, `None` without a count.
    pub fatalities_high: Option<u32>,
    /// Wounded, when the text gives a count.
    pub injured: Option<u32>,
    /// Knowledge-base id of actor1.
    pub actor1_id: Option<String>,
    /// Knowledge-base ids of the co-actors in `assoc_actor_1` (joined to actor1 by "and").
    #[serde(default)]
    pub assoc_actor_1_ids: Vec<String>,
    /// Knowledge-base id of actor2.
    pub actor2_id: Option<String>,
    /// Knowledge-base id of the place.
    pub location_id: Option<String>,
    /// Language of the report.
    pub language: Option<Language>,
    /// Id of the document the event was read from.
    pub document_id: String,
    /// URL of the report.
    pub url: Option<String>,
    /// Publication date of the report.
    pub published: Option<NaiveDate>,
    /// True when the event is recalled history rather than news of this report.
    pub background: bool,
    /// 0–1: how sure the extractor is.
    pub confidence: f32,
    /// Where each field came from in the document text.
    pub evidence: Vec<Evidence>,
}

/// What extraction made of one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// The document's id.
    pub document_id: String,
    /// The detected language, when supported.
    pub language: Option<Language>,
    /// Events, in order of first mention.
    pub events: Vec<Event>,
    /// Problems that emptied a field or skipped the document.
    pub diagnostics: Vec<Diagnostic>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keys_start_with_acled_columns_in_order() {
        let json = serde_json::to_value(Event::default()).unwrap();
        let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
        // serde_json without preserve_order sorts keys, so check membership here;
        // the CSV writer test checks the order.
        for col in ACLED_COLUMNS {
            assert!(keys.iter().any(|k| k.as_str() == col), "missing column {col}");
        }
    }

    #[test]
    fn evidence_refuses_spans_off_char_boundaries() {
        let text = "مقتل 3";
        assert!(Evidence::new("fatalities", Span::new(9, 10), text).is_some());
        assert!(Evidence::new("trigger", Span::new(1, 4), text).is_none());
    }
}
