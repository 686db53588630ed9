//! The fused record: one real event, every source's own account of it, and the
//! fields chosen across them.

use crate::rules::{actor_unknown, MatchKey};
use chrono::NaiveDate;
use marsad_core::{Event, Language};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One source's own account of the event, as its report-level event says it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Id of the document the account was read from.
    pub document_id: String,
    /// The outlet (empty when unknown).
    pub outlet: String,
    /// URL of the report.
    pub url: Option<String>,
    /// Language of the report.
    pub language: Option<Language>,
    /// Publication date of the report.
    pub published: Option<NaiveDate>,
    /// The date this source gives.
    pub event_date: Option<NaiveDate>,
    /// 1 day, 2 week, 3 month.
    pub time_precision: u8,
    /// ACLED disorder type.
    pub disorder_type: String,
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: String,
    /// ACLED name of actor1.
    pub actor1: String,
    /// Units or allies of actor1.
    pub assoc_actor_1: String,
    /// Inter code of actor1.
    pub inter1: u8,
    /// Knowledge-base id of actor1.
    pub actor1_id: Option<String>,
    /// Knowledge-base ids of actor1's co-actors.
    #[serde(default)]
    pub assoc_actor_1_ids: Vec<String>,
    /// Actor1 as the source wrote it (its evidence words).
    pub actor1_text: Option<String>,
    /// ACLED name of actor2.
    pub actor2: String,
    /// Units or allies of actor2.
    pub assoc_actor_2: String,
    /// Inter code of actor2.
    pub inter2: u8,
    /// Knowledge-base id of actor2.
    pub actor2_id: Option<String>,
    /// Actor2 as the source wrote it (its evidence words).
    pub actor2_text: Option<String>,
    /// `"Civilian targeting"` or empty.
    pub civilian_targeting: String,
    /// ISO 3166-1 numeric country code.
    pub iso: u16,
    /// ACLED region.
    pub region: String,
    /// Country name.
    pub country: String,
    /// First-level admin area.
    pub admin1: String,
    /// Second-level admin area.
    pub admin2: String,
    /// Third-level admin area.
    pub admin3: String,
    /// The place name.
    pub location: String,
    /// Knowledge-base id of the place.
    pub location_id: Option<String>,
    /// The place as the source wrote it (its evidence words).
    pub location_text: Option<String>,
    /// WGS 84 latitude.
    pub latitude: Option<f64>,
    /// WGS 84 longitude.
    pub longitude: Option<f64>,
    /// ACLED geo precision.
    pub geo_precision: u8,
    /// The source's conservative death count (0 when it gives none).
    pub fatalities: u32,
    /// Lowest count the source allows; `None` when it gives no count.
    pub fatalities_low: Option<u32>,
    /// Highest count the source allows; `None` without a count or when open-ended.
    pub fatalities_high: Option<u32>,
    /// Wounded, when the source gives a count.
    pub injured: Option<u32>,
    /// The source's one-sentence summary.
    pub notes: String,
    /// 0–1: how sure the extractor was of this account.
    pub confidence: f32,
}

impl Claim {
    /// The account of one report-level event.
    pub fn of_report(e: &Event) -> Claim {
        let said = |field: &str| e.evidence.iter().find(|ev| ev.field == field).map(|ev| ev.text.clone());
        Claim {
            document_id: e.document_id.clone(),
            outlet: e.source.clone(),
            url: e.url.clone(),
            language: e.language,
            published: e.published,
            event_date: e.event_date,
            time_precision: e.time_precision,
            disorder_type: e.disorder_type.clone(),
            event_type: e.event_type.clone(),
            sub_event_type: e.sub_event_type.clone(),
            actor1: e.actor1.clone(),
            assoc_actor_1: e.assoc_actor_1.clone(),
            inter1: e.inter1,
            actor1_id: e.actor1_id.clone(),
            assoc_actor_1_ids: e.assoc_actor_1_ids.clone(),
            actor1_text: said("actor1"),
            actor2: e.actor2.clone(),
            assoc_actor_2: e.assoc_actor_2.clone(),
            inter2: e.inter2,
            actor2_id: e.actor2_id.clone(),
            actor2_text: said("actor2"),
            civilian_targeting: e.civilian_targeting.clone(),
            iso: e.iso,
            region: e.region.clone(),
            country: e.country.clone(),
            admin1: e.admin1.clone(),
            admin2: e.admin2.clone(),
            admin3: e.admin3.clone(),
            location: e.location.clone(),
            location_id: e.location_id.clone(),
            location_text: said("location"),
            latitude: e.latitude,
            longitude: e.longitude,
            geo_precision: e.geo_precision,
            fatalities: e.fatalities,
            fatalities_low: e.fatalities_low,
            fatalities_high: e.fatalities_high,
            injured: e.injured,
            notes: e.notes.clone(),
            confidence: e.confidence,
        }
    }

    /// Whether the source gives a death count (zero included: "no one was killed").
    pub fn counts_deaths(&self) -> bool {
        self.fatalities_low.is_some() || self.fatalities > 0
    }
}

/// One real event as told by one or more sources.
///
/// The chosen fields are recomputed from the claims whenever one joins
/// ([`FusedEvent::join`]), so the record never depends on anything but its claims
/// (and their order of arrival, which breaks ties).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FusedEvent {
    /// The store's number for the event (unique, stable).
    pub id: u64,
    /// Recalled history rather than news of the reports.
    pub background: bool,
    /// The date of the most precise account (ties: the date most accounts give, then the earliest).
    pub event_date: Option<NaiveDate>,
    /// Precision of `event_date`: 1 day, 2 week, 3 month.
    pub time_precision: u8,
    /// ACLED disorder type (of the type most accounts give).
    pub disorder_type: String,
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: String,
    /// Actor1: the named actor most accounts give; "unknown" only when no account names one.
    pub actor1: String,
    /// Units or allies of actor1.
    pub assoc_actor_1: String,
    /// Inter code of actor1.
    pub inter1: u8,
    /// Knowledge-base id of actor1.
    pub actor1_id: Option<String>,
    /// Knowledge-base ids of actor1's co-actors.
    #[serde(default)]
    pub assoc_actor_1_ids: Vec<String>,
    /// Actor2, chosen like actor1.
    pub actor2: String,
    /// Units or allies of actor2.
    pub assoc_actor_2: String,
    /// Inter code of actor2.
    pub inter2: u8,
    /// Knowledge-base id of actor2.
    pub actor2_id: Option<String>,
    /// ACLED interaction code of the chosen actors.
    pub interaction: u8,
    /// `"Civilian targeting"` or empty (of the account the type was taken from).
    pub civilian_targeting: String,
    /// ISO 3166-1 numeric country code.
    pub iso: u16,
    /// ACLED region.
    pub region: String,
    /// Country name.
    pub country: String,
    /// First-level admin area.
    pub admin1: String,
    /// Second-level admin area.
    pub admin2: String,
    /// Third-level admin area.
    pub admin3: String,
    /// The place of the most precise account (ties: the place most accounts give, then the first).
    pub location: String,
    /// Knowledge-base id of the place.
    pub location_id: Option<String>,
    /// WGS 84 latitude.
    pub latitude: Option<f64>,
    /// WGS 84 longitude.
    pub longitude: Option<f64>,
    /// ACLED geo precision.
    pub geo_precision: u8,
    /// Lowest death count any source allows; `None` when no source gives a count.
    pub fatalities_low: Option<u32>,
    /// The conservative best estimate: the lowest count a source reports (see [`FusedEvent::join`]).
    pub fatalities_best: u32,
    /// Highest death count any source allows; `None` when no source gives a count.
    pub fatalities_high: Option<u32>,
    /// Lowest wounded count a source reports.
    pub injured: Option<u32>,
    /// The highest confidence of the accounts.
    pub confidence: f32,
    /// A one-sentence English summary.
    pub notes: String,
    /// Every source's own account, in order of arrival.
    pub claims: Vec<Claim>,
}

fn vote<K: Ord + Clone>(items: impl Iterator<Item = (usize, K)>) -> Option<usize> {
    // Most frequent key; ties go to the key that arrived first. Returns the
    // index of that key's first claim.
    let mut counts: BTreeMap<K, (usize, usize)> = BTreeMap::new();
    for (i, k) in items {
        let slot = counts.entry(k).or_insert((0, i));
        slot.0 += 1;
    }
    counts.into_values().max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1))).map(|(_, first)| first)
}

impl FusedEvent {
    /// A fused event of one report.
    pub fn new(id: u64, report: &Event) -> FusedEvent {
        let mut fused = FusedEvent { id, background: report.background, ..FusedEvent::default() };
        fused.join(report);
        fused
    }

    /// Adds a report's account and chooses the fields again. The rules:
    /// - **date**: of the accounts with the finest time precision, the date most
    ///   give, ties to the earliest;
    /// - **type**: the (event type, sub-event type) most accounts give, ties to the first;
    /// - **actors**: the named actor1 (and actor2) most accounts give, ties to the
    ///   first; unknown only when no account names one;
    /// - **place**: of the accounts with the finest geo precision, the place most give,
    ///   ties to the first;
    /// - **fatalities**: over the sources that give a count, `fatalities_best` is
    ///   the lowest conservative figure a source reports (ACLED's rule: the lowest
    ///   credible figure, not an average or the highest), `fatalities_low` the
    ///   lowest lower bound, `fatalities_high` the highest upper bound (a source's
    ///   open-ended "more than N" counts as N). Sources without a count do not
    ///   pull the figures to 0.
    pub fn join(&mut self, report: &Event) {
        self.claims.push(Claim::of_report(report));
        self.choose();
    }

    fn choose(&mut self) {
        let claims = &self.claims;
        if claims.is_empty() {
            return;
        }
        // Date.
        let finest = claims.iter().filter(|c| c.event_date.is_some()).map(|c| c.time_precision.clamp(1, 3)).min();
        let date_claim = finest
            .and_then(|p| {
                let dated = claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.event_date.is_some() && c.time_precision.clamp(1, 3) == p);
                let mut counts: BTreeMap<NaiveDate, (usize, usize)> = BTreeMap::new();
                for (i, c) in dated {
                    let slot = counts.entry(c.event_date.unwrap_or_default()).or_insert((0, i));
                    slot.0 += 1;
                }
                // Most accounts, then the earliest date (BTreeMap order: first max wins on ties).
                let mut best: Option<(usize, usize)> = None;
                for (n, i) in counts.into_values() {
                    if best.is_none_or(|(bn, _)| n > bn) {
                        best = Some((n, i));
                    }
                }
                best.map(|(_, i)| i)
            })
            .unwrap_or(0);
        // Type.
        let type_claim =
            vote(claims.iter().enumerate().map(|(i, c)| (i, (c.event_type.clone(), c.sub_event_type.clone()))))
                .unwrap_or(0);
        // Actors.
        let named = |f: fn(&Claim) -> &String| {
            vote(claims.iter().enumerate().filter(|(_, c)| !actor_unknown(f(c))).map(|(i, c)| (i, f(c).clone())))
                .or_else(|| claims.iter().position(|c| !f(c).is_empty()))
                .unwrap_or(0)
        };
        let actor1_claim = named(|c| &c.actor1);
        let actor2_claim = named(|c| &c.actor2);
        // Place.
        let finest_geo = claims.iter().map(|c| c.geo_precision).filter(|&p| p > 0).min();
        let place_claim =
            finest_geo
                .and_then(|p| {
                    vote(claims.iter().enumerate().filter(|(_, c)| c.geo_precision == p).map(|(i, c)| {
                        (i, c.location_id.clone().unwrap_or_else(|| format!("{}|{}", c.admin1, c.location)))
                    }))
                })
                .unwrap_or(0);

        let d = &claims[date_claim];
        let (event_date, time_precision) = (d.event_date, d.time_precision);
        let t = &claims[type_claim];
        let (disorder_type, event_type, sub_event_type, civilian_targeting) =
            (t.disorder_type.clone(), t.event_type.clone(), t.sub_event_type.clone(), t.civilian_targeting.clone());
        let a1 = &claims[actor1_claim];
        let (actor1, assoc_actor_1, inter1, actor1_id, assoc_actor_1_ids) = (
            a1.actor1.clone(),
            a1.assoc_actor_1.clone(),
            a1.inter1,
            a1.actor1_id.clone(),
            a1.assoc_actor_1_ids.clone(),
        );
        let a2 = &claims[actor2_claim];
        let (actor2, assoc_actor_2, inter2, actor2_id) =
            (a2.actor2.clone(), a2.assoc_actor_2.clone(), a2.inter2, a2.actor2_id.clone());
        let p = claims[place_claim].clone();

        // Fatalities.
        let counted: Vec<&Claim> = claims.iter().filter(|c| c.counts_deaths()).collect();
        let fatalities_best = counted.iter().map(|c| c.fatalities).min().unwrap_or(0);
        let fatalities_low = counted.iter().map(|c| c.fatalities_low.unwrap_or(c.fatalities).min(c.fatalities)).min();
        let fatalities_high = counted.iter().map(|c| c.fatalities_high.unwrap_or(c.fatalities).max(c.fatalities)).max();
        let injured = claims.iter().filter_map(|c| c.injured).min();
        let confidence = claims.iter().map(|c| c.confidence).fold(0.0_f32, f32::max);

        let lead_notes = claims[type_claim].notes.clone();
        let n = claims.len();

        self.event_date = event_date;
        self.time_precision = time_precision;
        self.disorder_type = disorder_type;
        self.event_type = event_type;
        self.sub_event_type = sub_event_type;
        self.civilian_targeting = civilian_targeting;
        self.actor1 = actor1;
        self.assoc_actor_1 = assoc_actor_1;
        self.inter1 = inter1;
        self.actor1_id = actor1_id;
        self.assoc_actor_1_ids = assoc_actor_1_ids;
        self.actor2 = actor2;
        self.assoc_actor_2 = assoc_actor_2;
        self.inter2 = inter2;
        self.actor2_id = actor2_id;
        self.interaction = match (inter1, inter2) {
            (0, 0) => 0,
            (a, 0) | (0, a) => a.saturating_mul(10),
            (a, b) => a.min(b).saturating_mul(10).saturating_add(a.max(b)),
        };
        self.iso = p.iso;
        self.region = p.region;
        self.country = p.country;
        self.admin1 = p.admin1;
        self.admin2 = p.admin2;
        self.admin3 = p.admin3;
        self.location = p.location;
        self.location_id = p.location_id;
        self.latitude = p.latitude;
        self.longitude = p.longitude;
        self.geo_precision = p.geo_precision;
        self.fatalities_best = fatalities_best;
        self.fatalities_low = fatalities_low;
        self.fatalities_high = fatalities_high;
        self.injured = injured;
        self.confidence = confidence;
        self.notes = if n > 1 { format!("{lead_notes} Reported by {n} sources.") } else { lead_notes };
    }

    /// What matching looks at for this event.
    pub fn key(&self) -> MatchKey {
        MatchKey {
            background: self.background,
            event_date: self.event_date,
            time_precision: self.time_precision,
            disorder_type: self.disorder_type.clone(),
            event_type: self.event_type.clone(),
            sub_event_type: self.sub_event_type.clone(),
            actor1: self.actor1.clone(),
            actor2: self.actor2.clone(),
            iso: self.iso,
            admin1: self.admin1.clone(),
            admin3: self.admin3.clone(),
            location_id: self.location_id.clone(),
            latitude: self.latitude,
            longitude: self.longitude,
            geo_precision: self.geo_precision,
            documents: self.documents(),
        }
    }

    /// Ids of the documents of the claims, without repeats, in order of arrival.
    pub fn documents(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in &self.claims {
            if !out.contains(&c.document_id) {
                out.push(c.document_id.clone());
            }
        }
        out
    }

    /// The outlets of the claims without repeats, in order of arrival.
    pub fn outlets(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in &self.claims {
            if !c.outlet.is_empty() && !out.contains(&c.outlet) {
                out.push(c.outlet.clone());
            }
        }
        out
    }

    /// The fields on which the sources disagree: `"fatalities"`, `"event_date"`,
    /// `"event_type"`, `"actor1"`, `"actor2"`, `"location"`.
    pub fn disputed(&self) -> Vec<&'static str> {
        fn differ<T: PartialEq>(claims: &[Claim], f: impl Fn(&Claim) -> Option<T>) -> bool {
            let mut values = claims.iter().filter_map(f);
            match values.next() {
                Some(first) => values.any(|v| v != first),
                None => false,
            }
        }
        let c = &self.claims;
        let mut out = Vec::new();
        if differ(c, |c| c.counts_deaths().then_some(c.fatalities)) {
            out.push("fatalities");
        }
        if differ(c, |c| c.event_date) {
            out.push("event_date");
        }
        if differ(c, |c| Some(c.sub_event_type.clone())) {
            out.push("event_type");
        }
        if differ(c, |c| (!actor_unknown(&c.actor1)).then(|| c.actor1.clone())) {
            out.push("actor1");
        }
        if differ(c, |c| (!c.actor2.is_empty()).then(|| c.actor2.clone())) {
            out.push("actor2");
        }
        if differ(c, |c| (c.geo_precision > 0).then(|| c.location.clone())) {
            out.push("location");
        }
        out
    }

    /// ACLED-style id: ISO alpha-3 of the country and the store's number (`SYR12`).
    pub fn event_id_cnty(&self) -> String {
        format!("{}{}", marsad_core::country::alpha3(self.iso), self.id)
    }

    /// The fused event as an [`Event`] record for the writers: the chosen fields,
    /// `fatalities` = `fatalities_best`, `source` = the outlets joined by `"; "`,
    /// `document_id` = the documents joined by `"; "`, the first URL, the
    /// earliest publication date and no evidence (evidence offsets belong to
    /// one document each: see the claims).
    pub fn to_event(&self) -> Event {
        let first = self.claims.first();
        let published = self.claims.iter().filter_map(|c| c.published).min();
        let languages: Vec<Language> = {
            let mut l: Vec<Language> = self.claims.iter().filter_map(|c| c.language).collect();
            l.dedup();
            l
        };
        Event {
            event_id_cnty: self.event_id_cnty(),
            event_date: self.event_date,
            year: self.event_date.map(|d| chrono::Datelike::year(&d)),
            time_precision: self.time_precision,
            disorder_type: self.disorder_type.clone(),
            event_type: self.event_type.clone(),
            sub_event_type: self.sub_event_type.clone(),
            actor1: self.actor1.clone(),
            assoc_actor_1: self.assoc_actor_1.clone(),
            inter1: self.inter1,
            actor2: self.actor2.clone(),
            assoc_actor_2: self.assoc_actor_2.clone(),
            inter2: self.inter2,
            interaction: self.interaction,
            civilian_targeting: self.civilian_targeting.clone(),
            iso: self.iso,
            region: self.region.clone(),
            country: self.country.clone(),
            admin1: self.admin1.clone(),
            admin2: self.admin2.clone(),
            admin3: self.admin3.clone(),
            location: self.location.clone(),
            latitude: self.latitude,
            longitude: self.longitude,
            geo_precision: self.geo_precision,
            source: self.outlets().join("; "),
            source_scale: String::new(),
            notes: self.notes.clone(),
            fatalities: self.fatalities_best,
            tags: String::new(),
            timestamp: published.and_then(|d| d.and_hms_opt(0, 0, 0)).map_or(0, |t| t.and_utc().timestamp()),
            fatalities_low: self.fatalities_low,
            fatalities_high: self.fatalities_high,
            injured: self.injured,
            actor1_id: self.actor1_id.clone(),
            assoc_actor_1_ids: self.assoc_actor_1_ids.clone(),
            actor2_id: self.actor2_id.clone(),
            location_id: self.location_id.clone(),
            language: if languages.len() == 1 { languages.first().copied() } else { first.and_then(|c| c.language) },
            document_id: self.documents().join("; "),
            url: self.claims.iter().find_map(|c| c.url.clone()),
            published,
            background: self.background,
            confidence: self.confidence,
            evidence: Vec::new(),
        }
    }
}
