//! Airwars incidents: the coded record is the gold, each of its source texts
//! one article to extract from.
//!
//! For every (incident, source) pair the extracted events are searched for one
//! that matches the incident's place (within [`PLACE_KM`] of its coordinates,
//! or by name), its date (±1 day), or both; among events matching both, the
//! attacker is checked against the alleged belligerents and the death count
//! against the civilian range.

use crate::{
    coded_place_keys, event_km, event_place_keys, excerpt, json_count, json_number, json_text, parse_day, ratio,
    top_actor, within_days, PLACE_KM,
};
use chrono::NaiveDate;
use marsad_core::{Event, Language};
use marsad_kb::Kb;
use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// The belligerent mapping shipped with marsad (`eval/airwars-belligerents.tsv`).
pub const BELLIGERENTS_TSV: &str = include_str!("../../../eval/airwars-belligerents.tsv");

/// Syria's bounding box; coordinates outside it are treated as missing.
const LAT_RANGE: (f64, f64) = (32.3, 37.4);
const LON_RANGE: (f64, f64) = (35.7, 42.4);

/// One Airwars incident.
#[derive(Clone, Debug, PartialEq)]
pub struct Incident {
    /// Airwars code, e.g. `RS4620`.
    pub code: String,
    /// The coded day.
    pub date: Option<NaiveDate>,
    /// The country, as coded ("Syria").
    pub country: String,
    /// English place name as coded.
    pub location_en: String,
    /// Arabic place name as coded.
    pub location_ar: String,
    /// Coordinates, when present and inside Syria's bounding box.
    pub coords: Option<(f64, f64)>,
    /// Alleged belligerents (the comma-separated field, split).
    pub belligerents: Vec<String>,
    /// Civilian deaths, min and max, when assessed (one bound stands for both when the other is null).
    pub deaths: Option<(u32, u32)>,
    /// The source texts.
    pub sources: Vec<Source>,
}

/// One source text of an incident.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The outlet.
    pub publisher: String,
    /// Where it was published.
    pub url: String,
    /// Publication day, when given as a date.
    pub published: Option<NaiveDate>,
    /// `ar`, `en` or `fa`.
    pub language: String,
    /// The text as published.
    pub text: String,
}

/// Coordinates inside Syria's bounding box, else `None`.
pub fn valid_coords(lat: Option<f64>, lon: Option<f64>) -> Option<(f64, f64)> {
    let (lat, lon) = (lat?, lon?);
    let inside = (LAT_RANGE.0..=LAT_RANGE.1).contains(&lat) && (LON_RANGE.0..=LON_RANGE.1).contains(&lon);
    inside.then_some((lat, lon))
}

/// Reads one incident from a JSON object.
pub fn parse_incident(line: &str) -> Result<Incident, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    if !v.is_object() {
        return Err("not a JSON object".into());
    }
    let code = json_text(&v, "incident_code");
    if code.is_empty() {
        return Err("no incident_code".into());
    }
    let deaths = match (json_count(&v, "civilian_deaths_min"), json_count(&v, "civilian_deaths_max")) {
        (Some(a), Some(b)) => Some((a.min(b), a.max(b))),
        (Some(a), None) | (None, Some(a)) => Some((a, a)),
        (None, None) => None,
    };
    let sources = v
        .get("sources")
        .and_then(Value::as_array)
        .map(|all| {
            all.iter()
                .map(|s| Source {
                    publisher: json_text(s, "publisher"),
                    url: json_text(s, "original_url"),
                    published: parse_day(&json_text(s, "publication_date")),
                    language: json_text(s, "language").to_ascii_lowercase(),
                    text: s.get("text").and_then(Value::as_str).unwrap_or_default().to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Incident {
        date: parse_day(&json_text(&v, "incident_date")),
        country: json_text(&v, "country"),
        location_en: json_text(&v, "location_en"),
        location_ar: json_text(&v, "location_ar_airwars"),
        coords: valid_coords(json_number(&v, "latitude"), json_number(&v, "longitude")),
        belligerents: json_text(&v, "alleged_belligerent")
            .split(',')
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(String::from)
            .collect(),
        deaths,
        sources,
        code,
    })
}

/// Reads a JSON Lines file of incidents; bad lines are returned as messages
/// naming their line number, and the rest is read.
pub fn read_incidents(text: &str) -> (Vec<Incident>, Vec<String>) {
    crate::read_lines(text, |_, line| parse_incident(line))
}

/// Which extracted actors count for which Airwars belligerent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Belligerents {
    rows: Vec<(String, Vec<String>)>,
}

impl Belligerents {
    /// Reads the TSV `belligerent<TAB>actor_id_prefixes` (prefixes separated by
    /// `|`); a header line and `#` comment lines are skipped.
    pub fn parse(tsv: &str) -> Result<Belligerents, String> {
        let mut rows = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') || (i == 0 && line.starts_with("belligerent\t")) {
                continue;
            }
            let Some((name, prefixes)) = line.split_once('\t') else {
                return Err(format!("line {}: expected two tab-separated columns", i + 1));
            };
            let prefixes: Vec<String> =
                prefixes.split('|').map(str::trim).filter(|p| !p.is_empty()).map(String::from).collect();
            if prefixes.is_empty() {
                return Err(format!("line {}: no actor id prefix for {name:?}", i + 1));
            }
            rows.push((name.trim().to_string(), prefixes));
        }
        Ok(Belligerents { rows })
    }

    /// The mapping shipped with marsad.
    pub fn shipped() -> Belligerents {
        Belligerents::parse(BELLIGERENTS_TSV).unwrap_or_default()
    }

    /// True when the mapping knows `belligerent`.
    pub fn knows(&self, belligerent: &str) -> bool {
        self.rows.iter().any(|(n, _)| n.eq_ignore_ascii_case(belligerent))
    }

    /// True when one of `ids` starts with a prefix of `belligerent`.
    pub fn matches(&self, belligerent: &str, ids: &[&str]) -> bool {
        self.rows
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(belligerent))
            .flat_map(|(_, p)| p.iter())
            .any(|p| ids.iter().any(|id| id.starts_with(p.as_str())))
    }
}

/// Why a pair has no event matching both place and date.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Miss {
    /// The text yielded no event.
    NoEvent,
    /// No event at the incident's place.
    WrongPlace {
        /// Places of the extracted events (distinct, in order, at most 3).
        extracted: Vec<String>,
        /// Distance from the nearest extracted event to the incident, when both have coordinates.
        nearest_km: Option<f64>,
        /// Whether the gazetteer knows the incident's place by its coded name at all.
        in_gazetteer: bool,
    },
    /// Events at the place, none on the day.
    WrongDate {
        /// The coded day.
        incident: Option<NaiveDate>,
        /// Days of the events at the place (distinct, in order, at most 3).
        extracted: Vec<Option<NaiveDate>>,
    },
    /// One event at the place and another on the day, none both.
    Split,
    /// Place and day match, the attacker is none of the belligerents.
    WrongActor {
        /// The event's attacker (`actor1`), empty when none was found.
        extracted: String,
        /// Its associates (`assoc_actor_1`).
        associates: String,
        /// The incident's alleged belligerents.
        belligerents: Vec<String>,
    },
    /// Place, day (and actor, when judged) match; the deaths fall outside the civilian range.
    WrongDeaths {
        /// The event's deaths.
        extracted: u32,
        /// The coded civilian range.
        range: (u32, u32),
    },
}

impl fmt::Display for Miss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Miss::NoEvent => f.write_str("no event"),
            Miss::WrongPlace { extracted, nearest_km, in_gazetteer } => {
                let names: Vec<&str> = extracted.iter().map(|s| if s.is_empty() { "(no place)" } else { s }).collect();
                write!(f, "wrong place: extracted {}", names.join(", "))?;
                if let Some(d) = nearest_km {
                    write!(f, "; nearest {d:.0} km away")?;
                }
                if !in_gazetteer {
                    f.write_str("; place not in the gazetteer")?;
                }
                Ok(())
            }
            Miss::WrongDate { incident, extracted } => {
                let days: Vec<String> =
                    extracted.iter().map(|d| d.map_or_else(|| "(no date)".into(), |d| d.to_string())).collect();
                let coded = incident.map_or_else(|| "(none)".into(), |d| d.to_string());
                write!(f, "wrong date: incident {coded}, extracted {}", days.join(", "))
            }
            Miss::Split => f.write_str("place and date matched by different events"),
            Miss::WrongActor { extracted, associates, belligerents } => {
                let got = if extracted.is_empty() { "(no actor)" } else { extracted };
                write!(f, "wrong actor: extracted {got}")?;
                if !associates.is_empty() {
                    write!(f, " with {associates}")?;
                }
                write!(f, ", alleged {}", belligerents.join(", "))
            }
            Miss::WrongDeaths { extracted, range: (lo, hi) } => {
                write!(f, "wrong deaths: extracted {extracted}, civilian range {lo}–{hi}")
            }
        }
    }
}

/// How one (incident, source) pair scored.
#[derive(Clone, Debug, PartialEq)]
pub struct PairScore {
    /// Some event at the incident's place.
    pub place: bool,
    /// Some event on the incident's day (±1).
    pub date: bool,
    /// Some event matching both.
    pub joint: bool,
    /// For a joint match with a mapped belligerent: whether the attacker is one of them.
    pub actor: Option<bool>,
    /// For a joint match with an assessed civilian range: whether the deaths fall in it.
    pub fatalities: Option<bool>,
    /// Events extracted from the text.
    pub events: usize,
    /// Why there is no joint match, or why the joint match is judged wrong.
    pub miss: Option<Miss>,
}

/// The match keys of the places the incident's coded Arabic and English
/// place names name (see [`coded_place_keys`]).
fn coded_places(kb: &Kb, inc: &Incident) -> Vec<String> {
    let mut keys = coded_place_keys(kb, Language::Arabic, &inc.location_ar);
    keys.extend(coded_place_keys(kb, Language::English, &inc.location_en));
    keys
}

/// Whether `e` is at the incident's place: within [`PLACE_KM`] of its
/// coordinates, or named like one of its `coded` places in its country.
fn place_ok(kb: &Kb, inc: &Incident, coded: &[String], e: &Event) -> bool {
    let near = inc.coords.and_then(|(lat, lon)| event_km(e, lat, lon)).is_some_and(|d| d <= PLACE_KM);
    if near {
        return true;
    }
    let same_country = e.country.is_empty() || inc.country.is_empty() || e.country == inc.country;
    same_country && !coded.is_empty() && event_place_keys(kb, e).iter().any(|k| coded.contains(k))
}

fn date_ok(inc: &Incident, e: &Event) -> bool {
    matches!((inc.date, e.event_date), (Some(a), Some(b)) if within_days(a, b, 1))
}

/// Whether an event's attacker is one of the incident's belligerents; `None`
/// when no belligerent of the incident is in the mapping. A joint attack
/// ("قوات النظام وروسيا") has several attackers: actor1 and the co-actors
/// joined to it, and any of them may be the alleged one.
pub fn actor_correct(kb: &Kb, map: &Belligerents, belligerents: &[String], e: &Event) -> Option<bool> {
    if !belligerents.iter().any(|b| map.knows(b)) {
        return None;
    }
    let Some(id) = e.actor1_id.as_deref() else { return Some(false) };
    Some(std::iter::once(id).chain(e.assoc_actor_1_ids.iter().map(String::as_str)).any(|id| {
        let top = top_actor(kb, id);
        belligerents.iter().any(|b| map.matches(b, &[id, top.as_str()]))
    }))
}

/// The first event (in order of mention) matching the incident's place and
/// date, if any: the event the pair is judged on.
pub fn joint_match<'e>(kb: &Kb, inc: &Incident, events: &'e [Event]) -> Option<&'e Event> {
    let coded = coded_places(kb, inc);
    events.iter().find(|e| place_ok(kb, inc, &coded, e) && date_ok(inc, e))
}

/// B-cubed precision and recall of a clustering: `predicted[i]` and `gold[i]`
/// are the cluster and the true class of item `i`. Each item scores the share
/// of its cluster that shares its class (precision) and the share of its
/// class that shares its cluster (recall); the figures are the means.
pub fn bcubed(predicted: &[u64], gold: &[usize]) -> (f64, f64) {
    let n = predicted.len().min(gold.len());
    if n == 0 {
        return (0.0, 0.0);
    }
    let (mut p, mut r) = (0.0, 0.0);
    for i in 0..n {
        let both = (0..n).filter(|&j| predicted[j] == predicted[i] && gold[j] == gold[i]).count() as f64;
        let cluster = (0..n).filter(|&j| predicted[j] == predicted[i]).count() as f64;
        let class = (0..n).filter(|&j| gold[j] == gold[i]).count() as f64;
        p += both / cluster;
        r += both / class;
    }
    (p / n as f64, r / n as f64)
}

/// Scores the events extracted from one source text of `inc`. Among several
/// events matching place and date, the first (in order of mention) is judged
/// for actor and fatalities.
pub fn score_pair(kb: &Kb, map: &Belligerents, inc: &Incident, events: &[Event]) -> PairScore {
    let coded = coded_places(kb, inc);
    let place: Vec<bool> = events.iter().map(|e| place_ok(kb, inc, &coded, e)).collect();
    let date: Vec<bool> = events.iter().map(|e| date_ok(inc, e)).collect();
    let joint = events.iter().enumerate().find(|(i, _)| place[*i] && date[*i]).map(|(_, e)| e);
    let mut score = PairScore {
        place: place.iter().any(|&x| x),
        date: date.iter().any(|&x| x),
        joint: joint.is_some(),
        actor: None,
        fatalities: None,
        events: events.len(),
        miss: None,
    };
    if let Some(e) = joint {
        score.actor = actor_correct(kb, map, &inc.belligerents, e);
        score.fatalities = inc.deaths.map(|(lo, hi)| (lo..=hi).contains(&e.fatalities));
        score.miss = if score.actor == Some(false) {
            Some(Miss::WrongActor {
                extracted: e.actor1.clone(),
                associates: e.assoc_actor_1.clone(),
                belligerents: inc.belligerents.clone(),
            })
        } else {
            inc.deaths
                .filter(|_| score.fatalities == Some(false))
                .map(|range| Miss::WrongDeaths { extracted: e.fatalities, range })
        };
        return score;
    }
    score.miss = Some(if events.is_empty() {
        Miss::NoEvent
    } else if !score.place {
        let mut extracted: Vec<String> = Vec::new();
        for e in events {
            if !extracted.contains(&e.location) && extracted.len() < 3 {
                extracted.push(e.location.clone());
            }
        }
        let nearest_km = inc
            .coords
            .and_then(|(lat, lon)| events.iter().filter_map(|e| event_km(e, lat, lon)).min_by(f64::total_cmp));
        let in_gazetteer = coded.iter().any(|n| !kb.places.lookup(n).is_empty());
        Miss::WrongPlace { extracted, nearest_km, in_gazetteer }
    } else if !score.date {
        let mut extracted = Vec::new();
        for (e, _) in events.iter().zip(&place).filter(|(_, &p)| p) {
            if !extracted.contains(&e.event_date) && extracted.len() < 3 {
                extracted.push(e.event_date);
            }
        }
        Miss::WrongDate { incident: inc.date, extracted }
    } else {
        Miss::Split
    });
    score
}

/// Figures over a set of pairs.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    /// (incident, source) pairs.
    pub pairs: usize,
    /// Pairs with an event at the place.
    pub place_hits: usize,
    /// `place_hits / pairs`.
    pub place_recall: f64,
    /// Pairs with an event on the day (±1).
    pub date_hits: usize,
    /// `date_hits / pairs`.
    pub date_recall: f64,
    /// Pairs with an event matching both.
    pub joint_hits: usize,
    /// `joint_hits / pairs`.
    pub joint_recall: f64,
    /// Joint matches whose attacker is an alleged belligerent.
    pub actor_correct: usize,
    /// Joint matches with a belligerent in the mapping.
    pub actor_total: usize,
    /// `actor_correct / actor_total`.
    pub actor_accuracy: f64,
    /// Joint matches whose deaths fall in the civilian range.
    pub fatality_correct: usize,
    /// Joint matches with an assessed civilian range.
    pub fatality_total: usize,
    /// `fatality_correct / fatality_total`.
    pub fatality_accuracy: f64,
    /// Events extracted.
    pub events: usize,
    /// `events / pairs`.
    pub events_per_text: f64,
    /// Bytes of text extracted from.
    pub bytes: usize,
    /// Wall-clock seconds spent in extraction.
    pub seconds: f64,
    /// Texts per second of extraction.
    pub articles_per_second: f64,
    /// Megabytes (10^6 bytes) per second of extraction.
    pub mb_per_second: f64,
}

impl Summary {
    /// Adds one pair scored on a text of `bytes` bytes.
    pub fn add(&mut self, s: &PairScore, bytes: usize) {
        self.pairs += 1;
        self.place_hits += usize::from(s.place);
        self.date_hits += usize::from(s.date);
        self.joint_hits += usize::from(s.joint);
        if let Some(ok) = s.actor {
            self.actor_total += 1;
            self.actor_correct += usize::from(ok);
        }
        if let Some(ok) = s.fatalities {
            self.fatality_total += 1;
            self.fatality_correct += usize::from(ok);
        }
        self.events += s.events;
        self.bytes += bytes;
    }

    /// Adds extraction time.
    pub fn add_seconds(&mut self, seconds: f64) {
        self.seconds += seconds;
    }

    /// Fills the ratios from the counts.
    pub fn finish(&mut self) {
        self.place_recall = ratio(self.place_hits, self.pairs);
        self.date_recall = ratio(self.date_hits, self.pairs);
        self.joint_recall = ratio(self.joint_hits, self.pairs);
        self.actor_accuracy = ratio(self.actor_correct, self.actor_total);
        self.fatality_accuracy = ratio(self.fatality_correct, self.fatality_total);
        self.events_per_text = if self.pairs == 0 { 0.0 } else { self.events as f64 / self.pairs as f64 };
        if self.seconds > 0.0 {
            self.articles_per_second = self.pairs as f64 / self.seconds;
            self.mb_per_second = self.bytes as f64 / 1e6 / self.seconds;
        }
    }
}

/// One miss, for the `--misses` listing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MissLine {
    /// The incident code.
    pub incident: String,
    /// Index of the source within the incident.
    pub source: usize,
    /// Language of the source.
    pub language: String,
    /// Why.
    pub miss: Miss,
    /// The start of the text.
    pub text: String,
}

impl MissLine {
    /// A miss of source `source` of `inc`.
    pub fn new(inc: &Incident, source: usize, miss: Miss) -> MissLine {
        let src = inc.sources.get(source);
        MissLine {
            incident: inc.code.clone(),
            source,
            language: src.map(|s| s.language.clone()).unwrap_or_default(),
            miss,
            text: src.map(|s| excerpt(&s.text, 200)).unwrap_or_default(),
        }
    }
}

impl fmt::Display for MissLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} #{} [{}] {}\n    {}", self.incident, self.source, self.language, self.miss, self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_kb::KbFiles;
    use marsad_text::normalize;

    fn kb() -> Kb {
        let mut files = KbFiles::empty();
        files.insert(
            "places/test.tsv",
            "id\tkind\tname_en\tname_ar\tname_fa\talt_names\tlat\tlon\tcountry\tadmin1\tadmin2\tadmin3\tpopulation\tsource\n\
             t:1\ttown\tAriha\tأريحا\t\t\t35.81\t36.61\tSY\tIdlib\t\t\t0\ttest\n",
        );
        files.insert(
            "lexicons/geo-ar.tsv",
            "phrase\tkind\tvalue\tnote\nقرية\tarea\t1\t\nفي\tin\t1\t\nريف\tcountryside\t2\t\nمحيط\tnear\t2\t\n",
        );
        files.insert(
            "lexicons/geo-en.tsv",
            "phrase\tkind\tvalue\tnote\nvillage\tarea\t1\t\nin\tin\t1\t\ncountryside\tcountryside\t2\t\n",
        );
        files.insert(
            "actors/actors.tsv",
            "id\tname\tinter\tparent\tcountry\tvalid_from\tvalid_to\tnote\n\
             ru-military\tMilitary Forces of Russia\t8\t\tRU\t\t\t\n\
             ru-air-force\tRussian Air Force\t8\tru-military\tRU\t\t\t\n\
             tr-military\tMilitary Forces of Turkey\t8\t\tTR\t\t\t\n",
        );
        Kb::compile(&files).unwrap()
    }

    fn incident() -> Incident {
        let line = r#"{"incident_code":"T1","incident_date":"2021-08-08","location_en":"Ariha","location_ar_airwars":"أريحا",
            "latitude":35.8,"longitude":4239.0,"alleged_belligerent":"Russian Military, Unknown",
            "civilian_deaths_min":1,"civilian_deaths_max":3,
            "sources":[{"publisher":"P","original_url":"u","publication_date":"2021-08-09T10:00:00","language":"ar","text":"نص"}]}"#;
        parse_incident(&line.replace('\n', " ")).unwrap()
    }

    fn event(place: &str, date: &str, actor: Option<&str>, dead: u32) -> Event {
        Event {
            location: place.into(),
            event_date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            actor1_id: actor.map(String::from),
            fatalities: dead,
            ..Event::default()
        }
    }

    #[test]
    fn coded_names_are_reduced_to_the_places_they_name() {
        let kb = kb();
        let ar = |s| coded_place_keys(&kb, Language::Arabic, s);
        let en = |s| coded_place_keys(&kb, Language::English, s);
        let k = |s: &str| normalize::key(s);
        assert_eq!(ar("قرية أريحا في ريف إدلب"), vec![k("أريحا")]);
        assert_eq!(ar("محيط أريحا، إدلب"), vec![k("أريحا")]);
        assert_eq!(ar("الجديدة أو أريحا"), vec![k("الجديدة"), k("أريحا")]);
        assert_eq!(en("Ariha village, Idlib"), vec![k("Ariha")]);
        assert_eq!(en("Al Boughazal neighborhood in Al Bab city"), vec![k("Al Boughazal neighborhood")]);
        assert!(en("Idlib countryside").is_empty());
        assert!(ar("").is_empty());
    }

    #[test]
    fn a_coded_name_matches_an_event_of_that_place_in_the_same_country() {
        let kb = kb();
        let mut inc = incident();
        inc.coords = None;
        inc.location_ar = "قرية أريحا، ريف إدلب".into();
        inc.location_en = String::new();
        let mut e = event("Ariha", "2021-08-08", None, 0);
        e.location_id = Some("t:1".into());
        e.country = "Syria".into();
        inc.country = "Syria".into();
        let coded = coded_places(&kb, &inc);
        assert!(place_ok(&kb, &inc, &coded, &e));
        e.country = "Turkey".into();
        assert!(!place_ok(&kb, &inc, &coded, &e));
    }

    #[test]
    fn reads_incidents_and_drops_bad_coordinates() {
        let inc = incident();
        assert_eq!(inc.coords, None, "longitude 4239 is outside Syria");
        assert_eq!(inc.belligerents, vec!["Russian Military", "Unknown"]);
        assert_eq!(inc.deaths, Some((1, 3)));
        assert_eq!(inc.sources[0].published, NaiveDate::from_ymd_opt(2021, 8, 9));
        let (all, errors) = read_incidents("{\"incident_code\":\"A\"}\nnot json\n\n[1]\n");
        assert_eq!(all.len(), 1);
        assert_eq!(errors.len(), 2);
        assert!(errors[0].starts_with("line 2"), "{errors:?}");
    }

    #[test]
    fn bcubed_of_perfect_merged_and_split_clusterings() {
        assert_eq!(bcubed(&[1, 1, 2], &[0, 0, 1]), (1.0, 1.0));
        // Everything in one cluster: full recall, precision (2/3·2 + 1/3)/3 = 5/9.
        let (p, r) = bcubed(&[1, 1, 1], &[0, 0, 1]);
        assert!((p - 5.0 / 9.0).abs() < 1e-9 && r == 1.0);
        // Every item alone: full precision, recall (1/2 + 1/2 + 1)/3 = 2/3.
        let (p, r) = bcubed(&[1, 2, 3], &[0, 0, 1]);
        assert!(p == 1.0 && (r - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(bcubed(&[], &[]), (0.0, 0.0));
    }

    #[test]
    fn joint_match_judges_actor_and_deaths() {
        let kb = kb();
        let map = Belligerents::shipped();
        let inc = incident();
        // Spelled with hamza-less alef: the key fold makes it the same name.
        let s = score_pair(&kb, &map, &inc, &[event("اريحا", "2021-08-07", Some("ru-air-force"), 2)]);
        assert!(s.place && s.date && s.joint, "{s:?}");
        assert_eq!(s.actor, Some(true));
        assert_eq!(s.fatalities, Some(true));
        assert_eq!(s.miss, None);
        let s = score_pair(&kb, &map, &inc, &[event("Ariha", "2021-08-08", Some("tr-military"), 7)]);
        assert_eq!((s.actor, s.fatalities), (Some(false), Some(false)));
        assert!(matches!(s.miss, Some(Miss::WrongActor { .. })), "{s:?}");
        // A co-attacker joined by "and" counts as the attacker too.
        let mut joint = event("Ariha", "2021-08-08", Some("tr-military"), 2);
        joint.assoc_actor_1_ids = vec!["ru-air-force".into()];
        assert_eq!(score_pair(&kb, &map, &inc, &[joint]).actor, Some(true));
        let s = score_pair(&kb, &map, &inc, &[event("Ariha", "2021-08-08", Some("ru-military"), 7)]);
        assert_eq!(s.miss, Some(Miss::WrongDeaths { extracted: 7, range: (1, 3) }));
        assert_eq!(s.miss.unwrap().to_string(), "wrong deaths: extracted 7, civilian range 1–3");
    }

    #[test]
    fn misses_say_why() {
        let kb = kb();
        let map = Belligerents::shipped();
        let mut inc = incident();
        assert_eq!(score_pair(&kb, &map, &inc, &[]).miss, Some(Miss::NoEvent));
        let s = score_pair(&kb, &map, &inc, &[event("Ariha", "2021-08-12", None, 0)]);
        assert!(matches!(s.miss, Some(Miss::WrongDate { .. })), "{s:?}");
        let s = score_pair(
            &kb,
            &map,
            &inc,
            &[event("Ariha", "2021-08-12", None, 0), event("Idlib", "2021-08-08", None, 0)],
        );
        assert_eq!(s.miss, Some(Miss::Split));
        inc.coords = Some((35.81, 36.61));
        let mut far = event("Idlib", "2021-08-08", None, 0);
        far.latitude = Some(35.93);
        far.longitude = Some(36.63);
        // 13 km away: a place match by distance.
        assert!(score_pair(&kb, &map, &inc, std::slice::from_ref(&far)).joint);
        far.latitude = Some(36.5);
        let s = score_pair(&kb, &map, &inc, &[far]);
        match s.miss {
            Some(Miss::WrongPlace { nearest_km: Some(d), in_gazetteer: true, .. }) => assert!(d > 70.0),
            other => panic!("{other:?}"),
        }
        inc.location_ar = "قرية مجهولة".into();
        inc.location_en = "Nowhere".into();
        let s = score_pair(&kb, &map, &inc, &[event("Idlib", "2021-08-08", None, 0)]);
        assert!(s.miss.unwrap().to_string().contains("place not in the gazetteer"));
    }

    #[test]
    fn summary_ratios_and_unmapped_belligerents() {
        let kb = kb();
        let map = Belligerents::parse("belligerent\tactor_id_prefixes\n# c\nRussian Military\tru-\n").unwrap();
        assert!(Belligerents::parse("x").is_err());
        let mut inc = incident();
        inc.belligerents = vec!["Unknown".into()];
        inc.deaths = None;
        let s = score_pair(&kb, &map, &inc, &[event("Ariha", "2021-08-08", None, 0)]);
        assert_eq!((s.actor, s.fatalities), (None, None));
        let mut sum = Summary::default();
        sum.add(&s, 100);
        sum.add(&score_pair(&kb, &map, &inc, &[]), 100);
        sum.add_seconds(2.0);
        sum.finish();
        assert_eq!((sum.pairs, sum.joint_hits, sum.actor_total), (2, 1, 0));
        assert_eq!(sum.joint_recall, 0.5);
        assert_eq!(sum.events_per_text, 0.5);
        assert_eq!(sum.articles_per_second, 1.0);
    }
}
