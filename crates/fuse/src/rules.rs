//! When two accounts can be the same real event, and how well they agree.
//!
//! Every rule is a hard gate (`None`: they cannot be the same event) plus
//! points for how close they are; [`score`] adds the points of the four gates
//! (type, date, place, actors). Points are integers so that ties are exact and
//! broken the same way every run.

use chrono::{Datelike, NaiveDate};
use marsad_core::Event;

/// Largest distance in days between the dates of two accounts that can still
/// match (two dates in the same month): a store looks for candidates this far
/// either side of a report's date.
pub const MAX_DAYS_APART: i64 = 31;

/// Largest distance in kilometres at which two places with coordinates can
/// match (geo precision 2). Precision 3 matches on the same admin1 instead.
pub const MAX_KM_APART: f64 = 30.0;

/// Sub-event types of different ACLED event types that reports of one real
/// event often disagree on: the generic "Attack" (violence against civilians)
/// against the way the attack was carried out, as one outlet says "an attack
/// killed 5 civilians" where another says "shelling killed 5".
const CROSS_TYPE_PAIRS: &[(&str, &str)] = &[
    ("Attack", "Armed clash"),
    ("Attack", "Air/drone strike"),
    ("Attack", "Shelling/artillery/missile attack"),
    ("Attack", "Remote explosive/landmine/IED"),
    ("Attack", "Suicide bomb"),
    ("Attack", "Grenade"),
    ("Attack", "Chemical weapon"),
    ("Attack", "Mob violence"),
    ("Attack", "Excessive force against protesters"),
    ("Abduction/forced disappearance", "Arrests"),
    // Reports of one strike often disagree on whether it came from the air or
    // from artillery.
    ("Air/drone strike", "Shelling/artillery/missile attack"),
    // Fighting along a front line is told as clashes by some and as the
    // shelling that came with them by others.
    ("Armed clash", "Shelling/artillery/missile attack"),
];

/// What matching looks at, for a report or for a fused event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MatchKey {
    /// Recalled history rather than news: matches only other background accounts.
    pub background: bool,
    /// The day (for week and month precision, a day in that week or month).
    pub event_date: Option<NaiveDate>,
    /// 1 day, 2 week, 3 month (0 is read as 1).
    pub time_precision: u8,
    /// ACLED disorder type.
    pub disorder_type: String,
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: String,
    /// ACLED name of actor1 (empty when none).
    pub actor1: String,
    /// ACLED name of actor2 (empty when none).
    pub actor2: String,
    /// ISO 3166-1 numeric country code (0 when unknown).
    pub iso: u16,
    /// First-level admin area.
    pub admin1: String,
    /// Third-level admin area.
    pub admin3: String,
    /// Knowledge-base id of the place.
    pub location_id: Option<String>,
    /// WGS 84 latitude.
    pub latitude: Option<f64>,
    /// WGS 84 longitude.
    pub longitude: Option<f64>,
    /// 1 the place itself, 2 near it, 3 only a larger area; 0 no place.
    pub geo_precision: u8,
    /// Ids of the documents already in the account: two events of one
    /// document are two events (the extractor already merged its mentions).
    pub documents: Vec<String>,
}

impl MatchKey {
    /// The key of one report-level event.
    pub fn of_report(e: &Event) -> MatchKey {
        MatchKey {
            background: e.background,
            event_date: e.event_date,
            time_precision: e.time_precision,
            disorder_type: e.disorder_type.clone(),
            event_type: e.event_type.clone(),
            sub_event_type: e.sub_event_type.clone(),
            actor1: e.actor1.clone(),
            actor2: e.actor2.clone(),
            iso: e.iso,
            admin1: e.admin1.clone(),
            admin3: e.admin3.clone(),
            location_id: e.location_id.clone(),
            latitude: e.latitude,
            longitude: e.longitude,
            geo_precision: e.geo_precision,
            documents: vec![e.document_id.clone()],
        }
    }

    fn has_place(&self) -> bool {
        self.geo_precision > 0
            && (!self.admin1.is_empty() || self.location_id.is_some() || self.coordinates().is_some())
    }

    fn coordinates(&self) -> Option<(f64, f64)> {
        match (self.latitude, self.longitude) {
            (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() => Some((lat, lon)),
            _ => None,
        }
    }
}

/// How well a report matches a fused event (higher is better), or `None` when
/// they cannot be the same real event.
///
/// Gates, all of which must pass:
/// - both background or both not, and no document already in the fused event;
/// - **type**: the same event type, or both political violence with sub-event
///   types reports commonly confuse (the generic "Attack" against how it was done);
/// - **date**: both dated, and within the coarser precision of the two: ±1 day
///   (day; a day apart only at the same place, see below), ±7 days (week), the
///   same calendar month (month);
/// - **place**: the same country when both know it, and the same admin3 (and
///   admin1), or coordinates within 10 km (both precision 1) or 30 km (either
///   precision 2), or the same admin1 when either is only precise to a larger
///   area (precision 3); day-precise accounts a day apart must share the
///   place itself (the same place id or admin3, or within 10 km) and agree on
///   the sub-event type or the named actor1;
/// - **actors**: the same actor1, or either actor1 unknown (empty or
///   "Unidentified ..."), or in battles the same two sides named the other way
///   round, or any two actors at the same place (or within 10 km) on the same day;
/// - **type** again: at the same place on the same day, any two accounts of
///   political violence may be one event, and at the same place id so may
///   arrests and violence (a raid).
pub fn score(report: &MatchKey, fused: &MatchKey) -> Option<u32> {
    if report.background != fused.background || report.documents.iter().any(|d| fused.documents.contains(d)) {
        return None;
    }
    let place = place_points(report, fused)?;
    let same_day = report.event_date.is_some() && report.event_date == fused.event_date;
    // Outlets often blame different members of one side ("Russian jets" and
    // "regime shelling") for one strike: named attackers that differ may
    // still fuse when the place (or a point within 10 km) and the day are the same.
    let same_place = (report.location_id.is_some() && report.location_id == fused.location_id)
        || (!report.admin1.is_empty()
            && report.admin1 == fused.admin1
            && !report.admin3.is_empty()
            && report.admin3 == fused.admin3);
    // Day-precise accounts a day apart fuse only at the same place: a
    // governorate, or a town further off, is too wide a net across two days.
    let by_day = precision_class(report.time_precision).max(precision_class(fused.time_precision)) == 1;
    let close = match (report.coordinates(), fused.coordinates()) {
        (Some(a), Some(b)) => distance_km(a, b) <= radius_km(1),
        _ => false,
    };
    let wide = report.geo_precision.max(fused.geo_precision) >= 3 || !(same_place || close);
    // And a day apart is a weak tie: the accounts must also agree on how the
    // violence was done or on who did it.
    let same_actor = !actor_unknown(&report.actor1) && report.actor1 == fused.actor1;
    let agree = report.sub_event_type == fused.sub_event_type || same_actor;
    if by_day && !same_day && (wide || !agree) {
        return None;
    }
    let actors = actor_points(report, fused).or_else(|| (same_day && (same_place || close)).then_some(0))?;
    // Outlets also disagree on what kind of violence it was ("clashes",
    // "shelling", "an explosion"), and a raid is told by the arrests it made or
    // by the fighting it met: at the same place on the same day, any two
    // accounts of political violence may be one event, and so may a raid's
    // arrests and violence at the very same place (one place id, not merely
    // one sub-district: raids on neighbouring villages are told apart). A
    // night raid is dated to either side of midnight, so a raid by one named
    // force at that place may be told a day apart.
    let same_spot = report.location_id.is_some() && report.location_id == fused.location_id;
    let raid = |k: &MatchKey| k.sub_event_type == "Arrests";
    let same_occasion = (same_day && same_place && is_political_violence(report) && is_political_violence(fused))
        || (same_spot
            && (same_day || (same_actor && (raid(report) || raid(fused))))
            && (raid(report) || is_political_violence(report))
            && (raid(fused) || is_political_violence(fused)));
    let types = type_points(report, fused).or_else(|| same_occasion.then_some(0))?;
    Some(types + date_points(report, fused)? + place + actors)
}

/// The best of `candidates` (id and key) for `report`: the highest score, the
/// lowest id among equals. `None` when none can match.
pub fn best_match<'a>(
    report: &MatchKey,
    candidates: impl IntoIterator<Item = (u64, &'a MatchKey)>,
) -> Option<(u64, u32)> {
    let mut best: Option<(u64, u32)> = None;
    for (id, key) in candidates {
        if let Some(points) = score(report, key) {
            best = match best {
                Some((bid, bp)) if bp > points || (bp == points && bid < id) => Some((bid, bp)),
                _ => Some((id, points)),
            };
        }
    }
    best
}

fn is_political_violence(k: &MatchKey) -> bool {
    k.disorder_type.contains("Political violence")
}

/// Whether two sub-event types can describe one event (see [`CROSS_TYPE_PAIRS`]).
pub fn sub_types_compatible(a: &str, b: &str) -> bool {
    a == b || CROSS_TYPE_PAIRS.iter().any(|&(x, y)| (x == a && y == b) || (x == b && y == a))
}

fn type_points(a: &MatchKey, b: &MatchKey) -> Option<u32> {
    if a.event_type.is_empty() || b.event_type.is_empty() {
        return None;
    }
    if a.event_type == b.event_type {
        return Some(if a.sub_event_type == b.sub_event_type { 40 } else { 20 });
    }
    (is_political_violence(a) && is_political_violence(b) && sub_types_compatible(&a.sub_event_type, &b.sub_event_type))
        .then_some(10)
}

/// Tolerance class of a precision: 1 day, 2 week, 3 month.
fn precision_class(p: u8) -> u8 {
    p.clamp(1, 3)
}

fn date_points(a: &MatchKey, b: &MatchKey) -> Option<u32> {
    let (da, db) = (a.event_date?, b.event_date?);
    let apart = (da - db).num_days().unsigned_abs();
    match precision_class(a.time_precision).max(precision_class(b.time_precision)) {
        1 => (apart <= 1).then(|| 100 - 40 * apart as u32),
        2 => (apart <= 7).then(|| 80 - 8 * apart as u32),
        _ => (da.year() == db.year() && da.month() == db.month()).then_some(30),
    }
}

/// Great-circle distance in kilometres.
pub fn distance_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    marsad_core::geo::km(lat1, lon1, lat2, lon2)
}

/// The radius two places may be apart at a geo precision (0 for "same admin1").
pub fn radius_km(geo_precision: u8) -> f64 {
    match geo_precision {
        1 => 10.0,
        2 => MAX_KM_APART,
        _ => 0.0,
    }
}

fn place_points(a: &MatchKey, b: &MatchKey) -> Option<u32> {
    if !a.has_place() || !b.has_place() || (a.iso != 0 && b.iso != 0 && a.iso != b.iso) {
        return None;
    }
    if a.location_id.is_some() && a.location_id == b.location_id {
        return Some(100);
    }
    let same_admin1 = !a.admin1.is_empty() && a.admin1 == b.admin1;
    if same_admin1 && !a.admin3.is_empty() && a.admin3 == b.admin3 {
        return Some(80);
    }
    let precision = a.geo_precision.max(b.geo_precision);
    if precision >= 3 {
        return same_admin1.then_some(20);
    }
    let (pa, pb) = (a.coordinates()?, b.coordinates()?);
    let (d, r) = (distance_km(pa, pb), radius_km(precision));
    (d <= r).then(|| 30 + (50.0 * (1.0 - d / r)).round() as u32)
}

/// Whether an actor name says nobody in particular.
pub fn actor_unknown(name: &str) -> bool {
    name.trim().is_empty() || name.starts_with("Unidentified")
}

fn actor_points(a: &MatchKey, b: &MatchKey) -> Option<u32> {
    if !actor_unknown(&a.actor1) && a.actor1 == b.actor1 {
        let both_sides = !a.actor2.is_empty() && a.actor2 == b.actor2;
        return Some(if both_sides { 45 } else { 30 });
    }
    if actor_unknown(&a.actor1) || actor_unknown(&b.actor1) {
        return Some(5);
    }
    // "A clashed with B" and "B clashed with A".
    let battles = a.event_type == "Battles" && b.event_type == "Battles";
    (battles && a.actor1 == b.actor2 && (a.actor2 == b.actor1 || actor_unknown(&b.actor1))).then_some(20)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> MatchKey {
        MatchKey {
            event_date: NaiveDate::from_ymd_opt(2024, 3, 14),
            time_precision: 1,
            disorder_type: "Political violence".into(),
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Air/drone strike".into(),
            actor1: "Military Forces of Russia (2000-)".into(),
            iso: 760,
            admin1: "Idlib".into(),
            admin3: "Ariha".into(),
            latitude: Some(35.81),
            longitude: Some(36.61),
            geo_precision: 1,
            documents: vec!["a".into()],
            ..MatchKey::default()
        }
    }

    fn other() -> MatchKey {
        MatchKey { documents: vec!["b".into()], admin3: "X".into(), ..key() }
    }

    #[test]
    fn distance_is_roughly_right() {
        // Damascus to Aleppo is about 310 km.
        let d = distance_km((33.513, 36.292), (36.202, 37.134));
        assert!((300.0..320.0).contains(&d), "{d}");
    }

    #[test]
    fn dates_follow_precision() {
        let a = key();
        let mut b = other();
        b.event_date = NaiveDate::from_ymd_opt(2024, 3, 15);
        assert!(score(&a, &b).is_some());
        // A day apart: only at the same place, and agreeing on type or actor.
        let mut off = b.clone();
        off.latitude = Some(35.95);
        off.geo_precision = 2;
        assert!(score(&a, &off).is_none(), "a day apart and 15 km away");
        off = MatchKey { sub_event_type: "Shelling/artillery/missile attack".into(), ..b.clone() };
        assert!(score(&a, &off).is_some(), "a day apart, another type, the same actor");
        off.actor1 = String::new();
        assert!(score(&a, &off).is_none(), "a day apart, another type, no actor");
        b.event_date = NaiveDate::from_ymd_opt(2024, 3, 16);
        assert!(score(&a, &b).is_none(), "two days apart at day precision");
        b.time_precision = 2;
        assert!(score(&a, &b).is_some(), "week precision allows a week");
        b.event_date = NaiveDate::from_ymd_opt(2024, 3, 31);
        b.time_precision = 3;
        assert!(score(&a, &b).is_some(), "same month");
        b.event_date = NaiveDate::from_ymd_opt(2024, 4, 1);
        assert!(score(&a, &b).is_none(), "next month");
        b.event_date = None;
        assert!(score(&a, &b).is_none(), "undated accounts never match");
    }

    #[test]
    fn places_follow_precision() {
        let a = key();
        let mut b = other();
        // About 15 km north.
        b.latitude = Some(35.95);
        assert!(score(&a, &b).is_none(), "15 km at precision 1");
        b.geo_precision = 2;
        assert!(score(&a, &b).is_some(), "15 km at precision 2");
        b.latitude = Some(36.2);
        assert!(score(&a, &b).is_none(), "43 km");
        b.geo_precision = 3;
        assert!(score(&a, &b).is_some(), "same admin1 at precision 3");
        let next_day = MatchKey { event_date: NaiveDate::from_ymd_opt(2024, 3, 15), ..b.clone() };
        assert!(score(&a, &next_day).is_none(), "precision 3 joins only the same day");
        b.admin1 = "Aleppo".into();
        assert!(score(&a, &b).is_none(), "another admin1 at precision 3");
        let mut c = other();
        c.admin3 = "Ariha".into();
        c.latitude = Some(36.5);
        assert!(score(&a, &c).is_some(), "same admin3 whatever the coordinates");
    }

    #[test]
    fn types_and_actors() {
        let a = key();
        let mut b = other();
        b.event_type = "Violence against civilians".into();
        b.sub_event_type = "Attack".into();
        assert!(score(&a, &b).is_some(), "attack vs air strike");
        b.event_type = "Battles".into();
        b.sub_event_type = "Armed clash".into();
        assert!(score(&a, &b).is_none(), "clash vs air strike");
        let shelling = MatchKey {
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Shelling/artillery/missile attack".into(),
            ..a.clone()
        };
        assert!(score(&shelling, &b).is_some(), "clash vs shelling");
        let mut ied = MatchKey { sub_event_type: "Remote explosive/landmine/IED".into(), ..shelling.clone() };
        assert!(score(&b, &ied).is_none(), "clash vs explosion at a nearby place");
        ied.admin3 = b.admin3.clone();
        assert!(score(&b, &ied).is_some(), "clash vs explosion at the same place on the same day");
        let arrests = MatchKey {
            disorder_type: "Strategic developments".into(),
            event_type: "Strategic developments".into(),
            sub_event_type: "Arrests".into(),
            ..ied.clone()
        };
        assert!(score(&arrests, &b).is_none(), "a raid's arrests and a clash in one sub-district");
        let raid_site = MatchKey { location_id: Some("sy-zir".into()), ..b.clone() };
        let arrests_there = MatchKey { location_id: Some("sy-zir".into()), ..arrests };
        assert!(score(&arrests_there, &raid_site).is_some(), "a raid's arrests and a clash at one place");
        let next_day = |k: &MatchKey| MatchKey { event_date: k.event_date.and_then(|d| d.succ_opt()), ..k.clone() };
        assert!(score(&next_day(&arrests_there), &raid_site).is_some(), "a night raid told a day apart");
        let unnamed = MatchKey { actor1: String::new(), ..raid_site.clone() };
        assert!(
            score(&next_day(&arrests_there), &unnamed).is_none(),
            "a raid a day apart from a clash of nobody named"
        );
        let mut c = other();
        c.actor1 = "Military Forces of Syria (2000-2024)".into();
        assert!(score(&a, &c).is_some(), "different known actor1 within 10 km on the same day");
        c.latitude = Some(35.95);
        c.geo_precision = 2;
        assert!(score(&a, &c).is_none(), "different known actor1 at a nearby place 15 km away");
        let same_place = MatchKey { admin3: "Ariha".into(), ..c.clone() };
        assert!(score(&a, &same_place).is_some(), "different known actor1, same sub-district and day");
        let next_day = MatchKey { event_date: NaiveDate::from_ymd_opt(2024, 3, 15), ..same_place };
        assert!(score(&a, &next_day).is_none(), "different known actor1, same place, another day");
        c.actor1 = "Unidentified Military Forces".into();
        assert!(score(&a, &c).is_some(), "unknown actor1");
        let mut d = other();
        d.background = true;
        assert!(score(&a, &d).is_none(), "background only with background");
        let mut e = other();
        e.documents = vec!["a".into()];
        assert!(score(&a, &e).is_none(), "same document");
    }

    #[test]
    fn best_match_prefers_score_then_lowest_id() {
        let a = key();
        let near = MatchKey { admin3: "Ariha".into(), ..other() };
        let far = MatchKey { latitude: Some(35.86), ..other() };
        assert_eq!(best_match(&a, [(7, &far), (9, &near)]).map(|b| b.0), Some(9));
        assert_eq!(best_match(&a, [(9, &near), (3, &near.clone())]).map(|b| b.0), Some(3));
        assert_eq!(best_match(&a, std::iter::empty()), None);
    }
}
