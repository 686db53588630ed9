//! A readable terminal table: one row per event, the fields a reader scans first.

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use marsad_core::Event;
use std::io::{self, Write};

const HEADER: [&str; 9] = ["id", "date", "type", "actor1", "actor2", "location", "admin1", "killed", "doc"];

/// Writes all events as one table (or a line saying there were none).
pub fn write<W: Write>(out: &mut W, events: &[Event]) -> io::Result<()> {
    if events.is_empty() {
        return writeln!(out, "no events");
    }
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    table.set_width(160).set_header(HEADER);
    for e in events {
        let killed = match (e.fatalities_low, e.fatalities_high) {
            (Some(lo), Some(hi)) if lo != hi => format!("{} ({lo}–{hi})", e.fatalities),
            _ => e.fatalities.to_string(),
        };
        let mut kind = e.sub_event_type.clone();
        if e.background {
            kind.push_str(" [background]");
        }
        table.add_row(vec![
            e.event_id_cnty.clone(),
            e.event_date.map(|d| d.to_string()).unwrap_or_else(|| "?".into()),
            kind,
            e.actor1.clone(),
            e.actor2.clone(),
            e.location.clone(),
            e.admin1.clone(),
            killed,
            e.document_id.clone(),
        ]);
    }
    writeln!(out, "{table}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn rows_show_the_scanned_fields() {
        let mut buf = Vec::new();
        let mut e = fixture::event();
        e.fatalities_high = Some(5);
        write(&mut buf, &[e]).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert!(s.contains("Armed clash"), "{s}");
        assert!(s.contains("3 (3–5)"), "{s}");
        assert!(s.contains("2024-03-01"), "{s}");
    }

    #[test]
    fn empty_says_so() {
        let mut buf = Vec::new();
        write(&mut buf, &[]).unwrap();
        assert_eq!(buf, b"no events\n");
    }
}
