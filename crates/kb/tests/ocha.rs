//! The gazetteer checked against the UN OCHA Syria administrative gazetteer in
//! `../shared` (an evaluation set: never a source of the knowledge base). The
//! test skips with a message when the file is absent.

use marsad_core::Language;
use marsad_kb::places::km;
use marsad_kb::{Kb, KbFiles};
use marsad_text::normalize;
use std::path::Path;

const OCHA: &str = "../../../shared/data/ocha-syria/admin1-3-neighbourhoods.csv";

/// Splits one CSV line, honouring double quotes.
fn fields(line: &str) -> Vec<String> {
    let (mut out, mut cur, mut quoted) = (Vec::new(), String::new(), false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

#[test]
fn sub_district_seats_are_known_and_placed_near_ochas_centroids() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(OCHA);
    let Ok(content) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent (the OCHA check needs ../shared)", path.display());
        return;
    };
    let kb = Kb::compile(&KbFiles::embedded()).expect("the embedded kb compiles");
    let mut lines = content.lines();
    let header = fields(lines.next().expect("a header"));
    let col = |n: &str| header.iter().position(|h| h == n).expect("OCHA column");
    let (level, name_ar, lat, lon) = (col("level"), col("name_ar"), col("lat"), col("lon"));
    let (mut total, mut found, mut near) = (0, 0, 0);
    let mut far = Vec::new();
    for line in lines {
        let f = fields(line);
        if f.get(level).map(String::as_str) != Some("adm3") {
            continue;
        }
        let (Some(Ok(la)), Some(Ok(lo))) = (f.get(lat).map(|v| v.parse::<f64>()), f.get(lon).map(|v| v.parse::<f64>()))
        else {
            continue;
        };
        total += 1;
        // A sub-district is named after its seat; find the name as the matcher would.
        let name = f.get(name_ar).map(String::as_str).unwrap_or("");
        let key = normalize::key(name);
        let hits = kb.places.find(Language::Arabic, &key);
        let whole: Vec<u32> = hits
            .iter()
            .filter(|h| h.span.start == 0 && h.span.end == key.len())
            .flat_map(|h| h.entries.iter().copied())
            .collect();
        if whole.is_empty() {
            continue;
        }
        found += 1;
        let best =
            whole.iter().filter_map(|&i| kb.places.place(i)).map(|p| km(p.lat, p.lon, la, lo)).fold(f64::MAX, f64::min);
        // Centroids of sub-district polygons lie some way from their seat town.
        if best <= 25.0 {
            near += 1;
        } else {
            far.push(format!("{name} {best:.0} km"));
        }
    }
    assert!(total > 200, "the OCHA file has {total} sub-districts with coordinates");
    let coverage = found as f64 / total as f64;
    let placed = near as f64 / found.max(1) as f64;
    eprintln!(
        "OCHA sub-districts: {total}; known by name {found} ({coverage:.2}); within 25 km of the centroid {near} ({placed:.2}); far: {far:?}"
    );
    assert!(coverage >= 0.80, "only {coverage:.2} of OCHA's sub-district names are in the gazetteer");
    assert!(placed >= 0.90, "only {placed:.2} of the known sub-districts lie within 25 km of OCHA's centroid: {far:?}");
}
