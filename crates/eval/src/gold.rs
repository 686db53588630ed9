//! marsad's gold articles: JSON Lines of articles, each with the events a
//! careful reader would code from it.
//!
//! Extracted events are paired with gold events per article, greedily by a
//! pair score (see [`pair_score`]); matched pairs count for precision and
//! recall and are then compared field by field.

use crate::{
    event_km, event_named, excerpt, json_count, json_number, json_text, parse_day, ratio, top_actor, within_days,
    PLACE_KM,
};
use chrono::NaiveDate;
use marsad_core::Event;
use marsad_kb::Kb;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// The fields compared over matched pairs, in report order.
pub const FIELDS: [&str; 10] = [
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "date",
    "fatalities",
    "injured",
    "background",
    "civilian_targeting",
];

/// The ACLED event types of political violence, often confused with one another.
const VIOLENCE: [&str; 3] = ["Battles", "Explosions/Remote violence", "Violence against civilians"];

/// Distance within which two places count as the same place for the `location` field, in km.
const SAME_PLACE_KM: f64 = 1.0;

/// One expected event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldEvent {
    /// The day, when the text gives one.
    pub event_date: Option<NaiveDate>,
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: String,
    /// Knowledge-base id of actor1.
    pub actor1: Option<String>,
    /// Knowledge-base id of actor2.
    pub actor2: Option<String>,
    /// Place name (English).
    pub location: String,
    /// Place name (Arabic).
    pub location_ar: String,
    /// Governorate.
    pub admin1: String,
    /// Coordinates, when coded.
    pub coords: Option<(f64, f64)>,
    /// Deaths (best estimate; 0 when none).
    pub fatalities: u32,
    /// Wounded, when the text gives a count.
    pub injured: Option<u32>,
    /// Civilians were the target.
    pub civilian_targeting: bool,
    /// Recalled history rather than news.
    pub background: bool,
}

/// One gold article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldArticle {
    /// The article's id.
    pub id: String,
    /// `ar`, `fa` or `en`.
    pub language: String,
    /// Publication day.
    pub published: Option<NaiveDate>,
    /// The outlet.
    pub source: String,
    /// The text.
    pub text: String,
    /// The expected events.
    pub events: Vec<GoldEvent>,
}

fn opt_text(v: &Value, key: &str) -> Option<String> {
    Some(json_text(v, key)).filter(|s| !s.is_empty())
}

/// `true`, a non-empty string other than "false"/"no"/"0", or a non-zero number.
fn flag(v: &Value, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => !matches!(s.trim().to_ascii_lowercase().as_str(), "" | "false" | "no" | "0"),
        Some(Value::Number(n)) => n.as_f64().is_some_and(|x| x != 0.0),
        _ => false,
    }
}

fn parse_event(v: &Value) -> GoldEvent {
    GoldEvent {
        event_date: parse_day(&json_text(v, "event_date")),
        event_type: json_text(v, "event_type"),
        sub_event_type: json_text(v, "sub_event_type"),
        actor1: opt_text(v, "actor1"),
        actor2: opt_text(v, "actor2"),
        location: json_text(v, "location"),
        location_ar: json_text(v, "location_ar"),
        admin1: json_text(v, "admin1"),
        coords: match (json_number(v, "latitude"), json_number(v, "longitude")) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        },
        fatalities: json_count(v, "fatalities").unwrap_or(0),
        injured: json_count(v, "injured"),
        civilian_targeting: flag(v, "civilian_targeting"),
        background: flag(v, "background"),
    }
}

/// Reads one gold article from a JSON object.
pub fn parse_article(line: &str) -> Result<GoldArticle, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    if !v.is_object() {
        return Err("not a JSON object".into());
    }
    let text = v.get("text").and_then(Value::as_str).unwrap_or_default().to_string();
    if text.trim().is_empty() {
        return Err("no text".into());
    }
    let events = match v.get("events") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(all)) => all.iter().map(parse_event).collect(),
        Some(_) => return Err("events is not a list".into()),
    };
    Ok(GoldArticle {
        id: json_text(&v, "id"),
        language: json_text(&v, "language").to_ascii_lowercase(),
        published: parse_day(&json_text(&v, "published")),
        source: json_text(&v, "source"),
        text,
        events,
    })
}

/// Reads a JSON Lines gold file; bad lines are returned as messages naming
/// their line number. Articles without an id get `line-N`.
pub fn read_gold(text: &str) -> (Vec<GoldArticle>, Vec<String>) {
    crate::read_lines(text, |n, line| {
        parse_article(line).map(|mut a| {
            if a.id.is_empty() {
                a.id = format!("line-{n}");
            }
            a
        })
    })
}

/// True when the two event types may describe the same event: equal, or both
/// political violence (the type is then judged as a field).
pub fn types_compatible(gold: &str, extracted: &str) -> bool {
    gold.eq_ignore_ascii_case(extracted) || (VIOLENCE.contains(&gold) && VIOLENCE.contains(&extracted))
}

fn same_name(kb: &Kb, g: &GoldEvent, e: &Event) -> bool {
    event_named(kb, e, &[&g.location, &g.location_ar])
}

/// The score of pairing gold event `g` with extracted event `e`, `None` when
/// they cannot be the same event.
///
/// A pair is possible when
/// - the dates are within ±1 day (or either is undated),
/// - the places agree: within 25 km, or the same name (match key of the gold
///   `location`/`location_ar` against the event's `location` and every name
///   of its gazetteer place); a gold event with no place agrees with any,
/// - the event types are compatible ([`types_compatible`]).
///
/// Score: 4 for the place (by name or distance; 1 when the gold has none),
/// +2 same day, +1 same event type, +1 same sub-event type, +1 same top-level
/// actor1, +1 same background flag.
pub fn pair_score(kb: &Kb, g: &GoldEvent, e: &Event) -> Option<u32> {
    if let (Some(a), Some(b)) = (g.event_date, e.event_date) {
        if !within_days(a, b, 1) {
            return None;
        }
    }
    if !types_compatible(&g.event_type, &e.event_type) {
        return None;
    }
    let gold_has_place = g.coords.is_some() || !g.location.is_empty() || !g.location_ar.is_empty();
    let mut score = if !gold_has_place {
        1
    } else {
        let near = g.coords.and_then(|(lat, lon)| event_km(e, lat, lon)).is_some_and(|d| d <= PLACE_KM);
        if !(near || same_name(kb, g, e)) {
            return None;
        }
        4
    };
    score += 2 * u32::from(g.event_date.is_some() && g.event_date == e.event_date);
    score += u32::from(g.event_type == e.event_type);
    score += u32::from(g.sub_event_type == e.sub_event_type);
    score += u32::from(same_actor(kb, g.actor1.as_deref(), e.actor1_id.as_deref()));
    score += u32::from(g.background == e.background);
    Some(score)
}

fn same_actor(kb: &Kb, gold: Option<&str>, extracted: Option<&str>) -> bool {
    match (gold, extracted) {
        (None, None) => true,
        (Some(a), Some(b)) => top_actor(kb, a) == top_actor(kb, b),
        _ => false,
    }
}

/// Pairs gold and extracted events of one article: every possible pair by
/// descending [`pair_score`] (ties to the earlier gold, then the earlier
/// extracted event), each event used once. Returns `(gold, extracted)` indices
/// in gold order.
pub fn match_events(kb: &Kb, gold: &[GoldEvent], extracted: &[Event]) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(u32, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (ei, e) in extracted.iter().enumerate() {
            if let Some(s) = pair_score(kb, g, e) {
                candidates.push((s, gi, ei));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_used = vec![false; gold.len()];
    let mut extracted_used = vec![false; extracted.len()];
    let mut out = Vec::new();
    for (_, gi, ei) in candidates {
        if !gold_used[gi] && !extracted_used[ei] {
            gold_used[gi] = true;
            extracted_used[ei] = true;
            out.push((gi, ei));
        }
    }
    out.sort_unstable();
    out
}

/// Whether each of [`FIELDS`] agrees on a matched pair, in that order.
pub fn compare_fields(kb: &Kb, g: &GoldEvent, e: &Event) -> [bool; 10] {
    let location = same_name(kb, g, e)
        || g.coords.and_then(|(lat, lon)| event_km(e, lat, lon)).is_some_and(|d| d <= SAME_PLACE_KM)
        || (g.location.is_empty() && g.location_ar.is_empty() && g.coords.is_none() && e.location.is_empty());
    [
        g.event_type == e.event_type,
        g.sub_event_type == e.sub_event_type,
        same_actor(kb, g.actor1.as_deref(), e.actor1_id.as_deref()),
        same_actor(kb, g.actor2.as_deref(), e.actor2_id.as_deref()),
        location,
        g.event_date == e.event_date,
        g.fatalities == e.fatalities,
        g.injured == e.injured,
        g.background == e.background,
        g.civilian_targeting == civilian_targeting(e),
    ]
}

/// True when the extracted event marks civilians as the target.
fn civilian_targeting(e: &Event) -> bool {
    !e.civilian_targeting.trim().is_empty()
}

/// Agreement on one field over matched pairs.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FieldScore {
    /// Matched pairs agreeing on the field.
    pub correct: usize,
    /// Matched pairs.
    pub total: usize,
    /// `correct / total`.
    pub accuracy: f64,
}

/// Figures over a set of articles.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GoldSummary {
    /// Articles.
    pub articles: usize,
    /// Gold events.
    pub gold_events: usize,
    /// Extracted events.
    pub extracted_events: usize,
    /// Matched pairs.
    pub matched: usize,
    /// `matched / extracted_events`.
    pub precision: f64,
    /// `matched / gold_events`.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// Per-field agreement over matched pairs, keyed by [`FIELDS`].
    pub fields: BTreeMap<String, FieldScore>,
}

impl GoldSummary {
    /// Adds one article's events and matches.
    pub fn add(&mut self, kb: &Kb, gold: &[GoldEvent], extracted: &[Event], matches: &[(usize, usize)]) {
        self.articles += 1;
        self.gold_events += gold.len();
        self.extracted_events += extracted.len();
        self.matched += matches.len();
        for &(gi, ei) in matches {
            let (Some(g), Some(e)) = (gold.get(gi), extracted.get(ei)) else { continue };
            for (name, ok) in FIELDS.iter().zip(compare_fields(kb, g, e)) {
                let f = self.fields.entry((*name).to_string()).or_default();
                f.total += 1;
                f.correct += usize::from(ok);
            }
        }
    }

    /// Fills the ratios from the counts.
    pub fn finish(&mut self) {
        for name in FIELDS {
            let f = self.fields.entry(name.to_string()).or_default();
            f.accuracy = ratio(f.correct, f.total);
        }
        self.precision = ratio(self.matched, self.extracted_events);
        self.recall = ratio(self.matched, self.gold_events);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
    }
}

/// An unmatched event, for the `--misses` listing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoldMiss {
    /// The article's id.
    pub article: String,
    /// `"missed"` (a gold event nothing matched) or `"spurious"` (an extracted event matching no gold event).
    pub kind: String,
    /// Index of the event in its list.
    pub index: usize,
    /// The event in short: type, place, date, actor1, deaths.
    pub event: String,
}

impl fmt::Display for GoldMiss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} #{}: {}", self.article, self.kind, self.index, self.event)
    }
}

fn day(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "(no date)".into(), |d| d.to_string())
}

/// The unmatched gold and extracted events of one article, gold first.
pub fn misses(article: &GoldArticle, extracted: &[Event], matches: &[(usize, usize)]) -> Vec<GoldMiss> {
    let mut out = Vec::new();
    for (i, g) in article.events.iter().enumerate() {
        if !matches.iter().any(|m| m.0 == i) {
            let place = if g.location.is_empty() { &g.location_ar } else { &g.location };
            out.push(GoldMiss {
                article: article.id.clone(),
                kind: "missed".into(),
                index: i,
                event: format!(
                    "{} / {} at {} on {}, actor1 {}, {} dead",
                    g.event_type,
                    g.sub_event_type,
                    place,
                    day(g.event_date),
                    g.actor1.as_deref().unwrap_or("-"),
                    g.fatalities
                ),
            });
        }
    }
    for (i, e) in extracted.iter().enumerate() {
        if !matches.iter().any(|m| m.1 == i) {
            let trigger = e.evidence.iter().find(|x| x.field == "trigger").map(|x| excerpt(&x.text, 40));
            out.push(GoldMiss {
                article: article.id.clone(),
                kind: "spurious".into(),
                index: i,
                event: format!(
                    "{} / {} at {} on {}, actor1 {}, {} dead{}",
                    e.event_type,
                    e.sub_event_type,
                    e.location,
                    day(e.event_date),
                    e.actor1_id.as_deref().unwrap_or("-"),
                    e.fatalities,
                    trigger.map(|t| format!(" (trigger \u{201c}{t}\u{201d})")).unwrap_or_default()
                ),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_kb::KbFiles;

    fn kb() -> Kb {
        let mut files = KbFiles::empty();
        files.insert(
            "places/test.tsv",
            "id\tkind\tname_en\tname_ar\tname_fa\talt_names\tlat\tlon\tcountry\tadmin1\tadmin2\tadmin3\tpopulation\tsource\n\
             t:1\tcity\tDeir ez-Zor\tدير الزور\t\tDeir al-Zour\t35.336\t40.141\tSY\tDeir ez-Zor\t\t\t0\ttest\n",
        );
        files.insert(
            "actors/actors.tsv",
            "id\tname\tinter\tparent\tcountry\tvalid_from\tvalid_to\tnote\n\
             isis\tIslamic State\t2\t\t\t\t\t\n\
             sdf\tSyrian Democratic Forces\t2\t\tSY\t\t\t\n\
             sdf-ypg\tYPG\t2\tsdf\tSY\t\t\t\n",
        );
        Kb::compile(&files).unwrap()
    }

    /// Two articles as gold: one with two events (one of them background),
    /// one with a single event and no date.
    const FIXTURE: &str = r#"{"id":"a1","language":"ar","published":"2024-03-02","source":"Test","text":"نص أول","notes":"","events":[{"event_date":"2024-03-01","event_type":"Explosions/Remote violence","sub_event_type":"Remote explosive/landmine/IED","actor1":"isis","actor2":null,"location":"Deir ez-Zor","location_ar":"دير الزور","admin1":"Deir ez-Zor","latitude":35.336,"longitude":40.141,"geo_precision":1,"fatalities":3,"fatalities_low":3,"fatalities_high":3,"injured":null,"civilian_targeting":"","background":false},{"event_date":"2019-01-01","event_type":"Battles","sub_event_type":"Armed clash","actor1":"sdf-ypg","actor2":"isis","location":"Deir ez-Zor","location_ar":"","admin1":"","latitude":null,"longitude":null,"geo_precision":3,"fatalities":0,"fatalities_low":null,"fatalities_high":null,"injured":null,"civilian_targeting":false,"background":true}]}
{"id":"a2","language":"en","published":null,"source":"Test","text":"Second text","notes":"","events":[{"event_date":null,"event_type":"Protests","sub_event_type":"Peaceful protest","actor1":null,"actor2":null,"location":"","location_ar":"","admin1":"","latitude":null,"longitude":null,"geo_precision":3,"fatalities":0,"fatalities_low":null,"fatalities_high":null,"injured":null,"civilian_targeting":false,"background":false}]}
not json
"#;

    fn ev(kind: &str, sub: &str, place: &str, date: &str, actor1: Option<&str>, dead: u32) -> Event {
        Event {
            event_type: kind.into(),
            sub_event_type: sub.into(),
            location: place.into(),
            event_date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            actor1_id: actor1.map(String::from),
            fatalities: dead,
            ..Event::default()
        }
    }

    #[test]
    fn scores_two_articles() {
        let kb = kb();
        let (articles, errors) = read_gold(FIXTURE);
        assert_eq!(articles.len(), 2);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("line 3: not JSON"), "{errors:?}");
        assert!(articles[0].events[1].background);
        assert_eq!(articles[1].published, None);

        // Article 1: the IED read as a battle by the wrong actor a day late, with
        // 2 dead (type compatible, place by alternative name); the background
        // battle missed; one spurious event elsewhere.
        let mut clash = ev("Battles", "Armed clash", "Deir al-Zour", "2024-03-02", Some("sdf"), 2);
        clash.location_id = Some("t:1".into());
        let ex1 = vec![clash, ev("Explosions/Remote violence", "Air/drone strike", "Damascus", "2024-03-01", None, 0)];
        // Article 2: the protest found.
        let ex2 = vec![ev("Protests", "Peaceful protest", "", "", None, 0)];

        let mut all = GoldSummary::default();
        let m1 = match_events(&kb, &articles[0].events, &ex1);
        assert_eq!(m1, vec![(0, 0)]);
        all.add(&kb, &articles[0].events, &ex1, &m1);
        let m2 = match_events(&kb, &articles[1].events, &ex2);
        assert_eq!(m2, vec![(0, 0)]);
        all.add(&kb, &articles[1].events, &ex2, &m2);
        all.finish();

        assert_eq!((all.gold_events, all.extracted_events, all.matched), (3, 3, 2));
        assert!((all.precision - 2.0 / 3.0).abs() < 1e-9);
        assert!((all.recall - 2.0 / 3.0).abs() < 1e-9);
        assert!((all.f1 - 2.0 / 3.0).abs() < 1e-9);
        let f = |name: &str| all.fields[name].correct;
        assert_eq!(all.fields["event_type"].total, 2);
        assert_eq!(f("event_type"), 1);
        assert_eq!(f("location"), 2);
        assert_eq!(f("date"), 1);
        assert_eq!(f("fatalities"), 1);
        assert_eq!(f("actor1"), 1, "isis vs sdf wrong; none vs none right");

        let listed = misses(&articles[0], &ex1, &m1);
        let kinds: Vec<(&str, usize)> = listed.iter().map(|m| (m.kind.as_str(), m.index)).collect();
        assert_eq!(kinds, vec![("missed", 1), ("spurious", 1)]);
        assert!(listed[1].to_string().starts_with("a1 spurious #1: Explosions/Remote violence"));
    }

    #[test]
    fn greedy_prefers_the_better_pair_and_respects_constraints() {
        let kb = kb();
        let (articles, _) = read_gold(FIXTURE);
        let g = &articles[0].events[0];
        // Unit and parent share a top-level actor.
        assert!(same_actor(&kb, Some("sdf-ypg"), Some("sdf")));
        // Too far apart in time, incompatible type, other place: no pair.
        assert_eq!(pair_score(&kb, g, &ev("Explosions/Remote violence", "", "دير الزور", "2024-03-05", None, 0)), None);
        assert_eq!(pair_score(&kb, g, &ev("Protests", "", "دير الزور", "2024-03-01", None, 0)), None);
        assert_eq!(pair_score(&kb, g, &ev("Battles", "", "Raqqa", "2024-03-01", None, 0)), None);
        let weak = ev("Battles", "Armed clash", "دير الزور", "2024-03-02", None, 0);
        let strong = ev(
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
            "دير الزور",
            "2024-03-01",
            Some("isis"),
            3,
        );
        assert_eq!(match_events(&kb, std::slice::from_ref(g), &[weak, strong.clone()]), vec![(0, 1)]);
        assert!(compare_fields(&kb, g, &strong).iter().all(|&ok| ok));
    }
}
