//! Floors: minimum values a report must reach, written as a JSON object that
//! mirrors the report (e.g. `{"ar": {"place_recall": 0.5}}`).

use serde_json::Value;

/// Every figure of `report` below its floor, one message each naming its path
/// (e.g. `ar.place_recall 0.412 < floor 0.5`). A floor naming a figure the
/// report lacks (or that is not a number) fails too; non-numeric floor leaves
/// are reported as errors in the floor file.
pub fn check(report: &Value, floor: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(report, floor, &mut Vec::new(), &mut out);
    out
}

fn walk(report: &Value, floor: &Value, path: &mut Vec<String>, out: &mut Vec<String>) {
    match floor {
        Value::Object(map) => {
            for (k, f) in map {
                path.push(k.clone());
                let r = report.get(k).unwrap_or(&Value::Null);
                walk(r, f, path, out);
                path.pop();
            }
        }
        Value::Number(min) => {
            let name = path.join(".");
            let min = min.as_f64().unwrap_or(f64::INFINITY);
            match report.as_f64() {
                Some(x) if x + 1e-12 >= min => {}
                Some(x) => out.push(format!("{name} {x:.4} < floor {min}")),
                None => out.push(format!("{name} missing from the report (floor {min})")),
            }
        }
        other => out.push(format!("{}: the floor {other} is not a number", path.join("."))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_each_figure_below_its_floor() {
        let report = json!({"ar": {"place_recall": 0.4, "date_recall": 0.9}, "all": {"pairs": 10}});
        let floor = json!({"ar": {"place_recall": 0.5, "date_recall": 0.9}, "all": {"joint_recall": 0.1}, "x": "high"});
        let fails = check(&report, &floor);
        assert_eq!(fails.len(), 3, "{fails:?}");
        assert!(fails[0].starts_with("all.joint_recall missing"), "{fails:?}");
        assert_eq!(fails[1], "ar.place_recall 0.4000 < floor 0.5");
        assert!(fails[2].contains("not a number"));
        assert!(check(&report, &json!({"ar": {"place_recall": 0.0}})).is_empty());
    }
}
