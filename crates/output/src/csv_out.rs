//! ACLED-column CSV: ACLED's 31 columns in ACLED's order, then marsad's extensions.

use marsad_core::event::ACLED_COLUMNS;
use marsad_core::Event;
use std::io::{self, Write};

/// Extension columns after ACLED's; `evidence` is a JSON array in one cell.
const EXTENSION_COLUMNS: [&str; 14] = [
    "fatalities_low",
    "fatalities_high",
    "injured",
    "actor1_id",
    "assoc_actor_1_ids",
    "actor2_id",
    "location_id",
    "language",
    "document_id",
    "url",
    "published",
    "background",
    "confidence",
    "evidence",
];

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(T::to_string).unwrap_or_default()
}

fn record(e: &Event) -> io::Result<Vec<String>> {
    let evidence = serde_json::to_string(&e.evidence)?;
    Ok(vec![
        e.event_id_cnty.clone(),
        opt(&e.event_date),
        opt(&e.year),
        e.time_precision.to_string(),
        e.disorder_type.clone(),
        e.event_type.clone(),
        e.sub_event_type.clone(),
        e.actor1.clone(),
        e.assoc_actor_1.clone(),
        e.inter1.to_string(),
        e.actor2.clone(),
        e.assoc_actor_2.clone(),
        e.inter2.to_string(),
        e.interaction.to_string(),
        e.civilian_targeting.clone(),
        e.iso.to_string(),
        e.region.clone(),
        e.country.clone(),
        e.admin1.clone(),
        e.admin2.clone(),
        e.admin3.clone(),
        e.location.clone(),
        opt(&e.latitude),
        opt(&e.longitude),
        e.geo_precision.to_string(),
        e.source.clone(),
        e.source_scale.clone(),
        e.notes.clone(),
        e.fatalities.to_string(),
        e.tags.clone(),
        e.timestamp.to_string(),
        opt(&e.fatalities_low),
        opt(&e.fatalities_high),
        opt(&e.injured),
        opt(&e.actor1_id),
        e.assoc_actor_1_ids.join("; "),
        opt(&e.actor2_id),
        opt(&e.location_id),
        opt(&e.language),
        e.document_id.clone(),
        opt(&e.url),
        opt(&e.published),
        e.background.to_string(),
        format!("{:.2}", e.confidence),
        evidence,
    ])
}

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().has_headers(false).from_writer(out)
}

fn flush<W: Write>(w: csv::Writer<W>) -> io::Result<()> {
    w.into_inner().map_err(|e| io::Error::other(e.to_string()))?;
    Ok(())
}

/// Writes the header line.
pub fn write_header<W: Write>(out: &mut W) -> io::Result<()> {
    let mut w = writer(out);
    w.write_record(ACLED_COLUMNS.iter().chain(EXTENSION_COLUMNS.iter()))?;
    flush(w)
}

/// Writes one event as a row.
pub fn write_row<W: Write>(out: &mut W, event: &Event) -> io::Result<()> {
    let mut w = writer(out);
    w.write_record(record(event)?)?;
    flush(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn header_is_acled_order_then_extensions_and_rows_align() {
        let mut buf = Vec::new();
        write_header(&mut buf).unwrap();
        write_row(&mut buf, &fixture::event()).unwrap();
        let mut r = csv::ReaderBuilder::new().from_reader(buf.as_slice());
        let headers = r.headers().unwrap().clone();
        assert_eq!(&headers.iter().take(31).collect::<Vec<_>>(), &ACLED_COLUMNS);
        assert_eq!(headers.len(), 31 + EXTENSION_COLUMNS.len());
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(row.len(), headers.len());
        let get = |name: &str| row.get(headers.iter().position(|h| h == name).unwrap()).unwrap().to_string();
        assert_eq!(get("event_date"), "2024-03-01");
        assert_eq!(get("source"), "Example, \"News\"");
        assert_eq!(get("latitude"), "35.1");
        assert_eq!(get("fatalities"), "3");
        assert_eq!(get("injured"), "");
        assert_eq!(get("language"), "ar");
        assert!(get("evidence").starts_with(r#"[{"field":"fatalities""#));
    }
}
