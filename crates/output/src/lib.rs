//! Event writers: JSON Lines (the default), ACLED-column CSV, a GeoJSON
//! FeatureCollection (RFC 7946) and a terminal table.
//!
//! Writers stream: events are written as they come, except the table, which
//! needs every row to size its columns. Output is a pure function of the events
//! given, so the same events give byte-identical output.
#![deny(missing_docs)]

mod csv_out;
mod geojson;
mod table;

use marsad_core::Event;
use std::io::{self, Write};
use std::str::FromStr;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per event per line.
    Jsonl,
    /// ACLED's columns in ACLED's order, then marsad's extensions.
    Csv,
    /// A GeoJSON FeatureCollection; events without coordinates have a null geometry.
    Geojson,
    /// A readable table for the terminal.
    Table,
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "json" | "ndjson" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            "geojson" => Ok(Format::Geojson),
            "table" => Ok(Format::Table),
            other => Err(format!("unknown format {other:?}: use jsonl, csv, geojson or table")),
        }
    }
}

/// Writes events in one format to any `Write`.
pub struct EventWriter<W: Write> {
    out: W,
    state: State,
}

enum State {
    Jsonl,
    Csv { header_written: bool },
    Geojson { features: usize },
    Table { events: Vec<Event> },
}

impl<W: Write> EventWriter<W> {
    /// A writer of `format` into `out`.
    pub fn new(format: Format, out: W) -> EventWriter<W> {
        let state = match format {
            Format::Jsonl => State::Jsonl,
            Format::Csv => State::Csv { header_written: false },
            Format::Geojson => State::Geojson { features: 0 },
            Format::Table => State::Table { events: Vec::new() },
        };
        EventWriter { out, state }
    }

    /// Writes one event.
    pub fn write(&mut self, event: &Event) -> io::Result<()> {
        match &mut self.state {
            State::Jsonl => {
                serde_json::to_writer(&mut self.out, event)?;
                self.out.write_all(b"\n")
            }
            State::Csv { header_written } => {
                if !*header_written {
                    csv_out::write_header(&mut self.out)?;
                    *header_written = true;
                }
                csv_out::write_row(&mut self.out, event)
            }
            State::Geojson { features } => {
                self.out.write_all(if *features == 0 { geojson::OPEN.as_bytes() } else { b",\n" })?;
                *features += 1;
                geojson::write_feature(&mut self.out, event)
            }
            State::Table { events } => {
                events.push(event.clone());
                Ok(())
            }
        }
    }

    /// Closes the output (the CSV header, the GeoJSON brackets, the table) and
    /// returns the inner writer, flushed.
    pub fn finish(mut self) -> io::Result<W> {
        match &self.state {
            State::Jsonl => {}
            State::Csv { header_written } => {
                if !header_written {
                    csv_out::write_header(&mut self.out)?;
                }
            }
            State::Geojson { features } => {
                if *features == 0 {
                    self.out.write_all(geojson::OPEN.as_bytes())?;
                }
                self.out.write_all(geojson::CLOSE.as_bytes())?;
            }
            State::Table { events } => table::write(&mut self.out, events)?,
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    use marsad_core::{Event, Evidence, Language, NaiveDate};

    /// A fully populated event for writer tests.
    pub fn event() -> Event {
        let text = "قتل 3 عناصر من الجيش السوري بهجوم لخلايا داعش قرب المالحة";
        Event {
            event_id_cnty: "SYR1".into(),
            event_date: NaiveDate::from_ymd_opt(2024, 3, 1),
            year: Some(2024),
            time_precision: 1,
            disorder_type: "Political violence".into(),
            event_type: "Battles".into(),
            sub_event_type: "Armed clash".into(),
            actor1: "Islamic State (Syria)".into(),
            inter1: 2,
            actor2: "Military Forces of Syria (2000-2024)".into(),
            inter2: 1,
            interaction: 12,
            iso: 760,
            region: "Middle East".into(),
            country: "Syria".into(),
            admin1: "Deir ez-Zor".into(),
            admin2: "Deir ez-Zor".into(),
            location: "Al-Malha".into(),
            latitude: Some(35.1),
            longitude: Some(40.25),
            geo_precision: 2,
            source: "Example, \"News\"".into(),
            notes: "Islamic State (Syria) attacked Military Forces of Syria near Al-Malha; 3 killed.".into(),
            fatalities: 3,
            timestamp: 1_709_251_200,
            fatalities_low: Some(3),
            fatalities_high: Some(3),
            language: Some(Language::Arabic),
            document_id: "doc-1".into(),
            published: NaiveDate::from_ymd_opt(2024, 3, 1),
            confidence: 0.8,
            evidence: vec![Evidence { field: "fatalities".into(), start: 7, end: 8, text: text[7..8].into() }],
            ..Event::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: Format, events: &[Event]) -> String {
        let mut w = EventWriter::new(format, Vec::new());
        for e in events {
            w.write(e).unwrap();
        }
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn jsonl_is_one_object_per_line_in_contract_order() {
        let out = render(Format::Jsonl, &[fixture::event(), fixture::event()]);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0]
            .starts_with(r#"{"event_id_cnty":"SYR1","event_date":"2024-03-01","year":2024,"time_precision":1,"#));
        let v: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
        assert_eq!(v["evidence"][0]["text"], "3");
        assert_eq!(v["language"], "ar");
        assert_eq!(v["fatalities_high"], 3);
    }

    #[test]
    fn same_events_give_identical_bytes() {
        for f in [Format::Jsonl, Format::Csv, Format::Geojson, Format::Table] {
            assert_eq!(render(f, &[fixture::event()]), render(f, &[fixture::event()]));
        }
    }

    #[test]
    fn formats_parse_by_name() {
        assert_eq!("GeoJSON".parse::<Format>(), Ok(Format::Geojson));
        assert!("xml".parse::<Format>().is_err());
    }
}
