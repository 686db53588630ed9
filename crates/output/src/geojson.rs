//! GeoJSON (RFC 7946): one Feature per event, a Point at `[longitude, latitude]`
//! or a null geometry when the event has no coordinates; every field of the
//! record is a property.

use marsad_core::Event;
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// What comes before the first feature.
pub const OPEN: &str = "{\"type\":\"FeatureCollection\",\"features\":[\n";
/// What comes after the last feature.
pub const CLOSE: &str = "\n]}\n";

/// Writes one event as a Feature (without separators).
pub fn write_feature<W: Write>(out: &mut W, event: &Event) -> io::Result<()> {
    let geometry = match (event.longitude, event.latitude) {
        (Some(lon), Some(lat)) => json!({"type": "Point", "coordinates": [lon, lat]}),
        _ => Value::Null,
    };
    let properties = match serde_json::to_value(event)? {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    let feature = json!({
        "type": "Feature",
        "id": event.event_id_cnty,
        "geometry": geometry,
        "properties": properties,
    });
    serde_json::to_writer(&mut *out, &feature)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::{fixture, EventWriter, Format};
    use marsad_core::Event;

    #[test]
    fn feature_collection_with_point_and_null_geometry() {
        let mut w = EventWriter::new(Format::Geojson, Vec::new());
        let located = fixture::event();
        let unlocated = Event { latitude: None, longitude: None, ..fixture::event() };
        w.write(&located).unwrap();
        w.write(&unlocated).unwrap();
        let out = w.finish().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["type"], "FeatureCollection");
        let f = v["features"].as_array().unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0]["geometry"]["coordinates"], serde_json::json!([40.25, 35.1]));
        assert!(f[1]["geometry"].is_null());
        assert_eq!(f[0]["properties"]["sub_event_type"], "Armed clash");
    }

    #[test]
    fn empty_collection_is_valid_json() {
        let out = EventWriter::new(Format::Geojson, Vec::new()).finish().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["features"].as_array().unwrap().len(), 0);
    }
}
