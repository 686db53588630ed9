//! The gazetteer: places from `kb/places/*.tsv`, their names compiled into one
//! matcher, admin areas filled in from polygons and sub-district seats, and
//! ambiguous names resolved in context.

use crate::matcher::{leftmost_longest, Hit, PhraseMatcher, PhraseMatcherBuilder};
use crate::{tsv, KbError, KbFiles};
pub use marsad_core::geo::km;
use marsad_core::Language;
use marsad_text::normalize;
use serde_json::Value;
use std::collections::HashMap;

/// The columns every places file has, in this order.
pub const COLUMNS: [&str; 14] = [
    "id",
    "kind",
    "name_en",
    "name_ar",
    "name_fa",
    "alt_names",
    "lat",
    "lon",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "population",
    "source",
];

/// Shortest key (in chars) a place name needs to be matched in text.
const MIN_NAME_CHARS: usize = 3;

/// One place.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Stable id: `geonames:ID`, `ne:CODE` or `marsad:slug`.
    pub id: String,
    /// `country`, `admin1`, `admin2`, `admin3`, `city`, `town`, `village`, `desert`, `road`, `base`, ...
    pub kind: String,
    /// English name.
    pub name_en: String,
    /// Arabic name.
    pub name_ar: String,
    /// Persian name.
    pub name_fa: String,
    /// Other names and spellings.
    pub alt_names: Vec<String>,
    /// WGS 84 latitude.
    pub lat: f64,
    /// WGS 84 longitude.
    pub lon: f64,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Governorate / province (English).
    pub admin1: String,
    /// District (English).
    pub admin2: String,
    /// Sub-district (English).
    pub admin3: String,
    /// Population, 0 when unknown.
    pub population: u64,
    /// For roads: the points the road runs through.
    pub line: Vec<(f64, f64)>,
    /// Where the row came from (`geonames`, `curated`, a file name for imports).
    pub source: String,
}

impl Place {
    /// Every name of the place.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [self.name_en.as_str(), self.name_ar.as_str(), self.name_fa.as_str()]
            .into_iter()
            .chain(self.alt_names.iter().map(String::as_str))
            .filter(|n| !n.is_empty())
    }

    /// ACLED geo_precision of the place named on its own: 1 for a settlement or
    /// point, 2 for an area or road, 3 for an admin area or country.
    pub fn precision(&self) -> u8 {
        match self.kind.as_str() {
            "country" | "admin1" | "admin2" | "region" => 3,
            "desert" | "area" | "road" | "mountain" | "admin3" => 2,
            _ => 1,
        }
    }

    fn rank(&self) -> f64 {
        let kind = match self.kind.as_str() {
            "admin1" | "country" => 20.0,
            "city" => 15.0,
            "admin2" => 12.0,
            "town" | "admin3" => 10.0,
            "village" => 5.0,
            _ => 6.0,
        };
        kind + 2.0 * ((self.population as f64) + 1.0).log10()
    }
}

/// An admin-1 polygon for point-in-polygon assignment.
#[derive(Debug)]
struct Admin1Area {
    country: String,
    name: String,
    /// Rings of every polygon part (outer ring first, then holes), as (lon, lat).
    polygons: Vec<Vec<Vec<(f64, f64)>>>,
}

/// What resolving an ambiguous name may use.
#[derive(Clone, Debug, Default)]
pub struct Context<'a> {
    /// Admin-1 names said in the same sentence.
    pub admin1_near: &'a [String],
    /// Admin-1 names said anywhere in the document.
    pub admin1_doc: &'a [String],
    /// Countries (alpha-2) the document is about, most likely first.
    pub countries: &'a [String],
    /// Coordinates of places already resolved in the document.
    pub anchors: &'a [(f64, f64)],
}

/// The compiled gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    by_id: HashMap<String, u32>,
    names: PhraseMatcher,
    /// The extra keys of names as Persian writes Arabic places: without the
    /// article, words joined (searched together with `names` in Persian).
    names_fa: PhraseMatcher,
    areas: Vec<Admin1Area>,
    /// Keys of `places/stopnames.tsv`, sorted: never a place, neither alone
    /// nor read as a proclitic and a name ("فاطمة" is not ف + Atmeh).
    stop: Vec<String>,
}

impl Gazetteer {
    /// Reads every `places/*.tsv` file (later files override earlier rows of
    /// the same id) and `places/admin1-polygons.geojson`, then compiles.
    pub fn from_files(files: &KbFiles) -> Result<Gazetteer, KbError> {
        let mut places: Vec<Place> = Vec::new();
        let mut by_id: HashMap<String, u32> = HashMap::new();
        for (file, content) in files.with_prefix("places/") {
            if !file.ends_with(".tsv") || file.ends_with("stopnames.tsv") {
                continue;
            }
            let has_line = content.lines().next().is_some_and(|h| h.split('\t').any(|c| c.trim() == "line"));
            let mut wanted: Vec<&str> = COLUMNS.to_vec();
            if has_line {
                wanted.push("line");
            }
            tsv::read(file, content, &wanted, |row| {
                let place = parse_row(file, &row, has_line)?;
                match by_id.get(&place.id) {
                    Some(&i) => places[i as usize] = place,
                    None => {
                        by_id.insert(place.id.clone(), places.len() as u32);
                        places.push(place);
                    }
                }
                Ok(())
            })?;
        }
        let areas = match files.get("places/admin1-polygons.geojson") {
            Some(json) => parse_areas(json)?,
            None => Vec::new(),
        };
        for (file, content) in files.with_prefix("places/") {
            if file.ends_with(".alternates") {
                apply_alternates(&mut places, &by_id, file, content)?;
            }
        }
        let stop = stopnames(files)?;
        let empty = || PhraseMatcherBuilder::default().build().map_err(compile_err);
        let mut g = Gazetteer { places, by_id, names: empty()?, names_fa: empty()?, areas, stop: Vec::new() };
        g.fill_admin_areas();
        (g.names, g.names_fa) = g.compile_names(&stop)?;
        g.stop = stop;
        Ok(g)
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when there are no places.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Every place, in load order.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The place at `index` (as found in hits).
    pub fn place(&self, index: u32) -> Option<&Place> {
        self.places.get(index as usize)
    }

    /// The place with this id.
    pub fn get(&self, id: &str) -> Option<&Place> {
        self.by_id.get(id).and_then(|&i| self.place(i))
    }

    /// Place-name matches in key-normalised text of `lang`; each hit's
    /// entries are place indices.
    pub fn find<'g>(&'g self, lang: Language, key_text: &str) -> Vec<Hit<'g>> {
        let mut hits = match lang {
            Language::Persian => {
                let mut hits = self.names.find(key_text);
                hits.extend(self.names_fa.find(key_text));
                leftmost_longest(hits)
            }
            _ => self.names.find(key_text),
        };
        hits.retain(|h| {
            key_text
                .get(h.word_start..h.span.end)
                .is_none_or(|word| self.stop.binary_search_by(|s| s.as_str().cmp(word)).is_err())
        });
        hits
    }

    /// Places whose name has the key of `name` (best first, by rank).
    pub fn lookup(&self, name: &str) -> Vec<&Place> {
        let key = normalize::key(name);
        let mut found: Vec<&Place> = self
            .names
            .lookup(key.trim())
            .iter()
            .chain(self.names.lookup(&key.replace('-', " ")).iter())
            .filter_map(|&i| self.place(i))
            .collect();
        found.sort_by(|a, b| b.rank().total_cmp(&a.rank()).then(a.id.cmp(&b.id)));
        found.dedup_by(|a, b| a.id == b.id);
        found
    }

    /// The country and admin-1 area containing a point.
    pub fn admin1_at(&self, lat: f64, lon: f64) -> Option<(&str, &str)> {
        self.areas
            .iter()
            .find(|a| a.polygons.iter().any(|rings| in_polygon(rings, lon, lat)))
            .map(|a| (a.country.as_str(), a.name.as_str()))
    }

    /// The best of `candidates` (place indices) in `ctx`; ties go to the
    /// higher-ranked, then the smaller id, so the choice is deterministic.
    /// Small places in countries the document is not about are never chosen.
    pub fn resolve(&self, candidates: &[u32], ctx: &Context) -> Option<u32> {
        let score = |p: &Place| {
            let mut s = p.rank();
            if ctx.admin1_near.iter().any(|a| a == &p.admin1) {
                s += 100.0;
            }
            if ctx.admin1_doc.iter().any(|a| a == &p.admin1) {
                s += 40.0;
            }
            if let Some(pos) = ctx.countries.iter().position(|c| c == &p.country) {
                s += 60.0 / (pos as f64 + 1.0);
            }
            if let Some(d) = ctx.anchors.iter().map(|&(lat, lon)| km(lat, lon, p.lat, p.lon)).min_by(f64::total_cmp) {
                s += 50.0 * (-d / 60.0).exp();
            }
            s
        };
        candidates
            .iter()
            .filter_map(|&i| self.place(i).map(|p| (i, score(p), p)))
            .filter(|(_, _, p)| is_landmark(p) || ctx.countries.is_empty() || ctx.countries.contains(&p.country))
            .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.2.id.cmp(&a.2.id)))
            .map(|(i, _, _)| i)
    }

    /// Fills missing admin-1 names from the polygons, and, in Syria, missing
    /// admin-2/3 names from the nearest sub-district seat in the same
    /// governorate; admin-1 names spelled otherwise (an import's "Idleb")
    /// become the spelling of the admin-1 rows.
    fn fill_admin_areas(&mut self) {
        let mut canonical: HashMap<(String, String), String> = HashMap::new();
        for p in self.places.iter().filter(|p| p.kind == "admin1") {
            for name in p.names() {
                canonical.insert((p.country.clone(), normalize::key(name)), p.admin1.clone());
            }
        }
        for p in &mut self.places {
            if let Some(name) = canonical.get(&(p.country.clone(), normalize::key(&p.admin1))) {
                if !name.is_empty() && *name != p.admin1 {
                    p.admin1 = name.clone();
                }
            }
        }
        for i in 0..self.places.len() {
            if self.places[i].admin1.is_empty() && !matches!(self.places[i].kind.as_str(), "country") {
                let (lat, lon) = (self.places[i].lat, self.places[i].lon);
                if let Some((_, name)) = self.admin1_at(lat, lon) {
                    self.places[i].admin1 = name.to_string();
                }
            }
        }
        let seats: Vec<(f64, f64, String, String, String)> = self
            .places
            .iter()
            .filter(|p| p.kind == "admin3" && p.country == "SY")
            .map(|p| (p.lat, p.lon, p.admin1.clone(), p.admin2.clone(), p.name_en.clone()))
            .collect();
        for p in &mut self.places {
            if p.country != "SY"
                || !p.admin3.is_empty()
                || matches!(p.kind.as_str(), "country" | "admin1" | "admin2" | "road")
            {
                continue;
            }
            let nearest = seats
                .iter()
                .filter(|s| s.2 == p.admin1)
                .map(|s| (km(p.lat, p.lon, s.0, s.1), s))
                .min_by(|a, b| a.0.total_cmp(&b.0));
            if let Some((_, (_, _, _, admin2, admin3))) = nearest {
                if p.admin2.is_empty() {
                    p.admin2 = admin2.clone();
                }
                p.admin3 = admin3.clone();
            }
        }
    }

    /// Compiles the name matchers: one for Arabic and English text, one for
    /// Persian (which also knows Arabic names without the article and with
    /// words joined). Names in scripts marsad does not read are left out.
    fn compile_names(&self, stop: &[String]) -> Result<(PhraseMatcher, PhraseMatcher), KbError> {
        let mut main = PhraseMatcherBuilder::default();
        let mut persian = PhraseMatcherBuilder::default();
        for (i, p) in self.places.iter().enumerate() {
            for name in p.names().filter(|n| readable_script(n)) {
                // A Persian name is matched in Persian text only ("هوئه" is Huế
                // in Persian, a common word's neighbour in Arabic).
                let persian_only = name == p.name_fa && name != p.name_ar && !p.alt_names.iter().any(|a| a == name);
                let key = normalize::key(name);
                let mut keys = name_keys(&key);
                if p.kind == "road" {
                    keys.extend(road_keys(&key));
                }
                for k in persian_keys(&key) {
                    if k.chars().count() >= MIN_NAME_CHARS && !stop.contains(&k) && (persian_only || !keys.contains(&k))
                    {
                        persian.add(&k, i as u32);
                    }
                }
                for k in keys.iter().filter(|k| k.chars().count() >= MIN_NAME_CHARS && !stop.contains(k)) {
                    if persian_only {
                        persian.add(k, i as u32);
                    } else {
                        main.add(k, i as u32);
                    }
                }
            }
        }
        Ok((main.build().map_err(compile_err)?, persian.build().map_err(compile_err)?))
    }
}

/// Latin or Arabic script (with digits, spaces and punctuation): the scripts
/// of the texts marsad reads.
fn readable_script(name: &str) -> bool {
    name.chars().all(|c| {
        !c.is_alphabetic() || c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

fn compile_err(e: String) -> KbError {
    KbError::at("places/", 0, format!("cannot compile place names: {e}"))
}

/// The keys a name (already key-normalised) is matched under: itself, and
/// for Arabic names with the article the "لل" form (للميادين), for Latin
/// names the forms with hyphens as spaces and without a leading article
/// (al-, el-, ad-, ...).
pub fn name_keys(key: &str) -> Vec<String> {
    let key = key.trim().to_string();
    let mut out = vec![key.clone()];
    // "طريق دير الزور – دمشق": dashes are written many ways.
    if key.contains(['-', '–', '—']) {
        let bare: String = key.split(['-', '–', '—']).map(str::trim).collect::<Vec<_>>().join("\u{1}");
        for dash in ["-", " - ", "–", " – ", "—", " — "] {
            out.push(bare.replace('\u{1}', dash));
        }
    }
    if let Some(rest) = key.strip_prefix("ال") {
        out.push(format!("لل{rest}"));
    }
    // "ديرالزور", "#دير_الزور": Arabic names of several words are also written joined.
    if !key.is_ascii() && key.contains(' ') {
        let joined = key.replace(' ', "");
        if joined.chars().count() >= 6 {
            out.push(joined);
        }
    }
    if key.is_ascii() {
        let spaced = key.replace(['-', '_'], " ");
        for article in
            ["al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "adh ", "ath ", "ed ", "es ", "et "]
        {
            if let Some(rest) = spaced.strip_prefix(article) {
                out.push(rest.to_string());
            }
        }
        out.push(spaced);
    }
    out.sort();
    out.dedup();
    out
}

/// An Arabic name as Persian writes it: "الصالحية" → "صالحیه", "دير الزور"
/// → "دیرالزور" (keys fold ی/ي and ه/ة already).
fn persian_keys(key: &str) -> Vec<String> {
    let key = key.trim().to_string();
    let mut out = Vec::new();
    let bare = key.strip_prefix("ال").unwrap_or(&key).to_string();
    if bare != key && bare.chars().count() >= 4 {
        out.push(bare.clone());
    }
    if key.contains(' ') && !key.is_ascii() {
        out.push(key.replace(' ', ""));
    }
    out
}

/// A road name as news writes it between its two ends: "طريق أثريا خناصر"
/// is also "طريق أثريا – خناصر" and "طريق أثريا - خناصر".
fn road_keys(key: &str) -> Vec<String> {
    let words: Vec<&str> = key.split_whitespace().collect();
    let mut out = Vec::new();
    for i in 2..words.len() {
        for dash in [" - ", " – ", "-", "–"] {
            out.push(format!("{}{dash}{}", words[..i].join(" "), words[i..].join(" ")));
        }
    }
    out
}

fn parse_row(file: &str, row: &tsv::Row, has_line: bool) -> Result<Place, KbError> {
    let num = |i: usize, what: &str| -> Result<f64, KbError> {
        row.get(i)
            .parse::<f64>()
            .map_err(|_| KbError::at(file, row.line, format!("{what} {:?} is not a number", row.get(i))))
    };
    let id = row.get(0).to_string();
    if id.is_empty() {
        return Err(KbError::at(file, row.line, "empty id"));
    }
    let (lat, lon) = (num(6, "lat")?, num(7, "lon")?);
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(KbError::at(file, row.line, format!("coordinates {lat},{lon} out of range")));
    }
    let line = if has_line { parse_line(file, row.line, row.get(14))? } else { Vec::new() };
    Ok(Place {
        id,
        kind: row.get(1).to_string(),
        name_en: row.get(2).to_string(),
        name_ar: row.get(3).to_string(),
        name_fa: row.get(4).to_string(),
        alt_names: row.get(5).split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect(),
        lat,
        lon,
        country: row.get(8).to_string(),
        admin1: row.get(9).to_string(),
        admin2: row.get(10).to_string(),
        admin3: row.get(11).to_string(),
        population: row.get(12).parse().unwrap_or(0),
        line,
        source: row.get(13).to_string(),
    })
}

fn parse_line(file: &str, line: usize, s: &str) -> Result<Vec<(f64, f64)>, KbError> {
    s.split(';')
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let mut it = p.split(',').map(|x| x.trim().parse::<f64>());
            match (it.next(), it.next()) {
                (Some(Ok(lat)), Some(Ok(lon))) => Ok((lat, lon)),
                _ => Err(KbError::at(file, line, format!("bad line point {p:?}: want lat,lon"))),
            }
        })
        .collect()
}

fn parse_areas(json: &str) -> Result<Vec<Admin1Area>, KbError> {
    const FILE: &str = "places/admin1-polygons.geojson";
    let v: Value = serde_json::from_str(json).map_err(|e| KbError::at(FILE, e.line(), e.to_string()))?;
    let features = v["features"].as_array().ok_or_else(|| KbError::at(FILE, 0, "no features array"))?;
    let ring = |r: &Value| -> Vec<(f64, f64)> {
        r.as_array()
            .map(|pts| pts.iter().filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?))).collect())
            .unwrap_or_default()
    };
    let polygon = |p: &Value| -> Vec<Vec<(f64, f64)>> {
        p.as_array().map(|rs| rs.iter().map(ring).collect()).unwrap_or_default()
    };
    let mut out = Vec::new();
    for f in features {
        let geometry = &f["geometry"];
        let polygons = match geometry["type"].as_str() {
            Some("Polygon") => vec![polygon(&geometry["coordinates"])],
            Some("MultiPolygon") => {
                geometry["coordinates"].as_array().map(|ps| ps.iter().map(polygon).collect()).unwrap_or_default()
            }
            _ => continue,
        };
        out.push(Admin1Area {
            country: f["properties"]["country"].as_str().unwrap_or_default().to_string(),
            name: f["properties"]["name_en"].as_str().unwrap_or_default().to_string(),
            polygons,
        });
    }
    Ok(out)
}

/// Adds GeoNames alternate names to the places they belong to: the preferred
/// (or first) Arabic and Persian names fill empty name fields, the rest join
/// the alternate names.
fn apply_alternates(
    places: &mut [Place],
    by_id: &HashMap<String, u32>,
    file: &str,
    content: &str,
) -> Result<(), KbError> {
    tsv::read(file, content, &["geonameid", "lang", "name", "preferred"], |row| {
        let Some(&i) = by_id.get(&format!("geonames:{}", row.get(0))) else { return Ok(()) };
        let p = &mut places[i as usize];
        let name = row.get(2).to_string();
        let slot = match row.get(1) {
            "ar" => Some(&mut p.name_ar),
            "fa" => Some(&mut p.name_fa),
            _ => None,
        };
        match slot {
            Some(slot) if slot.is_empty() || row.get(3) == "1" => {
                let old = std::mem::replace(slot, name);
                if !old.is_empty() {
                    p.alt_names.push(old);
                }
            }
            _ => {
                if !p.alt_names.contains(&name) {
                    p.alt_names.push(name);
                }
            }
        }
        Ok(())
    })
}

fn stopnames(files: &KbFiles) -> Result<Vec<String>, KbError> {
    let mut out = Vec::new();
    if let Some(content) = files.get("places/stopnames.tsv") {
        tsv::read("places/stopnames.tsv", content, &["name"], |row| {
            out.push(normalize::key(row.get(0)).trim().to_string());
            Ok(())
        })?;
    }
    out.sort();
    Ok(out)
}

/// Even-odd ray casting over an outer ring and its holes (points as lon, lat).
fn in_polygon(rings: &[Vec<(f64, f64)>], x: f64, y: f64) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (xi, yi) = ring[i];
            let (xj, yj) = ring[(i + n - 1) % n];
            if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                inside = !inside;
            }
        }
    }
    inside
}

/// The countries of marsad's region: Syria and its neighbours, and Iran for
/// Persian sources. Places elsewhere (world capitals) are recognised, but an
/// event is placed there only when nothing nearer is named.
pub const REGION: [&str; 8] = ["SY", "IQ", "LB", "JO", "TR", "IR", "IL", "PS"];

/// Population from which a foreign city is known well enough to be named
/// without its country.
const LANDMARK_POPULATION: u64 = 100_000;

/// A country, a governorate or a large city: a place whose name alone says
/// which country a text is about.
pub fn is_landmark(p: &Place) -> bool {
    matches!(p.kind.as_str(), "country" | "admin1") || p.population >= LANDMARK_POPULATION
}
