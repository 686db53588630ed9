//! Gazetteer coverage on Arabic named-entity gold: how many gold place
//! mentions the place matcher finds at the right span, and how many of its
//! matches are not places at all.
//!
//! Two formats, both one token per line with its tag and a blank line between
//! sentences: ANERcorp (`token TAG`, tags `B-LOC`/`I-LOC`, ...) and NewsFANE
//! (`token<TAB>TAG`, fine-grained tags such as `B-Nation`,
//! `B-Population-Center`).

use marsad_core::Span;
use marsad_kb::Kb;
use marsad_text::normalize::{Layer, NormSpan, Normalized};
use serde::Serialize;
use std::collections::BTreeMap;

/// NewsFANE's fine-grained types that are places the gazetteer should know:
/// countries, cities/towns, governorates/states, districts.
pub const NEWSFANE_PLACE_TYPES: [&str; 4] = ["Nation", "Population-Center", "State-or-Province", "County-or-District"];

/// ANERcorp's place type.
pub const ANERCORP_PLACE_TYPES: [&str; 1] = ["LOC"];

/// One entity in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Byte range in the sentence text.
    pub span: Span,
    /// Its type (tag without `B-`/`I-`).
    pub kind: String,
}

/// One sentence: its tokens joined by single spaces, and its gold entities.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens joined by spaces.
    pub text: String,
    /// Number of tokens.
    pub tokens: usize,
    /// Gold entities of every type, in order.
    pub entities: Vec<Entity>,
}

/// Marks that are not part of a token (bidi marks, BOM) and line-end debris.
fn clean_token(t: &str) -> String {
    t.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{FEFF}' | '\r'))
        .collect::<String>()
        .trim()
        .to_string()
}

/// Reads a one-token-per-line tagged file (token, whitespace, tag); a line
/// with no token ends a sentence, a token with no tag counts as `O`, and an
/// `I-` tag that does not continue an entity of its type starts one.
pub fn read_tagged(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut open: Option<usize> = None;
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let (token, tag) = match line.rsplit_once(['\t', ' ']) {
            Some((t, g)) if !clean_token(t).is_empty() => (clean_token(t), g.trim().to_string()),
            _ => (clean_token(line), String::new()),
        };
        // A lone tag with no token (or nothing at all) ends the sentence.
        if token.is_empty() || (tag.is_empty() && looks_like_tag(&token)) {
            if cur.tokens > 0 {
                out.push(std::mem::take(&mut cur));
            }
            open = None;
            continue;
        }
        if !cur.text.is_empty() {
            cur.text.push(' ');
        }
        let start = cur.text.len();
        cur.text.push_str(&token);
        let span = Span::new(start, cur.text.len());
        cur.tokens += 1;
        let (bio, kind) = match tag.split_once('-') {
            Some((b @ ("B" | "I"), k)) if !k.is_empty() => (b, k.to_string()),
            _ => ("O", String::new()),
        };
        match (bio, open) {
            ("I", Some(i)) if cur.entities[i].kind == kind => cur.entities[i].span.end = span.end,
            ("B" | "I", _) => {
                cur.entities.push(Entity { span, kind });
                open = Some(cur.entities.len() - 1);
            }
            _ => open = None,
        }
    }
    if cur.tokens > 0 {
        out.push(cur);
    }
    out
}

fn looks_like_tag(s: &str) -> bool {
    s == "O" || s.starts_with("B-") || s.starts_with("I-")
}

/// Coverage figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Coverage {
    /// Sentences read.
    pub sentences: usize,
    /// Tokens read.
    pub tokens: usize,
    /// Gold place mentions.
    pub gold_places: usize,
    /// Gold places matched at exactly their span (a leading proclitic may be part of either).
    pub exact: usize,
    /// `exact / gold_places`.
    pub exact_share: f64,
    /// Gold places overlapped by a match.
    pub overlap: usize,
    /// `overlap / gold_places`.
    pub overlap_share: f64,
    /// Matches of the gazetteer in the text.
    pub matched_spans: usize,
    /// Matches overlapping no gold place.
    pub false_positives: usize,
    /// False positives per 1,000 tokens.
    pub false_positives_per_1000_tokens: f64,
    /// False positives by the gold entity type they fall on (`O` for none).
    pub false_positive_types: BTreeMap<String, usize>,
    /// Gold places not overlapped by any match, most frequent first.
    pub top_missed: Vec<(String, usize)>,
    /// Matched words that are not gold places, most frequent first.
    pub top_false_positives: Vec<(String, usize)>,
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn top(counts: BTreeMap<String, usize>, n: usize) -> Vec<(String, usize)> {
    let mut all: Vec<(String, usize)> = counts.into_iter().collect();
    all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    all.truncate(n);
    all
}

/// Runs the gazetteer matcher over every sentence and compares its matches
/// with the gold entities whose type is in `place_types`; `examples` is how
/// many of the most frequent misses and false positives to keep.
pub fn coverage(kb: &Kb, sentences: &[Sentence], place_types: &[&str], examples: usize) -> Coverage {
    let mut c = Coverage::default();
    let mut missed: BTreeMap<String, usize> = BTreeMap::new();
    let mut false_pos: BTreeMap<String, usize> = BTreeMap::new();
    for s in sentences {
        c.sentences += 1;
        c.tokens += s.tokens;
        let norm = Normalized::new(&s.text, 0, Layer::Key);
        let hits: Vec<(Span, Option<Span>)> = kb
            .places
            .find(marsad_core::Language::Arabic, norm.as_str())
            .iter()
            .filter_map(|h| {
                let span = norm.to_original(h.span)?;
                let with_clitics = norm.to_original(NormSpan::new(h.word_start, h.span.end));
                Some((span, with_clitics))
            })
            .collect();
        let gold: Vec<&Entity> = s.entities.iter().filter(|e| place_types.contains(&e.kind.as_str())).collect();
        for g in &gold {
            c.gold_places += 1;
            if hits.iter().any(|(span, wide)| *span == g.span || *wide == Some(g.span)) {
                c.exact += 1;
            }
            if hits.iter().any(|(span, _)| overlaps(*span, g.span)) {
                c.overlap += 1;
            } else {
                *missed.entry(s.text.get(g.span.start..g.span.end).unwrap_or_default().to_string()).or_default() += 1;
            }
        }
        c.matched_spans += hits.len();
        for (span, _) in &hits {
            if gold.iter().any(|g| overlaps(*span, g.span)) {
                continue;
            }
            c.false_positives += 1;
            let kind = s.entities.iter().find(|e| overlaps(*span, e.span)).map_or("O", |e| e.kind.as_str());
            *c.false_positive_types.entry(kind.to_string()).or_default() += 1;
            *false_pos.entry(s.text.get(span.start..span.end).unwrap_or_default().to_string()).or_default() += 1;
        }
    }
    c.exact_share = crate::ratio(c.exact, c.gold_places);
    c.overlap_share = crate::ratio(c.overlap, c.gold_places);
    c.false_positives_per_1000_tokens =
        if c.tokens == 0 { 0.0 } else { c.false_positives as f64 * 1000.0 / c.tokens as f64 };
    c.top_missed = top(missed, examples);
    c.top_false_positives = top(false_pos, examples);
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_kb::KbFiles;

    fn kb() -> Kb {
        let mut files = KbFiles::empty();
        files.insert(
            "places/test.tsv",
            "id\tkind\tname_en\tname_ar\tname_fa\talt_names\tlat\tlon\tcountry\tadmin1\tadmin2\tadmin3\tpopulation\tsource\n\
             t:1\tcity\tHoms\tحمص\t\t\t34.73\t36.71\tSY\tHoms\t\t\t0\ttest\n\
             t:2\tcountry\tSyria\tسوريا\t\t\t35\t38\tSY\t\t\t\t0\ttest\n\
             t:3\tvillage\tAmal\tأمل\t\t\t35\t37\tSY\t\t\t\t0\ttest\n\
             t:4\tcity\tDeir ez-Zor\tدير الزور\t\t\t35.33\t40.14\tSY\t\t\t\t0\ttest\n",
        );
        Kb::compile(&files).unwrap()
    }

    #[test]
    fn reads_both_formats() {
        let aner = "وصل B-PERS\nأمل I-PERS\nإلى O\nحمص B-LOC\n\nسوريا B-LOC\n";
        let s = read_tagged(aner);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].text, "وصل أمل إلى حمص");
        assert_eq!(s[0].entities.len(), 2);
        assert_eq!(&s[0].text[s[0].entities[0].span.start..s[0].entities[0].span.end], "وصل أمل");
        let fane = "\u{feff}\u{200e}دير\tB-Population-Center\r\n\u{200e}الزور\tI-Population-Center\r\n\u{200e}و\tO\r\n\t\r\nx\tI-Nation\r\n";
        let s = read_tagged(fane);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].text, "دير الزور و");
        assert_eq!(s[0].entities, vec![Entity { span: Span::new(0, 17), kind: "Population-Center".into() }]);
        assert_eq!(s[1].entities[0].kind, "Nation", "a stray I- starts an entity");
    }

    #[test]
    fn exact_overlap_and_false_positives() {
        let kb = kb();
        // "وحمص" with its conjunction is gold: the match (without و) counts as exact.
        // "أمل" is a person here: a false positive. "دير" alone (gold) overlaps the
        // match "دير الزور" only partly.
        let text = "قال أمل B-PERS\nقال O\nفي O\nوحمص B-LOC\nو O\nسوريا B-LOC\n\nدير B-LOC\nالزور O\n";
        let s = read_tagged(&text.replace("قال أمل B-PERS", "أمل B-PERS"));
        let c = coverage(&kb, &s, &ANERCORP_PLACE_TYPES, 5);
        assert_eq!(c.gold_places, 3);
        assert_eq!(c.exact, 2);
        assert_eq!(c.overlap, 3);
        assert_eq!(c.matched_spans, 4);
        assert_eq!(c.false_positives, 1);
        assert_eq!(c.false_positive_types.get("PERS"), Some(&1));
        assert_eq!(c.top_false_positives, vec![("أمل".to_string(), 1)]);
        assert!((c.false_positives_per_1000_tokens - 1000.0 / 8.0).abs() < 1e-9);
    }
}
