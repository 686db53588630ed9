//! From a draft to the output record: ACLED fields, ids, notes and evidence.

use crate::assemble::{resolve_key, Draft, Mention, Role};
use marsad_core::{Document, Event, Evidence, Language, NaiveDate, Span};
use marsad_kb::{Actor, Kb, Place};

/// A resolved actor: the top-level actor and, for a unit, the unit.
struct Resolved<'k> {
    top: &'k Actor,
    unit: Option<&'k Actor>,
    span: Span,
}

fn resolve_actor<'k>(kb: &'k Kb, aliases: &[u32], date: Option<NaiveDate>, span: Span) -> Option<Resolved<'k>> {
    let alias = kb.actors.choose(aliases, date)?;
    let actor = kb.actors.actor(alias.actor)?;
    let top = kb.actors.top(alias.actor)?;
    Some(Resolved { top, unit: (top.id != actor.id).then_some(actor), span })
}

/// One side of an event: its first mention (one not already the other side's
/// actor), the names of its units and co-actors for `assoc_actor_*`, and the
/// co-actors' ids.
struct Side<'k> {
    main: Option<Resolved<'k>>,
    assoc: String,
    co_ids: Vec<String>,
}

fn side<'k>(kb: &'k Kb, mentions: &[&Mention], date: Option<NaiveDate>, other: Option<&str>) -> Side<'k> {
    let mut main: Option<Resolved> = None;
    let mut assoc: Vec<String> = Vec::new();
    let mut co_ids: Vec<String> = Vec::new();
    for m in mentions {
        let Some(r) = resolve_actor(kb, &m.aliases, date, m.span) else { continue };
        if other == Some(r.top.id.as_str()) {
            continue;
        }
        match &main {
            None => {
                if let Some(unit) = r.unit {
                    assoc.push(unit.name.clone());
                }
                main = Some(r);
            }
            Some(x) if x.top.id != r.top.id && m.co => {
                assoc.push(r.top.name.clone());
                if !co_ids.contains(&r.top.id) {
                    co_ids.push(r.top.id.clone());
                }
            }
            _ => {}
        }
    }
    assoc.dedup();
    Side { main, assoc: assoc.join("; "), co_ids }
}

/// Builds the record of one draft.
pub fn event(kb: &Kb, doc: &Document, lang: Language, draft: &Draft) -> Option<Event> {
    let date = draft.date.map(|d| d.date);
    let when = date.or(doc.meta.published);
    // Actors: the first mention of each side, its units and co-actors as
    // associates; in an air strike, the side named with the aircraft struck.
    let mut side1: Vec<&Mention> = draft.actors.iter().filter(|m| m.role == Role::Actor1).collect();
    if draft.sub_event == "air_drone_strike" {
        side1.sort_by_key(|m| !m.airborne);
    }
    let side2: Vec<&Mention> = draft.actors.iter().filter(|m| m.role == Role::Actor2).collect();
    let Side { main: actor1, assoc: assoc1, co_ids: assoc1_ids } = side(kb, &side1, when, None);
    let Side { main: mut actor2, assoc: assoc2, .. } =
        side(kb, &side2, when, actor1.as_ref().map(|a| a.top.id.as_str()));
    let civilian_victims = draft.civilians.is_some() && actor2.as_ref().is_none_or(|a| a.top.inter == 7);

    let place: Option<&Place> = draft.place.and_then(|p| kb.places.place(p.place));
    let country_code = place.map(|p| p.country.clone()).unwrap_or_else(|| "SY".to_string());
    if actor2.is_none() && civilian_victims {
        let civ_id = format!("civ-{}", country_code.to_ascii_lowercase());
        if let (Some(civ), Some(span)) = (kb.actors.get(&civ_id), draft.civilians) {
            actor2 = Some(Resolved { top: civ, unit: None, span });
        }
    }
    let civilian_targeting = actor2.as_ref().is_some_and(|a| a.top.inter == 7);
    let key = resolve_key(&draft.sub_event, civilian_targeting);
    let kind = kb.lexicons.acled_type(&key)?;

    let inter1 = actor1.as_ref().map_or(0, |a| a.top.inter);
    let inter2 = actor2.as_ref().map_or(0, |a| a.top.inter);
    let interaction = match (inter1, inter2) {
        (0, 0) => 0,
        (a, 0) | (0, a) => a * 10,
        (a, b) => a.min(b) * 10 + a.max(b),
    };
    let (iso, country_name, region) =
        marsad_core::country::by_alpha2(&country_code).map_or((0, "", ""), |c| (c.numeric, c.name, c.region));
    let (lat, lon, location, admin1, admin2, admin3, location_id, precision) = match (place, draft.place) {
        (Some(p), Some(choice)) => {
            let (lat, lon) = coordinates(kb, p);
            match choice.toward {
                // The countryside on one side: a point that far out, named and
                // identified as that side of the place.
                Some(point) => {
                    let km = if p.kind == "town" { TOWN_COUNTRYSIDE_KM } else { CITY_COUNTRYSIDE_KM };
                    let (lat, lon) = marsad_core::geo::offset(lat, lon, point.degrees(), km);
                    let side = point.adjective();
                    (
                        Some(lat),
                        Some(lon),
                        format!("{side} {} countryside", display_name(p)),
                        p.admin1.clone(),
                        p.admin2.clone(),
                        String::new(),
                        Some(format!("{}#{side}", p.id)),
                        choice.precision,
                    )
                }
                None => (
                    Some(lat),
                    Some(lon),
                    display_name(p),
                    p.admin1.clone(),
                    p.admin2.clone(),
                    p.admin3.clone(),
                    Some(p.id.clone()),
                    choice.precision,
                ),
            }
        }
        _ => (None, None, String::new(), String::new(), String::new(), String::new(), None, 0),
    };

    let mut evidence = Vec::new();
    let text = &doc.text;
    let mut push = |field: &str, span: Span| {
        if let Some(e) = Evidence::new(field, span, text) {
            evidence.push(e);
        }
    };
    push("trigger", draft.trigger);
    if let Some(a) = &actor1 {
        push("actor1", a.span);
    }
    if let Some(a) = &actor2 {
        push("actor2", a.span);
    }
    if let Some(p) = draft.place {
        push("location", p.span);
    }
    if let Some(span) = draft.date.and_then(|d| d.span) {
        push("event_date", span);
    }
    if let Some(c) = draft.killed {
        push("fatalities", c.span);
    }
    if let Some(c) = draft.injured {
        push("injured", c.span);
    }

    let name = |a: &Option<Resolved>| a.as_ref().map(|x| x.top.name.clone()).unwrap_or_default();
    let fatalities = draft.killed.map_or(0, |c| c.value);
    let mut event = Event {
        event_id_cnty: String::new(),
        event_date: date,
        year: date.map(|d| chrono::Datelike::year(&d)),
        time_precision: draft.date.map_or(0, |d| d.precision),
        disorder_type: kind.disorder_type.clone(),
        event_type: kind.event_type.clone(),
        sub_event_type: kind.sub_event_type.clone(),
        actor1: name(&actor1),
        assoc_actor_1: assoc1,
        inter1,
        actor2: name(&actor2),
        assoc_actor_2: assoc2,
        inter2,
        interaction,
        civilian_targeting: if civilian_targeting { "Civilian targeting".into() } else { String::new() },
        iso,
        region: region.into(),
        country: country_name.into(),
        admin1,
        admin2,
        admin3,
        location,
        latitude: lat,
        longitude: lon,
        geo_precision: precision,
        source: doc.meta.source.clone().unwrap_or_default(),
        source_scale: String::new(),
        notes: String::new(),
        fatalities,
        tags: String::new(),
        timestamp: doc.meta.published.and_then(|d| d.and_hms_opt(0, 0, 0)).map_or(0, |t| t.and_utc().timestamp()),
        fatalities_low: draft.killed.map(|c| c.low),
        fatalities_high: draft.killed.and_then(|c| c.high),
        injured: draft.injured.map(|c| c.value),
        actor1_id: actor1.as_ref().map(|a| a.unit.unwrap_or(a.top).id.clone()),
        assoc_actor_1_ids: assoc1_ids,
        actor2_id: actor2.as_ref().map(|a| a.unit.unwrap_or(a.top).id.clone()),
        location_id,
        language: Some(lang),
        document_id: doc.id.clone(),
        url: doc.meta.url.clone(),
        published: doc.meta.published,
        background: draft.background,
        confidence: 0.0,
        evidence,
    };
    event.notes = notes(&event);
    event.confidence = confidence(&event, draft);
    Some(event)
}

/// The coordinates to report: a governorate alone is placed at its capital
/// (its most populous place), as ACLED codes it.
fn coordinates(kb: &Kb, p: &Place) -> (f64, f64) {
    if p.kind == "admin1" {
        if let Some(capital) = kb
            .places
            .places()
            .iter()
            .filter(|c| c.country == p.country && c.admin1 == p.admin1 && matches!(c.kind.as_str(), "city" | "town"))
            .max_by(|a, b| a.population.cmp(&b.population).then(b.id.cmp(&a.id)))
        {
            return (capital.lat, capital.lon);
        }
    }
    (p.lat, p.lon)
}

/// How far out the countryside on one side of a city (or governorate) lies.
const CITY_COUNTRYSIDE_KM: f64 = 25.0;
/// The same for a town.
const TOWN_COUNTRYSIDE_KM: f64 = 10.0;

fn display_name(p: &Place) -> String {
    if !p.name_en.is_empty() {
        p.name_en.clone()
    } else if !p.name_ar.is_empty() {
        p.name_ar.clone()
    } else {
        p.name_fa.clone()
    }
}

/// A one-sentence English summary built from the fields.
pub fn notes(e: &Event) -> String {
    let mut s = String::new();
    if let Some(d) = e.event_date {
        s.push_str(&format!("On {d}, "));
    }
    let who = if e.actor1.is_empty() { "unidentified actors".to_string() } else { e.actor1.clone() };
    let what = match e.sub_event_type.as_str() {
        "Armed clash" => "clashed with",
        "Attack" => "attacked",
        "Air/drone strike" => "carried out an air/drone strike on",
        "Shelling/artillery/missile attack" => "shelled",
        "Remote explosive/landmine/IED" => "used an explosive device against",
        "Suicide bomb" => "carried out a suicide bombing against",
        "Abduction/forced disappearance" => "abducted",
        "Arrests" => "arrested",
        "Government regains territory" | "Non-state actor overtakes territory" => "took control of territory from",
        "Looting/property destruction" => "looted or destroyed property of",
        "Grenade" => "threw a grenade at",
        _ => "was involved in an event with",
    };
    s.push_str(&who);
    s.push(' ');
    s.push_str(what);
    s.push(' ');
    s.push_str(if e.actor2.is_empty() { "unidentified targets" } else { &e.actor2 });
    if !e.location.is_empty() {
        s.push_str(&format!(" {} {}", if e.geo_precision >= 2 { "near" } else { "in" }, e.location));
        if !e.admin1.is_empty() && e.admin1 != e.location {
            s.push_str(&format!(" ({})", e.admin1));
        }
    }
    s.push('.');
    match (e.fatalities, e.injured) {
        (0, None) if e.fatalities_low.is_none() => {}
        (f, Some(i)) => s.push_str(&format!(" {f} killed, {i} wounded.")),
        (f, None) => s.push_str(&format!(" {f} killed.")),
    }
    if e.background {
        s.push_str(" (Recalled as background.)");
    }
    s
}

fn confidence(e: &Event, d: &Draft) -> f32 {
    let mut c: f32 = 0.3;
    if !e.actor1.is_empty() {
        c += 0.2;
    }
    if e.latitude.is_some() {
        c += 0.2;
    }
    if e.event_date.is_some() {
        c += 0.15;
    }
    if d.killed.is_some() || d.injured.is_some() {
        c += 0.1;
    }
    if d.sentences.len() > 1 {
        c += 0.05;
    }
    if e.background {
        c *= 0.8;
    }
    (c.min(1.0) * 100.0).round() / 100.0
}
