//! Bring-your-own gazetteers: a GeoNames dump (`allCountries.txt`, `SY.txt`,
//! with `alternateNamesV2.txt`) or an OCHA P-code CSV (`admin1-3` style),
//! converted to kb/ place rows so they load like the embedded files.

use crate::places::COLUMNS;
use crate::KbError;
use std::fmt::Write as _;

/// What a file to import turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub enum Imported {
    /// Place rows in the kb/ schema (TSV with header).
    Places(String),
    /// GeoNames alternate names: (geonameid, ISO language, name, preferred).
    AlternateNames(Vec<(String, String, String, bool)>),
}

/// Converts the content of `file` (named for messages) by sniffing its format.
pub fn import(file: &str, content: &str) -> Result<Imported, KbError> {
    let first = content.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let tabs = first.split('\t').count();
    if first.starts_with("level,") && first.contains("pcode") {
        return ocha(file, content).map(Imported::Places);
    }
    match tabs {
        19 => geonames(file, content).map(Imported::Places),
        8..=10 if first.split('\t').nth(1).is_some_and(|id| id.chars().all(|c| c.is_ascii_digit())) => {
            Ok(Imported::AlternateNames(alternate_names(content)))
        }
        _ => Err(KbError::at(
            file,
            1,
            "not a GeoNames dump (19 tab-separated columns), a GeoNames alternateNames file, or an OCHA P-code CSV (header level,pcode,...)",
        )),
    }
}

fn clean(s: &str) -> String {
    s.replace(['\t', '|', '\n', '\r'], " ").trim().to_string()
}

fn header() -> String {
    let mut out = COLUMNS.join("\t");
    out.push('\n');
    out
}

/// One row in the kb/ schema.
#[allow(clippy::too_many_arguments)]
fn row(
    out: &mut String,
    id: &str,
    kind: &str,
    en: &str,
    ar: &str,
    alt: &[String],
    lat: f64,
    lon: f64,
    country: &str,
    admin: [&str; 3],
    population: &str,
    source: &str,
) {
    let mut alt: Vec<String> = alt.iter().map(|a| clean(a)).filter(|a| !a.is_empty() && a != en && a != ar).collect();
    alt.sort();
    alt.dedup();
    let _ = writeln!(
        out,
        "{id}\t{kind}\t{}\t{}\t\t{}\t{lat:.5}\t{lon:.5}\t{country}\t{}\t{}\t{}\t{population}\t{source}",
        clean(en),
        clean(ar),
        alt.join("|"),
        clean(admin[0]),
        clean(admin[1]),
        clean(admin[2]),
    );
}

/// Kind of a GeoNames feature: settlements by population, admin levels, and
/// the feature code for anything else.
fn geonames_kind(class: &str, code: &str, population: u64) -> String {
    match (class, code) {
        ("A", "PCLI") => "country".into(),
        ("A", "ADM1") => "admin1".into(),
        ("A", "ADM2") => "admin2".into(),
        ("A", "ADM3") => "admin3".into(),
        ("P", c) if c.starts_with("PPLA") || c == "PPLC" || population >= 50_000 => "city".into(),
        ("P", _) if population >= 5_000 => "town".into(),
        ("P", _) => "village".into(),
        (_, c) => c.to_ascii_lowercase(),
    }
}

fn geonames(file: &str, content: &str) -> Result<String, KbError> {
    let mut out = header();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 19 {
            return Err(KbError::at(file, i + 1, format!("{} columns, a GeoNames row has 19", f.len())));
        }
        let num =
            |s: &str| s.parse::<f64>().map_err(|_| KbError::at(file, i + 1, format!("{s:?} is not a coordinate")));
        let (lat, lon) = (num(f[4])?, num(f[5])?);
        let population: u64 = f[14].parse().unwrap_or(0);
        let alt: Vec<String> = f[3].split(',').map(str::to_string).chain([f[2].to_string()]).collect();
        let pop = if population > 0 { population.to_string() } else { String::new() };
        let kind = geonames_kind(f[6], f[7], population);
        row(
            &mut out,
            &format!("geonames:{}", f[0]),
            &kind,
            f[1],
            "",
            &alt,
            lat,
            lon,
            f[8],
            ["", "", ""],
            &pop,
            "geonames-import",
        );
    }
    Ok(out)
}

fn alternate_names(content: &str) -> Vec<(String, String, String, bool)> {
    content
        .lines()
        .filter_map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let historic = f.get(7).is_some_and(|h| *h == "1");
            (f.len() >= 4 && !historic)
                .then(|| (f[1].to_string(), f[2].to_string(), clean(f[3]), f.get(4).is_some_and(|p| *p == "1")))
        })
        .collect()
}

/// Splits one CSV line, honouring double quotes.
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

fn ocha(file: &str, content: &str) -> Result<String, KbError> {
    let mut lines = content.lines().enumerate();
    let names: Vec<String> =
        lines.next().map(|(_, h)| csv_fields(h.trim_start_matches('\u{feff}'))).unwrap_or_default();
    let col = |n: &str| {
        names.iter().position(|h| h.trim() == n).ok_or_else(|| KbError::at(file, 1, format!("missing column {n:?}")))
    };
    let (level, pcode, en, ar, adm1, adm2, lat, lon) = (
        col("level")?,
        col("pcode")?,
        col("name_en")?,
        col("name_ar")?,
        col("adm1_en")?,
        col("adm2_en")?,
        col("lat")?,
        col("lon")?,
    );
    let mut out = header();
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let f = csv_fields(line);
        let get = |c: usize| f.get(c).map(String::as_str).unwrap_or("");
        // A row without coordinates cannot place anything.
        if get(lat).trim().is_empty() || get(lon).trim().is_empty() {
            continue;
        }
        let num = |c: usize| {
            get(c).parse::<f64>().map_err(|_| KbError::at(file, i + 1, format!("{:?} is not a coordinate", get(c))))
        };
        let (kind, admin) = match get(level) {
            "adm1" => ("admin1", [get(en), "", ""]),
            "adm2" => ("admin2", [get(adm1), get(en), ""]),
            "adm3" => ("admin3", [get(adm1), get(adm2), get(en)]),
            _ => ("neighbourhood", [get(adm1), get(adm2), ""]),
        };
        let country = get(pcode).get(..2).unwrap_or("").to_string();
        row(
            &mut out,
            &format!("ocha:{}", get(pcode)),
            kind,
            get(en),
            get(ar),
            &[],
            num(lat)?,
            num(lon)?,
            &country,
            admin,
            "",
            "ocha-import",
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geonames_rows_become_places() {
        let dump = "1000001\tAl Malhah\tAl Malhah\tal-Malha,Malha\t35.00000\t40.10000\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t200\tAsia/Damascus\t2020-01-01\n";
        let Imported::Places(tsv) = import("SY.txt", dump).unwrap() else { panic!("places expected") };
        let row: Vec<&str> = tsv.lines().nth(1).unwrap().split('\t').collect();
        assert_eq!(row[0], "geonames:1000001");
        assert_eq!(row[1], "village");
        assert_eq!(row[5], "Malha|al-Malha");
        assert_eq!((row[6], row[7], row[8]), ("35.00000", "40.10000", "SY"));
    }

    #[test]
    fn alternate_names_and_ocha_and_garbage() {
        let alt = "5\t1000001\tar\tالمالحة\t1\t\t\t\t\t\n6\t1000001\ten\tOld Malha\t\t\t\t1\t\t\n";
        assert_eq!(
            import("alternateNamesV2.txt", alt).unwrap(),
            Imported::AlternateNames(vec![("1000001".into(), "ar".into(), "المالحة".into(), true)])
        );
        let csv = "level,pcode,name_en,name_en_ref,name_ar,name_ar_ref,adm1_en,adm1_pcode,adm2_en,adm2_pcode,lat,lon,coord_type\n\
                   adm3,SY990100,Test Sub,,ناحية تجريبية,,Testgov,SY99,Test District,SY9901,34.5,38.25,polygon_centroid\n";
        let Imported::Places(tsv) = import("ocha.csv", csv).unwrap() else { panic!("places expected") };
        let row: Vec<&str> = tsv.lines().nth(1).unwrap().split('\t').collect();
        assert_eq!((row[0], row[1], row[3]), ("ocha:SY990100", "admin3", "ناحية تجريبية"));
        assert_eq!((row[9], row[10], row[11]), ("Testgov", "Test District", "Test Sub"));
        assert!(import("x.txt", "just some words\n").is_err());
    }
}
