//! Actors: the canonical list (`actors/actors.tsv`) and their aliases per
//! language (`actors/aliases-{ar,fa,en}.tsv`), with each alias's register
//! (neutral or partisan) so outlets' labels can be shown side by side.

use crate::matcher::{word_list_affixes, Affixes, Hit, PhraseMatcher, PhraseMatcherBuilder};
use crate::plurals::Plurals;
use crate::{tsv, KbError, KbFiles};
use marsad_core::{Language, NaiveDate};
use marsad_text::normalize;
use std::collections::HashMap;

/// One actor.
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    /// Stable slug, e.g. `sy-gov-army`.
    pub id: String,
    /// ACLED-style name.
    pub name: String,
    /// ACLED inter code, 1–8.
    pub inter: u8,
    /// Id of the parent actor for units, empty for top-level actors.
    pub parent: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// First day the actor exists under this name.
    pub valid_from: Option<NaiveDate>,
    /// Last day the actor exists under this name.
    pub valid_to: Option<NaiveDate>,
    /// Free note.
    pub note: String,
}

impl Actor {
    /// Whether the actor exists on `date` (always, without a date).
    pub fn valid_on(&self, date: Option<NaiveDate>) -> bool {
        date.is_none_or(|d| self.valid_from.is_none_or(|f| f <= d) && self.valid_to.is_none_or(|t| d <= t))
    }
}

/// How a label positions the actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Register {
    /// A neutral or official name.
    Neutral,
    /// A label one side's media use.
    Partisan,
}

/// One alias of an actor in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The surface form as written in news.
    pub text: String,
    /// Index of the actor in [`Actors::all`].
    pub actor: u32,
    /// Neutral or partisan.
    pub register: Register,
    /// Who typically uses the label (`opposition`, `government`, ...), may be empty.
    pub used_by: String,
    /// The language of the alias.
    pub language: Language,
}

/// The compiled actor list.
#[derive(Debug)]
pub struct Actors {
    actors: Vec<Actor>,
    by_id: HashMap<String, u32>,
    aliases: Vec<Alias>,
    matchers: Vec<(Language, PhraseMatcher)>,
}

const ACTORS_FILE: &str = "actors/actors.tsv";

fn parse_date(file: &str, line: usize, s: &str, end: bool) -> Result<Option<NaiveDate>, KbError> {
    if s.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = s.split('-').collect();
    let n = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let date = match (parts.len(), n(0), n(1), n(2)) {
        (1, Some(y), _, _) => NaiveDate::from_ymd_opt(y as i32, if end { 12 } else { 1 }, if end { 31 } else { 1 }),
        (2, Some(y), Some(m), _) => {
            let first = NaiveDate::from_ymd_opt(y as i32, m, 1);
            if end {
                first.and_then(|f| f.checked_add_months(chrono::Months::new(1))).and_then(|d| d.pred_opt())
            } else {
                first
            }
        }
        (3, Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d),
        _ => None,
    };
    date.map(Some).ok_or_else(|| KbError::at(file, line, format!("bad date {s:?}: want YYYY, YYYY-MM or YYYY-MM-DD")))
}

impl Actors {
    /// Reads and compiles the actor list and every alias file; Arabic
    /// aliases also match with their words in the broken plural.
    pub fn from_files(files: &KbFiles, plurals: &Plurals) -> Result<Actors, KbError> {
        let mut actors = Vec::new();
        let mut by_id = HashMap::new();
        if let Some(content) = files.get(ACTORS_FILE) {
            tsv::read(
                ACTORS_FILE,
                content,
                &["id", "name", "inter", "parent", "country", "valid_from", "valid_to", "note"],
                |r| {
                    let inter = r.get(2).parse::<u8>().ok().filter(|i| (1..=8).contains(i));
                    let Some(inter) = inter else {
                        return Err(KbError::at(ACTORS_FILE, r.line, format!("inter {:?} is not 1-8", r.get(2))));
                    };
                    let actor = Actor {
                        id: r.get(0).to_string(),
                        name: r.get(1).to_string(),
                        inter,
                        parent: r.get(3).to_string(),
                        country: r.get(4).to_string(),
                        valid_from: parse_date(ACTORS_FILE, r.line, r.get(5), false)?,
                        valid_to: parse_date(ACTORS_FILE, r.line, r.get(6), true)?,
                        note: r.get(7).to_string(),
                    };
                    if by_id.insert(actor.id.clone(), actors.len() as u32).is_some() {
                        return Err(KbError::at(ACTORS_FILE, r.line, format!("duplicate actor id {:?}", actor.id)));
                    }
                    actors.push(actor);
                    Ok(())
                },
            )?;
        }
        for a in &actors {
            if !a.parent.is_empty() && !by_id.contains_key(&a.parent) {
                return Err(KbError::at(ACTORS_FILE, 0, format!("actor {:?} has unknown parent {:?}", a.id, a.parent)));
            }
        }
        let mut aliases = Vec::new();
        let mut matchers = Vec::new();
        for lang in Language::ALL {
            let file = format!("actors/aliases-{}.tsv", lang.code());
            let Some(content) = files.get(&file) else { continue };
            let mut builder =
                PhraseMatcherBuilder::with_affixes(Affixes { enclitics: false, ..word_list_affixes(lang) });
            tsv::read(&file, content, &["alias", "actor_id", "register", "used_by"], |r| {
                let Some(&actor) = by_id.get(r.get(1)) else {
                    return Err(KbError::at(&file, r.line, format!("unknown actor id {:?}", r.get(1))));
                };
                let register = match r.get(2) {
                    "neutral" | "" => Register::Neutral,
                    "partisan" => Register::Partisan,
                    other => {
                        return Err(KbError::at(&file, r.line, format!("register {other:?}: want neutral or partisan")))
                    }
                };
                let index = aliases.len() as u32;
                for key in alias_keys(r.get(0)) {
                    if lang == Language::Arabic {
                        for v in plurals.variants(&key) {
                            builder.add(&v, index);
                        }
                    }
                    builder.add(&key, index);
                }
                aliases.push(Alias {
                    text: r.get(0).to_string(),
                    actor,
                    register,
                    used_by: r.get(3).to_string(),
                    language: lang,
                });
                Ok(())
            })?;
            let matcher = builder.build().map_err(|e| KbError::at(&file, 0, format!("cannot compile aliases: {e}")))?;
            matchers.push((lang, matcher));
        }
        Ok(Actors { actors, by_id, aliases, matchers })
    }

    /// Every actor.
    pub fn all(&self) -> &[Actor] {
        &self.actors
    }

    /// Every alias.
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The actor at `index`.
    pub fn actor(&self, index: u32) -> Option<&Actor> {
        self.actors.get(index as usize)
    }

    /// The alias at `index` (as found in hits).
    pub fn alias(&self, index: u32) -> Option<&Alias> {
        self.aliases.get(index as usize)
    }

    /// The actor with this id.
    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).and_then(|&i| self.actor(i))
    }

    /// Alias matches in key-normalised text of `lang`; entries are alias indices.
    pub fn find<'a>(&'a self, lang: Language, key_text: &str) -> Vec<Hit<'a>> {
        self.matchers.iter().find(|(l, _)| *l == lang).map(|(_, m)| m.find(key_text)).unwrap_or_default()
    }

    /// Of the aliases sharing one surface form, the one whose actor exists on
    /// `date` (the first listed when none or several do).
    pub fn choose(&self, entries: &[u32], date: Option<NaiveDate>) -> Option<&Alias> {
        let all: Vec<&Alias> = entries.iter().filter_map(|&i| self.alias(i)).collect();
        all.iter().copied().find(|a| self.actor(a.actor).is_some_and(|x| x.valid_on(date))).or(all.first().copied())
    }

    /// The top-level actor a unit belongs to (the actor itself when top-level).
    pub fn top(&self, index: u32) -> Option<&Actor> {
        let mut current = self.actor(index)?;
        for _ in 0..16 {
            match self.by_id.get(&current.parent).and_then(|&i| self.actor(i)) {
                Some(parent) => current = parent,
                None => break,
            }
        }
        Some(current)
    }

    /// Aliases (any language) whose key equals the key of `name`, or actors
    /// whose id or name equals it.
    pub fn lookup(&self, name: &str) -> Vec<&Actor> {
        let key = normalize::key(name).trim().to_string();
        let mut found: Vec<u32> = self
            .matchers
            .iter()
            .flat_map(|(_, m)| m.lookup(&key).iter())
            .filter_map(|&i| self.alias(i).map(|a| a.actor))
            .collect();
        found.extend(
            self.actors
                .iter()
                .enumerate()
                .filter(|(_, a)| a.id == name || normalize::key(&a.name) == key)
                .map(|(i, _)| i as u32),
        );
        found.sort_unstable();
        found.dedup();
        found.into_iter().filter_map(|i| self.actor(i)).collect()
    }
}

/// Keys an alias is matched under: its key form and, for Arabic aliases with
/// the article, the "لل" form.
fn alias_keys(alias: &str) -> Vec<String> {
    let key = normalize::key(alias).trim().to_string();
    let mut out = vec![key.clone()];
    if let Some(rest) = key.strip_prefix("ال") {
        out.push(format!("لل{rest}"));
    }
    out
}
