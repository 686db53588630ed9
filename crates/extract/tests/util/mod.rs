//! Shared helpers of the extraction tests: one embedded kb, documents built
//! by hand, and a compact view of events for assertion messages.

#![allow(dead_code)]

use marsad_core::{Document, Event, Extraction, Language, Metadata, NaiveDate, Origin};
use marsad_extract::Extractor;
use marsad_kb::Kb;
use std::sync::LazyLock;

/// The embedded knowledge base, compiled once for the whole test binary.
pub static KB: LazyLock<Kb> = LazyLock::new(|| Kb::embedded().expect("embedded kb compiles"));

/// A calendar day.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// A document of `text` published on `published`. The declared language only
/// helps when detection cannot decide.
pub fn doc(text: &str, lang: Language, published: Option<NaiveDate>) -> Document {
    Document {
        id: "test".into(),
        origin: Origin::Stdin,
        title: None,
        text: text.into(),
        meta: Metadata { published, declared_language: Some(lang.code().into()), ..Default::default() },
    }
}

/// A document made of a headline, a blank line and a body.
pub fn article(title: &str, body: &str, lang: Language, published: Option<NaiveDate>) -> Document {
    let mut d = doc(&format!("{title}\n\n{body}"), lang, published);
    d.title = Some(title.into());
    d
}

/// Extracts `doc`, checking the language and that every evidence span slices
/// the document text to exactly its words.
pub fn extract(doc: &Document, lang: Language) -> Extraction {
    let ex = Extractor::new(&KB).extract(doc);
    assert_eq!(ex.language, Some(lang), "language of {:?}; diagnostics {:?}", doc.text, ex.diagnostics);
    for e in &ex.events {
        for ev in &e.evidence {
            assert_eq!(doc.text.get(ev.start..ev.end), Some(ev.text.as_str()), "evidence {ev:?} of {}", show(e));
        }
    }
    ex
}

/// Extracts and returns the events.
pub fn events(doc: &Document, lang: Language) -> Vec<Event> {
    extract(doc, lang).events
}

/// A one-line view of an event for assertion messages.
pub fn show(e: &Event) -> String {
    let ev: Vec<String> = e.evidence.iter().map(|v| format!("{}={:?}", v.field, v.text)).collect();
    format!(
        "[{} | {} | a1={:?} ({:?}) a2={:?} ({:?}) | {} {:?} {} prec={} | date={:?} tp={} | dead={} low={:?} high={:?} inj={:?} | bg={} | {}]",
        e.sub_event_type,
        e.event_type,
        e.actor1,
        e.actor1_id,
        e.actor2,
        e.actor2_id,
        e.location,
        e.location_id,
        e.admin1,
        e.geo_precision,
        e.event_date,
        e.time_precision,
        e.fatalities,
        e.fatalities_low,
        e.fatalities_high,
        e.injured,
        e.background,
        ev.join(" "),
    )
}

/// All events, one per line.
pub fn show_all(events: &[Event]) -> String {
    events.iter().map(show).collect::<Vec<_>>().join("\n")
}

/// The only event; fails with every event shown otherwise.
pub fn only(events: &[Event]) -> &Event {
    assert_eq!(events.len(), 1, "want one event, got:\n{}", show_all(events));
    &events[0]
}

/// The evidence words of `field`, if any.
pub fn evidence<'e>(e: &'e Event, field: &str) -> Option<&'e str> {
    e.evidence.iter().find(|v| v.field == field).map(|v| v.text.as_str())
}

/// The top-level actor id of an event's actor (unit ids roll up to their parent).
pub fn top_id(id: &Option<String>) -> Option<String> {
    let id = id.as_deref()?;
    let index = KB.actors.all().iter().position(|a| a.id == id)? as u32;
    KB.actors.top(index).map(|a| a.id.clone())
}
