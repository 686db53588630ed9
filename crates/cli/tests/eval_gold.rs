//! `marsad eval`: the gold report parses, absent data is skipped, floors fail loudly.

use std::path::PathBuf;
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn marsad() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_marsad"));
    cmd.current_dir(repo());
    cmd
}

#[test]
fn gold_report_parses_with_ratios_in_range() {
    let gold = repo().join("eval/gold/gold.jsonl");
    if !gold.exists() {
        eprintln!("skipped: {} not found", gold.display());
        return;
    }
    let out = marsad().args(["eval", "gold", "eval/gold/gold.jsonl", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("the report is JSON");
    assert_eq!(report["skipped"], false);
    assert!(report["all"]["articles"].as_u64().unwrap() > 0);
    for group in ["ar", "fa", "en", "all"] {
        for field in ["precision", "recall", "f1"] {
            let x = report[group][field].as_f64().unwrap_or_else(|| panic!("{group}.{field} is not a number"));
            assert!((0.0..=1.0).contains(&x), "{group}.{field} = {x}");
        }
    }
}

#[test]
fn absent_data_is_skipped_cleanly() {
    let out = marsad().args(["eval", "airwars", "no/such/incidents.jsonl", "--json"]).output().unwrap();
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["skipped"], true);
    let out = marsad().args(["eval", "ner", "no/such/dir"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("skipped"));
}

#[test]
fn figures_below_the_floor_exit_1_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let incidents = dir.path().join("incidents.jsonl");
    // One incident whose only source has no words to read events from.
    std::fs::write(
        &incidents,
        "{\"incident_code\":\"X1\",\"incident_date\":\"2021-01-01\",\"location_en\":\"Nowhere\",\"location_ar_airwars\":\"\",\
         \"latitude\":null,\"longitude\":null,\"alleged_belligerent\":\"Russian Military\",\"civilian_deaths_min\":null,\
         \"civilian_deaths_max\":null,\"sources\":[{\"publisher\":\"P\",\"original_url\":\"\",\"publication_date\":\"\",\
         \"language\":\"ar\",\"text\":\"...\"}]}\nnot json\n",
    )
    .unwrap();
    let floor = dir.path().join("floor.json");
    std::fs::write(&floor, r#"{"all": {"place_recall": 0.5, "pairs": 1}, "ar": {"joint_recall": 0.0}}"#).unwrap();
    let out = marsad().args(["eval", "airwars", "--json", "--floor"]).arg(&floor).arg(&incidents).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("below floor: all.place_recall 0.0000 < floor 0.5"), "{stderr}");
    assert!(!stderr.contains("all.pairs"), "{stderr}");
    assert!(stderr.contains("line 2"), "the bad line is reported: {stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["all"]["pairs"], 1);
    assert_eq!(report["all"]["place_hits"], 0);

    // A floor of zeros passes.
    let zeros = dir.path().join("zeros.json");
    std::fs::write(&zeros, r#"{"all": {"place_recall": 0.0, "joint_recall": 0.0}}"#).unwrap();
    let out = marsad().args(["eval", "airwars", "--floor"]).arg(&zeros).arg(&incidents).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}
