//! `marsad events` (fused events from the store, filtered, in any output
//! format) and `marsad event ID` (one fused event with its sources, their
//! claims and the sentences they were read from).

use super::parse_date;
use super::Outcome;
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use marsad_core::Evidence;
use marsad_fuse::FusedEvent;
use marsad_output::{EventWriter, Format};
use marsad_store::{Filter, Store, StoredReport};
use serde::Serialize;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

/// Shown under `marsad events --help`.
pub const EXAMPLES: &str = "Examples:
  marsad events --admin1 Idlib --since 2024-03-01 --until 2024-03-31
  marsad events --type \"Air/drone strike\" --actor Russia --format table
  marsad events --near 35.93,36.63,25 --format geojson -o idlib.geojson
  marsad events --db news.db --format csv > events.csv";

/// Shown under `marsad event --help`.
pub const EVENT_EXAMPLES: &str = "Examples:
  marsad event SYR12
  marsad event 12 --format json";

/// Arguments of `marsad events`.
#[derive(clap::Args)]
pub struct Args {
    /// The store.
    #[arg(long, value_name = "FILE", default_value = "marsad.db")]
    db: PathBuf,
    /// Events on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    since: Option<NaiveDate>,
    /// Events on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    until: Option<NaiveDate>,
    /// An ACLED event type or sub-event type (case-insensitive), e.g. "Battles", "Air/drone strike".
    #[arg(long = "type", value_name = "TEXT")]
    event_type: Option<String>,
    /// Part of an actor's name (actor1 or actor2).
    #[arg(long, value_name = "TEXT")]
    actor: Option<String>,
    /// A governorate / province (admin1), case-insensitive.
    #[arg(long, value_name = "TEXT")]
    admin1: Option<String>,
    /// Within KM kilometres of LAT,LON.
    #[arg(long, value_name = "LAT,LON,KM", value_parser = parse_near)]
    near: Option<(f64, f64, f64)>,
    /// At most this many events.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Output format (jsonl adds `fused_id`, `sources` with each source's claim, and `disputed`).
    #[arg(short, long, default_value = "jsonl", value_parser = ["jsonl", "csv", "geojson", "table"])]
    format: String,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Arguments of `marsad event`.
#[derive(clap::Args)]
pub struct EventArgs {
    /// The fused event's id, as in `event_id_cnty` (`SYR12`) or its number (`12`).
    id: String,
    /// The store.
    #[arg(long, value_name = "FILE", default_value = "marsad.db")]
    db: PathBuf,
    /// `text` for reading, `json` for programs.
    #[arg(short, long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
}

fn parse_near(s: &str) -> Result<(f64, f64, f64), String> {
    let parts: Vec<&str> = s.split(',').map(str::trim).collect();
    let nums: Vec<f64> = parts.iter().filter_map(|p| p.parse::<f64>().ok()).filter(|v| v.is_finite()).collect();
    match nums[..] {
        [lat, lon, km]
            if parts.len() == 3 && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && km >= 0.0 =>
        {
            Ok((lat, lon, km))
        }
        _ => Err(format!("{s:?} is not LAT,LON,KM (e.g. 35.93,36.63,25)")),
    }
}

/// A fused event as one JSON line: the `Event` columns, then the extras.
#[derive(Serialize)]
struct Extras<'a> {
    fused_id: u64,
    fatalities_best: u32,
    sources: &'a [marsad_fuse::Claim],
    disputed: Vec<&'static str>,
}

fn write_jsonl(out: &mut dyn Write, fused: &FusedEvent) -> Result<()> {
    // Keep the contract order of the Event keys, then append the extras.
    let mut line = serde_json::to_string(&fused.to_event()).context("could not encode an event")?;
    let extras = serde_json::to_string(&Extras {
        fused_id: fused.id,
        fatalities_best: fused.fatalities_best,
        sources: &fused.claims,
        disputed: fused.disputed(),
    })
    .context("could not encode an event")?;
    if line.ends_with('}') && extras.starts_with('{') {
        line.pop();
        line.push(',');
        line.push_str(&extras[1..]);
    }
    out.write_all(line.as_bytes())?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Runs `marsad events`.
pub fn run(args: Args) -> Result<Outcome> {
    let format: Format = args.format.parse().map_err(anyhow::Error::msg)?;
    if let (Some(a), Some(b)) = (args.since, args.until) {
        if a > b {
            bail!("--since {a} is after --until {b}");
        }
    }
    let store = Store::open_existing(&args.db)?;
    let filter = Filter {
        since: args.since,
        until: args.until,
        event_type: args.event_type,
        actor: args.actor,
        admin1: args.admin1,
        near: args.near,
        limit: args.limit,
    };
    let events = store.query(&filter)?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("could not create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    if format == Format::Jsonl {
        for e in &events {
            write_jsonl(&mut out, e).context("could not write the output")?;
        }
        out.flush().context("could not write the output")?;
    } else {
        let mut writer = EventWriter::new(format, out);
        for e in &events {
            writer.write(&e.to_event()).context("could not write the output")?;
        }
        writer.finish().context("could not write the output")?;
    }
    Ok(Outcome::Clean)
}

/// The number in `SYR12` or `12`.
fn parse_id(s: &str) -> Option<u64> {
    s.trim().trim_start_matches(|c: char| c.is_ascii_alphabetic()).parse().ok()
}

/// The sentence around an evidence span: from the last sentence end before it
/// to the next one after it, at most ~300 bytes either side.
pub fn sentence_around(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return None;
    }
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '\n' | '۔');
    let mut from = start;
    for (i, c) in text[..start].char_indices().rev() {
        if is_end(c) || start - i > 300 {
            break;
        }
        from = i;
    }
    let mut to = end;
    for (i, c) in text[end..].char_indices() {
        to = end + i + c.len_utf8();
        if is_end(c) || i > 300 {
            break;
        }
    }
    text.get(from..to).map(str::trim)
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    #[serde(flatten)]
    evidence: &'a Evidence,
    sentence: Option<&'a str>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    claim: &'a marsad_fuse::Claim,
    document: DocumentOut<'a>,
    evidence: Vec<EvidenceOut<'a>>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    doc_id: &'a str,
    hash: &'a str,
    origin: &'a str,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct EventOut<'a> {
    event: marsad_core::Event,
    fused_id: u64,
    fatalities_best: u32,
    disputed: Vec<&'static str>,
    sources: Vec<SourceOut<'a>>,
}

/// Runs `marsad event ID`.
pub fn run_event(args: EventArgs) -> Result<Outcome> {
    let Some(id) = parse_id(&args.id) else {
        bail!("{:?} is not an event id (e.g. SYR12 or 12)", args.id);
    };
    let store = Store::open_existing(&args.db)?;
    let Some(fused) = store.fused(id)? else {
        bail!("no event {} in {}", args.id, args.db.display());
    };
    let reports = store.reports(id)?;
    let sources: Vec<SourceOut<'_>> = fused
        .claims
        .iter()
        .enumerate()
        .map(|(i, claim)| {
            let report: Option<&StoredReport> = reports.get(i);
            let evidence = report
                .map(|r| {
                    r.event
                        .evidence
                        .iter()
                        .map(|e| EvidenceOut {
                            evidence: e,
                            sentence: sentence_around(&r.document.text, e.start, e.end),
                        })
                        .collect()
                })
                .unwrap_or_default();
            let document =
                report.map_or(DocumentOut { doc_id: &claim.document_id, hash: "", origin: "", title: None }, |r| {
                    DocumentOut {
                        doc_id: &r.document.doc_id,
                        hash: &r.document.hash,
                        origin: &r.document.origin,
                        title: r.document.title.as_deref(),
                    }
                });
            SourceOut { claim, document, evidence }
        })
        .collect();
    let out = EventOut {
        event: fused.to_event(),
        fused_id: fused.id,
        fatalities_best: fused.fatalities_best,
        disputed: fused.disputed(),
        sources,
    };
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    if args.format == "json" {
        serde_json::to_writer_pretty(&mut w, &out).context("could not write the output")?;
        writeln!(w)?;
    } else {
        print_text(&mut w, &out)?;
    }
    w.flush().context("could not write the output")?;
    Ok(Outcome::Clean)
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() {
        "-"
    } else {
        s
    }
}

fn count(low: Option<u32>, best: u32, high: Option<u32>) -> String {
    match (low, high) {
        (None, None) => "no count".into(),
        (l, h) => format!(
            "{best} (low {}, high {})",
            l.map_or("-".into(), |v| v.to_string()),
            h.map_or("open".into(), |v| v.to_string())
        ),
    }
}

fn print_text(w: &mut dyn Write, out: &EventOut<'_>) -> Result<()> {
    let e = &out.event;
    let precision = match e.time_precision {
        1 => "day",
        2 => "week",
        3 => "month",
        _ => "none",
    };
    writeln!(w, "{}  {}", e.event_id_cnty, if e.background { "(background: recalled history)" } else { "" })?;
    writeln!(w, "  date:       {} ({precision})", e.event_date.map_or("-".into(), |d| d.to_string()))?;
    writeln!(w, "  type:       {} / {} / {}", e.disorder_type, e.event_type, e.sub_event_type)?;
    writeln!(w, "  actor1:     {}", or_dash(&e.actor1))?;
    writeln!(w, "  actor2:     {}", or_dash(&e.actor2))?;
    let coords = match (e.latitude, e.longitude) {
        (Some(a), Some(b)) => format!("{a:.4}, {b:.4}"),
        _ => "no coordinates".into(),
    };
    writeln!(
        w,
        "  place:      {} ({}; {}; {coords}; geo precision {})",
        or_dash(&e.location),
        or_dash(&e.admin1),
        or_dash(&e.country),
        e.geo_precision
    )?;
    writeln!(w, "  fatalities: {}", count(e.fatalities_low, out.fatalities_best, e.fatalities_high))?;
    if !out.disputed.is_empty() {
        writeln!(w, "  disputed:   {}", out.disputed.join(", "))?;
    }
    writeln!(w, "  sources:    {}", out.sources.len())?;
    for (i, s) in out.sources.iter().enumerate() {
        let c = s.claim;
        writeln!(w)?;
        writeln!(
            w,
            "  [{}] {} ({}) {}",
            i + 1,
            or_dash(&c.outlet),
            c.language.map_or("-".into(), |l| l.to_string()),
            c.url.as_deref().unwrap_or("")
        )?;
        writeln!(
            w,
            "      document {} from {}, published {}",
            s.document.doc_id,
            or_dash(s.document.origin),
            c.published.map_or("-".into(), |d| d.to_string())
        )?;
        writeln!(w, "      date:       {}", c.event_date.map_or("-".into(), |d| d.to_string()))?;
        writeln!(w, "      type:       {} / {}", c.event_type, c.sub_event_type)?;
        let said = |t: &Option<String>| t.as_ref().map_or(String::new(), |t| format!("  «{t}»"));
        writeln!(w, "      actor1:     {}{}", or_dash(&c.actor1), said(&c.actor1_text))?;
        writeln!(w, "      actor2:     {}{}", or_dash(&c.actor2), said(&c.actor2_text))?;
        writeln!(w, "      place:      {} ({}){}", or_dash(&c.location), or_dash(&c.admin1), said(&c.location_text))?;
        writeln!(w, "      fatalities: {}", count(c.fatalities_low, c.fatalities, c.fatalities_high))?;
        // Each evidence sentence once, with the words read from it.
        let mut sentences: Vec<(Option<&str>, Vec<String>)> = Vec::new();
        for ev in &s.evidence {
            let words = format!("{} «{}»", ev.evidence.field, ev.evidence.text);
            match sentences.iter_mut().find(|(s, _)| *s == ev.sentence) {
                Some((_, list)) => list.push(words),
                None => sentences.push((ev.sentence, vec![words])),
            }
        }
        for (sentence, words) in sentences {
            writeln!(w, "      evidence:   {}", sentence.unwrap_or("(sentence not found)"))?;
            writeln!(w, "                  {}", words.join(", "))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_places_parse() {
        assert_eq!(parse_id("SYR12"), Some(12));
        assert_eq!(parse_id("7"), Some(7));
        assert_eq!(parse_id("SYR"), None);
        assert_eq!(parse_near("35.9, 36.6,25"), Ok((35.9, 36.6, 25.0)));
        assert!(parse_near("35.9,36.6").is_err());
        assert!(parse_near("95,36.6,1").is_err());
        assert!(parse_near("a,b,c").is_err());
    }

    #[test]
    fn sentence_around_evidence() {
        let text = "أول جملة. قتل 3 مدنيين بقصف على أريحا. جملة أخيرة";
        let start = text.find("قصف").unwrap();
        let s = sentence_around(text, start, start + "قصف".len()).unwrap();
        assert_eq!(s, "قتل 3 مدنيين بقصف على أريحا.");
        assert_eq!(sentence_around(text, 1, 2), None, "off a character boundary");
        assert_eq!(sentence_around(text, 0, text.len() + 1), None);
    }
}
