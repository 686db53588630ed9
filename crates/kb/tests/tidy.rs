//! Tidy checks of the data in `kb/`: the conventions every file follows,
//! checked over the files on disk (in the spirit of rust-analyzer's `tidy`
//! test). Each check collects every offending row, so one run lists them all.

use marsad_kb::{Kb, KbFiles};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// The `kb/` folder of the repository.
fn kb_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../kb")
}

/// Every file under `kb/`, as (path relative to kb/, bytes), in path order.
fn kb_files() -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.push((rel, fs::read(&path).unwrap()));
            }
        }
    }
    let root = kb_dir();
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out.sort();
    assert!(out.len() > 10, "kb/ looks empty at {}", root.display());
    out
}

/// One TSV file: its header and its non-blank rows with 1-based line numbers.
struct Table {
    path: String,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    fn col(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    /// `(line, field)` of column `name` for every row (empty when absent).
    fn column<'a>(&'a self, name: &str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        let c = self.col(name);
        self.rows.iter().map(move |(line, f)| (*line, c.and_then(|c| f.get(c)).map_or("", |s| s.trim())))
    }

    /// A field of a row by column name.
    fn get<'a>(&self, row: &'a [String], name: &str) -> &'a str {
        self.col(name).and_then(|c| row.get(c)).map_or("", |s| s.trim())
    }
}

fn tables() -> Vec<Table> {
    kb_files()
        .into_iter()
        .filter(|(p, _)| p.ends_with(".tsv"))
        .map(|(path, bytes)| {
            let text = String::from_utf8(bytes).unwrap_or_else(|_| panic!("{path}: not UTF-8"));
            let mut lines = text.lines().enumerate();
            let header =
                lines.next().map(|(_, h)| h.split('\t').map(|s| s.trim().to_string()).collect()).unwrap_or_default();
            let rows = lines
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(i, l)| (i + 1, l.split('\t').map(String::from).collect()))
                .collect();
            Table { path, header, rows }
        })
        .collect()
}

fn table<'a>(all: &'a [Table], path: &str) -> &'a Table {
    all.iter().find(|t| t.path == path).unwrap_or_else(|| panic!("kb/{path} is missing"))
}

fn check(what: &str, problems: Vec<String>) {
    assert!(problems.is_empty(), "{what}: {} problem(s):\n  {}", problems.len(), problems.join("\n  "));
}

#[test]
fn every_file_is_utf8_and_nfc() {
    let mut problems = Vec::new();
    for (path, bytes) in kb_files() {
        match std::str::from_utf8(&bytes) {
            Err(e) => problems.push(format!("kb/{path}: not UTF-8 ({e})")),
            Ok(text) => {
                if text.starts_with('\u{feff}') {
                    problems.push(format!("kb/{path}: starts with a byte-order mark"));
                }
                if !is_nfc(text) {
                    for (i, line) in text.lines().enumerate() {
                        if !is_nfc(line) {
                            let nfc: String = line.nfc().collect();
                            problems.push(format!("kb/{path}:{}: not NFC: {line:?} (NFC: {nfc:?})", i + 1));
                        }
                    }
                }
            }
        }
    }
    check("UTF-8 / NFC", problems);
}

#[test]
fn tsv_files_have_a_header_and_no_extra_fields() {
    let mut problems = Vec::new();
    for t in tables() {
        if t.header.is_empty() || t.header.iter().any(String::is_empty) {
            problems.push(format!("kb/{}:1: header line missing or has an empty column name: {:?}", t.path, t.header));
            continue;
        }
        let distinct: HashSet<&String> = t.header.iter().collect();
        if distinct.len() != t.header.len() {
            problems.push(format!("kb/{}:1: header repeats a column: {:?}", t.path, t.header));
        }
        for (line, fields) in &t.rows {
            if fields.len() > t.header.len() {
                problems.push(format!(
                    "kb/{}:{line}: {} fields for {} columns (a tab inside a field?)",
                    t.path,
                    fields.len(),
                    t.header.len()
                ));
            }
            if fields.iter().any(|f| f.contains('\r')) {
                problems.push(format!("kb/{}:{line}: carriage return (CRLF line end?)", t.path));
            }
        }
    }
    check("TSV shape", problems);
}

#[test]
fn no_duplicate_rows() {
    let mut problems = Vec::new();
    for t in tables() {
        let mut seen: BTreeMap<&[String], usize> = BTreeMap::new();
        for (line, fields) in &t.rows {
            if let Some(first) = seen.insert(fields.as_slice(), *line) {
                problems.push(format!("kb/{}:{line}: same row as line {first}", t.path));
            }
        }
    }
    check("duplicate rows", problems);
}

#[test]
fn ids_are_unique_within_a_file() {
    // Places of the same id in *different* files are overrides by design
    // (later files win); inside one file a repeated id silently drops a row.
    let mut problems = Vec::new();
    for t in tables() {
        if t.path != "actors/actors.tsv" && !(t.path.starts_with("places/") && t.col("id").is_some()) {
            continue;
        }
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (line, id) in t.column("id") {
            if let Some(first) = seen.insert(id, line) {
                problems.push(format!("kb/{}:{line}: id {id:?} already on line {first}", t.path));
            }
        }
    }
    check("unique ids", problems);
}

/// TSV files whose rows are *not* kept sorted by their first column.
/// Every kb/ TSV file is sorted today, so the list is empty; a file added
/// here must say why (e.g. order carries meaning).
const UNSORTED: &[&str] = &[];

#[test]
fn rows_are_sorted_by_first_column() {
    let mut problems = Vec::new();
    for t in tables() {
        if UNSORTED.contains(&t.path.as_str()) {
            continue;
        }
        for pair in t.rows.windows(2) {
            let (a, b) = (pair[0].1[0].as_bytes(), pair[1].1[0].as_bytes());
            if a > b {
                problems.push(format!(
                    "kb/{}:{}: {:?} sorts before {:?} on the line above (byte order)",
                    t.path, pair[1].0, pair[1].1[0], pair[0].1[0]
                ));
            }
        }
    }
    check("sorted rows (byte order of the first column)", problems);
}

#[test]
fn actor_parents_and_alias_actors_exist() {
    let all = tables();
    let actors = table(&all, "actors/actors.tsv");
    let ids: HashSet<&str> = actors.column("id").map(|(_, id)| id).collect();
    let mut problems = Vec::new();
    for (line, parent) in actors.column("parent") {
        if !parent.is_empty() && !ids.contains(parent) {
            problems.push(format!("kb/actors/actors.tsv:{line}: parent {parent:?} is not an actor id"));
        }
    }
    let alias_files: Vec<&Table> = all.iter().filter(|t| t.path.starts_with("actors/aliases-")).collect();
    assert_eq!(alias_files.len(), 3, "aliases for ar, en and fa");
    for t in alias_files {
        for (line, id) in t.column("actor_id") {
            if !ids.contains(id) {
                problems.push(format!("kb/{}:{line}: actor_id {id:?} is not an actor id", t.path));
            }
        }
    }
    check("actor cross-references", problems);
}

#[test]
fn trigger_values_are_acled_keys() {
    let all = tables();
    let mut keys: HashSet<&str> = table(&all, "lexicons/acled-types.tsv").column("key").map(|(_, k)| k).collect();
    // Keys the extractor maps to an ACLED key itself (assemble::resolve_key).
    keys.extend(["attack_generic", "ambush", "troop_movement", "road_closure"]);
    let mut problems = Vec::new();
    let files: Vec<&Table> = all.iter().filter(|t| t.path.starts_with("lexicons/events-")).collect();
    assert_eq!(files.len(), 3, "event lexicons for ar, en and fa");
    for t in files {
        for (line, fields) in &t.rows {
            let value = t.get(fields, "value");
            if t.get(fields, "kind") == "trigger" && !keys.contains(value) {
                problems.push(format!("kb/{}:{line}: trigger value {value:?} is not an ACLED key", t.path));
            }
        }
    }
    check("trigger values", problems);
}

/// The Syrian governorates, as `kb/places/admin1.tsv` names them.
fn syrian_governorates(all: &[Table]) -> BTreeSet<String> {
    let t = table(all, "places/admin1.tsv");
    t.rows
        .iter()
        .filter(|(_, f)| t.get(f, "country") == "SY" && t.get(f, "kind") == "admin1")
        .map(|(_, f)| t.get(f, "admin1").to_string())
        .collect()
}

fn place_tables(all: &[Table]) -> impl Iterator<Item = &Table> {
    all.iter().filter(|t| t.path.starts_with("places/") && t.col("id").is_some() && t.col("lat").is_some())
}

#[test]
fn syrian_places_are_in_one_of_the_14_governorates() {
    let all = tables();
    let governorates = syrian_governorates(&all);
    assert_eq!(governorates.len(), 14, "admin1.tsv names 14 Syrian governorates: {governorates:?}");
    let mut problems = Vec::new();
    for t in place_tables(&all) {
        for (line, f) in &t.rows {
            let admin1 = t.get(f, "admin1");
            if t.get(f, "country") == "SY" && t.get(f, "kind") != "country" && !governorates.contains(admin1) {
                problems.push(format!("kb/{}:{line}: {} has admin1 {admin1:?}", t.path, t.get(f, "id")));
            }
        }
    }
    check("Syrian admin1 names", problems);
}

/// Syria's bounding box, padded by about 10 km.
fn in_syria(lat: f64, lon: f64) -> bool {
    (32.2..=37.45).contains(&lat) && (35.6..=42.5).contains(&lon)
}

#[test]
fn syrian_coordinates_and_road_lines() {
    let all = tables();
    let mut problems = Vec::new();
    for t in place_tables(&all) {
        for (line, f) in &t.rows {
            let id = t.get(f, "id");
            let (lat, lon) = (t.get(f, "lat").parse::<f64>(), t.get(f, "lon").parse::<f64>());
            let (Ok(lat), Ok(lon)) = (lat, lon) else {
                problems.push(format!("kb/{}:{line}: {id}: lat/lon not numbers", t.path));
                continue;
            };
            if id.starts_with("marsad:sy-") && !in_syria(lat, lon) {
                problems.push(format!("kb/{}:{line}: {id} at {lat},{lon} is outside Syria", t.path));
            }
            if t.col("line").is_none() {
                continue;
            }
            let points: Vec<&str> = t.get(f, "line").split(';').filter(|p| !p.trim().is_empty()).collect();
            if t.get(f, "kind") == "road" && points.len() < 2 {
                problems.push(format!("kb/{}:{line}: road {id} has {} line point(s)", t.path, points.len()));
            }
            for p in points {
                let xy: Vec<Result<f64, _>> = p.split(',').map(|x| x.trim().parse::<f64>()).collect();
                match xy.as_slice() {
                    [Ok(la), Ok(lo)] if !id.starts_with("marsad:sy-") || in_syria(*la, *lo) => {}
                    [Ok(_), Ok(_)] => problems.push(format!("kb/{}:{line}: {id}: point {p:?} outside Syria", t.path)),
                    _ => problems.push(format!("kb/{}:{line}: {id}: bad point {p:?}, want lat,lon", t.path)),
                }
            }
        }
    }
    check("coordinates and road lines", problems);
}

/// Arabic letters Persian writes otherwise: ي (U+064A, Persian ی U+06CC) and
/// ك (U+0643, Persian ک U+06A9).
const ARABIC_ONLY: [char; 2] = ['\u{64A}', '\u{643}'];

#[test]
fn persian_word_lists_use_persian_yeh_and_kaf() {
    let all = tables();
    let mut problems = Vec::new();
    let persian = ["actors/aliases-fa.tsv", "lexicons/events-fa.tsv", "lexicons/geo-fa.tsv"];
    for path in persian {
        let t = table(&all, path);
        for (line, f) in &t.rows {
            // The note column is free English/Arabic commentary.
            let words = f.iter().enumerate().filter(|(i, _)| t.header.get(*i).is_none_or(|h| h != "note"));
            for (_, field) in words {
                if field.contains(ARABIC_ONLY) {
                    problems.push(format!("kb/{path}:{line}: {field:?} has Arabic ي/ك (Persian uses ی/ک)"));
                }
            }
        }
    }
    let boilerplate = table(&all, "lexicons/boilerplate.tsv");
    for (line, f) in &boilerplate.rows {
        let phrase = boilerplate.get(f, "phrase");
        if boilerplate.get(f, "lang") == "fa" && phrase.contains(ARABIC_ONLY) {
            problems.push(format!("kb/lexicons/boilerplate.tsv:{line}: {phrase:?} has Arabic ي/ك"));
        }
    }
    check("Persian letters", problems);
}

#[test]
fn persian_place_names_use_persian_yeh_and_kaf() {
    let all = tables();
    let mut problems = Vec::new();
    for t in place_tables(&all) {
        for (line, f) in &t.rows {
            let name = t.get(f, "name_fa");
            if name.contains(ARABIC_ONLY) {
                problems.push(format!("kb/{}:{line}: {}: name_fa {name:?} has Arabic ي/ك", t.path, t.get(f, "id")));
            }
        }
    }
    check("Persian place names", problems);
}

#[test]
fn embedded_kb_compiles_with_syrian_arabic_names() {
    let kb = Kb::compile(&KbFiles::embedded()).unwrap_or_else(|e| panic!("embedded kb: {e}"));
    let syrian_ar = kb.places.places().iter().filter(|p| p.country == "SY" && !p.name_ar.is_empty()).count();
    assert!(syrian_ar > 1_000, "only {syrian_ar} Syrian places with an Arabic name");
    assert!(!kb.actors.all().is_empty());
}

#[test]
fn embedded_files_are_the_files_on_disk() {
    // build.rs embeds kb/*.tsv and *.geojson; a stale build would test old data.
    let embedded = KbFiles::embedded();
    let mut problems = Vec::new();
    for (path, bytes) in kb_files() {
        if !(path.ends_with(".tsv") || path.ends_with(".geojson")) {
            continue;
        }
        match embedded.get(&path) {
            None => problems.push(format!("kb/{path} is not embedded")),
            Some(content) if content.as_bytes() != bytes.as_slice() => {
                problems.push(format!("kb/{path}: embedded copy differs from disk"))
            }
            Some(_) => {}
        }
    }
    check("embedded kb", problems);
}
