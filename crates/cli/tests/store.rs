//! End-to-end tests of `marsad ingest`, `marsad events` and `marsad event`:
//! the binary on stores in temporary folders.

use marsad_store::Store;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn marsad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn run(args: &[&str]) -> Output {
    marsad().args(args).output().expect("marsad runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

/// Towns the knowledge base knows (English, Arabic) and their governorate.
const TOWNS: &[(&str, &str, &str, &str)] = &[
    ("Ariha", "أريحا", "Idlib", "إدلب"),
    ("Saraqib", "سراقب", "Idlib", "إدلب"),
    ("Manbij", "منبج", "Aleppo", "حلب"),
    ("al-Mayadin", "الميادين", "Deir ez-Zor", "دير الزور"),
];

/// Writes `events` real events, each told by an English and an Arabic outlet,
/// one JSON Lines file per document; returns the folder.
fn generate(dir: &Path, events: usize) -> PathBuf {
    let folder = dir.join("news");
    fs::create_dir_all(&folder).unwrap();
    for i in 0..events {
        let (en, ar, gov_en, gov_ar) = TOWNS[i % TOWNS.len()];
        // Each event on its own day, two days apart, so none fuse by accident.
        let day = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Duration::days(2 * i as i64);
        let published = (day + chrono::Duration::days(1)).to_string();
        let killed = 1 + i % 9;
        let docs = [
            (
                format!("{i:04}-en"),
                "Example Wire",
                format!("Russian warplanes struck the town of {en} in {gov_en} countryside yesterday, killing {killed} civilians, local sources said."),
            ),
            (
                format!("{i:04}-ar"),
                "مرصد تجريبي",
                format!("قتل {} مدنيين أمس بقصف طائرات حربية روسية على مدينة {ar} في ريف {gov_ar}.", killed + 1),
            ),
        ];
        for (id, outlet, text) in docs {
            let line = serde_json::json!({"id": id, "source": outlet, "published": published, "text": text});
            fs::write(folder.join(format!("{id}.jsonl")), format!("{line}\n")).unwrap();
        }
    }
    folder
}

fn ingest(db: &Path, inputs: &[&Path], extra: &[&str]) -> Output {
    let mut args: Vec<String> = vec!["ingest".into(), "--db".into(), db.display().to_string()];
    args.extend(extra.iter().map(|s| s.to_string()));
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    marsad().args(&args).output().expect("marsad runs")
}

fn events_jsonl(db: &Path) -> String {
    let o = run(&["events", "--db", db.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn ingesting_twice_changes_nothing_and_reports_fuse_across_languages() {
    let dir = tempfile::tempdir().unwrap();
    let news = generate(dir.path(), 6);
    let db = dir.path().join("marsad.db");
    let first = ingest(&db, &[&news, &examples()], &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    let counts = Store::open_existing(&db).unwrap().counts().unwrap();
    let exported = events_jsonl(&db);
    let second = ingest(&db, &[&news, &examples()], &[]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(stderr(&second).contains("0 events"), "{}", stderr(&second));
    assert_eq!(Store::open_existing(&db).unwrap().counts().unwrap(), counts);
    assert_eq!(events_jsonl(&db), exported);

    // Each generated event: one English and one Arabic report, one fused event
    // that keeps both claims and the lower count as best.
    let lines: Vec<serde_json::Value> = exported.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let fused_pairs = lines
        .iter()
        .filter(|e| {
            let docs = e["document_id"].as_str().unwrap();
            docs.contains("-en") && docs.contains("-ar")
        })
        .count();
    assert_eq!(fused_pairs, 6, "{exported}");
    let one = lines.iter().find(|e| e["document_id"] == "0000-ar; 0000-en").expect("event 0 fused");
    assert_eq!(one["fatalities"], 1);
    assert_eq!(one["fatalities_low"], 1);
    assert_eq!(one["fatalities_high"], 2);
    assert_eq!(one["source"], "مرصد تجريبي; Example Wire");
    let sources = one["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 2);
    // Files are read in sorted order: the Arabic report first.
    assert_eq!(sources[0]["actor1_text"], "طائرات حربية روسية");
    assert_eq!(sources[0]["fatalities"], 2);
    assert_eq!(sources[1]["actor1_text"], "Russian warplanes");
    assert_eq!(sources[1]["fatalities"], 1);
    assert_eq!(one["disputed"], serde_json::json!(["fatalities"]));
}

#[test]
fn bad_input_is_reported_and_exit_code_is_1() {
    let dir = tempfile::tempdir().unwrap();
    let news = generate(dir.path(), 2);
    fs::write(news.join("broken.jsonl"), "{not json\n").unwrap();
    let db = dir.path().join("marsad.db");
    let o = ingest(&db, &[&news], &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("broken.jsonl:1"), "{}", stderr(&o));
    assert_eq!(Store::open_existing(&db).unwrap().counts().unwrap().documents, 4);
}

#[test]
fn a_file_that_is_not_a_store_is_refused_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.txt");
    fs::write(&db, "my notes\n").unwrap();
    let o = ingest(&db, &[&examples()], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not an SQLite database"), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(&db).unwrap(), "my notes\n");
    let o = run(&["events", "--db", db.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["events", "--db", dir.path().join("missing.db").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("marsad ingest"), "{}", stderr(&o));
    assert!(!dir.path().join("missing.db").exists());
}

#[test]
fn queries_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let news = generate(dir.path(), 8);
    let db = dir.path().join("marsad.db");
    let o = ingest(&db, &[&news], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let db = db.to_str().unwrap();
    // Events 0 and 4 are in Ariha, 1 and 5 in Saraqib (Idlib), on 2021-01-01, -03, ..., -15.
    let o = run(&["events", "--db", db, "--admin1", "idlib", "--since", "2021-01-01", "--until", "2021-01-09"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let found: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let docs: Vec<&str> = found.iter().map(|e| e["document_id"].as_str().unwrap()).collect();
    assert_eq!(docs, ["0000-ar; 0000-en", "0001-ar; 0001-en", "0004-ar; 0004-en"], "{found:#?}");
    assert!(found.iter().all(|e| e["admin1"] == "Idlib"));

    let o = run(&["events", "--db", db, "--actor", "russia", "--type", "air/drone strike", "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(csv.starts_with("event_id_cnty,event_date,year,time_precision,disorder_type"), "{csv}");
    assert_eq!(csv.lines().count(), 1 + 8);

    let o = run(&["events", "--db", db, "--actor", "Turkey"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "");

    let o = run(&["events", "--db", db, "--near", "35.93,36.63,40", "--format", "geojson"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let geo: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(geo["features"].as_array().unwrap().len(), 4, "the Idlib events only");

    let o = run(&["events", "--db", db, "--near", "35.93,36.63"]);
    assert_eq!(o.status.code(), Some(2));

    // One event, its sources and their sentences.
    let id = found[0]["event_id_cnty"].as_str().unwrap();
    let o = run(&["event", "--db", db, id]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("sources:    2"), "{text}");
    assert!(text.contains("«طائرات حربية روسية»"), "{text}");
    assert!(text.contains("Russian warplanes struck the town of Ariha in Idlib countryside yesterday"), "{text}");
    let o = run(&["event", "--db", db, id, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let evidence = json["sources"][0]["evidence"].as_array().unwrap();
    assert!(evidence.iter().any(|e| e["sentence"].as_str().is_some_and(|s| s.contains("أريحا"))), "{json:#}");
    let o = run(&["event", "--db", db, "SYR9999"]);
    assert_eq!(o.status.code(), Some(2));
}

/// Counts of a store, reading it while another process may be writing it.
fn counts(db: &Path) -> Option<marsad_store::Counts> {
    Store::open_existing(db).ok()?.counts().ok()
}

#[test]
fn a_killed_ingest_leaves_a_consistent_store_and_the_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let news = generate(dir.path(), 150);
    // The reference: one clean run.
    let clean = dir.path().join("clean.db");
    let o = ingest(&clean, &[&news], &["--batch-size", "4"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let want = counts(&clean).unwrap();
    assert_eq!(want.documents, 300);

    // Kill runs in the middle, again and again, then let one finish.
    let db = dir.path().join("killed.db");
    let mut partial_states = 0;
    for round in 0..6 {
        let before = counts(&db).map_or(0, |c| c.documents);
        let mut child = marsad()
            .args(["ingest", "-q", "--batch-size", "4", "--db", db.to_str().unwrap(), news.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until this run has committed something, then a little more (round-dependent).
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(20) {
            if counts(&db).is_some_and(|c| c.documents > before) || child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        std::thread::sleep(Duration::from_millis(3 * round));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = counts(&db).expect("the store opens after a kill");
        assert!(now.documents <= want.documents && now.fused <= want.fused && now.reports <= want.reports);
        if now.documents > 0 && now.documents < want.documents {
            partial_states += 1;
        }
    }
    eprintln!("{partial_states} of 6 kills landed in the middle of an ingest");
    assert!(partial_states > 0, "no kill landed in the middle of an ingest");
    let o = ingest(&db, &[&news], &["--batch-size", "4"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(counts(&db).unwrap(), want);
    // Not only the counts: the same fused events, byte for byte.
    assert_eq!(events_jsonl(&db), events_jsonl(&clean));
}
