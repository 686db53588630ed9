//! End-to-end tests of `marsad extract`: the binary on files it writes itself.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn marsad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn run(args: &[&str]) -> Output {
    marsad().args(args).output().expect("marsad runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

fn events(o: &Output) -> Vec<serde_json::Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

#[test]
fn arabic_example_gives_the_bus_attack_with_evidence() {
    let path = examples().join("ar-deir-ez-zor-bus.txt");
    let o = run(&["extract", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let evs = events(&o);
    let attack = evs.iter().find(|e| e["background"] == false && e["fatalities"] == 3).expect("the bus attack");
    assert_eq!(attack["event_date"], "2024-03-14");
    assert_eq!(attack["actor1_id"], "isis");
    assert_eq!(attack["admin1"], "Deir ez-Zor");
    assert_eq!(attack["injured"], 12);
    // Evidence points at the exact words of the document.
    let text = fs::read_to_string(&path).unwrap();
    for ev in attack["evidence"].as_array().unwrap() {
        let (s, e) = (ev["start"].as_u64().unwrap() as usize, ev["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], ev["text"].as_str().unwrap());
    }
    // The recalled convoy ambush is a separate, background event with its own date.
    let past = evs.iter().find(|e| e["background"] == true).expect("background event");
    assert_eq!(past["event_date"], "2023-10-28");
    assert_eq!(past["fatalities"], 10);
    // The "read more" headline at the end is boilerplate, not an event.
    assert!(evs.iter().all(|e| e["fatalities"] != 2), "{evs:#?}");
}

#[test]
fn output_is_deterministic_across_formats_and_thread_counts() {
    let dir = examples();
    let dir = dir.to_str().unwrap();
    for format in ["jsonl", "csv", "geojson", "table"] {
        let a = run(&["extract", "-q", "-f", format, "-j", "1", dir]);
        let b = run(&["extract", "-q", "-f", format, "-j", "2", dir]);
        assert!(a.status.success());
        assert_eq!(a.stdout, b.stdout, "format {format}");
    }
}

#[test]
fn csv_header_is_acled_columns_in_order() {
    let o = run(&["extract", "-q", "-f", "csv", examples().to_str().unwrap()]);
    let out = stdout(&o);
    let header = out.lines().next().unwrap();
    assert!(header.starts_with("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"));
}

#[test]
fn geojson_is_a_feature_collection() {
    let o = run(&["extract", "-q", "-f", "geojson", examples().to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    assert!(!v["features"].as_array().unwrap().is_empty());
}

#[test]
fn stdin_with_metadata_flags() {
    let evs = extract_stdin(
        &["--published", "2024-06-02", "--source", "Test Wire"],
        "Turkish drones struck a position of the Syrian Democratic Forces near Tal Tamr yesterday, killing two fighters.",
    );
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0]["event_date"], "2024-06-01");
    assert_eq!(evs[0]["source"], "Test Wire");
    assert_eq!(evs[0]["sub_event_type"], "Air/drone strike");
    assert_eq!(evs[0]["fatalities"], 2);
}

/// Runs `marsad extract - ARGS` on `text` and returns its events.
fn extract_stdin(args: &[&str], text: &str) -> Vec<serde_json::Value> {
    use std::io::Write;
    let mut child = marsad()
        .args(["extract", "-"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    events(&o)
}

#[test]
fn as_of_dates_a_weekday_and_day_without_a_year() {
    let text = "قصفت قوات النظام صباح يوم السبت 14 آب بلدة كفرتعال في ريف حلب الغربي.";
    let evs = extract_stdin(&["--as-of", "2026-11-23"], text);
    assert_eq!(evs[0]["event_date"], "2021-08-14", "{evs:#?}");
    // Read as in 2028, the latest Saturday 14 August is in 2027.
    let evs = extract_stdin(&["--as-of", "2028-01-01"], text);
    assert_eq!(evs[0]["event_date"], "2027-08-14", "{evs:#?}");
    // A publication date wins.
    let evs = extract_stdin(&["--as-of", "2028-01-01", "--published", "2021-08-15"], text);
    assert_eq!(evs[0]["event_date"], "2021-08-14", "{evs:#?}");
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_processed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a-empty.txt"), "").unwrap();
    fs::write(d.join("b-binary.txt"), b"\x00\x01\x02binary").unwrap();
    fs::write(d.join("c-latin1.txt"), b"caf\xe9 na\xefve r\xe9sum\xe9 only latin").unwrap();
    fs::write(
        d.join("d-feed.jsonl"),
        "{\"id\":\"ok-1\",\"published\":\"2024-06-02\",\"text\":\"Gunmen killed three soldiers near Daraa on Saturday.\"}\n{not json}\n",
    )
    .unwrap();
    let big = fs::File::create(d.join("e-big.txt")).unwrap();
    big.set_len(200 * 1024 * 1024).unwrap();
    fs::copy(examples().join("ar-deir-ez-zor-bus.txt"), d.join("f-good.txt")).unwrap();
    let o = run(&["extract", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "something was skipped");
    let err = String::from_utf8_lossy(&o.stderr);
    for name in ["a-empty.txt", "b-binary.txt", "c-latin1.txt", "d-feed.jsonl:2", "e-big.txt"] {
        assert!(err.contains(name), "no message names {name}: {err}");
    }
    let evs = events(&o);
    assert!(evs.iter().any(|e| e["document_id"] == "ok-1"), "the good JSONL line is processed");
    assert!(evs.iter().any(|e| e["fatalities"] == 3 && e["actor1_id"] == "isis"), "the good file is processed");
}

#[test]
fn unsupported_language_is_a_warning_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("fr.txt");
    fs::write(
        &f,
        "Des frappes aériennes ont visé plusieurs villages au sud de la province d'Idleb mardi, selon des secouristes.",
    )
    .unwrap();
    let o = run(&["extract", f.to_str().unwrap()]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("not supported"));
    assert!(o.stdout.is_empty());
}

#[test]
fn non_conflict_news_gives_no_events() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("economy.txt");
    fs::write(
        &f,
        "رفع مصرف سوريا المركزي سعر صرف الليرة مقابل الدولار يوم الاثنين، في ثالث تعديل هذا العام، بحسب تجار في دمشق.",
    )
    .unwrap();
    let o = run(&["extract", "--published", "2024-03-11", f.to_str().unwrap()]);
    assert!(o.status.success());
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
}

#[test]
fn kb_command_shows_places_and_actors() {
    let o = run(&["kb", "place", "دير الزور"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Deir ez-Zor"));
    let o = run(&["kb", "actor", "قسد"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("sdf"), "{out}");
    assert!(out.contains("[fa]") && out.contains("[en]"), "aliases in all languages: {out}");
    assert_eq!(run(&["kb", "place", "Xyzzyville"]).status.code(), Some(1));
    // A name with clitics is found by its stem.
    let o = run(&["kb", "place", "بالميادين"]);
    assert!(o.status.success() && stdout(&o).contains("الميادين"), "{}", stdout(&o));
}
