//! Fusion: report-level events that describe the same real event, from any
//! outlet and in any language, become one [`FusedEvent`] that keeps every
//! source's own account ([`Claim`]) and UCDP-style low/best/high fatalities.
//!
//! Matching is incremental: a report is compared with the fused events that
//! exist ([`rules::score`]), joins the best one ([`rules::best_match`]: highest
//! score, lowest id on ties) or starts a new one. [`Fuser`] does this in memory;
//! a store does the same against candidates it looks up (by date window,
//! [`rules::MAX_DAYS_APART`], and place).
//!
//! **Architecture invariant:** pure — no IO, no clock, no global state; the same
//! reports in the same order give the same fused events.
#![deny(missing_docs)]

mod fused;
pub mod rules;

pub use fused::{Claim, FusedEvent};
pub use rules::{best_match, score, MatchKey};

use marsad_core::Event;

/// Where a report went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// It joined the fused event with this id.
    Joined(u64),
    /// It started a new fused event with this id.
    New(u64),
}

impl Placement {
    /// The fused event's id.
    pub fn id(self) -> u64 {
        match self {
            Placement::Joined(id) | Placement::New(id) => id,
        }
    }
}

/// Fuses reports in memory, one at a time; ids count from 1.
#[derive(Clone, Debug, Default)]
pub struct Fuser {
    events: Vec<FusedEvent>,
    keys: Vec<MatchKey>,
}

impl Fuser {
    /// An empty fuser.
    pub fn new() -> Fuser {
        Fuser::default()
    }

    /// A fuser that goes on from fused events made earlier (ids are kept; new
    /// ones continue after the largest).
    pub fn with_events(mut events: Vec<FusedEvent>) -> Fuser {
        events.sort_by_key(|e| e.id);
        let keys = events.iter().map(FusedEvent::key).collect();
        Fuser { events, keys }
    }

    /// Adds one report: it joins the best matching fused event or starts one.
    pub fn add(&mut self, report: &Event) -> Placement {
        let key = MatchKey::of_report(report);
        let best = best_match(&key, self.events.iter().map(|e| e.id).zip(self.keys.iter()));
        match best {
            Some((id, _)) => {
                let i = self.events.iter().position(|e| e.id == id).unwrap_or(0);
                if let (Some(event), Some(slot)) = (self.events.get_mut(i), self.keys.get_mut(i)) {
                    event.join(report);
                    *slot = event.key();
                }
                Placement::Joined(id)
            }
            None => {
                let id = self.events.last().map_or(1, |e| e.id + 1);
                let event = FusedEvent::new(id, report);
                self.keys.push(event.key());
                self.events.push(event);
                Placement::New(id)
            }
        }
    }

    /// The fused events, by id.
    pub fn events(&self) -> &[FusedEvent] {
        &self.events
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_core::{Evidence, Language, NaiveDate};

    /// A report of an air strike on Ariha (Idlib), 14 March 2024.
    fn report(doc: &str, outlet: &str, lang: Language) -> Event {
        Event {
            event_date: NaiveDate::from_ymd_opt(2024, 3, 14),
            year: Some(2024),
            time_precision: 1,
            disorder_type: "Political violence".into(),
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Air/drone strike".into(),
            actor1: "Military Forces of Russia (2000-)".into(),
            inter1: 8,
            actor2: "Civilians (Syria)".into(),
            inter2: 7,
            interaction: 78,
            civilian_targeting: "Civilian targeting".into(),
            iso: 760,
            region: "Middle East".into(),
            country: "Syria".into(),
            admin1: "Idlib".into(),
            admin2: "Ariha".into(),
            admin3: "Ariha".into(),
            location: "Ariha".into(),
            location_id: Some("sy-ariha".into()),
            latitude: Some(35.8125),
            longitude: Some(36.6097),
            geo_precision: 1,
            source: outlet.into(),
            fatalities: 4,
            fatalities_low: Some(4),
            fatalities_high: Some(4),
            language: Some(lang),
            document_id: doc.into(),
            url: Some(format!("https://{doc}.example/a")),
            published: NaiveDate::from_ymd_opt(2024, 3, 14),
            confidence: 0.8,
            evidence: vec![Evidence { field: "actor1".into(), start: 0, end: 1, text: format!("{outlet} actor") }],
            ..Event::default()
        }
    }

    fn arabic() -> Event {
        let mut e = report("doc-ar", "عنب بلدي", Language::Arabic);
        e.evidence = vec![
            Evidence { field: "actor1".into(), start: 10, end: 40, text: "طائرات حربية روسية".into() },
            Evidence { field: "actor2".into(), start: 50, end: 60, text: "مدنيين".into() },
        ];
        e
    }

    fn english() -> Event {
        let mut e = report("doc-en", "Example Wire", Language::English);
        e.event_date = NaiveDate::from_ymd_opt(2024, 3, 15);
        e.published = NaiveDate::from_ymd_opt(2024, 3, 15);
        e.fatalities = 6;
        e.fatalities_low = Some(6);
        e.fatalities_high = Some(7);
        e.latitude = Some(35.83);
        e.location_id = None;
        e.admin3 = String::new();
        e.evidence = vec![Evidence { field: "actor1".into(), start: 0, end: 16, text: "Russian warplanes".into() }];
        e
    }

    #[test]
    fn same_event_in_arabic_and_english_fuses_and_keeps_both_claims() {
        let mut f = Fuser::new();
        assert_eq!(f.add(&arabic()), Placement::New(1));
        assert_eq!(f.add(&english()), Placement::Joined(1));
        assert_eq!(f.events().len(), 1);
        let fused = &f.events()[0];
        assert_eq!(fused.claims.len(), 2);
        // Conservative best, full range.
        assert_eq!((fused.fatalities_low, fused.fatalities_best, fused.fatalities_high), (Some(4), 4, Some(7)));
        // Every source's own words and figures are kept.
        assert_eq!(fused.claims[0].actor1_text.as_deref(), Some("طائرات حربية روسية"));
        assert_eq!(fused.claims[1].actor1_text.as_deref(), Some("Russian warplanes"));
        assert_eq!(fused.claims[1].fatalities, 6);
        assert_eq!(fused.claims[1].event_date, NaiveDate::from_ymd_opt(2024, 3, 15));
        assert_eq!(fused.disputed(), vec!["fatalities", "event_date"]);
        // Both days have one account: the earliest wins.
        assert_eq!(fused.event_date, NaiveDate::from_ymd_opt(2024, 3, 14));
        let ev = fused.to_event();
        assert_eq!(ev.event_id_cnty, "SYR1");
        assert_eq!(ev.source, "عنب بلدي; Example Wire");
        assert_eq!(ev.fatalities, 4);
        assert_eq!(ev.document_id, "doc-ar; doc-en");
        assert_eq!(ev.language, Some(Language::Arabic));
    }

    #[test]
    fn different_places_or_dates_do_not_fuse() {
        let mut f = Fuser::new();
        f.add(&arabic());
        let mut elsewhere = english();
        elsewhere.admin1 = "Aleppo".into();
        elsewhere.admin2 = "Aleppo".into();
        elsewhere.location = "Aleppo".into();
        elsewhere.latitude = Some(36.2);
        elsewhere.longitude = Some(37.13);
        assert_eq!(f.add(&elsewhere), Placement::New(2));
        let mut later = english();
        later.document_id = "doc-later".into();
        later.event_date = NaiveDate::from_ymd_opt(2024, 3, 20);
        assert_eq!(f.add(&later), Placement::New(3));
        assert_eq!(f.events().len(), 3);
        assert!(f.events().iter().all(|e| e.claims.len() == 1));
    }

    #[test]
    fn a_later_report_joins_the_stored_event() {
        // Fused events made earlier (e.g. read back from a store) and a report arriving later.
        let mut first = Fuser::new();
        first.add(&arabic());
        let mut other = arabic();
        other.document_id = "doc-other".into();
        other.event_date = NaiveDate::from_ymd_opt(2024, 1, 2);
        first.add(&other);
        let stored = first.events().to_vec();
        let mut f = Fuser::with_events(stored);
        assert_eq!(f.add(&english()), Placement::Joined(1));
        let mut unrelated = english();
        unrelated.document_id = "doc-x".into();
        unrelated.event_date = NaiveDate::from_ymd_opt(2024, 6, 1);
        assert_eq!(f.add(&unrelated), Placement::New(3));
    }

    #[test]
    fn background_reports_fuse_only_with_background() {
        let mut f = Fuser::new();
        f.add(&arabic());
        let mut recalled = english();
        recalled.background = true;
        assert_eq!(f.add(&recalled), Placement::New(2));
        let mut recalled_again = arabic();
        recalled_again.document_id = "doc-ar2".into();
        recalled_again.background = true;
        assert_eq!(f.add(&recalled_again), Placement::Joined(2));
    }

    #[test]
    fn an_unknown_actor_and_a_named_one_fuse_and_the_named_one_is_kept() {
        let mut f = Fuser::new();
        let mut vague = arabic();
        vague.actor1 = "Unidentified Military Forces".into();
        f.add(&vague);
        assert_eq!(f.add(&english()), Placement::Joined(1));
        assert_eq!(f.events()[0].actor1, "Military Forces of Russia (2000-)");
        let mut syrian = english();
        syrian.document_id = "doc-sy".into();
        syrian.actor1 = "Military Forces of Syria (2000-2024)".into();
        assert_eq!(f.add(&syrian), Placement::New(2));
    }

    #[test]
    fn sources_without_a_count_do_not_lower_the_best_estimate() {
        let mut f = Fuser::new();
        let mut silent = arabic();
        silent.fatalities = 0;
        silent.fatalities_low = None;
        silent.fatalities_high = None;
        f.add(&silent);
        assert_eq!((f.events()[0].fatalities_best, f.events()[0].fatalities_low), (0, None));
        f.add(&english());
        let fused = &f.events()[0];
        assert_eq!((fused.fatalities_low, fused.fatalities_best, fused.fatalities_high), (Some(6), 6, Some(7)));
    }

    #[test]
    fn fused_events_round_trip_through_json() {
        let mut f = Fuser::new();
        f.add(&arabic());
        f.add(&english());
        let json = serde_json::to_string(&f.events()[0]).unwrap();
        let back: FusedEvent = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, &f.events()[0]);
        // A record stored before co-attacker ids existed still reads.
        let mut old: serde_json::Value = serde_json::from_str(&json).unwrap();
        old.as_object_mut().unwrap().remove("assoc_actor_1_ids");
        for claim in old["claims"].as_array_mut().unwrap() {
            claim.as_object_mut().unwrap().remove("assoc_actor_1_ids");
        }
        let back: FusedEvent = serde_json::from_value(old).unwrap();
        assert!(back.assoc_actor_1_ids.is_empty());
    }
}
