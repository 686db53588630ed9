//! `marsad kb`: show what the knowledge base knows, so users can check and extend it.

use super::{KbArgs, Outcome};
use anyhow::Result;
use marsad_kb::{Kb, Register};
use marsad_text::morph::Morphology;
use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::time::Instant;

/// Appends a line to the report being built.
macro_rules! outln {
    ($out:expr, $($arg:tt)*) => {
        // Writing to a String cannot fail.
        let _ = writeln!($out, $($arg)*);
    };
}

/// Shown under `marsad kb --help`.
pub const EXAMPLES: &str = "Examples:
  marsad kb place \"دير الزور\"
  marsad kb place \"Deir ez-Zor\"
  marsad kb actor \"قسد\"
  marsad kb actor \"regime forces\"
  marsad kb stats";

/// What to look up.
#[derive(clap::Subcommand)]
pub enum Query {
    /// Places bearing a name (any language or spelling), best first.
    Place {
        /// The name.
        name: String,
    },
    /// Actors known by a name or alias (any language), with all their aliases.
    Actor {
        /// The name or alias.
        name: String,
    },
    /// Counts of places, actors, aliases and lexicon rows, and the load time.
    Stats,
}

/// Arguments of `marsad kb`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    query: Query,
    #[command(flatten)]
    kb: KbArgs,
}

/// Runs the command.
pub fn run(args: Args) -> Result<Outcome> {
    let started = Instant::now();
    let kb = args.kb.load()?;
    let elapsed = started.elapsed();
    let mut out = String::new();
    let found = match &args.query {
        Query::Place { name } => places(&mut out, &kb, name),
        Query::Actor { name } => actors(&mut out, &kb, name),
        Query::Stats => {
            stats(&mut out, &kb, elapsed.as_secs_f64() * 1000.0);
            true
        }
    };
    // A reader that stops early (`| head`) is not an error.
    match io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    if !found {
        eprintln!("marsad: nothing known by that name");
        return Ok(Outcome::SomethingSkipped);
    }
    Ok(Outcome::Clean)
}

/// Looks `name` up as given, then (when nothing is found) as its stems
/// without Arabic clitics or Persian suffixes ("بالميادين" → "الميادين").
fn with_stems<T>(name: &str, lookup: impl Fn(&str) -> Vec<T>) -> Vec<T> {
    let found = lookup(name);
    if !found.is_empty() {
        return found;
    }
    let morphology = Morphology::new(std::iter::empty::<(&str, &str)>());
    morphology.keys(name).iter().map(|k| lookup(k)).find(|f| !f.is_empty()).unwrap_or_default()
}

fn places(out: &mut String, kb: &Kb, name: &str) -> bool {
    let found = with_stems(name, |n| kb.places.lookup(n));
    for p in &found {
        outln!(out, "{}  ({})", p.id, p.kind);
        outln!(out, "  names    en: {}  ar: {}  fa: {}", p.name_en, p.name_ar, p.name_fa);
        if !p.alt_names.is_empty() {
            outln!(out, "  also     {}", p.alt_names.join(" | "));
        }
        outln!(out, "  at       {:.5}, {:.5}  (geo_precision {} when named alone)", p.lat, p.lon, p.precision());
        outln!(out, "  admin    {} / {} / {}  [{}]", p.admin1, p.admin2, p.admin3, p.country);
        if p.population > 0 {
            outln!(out, "  people   {}", p.population);
        }
        if !p.line.is_empty() {
            let pts: Vec<String> = p.line.iter().map(|(a, b)| format!("{a:.3},{b:.3}")).collect();
            outln!(out, "  line     {}", pts.join(" → "));
        }
        outln!(out, "  source   {}", p.source);
    }
    !found.is_empty()
}

fn actors(out: &mut String, kb: &Kb, name: &str) -> bool {
    let found = with_stems(name, |n| kb.actors.lookup(n));
    for a in &found {
        outln!(out, "{}  {}", a.id, a.name);
        let valid = match (a.valid_from, a.valid_to) {
            (None, None) => "always".to_string(),
            (f, t) => format!(
                "{} – {}",
                f.map(|d| d.to_string()).unwrap_or_default(),
                t.map(|d| d.to_string()).unwrap_or_default()
            ),
        };
        outln!(out, "  inter    {}   country {}   valid {}", a.inter, a.country, valid);
        if !a.parent.is_empty() {
            outln!(out, "  unit of  {}", a.parent);
        }
        if !a.note.is_empty() {
            outln!(out, "  note     {}", a.note);
        }
        for alias in kb.actors.aliases().iter().filter(|al| kb.actors.actor(al.actor).is_some_and(|x| x.id == a.id)) {
            let register = match alias.register {
                Register::Neutral => "neutral".to_string(),
                Register::Partisan if alias.used_by.is_empty() => "partisan".to_string(),
                Register::Partisan => format!("partisan, used by {}", alias.used_by),
            };
            outln!(out, "  [{}] {}  ({register})", alias.language, alias.text);
        }
    }
    !found.is_empty()
}

fn stats(out: &mut String, kb: &Kb, ms: f64) {
    let places = kb.places.places();
    let syria = places.iter().filter(|p| p.country == "SY").count();
    let syria_ar = places.iter().filter(|p| p.country == "SY" && !p.name_ar.is_empty()).count();
    outln!(out, "places      {} ({} in Syria, {} of them with an Arabic name)", places.len(), syria, syria_ar);
    outln!(out, "actors      {} with {} aliases", kb.actors.all().len(), kb.actors.aliases().len());
    outln!(out, "loaded in   {ms:.0} ms");
}
