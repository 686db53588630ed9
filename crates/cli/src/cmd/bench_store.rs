//! `marsad bench-store` (hidden): the store's figures on this machine.
//!
//! 1. Ingest throughput with fusion, on generated Arabic and English reports
//!    (several outlets per real event) and, when present, on the Airwars source
//!    texts (`--airwars`, read at run time, never stored anywhere but the
//!    temporary store).
//! 2. Query latency on a store of `--events` synthetic fused events: p50/p95/max
//!    of filtered queries for one governorate and one month.

use super::ingest::{ingest, Tally};
use super::{KbArgs, Outcome};
use anyhow::{Context, Result};
use chrono::{Datelike, Duration, NaiveDate};
use indicatif::ProgressBar;
use marsad_core::{Diagnostic, Document, Event, Language, Origin};
use marsad_extract::Extractor;
use marsad_fuse::FusedEvent;
use marsad_read::{Format, ReadOptions};
use marsad_store::{Filter, Store};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Arguments of `marsad bench-store`.
#[derive(clap::Args)]
pub struct Args {
    /// Generated documents for the ingest benchmark.
    #[arg(long, value_name = "N", default_value_t = 5000)]
    documents: usize,
    /// Synthetic fused events for the query benchmark.
    #[arg(long, value_name = "N", default_value_t = 1_000_000)]
    events: usize,
    /// Filtered queries timed.
    #[arg(long, value_name = "N", default_value_t = 200)]
    queries: usize,
    /// The Airwars incidents file (skipped when absent).
    #[arg(long, value_name = "FILE", default_value = "../shared/data/airwars/incidents-dev.jsonl")]
    airwars: PathBuf,
    /// Folder for the benchmark stores (default: a new folder in the system's temporary folder, removed afterwards).
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Skip the ingest benchmarks.
    #[arg(long)]
    no_ingest: bool,
    /// Skip the query benchmark.
    #[arg(long)]
    no_query: bool,
    #[command(flatten)]
    kb: KbArgs,
}

/// A small deterministic random number generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Towns the knowledge base knows: English, Arabic, governorate (en, ar).
const TOWNS: &[(&str, &str, &str, &str)] = &[
    ("Ariha", "أريحا", "Idlib", "إدلب"),
    ("Saraqib", "سراقب", "Idlib", "إدلب"),
    ("al-Bab", "الباب", "Aleppo", "حلب"),
    ("Manbij", "منبج", "Aleppo", "حلب"),
    ("al-Mayadin", "الميادين", "Deir ez-Zor", "دير الزور"),
    ("Qamishli", "القامشلي", "Hasakah", "الحسكة"),
    ("Tafas", "طفس", "Daraa", "درعا"),
    ("Jableh", "جبلة", "Latakia", "اللاذقية"),
];

/// Attackers: English and Arabic.
const ATTACKERS: &[(&str, &str)] = &[
    ("Russian warplanes", "طائرات حربية روسية"),
    ("Turkish drones", "طائرة مسيرة تركية"),
    ("Israeli warplanes", "طائرات حربية إسرائيلية"),
];

/// Outlets: name and language.
const OUTLETS: &[(&str, &str)] =
    &[("Example Wire", "en"), ("Daily Example", "en"), ("عنب تجريبي", "ar"), ("مرصد تجريبي", "ar")];

/// `n` generated reports as JSON Lines: real events told by one to three
/// outlets each, in Arabic or English, published the day after.
pub fn generated_jsonl(n: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
    let mut out = String::new();
    let mut i = 0;
    let mut event = 0;
    while i < n {
        event += 1;
        let (town_en, town_ar, gov_en, gov_ar) = TOWNS[rng.below(TOWNS.len())];
        let (att_en, att_ar) = ATTACKERS[rng.below(ATTACKERS.len())];
        let published = start + Duration::days(rng.below(1500) as i64 + 1);
        let killed = 1 + rng.below(12);
        let tellers = 1 + rng.below(3);
        for k in 0..tellers {
            if i >= n {
                break;
            }
            let (outlet, lang) = OUTLETS[(event + k) % OUTLETS.len()];
            let reported = killed + rng.below(3) * k;
            let text = if lang == "en" {
                format!(
                    "{att_en} struck the town of {town_en} in {gov_en} countryside yesterday, killing {reported} civilians, local sources said. Report {event}-{k}."
                )
            } else {
                format!(
                    "قتل {reported} مدنيين أمس بقصف {att_ar} على مدينة {town_ar} في ريف {gov_ar}. تقرير {event}-{k}."
                )
            };
            let line = serde_json::json!({
                "id": format!("gen-{event}-{k}"),
                "source": outlet,
                "url": format!("https://news.example/{event}/{k}"),
                "published": published.to_string(),
                "language": lang,
                "text": text,
            });
            out.push_str(&line.to_string());
            out.push('\n');
            i += 1;
        }
    }
    out
}

/// The Airwars source texts as JSON Lines (outlet, URL, date when given, text).
fn airwars_jsonl(path: &Path) -> Result<Option<(String, usize)>> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("could not open {}", path.display())),
    };
    let mut out = String::new();
    let mut n = 0;
    for (lineno, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("could not read {}", path.display()))?;
        let Ok(incident) = serde_json::from_str::<serde_json::Value>(&line) else {
            eprintln!("warning: {}:{}: not JSON; skipped", path.display(), lineno + 1);
            continue;
        };
        for s in incident["sources"].as_array().into_iter().flatten() {
            let Some(text) = s["text"].as_str().filter(|t| !t.trim().is_empty()) else { continue };
            let published = s["publication_date"].as_str().filter(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok());
            let doc = serde_json::json!({
                "id": format!("airwars-{lineno}-{n}"),
                "source": s["publisher"].as_str(),
                "url": s["original_url"].as_str(),
                "published": published,
                "text": text,
            });
            out.push_str(&doc.to_string());
            out.push('\n');
            n += 1;
        }
    }
    Ok(Some((out, n)))
}

fn time_ingest(label: &str, dir: &Path, extractor: &Extractor<'_>, jsonl: &str, documents: usize) -> Result<Tally> {
    let db = dir.join(format!("{label}.db"));
    let _ = std::fs::remove_file(&db);
    let mut store = Store::open(&db)?;
    let docs: Vec<Result<Document, Diagnostic>> = marsad_read::read_bytes(
        jsonl.as_bytes(),
        Origin::File { path: PathBuf::from(format!("{label}.jsonl")) },
        Some(Format::Jsonl),
        &ReadOptions::default(),
    );
    let started = Instant::now();
    let tally =
        ingest(&mut store, extractor, docs.into_iter(), super::ingest::BATCH, &ProgressBar::hidden(), &mut |_| {})?;
    let secs = started.elapsed().as_secs_f64();
    let counts = store.counts()?;
    println!(
        "ingest {label}: {documents} documents in {secs:.2} s = {:.0} documents/s; {} events, {} fused events ({} joined)",
        documents as f64 / secs.max(1e-9),
        tally.events,
        counts.fused,
        tally.joined
    );
    // A second run finds everything stored.
    let docs = marsad_read::read_bytes(jsonl.as_bytes(), Origin::Stdin, Some(Format::Jsonl), &ReadOptions::default());
    let started = Instant::now();
    let again =
        ingest(&mut store, extractor, docs.into_iter(), super::ingest::BATCH, &ProgressBar::hidden(), &mut |_| {})?;
    println!(
        "ingest {label} again: {} of {} documents already stored, {:.2} s, store unchanged: {}",
        again.duplicates,
        again.documents,
        started.elapsed().as_secs_f64(),
        store.counts()? == counts
    );
    Ok(tally)
}

/// Syrian governorates with a rough centre.
const GOVERNORATES: &[(&str, f64, f64)] = &[
    ("Aleppo", 36.2, 37.2),
    ("Idlib", 35.9, 36.6),
    ("Hama", 35.1, 36.8),
    ("Homs", 34.7, 37.5),
    ("Latakia", 35.6, 35.9),
    ("Tartus", 34.9, 36.0),
    ("Damascus", 33.5, 36.3),
    ("Rural Damascus", 33.6, 36.6),
    ("Daraa", 32.7, 36.2),
    ("As-Sweida", 32.7, 36.6),
    ("Quneitra", 33.1, 35.8),
    ("Raqqa", 35.9, 38.9),
    ("Deir ez-Zor", 35.3, 40.1),
    ("Al-Hasakah", 36.5, 40.8),
];

const KINDS: &[(&str, &str, &str)] = &[
    ("Political violence", "Battles", "Armed clash"),
    ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
    ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Political violence", "Violence against civilians", "Attack"),
    ("Demonstrations", "Protests", "Peaceful protest"),
    ("Strategic developments", "Strategic developments", "Arrests"),
];

const ACTORS: &[&str] = &[
    "Military Forces of Russia (2000-)",
    "Military Forces of Turkey (2016-)",
    "Islamic State (Syria)",
    "QSD: Syrian Democratic Forces",
    "Hay'at Tahrir al-Sham",
    "Unidentified Armed Group (Syria)",
];

fn synthetic(rng: &mut Rng, id: u64, start: NaiveDate, days: usize) -> FusedEvent {
    let (gov, lat, lon) = GOVERNORATES[rng.below(GOVERNORATES.len())];
    let (disorder, ty, sub) = KINDS[rng.below(KINDS.len())];
    let date = start + Duration::days(rng.below(days) as i64);
    let killed = rng.below(8) as u32;
    let e = Event {
        event_date: Some(date),
        year: Some(date.year()),
        time_precision: 1,
        disorder_type: disorder.into(),
        event_type: ty.into(),
        sub_event_type: sub.into(),
        actor1: ACTORS[rng.below(ACTORS.len())].into(),
        iso: 760,
        region: "Middle East".into(),
        country: "Syria".into(),
        admin1: gov.into(),
        location: format!("{gov} place {}", rng.below(50)),
        latitude: Some(lat + rng.unit() - 0.5),
        longitude: Some(lon + rng.unit() - 0.5),
        geo_precision: 1 + rng.below(3) as u8,
        source: "Synthetic".into(),
        fatalities: killed,
        fatalities_low: Some(killed),
        fatalities_high: Some(killed),
        language: Some([Language::Arabic, Language::English][(id % 2) as usize]),
        document_id: format!("syn-{id}"),
        published: Some(date + Duration::days(1)),
        confidence: 0.7,
        ..Event::default()
    };
    FusedEvent::new(id, &e)
}

fn bench_query(dir: &Path, events: usize, queries: usize) -> Result<()> {
    let db = dir.join(format!("query-{events}.db"));
    let start = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap_or_default();
    let days = 6 * 365;
    let mut store = Store::open(&db)?;
    let have = store.counts()?.fused as usize;
    if have != events {
        drop(store);
        let _ = std::fs::remove_file(&db);
        let _ = std::fs::remove_file(db.with_extension("db-wal"));
        let _ = std::fs::remove_file(db.with_extension("db-shm"));
        store = Store::open(&db)?;
        let started = Instant::now();
        let mut rng = Rng(42);
        let mut id = 0u64;
        while (id as usize) < events {
            let mut batch = store.batch()?;
            for _ in 0..100_000.min(events - id as usize) {
                id += 1;
                batch.insert_fused(&synthetic(&mut rng, id, start, days))?;
            }
            batch.commit()?;
        }
        let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
        println!(
            "query store: {events} synthetic fused events written in {:.1} s ({:.0} MB)",
            started.elapsed().as_secs_f64(),
            size as f64 / 1e6
        );
    }
    let mut rng = Rng(7);
    let mut times = Vec::with_capacity(queries);
    let mut rows = 0usize;
    for _ in 0..queries {
        let (gov, _, _) = GOVERNORATES[rng.below(GOVERNORATES.len())];
        let month = start + Duration::days(rng.below(days) as i64);
        let first = month.with_day(1).unwrap_or(month);
        let last = (first + Duration::days(32)).with_day(1).unwrap_or(first) - Duration::days(1);
        let filter = Filter { since: Some(first), until: Some(last), admin1: Some(gov.into()), ..Filter::default() };
        let t = Instant::now();
        let found = store.query(&filter)?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        rows += found.len();
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times.get(((times.len() as f64 * p).ceil() as usize).saturating_sub(1)).copied().unwrap_or(0.0);
    println!(
        "query one governorate and one month on {events} fused events: {queries} queries, {:.0} events each on average (decoded); p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        rows as f64 / queries.max(1) as f64,
        pct(0.5),
        pct(0.95),
        times.last().copied().unwrap_or(0.0)
    );
    Ok(())
}

/// Runs the benchmarks and prints the figures.
pub fn run(args: Args) -> Result<Outcome> {
    let (dir, temporary) = match &args.dir {
        Some(d) => (d.clone(), false),
        None => (std::env::temp_dir().join(format!("marsad-bench-{}", std::process::id())), true),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
    println!("marsad bench-store: {} worker threads, stores in {}", rayon::current_num_threads(), dir.display());
    let result = (|| -> Result<()> {
        if !args.no_ingest {
            let kb = args.kb.load()?;
            let extractor = Extractor::new(&kb);
            let jsonl = generated_jsonl(args.documents, 1);
            time_ingest("generated", &dir, &extractor, &jsonl, args.documents)?;
            match airwars_jsonl(&args.airwars)? {
                Some((jsonl, n)) => {
                    time_ingest("airwars", &dir, &extractor, &jsonl, n)?;
                }
                None => println!("ingest airwars: skipped ({} not found)", args.airwars.display()),
            }
        }
        if !args.no_query {
            bench_query(&dir, args.events, args.queries)?;
        }
        Ok(())
    })();
    if temporary {
        let _ = std::fs::remove_dir_all(&dir);
    }
    result.map(|()| Outcome::Clean)
}
