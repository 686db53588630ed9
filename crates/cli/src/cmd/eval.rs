//! `marsad eval`: measure extraction against real reporting.
//!
//! The data sets live outside the repository (`../shared/data/...` by
//! default); a command whose data is absent says so and exits 0 with
//! "skipped", so CI machines without the data pass. Extraction runs in
//! parallel and is the only thing timed; results are gathered in input order,
//! so every figure but the speed lines is deterministic.

use super::{AsOfArgs, KbArgs, Outcome};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use marsad_core::{Document, Event, Origin};
use marsad_eval::airwars::{self, Belligerents, MissLine, Summary};
use marsad_eval::{farsnews, floor, gold, ner};
use marsad_extract::Extractor;
use marsad_kb::Kb;
use marsad_read::{Format, ReadOptions};
use rayon::prelude::*;
use serde_json::{json, Value};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Appends a line to a report being built (writing to a `String` cannot fail).
macro_rules! say {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

/// Writes a finished report to standard output; a closed pipe (`| head`) is not an error.
fn emit(text: &str) -> Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e).context("could not write the report"),
        _ => Ok(()),
    }
}

/// Shown under `marsad eval --help`.
pub const EXAMPLES: &str = "Examples:
  marsad eval airwars
  marsad eval airwars --lang ar --misses 20
  marsad eval airwars --json --floor eval/floor.json
  marsad eval gold eval/gold/gold.jsonl --misses 50
  marsad eval ner
  marsad eval farsnews";

const AIRWARS_DEFAULT: &str = "../shared/data/airwars/incidents-dev.jsonl";
const GOLD_DEFAULT: &str = "eval/gold/gold.jsonl";
const NER_DEFAULT: &str = "../shared/data/ner";
const FARSNEWS_DEFAULT: &str = "../shared/data/farsnews/fars_news_1500.jsonl";

/// Arguments of `marsad eval`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
    #[command(flatten)]
    kb: KbArgs,
    #[command(flatten)]
    as_of: AsOfArgs,
}

/// Options every evaluation takes.
#[derive(clap::Args, Clone, Debug)]
pub struct Common {
    /// Print the report as one JSON object.
    #[arg(long)]
    json: bool,
    /// Also list this many misses (deterministic order).
    #[arg(long, value_name = "N", default_value_t = 0)]
    misses: usize,
    /// A JSON object of minimum figures (shaped like the --json report); exit 1
    /// naming each figure below its floor.
    #[arg(long, value_name = "FILE")]
    floor: Option<PathBuf>,
}

/// Which evaluation.
#[derive(clap::Subcommand)]
pub enum What {
    /// Airwars incidents and their source texts: place, date, actor and death recall.
    Airwars {
        /// The incidents (JSON Lines).
        #[arg(default_value = AIRWARS_DEFAULT)]
        file: PathBuf,
        /// Only sources in this language.
        #[arg(long, value_parser = ["ar", "en", "fa"])]
        lang: Option<String>,
        /// Only the first N incidents.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// The belligerent → actor id prefix mapping (default: the shipped eval/airwars-belligerents.tsv).
        #[arg(long, value_name = "FILE")]
        belligerents: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// marsad's gold articles: event precision, recall and per-field accuracy.
    Gold {
        /// The gold articles (JSON Lines).
        #[arg(default_value = GOLD_DEFAULT)]
        file: PathBuf,
        #[command(flatten)]
        common: Common,
    },
    /// Gazetteer coverage of place mentions in Arabic NER gold (ANERcorp, NewsFANE).
    Ner {
        /// The folder holding ANERCorp_CamelLab_test.txt and NewsFANE_Gold_2014_170K.txt.
        #[arg(default_value = NER_DEFAULT)]
        dir: PathBuf,
        #[command(flatten)]
        common: Common,
    },
    /// Events per article on (mostly non-conflict) Persian news from Fars.
    Farsnews {
        /// The articles (JSON Lines).
        #[arg(default_value = FARSNEWS_DEFAULT)]
        file: PathBuf,
        #[command(flatten)]
        common: Common,
    },
}

/// Runs the command.
pub fn run(args: Args) -> Result<Outcome> {
    match args.what {
        What::Airwars { file, lang, limit, belligerents, common } => {
            if let Some(out) = skipped("airwars", &file, &common)? {
                return Ok(out);
            }
            let map = match belligerents {
                Some(p) => {
                    let text =
                        std::fs::read_to_string(&p).with_context(|| format!("could not read {}", p.display()))?;
                    Belligerents::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?
                }
                None => Belligerents::shipped(),
            };
            let kb = args.kb.load()?;
            let extractor = args.as_of.extractor(&kb);
            let report = run_airwars(&kb, &extractor, &map, &file, lang.as_deref(), limit, &common)?;
            finish(&report, &common)
        }
        What::Gold { file, common } => {
            if let Some(out) = skipped("gold", &file, &common)? {
                return Ok(out);
            }
            let kb = args.kb.load()?;
            let report = run_gold(&kb, &args.as_of.extractor(&kb), &file, &common)?;
            finish(&report, &common)
        }
        What::Ner { dir, common } => {
            if let Some(out) = skipped("ner", &dir, &common)? {
                return Ok(out);
            }
            let kb = args.kb.load()?;
            let report = run_ner(&kb, &dir, &common)?;
            finish(&report, &common)
        }
        What::Farsnews { file, common } => {
            if let Some(out) = skipped("farsnews", &file, &common)? {
                return Ok(out);
            }
            let kb = args.kb.load()?;
            let report = run_farsnews(&args.as_of.extractor(&kb), &file, &common)?;
            finish(&report, &common)
        }
    }
}

/// When the data is absent: says so (or prints `{"skipped": true}`) and ends cleanly.
fn skipped(dataset: &str, path: &Path, common: &Common) -> Result<Option<Outcome>> {
    if path.exists() {
        return Ok(None);
    }
    let mut out = String::new();
    if common.json {
        say!(out, "{}", json!({"dataset": dataset, "file": path.display().to_string(), "skipped": true}));
    } else {
        say!(
            out,
            "marsad eval {dataset}: skipped: {} not found (the evaluation data is not on this machine)",
            path.display()
        );
    }
    emit(&out)?;
    Ok(Some(Outcome::Clean))
}

/// Prints the JSON report when asked, then checks the floor.
fn finish(report: &Value, common: &Common) -> Result<Outcome> {
    if common.json {
        emit(&format!("{}\n", serde_json::to_string_pretty(report)?))?;
    }
    let Some(path) = &common.floor else { return Ok(Outcome::Clean) };
    let text =
        std::fs::read_to_string(path).with_context(|| format!("could not read the floor file {}", path.display()))?;
    let floor: Value =
        serde_json::from_str(&text).with_context(|| format!("the floor file {} is not JSON", path.display()))?;
    let fails = floor::check(report, &floor);
    if fails.is_empty() {
        eprintln!("marsad eval: every figure is at or above its floor ({})", path.display());
        return Ok(Outcome::Clean);
    }
    for f in &fails {
        eprintln!("marsad eval: below floor: {f}");
    }
    Ok(Outcome::SomethingSkipped)
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("could not read {}", path.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A document built the way `marsad extract` reads a plain-text file, with the
/// given metadata; `None` when the text is empty.
fn document(
    text: &str,
    origin: Origin,
    id: String,
    lang: &str,
    meta: (Option<NaiveDate>, &str, &str),
) -> Option<Document> {
    let (published, source, url) = meta;
    let opts = ReadOptions {
        published,
        source: Some(source.to_string()).filter(|s| !s.is_empty()),
        url: Some(url.to_string()).filter(|s| !s.is_empty()),
        ..ReadOptions::default()
    };
    let mut doc =
        marsad_read::read_bytes(text.as_bytes(), origin, Some(Format::Text), &opts).into_iter().find_map(Result::ok)?;
    doc.id = id;
    if !lang.is_empty() {
        doc.meta.declared_language = Some(lang.to_string());
    }
    Some(doc)
}

/// Extracts every document in parallel; events come back in input order, with
/// the wall-clock seconds spent.
fn extract_all(extractor: &Extractor, docs: &[Option<&Document>]) -> (Vec<Vec<Event>>, f64) {
    let started = Instant::now();
    let events: Vec<Vec<Event>> =
        docs.par_iter().map(|d| d.map(|d| extractor.extract(d).events).unwrap_or_default()).collect();
    (events, started.elapsed().as_secs_f64())
}

fn print_summary(out: &mut String, label: &str, s: &Summary) {
    say!(out, "[{label}] {} pairs", s.pairs);
    if s.pairs == 0 {
        return;
    }
    say!(out, "  place recall       {:.3}  ({}/{})", s.place_recall, s.place_hits, s.pairs);
    say!(out, "  date recall        {:.3}  ({}/{})", s.date_recall, s.date_hits, s.pairs);
    say!(out, "  joint recall       {:.3}  ({}/{})", s.joint_recall, s.joint_hits, s.pairs);
    say!(
        out,
        "  actor accuracy     {:.3}  ({}/{} joint matches with a mapped belligerent)",
        s.actor_accuracy,
        s.actor_correct,
        s.actor_total
    );
    say!(
        out,
        "  fatality accuracy  {:.3}  ({}/{} joint matches with an assessed civilian range)",
        s.fatality_accuracy,
        s.fatality_correct,
        s.fatality_total
    );
    say!(out, "  events per text    {:.2}  ({} events)", s.events_per_text, s.events);
    say!(
        out,
        "  speed              {:.1} articles/s, {:.3} MB/s  (extraction only, {:.1} s, {} threads)",
        s.articles_per_second,
        s.mb_per_second,
        s.seconds,
        rayon::current_num_threads()
    );
}

fn run_airwars(
    kb: &Kb,
    extractor: &Extractor,
    map: &Belligerents,
    path: &Path,
    lang: Option<&str>,
    limit: Option<usize>,
    common: &Common,
) -> Result<Value> {
    let mut out = String::new();
    let (mut incidents, errors) = airwars::read_incidents(&read_text(path)?);
    for e in &errors {
        eprintln!("marsad eval airwars: {}: {e} (skipped)", path.display());
    }
    if let Some(n) = limit {
        incidents.truncate(n);
    }
    // Every (incident, source) pair in input order, with its document.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut docs: Vec<Option<Document>> = Vec::new();
    for (i, inc) in incidents.iter().enumerate() {
        for (k, src) in inc.sources.iter().enumerate() {
            if lang.is_some_and(|l| l != src.language) {
                continue;
            }
            let origin = Origin::Line { path: path.to_path_buf(), line: i + 1 };
            let meta = (src.published, src.publisher.as_str(), src.url.as_str());
            docs.push(document(&src.text, origin, format!("{}#{k}", inc.code), &src.language, meta));
            pairs.push((i, k));
        }
    }
    // Extract language by language, timing each.
    let lang_of = |p: usize| incidents[pairs[p].0].sources[pairs[p].1].language.as_str();
    let mut events: Vec<Vec<Event>> = vec![Vec::new(); pairs.len()];
    let mut seconds: Vec<(String, f64)> = Vec::new();
    for group in ["ar", "en", "other"] {
        let idx: Vec<usize> = (0..pairs.len())
            .filter(|&p| match group {
                "other" => !matches!(lang_of(p), "ar" | "en"),
                g => lang_of(p) == g,
            })
            .collect();
        if idx.is_empty() {
            continue;
        }
        let batch: Vec<Option<&Document>> = idx.iter().map(|&p| docs[p].as_ref()).collect();
        let (found, secs) = extract_all(extractor, &batch);
        for (p, ev) in idx.into_iter().zip(found) {
            events[p] = ev;
        }
        seconds.push((group.to_string(), secs));
    }
    // Score in input order.
    let (mut ar, mut en, mut all) = (Summary::default(), Summary::default(), Summary::default());
    let mut misses: Vec<MissLine> = Vec::new();
    for (p, &(i, k)) in pairs.iter().enumerate() {
        let inc = &incidents[i];
        let src = &inc.sources[k];
        let score = airwars::score_pair(kb, map, inc, &events[p]);
        let bytes = src.text.len();
        all.add(&score, bytes);
        match src.language.as_str() {
            "ar" => ar.add(&score, bytes),
            "en" => en.add(&score, bytes),
            _ => {}
        }
        if let Some(miss) = score.miss {
            if misses.len() < common.misses {
                misses.push(MissLine::new(inc, k, miss));
            }
        }
    }
    // Fusion: the events matched to incidents, fused in input order, should
    // form one cluster per incident.
    let mut fuser = marsad_fuse::Fuser::new();
    let (mut predicted, mut gold): (Vec<u64>, Vec<usize>) = (Vec::new(), Vec::new());
    for (p, &(i, _)) in pairs.iter().enumerate() {
        if let Some(e) = airwars::joint_match(kb, &incidents[i], &events[p]) {
            predicted.push(fuser.add(e).id());
            gold.push(i);
        }
    }
    let (fusion_precision, fusion_recall) = airwars::bcubed(&predicted, &gold);
    let mut classes = gold.clone();
    classes.dedup();
    let fusion = json!({
        "events": predicted.len(),
        "incidents": classes.len(),
        "fused_events": fuser.events().len(),
        "bcubed_precision": fusion_precision,
        "bcubed_recall": fusion_recall,
    });
    for (group, secs) in &seconds {
        all.add_seconds(*secs);
        match group.as_str() {
            "ar" => ar.add_seconds(*secs),
            "en" => en.add_seconds(*secs),
            _ => {}
        }
    }
    for s in [&mut ar, &mut en, &mut all] {
        s.finish();
    }
    if !common.json {
        say!(
            out,
            "marsad eval airwars: {} incidents, {} (incident, source) pairs from {}",
            incidents.len(),
            pairs.len(),
            path.display()
        );
        print_summary(&mut out, "ar", &ar);
        print_summary(&mut out, "en", &en);
        print_summary(&mut out, "all", &all);
        say!(
            out,
            "[fusion] {} events matched to {} incidents fused into {} events\n  B-cubed precision  {:.3}\n  B-cubed recall     {:.3}",
            fusion["events"],
            fusion["incidents"],
            fusion["fused_events"],
            fusion_precision,
            fusion_recall
        );
        if !misses.is_empty() {
            say!(out, "\nmisses (first {}):", misses.len());
            for m in &misses {
                say!(out, "{m}");
            }
        }
    }
    let mut report = json!({
        "dataset": "airwars",
        "file": path.display().to_string(),
        "skipped": false,
        "incidents": incidents.len(),
        "ar": ar,
        "en": en,
        "all": all,
        "fusion": fusion,
    });
    if common.misses > 0 {
        report["misses"] = serde_json::to_value(&misses)?;
    }
    emit(&out)?;
    Ok(report)
}

fn run_gold(kb: &Kb, extractor: &Extractor, path: &Path, common: &Common) -> Result<Value> {
    let mut out = String::new();
    let (articles, errors) = gold::read_gold(&read_text(path)?);
    for e in &errors {
        eprintln!("marsad eval gold: {}: {e} (skipped)", path.display());
    }
    let docs: Vec<Option<Document>> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let origin = Origin::Line { path: path.to_path_buf(), line: i + 1 };
            document(&a.text, origin, a.id.clone(), &a.language, (a.published, &a.source, ""))
        })
        .collect();
    let refs: Vec<Option<&Document>> = docs.iter().map(Option::as_ref).collect();
    let (events, seconds) = extract_all(extractor, &refs);
    let mut groups: Vec<(&str, gold::GoldSummary)> =
        ["ar", "fa", "en", "all"].into_iter().map(|l| (l, gold::GoldSummary::default())).collect();
    let mut misses = Vec::new();
    for (a, ev) in articles.iter().zip(&events) {
        let matches = gold::match_events(kb, &a.events, ev);
        for (label, s) in groups.iter_mut() {
            if *label == "all" || *label == a.language {
                s.add(kb, &a.events, ev, &matches);
            }
        }
        if misses.len() < common.misses {
            misses.extend(gold::misses(a, ev, &matches));
            misses.truncate(common.misses);
        }
    }
    let mut report =
        json!({"dataset": "gold", "file": path.display().to_string(), "skipped": false, "seconds": seconds});
    for (label, s) in groups.iter_mut() {
        s.finish();
        report[*label] = serde_json::to_value(&*s)?;
    }
    if !common.json {
        say!(out, "marsad eval gold: {} articles from {} ({seconds:.1} s extracting)", articles.len(), path.display());
        for (label, s) in &groups {
            say!(
                out,
                "[{label}] {} articles, {} gold events, {} extracted, {} matched",
                s.articles,
                s.gold_events,
                s.extracted_events,
                s.matched
            );
            if s.articles == 0 {
                continue;
            }
            say!(out, "  precision {:.3}  recall {:.3}  F1 {:.3}", s.precision, s.recall, s.f1);
            for name in gold::FIELDS {
                if let Some(f) = s.fields.get(name) {
                    say!(out, "  {name:<20} {:.3}  ({}/{})", f.accuracy, f.correct, f.total);
                }
            }
        }
        if !misses.is_empty() {
            say!(out, "\nunmatched events (first {}):", misses.len());
            for m in &misses {
                say!(out, "{m}");
            }
        }
    }
    if common.misses > 0 {
        report["misses"] = serde_json::to_value(&misses)?;
    }
    emit(&out)?;
    Ok(report)
}

fn run_ner(kb: &Kb, dir: &Path, common: &Common) -> Result<Value> {
    let mut out = String::new();
    let sets: [(&str, &str, &[&str]); 2] = [
        ("anercorp", "ANERCorp_CamelLab_test.txt", &ner::ANERCORP_PLACE_TYPES),
        ("newsfane", "NewsFANE_Gold_2014_170K.txt", &ner::NEWSFANE_PLACE_TYPES),
    ];
    let mut report = json!({"dataset": "ner", "dir": dir.display().to_string(), "skipped": false});
    for (name, file, types) in sets {
        let path = dir.join(file);
        if !path.exists() {
            if !common.json {
                say!(out, "[{name}] skipped: {} not found", path.display());
            }
            report[name] = json!({"skipped": true});
            continue;
        }
        let sentences = ner::read_tagged(&read_text(&path)?);
        let c = ner::coverage(kb, &sentences, types, common.misses);
        if !common.json {
            say!(
                out,
                "[{name}] {} sentences, {} tokens, {} gold place mentions ({})",
                c.sentences,
                c.tokens,
                c.gold_places,
                types.join(", ")
            );
            say!(out, "  found at the exact span   {:.3}  ({}/{})", c.exact_share, c.exact, c.gold_places);
            say!(out, "  found overlapping         {:.3}  ({}/{})", c.overlap_share, c.overlap, c.gold_places);
            say!(
                out,
                "  matches not gold places   {} of {}  ({:.1} per 1,000 tokens)",
                c.false_positives,
                c.matched_spans,
                c.false_positives_per_1000_tokens
            );
            let kinds: Vec<String> = c.false_positive_types.iter().map(|(k, n)| format!("{k} {n}")).collect();
            say!(out, "    on gold types: {}", kinds.join(", "));
            if !c.top_missed.is_empty() {
                let l: Vec<String> = c.top_missed.iter().map(|(w, n)| format!("{w} ×{n}")).collect();
                say!(out, "  most missed places: {}", l.join(", "));
                let l: Vec<String> = c.top_false_positives.iter().map(|(w, n)| format!("{w} ×{n}")).collect();
                say!(out, "  most frequent false positives: {}", l.join(", "));
            }
        }
        report[name] = serde_json::to_value(&c)?;
    }
    emit(&out)?;
    Ok(report)
}

fn run_farsnews(extractor: &Extractor, path: &Path, common: &Common) -> Result<Value> {
    let mut out = String::new();
    let (articles, errors) = farsnews::read_farsnews(&read_text(path)?);
    for e in &errors {
        eprintln!("marsad eval farsnews: {}: {e} (skipped)", path.display());
    }
    let docs: Vec<Option<Document>> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let origin = Origin::Line { path: path.to_path_buf(), line: i + 1 };
            document(&a.text, origin, a.id.clone(), "fa", (None, "Fars News", &a.id))
        })
        .collect();
    let refs: Vec<Option<&Document>> = docs.iter().map(Option::as_ref).collect();
    let (events, seconds) = extract_all(extractor, &refs);
    let counts: Vec<usize> = events.iter().map(Vec::len).collect();
    let top = if common.misses > 0 { common.misses } else { 10 };
    let s = farsnews::summarise(&articles, &counts, top);
    if !common.json {
        say!(out, "marsad eval farsnews: {} articles from {} ({seconds:.1} s extracting)", s.articles, path.display());
        say!(
            out,
            "  articles with ≥1 event  {} ({:.1}%)",
            s.with_events,
            100.0 * marsad_eval::ratio(s.with_events, s.articles)
        );
        say!(out, "  events per article      {:.3}  ({} events)", s.events_per_article, s.events);
        say!(
            out,
            "  flagged Syria/Iraq      {} articles, {} with ≥1 event",
            s.syria_or_iraq_articles,
            s.syria_or_iraq_with_events
        );
        say!(out, "  most events:");
        for b in &s.busiest {
            say!(out, "    {:>3}  {}  {}", b.events, b.id, b.title);
        }
    }
    let mut report =
        json!({"dataset": "farsnews", "file": path.display().to_string(), "skipped": false, "seconds": seconds});
    if let (Value::Object(r), Value::Object(extra)) = (&mut report, serde_json::to_value(&s)?) {
        r.extend(extra);
    }
    emit(&out)?;
    Ok(report)
}
