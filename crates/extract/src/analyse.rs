//! Per-sentence analysis: every knowledge-base and text-layer mention in a
//! sentence, as spans of the document text.

use marsad_core::{Language, Span};
use marsad_kb::{Kb, LexKind};
use marsad_text::dates::{self, DateMention};
use marsad_text::normalize::{Layer, Normalized};
use marsad_text::numbers::{self, Quantity};

/// A lexicon word in a sentence.
#[derive(Clone, Debug)]
pub struct LexHit {
    /// Where, in the document text.
    pub span: Span,
    /// What it signals.
    pub kind: LexKind,
    /// Its value (a sub-event key for triggers).
    pub value: String,
}

/// An actor alias in a sentence.
#[derive(Clone, Debug)]
pub struct ActorHit {
    /// Where, in the document text.
    pub span: Span,
    /// The aliases registered under the matched words.
    pub aliases: Vec<u32>,
}

/// A place name in a sentence.
#[derive(Clone, Debug)]
pub struct PlaceHit {
    /// Where, in the document text.
    pub span: Span,
    /// The places that bear the matched name.
    pub candidates: Vec<u32>,
}

/// Everything found in one sentence.
#[derive(Clone, Debug)]
pub struct Sentence {
    /// The sentence, in the document text.
    pub span: Span,
    /// Lexicon words.
    pub lex: Vec<LexHit>,
    /// Actor aliases.
    pub actors: Vec<ActorHit>,
    /// Place names (none overlapping an actor alias or a lexicon word).
    pub places: Vec<PlaceHit>,
    /// Quantities (none overlapping a date).
    pub quantities: Vec<Quantity>,
    /// Date expressions.
    pub dates: Vec<DateMention>,
}

impl Sentence {
    /// Lexicon hits of one kind.
    pub fn lex_of(&self, kind: LexKind) -> impl Iterator<Item = &LexHit> {
        self.lex.iter().filter(move |h| h.kind == kind)
    }

    /// Whether any lexicon word of `kind` is in the sentence.
    pub fn has(&self, kind: LexKind) -> bool {
        self.lex_of(kind).next().is_some()
    }
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Analyses one sentence `span` of `text`.
pub fn sentence(kb: &Kb, lang: Language, text: &str, span: Span, anchor: dates::Anchor) -> Sentence {
    let slice = &text[span.start..span.end];
    let key = Normalized::new(slice, span.start, Layer::Key);
    let k = key.as_str();
    let to_doc = |s: marsad_text::normalize::NormSpan| key.to_original(s);

    let lex: Vec<LexHit> = kb
        .lexicons
        .find(lang, k)
        .into_iter()
        .filter_map(|(span, e)| {
            let entry = kb.lexicons.entry(e)?;
            Some(LexHit { span: to_doc(span)?, kind: entry.kind, value: entry.value.clone() })
        })
        .collect();
    let actors: Vec<ActorHit> = kb
        .actors
        .find(lang, k)
        .into_iter()
        .filter_map(|h| Some(ActorHit { span: to_doc(h.span)?, aliases: h.entries.to_vec() }))
        .collect();
    let places: Vec<PlaceHit> = kb
        .places
        .find(lang, k)
        .into_iter()
        .filter_map(|h| Some(PlaceHit { span: to_doc(h.span)?, candidates: h.entries.to_vec() }))
        .filter(|p| !actors.iter().any(|a| overlaps(a.span, p.span)))
        .filter(|p| !lex.iter().any(|l| is_event_word(l.kind) && overlaps(l.span, p.span)))
        .filter(|p| lang != Language::English || starts_upper(text, p.span))
        .collect();
    // "بادية دير الزور": a desert word that is also a place name ("the Badia")
    // is the word when another place follows it directly.
    let places: Vec<PlaceHit> = places
        .iter()
        .filter(|p| {
            let is_geo_word =
                lex.iter().any(|l| matches!(l.kind, LexKind::Desert | LexKind::Countryside) && l.span == p.span);
            let followed =
                places.iter().any(|q| q.span.start > p.span.end && text[p.span.end..q.span.start].trim().is_empty());
            !(is_geo_word && followed)
        })
        .cloned()
        .collect();
    // Geography words inside a place name ("ريف" in "ريف دمشق") are part of the name.
    let lex: Vec<LexHit> =
        lex.into_iter().filter(|l| is_event_word(l.kind) || !places.iter().any(|p| overlaps(p.span, l.span))).collect();

    let dates: Vec<DateMention> = dates::find_dates(slice, lang, anchor)
        .into_iter()
        .map(|mut d| {
            d.span = d.span.shift(span.start);
            d
        })
        .collect();
    let quantities: Vec<Quantity> = numbers::quantities(slice, lang)
        .into_iter()
        .map(|mut q| {
            q.span = q.span.shift(span.start);
            q
        })
        .filter(|q| !dates.iter().any(|d| overlaps(d.span, q.span)))
        .collect();
    Sentence { span, lex, actors, places, quantities, dates }
}

/// Lexicon kinds about the event itself (as opposed to geography words).
fn is_event_word(kind: LexKind) -> bool {
    !matches!(
        kind,
        LexKind::Countryside
            | LexKind::Direction
            | LexKind::Near
            | LexKind::Desert
            | LexKind::Road
            | LexKind::In
            | LexKind::Area
    )
}

/// English place names are capitalised, after any article ("al-Bab"); "bar" is not Bar.
fn starts_upper(text: &str, span: Span) -> bool {
    let Some(s) = text.get(span.start..span.end) else { return false };
    let lower = s.to_ascii_lowercase();
    let rest = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "al ", "el "]
        .iter()
        .find(|a| lower.starts_with(*a))
        .map_or(s, |a| &s[a.len()..]);
    rest.chars().next().is_some_and(char::is_uppercase)
}
